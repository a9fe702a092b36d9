"""Export benchmark: a one-zone page as a 1920×1080 PNG and as an A4 300 dpi PDF, 1M plots.

    .venv/bin/python tests/benchmarks/bench_export.py [--project /tmp/sezmap-bench-analysis/synthetic_1000000.gpkg]

The project is the synthetic one of bench_analysis.py (``make_synthetic.py 1000000 PATH``; made
here if it is missing). Loading, analysing and building the map scene (projecting every vertex
once, and the plots' spatial index: what the app holds once it shows the project) are timed
apart; then, for each zone, the exports are timed through ``sezmap.export.export_map`` with
that engine and scene, as the app's export dialog calls it: the first export, then the median
of the next ones. Goals: PNG within 1 s, PDF within 3 s. Last, the command
line end to end in a fresh process (start-up, load, analysis, scene, index and the PNG).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT = Path("/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg")
ZONES = ("khorgos_eastern_gate", "almaty_g4_city")  # ~72k plots (a typical large zone); ~469k (the largest)
GOALS = {"png": 1.0, "pdf": 3.0}
APP = None


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(first run s, median of the next ``repeat`` runs s, last result)."""
    t = time.perf_counter()
    result = fn()
    first = time.perf_counter() - t
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return first, statistics.median(times) if times else first, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=DEFAULT)
    parser.add_argument("--zones", default=",".join(ZONES))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.project.exists():
        args.project.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_synthetic.py")), "1000000",
                        str(args.project)], check=True)

    from PySide6.QtGui import QGuiApplication

    global APP
    APP = QGuiApplication(["bench"])  # kept alive while drawing
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.export import export_map
    from sezmap.export.static import export_scene
    from sezmap.store.gpkg import GpkgStore

    t = time.perf_counter()
    project = GpkgStore(args.project).load()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    engine = AnalysisEngine(project, "2026-01-01")
    analysis_s = time.perf_counter() - t
    t = time.perf_counter()
    scene = export_scene(project)
    scene_s = time.perf_counter() - t
    t = time.perf_counter()
    scene.layer("plots").arrays.tree()  # the renderer's spatial index (the canvas's first render makes it)
    index_s = time.perf_counter() - t
    print(f"{len(project.plots):,} plots: load {load_s:.2f} s, analysis {analysis_s:.2f} s, "
          f"map scene {scene_s:.2f} s, plots' spatial index {index_s:.2f} s (not counted below)")

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for zone in args.zones.split(","):
            plots = int((project.plots["zone_id"] == zone).sum())
            for fmt, options in (("png", dict(width=1920, height=1080)),
                                 ("pdf", dict(paper="A4", landscape=True, dpi=300))):
                out = Path(tmp) / f"{zone}.{fmt}"
                first, median, _ = timed(lambda: export_map(project, out, zone=zone, engine=engine, scene=scene,
                                                            **options), args.repeat)
                size_mb = out.stat().st_size / 1e6
                rows.append((zone, plots, fmt, first, median, size_mb))
                print(f"{zone} ({plots:,} plots) {fmt}: first {first:.2f} s, median {median:.2f} s, "
                      f"{size_mb:.1f} MB", flush=True)
        # the command line, end to end in a fresh process (start-up, load, analysis, scene, index)
        out = Path(tmp) / "cli.png"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sezmap", "export", "--project", str(args.project), "--zone", ZONES[0],
                        "--width", "1920", "--height", "1080", "--as-of", "2026-01-01", "--out", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        cli_s = time.perf_counter() - t
    print()
    print(f"`sezmap export --zone {ZONES[0]} --width 1920 --height 1080` end to end: {cli_s:.1f} s")
    print()
    print("| zone | plots in zone | export | first s | median s | file MB | goal |")
    print("|---|---:|---|---:|---:|---:|---|")
    for zone, plots, fmt, first, median, size_mb in rows:
        goal = GOALS[fmt]
        label = "1920×1080 PNG" if fmt == "png" else "A4 300 dpi PDF"
        verdict = "met" if round(max(first, median), 2) <= goal else f"missed (goal {goal:g} s)"
        print(f"| {zone} | {plots:,} | {label} | {first:.2f} | {median:.2f} | {size_mb:.1f} | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
