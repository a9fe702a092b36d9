"""The display CRS and vectorised transforms between it and lon/lat (EPSG:4326).

Storage is always EPSG:4326; the map is drawn in a projected CRS. The default is
an Albers equal-area conic fitted to Kazakhstan (standard parallels 42° and 52°),
so areas on screen are true and the country is not stretched as in Web Mercator.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import pyproj

KAZAKHSTAN_ALBERS = "+proj=aea +lat_1=42 +lat_2=52 +lat_0=48 +lon_0=68 +ellps=WGS84 +units=m +no_defs"
DEFAULT_DISPLAY_CRS = KAZAKHSTAN_ALBERS
LONLAT = "EPSG:4326"


_local = threading.local()
_definitions: dict[tuple[str, str], str] = {}  # (source, target) -> PROJ pipeline, for every thread


def transformer(source: str, target: str) -> pyproj.Transformer:
    """A cached transformer for this thread (pyproj transformers must not be shared across threads).

    Made from the CRSs once in the process (PROJ searches its database: ~20 ms); other threads
    make theirs from the pipeline found then (~0.1 ms), unless PROJ chose none yet (several
    candidate operations, picked point by point)."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    key = (source, target)
    if key not in cache:
        definition = _definitions.get(key)
        if definition is not None:
            cache[key] = pyproj.Transformer.from_pipeline(definition)
        else:
            made = cache[key] = pyproj.Transformer.from_crs(source, target, always_xy=True)
            if made.definition.startswith("proj=pipeline"):
                _definitions[key] = made.definition
    return cache[key]


def prepare(crs: str) -> None:
    """Both transformers between lon/lat and ``crs`` made on this thread, so that another
    thread (the UI thread's scale bar and north arrow) makes its own without PROJ's search."""
    transformer(LONLAT, crs)
    transformer(crs, LONLAT)


def forward(crs: str, lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """lon/lat arrays -> display x/y arrays (metres)."""
    x, y = transformer(LONLAT, crs).transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.asarray(x), np.asarray(y)


def inverse(crs: str, x, y) -> tuple[np.ndarray, np.ndarray]:
    """display x/y arrays -> lon/lat arrays."""
    lon, lat = transformer(crs, LONLAT).transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(lon), np.asarray(lat)


SPLIT_MIN_POINTS = 200_000  # from here on, half the points are projected on a second thread
_helper = None  # that thread (one, kept: its PROJ context and transformers are made once)


def forward_xy(crs: str, xy: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """An (n, 2) lon/lat array -> an (n, 2) display array (written into ``out`` if given).

    Large arrays are projected in place in two halves at once (PROJ runs without the GIL):
    a million plots' five million vertices take ~0.7 s instead of ~1.6 s on two cores."""
    n = len(xy)
    out = np.empty((n, 2)) if out is None else out
    if n == 0:
        return out
    if n < SPLIT_MIN_POINTS:
        out[:, 0], out[:, 1] = forward(crs, xy[:, 0], xy[:, 1])
        return out
    global _helper
    if _helper is None:
        from concurrent.futures import ThreadPoolExecutor

        _helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-proj")
    x = np.array(xy[:, 0], dtype=float, order="C")  # (one copy each, contiguous: PROJ writes in place)
    y = np.array(xy[:, 1], dtype=float, order="C")

    def part(lo: int, hi: int) -> None:
        transformer(LONLAT, crs).transform(x[lo:hi], y[lo:hi], inplace=True)

    half = n // 2
    other = _helper.submit(part, half, n)
    part(0, half)
    other.result()
    out[:, 0], out[:, 1] = x, y
    return out


def crs_name(crs: str) -> str:
    """A short human name for the status bar."""
    if crs == KAZAKHSTAN_ALBERS:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("sezmap", "Albers Kazakhstan (WGS84)")  # in the UI language
    try:
        parsed = pyproj.CRS.from_user_input(crs)
    except pyproj.exceptions.CRSError:
        return crs
    code = parsed.to_epsg()
    return f"EPSG:{code}" if code else parsed.name


def project_bounds(crs: str, bounds: tuple[float, float, float, float], densify: int = 21):
    """A lon/lat bbox -> the display bbox that holds it (edges densified)."""
    x0, y0, x1, y1 = bounds
    t = np.linspace(0.0, 1.0, densify)
    lon = np.concatenate([x0 + (x1 - x0) * t, np.full(densify, x1), x1 - (x1 - x0) * t, np.full(densify, x0)])
    lat = np.concatenate([np.full(densify, y0), y0 + (y1 - y0) * t, np.full(densify, y1), y1 - (y1 - y0) * t])
    x, y = forward(crs, lon, lat)
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


@dataclass(frozen=True)
class Projection:
    """lon/lat <-> one display CRS, as ``session.snapping`` asks for it."""

    crs: str

    def forward_xy(self, lonlat: np.ndarray) -> np.ndarray:
        return forward_xy(self.crs, lonlat)

    def inverse(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        return inverse(self.crs, x, y)
