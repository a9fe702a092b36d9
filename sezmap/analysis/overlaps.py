"""Which plots of a zone overlap (their interiors intersect), found without a costly self-join.

1. Candidate pairs: plots of the same zone whose bounding boxes overlap (a uniform grid
   hash on the boxes, in numpy; oversized plots are paired by a direct box test).
2. Most candidates are neighbours that only touch. Boxes that merely touch, and pairs of
   convex plots separated by one of their edge lines (:func:`fastgeom.separated`),
   are proved disjoint in bulk.
3. The rest — few in clean data — get GEOS's exact test (DE-9IM ``T********``:
   the interiors intersect).
"""

from __future__ import annotations

import numpy as np
import shapely

from sezmap.analysis import fastgeom

INTERIORS_INTERSECT = "T********"


def box_pairs(bounds: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs i < j in the same group whose closed bounding boxes intersect."""
    n = len(bounds)
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    w = bounds[:, 2] - bounds[:, 0]
    h = bounds[:, 3] - bounds[:, 1]
    ext = np.maximum(w, h)
    # Cell = the largest extent, unless a few plots are far larger than the rest: those
    # ("big") are paired through an R-tree instead, so cells stay small.
    typical = float(np.quantile(ext, 0.999)) if n > 1000 else float(ext.max())
    cell = float(ext.max()) if ext.max() <= 4 * typical else typical
    cell = max(cell, 1e-12)
    big = ext > cell
    small = np.flatnonzero(~big)
    parts_i, parts_j = [], []
    if len(small):
        cx = np.floor(bounds[small, 0] / cell).astype(np.int64)
        cy = np.floor(bounds[small, 1] / cell).astype(np.int64)
        cx -= cx.min()
        cy -= cy.min()
        g = groups[small].astype(np.int64)
        ny = int(cy.max()) + 3
        nx = int(cx.max()) + 3
        key = (g * nx + cx) * ny + cy
        order = np.argsort(key, kind="stable")
        skey = key[order]
        for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
            target = skey + dx * ny + dy
            lo = np.searchsorted(skey, target, side="left")
            hi = np.searchsorted(skey, target, side="right")
            cnt = hi - lo
            if dx == 0 and dy == 0:
                # within the cell: only partners after this one
                pos = np.arange(len(skey))
                lo = pos + 1
                cnt = hi - lo
            cnt = np.maximum(cnt, 0)
            if cnt.sum() == 0:
                continue
            src = np.repeat(np.arange(len(skey)), cnt)
            first = np.repeat(lo - np.cumsum(np.concatenate([[0], cnt[:-1]])), cnt)
            dst = first + np.arange(len(src))
            parts_i.append(small[order[src]])
            parts_j.append(small[order[dst]])
    bigs = np.flatnonzero(big)
    if len(bigs):
        tree = shapely.STRtree(shapely.box(bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3]))
        qi, qj = tree.query(shapely.box(*bounds[bigs].T))
        b, other = bigs[qi], qj
        keep = (groups[b] == groups[other]) & (other != b) & (~big[other] | (other > b))
        parts_i.append(b[keep])
        parts_j.append(other[keep])
    if not parts_i:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    i = np.concatenate(parts_i)
    j = np.concatenate(parts_j)
    bi, bj = bounds[i], bounds[j]
    keep = ((bi[:, 0] <= bj[:, 2]) & (bi[:, 2] >= bj[:, 0]) & (bi[:, 1] <= bj[:, 3]) & (bi[:, 3] >= bj[:, 1]))
    i, j = i[keep], j[keep]
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    return lo, hi


def interior_overlaps(geoms: np.ndarray, groups: np.ndarray, r: fastgeom.Rings | None = None,
                      bounds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of geometries in the same group whose interiors intersect (exact)."""
    geoms = np.asarray(geoms, dtype=object)
    if bounds is None:
        bounds = shapely.bounds(geoms)
    i, j = box_pairs(bounds, np.asarray(groups))
    if len(i) == 0:
        return i, j
    bi, bj = bounds[i], bounds[j]
    # Boxes that only touch (zero-width intersection) cannot hold an interior overlap.
    open_ = ((np.minimum(bi[:, 2], bj[:, 2]) > np.maximum(bi[:, 0], bj[:, 0]))
             & (np.minimum(bi[:, 3], bj[:, 3]) > np.maximum(bi[:, 1], bj[:, 1])))
    i, j = i[open_], j[open_]
    if r is None:
        r = fastgeom.rings(geoms)
    eligible, verts, sign = fastgeom.convex_vertices(r)
    both = eligible[i] & eligible[j]
    proved = np.zeros(len(i), dtype=bool)
    corners = r.counts - 1
    quads = both & (corners[i] <= 4) & (corners[j] <= 4)  # the usual case: a quarter of the work
    for mask, k in ((quads, 4), (both & ~quads, verts.shape[1])):
        idx = np.flatnonzero(mask)
        for s in range(0, len(idx), 100_000):
            c = idx[s:s + 100_000]
            proved[c] = fastgeom.separated(verts[i[c], :k], sign[i[c]], verts[j[c], :k], sign[j[c]])
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
