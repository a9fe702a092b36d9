"""Geodesic lengths and areas on WGS84 for points picked on the map."""

from __future__ import annotations

import numpy as np
import pyproj

from sezmap.render import crs as crs_mod
from sezmap.render import numbers

GEOD = pyproj.Geod(ellps="WGS84")


def geodesic_length_m(display_crs: str, xs, ys) -> float:
    if len(xs) < 2:
        return 0.0
    lon, lat = crs_mod.inverse(display_crs, xs, ys)
    return float(GEOD.line_length(lon, lat))


def geodesic_area_m2(display_crs: str, xs, ys) -> float:
    if len(xs) < 3:
        return 0.0
    lon, lat = crs_mod.inverse(display_crs, xs, ys)
    area, _perimeter = GEOD.polygon_area_perimeter(lon, lat)
    return float(abs(area))


def format_length(metres: float) -> str:
    return numbers.kilometres(metres / 1000, 2) if metres >= 1000 else numbers.metres(metres, 1)


def format_area(m2: float) -> str:
    ha = m2 / 10_000
    if ha >= 10_000:
        return numbers.square_kilometres(m2 / 1e6, 2)
    return numbers.hectares(ha, 2)


def nice_distance(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above ``metres`` (for scale bars)."""
    if metres <= 0:
        return 0.0
    exp = np.floor(np.log10(metres))
    base = 10 ** exp
    for m in (5, 2, 1):
        if m * base <= metres:
            return float(m * base)
    return float(base)
