"""Array geometry for many small polygons: areas, convexity and separation without a Python loop.

Plots are read as one coordinate stream (:class:`sezmap.model.coords.Rings`) cut into runs,
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
from sezmap.model.coords import Rings

BLOCK = 1 << 14  # geometries per step of the elementwise work: its temporaries stay in cache


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


def cea_areas_m2(geoms: np.ndarray, r: Rings, lon0: float, lat0: float, bounds: np.ndarray | None = None) -> np.ndarray:
    """Ellipsoidal area (m²) of each geometry via the cylindrical equal-area projection: a ring
    from the stream, or, for any other geometry and a ring with an edge longer than
    ``geodesy.CEA_MAX_EDGE_M``, ``geodesy.cea_area_m2`` of its projection. Such edges are looked
    for only in plots whose box is that wide or tall (``bounds``, the geometries' boxes; found
    here if not given): for the largest zone's 469k plots ~2 ms, where every edge of the stream
    took ~0.05 s."""
    out = np.empty(len(geoms))
    q0 = geodesy.authalic_q(np.array([lat0]))[0]
    for g0 in range(0, len(geoms) if len(r.xy) else 0, BLOCK):  # blocks: temporaries stay in cache
        g1 = min(g0 + BLOCK, len(geoms))
        a, b = r.offsets[g0], r.offsets[g1]
        lam = np.radians(((r.xy[a:b, 0] - lon0 + 180.0) % 360.0) - 180.0)
        q = geodesy.authalic_q(r.xy[a:b, 1])
        out[g0:g1] = np.abs(run_shoelace(lam, q - q0, r.offsets[g0:g1 + 1] - a)) * (geodesy.A ** 2 / 4.0)
    rest = ~r.simple
    boxes = shapely.bounds(np.asarray(geoms, dtype=object)) if bounds is None else bounds
    for k in np.flatnonzero(_wide(boxes) & ~rest):  # (few: plots of a kilometre or more)
        a, b = r.offsets[k], r.offsets[k + 1]
        rest[k] = bool(geodesy.edges_longer_than(r.xy[a:b, 0], r.xy[a:b, 1], geodesy.CEA_MAX_EDGE_M).any())
    if rest.any():
        out[rest] = geodesy.cea_area_m2(geodesy.cea_geometries(np.asarray(geoms, dtype=object)[rest], lon0, lat0),
                                        lon0, lat0)
    return out


def _wide(bounds: np.ndarray) -> np.ndarray:
    """Which boxes (lon/lat: minx, miny, maxx, maxy) may hold an edge longer than
    ``geodesy.CEA_MAX_EDGE_M``: an edge is no longer than its polygon's box is wide and tall (in
    degrees, a degree of longitude counted as one of latitude: never shorter)."""
    w, h = bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]
    return ~(w * w + h * h <= (geodesy.CEA_MAX_EDGE_M / geodesy.DEGREE_M) ** 2)  # (NaN boxes: looked at)


def convex_vertices(r: Rings, rows: np.ndarray | None = None,
                    max_vertices: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For convex simple plots of at most ``max_vertices`` distinct corners: corners padded to K.

    ``rows``: the geometries wanted (default: all); the results are aligned with them.
    Returns (eligible mask, vertices (N, K, 2) relative to the first coordinate, orientation
    sign (+1 counter-clockwise)). Padding repeats the last corner (a zero-length edge).
    """
    rows = np.arange(len(r.offsets) - 1) if rows is None else np.asarray(rows, dtype=np.int64)
    k = max_vertices
    counts = r.counts[rows]
    eligible = r.simple[rows] & (counts - 1 <= k) & (counts >= 4)
    verts = np.zeros((len(rows), k, 2))
    sign = np.zeros(len(rows))
    idx_all = np.flatnonzero(eligible)
    for s in range(0, len(idx_all), 100_000):  # in chunks: the temporaries are (chunk, K, 2)
        idx = idx_all[s:s + 100_000]
        convex, gathered, pos = _corners(r, rows[idx], k)
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


TURN = 4.0  # a full turn in pseudo-angles (see _direction)
_MIX = np.uint64(0x9E3779B97F4A7C15)
X, Y, START, END = range(4)  # columns of QuadCorners.table


@dataclass
class QuadCorners:
    """Convex simple polygons with exactly four distinct corners (the usual plot), as arrays.

    At each corner a convex polygon fills the angular sector between its two edges; the sector
    runs counter-clockwise from ``START`` to ``END`` (directions of the edges leaving the
    corner, as pseudo-angles: :func:`_direction`). ``key`` hashes the corner's coordinates
    (equal corners, equal keys; a match of keys is confirmed on the coordinates).
    """

    row: np.ndarray  # (N,) position of each geometry in the (Q, 4) keys, -1: not such a plot
    key: np.ndarray  # (Q, 4) uint64
    table: np.ndarray  # (Q * 4, 4): x, y, start, end of corner 4 q + c


