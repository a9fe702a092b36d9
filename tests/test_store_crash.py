"""Kill -9 at random moments: the file always holds exactly the committed edits.

A child process applies random audited edits with GpkgStore.apply_edit and prints each
committed one (plot, version, fields, reason) as a flushed line. It is SIGKILLed 50-300 ms
after its first line, 50 times, a new child each time: each is forked by a launcher, a fresh
interpreter started with subprocess (never a fork of pytest) that imports sezmap once, so
that a child starts in milliseconds rather than the half second an import takes. After each
kill the readers open the file first (GDAL through sezmap's store, `sezmap validate`), and see
the committed edits; then SQLite's integrity check passes, the R-tree agrees with the plots, the store loads and
validates with its protections in place, every printed edit is in the file with its audit
rows, and nothing else is, save at most the one edit in flight when the kill came (committed
before it could be printed), which is then the plot's next version exactly.
"""

import collections
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyogrio
import pytest
import shapely

from sezmap.cli import main
from sezmap.store import geopackage_sql
from sezmap.store.audit_triggers import readable_value
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests.sqlite_writers import crash_mid_write

ROOT = Path(__file__).resolve().parent.parent
KILLS = 50
PLOTS = 10

# The editor: random audited edits, each committed one printed as a flushed line.
EDITOR = r"""
def edit_forever(path, run, seed, n):
    import json, random, sys
    from sezmap.model.edits import PlotEdit, value_text
    from sezmap.store import geopackage_sql
    from sezmap.store.gpkg import GpkgStore

    rnd = random.Random(seed)
    store = GpkgStore(path)

    def box(i, big):
        x = 70.005 + i * 0.009
        return "POLYGON (({0} 45.005, {1} 45.005, {1} {2}, {0} {2}, {0} 45.005))".format(
            x, x + (0.008 if big else 0.006), 45.013 if big else 45.011)

    k = 0
    while True:
        i = rnd.randrange(n)
        pid = f"p{i}"
        conn = geopackage_sql.connect(path, readonly=True)
        version = conn.execute("SELECT version FROM plots WHERE plot_id = ?", (pid,)).fetchone()[0]
        conn.close()
        reason = f"{run}-{k}"
        changes = {"tenant": f"tenant {reason}"}
        if rnd.random() < 0.5:
            changes["jobs_planned"] = rnd.randrange(1000)
        if rnd.random() < 0.3:
            changes["investment_actual_kzt"] = float(rnd.randrange(10**9))
        if rnd.random() < 0.3:
            changes["geometry"] = box(i, rnd.random() < 0.5)
        result = store.apply_edit(PlotEdit(pid, changes, "crash-test", reason, expect_version=version))
        fields = {name: value_text(new) for name, (old, new) in result.changed.items()}
        sys.stdout.write(json.dumps([pid, result.version, fields, reason]) + "\n")
        sys.stdout.flush()
        k += 1
"""

# A fresh interpreter (started with subprocess, never a fork of pytest) that imports sezmap
# once, then forks one editor per kill on request: "path run seed n out" on stdin; it answers
# "<pid>" when the editor starts and "dead <pid> <signal>" when it has been reaped.
LAUNCHER = EDITOR + r"""
import os, sys
from sezmap.store.gpkg import GpkgStore  # noqa: F401 - imported once, before the forks
from sezmap.model.edits import PlotEdit  # noqa: F401

for line in sys.stdin:
    path, run, seed, n, out = line.split()
    pid = os.fork()
    if pid == 0:
        os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
        os.dup2(os.open(out + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
        try:
            edit_forever(path, run, int(seed), int(n))
        finally:
            os._exit(70)  # an editor that stops by itself (an error) is seen by the test
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print("dead", pid, os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status), flush=True)
"""


def _project(path: Path) -> GpkgStore:
    plots = [f.plot(f"p{i}", "z1", geometry=shapely.box(70.005 + i * 0.009, 45.005, 70.011 + i * 0.009, 45.011),
                    updated_at="2026-01-01T00:00:00.000Z") for i in range(PLOTS)]
    return GpkgStore.create(path, f.layers(plots=plots), now="2026-01-01T00:00:00.000Z")


