"""Edit benchmark: one attribute edit through the app's whole edit path, at N plots.

    .venv/bin/python tests/benchmarks/bench_edit.py [--plots 1000000] [--cache /tmp/sezmap-bench-analysis]

The project is the synthetic one of make_synthetic.py (built once into the cache folder and
copied, so the benchmark never writes to the cached file). It is loaded, analysed and drawn
as the app does; then, in this one process:

* **edit**: a status change of a random plot of the largest zone, through the session exactly
  as the plot form makes it (``session.edit`` with one PlotEdit: validation, the store's
  transaction with its audit rows, the project frame and the engine's touched zone), then the
  scene's plots layer (``SceneSync``, the window's listener: a new status-code array swapped in,
  the selection overlay), then the edited part of the zone's 1920x1080 map drawn again on
  the shown image (``render_patch``, what the canvas does before its background re-render);
  50 edits, median and max of the whole walk, and each part's median;
* **undo** of the same step (the same walk with the inverse edit);
* **batch**: 100 plots withdrawn in one step (one transaction, 100 audited changes);
* **split** of one plot: plots added, so the frame, the engine (in place: ``add_plots``) and
  the map arrays follow; its parts (the pieces and their new ids, ``split_changes``; the
  commit with the frame, the engine and the map arrays) and its **undo** (a plot taken out:
  ``remove_plots``) are reported too (no goal set).

Goals: edit and undo median <= 50 ms, worst <= 100 ms; the batch <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from sezmap.model import status_rules  # noqa: E402
from sezmap.model.edits import PlotEdit  # noqa: E402
from sezmap.model.workflow import allowed_transitions  # noqa: E402
from sezmap.render.map_settings import MapSettings  # noqa: E402
from sezmap.render.renderer import render_image, render_patch  # noqa: E402
from sezmap.render.scene_sync import SceneSync  # noqa: E402
from sezmap.session.geometry_edits import split_changes  # noqa: E402
from edit_setup import cut_through, open_for_edits  # noqa: E402

# what a status needs (model.status_rules) when the plot lacks it
FILL = {"tenant": "Benchmark LLP", "allocated_on": "2026-01-01", "contract_deadline": "2028-01-01",
        "investment_committed_kzt": 1e9}


def ms(seconds: float) -> float:
    return round(1000 * seconds, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plots", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/sezmap-bench-analysis")
    ap.add_argument("--edits", type=int, default=50)
    args = ap.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts for the labels
    opened = open_for_edits(args.plots, Path(args.cache), "sezmap-bench-edit-")
    session, scene, project, work = opened.session, opened.scene, opened.project, opened.path.parent
    print(f"{len(project.plots):,} plots loaded, analysed and prepared for display in {opened.seconds:.1f} s")

    heard = []  # when the session's event reached the listener, and when the listener was done
    session.plots_changed.connect(lambda _event: heard.append(time.perf_counter()))
    sync = SceneSync(session, scene)  # the window's listener: hears the session before the panels
    sync.updated.connect(lambda _update: heard.append(time.perf_counter()))
    zones = project.plots["zone_id"].value_counts()
    zone_id = str(zones.index[0])
    rows = np.flatnonzero(project.plots["zone_id"].to_numpy() == zone_id)
    zone_row = int(np.flatnonzero(project.zones["zone_id"].to_numpy() == zone_id)[0])
    settings = MapSettings(width=1920, height=1080, crs="EPSG:3857").fitted(
        tuple(scene.layer("zones").arrays.bounds[zone_row]))
    t0 = time.perf_counter()
    image, _stats = render_image(settings, scene)  # also the warm-up: the STRtree
    full = time.perf_counter() - t0
    print(f"largest zone {zone_id}: {len(rows):,} plots; its full render at 1920x1080 {ms(full)} ms")

    def redraw(update):
        """What the canvas does on an edit, after the listener swapped the new arrays in: the
        edited part of the shown image drawn again at once (render_patch); the full render
        follows in the background."""
        return render_patch(image, settings, scene, update.bounds)

    events, updates = [], []
    session.plots_changed.connect(events.append)
    sync.updated.connect(updates.append)
    rng = np.random.default_rng(3)
    walk, commit, draw, undo_walk, listen = [], [], [], [], []
    for row in rng.choice(rows, args.edits, replace=False):
        pid = session.plot_id(int(row))
        old = str(project.plots["status"].iat[int(row)])
        targets = [s for s in allowed_transitions(old) if s != old]
        if not targets:
            continue
        t0 = time.perf_counter()
        need = status_rules.missing_fields({**session.plot_record(int(row)), "status": targets[0]})
        changes = {"status": targets[0], **{name: FILL[name] for name in need}}  # what the status needs
        session.edit(f"Edit {pid}", [PlotEdit(pid, changes, session.actor, "benchmark",
                                              expect_version=session.version_of(pid))])
        t1 = time.perf_counter()  # (the scene is already in step: the listener ran in the edit)
        listen.append(heard[-1] - heard[-2])
        redraw(updates[-1])
        t2 = time.perf_counter()
        session.undo()
        redraw(updates[-1])
        t3 = time.perf_counter()
        walk.append(t2 - t0)
        commit.append(t1 - t0)
        draw.append(t2 - t1)
        undo_walk.append(t3 - t2)
    batch_rows = rng.choice(rows, 100, replace=False)
    edits = []
    for row in batch_rows:
        pid = session.plot_id(int(row))
        old = str(project.plots["status"].iat[int(row)])
        new = "withdrawn" if "withdrawn" in allowed_transitions(old) else old
        edits.append(PlotEdit(pid, {"status": new, "tenant": "batch"}, session.actor, "benchmark batch",
                              expect_version=session.version_of(pid)))
    t0 = time.perf_counter()
    session.edit("Withdraw 100 plots", edits)
    redraw(updates[-1])
    batch = time.perf_counter() - t0

    # a split: one plot becomes two (rows added: frame, engine and map arrays follow)
    row = int(rows[len(rows) // 2])
    pid = session.plot_id(row)
    line = cut_through(project.plots.geometry.iloc[row].bounds)
    engine = session.engine
    t0 = time.perf_counter()
    changes = split_changes(session, pid, line, reason="benchmark split")
    t1 = time.perf_counter()
    session.edit(f"Split {pid}", changes)  # the listener swaps new arrays in
    assert len(scene.layer("plots").arrays) == len(project.plots)
    split, split_ids = time.perf_counter() - t0, t1 - t0
    t0 = time.perf_counter()
    session.undo()
    assert len(scene.layer("plots").arrays) == len(project.plots)
    split_undo = time.perf_counter() - t0
    assert session.engine is engine  # changed in place, not analysed afresh

    worst = sorted(range(len(walk)), key=lambda k: -walk[k])[:3]
    print("slowest edits (index: ms):", ", ".join(f"{k}: {ms(walk[k])}" for k in worst))
    print(f"edit (form -> committed + metrics + map redrawn), {len(walk)} edits: "
          f"median {ms(statistics.median(walk))} ms, max {ms(max(walk))} ms  (goal 50 / 100 ms)")
    print(f"  of which committed + metrics + scene arrays: median {ms(statistics.median(commit))} ms; "
          f"patch of the map: median {ms(statistics.median(draw))} ms")
    print(f"  scene arrays in step (SceneSync, copy-on-write): median {ms(statistics.median(listen))} ms, "
          f"max {ms(max(listen))} ms")
    print(f"undo (same walk): median {ms(statistics.median(undo_walk))} ms, max {ms(max(undo_walk))} ms")
    print(f"batch of 100 plots in one step: {ms(batch)} ms  (goal 1000 ms)")
    print(f"split of one plot (rows added: frame, engine in place, map arrays): {split:.2f} s "
          f"(of which the pieces and their new ids {split_ids:.2f} s); its undo {split_undo:.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
