"""Trend benchmark: 1M plots with 1M audit rows, quarterly over 5 years (goal ≤ 10 s).

    .venv/bin/python tests/benchmarks/bench_trend.py [--plots 1000000] [--rows 1000000]
                                                     [--cache /tmp/sezmap-bench-analysis]

The project is the synthetic one of make_synthetic.py (built once into the cache folder). Its
audit history is made here in memory (``AuditEntry`` rows, as ``store.audit()`` returns them),
spread evenly over the five years before 2026-06-30: 40 % status changes, 25 % actual and 10 %
committed investments, 10 % deadlines, 13.5 % zone moves of a plot within its zone's own id (a
value the replay must still apply), 1 % geometry (the plot 5 % smaller), 0.5 % plots created
(taken out by the replay) and removed (put back). Timed: ``trend.zone_trends`` over the 20
quarter ends, on the loaded and analysed project (the load and the analysis are the report's
and are timed apart).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time

import numpy as np
import shapely

from sezmap.analysis import trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import AuditEntry
from sezmap.model.statuses import STATUSES
from sezmap.store.gpkg import GpkgStore

HERE = os.path.dirname(os.path.abspath(__file__))
UNTIL = dt.date(2026, 6, 30)
SINCE = dt.date(2021, 7, 1)


def history(engine: AnalysisEngine, rows: int, seed: int = 0) -> list[AuditEntry]:
    rng = np.random.default_rng(seed)
    n = len(engine.zone)
    ids = engine.plot_ids
    span = (UNTIL - SINCE).days * 86400
    seconds = np.sort(rng.integers(0, span, rows))
    start = dt.datetime(SINCE.year, SINCE.month, SINCE.day)
    kinds = rng.choice(["status", "investment_actual_kzt", "investment_committed_kzt", "contract_deadline",
                        "zone_id", "geometry", "plot"], size=rows, p=[0.40, 0.25, 0.10, 0.10, 0.135, 0.01, 0.005])
    plots = rng.integers(0, n, rows)
    entity_state: dict[str, str] = {}
    out = []
    created = 0
    for k in range(rows):
        at = (start + dt.timedelta(seconds=int(seconds[k]))).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        field, p = str(kinds[k]), int(plots[k])
        pid = str(ids[p])
        if field == "status":
            old, new = STATUSES[rng.integers(0, len(STATUSES))], STATUSES[int(engine.status[p])]
        elif field in ("investment_actual_kzt", "investment_committed_kzt"):
            old, new = repr(float(rng.integers(0, 10) * 1e8)), None
        elif field == "contract_deadline":
            old, new = (SINCE + dt.timedelta(days=int(rng.integers(0, 2000)))).isoformat(), None
        elif field == "zone_id":
            old = new = engine.zone_ids[int(engine.zone[p])] if engine.zone[p] >= 0 else None
        elif field == "geometry":
            old, new = shapely.to_wkt(shapely.affinity.scale(engine.geoms[p], 0.95, 0.95)), None
        elif k % 2:  # a plot created (it is in the file now): the replay takes it out
            old, new = None, "created"
        else:  # a plot removed (not in the file now): the replay puts it back
            created += 1
            pid = f"gone-{created}"
            g = engine.geoms[p]
            state = {"plot_id": pid, "zone_id": engine.zone_ids[int(engine.zone[p])] if engine.zone[p] >= 0 else None,
                     "status": "vacant", "geometry": shapely.to_wkt(shapely.affinity.translate(g, 0.5, 0.0))}
            old, new = json.dumps(state), "removed"
        if field == "plot" and new == "created" and pid in entity_state:
            continue
        if field == "plot":
            entity_state[pid] = str(new)
        out.append(AuditEntry(k + 1, at, "bench", pid, field, old, new, "benchmark"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plots", type=int, default=1_000_000)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/sezmap-bench-analysis")
    args = ap.parse_args()
    path = os.path.join(args.cache, f"synthetic_{args.plots}.gpkg")
    if not os.path.exists(path):
        os.makedirs(args.cache, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "make_synthetic.py"), str(args.plots), path], check=True)
    print(f"{args.plots:,} plots, {args.rows:,} audit rows, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    t = time.perf_counter()
    project = GpkgStore(path).load()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    engine = AnalysisEngine(project, UNTIL, logistics=False)
    t_analysis = time.perf_counter() - t
    entries = history(engine, args.rows)
    ends = trend.period_ends("quarterly", SINCE, UNTIL)
    t = time.perf_counter()
    found = trend.zone_trends(engine, entries, ends)
    whole = time.perf_counter() - t
    big = max(found, key=lambda z: found[z][-1].plots)
    print(f"load {t_load:.2f} s, analysis {t_analysis:.2f} s (the report's, apart)")
    print(f"trend over {len(ends)} quarter ends: {whole:.2f} s (goal 10 s: {'met' if whole <= 10 else 'NOT met'})")
    print(f"largest zone {big}: plots {found[big][0].plots:,} -> {found[big][-1].plots:,}, "
          f"allocated {found[big][0].allocated_ratio:.3f} -> {found[big][-1].allocated_ratio:.3f}")


if __name__ == "__main__":
    main()
