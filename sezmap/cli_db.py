"""``sezmap db init | status | grant | publish | pull`` (SCHEMA.md section 3): a project on PostgreSQL/PostGIS.

The logic is in sezmap.store.postgis; this module reads the arguments and prints. Every
``--project`` here is a libpq URI or ``service=NAME`` (a password in it is refused, exit 2); a
server that cannot be reached is exit 3, named.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sezmap.model.problems import DataError

EXIT_OK = 0


def _location(args) -> str:
    from sezmap.store.postgis.connection import is_postgis_location, parameters

    if not args.project or not is_postgis_location(args.project):
        raise DataError(f"--project {args.project or ''!r}: `sezmap db` works on a PostgreSQL database: "
                        "postgresql://user@host:port/db or service=NAME")
    parameters(args.project)  # a password in it is refused now
    return args.project


def cmd_db_init(args) -> int:
    from sezmap.store.postgis.migrate import init_database

    done = init_database(_location(args))
    for role in done.roles_created:
        print(f"created group role {role}")
    for m in done.applied:
        print(f"applied migration {m.version:04d} {m.name} (sha256 {m.sha256[:12]})")
    print(f"{done.server}: {'migrated' if done.changed else 'up to date; nothing changed'}")
    return EXIT_OK


def cmd_db_status(args) -> int:
    from sezmap.store.postgis.migrate import database_status

    st = database_status(_location(args))
    print(f"{st.server}")
    for a in st.applied:
        print(f"migration {a.version:04d} {a.name}: applied {a.applied_at} by {a.applied_by} (sha256 {a.sha256[:12]})")
    for m in st.pending:
        print(f"migration {m.version:04d} {m.name}: pending (run sezmap db init)")
    for login in st.logins:
        zones = f"; zones {', '.join(login.zones)}" if login.zones else ""
        print(f"login {login.name}: {', '.join(login.groups)}{zones}")
    return EXIT_OK


def cmd_db_grant(args) -> int:
    from sezmap.store.postgis.logins import grant_login

    location = _location(args)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.login}: ")
    done = grant_login(location, args.login, args.role, args.zone or [], password)
    zones = f" (zones {', '.join(done.zones)})" if done.zones else ""
    print(f"{'created' if done.created else 'updated'} login {done.login}: {done.role}{zones}")
    return EXIT_OK


def cmd_db_publish(args) -> int:
    from sezmap.store.postgis.transfer import publish

    done = publish(args.gpkg, _location(args))
    counts = ", ".join(f"{n} {c}" for n, c in done.features.items())
    print(f"published {args.gpkg} to {done.server}: {counts}; {done.audit_rows} audit rows")
    return EXIT_OK


def cmd_db_pull(args) -> int:
    from sezmap.formats.atomic import check_writable
    from sezmap.store.postgis.transfer import pull

    check_writable(args.out)
    done = pull(_location(args), args.out)
    counts = ", ".join(f"{n} {c}" for n, c in done.features.items())
    print(f"pulled {done.server} to {args.out}: {counts}; {done.audit_rows} audit rows")
    return EXIT_OK


def add_db_commands(sub) -> None:
    """The ``db`` command and its subcommands, on the main parser's subparsers."""
    db = sub.add_parser("db", help="the project on a PostgreSQL/PostGIS server").add_subparsers(
        dest="db_command", required=True)

    def with_database(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--project", required=True, metavar="URI",
                       help="the database: postgresql://user@host:port/db or service=NAME (no password: "
                            "libpq reads ~/.pgpass)")
        return p

    p = with_database(db.add_parser("init", help="create or migrate sezmap's schema, roles and rules"))
    p.set_defaults(func=cmd_db_init)
    p = with_database(db.add_parser("status", help="the applied migrations, the logins and their zones"))
    p.set_defaults(func=cmd_db_status)
    p = with_database(db.add_parser("grant", help="create or update a login and its group role"))
    p.add_argument("login", help="the login role (a person)")
    p.add_argument("--role", required=True, choices=["admin", "planner", "company"])
    p.add_argument("--zone", action="append", metavar="ZONE_ID",
                   help="a zone a company login may change (repeat for several)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input (else it is asked for)")
    p.set_defaults(func=cmd_db_grant)
    p = with_database(db.add_parser("publish", help="copy a GeoPackage project into an empty database"))
    p.add_argument("gpkg", metavar="PATH.gpkg", help="the project to publish (audit log included)")
    p.set_defaults(func=cmd_db_publish)
    p = with_database(db.add_parser("pull", help="a snapshot of the database as a new GeoPackage"))
    p.add_argument("out", metavar="OUT.gpkg", help="the GeoPackage to write (must not exist)")
    p.set_defaults(func=cmd_db_pull)
