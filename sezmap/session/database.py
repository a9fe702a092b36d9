"""Opening a project on a database server, without Qt: libpq's service file and password file.

sezmap never stores a password in its settings or in a project location. The connection dialog
writes a **service entry** (host, port, database, user) to libpq's service file
(``PGSERVICEFILE``, else ``~/.pg_service.conf``) and opens ``service=NAME``; a password the server
asks for is kept in memory for the session (``store.postgis.connection.remember_password``) and
written to libpq's password file (``PGPASSFILE``, else ``~/.pgpass``, mode 0600) only when the
user asks. Recent projects keep locations without passwords (``recent_location_allowed``).
"""

from __future__ import annotations

import configparser
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sezmap.formats.atomic import atomic_output
from sezmap.model.problems import DataError, Reason
from sezmap.store.postgis.connection import is_postgis_location, parameters

SERVICE_NAME = re.compile(r"[A-Za-z0-9_.\-]{1,63}")


@dataclass(frozen=True)
class ConnectionSettings:
    """What the connection dialog asks: where the database is and who logs in (no password)."""

    host: str
    port: int
    dbname: str
    user: str
    service: str = ""  # the service entry's name; empty: made from the database and host

    @property
    def service_name(self) -> str:
        return self.service.strip() or re.sub(r"[^A-Za-z0-9_.\-]", "_", f"sezmap_{self.dbname}_{self.host}")[:63]

    def problems(self) -> list[str]:
        """What is missing or malformed (empty: the settings can be written)."""
        found = []
        if not self.host.strip():
            found.append("host")
        if not 0 < self.port < 65536:
            found.append("port")
        if not self.dbname.strip():
            found.append("dbname")
        if not self.user.strip():
            found.append("user")
        if not SERVICE_NAME.fullmatch(self.service_name):
            found.append("service")
        return found


def service_file() -> Path:
    """libpq's per-user service file: ``PGSERVICEFILE``, else ``~/.pg_service.conf``."""
    return Path(os.environ.get("PGSERVICEFILE") or Path.home() / ".pg_service.conf")


def password_file() -> Path:
    """libpq's password file: ``PGPASSFILE``, else ``~/.pgpass``."""
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _service_parser() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # libpq's keys are lower case; keep them as written
    return parser


def read_service(name: str) -> dict[str, str]:
    """The keys of a service entry in the user's service file ({} if none)."""
    parser = _service_parser()
    path = service_file()
    if path.is_file():
        parser.read(path, encoding="utf-8")
    return dict(parser[name]) if parser.has_section(name) else {}


def write_service(settings: ConnectionSettings) -> str:
    """Add or replace the service entry for these settings (other entries kept; never a
    password) and return the location to open, ``service=NAME``; DataError if incomplete."""
    wrong = settings.problems()
    if wrong:
        raise DataError(Reason(f"the connection settings are incomplete: {', '.join(wrong)}", "bad_connection",
                               fields=tuple(wrong)))
    parser = _service_parser()
    path = service_file()
    if path.is_file():
        parser.read(path, encoding="utf-8")
    name = settings.service_name
    if parser.has_section(name):
        parser.remove_section(name)
    parser.add_section(name)
    for key, value in (("host", settings.host.strip()), ("port", str(settings.port)),
                       ("dbname", settings.dbname.strip()), ("user", settings.user.strip())):
        parser[name][key] = value
    text = io.StringIO()
    parser.write(text, space_around_delimiters=False)
    with atomic_output(path) as tmp:
        Path(tmp).write_text(text.getvalue(), encoding="utf-8")
    return f"service={name}"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def write_pgpass(location: str, password: str) -> Path:
    """Add (or replace) the line of libpq's password file for this location's server, database
    and login, the file kept at mode 0600 (libpq ignores a file others can read)."""
    params = resolved_parameters(location)
    key = ":".join(_pgpass_field(v) for v in (params.get("host") or "localhost", params.get("port") or "5432",
                                               params.get("dbname") or "*", params.get("user") or "*"))
    path = password_file()
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_pgpass_field(password)}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(kept) + "\n")
    return path


def resolved_parameters(location: str) -> dict[str, str]:
    """A location's libpq parameters, a service's entry filled in (the location's own win)."""
    params = parameters(location)
    if "service" in params:
        params = {**read_service(params["service"]), **params}
    return params


def database_title(location: str) -> str:
    """How the window title names a database: "name — host"."""
    params = resolved_parameters(location)
    return f"{params.get('dbname') or params.get('service') or '?'} — {params.get('host') or 'localhost'}"


def recent_location_allowed(location: str) -> bool:
    """Whether a location may be kept in Recent projects: a file, or a database location
    without a password (one holding a password is refused, never stored)."""
    if not is_postgis_location(location):
        return True
    try:
        parameters(location)
    except DataError:
        return False
    return True


def reach(location: str):
    """Whether the server of ``location`` takes the login (on any thread; up to libpq's connect
    timeout): None if it does; the ``PasswordNeeded`` if it wants a password libpq lacks; the
    ``ServerUnreachable`` if it does not answer (each names the server). A login it refuses
    otherwise raises DataError."""
    from sezmap.store.postgis.connection import PasswordNeeded, ServerUnreachable, connect

    try:
        connect(location).close()
    except (PasswordNeeded, ServerUnreachable) as exc:
        return exc
    return None
