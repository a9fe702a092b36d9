"""Raster overlays: a GeoTIFF read with rasterio and warped to the display CRS once, on load."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sezmap.render.image_layer import ImageLayer

MAX_PIXELS = 2048  # longest side of the warped image kept in memory


def _stretch(band: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Linear 2–98 % stretch to 0..255 (bytes are kept as they are)."""
    if band.dtype == np.uint8:
        return band
    values = band[valid]
    if values.size == 0:
        return np.zeros(band.shape, np.uint8)
    lo, hi = np.percentile(values, [2, 98])
    if hi <= lo:
        hi = lo + 1
    return (np.clip((band.astype(float) - lo) / (hi - lo), 0, 1) * 255).astype(np.uint8)


def warp_to_rgba(path: str | Path, display_crs: str, max_pixels: int = MAX_PIXELS, extent=None,
                 score: bool = False):
    """(rgba array, (x0, y0, x1, y1) in the display CRS): the whole raster at most ``max_pixels``
    a side, or only its part in ``extent`` (a view's box in the display CRS) at most
    ``max_pixels`` a side and never finer than the raster's own pixels (None when the view
    misses the raster). GDAL's warper reads only the source blocks the output needs.
    ``score``: one band of values in 0..1 drawn as grey 0..255 as they are (no stretch, so
    the whole raster and a view of it agree; nodata and what the raster does not cover are
    clear); otherwise a 2–98 % stretch of what is warped, masked by the dataset's mask."""
    import rasterio
    from affine import Affine
    from rasterio.crs import CRS
    from rasterio.enums import Resampling
    from rasterio.warp import calculate_default_transform, reproject

    with rasterio.open(path) as src:
        if src.crs is None:
            raise ValueError(f"{path}: the raster has no CRS (not georeferenced)")
        dst_crs = CRS.from_user_input(display_crs)
        transform, width, height = calculate_default_transform(src.crs, dst_crs, src.width, src.height,
                                                               *src.bounds)
        if extent is not None:
            fx0, fy1 = transform.c, transform.f
            fx1, fy0 = fx0 + transform.a * width, fy1 + transform.e * height
            x0, y0 = max(fx0, extent[0]), max(fy0, extent[1])
            x1, y1 = min(fx1, extent[2]), min(fy1, extent[3])
            if x1 <= x0 or y1 <= y0:
                return None
            res = max(abs(transform.a), max(x1 - x0, y1 - y0) / max_pixels)
            width, height = max(1, int(np.ceil((x1 - x0) / res))), max(1, int(np.ceil((y1 - y0) / res)))
            transform = Affine(res, 0, x0, 0, -res, y1)
        else:
            scale = max(width, height) / max_pixels
            if scale > 1:
                width, height = int(np.ceil(width / scale)), int(np.ceil(height / scale))
                transform = Affine(transform.a * scale, transform.b, transform.c,
                                   transform.d, transform.e * scale, transform.f)
        bands = [1, 2, 3] if src.count >= 3 and not score else [1]
        if score:  # NaN where nothing (or nodata) was warped: no full-resolution mask read for a view
            out = np.full((1, height, width), np.nan)
            reproject(rasterio.band(src, 1), out[0], dst_transform=transform, dst_crs=dst_crs,
                      resampling=Resampling.bilinear, src_nodata=src.nodata, dst_nodata=np.nan)
            valid = np.isfinite(out[0])
        else:
            out = np.zeros((len(bands), height, width), dtype=src.dtypes[0])
            mask = np.zeros((height, width), dtype=np.uint8)
            for k, b in enumerate(bands):
                reproject(rasterio.band(src, b), out[k], dst_transform=transform, dst_crs=dst_crs,
                          resampling=Resampling.bilinear, dst_nodata=src.nodata)
            reproject(src.dataset_mask(), mask, src_transform=src.transform, src_crs=src.crs,
                      dst_transform=transform, dst_crs=dst_crs, resampling=Resampling.nearest, dst_nodata=0)
            valid = mask > 0
    rgba = np.zeros((height, width, 4), np.uint8)
    if len(bands) == 3:
        for k in range(3):
            rgba[..., k] = _stretch(out[k], valid)
    else:
        grey = (np.clip(np.nan_to_num(out[0]), 0, 1) * 255).astype(np.uint8) if score else _stretch(out[0], valid)
        rgba[..., 0] = rgba[..., 1] = rgba[..., 2] = grey
    rgba[..., 3] = np.where(valid, 255, 0)
    x0, y1 = transform.c, transform.f  # north-up after the warp
    x1, y0 = transform.c + transform.a * width, transform.f + transform.e * height
    return rgba, (float(x0), float(y0), float(x1), float(y1))


def load_raster_layer(path: str | Path, display_crs: str) -> ImageLayer:
    rgba, bounds = warp_to_rgba(path, display_crs)
    return ImageLayer(f"raster:{Path(path).name}", Path(path).name, rgba, bounds)
