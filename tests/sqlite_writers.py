"""Other programs writing a project file with SQLite, as the store tests need them: one killed
in the middle of a write, and one that asks for the write lock."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

# Run as ``python -c WRITE_LOCK_PROBE FILE``: prints "got the write lock" or "busy: ...".
WRITE_LOCK_PROBE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0.2, isolation_level=None)
try:
    conn.execute("BEGIN IMMEDIATE")
    print("got the write lock")
except sqlite3.OperationalError as exc:
    print("busy:", exc)
"""


def crash_mid_write(path: Path) -> None:
    """A writer in rollback-journal mode (QGIS, sqlite3) opens ``path`` and is SIGKILLed with
    pages already written into the file: a hot journal is left beside the REAL file."""
    writer = subprocess.Popen([sys.executable, "-c", f"""
import sqlite3, time
conn = sqlite3.connect({str(path)!r}, isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE junk (x)")
for i in range(300):
    conn.execute("INSERT INTO junk VALUES (randomblob(4000))")
print("written", flush=True)
time.sleep(60)
"""], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline() == "written\n"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
