"""Which plots of a zone overlap (their interiors intersect), found without a costly self-join.

1. Candidate pairs: plots of the same zone whose bounding boxes overlap (a sort-and-sweep
   in numpy: boxes in horizontal strips as tall as the tallest box, sorted by strip and
   minx, each paired with the x-range it can reach in its own and the next strip;
   oversized plots are paired by a direct box test).
2. Most candidates are neighbours that only touch. Boxes that merely touch, convex
   four-cornered neighbours sharing a corner where their sectors are disjoint
   (:func:`fastgeom.corner_separated`: the common case, a few comparisons per pair), and
   pairs of convex plots separated by one of their edge lines (:func:`fastgeom.separated`)
   are proved disjoint in bulk.
3. The rest — few in clean data — get GEOS's exact test (DE-9IM ``T********``:
   the interiors intersect).
"""

from __future__ import annotations

import numpy as np
import shapely

from sezmap.analysis import fastgeom
from sezmap.model import coords

INTERIORS_INTERSECT = "T********"
BLOCK = 1 << 13  # boxes per step of the pair sweep
CHUNK = 1 << 15  # pairs per vectorised step: its temporaries ((CHUNK, K, K) at most) stay in cache


def _meet_1d(lo: np.ndarray, hi: np.ndarray, p: np.ndarray, q: np.ndarray, strict: bool) -> np.ndarray:
    """Whether intervals [lo, hi] of rows p and q meet (``strict``: overlap with positive length)."""
    if strict:
        return np.minimum(hi.take(p), hi.take(q)) > np.maximum(lo.take(p), lo.take(q))
    return np.minimum(hi.take(p), hi.take(q)) >= np.maximum(lo.take(p), lo.take(q))


