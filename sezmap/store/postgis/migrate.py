"""``sezmap db init`` and ``sezmap db status``: the database's schema, roles and migrations.

The migrations are the SQL files shipped in ``sql/`` (package data), named ``NNNN_what.sql``
and applied in order. ``init_database`` applies those the database lacks, all in ONE transaction
under an advisory lock (two inits at once: the second waits, then finds nothing to do), each
recorded in ``sezmap.schema_migrations`` with its SHA-256. It refuses (nothing changed) a
database where an applied migration's text differs from the shipped file, or that holds a
migration this sezmap does not know (a newer sezmap migrated it).

The group roles are the cluster's: ``sezmap_owner`` (NOLOGIN; owns the schema and everything in
it; the migrations run as it) and ``sezmap_admin``, ``sezmap_planner``, ``sezmap_company``
(NOLOGIN groups whose members are the people's logins, ``sezmap db grant``). A second run
changes nothing: it writes no row and takes no transaction id.

Running init needs a login that may create roles and the PostGIS extension (a superuser, or the
extension already there) and become ``sezmap_owner``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources

import psycopg

from sezmap.model.problems import DataError, Reason
from sezmap.store.postgis.connection import connect, parameters, scalar, server_error, server_name

SCHEMA = "sezmap"
OWNER = "sezmap_owner"
GROUPS = {"admin": "sezmap_admin", "planner": "sezmap_planner", "company": "sezmap_company"}
LOCK_KEY = 0x73657A6D6170  # 'sezmap': the advisory lock migrations are applied under
_FILE = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")
MIGRATIONS_TABLE_SQL = (f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_migrations (version integer PRIMARY KEY, "
                        "name text NOT NULL, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), "
                        "applied_by text NOT NULL DEFAULT session_user)")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Applied:
    version: int
    name: str
    sha256: str
    applied_at: str
    applied_by: str


@dataclass(frozen=True)
class InitResult:
    server: str
    applied: list[Migration]  # what this run applied (in order)
    roles_created: list[str]
    changed: bool  # False: the database was up to date and nothing was written


@dataclass(frozen=True)
class Login:
    name: str
    groups: list[str]  # sezmap's group roles it is a member of (admin, planner, company)
    zones: list[str]  # the zones a company login may change


@dataclass(frozen=True)
class Status:
    server: str
    applied: list[Applied]
    pending: list[Migration]
    logins: list[Login]


def shipped() -> list[Migration]:
    """The migrations in this sezmap, in order."""
    out = []
    for entry in resources.files("sezmap.store.postgis").joinpath("sql").iterdir():
        match = _FILE.fullmatch(entry.name)
        if match:
            out.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    out.sort(key=lambda m: m.version)
    if [m.version for m in out] != list(range(1, len(out) + 1)):
        raise RuntimeError(f"the shipped migrations are not numbered 1..n: {[m.version for m in out]}")
    return out


def applied_migrations(conn) -> list[Applied] | None:
    """The recorded migrations, or None if the database has no sezmap schema. ``conn``: a
    psycopg or an ADBC connection (DB-API cursors; publish copies through ADBC)."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT to_regclass('{SCHEMA}.schema_migrations')::text")
        if cur.fetchone()[0] is None:
            return None
        cur.execute(f"SELECT version, name, sha256, applied_at::text, applied_by FROM {SCHEMA}.schema_migrations "
                    "ORDER BY version")
        rows = cur.fetchall()
    return [Applied(*r) for r in rows]


def check_applied(applied: list[Applied], known: list[Migration], server: str) -> None:
    """Refuse a database migrated by a newer sezmap, or whose applied migrations are not the shipped files."""
    by_version = {m.version: m for m in known}
    newer = [a for a in applied if a.version not in by_version]
    if newer:
        raise DataError(Reason(f"{server}: the database is at migration {max(a.version for a in newer)} "
                               f"({newer[-1].name}); this sezmap knows migrations up to {len(known)}: use a newer "
                               "sezmap", "newer_database", server=server))
    changed = [a for a in applied if by_version[a.version].sha256 != a.sha256]
    if changed:
        raise DataError(Reason(f"{server}: migration {changed[0].version} ({changed[0].name}) was applied from "
                               "another text than this sezmap ships (SHA-256 differs); nothing was changed",
                               "migration_changed", server=server))


def _ensure_roles(conn: psycopg.Connection) -> list[str]:
    existing = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                                           ([OWNER, *GROUPS.values()],))}
    created = []
    for role in (OWNER, *GROUPS.values()):
        if role not in existing:
            conn.execute(f"CREATE ROLE {role} NOLOGIN")
            created.append(role)
    return created


def init_database(location: str) -> InitResult:
    """Create or migrate the database at ``location`` (see the module's docstring)."""
    params = parameters(location)
    server = server_name(params)
    known = shipped()
    with connect(location) as conn:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                created = _ensure_roles(conn)
                if scalar(conn, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == 0:
                    conn.execute("CREATE EXTENSION postgis")
                if scalar(conn, "SELECT count(*) FROM pg_namespace WHERE nspname = %s", (SCHEMA,)) == 0:
                    conn.execute(f"CREATE SCHEMA {SCHEMA} AUTHORIZATION {OWNER}")
                applied = applied_migrations(conn)
                check_applied(applied or [], known, server)
                done = {a.version for a in applied or []}
                todo = [m for m in known if m.version not in done]
                if applied is None or todo:
                    conn.execute(f"SET LOCAL ROLE {OWNER}")
                    conn.execute(MIGRATIONS_TABLE_SQL)
                    for m in todo:
                        conn.execute(m.sql.encode("utf-8"))
                        conn.execute(f"INSERT INTO {SCHEMA}.schema_migrations (version, name, sha256) "
                                     "VALUES (%s, %s, %s)", (m.version, m.name, m.sha256))
                    conn.execute("RESET ROLE")
                changed = scalar(conn, "SELECT pg_current_xact_id_if_assigned() IS NOT NULL")
        except psycopg.Error as exc:
            raise server_error(exc, server) from None
    return InitResult(server, todo, created, bool(changed))


def database_status(location: str) -> Status:
    """The applied and pending migrations and the logins of sezmap's groups (reads only)."""
    params = parameters(location)
    server = server_name(params)
    known = shipped()
    with connect(location, autocommit=True) as conn:
        try:
            applied = applied_migrations(conn)
            if applied is None:
                raise DataError(Reason(f"{server}: no sezmap schema in this database: run `sezmap db init` first",
                                       "not_initialised", server=server))
            check_applied(applied, known, server)
            logins = _logins(conn)
        except psycopg.Error as exc:
            raise server_error(exc, server) from None
    done = {a.version for a in applied}
    return Status(server, applied, [m for m in known if m.version not in done], logins)


def _logins(conn: psycopg.Connection) -> list[Login]:
    rows = conn.execute(
        "SELECT r.rolname, array_agg(DISTINCT g.rolname ORDER BY g.rolname) FROM pg_roles r "
        "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
        "WHERE g.rolname = ANY(%s) GROUP BY r.rolname ORDER BY r.rolname", (list(GROUPS.values()),)).fetchall()
    zones: dict[str, list[str]] = {}
    for login, zone in conn.execute(f"SELECT login, zone_id FROM {SCHEMA}.login_zones ORDER BY login, zone_id"):
        zones.setdefault(login, []).append(zone)
    short = {v: k for k, v in GROUPS.items()}
    return [Login(name, [short[g] for g in groups], zones.get(name, [])) for name, groups in rows]
