"""Where a PostGIS project is, and connecting to it.

A PostGIS project location is a libpq URI (``postgresql://user@host:port/db``, ``?service=NAME``
allowed) or a keyword string naming a service (``service=NAME``). sezmap never holds a password:
a location that carries one is refused (libpq finds it in ``~/.pgpass``, or asks through the
service file's settings). The server's failures come out in sezmap's terms: cannot be reached
-> :class:`ServerUnreachable` (a ProjectBusy: exit 3, the server named); anything a location
or a login got wrong -> DataError (exit 2).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sezmap.model.problems import DataError, Reason
from sezmap.store.errors import ProjectBusy

if TYPE_CHECKING:
    import psycopg

URI_PREFIXES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 10
# passwords the user typed when the server asked (the app's password dialog), by location: kept in
# this process's memory only, for the session; never written by sezmap unless the user asks for
# ~/.pgpass (session.database.write_pgpass)
_SESSION_PASSWORDS: dict[str, str] = {}


def is_postgis_location(location: object) -> bool:
    """Whether a project location names a database rather than a file."""
    text = str(location).strip()
    return text.startswith(URI_PREFIXES) or text.startswith("service=")


class ServerUnreachable(ProjectBusy):
    """The database server did not answer (down, wrong host or port, network): nothing was
    changed; try again (exit 3, like a busy file)."""

    def __init__(self, server: str, detail: str):
        self.path = server
        DataError.__init__(self, Reason(f"{server}: the database server cannot be reached ({detail}); nothing was "
                                        "changed; try again", "server_unreachable", server=server, detail=detail))


class PasswordNeeded(DataError):
    """The server wants a password libpq did not have (or refused the one it had): the app asks
    for it (``remember_password``) and tries again."""

    def __init__(self, server: str, detail: str):
        self.server = server
        super().__init__(Reason(f"{server}: the server refused the login ({detail})", "login_refused",
                                server=server, detail=detail))


def remember_password(location: str, password: str | None) -> None:
    """Keep (or, with None, forget) the password for a location for this process's life only."""
    key = str(location).strip()
    if password:
        _SESSION_PASSWORDS[key] = password
    else:
        _SESSION_PASSWORDS.pop(key, None)


def conninfo(location: str) -> str:
    """The libpq connection string to connect with: the location, with the password the user
    typed this session (if any) added; never shown nor stored."""
    key = str(location).strip()
    password = _SESSION_PASSWORDS.get(key)
    if password is None:
        return key
    from psycopg.conninfo import make_conninfo

    return make_conninfo(key, password=password)


def parameters(location: str) -> dict[str, str]:
    """The libpq parameters of a location; DataError if it is malformed or holds a password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {k: str(v) for k, v in conninfo_to_dict(location).items()}
    except Exception as exc:  # psycopg.ProgrammingError: libpq's words for a malformed string
        raise DataError(Reason(f"{_shown(location)}: not a PostgreSQL connection string ({str(exc).strip()})",
                               "bad_location", location=_shown(location))) from None
    if "password" in params:
        shown = server_name({k: v for k, v in params.items() if k != "password"})
        raise DataError(Reason(f"the project location ({shown}) holds a password; sezmap never stores one: put it in "
                               "~/.pgpass (or let the server ask) and name the server without it",
                               "password_in_location", server=shown))
    return params


def _shown(location: str) -> str:
    """A location as messages show it: a URI's password (if any) masked."""
    text = str(location)
    if text.startswith(URI_PREFIXES) and "@" in text.split("/", 3)[2]:
        scheme, rest = text.split("://", 1)
        auth, tail = rest.split("@", 1)
        if ":" in auth:
            return f"{scheme}://{auth.split(':', 1)[0]}:***@{tail}"
    return text


def server_name(params: dict[str, str]) -> str:
    """The database as messages name it: ``user@host:port/db`` (or the service)."""
    if "host" not in params and "service" in params:
        return f"service {params['service']}"
    host = params.get("host") or "localhost"
    where = f"{host}:{params['port']}" if params.get("port") else host
    who = f"{params['user']}@" if params.get("user") else ""
    return f"{who}{where}/{params.get('dbname', '')}".rstrip("/")


