"""Layer geometry as flat numpy arrays in the display CRS, built once per project.

Every feature's vertices are contiguous in one (n, 2) array, so culling, pixel
transforms and path building are array operations, never a Python loop per
feature. Bounds per feature feed the cull (an STRtree for small views, a bbox
mask for large ones) and the sub-pixel test.

The arrays are immutable (copy-on-write): an edit (``replace``, ``remove``, ``append``) returns
new ``GeometryArrays`` and leaves these as they were, so a render drawing them on another thread
never sees a half-made edit; every array is marked read-only, so a write in place is an error
rather than a race. Unless ``own``: while no render draws any version of these arrays
(``Room.alone``: the layer's snapshots register as readers), an edit writes the per-feature
arrays in place and takes the last features out as shorter views, instead of copying the
72 MB of them at a million plots (0.1-0.25 s on the UI thread under load).
"""

from __future__ import annotations

from dataclasses import InitVar, dataclass, field

import numpy as np
import shapely

from sezmap.model.room import Room, frozen
from sezmap.render import crs as crs_mod

STRTREE_MIN_FEATURES = 5000


Bounds = tuple[float, float, float, float]


def _total(b: np.ndarray) -> Bounds | None:
    """The bbox of feature bounds (rows of NaN, empty features, left out)."""
    if len(b) == 0 or np.isnan(b[:, 0]).all():
        return None
    return (float(np.fmin.reduce(b[:, 0])), float(np.fmin.reduce(b[:, 1])),
            float(np.fmax.reduce(b[:, 2])), float(np.fmax.reduce(b[:, 3])))


def union_bounds(a: Bounds | None, b: Bounds | None) -> Bounds | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


@dataclass(frozen=True)
class Derived:
    """What the cull and the sub-pixel test read, derived from the feature bounds: centres,
    largest side (map units), the bbox of them all, the features that have a geometry."""

    centres: np.ndarray
    sizes: np.ndarray
    total_bounds: Bounds | None
    all_valid: np.ndarray

    @classmethod
    def of(cls, b: np.ndarray) -> Derived:
        return cls(frozen((b[:, :2] + b[:, 2:]) / 2), frozen(np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])),
                   _total(b), frozen(np.flatnonzero(~np.isnan(b[:, 0]))))


def _total_after(total: Bounds | None, gone: np.ndarray, came: np.ndarray, bounds: np.ndarray) -> Bounds | None:
    """The bbox of all features after some went (``gone``: their bounds) and some came
    (``came``), ``bounds`` all of them then: exact, with a pass over all only when a feature
    that went was on the edge of ``total``, the bbox before."""
    edge = _total(gone)
    if total is not None and edge is not None and (
            edge[0] <= total[0] or edge[1] <= total[1] or edge[2] >= total[2] or edge[3] >= total[3]):
        return _total(bounds)
    return union_bounds(total, _total(came))


def _thawed(array: np.ndarray, _name: str) -> np.ndarray:
    """A frozen array that only its maker holds (``remove`` made it: a view of a buffer of its
    own), writable again."""
    array.flags.writeable = True
    return array


def _valid(geoms) -> np.ndarray:
    geoms = np.asarray(geoms, dtype=object)
    return ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))


