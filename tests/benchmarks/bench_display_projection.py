"""The default display CRS (Albers for Kazakhstan) projected by numpy against PROJ, per point.

    .venv/bin/python tests/benchmarks/bench_display_projection.py [--points 2400000] [--repeat 7]

``render.crs.forward_xy`` projects every vertex of every layer of the map; for the default
display CRS it uses the Albers formulas in numpy (render/crs.py ``_Albers``), for any other
CRS PROJ. This prints, for the same points (lon/lat spread over the largest synthetic zone's
box, the 2.4M vertices of its 469k plots by default), the best of ``--repeat`` runs of:

* **proj**: pyproj's Transformer, one thread, in place (what sezmap did before);
* **numpy**: ``_Albers.forward_into``, one thread;
* **forward_xy**: sezmap's call as the map makes it (two halves on two threads above
  SPLIT_MIN_POINTS),

with the ratio to PROJ and the largest difference from PROJ's coordinates in metres.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sezmap.render import crs as crs_mod  # noqa: E402


def best(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=2_400_000)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    xy = np.column_stack([rng.uniform(76.6, 77.4, a.points), rng.uniform(43.0, 43.6, a.points)])
    crs = crs_mod.KAZAKHSTAN_ALBERS
    transformer = crs_mod.transformer(crs_mod.LONLAT, crs)
    x, y = xy[:, 0].copy(), xy[:, 1].copy()

    def by_proj():
        x[:], y[:] = xy[:, 0], xy[:, 1]
        transformer.transform(x, y, inplace=True)

    out = np.empty_like(xy)
    lon, lat = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
    figures = {"proj": best(a.repeat, by_proj),
               "numpy": best(a.repeat, lambda: crs_mod._NUMPY[crs].forward_into(lon, lat, out)),
               "forward_xy": best(a.repeat, lambda: crs_mod.forward_xy(crs, xy, out=out))}
    diff = max(float(np.abs(out[:, 0] - x).max()), float(np.abs(out[:, 1] - y).max()))
    print(f"{a.points:,} points, best of {a.repeat}")
    for name, seconds in figures.items():
        print(f"{name:11s} {seconds:7.3f} s  {a.points / seconds / 1e6:5.1f} M points/s  "
              f"x{figures['proj'] / seconds:4.2f} against PROJ")
    print(f"largest difference from PROJ: {diff:.1e} m")


if __name__ == "__main__":
    main()
