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
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sezmap.store import file_guard
from sezmap.store.disk import is_writable, real_path
from sezmap.store.errors import SQLITE_BUSY, SQLITE_LOCKED

STEP_S = 0.25  # how long each look waits for the lock (the longest a cancel waits for)


def write_lock_free(path: str | Path, wait_s: float = 0.0) -> bool:
    """Whether this process could start writing ``path`` within ``wait_s`` seconds: no other
    program holds its write lock, and no GDAL read in this process holds the file (with
    ``wait_s`` 0, nothing is waited for). A file that cannot be written for another reason
    (read-only, missing, damaged) answers True: the write itself then says what is wrong."""
    real = real_path(path)
    if not Path(real).exists() or not is_writable(real):
        return True
    try:
        hold = file_guard.held(real, file_guard.SQLITE, timeout=wait_s)
    except file_guard.FileInUse:
        return False
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
        return not busy
    finally:
        hold.release()
    return True


def wait_until_writable(path: str | Path, cancelled: Callable[[], bool], step_s: float = STEP_S) -> bool:
    """Wait until ``path`` could be written (True), or until ``cancelled()`` (False). Blocks:
    call it on a worker thread."""
    while not cancelled():
        if write_lock_free(path, step_s):
            return True
    return False
