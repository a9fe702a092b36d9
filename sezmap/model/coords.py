"""Coordinate streams of many polygons, and which geometries a stream was read from.

A :class:`Rings` holds the coordinates of an array of polygonal geometries as one (n, 2)
array cut into runs, one run per geometry (``shapely.get_coordinates`` order). Reading it
from GEOS costs about 0.3 µs per plot with the GIL held, so whoever reads the geometries
first (the store, from the file's WKB) keeps the stream with the geometry array it decoded:
:class:`KnownRings`. Later users (validation, analysis) take the stream only if it belongs
to exactly the geometry objects they hold (their addresses compared; the stream keeps its
geometries alive, so an address cannot be reused by another object); otherwise they read it.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy as np
import shapely


@dataclass
class Rings:
    """The coordinate stream of an array of polygonal geometries (lon/lat)."""

    xy: np.ndarray  # (n, 2)
    offsets: np.ndarray  # (N + 1,) run start of each geometry
    simple: np.ndarray  # (N,) bool: one ring, no holes

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)

    def take(self, rows: np.ndarray) -> Rings:
        """The runs of some geometries (positions), as a stream of their own."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) and rows[-1] - rows[0] == len(rows) - 1 and (np.diff(rows) == 1).all():  # a range: views
            a, b = int(self.offsets[rows[0]]), int(self.offsets[rows[-1] + 1])
            return Rings(self.xy[a:b], self.offsets[rows[0]:rows[-1] + 2] - a, self.simple[rows[0]:rows[-1] + 1])
        counts = self.counts[rows]
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        at = np.repeat(self.offsets[:-1][rows] - offsets[:-1], counts)
        at += np.arange(offsets[-1])
        return Rings(self.xy[at], offsets, self.simple[rows])


def rings(geoms: np.ndarray) -> Rings:
    """The coordinate stream of polygonal geometries, read from GEOS."""
    geoms = np.asarray(geoms, dtype=object)
    counts = shapely.get_num_coordinates(geoms)
    offsets = np.zeros(len(geoms) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = shapely.get_coordinates(geoms)
    return Rings(xy, offsets, one_ring(xy, offsets, shapely.get_num_geometries(geoms) <= 1))


def one_ring(xy: np.ndarray, offsets: np.ndarray, one_part: np.ndarray) -> np.ndarray:
    """Which runs of one part are one closed ring: the run ends on its first point, and that
    point occurs nowhere else in it (a valid ring does not touch itself; a hole would follow
    the shell's closing point, which repeats the first point before the run's end). A polygon
    of fewer than eight points is one ring (a shell and a hole take four points each)."""
    counts = np.diff(offsets)
    simple = one_part & (counts >= 4) & (counts < 8)
    check = np.flatnonzero(one_part & (counts >= 8))
    if len(check):
        c = counts[check]
        at = np.repeat(offsets[:-1][check], c) + (np.arange(c.sum()) - np.repeat(np.cumsum(c) - c, c))
        first = np.repeat(offsets[:-1][check], c)
        same = (xy[at, 0] == xy[first, 0]) & (xy[at, 1] == xy[first, 1])
        hits = np.bincount(np.repeat(np.arange(len(check)), c), weights=same, minlength=len(check))
        closed = same[np.cumsum(c) - 1]
        simple[check] = closed & (hits == 2)
    return simple


def addresses(geoms: np.ndarray) -> np.ndarray:
    """The object addresses held by an object array (no reference counts touched)."""
    geoms = np.ascontiguousarray(np.asarray(geoms, dtype=object))
    if len(geoms) == 0:
        return np.zeros(0, dtype=np.uintp)
    raw = (ctypes.c_size_t * len(geoms)).from_address(geoms.ctypes.data)
    return np.ctypeslib.as_array(raw).astype(np.uintp, copy=True)


class KnownRings:
    """A coordinate stream with the geometry objects it was read from."""

    def __init__(self, geoms: np.ndarray, rings_: Rings):
        self._geoms = np.array(geoms, dtype=object, copy=True)  # keeps them alive
        self._addresses = addresses(self._geoms)
        self.rings = rings_

    def of(self, geoms: np.ndarray) -> Rings | None:
        """The stream if ``geoms`` are exactly those geometry objects, in that order."""
        geoms = np.asarray(geoms, dtype=object)
        if len(geoms) != len(self._geoms) or not np.array_equal(addresses(geoms), self._addresses):
            return None
        return self.rings


def rings_of(geoms: np.ndarray, known: KnownRings | None = None) -> Rings:
    """The coordinate stream of ``geoms``: ``known``'s if it was read from them, else read now."""
    found = known.of(geoms) if known is not None else None
    return found if found is not None else rings(geoms)