@dataclass
class GeometryArrays:
    """Projected vertices of n features (polygons, lines or points); read-only, an edit makes
    new arrays."""

    kind: str  # "polygon", "line" or "point"
    coords: np.ndarray  # (m, 2) display CRS
    part_start: np.ndarray  # (m,) bool: the vertex starts a ring / line part
    coord_start: np.ndarray  # (n,) first vertex of each feature
    coord_end: np.ndarray  # (n,) one past its last vertex
    bounds: np.ndarray  # (n, 4) minx, miny, maxx, maxy (NaN for empty features)
    _tree: shapely.STRtree | None = None  # a cache of the (immutable) bounds, built when first asked
    # the buffers with room after the growing arrays, shared along the line of versions (``room``)
    room: Room = field(default_factory=Room, repr=False, compare=False)
    derived: InitVar[Derived | None] = None  # given by an edit, else computed here

    def __post_init__(self, derived: Derived | None) -> None:
        for array in (self.coords, self.part_start, self.coord_start, self.coord_end, self.bounds):
            frozen(array)
        d = derived if derived is not None else Derived.of(self.bounds)
        self.centres, self.sizes, self.total_bounds, self.all_valid = d.centres, d.sizes, d.total_bounds, d.all_valid

    def __len__(self) -> int:
        return len(self.coord_start)

    # --- building -----------------------------------------------------------------------------

    @classmethod
    def from_geometries(cls, geoms, display_crs: str) -> GeometryArrays:
        """The features' arrays, with room after them (``with_room``)."""
        return cls._built(geoms, display_crs).with_room()

    @classmethod
    def _built(cls, geoms, display_crs: str) -> GeometryArrays:
        geoms = np.asarray(geoms, dtype=object)
        n = len(geoms)
        ok = _valid(geoms) if n else np.zeros(0, bool)
        types = set(shapely.get_type_id(geoms[ok]).tolist()) if ok.any() else set()
        if types <= {0}:
            kind = "point"
        elif types <= {1, 5}:
            kind = "line"
        elif types <= {3, 6}:
            kind = "polygon"
        else:
            raise ValueError(f"mixed geometry types {sorted(types)} in one layer")
        counts = np.zeros(n, dtype=np.int64)
        if not ok.any():
            coords = np.empty((0, 2))
            part_start = np.zeros(0, bool)
        elif kind == "point":
            coords = shapely.get_coordinates(geoms[ok])
            part_start = np.ones(len(coords), bool)
            counts[ok] = 1
        else:
            good = geoms[ok]
            if kind == "polygon":
                good = shapely.orient_polygons(good, exterior_cw=False)
                _t, coords, offsets = shapely.to_ragged_array(good)
                ring_off = np.asarray(offsets[0], np.int64)
                rings_of_geom = np.asarray(offsets[-1], np.int64)
                if len(offsets) == 3:  # multipolygons: geom -> polygons -> rings
                    rings_of_geom = np.asarray(offsets[1], np.int64)[rings_of_geom]
                starts = ring_off[:-1]
                per_geom = ring_off[rings_of_geom]
            else:
                _t, coords, offsets = shapely.to_ragged_array(good)
                line_off = np.asarray(offsets[0], np.int64)
                starts = line_off[:-1]
                # multilinestrings: geom -> lines
                per_geom = line_off[np.asarray(offsets[1], np.int64)] if len(offsets) == 2 else line_off
            counts[ok] = np.diff(per_geom)
            part_start = np.zeros(len(coords), bool)
            part_start[starts] = True
        coords = crs_mod.forward_xy(display_crs, np.asarray(coords, float)[:, :2])
        coord_end = np.cumsum(counts)
        coord_start = coord_end - counts
        bounds = np.full((n, 4), np.nan)
        nonempty = counts > 0
        if nonempty.any() and len(coords):
            s = coord_start[nonempty]
            bounds[nonempty, 0] = np.minimum.reduceat(coords[:, 0], s)
            bounds[nonempty, 1] = np.minimum.reduceat(coords[:, 1], s)
            bounds[nonempty, 2] = np.maximum.reduceat(coords[:, 0], s)
            bounds[nonempty, 3] = np.maximum.reduceat(coords[:, 1], s)
        return cls(kind, coords, part_start, coord_start, coord_end, bounds)

    def with_room(self) -> GeometryArrays:
        """The same arrays, each a view of a buffer with room after it, so that adding
        features or vertices later writes after them instead of copying them (``room``)."""
        room = Room()
        d = Derived(room.seated("centres", self.centres), room.seated("sizes", self.sizes), self.total_bounds,
                    room.seated("all_valid", self.all_valid))
        return GeometryArrays(self.kind, room.seated("coords", self.coords), room.seated("part_start", self.part_start),
                              room.seated("coord_start", self.coord_start), room.seated("coord_end", self.coord_end),
                              room.seated("bounds", self.bounds), room=room, derived=d)

    @classmethod
    def from_rings(cls, geoms, stream, display_crs: str) -> GeometryArrays:
        """Polygons from their coordinate stream (``sezmap.model.coords.Rings``, as the store
        read it): the one-ring polygons' runs are projected as they are, with no GEOS call (a
        ring's orientation does not change its fill); the others (holes, several parts) are
        built from their geometries. Same result as ``from_geometries`` up to ring order.
        Every array is made in its buffer with room (``Room.fresh``), not made and then seated."""
        geoms = np.asarray(geoms, dtype=object)
        offsets = np.asarray(stream.offsets, np.int64)
        counts = np.diff(offsets)
        simple = np.asarray(stream.simple, bool) & (counts > 0)
        starts = offsets[:-1]
        if simple.all():
            xy = stream.xy
        else:  # only the one-ring runs; the rest are added below
            counts = np.where(simple, counts, 0)
            ends = np.cumsum(counts)
            starts_new = ends - counts
            at = np.repeat(starts - starts_new, counts) + np.arange(int(ends[-1]) if len(ends) else 0)
            xy, starts = stream.xy[at], starts_new
        n, room = len(geoms), Room()
        coords = crs_mod.forward_xy(display_crs, np.asarray(xy, float)[:, :2], out=room.fresh("coords", len(xy), float, (2,)))
        part_start = room.fresh("part_start", len(coords), bool)
        part_start[:] = False
        part_start[starts[counts > 0]] = True
        coord_start, coord_end = room.fresh("coord_start", n, np.int64), room.fresh("coord_end", n, np.int64)
        coord_start[:] = starts
        np.add(starts, counts, out=coord_end)
        bounds = room.fresh("bounds", n, float, (4,))
        bounds[:] = np.nan
        if simple.any():
            s = coord_start[simple]
            bounds[simple, 0] = np.minimum.reduceat(coords[:, 0], s)
            bounds[simple, 1] = np.minimum.reduceat(coords[:, 1], s)
            bounds[simple, 2] = np.maximum.reduceat(coords[:, 0], s)
            bounds[simple, 3] = np.maximum.reduceat(coords[:, 1], s)
        centres, sizes = room.fresh("centres", n, float, (2,)), room.fresh("sizes", n, float)
        np.add(bounds[:, :2], bounds[:, 2:], out=centres)
        centres /= 2
        np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1], out=sizes)
        valid = np.flatnonzero(~np.isnan(bounds[:, 0]))
        all_valid = room.fresh("all_valid", len(valid), np.int64)
        all_valid[:] = valid
        arrays = cls("polygon", coords, part_start, coord_start, coord_end, bounds, room=room,
                     derived=Derived(frozen(centres), frozen(sizes), _total(bounds), frozen(all_valid)))
        rest = np.flatnonzero(~simple)
        if len(rest):
            others = geoms[rest]
            ok = _valid(others)
            if ok.any():
                arrays = arrays.replace(rest[ok], others[ok], display_crs)
        return arrays

    # --- edits (copy-on-write: each returns new arrays, these stay as they are) -------------------
    # Measured at 1M one-ring plots (5M vertices) on the shared 2-core machine: copying the
    # per-feature arrays ~10-20 ms; computing the derived arrays afresh would add ~70-115 ms, so
    # an edit updates them for the edited features only (``Derived``). Vertices and features
    # added go after the others in the buffers' room (``room``): no copy of the layer's 80 MB
    # of vertices (0.3-0.5 s under load when they were concatenated). Only geometry edits and
    # added or removed plots come here: a status edit copies the plots layer's status codes
    # alone (``PlotsLayer.set_statuses``, 2 bytes a plot, ~0.5 ms).

    def replace(self, features, geoms, display_crs: str, *, own: bool = False) -> GeometryArrays:
        """New geometries for some features (an edit): their vertices are appended and the
        features pointed at them; the old vertices stay unused until the layer is rebuilt.
        ``own``: nobody else reads these arrays (no render draws them, ``Room.alone``; or this
        thread's ``remove`` just made them), so their per-feature arrays are written, not copied."""
        features = np.asarray(features, np.int64)
        fresh = GeometryArrays._built(geoms, display_crs)
        if fresh.kind != self.kind and len(fresh.coords):
            raise ValueError(f"a {fresh.kind} geometry in a {self.kind} layer")
        base = len(self.coords)
        room = self.room
        gone = self.bounds[features]  # (read before an own write changes them)

        def mine(array: np.ndarray, name: str) -> np.ndarray:  # (copies keep room after them)
            return _thawed(array, name) if own else room.seated(name, array, writable=True)

        coord_start, coord_end = mine(self.coord_start, "coord_start"), mine(self.coord_end, "coord_end")
        bounds = mine(self.bounds, "bounds")
        coord_start[features] = fresh.coord_start + base
        coord_end[features] = fresh.coord_end + base
        bounds[features] = fresh.bounds
        centres, sizes = mine(self.centres, "centres"), mine(self.sizes, "sizes")
        centres[features], sizes[features] = fresh.centres, fresh.sizes
        validity_same = not (np.isnan(gone[:, 0]).any() or np.isnan(fresh.bounds[:, 0]).any())
        derived = Derived(frozen(centres), frozen(sizes), _total_after(self.total_bounds, gone, fresh.bounds, bounds),
                          self.all_valid if validity_same else frozen(np.flatnonzero(~np.isnan(bounds[:, 0]))))
        room = self.room
        return GeometryArrays(self.kind, room.extended("coords", self.coords, fresh.coords),
                              room.extended("part_start", self.part_start, fresh.part_start),
                              coord_start, coord_end, bounds, room=room, derived=derived)

    def remove(self, features, *, own: bool = False) -> GeometryArrays:
        """Features taken out (later ones move down); their vertices stay unused until rebuilt
        (the vertex arrays are shared with these, not copied). The per-feature arrays are
        copied run by run between the features gone into buffers with room; ``own`` (see
        ``replace``): the last features are taken out as shorter views of the same buffers."""
        features = np.unique(np.asarray(features, np.int64))
        room = self.room

        def cut(name: str, array: np.ndarray, gone) -> np.ndarray:
            return frozen(room.taken_out(name, array, gone, writable=own))

        bounds = cut("bounds", self.bounds, features)
        gone_valid = np.searchsorted(self.all_valid, features)  # (where the features gone are in all_valid)
        if len(self.all_valid):
            gone_valid = gone_valid[(gone_valid < len(self.all_valid))
                                    & (self.all_valid[np.minimum(gone_valid, len(self.all_valid) - 1)] == features)]
        valid = _thawed(room.taken_out("all_valid", self.all_valid, gone_valid, writable=own), "all_valid")
        # only the valid features after the first one gone move down (none when the last
        # features went: a shorter view is not written; the million before are not searched)
        after = int(np.searchsorted(valid, features[0])) if len(features) else len(valid)
        if after < len(valid):
            valid[after:] -= np.searchsorted(features, valid[after:])
        derived = Derived(cut("centres", self.centres, features), cut("sizes", self.sizes, features),
                          _total_after(self.total_bounds, self.bounds[features], bounds[:0], bounds), frozen(valid))
        return GeometryArrays(self.kind, self.coords, self.part_start, cut("coord_start", self.coord_start, features),
                              cut("coord_end", self.coord_end, features), bounds, room=room, derived=derived)

    def removed_and_replaced(self, gone, features, geoms, display_crs: str, *, own: bool = False) -> GeometryArrays:
        """``remove(gone)`` then ``replace(features, geoms)`` (``features`` numbered after the
        removal) with one copy of the per-feature arrays, not two (an undo of a split: 72 MB
        at a million plots each); none with ``own``."""
        if not len(gone):
            return self.replace(features, geoms, display_crs, own=own)
        removed = self.remove(gone, own=own)
        return removed.replace(features, geoms, display_crs, own=True) if len(features) else removed

    def append(self, geoms, display_crs: str) -> GeometryArrays:
        """Features added at the end (in the buffers' room: no copy of the others)."""
        fresh = GeometryArrays._built(geoms, display_crs)
        base, room = len(self.coords), self.room
        derived = Derived(room.extended("centres", self.centres, fresh.centres),
                          room.extended("sizes", self.sizes, fresh.sizes),
                          union_bounds(self.total_bounds, fresh.total_bounds),
                          room.extended("all_valid", self.all_valid, fresh.all_valid + len(self)))
        return GeometryArrays(self.kind, room.extended("coords", self.coords, fresh.coords),
                              room.extended("part_start", self.part_start, fresh.part_start),
                              room.extended("coord_start", self.coord_start, fresh.coord_start + base),
                              room.extended("coord_end", self.coord_end, fresh.coord_end + base),
                              room.extended("bounds", self.bounds, fresh.bounds), room=room, derived=derived)

    # --- querying -----------------------------------------------------------------------------

    def tree(self) -> shapely.STRtree:
        if self._tree is None:
            b = np.nan_to_num(self.bounds, nan=np.inf)
            self._tree = shapely.STRtree(shapely.box(b[:, 0], b[:, 1], b[:, 2], b[:, 3]))
        return self._tree

    def visible(self, extent: tuple[float, float, float, float]) -> np.ndarray:
        """Indices (sorted) of the features whose bbox meets the extent."""
        x0, y0, x1, y1 = extent
        total = self.total_bounds
        if total is None:
            return np.zeros(0, np.int64)
        tx0, ty0, tx1, ty1 = total
        if x0 <= tx0 and y0 <= ty0 and x1 >= tx1 and y1 >= ty1:
            return self.all_valid  # the whole layer is in view
        view_area = (x1 - x0) * (y1 - y0)
        data_area = max((tx1 - tx0) * (ty1 - ty0), 1e-9)
        # the tree only once something built it: building it holds the GIL for seconds at a
        # million features (a stall of the UI thread on the first zoom), the mask costs ~10 ms
        if self._tree is not None and len(self) >= STRTREE_MIN_FEATURES and view_area < 0.25 * data_area:
            idx = self._tree.query(shapely.box(x0, y0, x1, y1))
            return np.sort(idx)
        b = self.bounds
        with np.errstate(invalid="ignore"):  # x first, then y of those only: half the passes over 1M
            near = np.flatnonzero((b[:, 2] >= x0) & (b[:, 0] <= x1))
            those = b[near]
            return near[(those[:, 3] >= y0) & (those[:, 1] <= y1)]

    def extent_of(self, features) -> tuple[float, float, float, float] | None:
        """The bbox of some features (None if there are none or none has a geometry)."""
        features = np.asarray(features, np.int64)
        if len(features) == 0:
            return None
        b = self.bounds[features]
        if np.isnan(b[:, 0]).all():
            return None
        return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])), float(np.nanmax(b[:, 2])),
                float(np.nanmax(b[:, 3])))

    def at_point(self, x: float, y: float, tolerance: float = 0.0) -> np.ndarray:
        """Indices of features whose bbox is within ``tolerance`` of the point."""
        return self.visible((x - tolerance, y - tolerance, x + tolerance, y + tolerance))

    def vertex_indices(self, features: np.ndarray) -> np.ndarray:
        """The vertex indices of the given features, concatenated in order."""
        features = np.asarray(features, np.int64)
        if len(features) == 0:
            return np.zeros(0, np.int64)
        starts = self.coord_start[features]
        lengths = self.coord_end[features] - starts
        keep = lengths > 0
        starts, lengths = starts[keep], lengths[keep]
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(0, np.int64)
        shifts = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        return np.arange(total, dtype=np.int64) + shifts
