"""``sezmap db grant``: a person's login role, its group and (for a company) its zones.

The password is hashed on the client (libpq's ``PQencryptPasswordConn`` through psycopg's
``pgconn.encrypt_password``, SCRAM-SHA-256), so the server, its logs and ``pg_stat_activity``
never see it in plain text. A login is a member of exactly one of sezmap's groups: granting
another role moves it. Its zones (company logins only) are replaced by those given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg
from psycopg import sql

from sezmap.model.problems import DataError, Reason
from sezmap.store.postgis.connection import connect, parameters, scalar, server_error, server_name
from sezmap.store.postgis.migrate import GROUPS, OWNER, SCHEMA

LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_.\-@]{0,62}")


@dataclass(frozen=True)
class GrantResult:
    login: str
    role: str
    zones: list[str]
    created: bool  # False: an existing login was updated


def grant_login(location: str, login: str, role: str, zones: list[str], password: str) -> GrantResult:
    """Create or update ``login`` (see the module's docstring); DataError if refused, nothing changed."""
    params = parameters(location)
    server = server_name(params)
    if role not in GROUPS:
        raise DataError(f"--role {role!r}: one of {', '.join(GROUPS)}")
    if not LOGIN_NAME.fullmatch(login) or login in (OWNER, *GROUPS.values()):
        raise DataError(Reason(f"login {login!r}: a login name is lower-case letters, digits and _ . - @ "
                               "(at most 63), and not one of sezmap's group roles", "bad_login", login=login))
    if zones and role != "company":
        raise DataError("--zone is for company logins (admins change every zone, planners none)")
    if not password:
        raise DataError("the password is empty")
    with connect(location) as conn:
        try:
            with conn.transaction():
                known = {r[0] for r in conn.execute(sql.SQL("SELECT zone_id FROM {}.zones").format(
                    sql.Identifier(SCHEMA)))}
                unknown = [z for z in zones if z not in known]
                if unknown:
                    raise DataError(Reason(f"{server}: --zone {', '.join(unknown)}: not a zone of the project",
                                           "unknown_zone", zones=tuple(unknown)))
                hashed = conn.pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"),
                                                      b"scram-sha-256").decode("ascii")
                created = scalar(conn, "SELECT count(*) FROM pg_roles WHERE rolname = %s",
                                 (login,)) == 0
                verb = "CREATE" if created else "ALTER"
                conn.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(login),
                                                                                 sql.Literal(hashed)))
                for other in GROUPS.values():
                    conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(login)))
                conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[role]), sql.Identifier(login)))
                conn.execute(sql.SQL("DELETE FROM {}.login_zones WHERE login = %s").format(sql.Identifier(SCHEMA)),
                             (login,))
                for zone in dict.fromkeys(zones):
                    conn.execute(sql.SQL("INSERT INTO {}.login_zones (login, zone_id) VALUES (%s, %s)").format(
                        sql.Identifier(SCHEMA)), (login, zone))
        except psycopg.Error as exc:
            raise server_error(exc, server) from None
    return GrantResult(login, role, list(dict.fromkeys(zones)), created)
