"""Site search at scale: load the synthetic project, build the SiteIndex once (per-plot
distances, adjacency), then time searches: the ranking (``SiteIndex.rank``: filter, score,
order, gather the columns; each must take <= 1 s) and, apart, writing the JSON text of all the
sites found (``sites_output.render``, from the columns).

    python tests/benchmarks/make_synthetic.py 1000000 /tmp/sezmap-bench-analysis/synthetic_1000000.gpkg  # once
    python tests/benchmarks/bench_sites.py [/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg]
"""

from __future__ import annotations

import os
import sys
import time

from sezmap.analysis.sites import SiteIndex, SiteQuery
from sezmap.analysis.sites_output import render
from sezmap.store import open_store

GOAL_S = 1.0
QUERIES = {
    "20 ha within 30 km of rail": SiteQuery(20.0, max_km_rail=30.0),
    "2-10 ha, rail 30 km, border 300 km (CN), merged, best 100":
        SiteQuery(2.0, max_ha=10.0, max_km_rail=30.0, max_km_border=300.0, border_country="CN",
                  merge_adjacent=True, limit=100),
    "any 1 ha, focus 'logistic', merged, all": SiteQuery(1.0, focus="logistic", merge_adjacent=True),
    "all vacant land, merged, best 100": SiteQuery(0.0, merge_adjacent=True, limit=100),
}


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg"
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    t = time.perf_counter()
    project = open_store(path).load()
    print(f"load {len(project.plots):,} plots: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    index = SiteIndex(project)
    print(f"index: {len(index.geoms):,} vacant plots, {len(index.groups.starts):,} groups: "
          f"{time.perf_counter() - t:.1f} s")
    missed = 0
    for name, query in QUERIES.items():
        t = time.perf_counter()
        results = index.rank(query)
        took = time.perf_counter() - t
        t = time.perf_counter()
        text = render(results, "json")
        written = time.perf_counter() - t
        missed += took > GOAL_S
        print(f"{name}: {len(results):,} sites ranked in {took:.3f} s; JSON ({len(text) / 1e6:.1f} MB) "
              f"written in {written:.3f} s")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
