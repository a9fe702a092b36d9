"""Sums of raster quantities over polygons, each pixel weighted by the exact share of it inside
the polygon, in array operations (no Qt, no Python loop over polygons or pixels).

In pixel coordinates (``u`` the column, ``v`` the row, pixel (r, c) the unit square
[c, c+1] × [r, r+1]), the share of pixel (r, c) inside a polygon is, by Green's theorem,

    cov(r, c) = ∮ clamp(u − c, 0, 1) dv

over the polygon's boundary within row r (shells counter-clockwise in (u, v), holes the other
way). Cut every edge at the integer rows and columns it crosses: each *piece* lies in one pixel
(r, c_p), where the integrand is u − c_p; in the pixels left of it it is 1, right of it 0. So a
piece with rise ``dv`` and mean column ``ū`` adds (ū − c_p)·dv to the cover of its own pixel and
dv to that of every pixel left of it in its row, and for any per-pixel quantity x

    Σ_pixels cov·x = Σ_pieces [(ū − c_p)·dv·x(r, c_p) + dv·X(r, c_p)],   X(r, c) = Σ_{c' < c} x(r, c')

a sum over the boundary's pieces against the running sums of x along each raster row: the
pixels inside a polygon cost nothing of their own. These are the exact coverage fractions
exactextract computes (it walks each ring through the grid and floods the inside, one polygon at
a time); here all polygons go through numpy at once. The weights are exact up to floating point
(tests compare them with shapely's pixel intersection areas).

The raster is worked through in strips of whole rows; :func:`boundary` cuts the polygons into
edges once and :func:`by_strip` says which edges reach each strip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely
from affine import Affine

from sezmap.analysis.fastgeom import run_shoelace


@dataclass(frozen=True)
class Edges:
    """Polygon edges in pixel coordinates, in the order of their polygons."""

    u0: np.ndarray
    v0: np.ndarray
    u1: np.ndarray
    v1: np.ndarray
    owner: np.ndarray  # the polygon (position in the array given to :func:`boundary`)
    sign: np.ndarray  # +1 or −1: turns the edge's ring to the orientation the formula needs

    def take(self, rows: np.ndarray) -> Edges:
        return Edges(self.u0[rows], self.v0[rows], self.u1[rows], self.v1[rows], self.owner[rows],
                     self.sign[rows])


def _rings(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rings of polygonal ``geoms`` in the order of their geometries: ring geometries (a
    polygon without holes stands for its shell), their geometry (position) and whether each is
    a shell. Other geometry kinds have none."""
    kind = shapely.get_type_id(geoms)
    plain = (kind == 3) & (shapely.get_num_interior_rings(geoms) == 0)
    rest = np.flatnonzero(~plain & np.isin(kind, (3, 6, 7)))
    parts, part_of = shapely.get_parts(geoms[rest], return_index=True)
    poly = shapely.get_type_id(parts) == 3
    parts, part_of = parts[poly], rest[part_of[poly]]
    rings, ring_of = shapely.get_rings(parts, return_index=True)
    shell = np.ones(len(rings), dtype=bool)
    shell[1:] = ring_of[1:] != ring_of[:-1]  # get_rings gives each polygon's shell first
    plain_at = np.flatnonzero(plain)
    owner = np.concatenate([plain_at, part_of[ring_of]])
    order = np.argsort(owner, kind="stable")  # two ordered runs: a merge
    return (np.concatenate([geoms[plain_at], rings])[order], owner[order],
            np.concatenate([np.ones(len(plain_at), dtype=bool), shell])[order])


@dataclass(frozen=True)
class Outline:
    """Polygons cut into edges (:class:`Edges`) and their areas in pixels (of the same vertices)."""

    edges: Edges
    area: np.ndarray


