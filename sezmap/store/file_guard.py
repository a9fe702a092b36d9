"""Who in this process may touch a project file at a time: Python's sqlite3, GDAL, or a plain open().

SQLite locks a file with POSIX advisory locks (``fcntl``), and those belong to the PROCESS: a
lock taken through one descriptor is dropped when ANY descriptor of the same file is closed,
and an unlock of a byte range by any code of the process unlocks it for all
(https://sqlite.org/howtocorrupt.html, 2.2). SQLite hides this only among the connections of
one copy of the SQLite library (it keeps one table of open files and their locks per copy).
sezmap has two copies in one process: the system library Python's ``sqlite3`` uses, and the one
built into the libgdal of pyogrio's wheel. So when a GDAL read ends, its SQLite unlocks and
closes the file, and the locks of sezmap's own sqlite3 connection to that file are gone:

* a write transaction's RESERVED/EXCLUSIVE lock: another program may start writing too;
* in WAL mode, for as long as a connection is open (not only in a transaction), a SHARED lock
  on the database file and on the "DMS" byte of its ``-shm`` file (checked with /proc/locks):
  another program closing its last connection then believes it is the last user, checkpoints
  and deletes the ``-wal`` file under the open connection, whose commits are lost.

A ``with open(path)`` (the GeoPackage header read) does the same to both copies' locks.

This module keeps one registry for the process, keyed by the real file (device, inode; a path
not created yet by its resolved path), and lets only one KIND of user hold a file at a time:

* ``SQLITE``: a connection of Python's sqlite3, held from before it is opened until it is
  closed (geopackage_sql.connect does it), so a transaction, and in WAL mode the open
  connection's locks, never meet a GDAL read;
* ``GDAL``: one pyogrio call (open, read, close) on the file;
* ``PLAIN``: a plain ``open()``/``close()`` of the file by Python, which holds no lock itself.

Users of one kind share the file (SQLite's copies handle their own connections, a plain read
holds nothing); a user of another kind waits until the file is free. Waiters are served in
order of arrival, a kind at a time, so a stream of GDAL reads cannot starve a writer (nor the
other way round). A thread that already holds a file for one kind enters again at once for
that kind; asking for another kind would wait for itself, so that raises FileGuardError
instead of hanging. What a waiter waits for is the current holders' time: a sqlite3
connection's (an edit: milliseconds; the background quick_check: ~0.5 s at 1M plots), or a
GDAL call's (a scan of a 1M-plot layer: seconds; docs/promises.md, promise 5, has what
tests/benchmarks/bench_file_guard.py measured).

Only this process is covered: other programs are kept out by SQLite's locks, which this keeps
intact. A sqlite3 connection opened without geopackage_sql.connect is not registered.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

SQLITE = "sqlite3"  # Python's sqlite3 (the system SQLite library)
GDAL = "gdal"  # pyogrio's libgdal, with its own SQLite built in
PLAIN = "plain"  # Python's open(): holds no lock, but its close drops every other's


class FileInUse(RuntimeError):
    """The file was not free for this kind of use within the time asked for (``held(...,
    timeout=)``): another kind of user in this process holds it or waits for it first."""


class FileGuardError(RuntimeError):
    """A thread asked for a file for one kind of use while holding it for another (it would
    wait for itself): a fault of sezmap's code, never of the file."""


@dataclass
class _File:
    """One file's state: the kind that holds it, its holders by thread, the queue of waiters."""

    kind: str | None = None
    holders: dict[int, int] = field(default_factory=dict)  # thread id -> holds
    queue: list[tuple[int, str]] = field(default_factory=list)  # (ticket, kind), in order of arrival


_LOCK = threading.Condition(threading.Lock())
_FILES: dict[tuple, _File] = {}
_TICKETS = itertools.count()


@dataclass
class Waited:
    """The longest wait for a file seen in this process (seconds), and for which kind."""

    seconds: float = 0.0
    kind: str = ""


LONGEST_WAIT = Waited()


