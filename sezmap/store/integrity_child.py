"""SQLite's integrity check of a project file in a child process at the lowest CPU priority
(``GpkgStore.check_integrity_soon``, started when a project opens, for the first edit's sake).

The check reads every page of the file (``PRAGMA quick_check``: ~0.5 s of one core per 300 MB)
while the window's analysis runs on the machine's cores. It ran on a thread of the window's
process lowered to nice 19, which gave the analysis its cores back, but a
lowered thread still takes the GIL for its few Python steps around SQLite's C (opening the
connection, reading the answer), and when the system did not run it again for a while, it kept
the GIL all that time: the window's first click after the open waited 115-155 ms in one run of
three (bench_window's "select a plot", its UI thread idle; no such stall in six runs without
the check). A child process shares no GIL: it takes only the CPU nobody else wants, and the
window's thread that waits for its answer holds nothing.

In a frozen bundle (PyInstaller: ``sys.executable`` is the app, not a Python) no child can be
started (:func:`available`): the store checks on its thread instead.

The child is the same Python with its standard library only (``-I -S``: no site, no
environment, nothing of sezmap), reads the file through its own SQLite connection for reading,
as another program does, and prints SQLite's rows as JSON. What the rows mean is
``geopackage_sql.quick_check_fault``'s, as for the check a write makes itself.
"""

from __future__ import annotations

import json
import subprocess
import sys

from sezmap.store import geopackage_sql as sql
from sezmap.store.disk import real_path

NICE = 19  # the lowest priority: CPU only when nobody else wants it

_CHILD = r"""
import json, os, sqlite3, sys
from urllib.parse import quote
try:
    os.nice(NICE)
except (AttributeError, OSError):
    pass
path, timeout = sys.argv[1], float(sys.argv[2])
conn = sqlite3.connect("file:" + quote(path) + "?mode=ro", uri=True, timeout=timeout)
try:
    rows = [list(r) for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
finally:
    conn.close()
json.dump(rows, sys.stdout)
""".replace("NICE", str(NICE))


def quick_check_in_child(path, timeout_s: float = 600.0) -> str | None:
    """SQLite's first complaint about the file at ``path``, None if it is sound: its
    quick_check run in a child process at the lowest priority. Raises ``ChildCheckFailed`` when
    the child could not say (the file busy, unreadable, the child killed): then nothing is known."""
    args = [sys.executable, "-I", "-S", "-c", _CHILD, real_path(path), str(sql.busy_timeout_ms() / 1000.0)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ChildCheckFailed(str(exc)) from exc
    if done.returncode != 0:
        raise ChildCheckFailed(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
    try:
        rows = [tuple(r) for r in json.loads(done.stdout)]
    except (ValueError, TypeError) as exc:
        raise ChildCheckFailed(f"unreadable answer: {done.stdout[:200]!r}") from exc
    return sql.quick_check_fault(rows)


def available() -> bool:
    """Whether a child can be started: not in a frozen bundle (PyInstaller's ``sys.executable``
    is the app, not a Python)."""
    return not getattr(sys, "frozen", False)


class ChildCheckFailed(Exception):
    """The child process gave no answer about the file."""