def boundary(geoms: np.ndarray, transform: Affine, project: Callable | None = None) -> Outline:
    """The edges of polygonal ``geoms`` that cross rows of pixels (horizontal edges add nothing),
    in pixel coordinates, in the order of their geometries. ``geoms`` are in the raster's CRS,
    or ``project`` takes their vertices' (x, y) arrays there (the edges stay straight lines
    between the projected vertices). A ring with a vertex that does not project is left out."""
    geoms = np.asarray(geoms, dtype=object)
    rings, owner, shell = _rings(geoms)
    xy, point_of = shapely.get_coordinates(rings, return_index=True)
    x, y = (xy[:, 0], xy[:, 1]) if project is None else project(xy[:, 0], xy[:, 1])
    with np.errstate(invalid="ignore"):  # inf · 0 where a vertex did not project
        u, v = (~transform) @ (np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
    u, v = np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64)
    offsets = np.zeros(len(rings) + 1, dtype=np.int64)
    np.cumsum(np.bincount(point_of, minlength=len(rings)), out=offsets[1:])
    finite = np.isfinite(u) & np.isfinite(v)
    whole = np.bincount(point_of, weights=~finite, minlength=len(rings)) == 0
    u, v = np.where(finite, u, 0.0), np.where(finite, v, 0.0)
    twice = run_shoelace(u, v, offsets)
    # counter-clockwise in (u, v) is a positive shoelace; a hole counts negatively
    turn = np.where(twice >= 0, 1.0, -1.0) * np.where(shell, 1.0, -1.0)
    area = np.bincount(owner[whole], weights=(turn * twice)[whole] / 2, minlength=len(geoms))
    first = np.flatnonzero((point_of[:-1] == point_of[1:]) & (v[:-1] != v[1:]))
    first = first[whole[point_of[first]]]
    ring = point_of[first]
    return Outline(Edges(u[first], v[first], u[first + 1], v[first + 1], owner[ring], turn[ring]), area)