def file_key(path: str | Path) -> tuple:
    """The file as the kernel knows it (device, inode), whatever link or relative path names it;
    a file that does not exist yet by its resolved path."""
    real = os.path.realpath(os.fspath(path))
    try:
        st = os.stat(real)
    except OSError:
        return ("path", real)
    return ("inode", st.st_dev, st.st_ino)


def _free_for(state: _File, kind: str, ticket: int) -> bool:
    if state.kind not in (None, kind):
        return False
    for waiting, wanted in state.queue:  # nobody of another kind came first
        if waiting == ticket:
            return True
        if wanted != kind:
            return False
    return True


def _enter(key: tuple, kind: str, path, timeout: float | None = None) -> None:
    me = threading.get_ident()
    with _LOCK:
        state = _FILES.setdefault(key, _File())
        if state.holders.get(me):
            if state.kind != kind:
                raise FileGuardError(f"{path}: this thread holds the file for {state.kind} and asks for it for "
                                     f"{kind}, which would wait for itself")
            state.holders[me] += 1
            return
        ticket = next(_TICKETS)
        state.queue.append((ticket, kind))
        started = time.monotonic()
        try:
            while not _free_for(state, kind, ticket):
                left = None if timeout is None else started + timeout - time.monotonic()
                if left is not None and left <= 0:
                    raise FileInUse(f"{path}: in use by {state.kind or 'a waiter before'} in this process")
                _LOCK.wait(left)
        finally:
            state.queue.remove((ticket, kind))
            _LOCK.notify_all()  # the next in the queue may be of this kind too
        waited = time.monotonic() - started
        if waited > LONGEST_WAIT.seconds:
            LONGEST_WAIT.seconds, LONGEST_WAIT.kind = waited, kind
        state.kind = kind
        state.holders[me] = 1


def _leave(key: tuple, thread: int) -> None:
    with _LOCK:
        state = _FILES[key]
        state.holders[thread] -= 1
        if not state.holders[thread]:
            del state.holders[thread]
        if not state.holders:
            state.kind = None
            if not state.queue:
                del _FILES[key]
        _LOCK.notify_all()


class Hold:
    """A file held for one kind of use until ``release()`` (once; later calls do nothing), or
    until the hold is garbage-collected (a connection that keeps it and is never closed)."""

    def __init__(self, path: str | Path, kind: str, timeout: float | None = None):
        self.key = file_key(path)
        self.kind = kind
        _enter(self.key, kind, path, timeout)
        self._release = weakref.finalize(self, _leave, self.key, threading.get_ident())

    def release(self) -> None:
        self._release()


def held(path: str | Path, kind: str, timeout: float | None = None) -> Hold:
    """The file held for ``kind`` (waiting while another kind holds it) until ``release()``;
    with ``timeout`` (seconds), FileInUse if it is not free by then (0: only if free now)."""
    return Hold(path, kind, timeout)


@contextlib.contextmanager
def using(path: str | Path, kind: str):
    """``with using(path, GDAL): pyogrio.read_dataframe(path, ...)``: the file held for the block."""
    hold = Hold(path, kind)
    try:
        yield
    finally:
        hold.release()


@dataclass(frozen=True)
class State:
    """Who uses a file now: the kind that holds it (None: free), its holds, the waiters."""

    kind: str | None
    holds: int
    waiting: int


def free_for(path: str | Path, kind: str) -> bool:
    """Whether a user of ``kind`` would get the file now without waiting (nobody of another kind
    holds it or waits for it first)."""
    with _LOCK:
        found = _FILES.get(file_key(path))
        return found is None or (found.kind in (None, kind) and all(k == kind for _t, k in found.queue))


def state(path: str | Path) -> State:
    """The file's state in this process now: for tests and diagnostics."""
    with _LOCK:
        found = _FILES.get(file_key(path))
        if found is None:
            return State(None, 0, 0)
        return State(found.kind, sum(found.holders.values()), len(found.queue))