def _direction(dx: np.ndarray, dy: np.ndarray) -> np.ndarray:
    """A pseudo-angle of a non-zero vector in [0, 4): strictly increasing with its angle
    counter-clockwise from +x (the "diamond angle": no trigonometry), and a function of the
    vector alone, so equal vectors give equal values bit for bit."""
    p = dx / (np.abs(dx) + np.abs(dy))
    return np.where(dy >= 0, 1.0 - p, 3.0 + p)


def quad_corners(r: Rings) -> QuadCorners:
    n = len(r.offsets) - 1
    idx = np.flatnonzero(r.simple & (r.counts == 5))
    q = len(idx)
    table = np.empty((q, 4, 4))
    ok = np.empty(q, dtype=bool)
    flat = np.ascontiguousarray(r.xy).ravel()
    corners = np.array([3, 0, 1, 2, 3, 4])  # of each ring (its fifth point closes it): previous, own, next
    for s in range(0, q, BLOCK):  # in blocks: the temporaries stay in cache
        b = slice(s, s + BLOCK)
        at = 2 * (r.offsets[:-1][idx[b]][:, None] + corners[None, :])
        px, py = flat.take(at), flat.take(at + 1)  # (m, 6)
        x, y = px[:, 1:5] + 0.0, py[:, 1:5] + 0.0  # + 0.0: -0.0 becomes 0.0 (equal corners, equal bits)
        ex, ey = px[:, 2:6] - x, py[:, 2:6] - y  # edge leaving each corner
        bx, by = px[:, 0:4] - x, py[:, 0:4] - y  # edge back to the previous corner
        turn = by * ex - bx * ey  # cross(incoming, outgoing) > 0: a left turn at the corner
        ccw, cw = (turn > 0).any(axis=1), (turn < 0).any(axis=1)
        nonzero = ((ex != 0) | (ey != 0)).all(axis=1)
        ok[b] = (ccw ^ cw) & nonzero  # convex, no repeated corner
        with np.errstate(invalid="ignore", divide="ignore"):  # (a repeated corner: not ok)
            out, back = _direction(ex, ey), _direction(bx, by)
        ccw = ccw[:, None]
        t = table[b]
        t[..., X], t[..., Y] = x, y
        t[..., START], t[..., END] = np.where(ccw, out, back), np.where(ccw, back, out)
    key = table[..., X].view(np.uint64) * _MIX ^ table[..., Y].view(np.uint64)
    row = np.full(n, -1, dtype=np.int64)
    row[idx[ok]] = np.flatnonzero(ok)
    return QuadCorners(row, key, table.reshape(q * 4, 4))


def corner_separated(c: QuadCorners, qa: np.ndarray, qb: np.ndarray) -> np.ndarray:
    """Pairs of :class:`QuadCorners` (positions ``qa``, ``qb``) that share a corner where their
    sectors have disjoint interiors, so the polygons' interiors are disjoint too: a convex
    polygon lies in its sector at any of its corners. This clears the usual neighbours in a
    coverage: across a shared edge the two sectors meet along that edge's direction (computed
    from the same coordinates on both sides, so equal bit for bit). False means "not proved".
    """
    p_count = len(qa)
    if p_count == 0:
        return np.zeros(0, dtype=bool)
    eq = (np.take(c.key, qa, axis=0)[:, :, None] == np.take(c.key, qb, axis=0)[:, None, :]).reshape(p_count, 16)
    shared = eq.any(axis=1)
    first = eq.argmax(axis=1)
    ta = np.take(c.table, qa * 4 + first // 4, axis=0)  # the matched corners: x, y, start, end
    tb = np.take(c.table, qb * 4 + first % 4, axis=0)
    same = (ta[:, X] == tb[:, X]) & (ta[:, Y] == tb[:, Y])
    a0, a1, b0, b1 = ta[:, START], ta[:, END], tb[:, START], tb[:, END]
    # B's sector must lie in the free arc counter-clockwise from A's end to A's start
    free, ob0, ob1 = _turn(a0 - a1), _turn(b0 - a1), _turn(b1 - a1)
    return shared & same & (ob0 <= ob1) & (ob1 <= free)


def _turn(d: np.ndarray) -> np.ndarray:
    """A pseudo-angle difference in (-4, 4) as a counter-clockwise turn in [0, 4)."""
    return np.where(d < 0, d + TURN, d)
