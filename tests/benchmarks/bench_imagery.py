"""Imagery check benchmark: 1M plots against a 10,000 × 10,000 raster (goal ≤ 30 s on 2 cores).

    .venv/bin/python tests/benchmarks/bench_imagery.py [--plots 1000000] [--pixels 10000]
                                                       [--cache /tmp/sezmap-bench-imagery]

A 100 km × 100 km square in UTM zone 42N (near Almaty's longitude) seen by a float32 built-up
score at 10 m (a Sentinel-2-like raster, tiled GeoTIFF, made once into the cache folder, nodata
in one corner); the plots are the cells of a 1000 × 1000 lattice over it (1 ha, 10 × 10 pixels
each, 90 % of the cell so that every plot has edge pixels), given in lon/lat as a project holds
them. Timed: the zonal statistics (reprojection to the raster's CRS, the exact pixel weights in
two forked processes), then ``imagery.check`` whole (those, the flags, the areas and the result
rows); wall and CPU seconds (this process and its workers), and the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from types import SimpleNamespace

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import rasterio
import shapely
from affine import Affine

from sezmap.analysis import imagery

LEFT, TOP = 500_000.0, 4_900_000.0
UTM = "EPSG:32642"


def make_raster(path: str, pixels: int) -> None:
    px = 100_000.0 / pixels
    rng = np.random.default_rng(0)
    with rasterio.open(path, "w", driver="GTiff", width=pixels, height=pixels, count=1, dtype="float32",
                       crs=UTM, transform=Affine(px, 0, LEFT, 0, -px, TOP), nodata=-1.0, tiled=True,
                       blockxsize=512, blockysize=512) as ds:
        for r0 in range(0, pixels, 1000):
            h = min(1000, pixels - r0)
            block = rng.random((h, pixels), dtype=np.float32)
            if r0 < pixels // 10:
                block[:, : pixels // 10] = -1.0  # nodata corner
            ds.write(block, 1, window=rasterio.windows.Window(0, r0, pixels, h))


def make_plots(n: int) -> gpd.GeoDataFrame:
    side = int(round(np.sqrt(n)))
    cell = 100_000.0 / side
    i, j = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    x, y = LEFT + i.ravel() * cell, TOP - 100_000.0 + j.ravel() * cell
    boxes = shapely.box(x, y, x + 0.9 * cell, y + 0.9 * cell)
    tr = pyproj.Transformer.from_crs(UTM, 4326, always_xy=True)
    lonlat = shapely.transform(boxes, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    statuses = np.array(["vacant", "allocated", "under_construction", "operational", "withdrawn"])
    m = len(lonlat)
    return gpd.GeoDataFrame({"plot_id": pd.array([f"p{k}" for k in range(m)], dtype="string"),
                             "zone_id": "z1", "status": statuses[np.arange(m) % 5]},
                            geometry=lonlat, crs=4326)


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the forked workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--plots", type=int, default=1_000_000)
    ap.add_argument("--pixels", type=int, default=10_000)
    ap.add_argument("--cache", default="/tmp/sezmap-bench-imagery")
    args = ap.parse_args()
    os.makedirs(args.cache, exist_ok=True)
    raster = os.path.join(args.cache, f"score_{args.pixels}.tif")
    if not os.path.exists(raster):
        t = time.perf_counter()
        make_raster(raster, args.pixels)
        print(f"raster made in {time.perf_counter() - t:.1f} s")
    plots = make_plots(args.plots)
    spec = imagery.RasterSpec(raster, threshold=0.5)
    print(f"{len(plots):,} plots, raster {args.pixels:,} × {args.pixels:,}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    lonlat = np.asarray(plots.geometry.values, dtype=object)
    t, c = time.perf_counter(), _cpu()
    stats = imagery.zonal_stats(lonlat, spec, crs=4326)
    print(f"zonal statistics (reprojection included): {time.perf_counter() - t:.2f} s, {_cpu() - c:.2f} CPU s")
    t, c = time.perf_counter(), _cpu()
    rows = imagery.check(SimpleNamespace(plots=plots), spec)
    whole, cpu = time.perf_counter() - t, _cpu() - c
    flags = pd.Series([r.flag for r in rows]).value_counts().to_dict()
    print(f"imagery.check whole: {whole:.2f} s, {cpu:.2f} CPU s, load average {os.getloadavg()[0]:.1f} "
          f"(goal 30 s: {'met' if whole <= 30 else 'NOT met'}); flags {flags}")
    print(f"built fraction: mean {np.nanmean(stats.built_fraction):.3f} (random scores: 0.5 expected)")


if __name__ == "__main__":
    main()