def by_strip(edges: Edges, height: int, width: int, rows: int) -> list[np.ndarray]:
    """Per strip of ``rows`` raster rows, the edges (positions, in order) that reach it."""
    n_strips = -(-height // rows)
    vlo, vhi = np.minimum(edges.v0, edges.v1), np.maximum(edges.v0, edges.v1)
    seen = (vhi > 0) & (vlo < height) & (np.maximum(edges.u0, edges.u1) > 0)
    idx = np.flatnonzero(seen)
    s0 = np.clip(np.floor(vlo[idx] / rows), 0, n_strips - 1).astype(np.int64)
    s1 = np.clip(np.ceil(vhi[idx] / rows) - 1, 0, n_strips - 1).astype(np.int64)
    count = s1 - s0 + 1
    which, step = _expand(count)
    strip = s0[which] + step
    order = np.argsort(strip, kind="stable")
    edge = idx[which][order]
    cuts = np.searchsorted(strip[order], np.arange(n_strips + 1))
    return [edge[cuts[k]:cuts[k + 1]] for k in range(n_strips)]


def _expand(count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs of ``count`` items: each item's run and its place in the run."""
    which = np.repeat(np.arange(len(count)), count)
    start = np.cumsum(count) - count
    return which, np.arange(len(which)) - start[which]


def _cut(a0: np.ndarray, b0: np.ndarray, a1: np.ndarray, b1: np.ndarray, lo: int, hi: int):
    """Segments (a0, b0) → (a1, b1) cut where ``a`` crosses an integer in [lo, hi]: the pieces as
    (segment, a start, b start, a end, b end); the uncut segments first."""
    first = np.maximum(np.floor(np.minimum(a0, a1)) + 1, lo)
    last = np.minimum(np.ceil(np.maximum(a0, a1)) - 1, hi)
    n = np.maximum(last - first + 1, 0).astype(np.int64)
    one = np.flatnonzero(n == 0)
    many = np.flatnonzero(n > 0)
    if not len(many):
        return one, a0, b0, a1, b1
    a0m, b0m, a1m, b1m, nm = a0[many], b0[many], a1[many], b1[many], n[many]
    # each cut segment's points: its start, its crossings in order, its end
    at = np.cumsum(nm + 2) - (nm + 2)
    a = np.empty(int(at[-1] + nm[-1] + 2))
    b = np.empty_like(a)
    a[at], b[at] = a0m, b0m
    a[at + nm + 1], b[at + nm + 1] = a1m, b1m
    seg, k = _expand(nm)
    cross = np.where(a1m[seg] >= a0m[seg], first[many][seg] + k, last[many][seg] - k)
    where = at[seg] + 1 + k
    a[where] = cross
    b[where] = b0m[seg] + (cross - a0m[seg]) * ((b1m[seg] - b0m[seg]) / (a1m[seg] - a0m[seg]))
    starts = np.ones(len(a), dtype=bool)
    starts[at + nm + 1] = False  # a segment's end starts no piece
    i = np.flatnonzero(starts)
    return (np.concatenate([one, np.repeat(many, nm + 1)]), np.concatenate([a0[one], a[i]]),
            np.concatenate([b0[one], b[i]]), np.concatenate([a1[one], a[i + 1]]), np.concatenate([b1[one], b[i + 1]]))


@dataclass(frozen=True)
class Pieces:
    """Boundary pieces within one pixel each."""

    owner: np.ndarray
    row: np.ndarray  # within the strip
    col: np.ndarray  # ``width`` for pieces right of the raster (they only count for pixels left)
    own: np.ndarray  # (ū − c)·dv·sign: the piece's share of its own pixel
    rise: np.ndarray  # dv·sign: its share of every pixel left of it


def pieces(edges: Edges, row0: int, row1: int, width: int) -> Pieces:
    """The pieces of ``edges`` in raster rows [row0, row1) of a raster ``width`` pixels wide."""
    e, va, ua, vb, ub = _cut(edges.v0, edges.u0, edges.v1, edges.u1, row0, row1)
    r = np.floor((va + vb) / 2)
    keep = np.flatnonzero((r >= row0) & (r < row1))
    e, ua, va, ub, vb, r = e[keep], ua[keep], va[keep], ub[keep], vb[keep], r[keep]
    p, ua, va, ub, vb = _cut(ua, va, ub, vb, 0, width)
    if len(p) != len(e) or not (p == np.arange(len(p))).all():
        e, r = e[p], r[p]
    mid = (ua + ub) / 2
    keep = np.flatnonzero(mid > 0)  # pieces left of the raster add nothing to its pixels
    mid, dv, e, r = mid[keep], (vb - va)[keep], e[keep], r[keep]
    c = np.minimum(np.floor(mid), width)
    mid = np.minimum(mid, width)
    s = edges.sign[e]
    return Pieces(edges.owner[e], (r - row0).astype(np.int64), c.astype(np.int64), (mid - c) * dv * s, dv * s)


def running(planes) -> np.ndarray:
    """(q, rows, width + 2) running sums along the rows of ``planes`` (q arrays (rows, width),
    numbers or masks): column c holds the sum of the pixels left of c (the last two columns the
    row's total)."""
    h, w = planes[0].shape
    out = np.zeros((len(planes), h, w + 2))
    for j, x in enumerate(planes):
        if x.dtype == bool:  # a count: integer running sums are exact, and several times faster
            out[j, :, 1:w + 1] = np.cumsum(x, axis=1, dtype=np.int32 if w < 2 ** 31 else np.int64)
        else:
            np.cumsum(x, axis=1, out=out[j, :, 1:w + 1])
    out[:, :, w + 1] = out[:, :, w]
    return out


def sums(p: Pieces, run: np.ndarray, n: int) -> np.ndarray:
    """(q, n) Σ cov·x per polygon (of ``n``), from the running sums ``run`` of the strip
    (:func:`running`)."""
    q, _h, w2 = run.shape
    flat = run.reshape(q, -1)
    at = p.row * w2 + p.col
    contrib = p.own * np.take(flat, at + 1, axis=1) + (p.rise - p.own) * np.take(flat, at, axis=1)
    return np.stack([np.bincount(p.owner, weights=contrib[j], minlength=n) for j in range(q)])
