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
    """lon/lat arrays -> display x/y arrays (metres), of their shape (the default display CRS
    by numpy, as ``forward_xy`` projects the map's points; any other by PROJ)."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    fast = _NUMPY.get(crs)
    if fast is not None:
        lon, lat = np.broadcast_arrays(lon, lat)
        out = np.empty((lon.size, 2))
        fast.forward_into(lon.ravel(), lat.ravel(), out)
        return out[:, 0].reshape(lon.shape), out[:, 1].reshape(lon.shape)
    x, y = transformer(LONLAT, crs).transform(lon, lat)
    return np.asarray(x), np.asarray(y)


def inverse(crs: str, x, y) -> tuple[np.ndarray, np.ndarray]:
    """display x/y arrays -> lon/lat arrays."""
    lon, lat = transformer(crs, LONLAT).transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(lon), np.asarray(lat)


# --- the default display CRS in numpy --------------------------------------------------------
# PROJ projects ~13 million points a second a core here; the same formulas in numpy, a cache-sized
# block at a time, 22-28 million (tests/benchmarks/bench_display_projection.py: the 2.4M vertices
# of the largest zone, 0.18 s against 0.08-0.11 s a core), equal to PROJ's to a few nanometres
# (tests/test_render_crs_numpy.py).
# Only KAZAKHSTAN_ALBERS is projected so (``forward`` and ``forward_xy``: every point of every
# layer of the map, the page's furniture and boxes); any other CRS, and the way back, by PROJ.


@dataclass(frozen=True)
class _Albers:
    """Albers equal-area conic on the WGS84 ellipsoid (Snyder, Map Projections: A Working Manual,
    1987, eqs. 3-12 and 14-3 to 14-6; PROJ's ``aea``), its constants worked out once."""

    lon0: float
    n: float
    c: float
    rho0: float

    @classmethod
    def of(cls, lat1: float, lat2: float, lat0: float, lon0: float) -> _Albers:
        def m(lat):
            s = np.sin(np.radians(lat))
            return np.cos(np.radians(lat)) / np.sqrt(1.0 - _E2 * s * s)

        m1, m2 = m(lat1), m(lat2)
        q1, q2, q0 = (float(_q(np.sin(np.radians(lat)))) for lat in (lat1, lat2, lat0))
        n = (m1 * m1 - m2 * m2) / (q2 - q1)
        c = m1 * m1 + n * q1
        return cls(lon0, float(n), float(c), float(_A * np.sqrt(c - n * q0) / n))

    def forward_into(self, lon: np.ndarray, lat: np.ndarray, out: np.ndarray) -> None:
        """x, y (metres) of lon/lat degrees into ``out`` (n, 2); as PROJ gives them, NaN
        where either is NaN and inf where the latitude is beyond ±90° or either is infinite."""
        for a in range(0, len(lon), _BLOCK):  # a block at a time: the temporaries stay in cache
            b = slice(a, a + _BLOCK)
            lam, phi = lon[b], lat[b]
            # every longitude within 180° of the central one and every latitude within ±90° (a
            # map of Kazakhstan): no wrapping, nothing beyond; four reductions instead of a
            # remainder and a test per point (the largest zone's 2.4M points: 0.11 -> 0.08 s)
            plain = _within(lam, self.lon0 - 180.0, self.lon0 + 180.0) and _within(phi, -90.0, 90.0)
            with np.errstate(invalid="ignore"):  # (infinite input: set below)
                rho = (_A / self.n) * np.sqrt(self.c - self.n * _q(np.sin(np.radians(phi))))
                turn = lam - self.lon0 if plain else ((lam - self.lon0 + 180.0) % 360.0) - 180.0
                theta = self.n * np.radians(turn)
            np.multiply(rho, np.sin(theta), out=out[b, 0])
            np.subtract(self.rho0, rho * np.cos(theta), out=out[b, 1])
            if plain:
                continue
            beyond = (np.abs(phi) > 90.0) | np.isinf(lam)
            if beyond.any():
                out[b][beyond & ~np.isnan(lam) & ~np.isnan(phi)] = np.inf


def _within(v: np.ndarray, lo: float, hi: float) -> bool:
    """Whether every value of ``v`` that is not NaN lies in [lo, hi) (False for none: fmin and
    fmax pass over NaN, and give it only where every value is NaN)."""
    return bool(len(v)) and lo <= float(np.fmin.reduce(v)) and float(np.fmax.reduce(v)) < hi


def _q(s: np.ndarray) -> np.ndarray:
    """Snyder's q of sin(latitude) on the ellipsoid (eq. 3-12)."""
    es = _E * s
    return (1.0 - _E2) * (s / (1.0 - es * es) - (0.5 / _E) * np.log((1.0 - es) / (1.0 + es)))


_WGS84 = pyproj.Geod(ellps="WGS84")
_A, _E2 = float(_WGS84.a), float(_WGS84.es)
_E = float(np.sqrt(_E2))
_BLOCK = 1 << 14
_NUMPY = {KAZAKHSTAN_ALBERS: _Albers.of(42.0, 52.0, 48.0, 68.0)}  # (its +lat_1 +lat_2 +lat_0 +lon_0)


SPLIT_MIN_POINTS = 200_000  # from here on, half the points are projected on a second thread
_helper = None  # that thread (one, kept: its PROJ context and transformers are made once)


def forward_xy(crs: str, xy: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """An (n, 2) lon/lat array -> an (n, 2) display array (written into ``out`` if given).

    Large arrays are projected in two halves at once (PROJ and numpy run without the GIL):
    a million plots' five million vertices took ~0.7 s instead of ~1.6 s on two cores by PROJ.
    The default display CRS is projected by numpy (``_Albers``), any other by PROJ."""
    n = len(xy)
    out = np.empty((n, 2)) if out is None else out
    if n == 0:
        return out
    fast = _NUMPY.get(crs)
    if fast is not None:
        lon, lat = np.asarray(xy[:, 0], dtype=float), np.asarray(xy[:, 1], dtype=float)

        def part(lo: int, hi: int) -> None:
            fast.forward_into(lon[lo:hi], lat[lo:hi], out[lo:hi])
    else:
        if n < SPLIT_MIN_POINTS:
            out[:, 0], out[:, 1] = forward(crs, xy[:, 0], xy[:, 1])
            return out
        x = np.array(xy[:, 0], dtype=float, order="C")  # (one copy each, contiguous: PROJ writes in place)
        y = np.array(xy[:, 1], dtype=float, order="C")

        def part(lo: int, hi: int) -> None:
            transformer(LONLAT, crs).transform(x[lo:hi], y[lo:hi], inplace=True)
            out[lo:hi, 0], out[lo:hi, 1] = x[lo:hi], y[lo:hi]
    if n < SPLIT_MIN_POINTS:
        part(0, n)
        return out
    global _helper
    if _helper is None:
        from concurrent.futures import ThreadPoolExecutor

        _helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-proj")
    half = n // 2
    other = _helper.submit(part, half, n)
    part(0, half)
    other.result()
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