def box_pairs(bounds: np.ndarray, groups: np.ndarray, strict: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Pairs i < j in the same group whose closed bounding boxes intersect (``strict``: whose
    boxes' interiors intersect — boxes that only touch cannot hold an interior overlap)."""
    n = len(bounds)
    empty = (np.empty(0, np.int64), np.empty(0, np.int64))
    if n < 2:
        return empty
    groups = np.asarray(groups, dtype=np.int64)
    w = bounds[:, 2] - bounds[:, 0]
    h = bounds[:, 3] - bounds[:, 1]
    ext = np.maximum(w, h)
    typical = float(np.quantile(ext, 0.999)) if n > 1000 else float(ext.max())
    limit = max(typical * 4.0, 1e-12)
    big = ext > limit
    small = np.flatnonzero(~big)
    parts_i, parts_j = [], []

    def meet(p, q):  # rows of two (k, 4) arrays of boxes
        if strict:
            return ((np.minimum(p[:, 2], q[:, 2]) > np.maximum(p[:, 0], q[:, 0]))
                    & (np.minimum(p[:, 3], q[:, 3]) > np.maximum(p[:, 1], q[:, 1])))
        return (p[:, 0] <= q[:, 2]) & (p[:, 2] >= q[:, 0]) & (p[:, 1] <= q[:, 3]) & (p[:, 3] >= q[:, 1])

    if len(small) > 1:
        every = len(small) == n
        b = bounds if every else bounds[small]
        g = groups if every else groups[small]
        sh = max(float((h if every else h[small]).max()), 1e-12)  # strip height: a box spans at most two strips
        wmax = float((w if every else w[small]).max())
        y0, x0 = float(b[:, 1].min()), float(b[:, 0].min())
        strip = np.floor((b[:, 1] - y0) / sh).astype(np.int64)
        span = float(b[:, 2].max() - x0) + 2.0 * wmax + 1.0
        row = g * (int(strip.max()) + 2) + strip  # rows of boxes: (group, strip)
        key = row * span + (b[:, 0] - x0)  # sorted by row, then minx (a superset test; exact filter below)
        order = np.argsort(key)
        skey = key.take(order)
        cols = [b[:, c].take(order) for c in range(4)]  # boxes in sorted order, by column (1-d gathers)
        sg = g.take(order)
        srow = row.take(order)
        bx0, bx1 = cols[0] - x0, cols[2] - x0
        pos = np.arange(len(order))
        eps = span * 1e-12 + 1e-9 * wmax
        for lo_key, hi_key in (
                (None, srow * span + bx1 + eps),  # same row: partners after this one, minx <= my maxx
                ((srow + 1) * span + bx0 - wmax - eps, (srow + 1) * span + bx1 + eps)):  # next strip
            hi = np.searchsorted(skey, hi_key, side="right")
            lo = pos + 1 if lo_key is None else np.searchsorted(skey, lo_key, side="left")
            cnt = np.maximum(hi - lo, 0)
            o = small[order]
            for s in range(0, len(pos), BLOCK):  # in blocks: the candidates stay in cache
                c = cnt[s:s + BLOCK]
                total = int(c.sum())
                if total == 0:
                    continue
                src = np.repeat(pos[s:s + BLOCK], c)
                dst = np.arange(total) - np.repeat(np.cumsum(c) - c - lo[s:s + BLOCK], c)
                keep = np.flatnonzero(_meet_1d(cols[1], cols[3], src, dst, strict))  # y first: it drops most
                src, dst = src[keep], dst[keep]
                keep = _meet_1d(cols[0], cols[2], src, dst, strict) & (sg.take(src) == sg.take(dst))
                parts_i.append(o.take(src[keep]))
                parts_j.append(o.take(dst[keep]))
    for b_ in np.flatnonzero(big):  # few: each against every box
        hit = np.flatnonzero(meet(bounds, bounds[b_][None, :]) & (groups == groups[b_]) & (~big | (np.arange(n) > b_)))
        hit = hit[hit != b_]
        parts_i.append(np.full(len(hit), b_, np.int64))
        parts_j.append(hit)
    if not parts_i:
        return empty
    i = np.concatenate(parts_i)
    j = np.concatenate(parts_j)
    return np.minimum(i, j), np.maximum(i, j)


def interior_overlaps(geoms: np.ndarray, groups: np.ndarray, r: coords.Rings | None = None,
                      bounds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of geometries in the same group whose interiors intersect (exact)."""
    geoms = np.asarray(geoms, dtype=object)
    if bounds is None:
        bounds = shapely.bounds(geoms)
    # Boxes that only touch (zero-width intersection) cannot hold an interior overlap.
    i, j = box_pairs(bounds, np.asarray(groups), strict=True)
    if len(i) == 0:
        return i, j
    if r is None:
        r = coords.rings(geoms)
    # neighbours sharing a corner (every neighbour in a coverage): their sectors there
    c = fastgeom.quad_corners(r)
    qa, qb = c.row.take(i), c.row.take(j)
    idx = np.flatnonzero((qa >= 0) & (qb >= 0))
    proved = np.zeros(len(i), dtype=bool)
    for s in range(0, len(idx), CHUNK):
        k = idx[s:s + CHUNK]
        proved[k] = fastgeom.corner_separated(c, qa[k], qb[k])
    i, j = i[~proved], j[~proved]
    if len(i) == 0:
        return i, j
    # convex plots separated by one of their edge lines
    rows, inv = np.unique(np.concatenate([i, j]), return_inverse=True)
    eligible, verts, sign = fastgeom.convex_vertices(r, rows)
    a, b = inv[:len(i)], inv[len(i):]
    both = eligible[a] & eligible[b]
    few = r.counts[rows] <= 5  # at most 4 corners: 4 columns do
    small = few[a] & few[b]
    proved = np.zeros(len(i), dtype=bool)
    for mask, width in ((both & small, 4), (both & ~small, verts.shape[1])):
        idx = np.flatnonzero(mask)
        for s in range(0, len(idx), CHUNK):
            k = idx[s:s + CHUNK]
            proved[k] = fastgeom.separated(verts[a[k], :width], sign[a[k]], verts[b[k], :width], sign[b[k]])
    i, j = i[~proved], j[~proved]
    if len(i) == 0:
        return i, j
    hit = shapely.relate_pattern(geoms[i], geoms[j], INTERIORS_INTERSECT)
    return i[hit], j[hit]


def overlaps_with(geom, candidates: np.ndarray, geoms: np.ndarray) -> np.ndarray:
    """Indices among ``candidates`` whose geometry's interior meets ``geom``'s interior."""
    if len(candidates) == 0 or geom is None:
        return candidates[:0]
    others = np.asarray(geoms, dtype=object)[candidates]
    box = shapely.box(*shapely.bounds(geom))
    near = shapely.intersects(box, others)
    cand = candidates[near]
    if len(cand) == 0:
        return cand
    hit = shapely.relate_pattern(np.asarray(geoms, dtype=object)[cand], geom, INTERIORS_INTERSECT)
    return cand[hit]
