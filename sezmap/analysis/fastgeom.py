"""Array geometry for many small polygons: areas, convexity and separation without a Python loop.

Plots are read as one coordinate stream (``shapely.get_coordinates``) cut into runs,
one run per plot. A *simple* plot is one polygon ring without holes; for those the
run is the closed ring itself, so shoelace sums over the run give its area, and
edge cross products tell whether it is convex. Anything else (holes, several parts)
is flagged and handled with shapely geometry calls by the callers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from sezmap.analysis import geodesy


@dataclass
class Rings:
    """The coordinate stream of an array of polygonal geometries (lon/lat)."""

    xy: np.ndarray  # (n, 2)
    offsets: np.ndarray  # (N + 1,) run start of each geometry
    simple: np.ndarray  # (N,) bool: one ring, no holes

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)

    def run_ids(self) -> np.ndarray:
        return np.repeat(np.arange(len(self.offsets) - 1), self.counts)


def run_shoelace(x: np.ndarray, y: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Twice the signed area of each run read as one closed ring."""
    n = len(offsets) - 1
    if len(x) < 2:
        return np.zeros(n)
    counts = np.diff(offsets)
    ids = np.repeat(np.arange(n), counts)
    # relative to each run's first point, so that small rings far from the origin stay exact
    first = np.minimum(offsets[:-1], len(x) - 1)
    x = x - np.repeat(x[first], counts)
    y = y - np.repeat(y[first], counts)
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    same = ids[:-1] == ids[1:]
    return np.bincount(ids[:-1][same], weights=cross[same], minlength=n)


