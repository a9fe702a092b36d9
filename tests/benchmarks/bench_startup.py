"""Start-up benchmark: from launch to a usable window, from the venv and from the bundle.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--project P.gpkg] [--no-bundle]

Each run is a fresh process, `sezmap [open P] --smoke-seconds 0` with Qt offscreen, a fresh
HOME (no saved settings or layout) and another working folder; the app prints (sezmap.ui.startup)
the seconds since its process started at which

* **first_map**: the first map of the project is drawn (for a large project: its zones,
  corridors and hubs over the basemap, before its plots);
* **plots**: the map with all the plots is drawn;
* **figures**: the analysis has filled the dashboard;

and quits once the figures are there; **exit** is the wall time of the whole process. The
venv runs `.venv/bin/python -m sezmap`; the bundle `dist/sezmap/sezmap` (built by
packaging/build_bundle.sh; skipped with a note if it is not there). One warm-up run of each
comes first (file cache), then the median and the best of ``--runs`` are printed. Goals:
default project: first map < 2 s from the venv, < 3 s from the bundle; a 1M-plot
project: first map < 3 s.

This prints; it asserts nothing (machines differ, and this one is shared).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ("first_map", "plots", "figures")
LINE = re.compile(r"sezmap: startup (\w+)=([0-9.]+) s")


def run_once(command: list[str], timeout: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="sezmap-bench-startup-") as tmp:
        env = {"HOME": tmp, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        done = subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, timeout=timeout)
        wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    times = {m.group(1): float(m.group(2)) for m in LINE.finditer(done.stderr)}
    times["exit"] = wall
    return times


def measure(label: str, command: list[str], runs: int, timeout: float) -> dict[str, list[float]]:
    run_once(command, timeout)  # warm-up: the file cache
    results: dict[str, list[float]] = {}
    for _ in range(runs):
        for key, value in run_once(command, timeout).items():
            results.setdefault(key, []).append(value)
    cells = []
    for key in EVENTS + ("exit",):
        values = results.get(key, [])
        if values:
            cells.append(f"{key} {statistics.median(values):.2f} s (best {min(values):.2f})")
    print(f"{label:8s} " + ", ".join(cells), flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", help="a project to open (default: the bundled one)")
    parser.add_argument("--no-bundle", action="store_true", help="the venv only")
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args(argv)
    tail = (["open", str(Path(args.project).resolve())] if args.project else []) + ["--smoke-seconds", "0"]
    print(f"project: {args.project or 'the bundled default project'}; {args.runs} runs after a warm-up; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    measure("venv", [sys.executable, "-m", "sezmap"] + tail, args.runs, args.timeout)
    bundle = ROOT / "dist" / "sezmap" / "sezmap"
    if args.no_bundle:
        pass
    elif bundle.exists():
        try:
            measure("bundle", [str(bundle)] + tail, args.runs, args.timeout)
        except RuntimeError as exc:  # a bundle built from older code, say: the venv's figures stand
            print(f"bundle: failed: {exc}")
            return 1
    else:
        print("bundle: dist/sezmap/sezmap is not built (bash packaging/build_bundle.sh); skipped")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
