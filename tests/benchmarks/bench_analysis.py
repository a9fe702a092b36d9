"""Benchmark: sezmap's analysis against the obvious geopandas approach, on synthetic projects.

    .venv/bin/python tests/benchmarks/bench_analysis.py --sizes 10000,100000,1000000

For each size (projects are generated once into --cache by make_synthetic.py) it times, each
step in a fresh subprocess so memory figures do not mix:

* load: GpkgStore(path).load() (pyogrio read + validation);
* analysis: AnalysisEngine(project) on the loaded project (land use, overlaps, distances, network);
* report: ``python -m sezmap report --project P --format json`` end to end, with its peak RSS;
* edit: AnalysisEngine.update_plot after one plot's status or geometry changes (median of 50);
* obvious: to_crs(equal-area), overlay(plots, zones), dissolve by zone+status, area — the
  land-use table only, no overlaps check, no distances — and the ratio obvious / analysis.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = textwrap.dedent("""
    import json, resource, statistics, sys, time
    import numpy as np, shapely
    step, path = sys.argv[1], sys.argv[2]
    out = {}
    from sezmap.store.gpkg import GpkgStore
    t = time.perf_counter(); project = GpkgStore(path).load(); out["load_s"] = time.perf_counter() - t
    if step == "analysis":
        from sezmap.analysis.engine import AnalysisEngine
        t = time.perf_counter(); engine = AnalysisEngine(project, "2026-01-01")
        out["analysis_s"] = time.perf_counter() - t
        rng = np.random.default_rng(1)
        picks = rng.choice(len(project.plots), 50, replace=False)
        times = []
        for k, i in enumerate(picks):
            pid = engine.plot_ids[i]
            if k % 2:
                values = {"status": "operational" if engine.status[i] != 4 else "vacant"}
            else:
                values = {"geometry": shapely.affinity.translate(engine.geoms[i], 0.0002, 0.0)}
            t = time.perf_counter(); engine.update_plot(pid, values); times.append(time.perf_counter() - t)
        out["edit_ms_median"] = statistics.median(times) * 1000
        out["edit_ms_max"] = max(times) * 1000
    elif step == "obvious":
        import geopandas as gpd
        t = time.perf_counter()
        crs = "+proj=laea +lat_0=48 +lon_0=68 +ellps=WGS84 +units=m"  # one equal-area CRS for Kazakhstan
        plots = project.plots[["zone_id", "status", "geometry"]].to_crs(crs)
        zones = project.zones[["zone_id", "geometry"]].rename(columns={"zone_id": "zone"}).to_crs(crs)
        clipped = gpd.overlay(plots, zones, how="intersection", keep_geom_type=True)
        clipped = clipped[clipped["zone_id"] == clipped["zone"]]
        table = clipped.dissolve(by=["zone_id", "status"]).area / 1e4
        out["obvious_s"] = time.perf_counter() - t
        out["obvious_rows"] = int(len(table))
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))
""")

REPORT = textwrap.dedent("""
    import resource, runpy, sys, time
    sys.argv = ["sezmap", "report", "--project", sys.argv[1], "--format", "json", "--as-of", "2026-01-01",
                "--out", sys.argv[2]]
    t = time.perf_counter()
    try:
        runpy.run_module("sezmap", run_name="__main__")
    except SystemExit as exc:
        code = exc.code
    print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, code)
""")


def child(step: str, path: Path) -> dict:
    res = subprocess.run([sys.executable, "-c", CHILD, step, str(path)], capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(res.stderr)
    return json.loads(res.stdout.strip().splitlines()[-1])


def report(path: Path) -> dict:
    import time

    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", REPORT, str(path), os.devnull], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if res.returncode != 0:
        raise RuntimeError(res.stderr)
    inside, rss, code = res.stdout.split()
    return {"report_wall_s": wall, "report_in_process_s": float(inside), "report_peak_rss_mb": float(rss),
            "report_exit": int(code)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--cache", default="/tmp/sezmap-bench-analysis")
    ap.add_argument("--skip-obvious-above", type=int, default=10**7,
                    help="do not run the geopandas approach above this many plots")
    args = ap.parse_args()
    from make_synthetic import make_project

    rows = []
    for n in [int(float(s)) for s in args.sizes.split(",")]:
        path = Path(args.cache) / f"synthetic_{n}.gpkg"
        if not path.exists():
            print(f"generating {path} …", flush=True)
            make_project(n, path)
        row = {"plots": n}
        row.update(child("analysis", path))
        row.update(report(path))
        if n <= args.skip_obvious_above:
            ob = child("obvious", path)
            row["obvious_s"] = ob["obvious_s"]
            row["obvious_peak_rss_mb"] = ob["peak_rss_mb"]
            row["speedup"] = row["obvious_s"] / row["analysis_s"]
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print("| plots | load s | analysis s | report (end to end) s | report peak MB | edit ms (median / max) "
          "| geopandas s | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ob = f"{r['obvious_s']:.1f}" if "obvious_s" in r else "–"
        sp = f"{r['speedup']:.0f}×" if "speedup" in r else "–"
        print(f"| {r['plots']:,} | {r['load_s']:.2f} | {r['analysis_s']:.2f} | {r['report_wall_s']:.2f} "
              f"| {r['report_peak_rss_mb']:.0f} | {r['edit_ms_median']:.1f} / {r['edit_ms_max']:.1f} | {ob} | {sp} |")


if __name__ == "__main__":
    main()