def rings(geoms: np.ndarray) -> Rings:
    geoms = np.asarray(geoms, dtype=object)
    counts = shapely.get_num_coordinates(geoms)
    offsets = np.zeros(len(geoms) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = shapely.get_coordinates(geoms)
    # One part whose run is one closed ring: the run ends on its first point, and that point
    # occurs nowhere else in it (a valid ring does not touch itself; a hole would follow the
    # shell's closing point, which repeats the first point before the run's end).
    simple = shapely.get_num_geometries(geoms) <= 1
    simple &= counts >= 4
    if len(xy):
        nz = counts > 0
        starts = offsets[:-1]
        first = np.repeat(np.minimum(starts, len(xy) - 1), counts)
        same = (xy[:, 0] == xy[first, 0]) & (xy[:, 1] == xy[first, 1])
        hits = np.bincount(np.repeat(np.arange(len(geoms)), counts), weights=same, minlength=len(geoms))
        ends = np.maximum(offsets[1:] - 1, 0)
        closed = np.zeros(len(geoms), dtype=bool)
        closed[nz] = same[ends[nz]]
        simple &= closed & (hits == 2)
    return Rings(xy, offsets, simple)


def cea_areas_m2(geoms: np.ndarray, r: Rings, lon0: float, lat0: float) -> np.ndarray:
    """Ellipsoidal area (m²) of each geometry via the cylindrical equal-area projection."""
    out = np.empty(len(geoms))
    if len(r.xy):
        lam = np.radians(((r.xy[:, 0] - lon0 + 180.0) % 360.0) - 180.0)
        q = geodesy.authalic_q(r.xy[:, 1])
        q0 = geodesy.authalic_q(np.array([lat0]))[0]
        out[:] = np.abs(run_shoelace(lam, q - q0, r.offsets)) * (geodesy.A ** 2 / 4.0)
    rest = ~r.simple
    if rest.any():
        out[rest] = shapely.area(geodesy.cea_geometries(np.asarray(geoms, dtype=object)[rest], lon0, lat0))
    return out


def convex_vertices(r: Rings, max_vertices: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For convex simple plots of at most ``max_vertices`` distinct corners: corners padded to K.

    Returns (eligible mask, vertices (N, K, 2) relative to the first coordinate, orientation
    sign (+1 counter-clockwise)). Padding repeats the last corner (a zero-length edge).
    """
    n = len(r.offsets) - 1
    k = max_vertices
    counts = r.counts
    eligible = r.simple & (counts - 1 <= k) & (counts >= 4)
    verts = np.zeros((n, k, 2))
    sign = np.zeros(n)
    quad = eligible & (counts == 5)
    idx_q = np.flatnonzero(quad)  # four corners, the usual plot: fixed-width gathers
    if len(idx_q):
        g4 = r.xy[r.offsets[:-1][idx_q][:, None] + np.arange(4)[None, :]] - r.xy[0]
        e = np.roll(g4, -1, axis=1) - g4
        en = np.roll(e, -1, axis=1)
        turn = e[..., 0] * en[..., 1] - e[..., 1] * en[..., 0]
        pos, neg = (turn > 0).any(axis=1), (turn < 0).any(axis=1)
        eligible[idx_q[(pos & neg) | ~(pos | neg)]] = False
        verts[idx_q, :4] = g4
        verts[idx_q, 4:] = g4[:, 3:4]  # padding repeats the last corner
        sign[idx_q] = np.where(pos, 1.0, -1.0)
        del g4, e, en, turn
    idx_all = np.flatnonzero(eligible & ~quad)
    for s in range(0, len(idx_all), 100_000):  # in chunks: the temporaries are (chunk, K, 2)
        idx = idx_all[s:s + 100_000]
        convex, gathered, pos = _corners(r, idx, k)
        eligible[idx[~convex]] = False
        verts[idx] = gathered
        sign[idx] = np.where(pos, 1.0, -1.0)
    return eligible, verts, sign


def _corners(r: Rings, idx: np.ndarray, k: int):
    origin = r.xy[0]
    m = r.counts[idx] - 1  # distinct corners (ring without its closing point)
    starts = r.offsets[:-1][idx]
    cols = np.minimum(np.arange(k)[None, :], (m - 1)[:, None])
    gathered = r.xy[starts[:, None] + cols] - origin  # (len(idx), k, 2)
    # Turn at each corner: cross(edge_in, edge_out) with wrap-around over the m real corners.
    j = np.arange(k)[None, :]
    nxt = np.where(j + 1 < m[:, None], j + 1, 0)
    nxt2 = np.where(nxt + 1 < m[:, None], nxt + 1, 0)
    rows = np.arange(len(idx))[:, None]
    p0, p1, p2 = gathered[rows, j], gathered[rows, nxt], gathered[rows, nxt2]
    e1, e2 = p1 - p0, p2 - p1
    turn = e1[..., 0] * e2[..., 1] - e1[..., 1] * e2[..., 0]
    turn = np.where(j < m[:, None], turn, 0.0)
    pos = (turn > 0).any(axis=1)
    neg = (turn < 0).any(axis=1)
    convex = ~(pos & neg) & (pos | neg)
    return convex, gathered, pos


def separated(va: np.ndarray, sa: np.ndarray, vb: np.ndarray, sb: np.ndarray) -> np.ndarray:
    """Pairs of convex polygons whose interiors are certainly disjoint (separating axis test).

    ``va``/``vb``: (P, K, 2) corners, ``sa``/``sb``: orientation signs. Two convex polygons
    with disjoint interiors are separated by the line of one of their edges; shared corners
    give exact zeros, so touching neighbours pass. False means "not proved" (the caller
    checks those pairs exactly).
    """
    return _one_side(va, sa, vb) | _one_side(vb, sb, va)


def _one_side(v: np.ndarray, s: np.ndarray, w: np.ndarray) -> np.ndarray:
    a = v
    b = np.roll(v, -1, axis=1)
    ex = (b[..., 0] - a[..., 0])[:, :, None]
    ey = (b[..., 1] - a[..., 1])[:, :, None]
    dx = w[:, None, :, 0] - a[..., 0][:, :, None]
    dy = w[:, None, :, 1] - a[..., 1][:, :, None]
    side = (ex * dy - ey * dx) * s[:, None, None]  # > 0: on the polygon's inner side of the edge
    nonzero = (ex[..., 0] != 0) | (ey[..., 0] != 0)
    outside = np.all(side <= 0, axis=2) & nonzero
    return outside.any(axis=1)


def cone_separated(va: np.ndarray, sa: np.ndarray, vb: np.ndarray, sb: np.ndarray) -> np.ndarray:
    """Pairs of convex polygons with exactly K corners each (no padding) that share a corner and
    whose interiors are certainly disjoint — the usual neighbours in a coverage.

    A convex polygon lies in the cone its two edges span at any of its corners. At a shared
    corner v the two cones (each under 180°) have disjoint interiors when the line of one of
    the four edges leaving v has one cone on each side; then so do the polygons. Neighbours
    across an edge pass at once (the shared edge's line; its cross products are exact zeros).
    False means "not proved": no shared corner, or the cones meet.
    """
    p_count, k = va.shape[0], va.shape[1]
    if p_count == 0:
        return np.zeros(0, dtype=bool)
    eq = ((va[:, :, None, 0] == vb[:, None, :, 0]) & (va[:, :, None, 1] == vb[:, None, :, 1])).reshape(p_count, k * k)
    shared = eq.any(axis=1)
    first = eq.argmax(axis=1)
    p, q = first // k, first % k
    rows = np.arange(p_count)
    v = va[rows, p]
    a_next, a_prev = va[rows, (p + 1) % k] - v, va[rows, (p - 1) % k] - v
    b_next, b_prev = vb[rows, (q + 1) % k] - v, vb[rows, (q - 1) % k] - v
    ccw_a, ccw_b = (sa > 0)[:, None], (sb > 0)[:, None]
    # "out" = the edge with the interior on its left (counter-clockwise side)
    a_out, a_in = np.where(ccw_a, a_next, a_prev), np.where(ccw_a, a_prev, a_next)
    b_out, b_in = np.where(ccw_b, b_next, b_prev), np.where(ccw_b, b_prev, b_next)

    def cross(u, w):
        return u[:, 0] * w[:, 1] - u[:, 1] * w[:, 0]

    sep = (cross(a_out, b_out) <= 0) & (cross(a_out, b_in) <= 0)  # B right of A's outgoing edge
    sep |= (cross(a_in, b_out) >= 0) & (cross(a_in, b_in) >= 0)  # B left of A's incoming edge
    sep |= (cross(b_out, a_out) <= 0) & (cross(b_out, a_in) <= 0)
    sep |= (cross(b_in, a_out) >= 0) & (cross(b_in, a_in) >= 0)
    return shared & sep
