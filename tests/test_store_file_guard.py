"""Two copies of SQLite in one process (Python's sqlite3 and the one inside pyogrio's libgdal):
a GDAL read, or a plain open() of the file, never meets an open sqlite3 connection of this
process to the same file (store/file_guard.py), so it cannot drop that connection's POSIX locks.

* The registry: kinds exclude each other, one kind shares, waiters are served in order of
  arrival (no starvation), a thread asking for a second kind gets an error instead of a hang,
  a file is one file through links, a forgotten connection frees it when collected.
* With real processes: a write transaction keeps its lock while another thread opens a store
  (a header read with open()); an open WAL connection keeps its shared lock through a GDAL read on
  another thread (another program can neither switch the file out of WAL nor delete its log);
  the app's pattern (edits on one thread, whole-project loads on another, a second program
  writing all the while) never has two writers at once and loses no commit.
"""

import contextlib
import gc
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import shapely

from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError
from sezmap.store import file_guard
from sezmap.store import geopackage_sql as sql
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests.sqlite_writers import WRITE_LOCK_PROBE

ROOT = Path(__file__).resolve().parent.parent
STAMP = "2026-01-01T00:00:00.000Z"
PLOTS = 3


def _project(folder: Path, journal: str = "wal") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    plots = [f.plot(f"p{i}", "z1", geometry=shapely.box(70.005 + i * 0.009, 45.005, 70.011 + i * 0.009, 45.011),
                    updated_at=STAMP) for i in range(PLOTS)]
    store = GpkgStore.create(folder / "p.gpkg", f.layers(plots=plots), now=STAMP)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))  # WAL on a local disk
    if journal == "rollback":
        with contextlib.closing(sqlite3.connect(store.path)) as conn:
            assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    return store.path


def _until(predicate, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


# --- the registry ----------------------------------------------------------------------------

def test_kinds_exclude_each_other_and_one_kind_shares(tmp_path):
    path = tmp_path / "f.gpkg"
    path.write_bytes(b"x")
    first, second = file_guard.held(path, file_guard.SQLITE), None
    entered = threading.Event()

    def gdal():
        with file_guard.using(path, file_guard.GDAL):
            entered.set()

    def sqlite():
        nonlocal second
        second = file_guard.held(path, file_guard.SQLITE)

    reader = threading.Thread(target=gdal)
    reader.start()
    assert _until(lambda: file_guard.state(path).waiting == 1)
    assert not entered.is_set()  # GDAL waits while a sqlite3 connection is open
    other = threading.Thread(target=sqlite)  # arrives after the GDAL reader: waits behind it
    other.start()
    assert _until(lambda: file_guard.state(path).waiting == 2)
    first.release()
    first.release()  # a second release does nothing
    reader.join(10)
    other.join(10)
    assert entered.is_set() and second is not None
    assert file_guard.state(path) == file_guard.State(file_guard.SQLITE, 1, 0)
    third = file_guard.held(path, file_guard.SQLITE)  # one kind shares the file
    assert file_guard.state(path).holds == 2
    second.release()
    third.release()
    assert file_guard.state(path) == file_guard.State(None, 0, 0)


def test_a_stream_of_gdal_reads_does_not_starve_a_writer(tmp_path):
    """Waiters are served in order of arrival: a writer that came while GDAL reads the file
    gets it before GDAL reads that came later. Two readers take turns so that one of them always
    holds the file: without the order, a writer waits until they happen to leave a gap (seconds,
    or for ever); with it, only for the read in progress (50 ms)."""
    path = tmp_path / "f.gpkg"
    path.write_bytes(b"x")
    stop = threading.Event()

    def reads():
        while not stop.is_set():
            with file_guard.using(path, file_guard.GDAL):
                time.sleep(0.05)

    readers = [threading.Thread(target=reads) for _ in range(2)]
    for r in readers:  # staggered: one of them always holds the file
        r.start()
        time.sleep(0.025)
    waited = []

    def write():
        started = time.monotonic()
        with file_guard.using(path, file_guard.SQLITE):
            waited.append(time.monotonic() - started)

    try:
        for _ in range(3):
            time.sleep(0.2)
            writer = threading.Thread(target=write)
            writer.start()
            writer.join(5)
            assert not writer.is_alive(), "the writer never got the file"
    finally:
        stop.set()
        for r in readers:
            r.join(10)
    assert len(waited) == 3 and max(waited) < 0.25, waited


def test_asking_for_a_second_kind_on_one_thread_is_an_error_not_a_hang(tmp_path):
    path = _project(tmp_path)
    store = GpkgStore(path)
    conn = store.connect(readonly=True)
    try:
        with pytest.raises(file_guard.FileGuardError, match="holds the file for sqlite3 and asks for it for gdal"):
            store.read_layer("plots")
    finally:
        conn.close()
    assert len(store.read_layer("plots")) == PLOTS
    assert file_guard.state(path) == file_guard.State(None, 0, 0)


def test_a_file_is_one_file_through_links_and_relative_paths(tmp_path, monkeypatch):
    path = _project(tmp_path / "data")
    (tmp_path / "link.gpkg").symlink_to(path)
    os.link(path, tmp_path / "hard.gpkg")
    monkeypatch.chdir(tmp_path)
    keys = {file_guard.file_key(p) for p in (path, tmp_path / "link.gpkg", "hard.gpkg", "data/../data/p.gpkg")}
    assert len(keys) == 1
    conn = sql.connect("link.gpkg")
    try:
        assert file_guard.state(tmp_path / "hard.gpkg") == file_guard.State(file_guard.SQLITE, 1, 0)
    finally:
        conn.close()
    assert file_guard.state(path).kind is None


def test_a_connection_never_closed_frees_the_file_when_collected(tmp_path):
    path = _project(tmp_path)
    conn = sql.connect(path, readonly=True)
    assert file_guard.state(path).kind == file_guard.SQLITE
    del conn
    gc.collect()
    assert file_guard.state(path) == file_guard.State(None, 0, 0)


def test_a_connection_that_cannot_open_frees_the_file(tmp_path):
    path = tmp_path / "no-folder" / "p.gpkg"
    with pytest.raises(DataError, match="no-folder"):
        sql.connect(path)
    assert file_guard.state(path) == file_guard.State(None, 0, 0)


# --- with real processes ---------------------------------------------------------------------

SWITCH = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0.2, isolation_level=None)
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
try:
    print("switched to", conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0])
