"""Split benchmark: the session's split path and its undo at N plots, without the window.

    .venv/bin/python tests/benchmarks/bench_split.py [--plots 1000000] [--splits 3] [--profile DIR]

The synthetic project of make_synthetic.py (copied from the cache folder) is loaded and
analysed, and the plots layer of a map scene is kept in step by ``SceneSync`` as in the
window. Then, ``--splits`` times, a vacant plot of the largest zone is cut in two: "changes" is
``split_changes`` (the pieces and their new ids), "commit" is ``session.edit`` (the store's
transaction, the frame, the engine in place, the map's arrays), "undo" is ``session.undo``.
The first split also makes the case-folded id index. ``--profile DIR`` writes a cProfile of
each step there (split0.prof, undo0.prof, ...).
"""

from __future__ import annotations

import argparse
import cProfile
import contextlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from edit_setup import cut_through, open_for_edits  # noqa: E402
from sezmap.render.scene_sync import SceneSync  # noqa: E402
from sezmap.session.geometry_edits import split_changes  # noqa: E402


@contextlib.contextmanager
def profiled(folder: Path | None, name: str):
    if folder is None:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(str(folder / f"{name}.prof"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plots", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/sezmap-bench-analysis")
    ap.add_argument("--splits", type=int, default=3)
    ap.add_argument("--profile", type=Path, default=None)
    args = ap.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    opened = open_for_edits(args.plots, Path(args.cache), "sezmap-bench-split-")
    session, scene, project = opened.session, opened.scene, opened.project
    SceneSync(session, scene)
    print(f"{len(project.plots):,} plots loaded and analysed in {opened.seconds:.1f} s", flush=True)
    plots = project.plots
    zone_id = str(plots["zone_id"].value_counts().index[0])
    rows = np.flatnonzero((plots["zone_id"].to_numpy() == zone_id) & (plots["status"].to_numpy() == "vacant"))
    for k in range(args.splits):
        row = int(rows[len(rows) // 2 + k])
        pid = session.plot_id(row)
        line = cut_through(session.project.plots.geometry.iloc[row].bounds)
        t0 = time.perf_counter()
        with profiled(args.profile, f"split{k}"):
            changes = split_changes(session, pid, line, reason="benchmark")
            t1 = time.perf_counter()
            session.edit(f"Split {pid}", changes)
        t2 = time.perf_counter()
        assert len(scene.layer("plots").arrays) == len(session.project.plots)
        with profiled(args.profile, f"undo{k}"):
            session.undo()
        t3 = time.perf_counter()
        assert len(scene.layer("plots").arrays) == len(session.project.plots)
        print(f"split {k}: changes {t1 - t0:.2f} s, commit {t2 - t1:.2f} s, undo {t3 - t2:.2f} s; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
