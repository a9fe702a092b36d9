"""SQLite's failures in the words of a project file.

Every connection made by :func:`sezmap.store.geopackage_sql.connect` runs its statements
through :func:`sql_errors`, so a locked, read-only, full, damaged or foreign file never
escapes as a bare ``sqlite3`` traceback: it becomes a :class:`ProjectBusy` (another program
holds the write lock; the command line exits 3) or a :class:`DataError` naming the file and
the reason (exit 2). Other SQLite errors (a trigger's ``RAISE``, a constraint, an SQL
mistake) pass through unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sezmap.model.problems import DataError, Reason

# SQLite's primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


class ProjectBusy(DataError):
    """Another program holds the project's write lock for longer than the busy timeout.

    Nothing was changed; trying again later is the remedy. A DataError, so that code that
    reports bad input reports this too; the command line tells it apart (exit code 3).
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        super().__init__(Reason(f"{path}: the project is busy: another program holds a write lock; try again",
                                "project_busy", path=str(path)))


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


# (primary code, words in the message that older Pythons give instead) -> reason, and its code
# (Problem.code: the desktop app says it in the UI language, sezmap.ui.problem_text)
_REASONS = (
    ((SQLITE_BUSY, SQLITE_LOCKED), ("database is locked", "database is busy", "database table is locked"), None),
    ((SQLITE_READONLY,), ("readonly database", "read-only"),
     "cannot be changed: the file or its folder is read-only ({msg})"),
    ((SQLITE_FULL,), ("database or disk is full",), "cannot be written: the disk is full ({msg}); nothing was changed"),
    ((SQLITE_CORRUPT,), ("malformed",), "the file is damaged ({msg}); restore it from a backup"),
    ((SQLITE_NOTADB,), ("file is not a database",), "not a GeoPackage: {msg}"),
    ((SQLITE_CANTOPEN,), ("unable to open database file",), "cannot be opened ({msg})"),
    ((SQLITE_IOERR,), ("disk i/o error",), "cannot be read or written ({msg})"),
)
_CODES = {SQLITE_READONLY: "read_only", SQLITE_FULL: "disk_full", SQLITE_CORRUPT: "damaged_file",
          SQLITE_NOTADB: "not_a_geopackage", SQLITE_CANTOPEN: "cannot_open", SQLITE_IOERR: "io_error"}


def _disk_full(path: str | Path) -> bool:
    """Whether the file system of ``path`` has (next to) no room left."""
    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def translate(exc: sqlite3.Error, path: str | Path, readonly_reason: str | None = None) -> DataError | None:
    """The DataError (or ProjectBusy) for an sqlite3 error on ``path``; None if it is not a
    fault of the file or its surroundings (then the caller re-raises it as it is)."""
    code = _code(exc)
    msg = str(exc)
    low = msg.lower()
    for codes, words, reason in _REASONS:
        if (code in codes) if code is not None else any(w in low for w in words):
            if reason is None:
                return ProjectBusy(path)
            kind = _CODES.get(codes[0], "")
            if code == SQLITE_READONLY and readonly_reason:
                return DataError(Reason(f"{path}: cannot be changed: {readonly_reason} ({msg})", kind,
                                        path=str(path), detail=msg))
            if SQLITE_IOERR in codes and _disk_full(path):  # SQLite could not even grow its -shm file
                return DataError(Reason(f"{path}: cannot be read or written: the disk is full ({msg}); nothing was "
                                        "changed", "disk_full", path=str(path), detail=msg))
            return DataError(Reason(f"{path}: " + reason.format(msg=msg), kind, path=str(path), detail=msg))
    return None


@contextlib.contextmanager
def sql_errors(path: str | Path, readonly_reason: str | None = None):
    """Run a block of SQLite work on ``path``; faults of the file become DataError/ProjectBusy.

    ``readonly_reason`` says why the connection may not write, when that is sezmap's own
    choice (a connection opened for reading) rather than the file's permissions.
    """
    try:
        yield
    except sqlite3.Error as exc:
        error = translate(exc, path, readonly_reason)
        if error is None:
            raise
        raise error from exc


def constraint_reason(exc: sqlite3.IntegrityError) -> str:
    """A constraint of the file that refused a row (a UNIQUE index, a CHECK, NOT NULL, a foreign
    key or a trigger's RAISE, perhaps added by another program), in words for the row's message."""
    return f"refused by a rule of the project file ({exc}); nothing was written"


def insert_naming_rows(conn: sqlite3.Connection, table: str, columns: list[str], rows, labels) -> None:
    """INSERT the rows; a row a constraint of the file refuses is a DataError naming it (its label
    ``labels[i]``) and the constraint, instead of a bare IntegrityError. The rows are inserted
    at once; only when one is refused are they tried one by one, inside a savepoint, to find it."""
    from sezmap.model.problems import Problem
    from sezmap.store.geopackage_sql import insert_rows

    rows = list(rows)
    conn.execute("SAVEPOINT sezmap_insert")
    try:
        insert_rows(conn, table, columns, rows)
    except sqlite3.IntegrityError as exc:
        conn.execute("ROLLBACK TO sezmap_insert")
        problems = []
        for i, row in enumerate(rows):
            try:
                insert_rows(conn, table, columns, [row])
            except sqlite3.IntegrityError as one:
                problems.append(Problem(table, labels[i], constraint_reason(one)))
                break
        conn.execute("ROLLBACK TO sezmap_insert")
        conn.execute("RELEASE sezmap_insert")
        raise DataError(problems or [Problem(table, "-", constraint_reason(exc))]) from None
    conn.execute("RELEASE sezmap_insert")
