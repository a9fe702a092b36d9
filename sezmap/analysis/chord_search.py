"""Points on the ellipsoid searched by chord (the straight line through the earth between two
points, never longer than the geodesic): the nearest ``k`` to each of some query points, and
the pairs closer than a distance.

    points = ChordPoints(lons, lats)
    found = points.nearest(query_lons, query_lats, k=16)   # found.chord_m, found.index: (queries, k)
    i, j = points.pairs_within(50.0)                       # i < j, chord <= 50 m

The analysis asks this of the corridor network's vertices (analysis/network.py: the entry
vertex of each zone and hub, the vertices to join) and of the corridor lines' vertices
(analysis/distances.py: the closest vertex to a zone's boundary): a few thousand points and a
few dozen to a few hundred queries per analysis. SciPy's k-d tree did it, but importing SciPy
took ~0.18 s of one core holding the GIL (``import scipy.spatial, scipy.sparse.csgraph`` after
NumPy, pandas and shapely: 0.40 → 0.58 s), more than every search of the default project's
network (2,330 vertices) put together, on the way of every export and of the window's first
figures. So:

* ``nearest``: NumPy computes every chord from each query to every point, in blocks of at most
  ``BLOCK`` pairs, and keeps the ``k`` shortest; when the queries times the points exceed
  ``BRUTE_PAIRS`` (a network of hundreds of thousands of vertices), a k-d tree (SciPy's,
  imported then) answers instead. Both give the same: the ``k`` nearest, nearest first (equal
  chords in either order).
* ``pairs_within``: the points sorted along the axis on which they spread widest; each is
  paired with those after it at most ``r`` further along it, and the pair kept where the 3-D
  chord is at most ``r`` (a sweep: no tree at any size, each point meets only the points in its
  slice of the earth).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sezmap.analysis import geodesy

BLOCK = 1 << 20  # query × point chords per NumPy step (24 MB of temporaries)
BRUTE_PAIRS = 1 << 25  # above this many query × point pairs, a k-d tree answers
SWEEP_BLOCK = 1 << 13  # points per step of the pair sweep


@dataclass(frozen=True)
class Found:
    """The ``k`` nearest points to each query, nearest first: their chords (m) and indices."""

    chord_m: np.ndarray  # (queries, k)
    index: np.ndarray  # (queries, k), int64


class ChordPoints:
    """Lon/lat points, to be searched by chord (earth-centred coordinates, metres)."""

    def __init__(self, lon, lat):
        self.xyz = geodesy.ecef(lon, lat).reshape(-1, 3)
        self._norms = (self.xyz * self.xyz).sum(axis=1)
        self._tree = None  # a k-d tree, made only for a search too large to do pair by pair

    def __len__(self) -> int:
        return len(self.xyz)

    def nearest(self, lon, lat, k: int = 1) -> Found:
        """The ``k`` points nearest to each query point (``k`` at most the number of points)."""
        return self.nearest_to(geodesy.ecef(lon, lat), k)

    def nearest_to(self, xyz, k: int = 1) -> Found:
        """:meth:`nearest` for query points given by their earth-centred coordinates (``geodesy.ecef``),
        for a caller that asks several point sets about the same queries."""
        q = np.asarray(xyz, dtype=float).reshape(-1, 3)
        n = len(self.xyz)
        if not 1 <= k <= n:
            raise ValueError(f"k = {k}: there are {n} points")
        if len(q) * n > BRUTE_PAIRS:
            return self._from_tree(q, k)
        index = np.empty((len(q), k), dtype=np.int64)
        rows = max(1, BLOCK // n)
        for s in range(0, len(q), rows):
            d2 = _squared_chords(q[s:s + rows], self.xyz, self._norms)
            if k == 1:
                index[s:s + rows, 0] = np.argmin(d2, axis=1)
                continue
            part = np.argpartition(d2, k - 1, axis=1)[:, :k] if k < n else np.broadcast_to(np.arange(n), d2.shape)
            order = np.argsort(np.take_along_axis(d2, part, axis=1), axis=1, kind="stable")
            index[s:s + rows] = np.take_along_axis(part, order, axis=1)
        # the chords of those found, exactly (the differences taken before squaring)
        chord = np.sqrt(np.square(self.xyz[index] - q[:, None, :]).sum(axis=2))
        if k > 1:  # nearest first by the exact chords (the ranking's rounding is centimetres)
            order = np.argsort(chord, axis=1, kind="stable")
            index, chord = np.take_along_axis(index, order, axis=1), np.take_along_axis(chord, order, axis=1)
        return Found(chord, index)

    def _from_tree(self, q: np.ndarray, k: int) -> Found:
        if self._tree is None:
            from scipy.spatial import cKDTree

            self._tree = cKDTree(self.xyz)
        chord, index = self._tree.query(q, k=k)
        return Found(np.asarray(chord, dtype=float).reshape(len(q), k),
                     np.asarray(index, dtype=np.int64).reshape(len(q), k))

    def pairs_within(self, r: float) -> tuple[np.ndarray, np.ndarray]:
        """Pairs of points (i < j) whose chord is at most ``r`` metres."""
        n = len(self.xyz)
        if n < 2:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        axis = int(np.argmax(np.ptp(self.xyz, axis=0)))  # the widest: the fewest points to a slice
        order = np.argsort(self.xyz[:, axis], kind="stable")
        xyz = self.xyz[order]
        along = xyz[:, axis]
        stop = np.searchsorted(along, along + r, side="right")  # sorted after this one, within r along it
        count = stop - np.arange(1, n + 1)
        found_a, found_b = [], []
        for s in range(0, n, SWEEP_BLOCK):  # in blocks: the candidates of a block stay small
            c = count[s:s + SWEEP_BLOCK]
            src = np.repeat(np.arange(s, s + len(c)), c)
            dst = np.arange(len(src)) - np.repeat(np.cumsum(c) - c, c) + src + 1
            d = xyz[src] - xyz[dst]
            keep = (d * d).sum(axis=1) <= r * r
            found_a.append(order[src[keep]])
            found_b.append(order[dst[keep]])
        a, b = np.concatenate(found_a), np.concatenate(found_b)
        return np.minimum(a, b), np.maximum(a, b)


def _squared_chords(q: np.ndarray, p: np.ndarray, p_norms: np.ndarray) -> np.ndarray:
    """(len(q), len(p)) squared chords as |q|² + |p|² − 2 q·p: one matrix product and two
    additions over the block, 3-4× faster than three coordinates' differences. Earth-centred
    coordinates are ~6.4e6 m, so a value is off by up to ~0.01 m² (a chord of 1 m by 5 mm, of
    0 m by 0.1 m): good for ranking; the chords returned are computed again exactly."""
    d2 = q @ (-2.0 * p.T)
    d2 += np.einsum("ij,ij->i", q, q)[:, None]
    d2 += p_norms[None, :]
    return d2
