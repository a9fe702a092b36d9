"""Whether a write to a project file could start now, and waiting (off the UI thread) until it
could: for the desktop app, which must not freeze while another program holds the file.

A write in sezmap waits for another program's write lock up to the busy timeout
(geopackage_sql.BUSY_TIMEOUT_MS, 10 s) and for a GDAL read of the same file in this process
(file_guard: a scan of a 1M-plot layer takes seconds). On the UI thread that wait is a frozen
window, so the app first asks ``write_lock_free(path, 0)``: the write lock taken and let go at
once (``BEGIN IMMEDIATE``; ``ROLLBACK``), no waiting for anyone. If it is not free, the app
calls ``wait_until_writable`` on a worker thread (ui.tasks), which asks again every
``STEP_S`` until the file is free or the user cancels, and then writes on the UI thread.
Between that answer and the write another program may take the lock again: then the write
waits as it always did (the busy timeout) and is refused with ProjectBusy if it must.

``write_blocker`` says who holds the file up, so that the window can say so: this process's
own work (a GDAL read of the file, ``OWN_READ``; a write transaction of its own, which
``own_write`` marks while it holds the lock, ``OWN_WRITE``: the window's own task lanes) or
``ANOTHER_PROGRAM`` (the lock taken and no transaction of this process holding it).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sezmap.store import file_guard
from sezmap.store.disk import is_writable, real_path
from sezmap.store.errors import SQLITE_BUSY, SQLITE_LOCKED

STEP_S = 0.25  # how long each look waits for the lock (the longest a cancel waits for)
# who keeps a write from starting (write_blocker; None: nobody)
OWN_READ = "own read"  # a read of this process (GDAL, a plain open()) holds the file or waits first
OWN_WRITE = "own write"  # a write transaction of this process holds the lock (own_write)
ANOTHER_PROGRAM = "another program"  # the write lock is taken, by no transaction of this process
_OWN: dict[str, int] = {}  # real path -> write transactions of this process holding its lock
_OWN_LOCK = threading.Lock()


@contextlib.contextmanager
def own_write(path: str | Path):
    """Marks, for the block, a write transaction of this process that holds ``path``'s write
    lock (gpkg.transaction, once BEGIN IMMEDIATE has it): a wait for it is the window's own."""
    real = real_path(path)
    with _OWN_LOCK:
        _OWN[real] = _OWN.get(real, 0) + 1
    try:
        yield
    finally:
        with _OWN_LOCK:
            _OWN[real] -= 1
            if not _OWN[real]:
                del _OWN[real]


def write_blocker(path: str | Path, wait_s: float = 0.0) -> str | None:
    """Who would keep this process from starting to write ``path`` within ``wait_s`` seconds
    (with 0, nothing is waited for): None (nobody), OWN_READ, OWN_WRITE or ANOTHER_PROGRAM. A
    file that cannot be written for another reason (read-only, missing, damaged) answers None:
    the write itself then says what is wrong."""
    real = real_path(path)
    if not Path(real).exists() or not is_writable(real):
        return None
    try:
        hold = file_guard.held(real, file_guard.SQLITE, timeout=wait_s)
    except file_guard.FileInUse:  # only users of this process are kept out this way: a read
        return OWN_READ
    try:
        conn = sqlite3.connect(real, isolation_level=None, timeout=wait_s)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        busy = (code & 0xFF) in (SQLITE_BUSY, SQLITE_LOCKED) if code is not None else "locked" in str(exc).lower()
        if not busy:
            return None
        with _OWN_LOCK:  # the lock is taken: by a transaction of this process, or by another program
            return OWN_WRITE if _OWN.get(real) else ANOTHER_PROGRAM
    finally:
        hold.release()
    return None


def write_lock_free(path: str | Path, wait_s: float = 0.0) -> bool:
    """Whether this process could start writing ``path`` within ``wait_s`` seconds: no other
    program holds its write lock, and no GDAL read in this process holds the file."""
    return write_blocker(path, wait_s) is None


def wait_until_writable(path: str | Path, cancelled: Callable[[], bool], step_s: float = STEP_S,
                        seen: Callable[[str], object] | None = None) -> bool:
    """Wait until ``path`` could be written (True), or until ``cancelled()`` (False); ``seen``
    is told who holds it up each time that changes (``write_blocker``'s answers). Blocks: call
    it on a worker thread."""
    last = None
    while not cancelled():
        blocker = write_blocker(path, step_s)
        if blocker is None:
            return True
        if seen is not None and blocker != last:
            seen(blocker)
        last = blocker
    return False
