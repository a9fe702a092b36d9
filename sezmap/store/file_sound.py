"""Whether a GeoPackage is sound before sezmap writes into it, checked only when needed.

``check(conn, path)`` inside a write transaction refuses a damaged file; ``remember(path)``
after a write of this process marks the file as known sound, so the next write skips SQLite's
quick_check unless another program changed the file since.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sezmap.model.problems import DataError
from sezmap.store import disk
from sezmap.store import geopackage_sql as sql

# file -> its signature (disk.file_signature) when it was last found sound or written
# by this process: a write checks the file's integrity only if another program changed it since
SOUND: dict[str, tuple] = {}


def check(conn, path: Path) -> None:
    """Refuse to write into a damaged file (inside the write transaction, before any change):
    SQLite's quick_check, skipped when nothing but this process wrote the file since it was
    last found sound.

    Why not a quick_check before every write: it reads every page, measured 0.47-0.55 s on the
    1M-plot synthetic project (325 MB, warm cache), against ~4 ms for a whole store edit there
    (tests/benchmarks/bench_edit.py's goal: 50 ms for form to redrawn map). SQLite's own change
    signals (the file change counter, PRAGMA data_version) move only on commits, never on bytes
    damaged in place, so they cannot stand in for it. What does: disk.file_signature (~10 us),
    which holds the file's and its WAL's ctime, a time os.utime cannot put back; what it cannot
    see is written there."""
    if SOUND.get(disk.real_path(path)) == disk.file_signature(path):
        return
    fault = sql.integrity_problem(conn)
    if fault is not None:
        raise DataError(f"{path}: the file is damaged ({fault}); nothing was written; restore it from a backup")


def found_sound(path, checked: tuple) -> None:
    """An integrity check found the file sound as it was when ``checked`` (its
    disk.file_signature taken before the check)."""
    SOUND[disk.real_path(path)] = checked


def remember(path: Path) -> None:
    """After a write of this process into a file found sound: the file as it is now."""
    with contextlib.suppress(OSError):
        SOUND[disk.real_path(path)] = disk.file_signature(path)
