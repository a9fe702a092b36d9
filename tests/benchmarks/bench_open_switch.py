"""Another project opened while a 1M-plot project's analysis runs (session/loading.py).

    .venv/bin/python tests/benchmarks/bench_open_switch.py [--project P] [--repeat N]

The app's loader runs its steps one after another on one task thread (as the window's does). The
1M-plot project (tests/benchmarks/make_synthetic.py) is opened, and once its analysis has begun
the bundled project is opened: its first step waits on that thread behind the analysis. Printed:
how long after its open the second project is shown and analysed, with the first project's
analysis given up as it is now (``cancelled``) and, for comparison in the same process, with it
run to its end as before (the loader's ``analyse`` given no ``cancelled``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sezmap import paths
from sezmap.render import crs as crs_mod
from sezmap.render.project_map import ProjectMap
from sezmap.session import ProjectSession
from sezmap.session import loading

DEFAULT = Path("/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg")
MAPS = ProjectMap(None, crs_mod.DEFAULT_DISPLAY_CRS)


def one(big: str, small: str, wait: float) -> tuple[float, float, bool]:
    """(seconds from the second open to its project shown, to its analysis, whether the first
    project's analysis was given up)."""
    task = ThreadPoolExecutor(max_workers=1, thread_name_prefix="task")

    def run(fn, done, failed):
        def job():
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001 - as the window's task thread: said, not raised
                failed(str(exc))
                return
            done(result)
        task.submit(job)

    session = ProjectSession(actor="bench")
    loader = loading.ProjectLoader(session, run)
    seen: dict[tuple[str, str], float] = {}
    happened = threading.Condition()

    def note(key):
        with happened:
            seen.setdefault(key, time.perf_counter())
            happened.notify_all()
    loader.started.connect(lambda step, path: note((path, "started " + step)))
    loader.loaded.connect(lambda step: note((step.path, step.step)))
    loader.failed.connect(lambda failure: print(f"failed: {failure.step}: {failure.message}", file=sys.stderr))
    loader.open(big, MAPS)
    with happened:
        happened.wait_for(lambda: (big, "started analysis") in seen, timeout=300)
    time.sleep(wait)  # (the analysis under way)
    t0 = time.perf_counter()
    loader.open(small, MAPS)
    with happened:
        happened.wait_for(lambda: (small, "analysis") in seen, timeout=300)
    task.shutdown(wait=True)
    return seen[(small, "whole")] - t0, seen[(small, "analysis")] - t0, (big, "analysis") not in seen


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--wait", type=float, default=0.3, help="seconds into the first analysis")
    args = ap.parse_args()
    big, small = str(args.project), str(paths.default_project())
    real = loading.analyse

    def run_to_its_end(project, before=None, cancelled=None):
        return real(project, before)
    rows: dict[str, list[tuple[float, float, bool]]] = {"given up (now)": [], "run to its end (before)": []}
    for _ in range(args.repeat):
        for name in rows:  # alternated, run by run
            loading.analyse = real if name.startswith("given") else run_to_its_end
            rows[name].append(one(big, small, args.wait))
    loading.analyse = real
    print(f"{'first analysis':26s} {'second shown s':>15s} {'second analysed s':>18s}  first analysis")
    for name, got in rows.items():
        for shown, analysed, dropped in got:
            print(f"{name:26s} {shown:15.2f} {analysed:18.2f}  {'given up' if dropped else 'finished'}")
    now = statistics.median(s for s, _, _ in rows["given up (now)"])
    before = statistics.median(s for s, _, _ in rows["run to its end (before)"])
    print(f"second project shown, median: {now:.2f} s against {before:.2f} s ({before / now:.1f}x sooner)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
