"""The web map's data as compact arrays: plot outlines as one varint stream, attributes by column.

The page's script (static/sezmap.js, ``Plots``) decodes exactly this; a change here is a change
there. Everything is plain JSON-ready Python (lists, dicts, strings), without folium.
"""

from __future__ import annotations

import base64

import numpy as np
import pandas as pd
import shapely

DECIMALS = 6  # plot and zone coordinates: 1e-6 degrees, ~0.1 m
UNIT = 10 ** DECIMALS


def _varints(values: np.ndarray) -> bytes:
    """Unsigned LEB128 of non-negative integers, vectorised."""
    v = np.asarray(values, dtype=np.uint64)
    if len(v) == 0:
        return b""
    nbytes = np.ones(len(v), dtype=np.int64)
    for k in range(1, 10):
        nbytes += (v >= np.uint64(1) << np.uint64(7 * k)).astype(np.int64)
    ends = np.cumsum(nbytes)
    starts = ends - nbytes
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    for k in range(int(nbytes.max())):
        sel = nbytes > k
        chunk = (v[sel] >> np.uint64(7 * k)) & np.uint64(0x7F)
        more = (nbytes[sel] > k + 1).astype(np.uint64) << np.uint64(7)
        out[starts[sel] + k] = (chunk | more).astype(np.uint8)
    return out.tobytes()


def _zigzag(values: np.ndarray) -> np.ndarray:
    v = np.asarray(values, dtype=np.int64)
    return ((v << 1) ^ (v >> 63)).astype(np.uint64)


def encode_polygons(geoms) -> dict:
    """Polygons as one base64 varint stream: per plot its ring count, per ring its vertex count
    (the closing vertex dropped) and the vertices as lon/lat steps in 1e-6 degrees from the
    previous vertex (zigzag-coded). Returns {"n", "nr", "nv", "geom"}."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if n == 0:
        return {"n": 0, "nr": 0, "nv": 0, "geom": ""}
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    geoms = np.where(ok, geoms, None)
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    ring_plot = part_of[ring_part]
    nring_vertices = np.bincount(vertex_ring, minlength=len(rings))
    # drop each ring's closing vertex
    last = np.cumsum(nring_vertices) - 1
    keep = np.ones(len(coords), dtype=bool)
    keep[last[nring_vertices > 0]] = False
    coords, vertex_ring = coords[keep], vertex_ring[keep]
    nv = np.maximum(nring_vertices - 1, 0)
    q = np.round(coords * UNIT).astype(np.int64)
    steps = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    rings_per_plot = np.bincount(ring_plot, minlength=n)
    # positions in the stream: plot header, ring headers, vertex pairs
    ring_len = 1 + 2 * nv
    plot_len = 1 + np.bincount(ring_plot, weights=ring_len, minlength=n).astype(np.int64)
    plot_start = np.concatenate([[0], np.cumsum(plot_len)[:-1]])
    ring_cum = np.concatenate([[0], np.cumsum(ring_len)[:-1]])
    first_ring = np.concatenate([[0], np.cumsum(rings_per_plot)[:-1]])
    ring_start = plot_start[ring_plot] + 1 + ring_cum - ring_cum[first_ring[ring_plot]] if len(rings) else \
        np.zeros(0, dtype=np.int64)
    vertex_first = np.concatenate([[0], np.cumsum(nv)[:-1]]) if len(nv) else np.zeros(0, dtype=np.int64)
    k_in_ring = np.arange(len(coords)) - vertex_first[vertex_ring]
    vpos = ring_start[vertex_ring] + 1 + 2 * k_in_ring
    stream = np.zeros(int(plot_len.sum()), dtype=np.uint64)
    stream[plot_start] = rings_per_plot.astype(np.uint64)
    stream[ring_start] = nv.astype(np.uint64)
    zz = _zigzag(steps)
    stream[vpos] = zz[:, 0]
    stream[vpos + 1] = zz[:, 1]
    return {"n": int(n), "nr": int(len(rings)), "nv": int(len(coords)),
            "geom": base64.b64encode(_varints(stream)).decode("ascii")}


def text_column(values) -> dict:
    """Strings (None where missing), dictionary-coded when values repeat."""
    series = pd.Series(values, dtype=object)
    missing = series.isna()
    texts = series.where(~missing, None)
    texts = [None if v is None else str(v) for v in texts]
    uniques = pd.unique(pd.Series(texts, dtype=object))
    if len(uniques) <= max(1, len(texts) // 2):
        codes, dictionary = pd.factorize(pd.Series(texts, dtype=object), use_na_sentinel=True)
        dictionary = [None] + [str(d) for d in dictionary]
        return {"dict": dictionary, "codes": (codes + 1).tolist()}
    return {"values": texts}


def _with_nulls(values: list, missing: np.ndarray) -> list:
    for k in np.flatnonzero(missing):
        values[k] = None
    return values


def number_column(values, decimals: int = 0) -> dict:
    arr = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    missing = ~np.isfinite(arr)
    clean = np.where(missing, 0.0, arr)
    out = np.round(clean).astype(np.int64).tolist() if decimals == 0 else np.round(clean, decimals).tolist()
    return {"values": _with_nulls(out, missing)}


def date_column(values) -> dict:
    """Dates as days since 1970-01-01."""
    dates = pd.to_datetime(pd.Series(values), errors="coerce", utc=False)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert(None)
    days = (dates.dt.normalize() - pd.Timestamp("1970-01-01")).dt.days
    missing = days.isna().to_numpy()
    out = days.fillna(0).to_numpy(dtype=np.int64).tolist()
    return {"values": _with_nulls(out, missing)}


def stamp_column(values) -> dict:
    """Time stamps as "YYYY-MM-DD HH:MM" text (UTC)."""
    stamps = pd.to_datetime(pd.Series(values), errors="coerce", utc=True)
    return text_column(stamps.dt.strftime("%Y-%m-%d %H:%M").astype(object).where(stamps.notna(), None))


def round_geojson(geom, decimals: int) -> dict:
    return shapely.geometry.mapping(shapely.set_precision(geom, 10.0 ** -decimals, mode="pointwise"))


def lines_latlon(geom, decimals: int = 5) -> list:
    """A (multi)line's parts as [[lat, lon], ...] lists, as Leaflet takes them."""
    parts = shapely.get_parts(geom)
    out = []
    for part in parts:
        xy = np.round(np.asarray(part.coords)[:, :2], decimals)
        if len(xy) >= 2:
            out.append([[float(y), float(x)] for x, y in xy])
    return out