except sqlite3.OperationalError as exc:
    print("busy:", exc)
conn.close()
"""


def test_an_open_wal_connection_keeps_its_locks_through_a_gdal_read(tmp_path):
    """In WAL mode an open connection, in a transaction or not, holds a shared lock on the file
    (and on its -shm): that is how the last program to close knows it may checkpoint and delete
    the log. A GDAL read on another thread must not drop it: another program can then neither
    switch the file out of WAL nor delete the -wal under the open connection."""
    path = _project(tmp_path)
    store = GpkgStore(path)
    switch = [sys.executable, "-c", SWITCH, str(path)]
    conn = store.connect()
    reads = {}
    reader = threading.Thread(target=lambda: reads.update(plots=store.read_layer("plots")))
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        out = subprocess.run(switch, capture_output=True, text=True, check=False).stdout
        assert out.startswith("busy"), out
        reader.start()
        assert _until(lambda: file_guard.state(path).waiting == 1 or not reader.is_alive())
        time.sleep(0.3)  # an unguarded read would be over by now
        out = subprocess.run(switch, capture_output=True, text=True, check=False).stdout
        assert out.startswith("busy"), out
        assert os.path.exists(str(path) + "-wal")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE plots SET tenant = 'Kept', version = version + 1 WHERE plot_id = 'p2'")
        conn.execute("COMMIT")
    finally:
        conn.close()
    reader.join(30)
    assert len(reads["plots"]) == PLOTS
    with contextlib.closing(sqlite3.connect(path)) as check:
        assert check.execute("SELECT tenant FROM plots WHERE plot_id = 'p2'").fetchone() == ("Kept",)
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_opening_a_store_during_a_write_keeps_the_write_lock(tmp_path, journal):
    """GpkgStore(path) reads the file's header with Python's open() (is the file a GeoPackage?),
    whose close drops the process's POSIX locks like GDAL's: on another thread while a write
    transaction is open here, it waits, and another program stays busy."""
    path = _project(tmp_path, journal)
    probe = [sys.executable, "-c", WRITE_LOCK_PROBE, str(path)]
    conn = sql.connect(path)
    opened = {}
    opener = threading.Thread(target=lambda: opened.update(store=GpkgStore(path)))
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE plots SET tenant = 'Held', version = version + 1 WHERE plot_id = 'p2'")
        opener.start()
        assert _until(lambda: file_guard.state(path).waiting == 1 or not opener.is_alive())
        time.sleep(0.2)
        out = subprocess.run(probe, capture_output=True, text=True, check=False).stdout
        assert out.startswith("busy"), out
        assert "store" not in opened  # it waits for the write
        conn.execute("COMMIT")
    finally:
        conn.close()
    opener.join(30)
    assert opened["store"].read_plots(["p2"])["p2"]["tenant"] == "Held"


OTHER_WRITER = r"""
import json, sqlite3, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
held, busy, end = [], 0, time.monotonic() + seconds  # (after BEGIN IMMEDIATE, before COMMIT)
print("ready", flush=True)
sys.stdin.readline()
while time.monotonic() < end:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)  # opened and closed each time, as a
    try:                                                          # script would (the last to close checkpoints)
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        busy += 1
        conn.close()
        time.sleep(0.005)
        continue
    start = time.monotonic()
    conn.execute("PRAGMA busy_timeout = 10000")  # the commit waits for readers (rollback journal)
    n = conn.execute("SELECT n FROM counter").fetchone()[0]
    time.sleep(0.002)
    conn.execute("UPDATE counter SET n = ?", (n + 1,))
    end_held = time.monotonic()  # read before COMMIT: surely while the write lock is held
    conn.execute("COMMIT")
    held.append((start, end_held))
    conn.close()
    time.sleep(0.005)  # SQLite's busy handler sleeps 1, 2, 5, 10 ... ms: a writer that never pauses starves it