def _file_state(path: Path):
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # the R-tree holds every plot's envelope (its 32-bit floats rounded outwards)
        index = {r[0]: r[1:] for r in conn.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_plots_geom")}
        blobs = dict(conn.execute("SELECT fid, geom FROM plots"))
        assert set(index) == set(blobs)
        for fid, blob in blobs.items():
            minx, maxx, miny, maxy = geopackage_sql.split_blob(blob)[1]
            lo_x, hi_x, lo_y, hi_y = index[fid]
            assert lo_x <= minx <= lo_x + 3e-5 and hi_x - 3e-5 <= maxx <= hi_x, (fid, index[fid], minx, maxx)
            assert lo_y <= miny <= lo_y + 3e-5 and hi_y - 3e-5 <= maxy <= hi_y, (fid, index[fid], miny, maxy)
        plots = {pid: (version, tenant) for pid, version, tenant in
                 conn.execute("SELECT plot_id, version, tenant FROM plots")}
        audit = collections.defaultdict(list)
        for pid, field, new, reason in conn.execute(
                "SELECT plot_id, field, new_value, reason FROM audit_log ORDER BY id"):
            audit[reason].append((pid, field, readable_value(field, new)))  # geometry: hex of its blob
        return plots, audit
    finally:
        conn.close()


def _first_line(out: Path, pid: int, launcher, where: str, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if out.exists() and b"\n" in out.read_bytes():
            return
        if launcher.poll() is not None:
            raise AssertionError(f"{where}: the launcher died: {launcher.stderr.read()[-3000:]}")
        try:
            os.kill(pid, 0)
        except ProcessLookupError:  # the editor stopped by itself: its error says why
            err = Path(f"{out}.err")
            raise AssertionError(f"{where}: the editor died: {err.read_text()[-3000:] if err.exists() else ''}"
                                 ) from None
        time.sleep(0.002)
    raise AssertionError(f"{where}: no edit within {limit} s")


@pytest.mark.slow
def test_sigkill_at_random_moments_keeps_exactly_the_committed_edits(tmp_path):
    seed = int.from_bytes(os.urandom(4), "little")
    rnd = random.Random(seed)
    path = tmp_path / "p.gpkg"
    store = _project(path)
    versions = {f"p{i}": 1 for i in range(PLOTS)}
    tenants = {f"p{i}": None for i in range(PLOTS)}
    known = set()  # reasons of the edits known to be committed
    in_flight_committed = 0
    started = time.monotonic()
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}  # no threads to fork
    launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=ROOT, text=True, env=env)
    try:
        for run in range(KILLS):
            where = f"run {run} (seed {seed})"
            out = tmp_path / f"run{run}.out"
            launcher.stdin.write(f"{path} R{run} {rnd.randrange(2**31)} {PLOTS} {out}\n")
            launcher.stdin.flush()
            pid = int(launcher.stdout.readline())
            _first_line(out, pid, launcher, where)
            time.sleep(rnd.uniform(0.05, 0.3))
            os.kill(pid, signal.SIGKILL)
            assert launcher.stdout.readline().split() == ["dead", str(pid), str(int(signal.SIGKILL))], where
            text = out.read_text()
            printed = [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]

            # the readers open the file first, as after a real crash (GDAL reads only: sezmap's
            # store rolls back what the kill left, then pyogrio and `sezmap validate` read it)
            read = pyogrio.read_dataframe(GpkgStore(path).path, layer="plots")
            assert main(["validate", "--project", str(path)]) == 0, where
            plots, audit = _file_state(path)
            # every printed edit is in the file, with its audit rows and nothing more
            for pid_, version, fields, reason in printed:
                assert sorted(audit.get(reason, [])) == sorted((pid_, k, v) for k, v in fields.items()), (where, reason)
                assert version == versions[pid_] + 1, (where, pid_, version, versions[pid_])
                versions[pid_] = version
                tenants[pid_] = fields["tenant"]
                known.add(reason)
            # beyond them, at most the edit in flight: the next reason, the next version of its plot
            extra = set(audit) - known
            next_reason = f"R{run}-{len(printed)}"
            assert extra <= {next_reason}, (where, sorted(extra))
            if extra:
                rows = audit[next_reason]
                plot_id = rows[0][0]
                assert all(r[0] == plot_id for r in rows), where
                versions[plot_id] += 1
                tenants[plot_id] = {field: new for _p, field, new in rows}["tenant"]
                known.add(next_reason)
                in_flight_committed += 1
            assert {p: v for p, (v, _t) in plots.items()} == versions, where
            assert dict(zip(read.plot_id, read.version)) == versions, where
            assert {p: t for p, (_v, t) in plots.items()} == tenants, where
            per_plot = collections.Counter(rows[0][0] for rows in audit.values())
            assert all(per_plot[p] == versions[p] - 1 for p in versions), where

            project = store.load()  # validates every layer
            assert dict(zip(project.plots.plot_id, project.plots.version)) == versions, where
            found = store.audit_findings()  # every audit row sealed, nothing to repair
            assert (found.errors, found.warnings) == ([], []), where
            assert len(store.audit()) == sum(len(rows) for rows in audit.values()), where
    finally:
        launcher.stdin.close()
        launcher.wait(timeout=30)
    edits = sum(v - 1 for v in versions.values())
    print(f"\n{KILLS} kills (seed {seed}): {edits} committed edits, {in_flight_committed} committed "
          f"in flight when killed, {time.monotonic() - started:.1f} s")
    assert edits >= KILLS


@pytest.mark.slow
def test_a_hot_rollback_journal_is_rolled_back_before_gdal_reads(tmp_path):
    """A writer in rollback-journal mode (QGIS, sqlite3) killed with pages already written: the
    file beside its hot journal is half-changed, and GDAL, opening it read-only, cannot roll
    back. sezmap's first open does; then sezmap validate and pyogrio read the committed state."""
    path = tmp_path / "p.gpkg"
    _project(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    conn.close()
    crash_mid_write(path)
    journal = Path(f"{path}-journal")
    assert journal.stat().st_size > 0 and path.stat().st_size > 1_000_000  # hot, and the file half-written
    out = subprocess.run([sys.executable, "-m", "sezmap", "validate", "--project", str(path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0 and f"valid (1 zones, {PLOTS} plots" in out.stdout, out.stderr
    assert not journal.exists()
    assert len(pyogrio.read_dataframe(path, layer="plots")) == PLOTS
    assert "junk" not in dict(pyogrio.list_layers(path))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'junk'").fetchone() == (0,)
    conn.close()
