"""File-guard benchmark: what keeping GDAL reads and sqlite3 connections of one process apart
(sezmap/store/file_guard.py) costs, at N plots.

    .venv/bin/python tests/benchmarks/bench_file_guard.py [--plots 1000000] [--cache /tmp/sezmap-bench-analysis]

On a copy of the synthetic project of make_synthetic.py (built once into the cache folder):

* **guard**: one hold taken and released (no other user), the cost every GDAL call and
  every sqlite3 connection now pays;
* **read**: the plots layer read as the app reads it (``read_layer``: two GDAL scans at once),
  and the whole project loaded and validated (``load``), each a few times, median;
* **edit while loading**: the app's pattern. A worker thread loads the whole project again and
  again (what opening or reloading does) while this thread, the UI thread, makes an audited
  edit every 50 ms. Each edit's whole time (median, max) and the longest wait for the file
  seen in the process (``file_guard.LONGEST_WAIT``): how long the UI thread can stall.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sezmap.model.edits import PlotEdit  # noqa: E402
from sezmap.store import file_guard  # noqa: E402
from sezmap.store.gpkg import GpkgStore  # noqa: E402
from synthetic_copy import project_file, working_copy  # noqa: E402


def ms(seconds: float) -> str:
    return f"{1000 * seconds:,.1f} ms"


def timed(fn, times: int) -> list[float]:
    out = []
    for _ in range(times):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plots", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/sezmap-bench-analysis")
    ap.add_argument("--reads", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=20.0, help="how long edits run beside the loads")
    args = ap.parse_args()
    source = project_file(args.plots, Path(args.cache))
    path = working_copy(source, "sezmap-bench-guard-")
    work = path.parent
    try:
        store = GpkgStore(path)

        n = 20_000
        t0 = time.perf_counter()
        for _ in range(n):
            file_guard.held(path, file_guard.GDAL).release()
        print(f"guard: one hold taken and released {1e6 * (time.perf_counter() - t0) / n:.1f} us")

        reads = timed(lambda: store.read_layer("plots"), args.reads)
        print(f"read_layer('plots'): median {ms(statistics.median(reads))} (of {args.reads}: "
              + ", ".join(ms(t) for t in reads) + ")")
        loads = timed(store.load, args.reads)
        print(f"load(): median {ms(statistics.median(loads))} (of {args.reads}: " + ", ".join(ms(t) for t in loads) + ")")

        file_guard.LONGEST_WAIT.seconds = 0.0
        stop, loaded = threading.Event(), []

        def loader():
            while not stop.is_set():
                t0 = time.perf_counter()
                store.load()
                loaded.append(time.perf_counter() - t0)

        worker = threading.Thread(target=loader, name="loader")
        worker.start()
        edits, k, end = [], 0, time.monotonic() + args.seconds
        while time.monotonic() < end:
            t0 = time.perf_counter()
            store.apply_edit(PlotEdit(f"P{k % 1000:07d}", {"tenant": f"bench {k}"}, "benchmark", "file guard"))
            edits.append(time.perf_counter() - t0)
            k += 1
            time.sleep(0.05)
        stop.set()
        worker.join()
        edits.sort()
        print(f"edit every 50 ms beside repeated loads ({len(loaded)} loads, median {ms(statistics.median(loaded))}): "
              f"{len(edits)} edits, median {ms(statistics.median(edits))}, 90th {ms(edits[int(0.9 * len(edits))])}, "
              f"max {ms(edits[-1])}; longest wait for the file: {ms(file_guard.LONGEST_WAIT.seconds)} "
              f"({file_guard.LONGEST_WAIT.kind})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