def connect(location: str, autocommit: bool = False) -> psycopg.Connection:
    """A psycopg connection to the project's database; ServerUnreachable or DataError if none."""
    import psycopg

    params = parameters(location)
    try:
        return psycopg.connect(conninfo(location), autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as exc:
        raise _not_connected(server_name(params), " ".join(str(exc).split())) from None


def connect_arrow(location: str):
    """An ADBC connection to the project's database (not autocommit: one transaction until it
    commits or closes), for bulk reads and writes through Arrow; its failures as ``connect``'s."""
    import adbc_driver_postgresql.dbapi as adbc

    params = parameters(location)
    try:
        return adbc.connect(conninfo(location))
    except adbc.Error as exc:
        raise _not_connected(server_name(params), " ".join(str(exc).split())) from None


def _not_connected(server: str, detail: str) -> DataError:
    if _password_wanted(detail):
        return PasswordNeeded(server, detail)
    if _refused_login(detail):
        return DataError(Reason(f"{server}: the server refused the login ({detail})", "login_refused",
                                server=server, detail=detail))
    return ServerUnreachable(server, detail)


def _password_wanted(detail: str) -> bool:
    low = detail.lower()
    return "no password supplied" in low or "password authentication failed" in low


def _refused_login(detail: str) -> bool:
    low = detail.lower()
    return any(w in low for w in ("password authentication failed", "no password supplied", "does not exist",
                                  "permission denied", "no pg_hba.conf entry"))


# SQLSTATEs of sezmap's server rules (sql/0002_server_rules.sql)
STALE_VERSION, NO_REASON, BAD_STATUS, APPEND_ONLY = "SZ001", "SZ002", "SZ003", "SZ004"
NEEDS_FIELDS = "SZ006"  # sql/0010_status_rules.sql: DETAIL names the fields, comma-separated
INSUFFICIENT_PRIVILEGE = "42501"


ADBC_MESSAGE = re.compile(r"ERROR: +(.*?)(?: Query was:| SQLSTATE:|$)")


def server_error(exc: Exception, server: str) -> DataError:
    """A psycopg (or ADBC) error in sezmap's terms: the connection lost (no SQLSTATE, or classes 08 and 57:
    the backend terminated, the server shutting down) -> ServerUnreachable (exit 3); a stale
    version -> ConflictError; a plot left without a field its status needs -> DataError with the
    status rules' code and the fields; anything else the server refused -> DataError with its words."""
    import psycopg

    from sezmap.model.edits import ConflictError

    import adbc_driver_manager

    message = " ".join(str(getattr(getattr(exc, "diag", None), "message_primary", None) or exc).split())
    found = ADBC_MESSAGE.search(message)  # ADBC's text: what it did, the server's words, the query
    if found and not hasattr(exc, "diag"):
        message = found.group(1)
    state = getattr(exc, "sqlstate", None)
    lost = isinstance(exc, (psycopg.OperationalError, adbc_driver_manager.OperationalError)) and state is None
    if lost or (state or "")[:2] in ("08", "57"):
        return ServerUnreachable(server, message)  # the connection lost, the backend stopped, cancelled
    if state == STALE_VERSION:
        return ConflictError(Reason(f"{server}: {message}; nothing was written", "stale_version", server=server))
    if state == NEEDS_FIELDS:
        from sezmap.model.status_rules import NEEDS_FIELDS as CODE

        detail = getattr(getattr(exc, "diag", None), "message_detail", None) or ""
        fields = tuple(f for f in detail.split(",") if f)
        return DataError(Reason(f"{server}: refused by the server: {message}; nothing was written", CODE,
                                server=server, sqlstate=state, fields=fields))
    return DataError(Reason(f"{server}: refused by the server: {message} (SQLSTATE {state}); nothing was written",
                            "server_refused", server=server, sqlstate=state or "", detail=message))


def scalar(conn: psycopg.Connection, query, params=None):
    """The first column of the first row a query gives (None if no row)."""
    row = conn.execute(query, params).fetchone()
    return None if row is None else row[0]
