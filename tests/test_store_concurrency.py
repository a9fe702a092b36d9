"""Two programs editing one project at once: no lost update, every refusal counted; a write
lock held by another program is a clear "busy" (exit 3), never a traceback, and readers go on.
"""

import collections
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
from sezmap.store import ProjectBusy
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent
PLOTS = 10
EDITS = 500

WORKER = r"""
import json, random, sys
from sezmap.model.edits import ConflictError, PlotEdit
from sezmap.store import ProjectBusy, geopackage_sql
from sezmap.store.gpkg import GpkgStore

path, worker, edits, plots = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(worker)
store = GpkgStore(path)
done, conflicts, busy = [], 0, 0
print("ready", flush=True)
sys.stdin.readline()  # both start together
for k in range(edits):
    pid = f"p{rnd.randrange(plots)}"
    conn = geopackage_sql.connect(path, readonly=True)
    version = conn.execute("SELECT version FROM plots WHERE plot_id = ?", (pid,)).fetchone()[0]
    conn.close()
    reason = f"{worker}-{k}"
    try:
        result = store.apply_edit(PlotEdit(pid, {"tenant": reason}, worker, reason, expect_version=version))
    except ConflictError:
        conflicts += 1
        continue
    except ProjectBusy:
        busy += 1
        continue
    assert result.version == version + 1
    done.append(reason)
print(json.dumps({"done": done, "conflicts": conflicts, "busy": busy}), flush=True)
"""


def _project(path: Path) -> GpkgStore:
    plots = [f.plot(f"p{i}", "z1", geometry=shapely.box(70.005 + i * 0.009, 45.005, 70.011 + i * 0.009, 45.011),
                    updated_at="2026-01-01T00:00:00.000Z") for i in range(PLOTS)]
    return GpkgStore.create(path, f.layers(plots=plots), now="2026-01-01T00:00:00.000Z")


@pytest.mark.slow
def test_two_writers_lose_no_update(tmp_path):
    store = _project(tmp_path / "p.gpkg")
    started = time.monotonic()
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(store.path), name, str(EDITS), str(PLOTS)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=ROOT, text=True) for name in ("A", "B")]
    for w in workers:
        assert w.stdout.readline() == "ready\n", w.stderr.read()
    for w in workers:
        w.stdin.write("go\n")
        w.stdin.flush()
    results = []
    for w in workers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err[-3000:]
        results.append(json.loads(out))
    done = [r for res in results for r in res["done"]]
    conflicts = sum(res["conflicts"] for res in results)
    print(f"\n{len(done)} edits committed, {conflicts} refused as stale (ConflictError), "
          f"{sum(res['busy'] for res in results)} busy, {time.monotonic() - started:.1f} s")
    assert sum(res["busy"] for res in results) == 0  # the busy timeout covers the other's commits
    assert len(done) + conflicts == 2 * EDITS

    plots = store.load().plots.set_index("plot_id")
    assert int((plots.version - 1).sum()) == len(done)
    entries = store.audit()
    assert sorted(e.reason for e in entries) == sorted(done)  # every committed edit, once
    chains = collections.defaultdict(list)
    for e in entries:
        chains[e.plot_id].append(e)
    for pid, row in plots.iterrows():
        chain = chains[pid]
        assert len(chain) == row.version - 1
        # no lost update: each edit saw the state the previous one left
        assert [e.old_value for e in chain] == [None] + [e.new_value for e in chain[:-1]], pid
        assert row.tenant == (chain[-1].new_value if chain else None)
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def _run(args, **env):
    return subprocess.run([sys.executable, "-m", "sezmap", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env})


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_held_write_lock_is_busy_exit_3_and_readers_go_on(tmp_path, journal):
    store = _project(tmp_path / "p.gpkg")
    if journal == "delete":  # a file as another tool left it: the first write switches it to WAL
        conn = sqlite3.connect(store.path)
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        conn.close()
    project = ["--project", str(store.path)]
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        out = _run(["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r", *project],
                   SEZMAP_BUSY_TIMEOUT_MS="300")
        assert out.returncode == 3, out.stderr
        assert out.stderr.strip() == (f"sezmap: error: {store.path}: the project is busy: another program "
                                      "holds a write lock; try again")
        assert time.monotonic() - started >= 0.3
        # readers are not blocked by a writer
        assert _run(["validate", *project]).returncode == 0
        history = _run(["audit", "--format", "json", *project])
        assert history.returncode == 0 and json.loads(history.stdout) == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _run(["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r", *project]).returncode == 0
    assert [e.new_value for e in store.history("p1")] == ["x"]


def test_busy_in_process_is_a_data_error_naming_the_file(tmp_path, monkeypatch):
    store = _project(tmp_path / "p.gpkg")
    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "100")
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProjectBusy, match="the project is busy") as err:
            store.apply_edit(PlotEdit("p1", {"tenant": "x"}, "a", "r"))
        assert isinstance(err.value, DataError) and str(store.path) in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.history("p1") == []


def test_a_short_lock_is_waited_for(tmp_path):
    """A lock released within the busy timeout: the edit waits and goes through."""
    store = _project(tmp_path / "p.gpkg")
    holder = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        out = _run(["plot", "set", "p1", "--tenant", "y", "--actor", "a", "--reason", "r",
                    "--project", str(store.path)], SEZMAP_BUSY_TIMEOUT_MS="10000")
    finally:
        release.join()
        holder.close()
    assert out.returncode == 0, out.stderr
    assert [e.new_value for e in store.history("p1")] == ["y"]