print(json.dumps({"held": held, "busy": busy}), flush=True)
"""


@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_the_apps_pattern_never_has_two_writers(tmp_path, monkeypatch, journal):
    """The app: edits on the UI thread, the whole project loaded with GDAL on a worker thread,
    and another program writing the file meanwhile. Every sezmap transaction (BEGIN IMMEDIATE
    to COMMIT) and every one of the other program's (time.monotonic, one clock for all
    processes on Linux) must be apart in time: never two writers at once; and every commit of
    both is in the file (a counter both increment; the edits' audit rows)."""
    from sezmap.store import gpkg

    path = _project(tmp_path, journal)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE counter (n INTEGER)")
        conn.execute("INSERT INTO counter VALUES (0)")
    store = GpkgStore(path)
    ours, transaction = [], gpkg.transaction

    @contextlib.contextmanager
    def timed(conn):
        with transaction(conn):
            start = time.monotonic()
            n = conn.execute("SELECT n FROM counter").fetchone()[0]
            conn.execute("UPDATE counter SET n = ?", (n + 1,))
            yield conn
            ours.append((start, time.monotonic()))

    monkeypatch.setattr(gpkg, "transaction", timed)
    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "10000")
    other = subprocess.Popen([sys.executable, "-c", OTHER_WRITER, str(path), "3"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert other.stdout.readline() == "ready\n", other.stderr.read()
    stop, loads, failures = threading.Event(), [], []

    def load():
        while not stop.is_set():
            try:
                loads.append(len(store.load().plots))
            except Exception as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
                return

    worker = threading.Thread(target=load, name="loader")
    worker.start()
    other.stdin.write("go\n")
    other.stdin.flush()
    edits, end = 0, time.monotonic() + 3
    while time.monotonic() < end:
        store.apply_edit(PlotEdit(f"p{edits % PLOTS}", {"tenant": f"t{edits}"}, "ana", f"edit {edits}"))
        edits += 1
    stop.set()
    worker.join(60)
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err[-3000:]
    theirs = json.loads(out)["held"]
    assert not failures, failures
    assert loads and set(loads) == {PLOTS}
    both = [(a, b) for a in ours for b in theirs if a[0] < b[1] and b[0] < a[1]]
    assert not both, f"{len(both)} times two writers at once, e.g. {both[0]}"
    print(f"\n{journal}: {edits} edits here, {len(theirs)} commits by the other program, {len(loads)} loads; "
          f"longest wait for the file in this process {file_guard.LONGEST_WAIT.seconds * 1000:.0f} ms")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT n FROM counter").fetchone()[0] == edits + len(theirs)
    assert len({e.reason for e in store.audit() if e.reason.startswith("edit ")}) == edits
