"""A built-up score raster made from plots' true ground, for the imagery check's tests."""

from __future__ import annotations

import numpy as np
import pyproj
import rasterio
import rasterio.features
import shapely
from affine import Affine


def ground_truth(plots, mislabelled: set[str]) -> dict[str, bool]:
    """Plot id -> truly built: a plot reported under construction or operational is built, one
    reported vacant or withdrawn is not, other statuses alternate; a mislabelled plot's ground is
    the opposite of what it reports."""
    truth = {}
    for k, (pid, status) in enumerate(zip(plots["plot_id"].astype(str), plots["status"].astype(str), strict=True)):
        built = status in ("under_construction", "operational") or (
            status not in ("vacant", "withdrawn") and k % 2 == 0)
        truth[pid] = (not built) if pid in mislabelled else built
    return truth


def score_raster(path, plots, truth: dict[str, bool], crs: str = "EPSG:32642", pixel: float = 20.0) -> str:
    """A one-band GeoTIFF in ``crs`` over ``plots`` (lon/lat) scoring built ground ~0.9, the rest
    ~0.1 (noise ±0.05)."""
    to = pyproj.Transformer.from_crs(4326, crs, always_xy=True)
    geoms = shapely.transform(np.asarray(plots.geometry.values, dtype=object),
                              lambda xy: np.column_stack(to.transform(xy[:, 0], xy[:, 1])))
    left, bottom, right, top = shapely.total_bounds(geoms)
    left, bottom, right, top = left - 5 * pixel, bottom - 5 * pixel, right + 5 * pixel, top + 5 * pixel
    w, h = int(np.ceil((right - left) / pixel)), int(np.ceil((top - bottom) / pixel))
    transform = Affine(pixel, 0, left, 0, -pixel, top)
    built_geoms = [g for g, pid in zip(geoms, plots["plot_id"].astype(str), strict=True) if truth[pid]]
    built = rasterio.features.rasterize([(g, 1) for g in built_geoms], out_shape=(h, w), transform=transform,
                                        fill=0, dtype="uint8").astype(bool) if built_geoms else np.zeros((h, w), bool)
    noise = np.random.default_rng(1).uniform(-0.05, 0.05, (h, w))
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=1, dtype="float32", crs=crs,
                       transform=transform, nodata=-9999.0) as ds:
        ds.write((np.where(built, 0.9, 0.1) + noise).astype("float32"), 1)
    return str(path)


def expected_flags(plots, truth: dict[str, bool]) -> dict[str, str]:
    out = {}
    for pid, status in zip(plots["plot_id"].astype(str), plots["status"].astype(str), strict=True):
        if status in ("under_construction", "operational") and not truth[pid]:
            out[pid] = "looks_unbuilt"
        elif status in ("vacant", "withdrawn") and truth[pid]:
            out[pid] = "looks_built"
    return out
