"""Which plots' boxes meet the boxes of many changed plots, while boxes keep changing (no Qt).

Replaying a history changes the geometry of a few plots per period among a million. An STRtree
of every plot's box is built once (``BoxTree``); a query asks it with the changed plots' boxes
as they are now, and searches the plots whose box moved since the tree was built (or that came
after it) directly, sorted by west edge. Every candidate is then tested with the boxes as they
are now, so a stale entry of the tree never gives a wrong pair.
"""

from __future__ import annotations

import numpy as np
import shapely


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rows of two (n, 4) box arrays that are equal (NaN equal to NaN)."""
    return ((a == b) | (np.isnan(a) & np.isnan(b))).all(axis=1)


def meet(bounds: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the closed boxes of rows a and b meet."""
    pa, pb = bounds[a], bounds[b]
    return (pb[:, 0] <= pa[:, 2]) & (pb[:, 2] >= pa[:, 0]) & (pb[:, 1] <= pa[:, 3]) & (pb[:, 3] >= pa[:, 1])


def sweep(bounds: np.ndarray, rows: np.ndarray, pool: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (a row of ``rows``, a row of ``pool``) whose boxes may meet: ``pool`` sorted by
    west edge once, each row's reach found by a binary search (a superset: test with ``meet``)."""
    pool = pool[np.isfinite(bounds[pool, 0])]
    if not len(pool) or not len(rows):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    west = bounds[pool, 0]
    order = np.argsort(west, kind="stable")
    srt, west = pool[order], west[order]
    widest = float(np.nanmax(bounds[srt, 2] - west))
    b = bounds[rows]
    lo = np.searchsorted(west, b[:, 0] - widest, "left")
    hi = np.searchsorted(west, b[:, 2], "right")
    counts = np.where(np.isfinite(b[:, 0]), np.maximum(hi - lo, 0), 0)
    a = np.repeat(rows, counts)
    starts = np.repeat(lo - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
    return a, srt[np.arange(len(a)) + starts]


class BoxTree:
    """The boxes of ``geoms`` as they are now, for many ``pairs`` queries later."""

    def __init__(self, geoms: np.ndarray, bounds: np.ndarray):
        self.bounds = np.array(bounds, dtype=float)  # (a copy: the engine's change in place)
        self.tree = shapely.STRtree(np.asarray(geoms, dtype=object))

    def pairs(self, bounds: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (a, b), a in ``rows`` and b any other row, whose closed boxes (``bounds``: as they
        are now) meet; each pair once."""
        rows = np.unique(np.asarray(rows, dtype=np.int64))
        rows = rows[np.isfinite(bounds[rows]).all(axis=1)]
        n = len(self.bounds)
        parts_a, parts_b = [], []
        if len(rows):
            query, found = self.tree.query(shapely.box(*bounds[rows].T))
            parts_a.append(rows[query])
            parts_b.append(np.asarray(found, dtype=np.int64))
            moved = np.concatenate([np.flatnonzero(~_same(bounds[:n], self.bounds)), np.arange(n, len(bounds))])
            a, b = sweep(bounds, rows, moved)
            parts_a.append(a)
            parts_b.append(b)
        if not parts_a:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        a, b = np.concatenate(parts_a), np.concatenate(parts_b)
        keep = (a != b) & meet(bounds, a, b)
        a, b = a[keep], b[keep]
        key = np.unique(a * len(bounds) + b)
        return key // len(bounds), key % len(bounds)
