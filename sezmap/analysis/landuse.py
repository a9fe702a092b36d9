"""Land use of one zone: status areas, allocated / infrastructure / unused shares (SCHEMA.md 2).

The definitions are unions clipped to the zone, e.g. allocated = area(zone ∩ ∪ active plots).
Computed exactly but cheaply: a plot whose interior meets no other plot's interior ("clean")
adds its clipped area to every union it belongs to; only the few overlapping ("dirty")
plots are unioned with GEOS. Clipping is needed only for plots the zone does not cover.
All areas here are m² in the zone's cylindrical equal-area projection (geodesy.cea_xy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from sezmap.analysis import geodesy
from sezmap.model.statuses import ACTIVE_STATUSES, IDLE_CANDIDATE_STATUSES, INFRASTRUCTURE, STATUS_CODE, STATUSES

ACTIVE_CODES = np.array([STATUS_CODE[s] for s in STATUSES if s in ACTIVE_STATUSES])
INFRA_CODE = STATUS_CODE[INFRASTRUCTURE]
IDLE_CODES = np.array([STATUS_CODE[s] for s in STATUSES if s in IDLE_CANDIDATE_STATUSES])


@dataclass
class ZoneFrame:
    """A zone polygon with its projection centre and its CEA image (prepared)."""

    zone_id: str
    geom: shapely.Geometry  # lon/lat
    lon0: float
    lat0: float
    cea: shapely.Geometry = field(repr=False)
    cea_area_m2: float = 0.0
    area_m2: float = 0.0  # Geod, exact
    _grid: tuple | None = field(default=None, repr=False)  # see inside_mask

    @classmethod
    def of(cls, zone_id: str, geom) -> ZoneFrame:
        minx, miny, maxx, maxy = geom.bounds
        lon0, lat0 = (minx + maxx) / 2.0, (miny + maxy) / 2.0
        cea = geodesy.cea_geometries([geom], lon0, lat0)[0]
        shapely.prepare(cea)
        shapely.prepare(geom)
        return cls(zone_id, geom, lon0, lat0, cea, float(geodesy.cea_area_m2(cea, lon0, lat0)[0]),
                   geodesy.geodesic_area_m2(geom))

    def copy(self) -> ZoneFrame:
        """The same frame with its own GEOS geometries, for another thread (prepared geometries
        build their indexes on first use and are not shared between threads)."""
        geom, cea = shapely.from_wkb(shapely.to_wkb([self.geom, self.cea]))
        shapely.prepare(geom)
        shapely.prepare(cea)
        return ZoneFrame(self.zone_id, geom, self.lon0, self.lat0, cea, self.cea_area_m2, self.area_m2, self._grid)

    def prepare_grid(self, plots: int) -> tuple:
        """Build the grid :meth:`inside_mask` reads, sized for ``plots`` plots (~4 per cell), once."""
        if self._grid is None:
            self._grid = _inside_grid(self.geom, int(np.clip(np.sqrt(plots / 4.0), 16, 128)))
        return self._grid

    def to_cea(self, geoms) -> np.ndarray:
        return geodesy.cea_geometries(geoms, self.lon0, self.lat0)

    def area(self, cea_geoms) -> np.ndarray:
        """The ellipsoidal area (m²) of CEA geometries of this frame (``geodesy.cea_area_m2``)."""
        return geodesy.cea_area_m2(cea_geoms, self.lon0, self.lat0)

    def inside_mask(self, bounds: np.ndarray) -> np.ndarray:
        """True where a box (lon/lat bounds) certainly lies in the zone's interior.

        A grid over the zone's bounding box whose cells the zone contains properly (GEOS, once
        per zone), read through a summed-area table: a box whose cells are all inside is inside.
        False means "not known"; callers test those with GEOS.
        """
        bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
        x0, y0, cw, ch, nx, ny, sat = self.prepare_grid(len(bounds))
        if nx == 0 or len(bounds) == 0:
            return np.zeros(len(bounds), dtype=bool)
        pad_x, pad_y = cw * 1e-6, ch * 1e-6  # conservative at cell lines
        i0 = np.floor((bounds[:, 0] - pad_x - x0) / cw)
        i1 = np.floor((bounds[:, 2] + pad_x - x0) / cw)
        j0 = np.floor((bounds[:, 1] - pad_y - y0) / ch)
        j1 = np.floor((bounds[:, 3] + pad_y - y0) / ch)
        ok = (i0 >= 0) & (j0 >= 0) & (i1 < nx) & (j1 < ny) & np.isfinite(bounds).all(axis=1)
        i0, i1, j0, j1 = (np.where(ok, v, 0).astype(np.int64) for v in (i0, i1, j0, j1))
        cells = (i1 - i0 + 1) * (j1 - j0 + 1)
        total = sat[j1 + 1, i1 + 1] - sat[j0, i1 + 1] - sat[j1 + 1, i0] + sat[j0, i0]
        return ok & (total == cells)


GRID_CHUNK = 2048  # boxes tested per GEOS call


def _inside_grid(geom, cells: int = 128):
    minx, miny, maxx, maxy = geom.bounds
    if not (maxx > minx and maxy > miny):
        return (0.0, 0.0, 1.0, 1.0, 0, 0, None)
    nx = ny = cells
    cw, ch = (maxx - minx) / nx, (maxy - miny) / ny
    xs = minx + cw * np.arange(nx + 1)
    ys = miny + ch * np.arange(ny + 1)
    gx0, gy0 = np.meshgrid(xs[:-1], ys[:-1])
    gx1, gy1 = np.meshgrid(xs[1:], ys[1:])
    boxes = shapely.box(gx0.ravel(), gy0.ravel(), gx1.ravel(), gy1.ravel())
    shapely.prepare(geom)
    # (GEOS holds the GIL through a call: a zone's 16,384 boxes took ~0.3 s at load; a few
    # rows of the grid a call)
    inside = np.concatenate([shapely.contains_properly(geom, boxes[a:a + GRID_CHUNK])
                             for a in range(0, len(boxes), GRID_CHUNK)]).reshape(ny, nx)
    sat = np.zeros((ny + 1, nx + 1), dtype=np.int64)
    sat[1:, 1:] = inside.cumsum(axis=0).cumsum(axis=1)
    # cell i spans [xs[i], xs[i+1]]: a box is located by floor((x - minx) / cw), padded outwards
    return (minx, miny, cw, ch, nx, ny, sat)


@dataclass
class Landuse:
    """Areas (m², zone CEA) of one zone."""

    zone_m2: float
    status_m2: np.ndarray  # by STATUSES order
    allocated_m2: float
    infrastructure_m2: float
    idle_m2: float
    covered_m2: float  # any plot

    def ratio(self, value_m2: float) -> float:
        if self.zone_m2 <= 0:
            return 0.0
        return float(min(max(value_m2 / self.zone_m2, 0.0), 1.0))


def polygonal(geoms):
    """Only the polygon parts (touching inputs leave lines and points in overlay results)."""
    scalar = isinstance(geoms, shapely.Geometry)
    out = np.array([geoms] if scalar else geoms, dtype=object)
    for k in np.flatnonzero(shapely.get_type_id(out) == 7):  # GeometryCollection
        parts = shapely.get_parts(out[k])
        out[k] = shapely.multipolygons(shapely.get_parts(parts[np.isin(shapely.get_type_id(parts), (3, 6))]))
    return out[0] if scalar else out


def intersection(a, b):
    """Polygonal part of a ∩ b; retried on a 1 µm grid where GEOS's overlay gives up."""
    try:
        return polygonal(shapely.intersection(a, b))
    except shapely.errors.GEOSException:
        return polygonal(shapely.intersection(a, b, grid_size=1e-6))


def clipped_areas(frame: ZoneFrame, geoms: np.ndarray, areas_m2: np.ndarray,
                  covered: np.ndarray) -> np.ndarray:
    """Area of each plot inside the zone: its own area where the zone covers it, else clipped."""
    out = np.where(covered, areas_m2, 0.0)
    rest = np.flatnonzero(~covered)
    if len(rest):
        cea = frame.to_cea(np.asarray(geoms, dtype=object)[rest])
        out[rest] = frame.area(intersection(cea, frame.cea))
    return out


def _union_area(frame: ZoneFrame, cea_geoms: np.ndarray, minus=None) -> float:
    if len(cea_geoms) == 0:
        return 0.0
    u = intersection(shapely.union_all(cea_geoms), frame.cea)
    if minus is not None and not minus.is_empty:
        u = shapely.difference(u, minus)
    return float(frame.area(u)[0])


ACTIVE_TABLE = np.zeros(len(STATUSES) + 1, dtype=bool)  # indexed by status code; -1 (unknown) -> last
ACTIVE_TABLE[ACTIVE_CODES] = True


@dataclass
class DirtyPart:
    """What the overlapping plots add to each union (m²), beyond the clean plots' sums."""

    status_m2: np.ndarray
    allocated_m2: float = 0.0
    infrastructure_m2: float = 0.0
    idle_m2: float = 0.0
    covered_m2: float = 0.0


def dirty_part(frame: ZoneFrame, geoms: np.ndarray, status: np.ndarray, idle: np.ndarray) -> DirtyPart:
    """Unions of the overlapping plots (few), clipped to the zone, by status and by share."""
    out = DirtyPart(np.zeros(len(STATUSES)))
    if len(geoms) == 0:
        return out
    cea = frame.to_cea(np.asarray(geoms, dtype=object))
    st = np.asarray(status, dtype=np.int64)
    for code in np.unique(st[st >= 0]):
        out.status_m2[code] += _union_area(frame, cea[st == code])
    act = ACTIVE_TABLE[st]
    out.allocated_m2 = _union_area(frame, cea[act])
    active_union = shapely.union_all(cea[act]) if act.any() else None
    out.infrastructure_m2 = _union_area(frame, cea[st == INFRA_CODE], minus=active_union)
    out.idle_m2 = _union_area(frame, cea[np.asarray(idle, dtype=bool)])
    out.covered_m2 = _union_area(frame, cea)
    return out


def pair_parts(frame: ZoneFrame, ga: np.ndarray, gb: np.ndarray, st: np.ndarray, idle: np.ndarray,
               clipped: np.ndarray, covered: np.ndarray) -> list[DirtyPart]:
    """:func:`dirty_part` for many clusters of exactly two plots (the usual overlap), at once.

    ``st``, ``idle``, ``clipped`` (m², the plot's area inside the zone), ``covered``: (P, 2).
    Every union of a subset of {A, B} clipped to the zone has the area a, b or
    a + b − |A ∩ B ∩ zone| (inclusion–exclusion), so one vectorised intersection serves all.
    """
    if len(ga) == 0:
        return []
    ca, cb = frame.to_cea(ga), frame.to_cea(gb)
    inter = intersection(ca, cb)
    ab = frame.area(inter)
    out_zone = ~(covered[:, 0] & covered[:, 1])
    if out_zone.any():
        ab[out_zone] = frame.area(intersection(inter[out_zone], frame.cea))
    a, b = clipped[:, 0], clipped[:, 1]
    ab = np.minimum(ab, np.minimum(a, b))
    u = a + b - ab

    def union(fa, fb):
        return np.where(fa & fb, u, np.where(fa, a, np.where(fb, b, 0.0)))

    st = np.asarray(st, dtype=np.int64)
    act = ACTIVE_TABLE[st]
    infra = st == INFRA_CODE
    alloc = union(act[:, 0], act[:, 1])
    inf = np.where(infra[:, 0] & infra[:, 1], u,
                   np.where(infra[:, 0], a - np.where(act[:, 1], ab, 0.0),
                            np.where(infra[:, 1], b - np.where(act[:, 0], ab, 0.0), 0.0)))
    idle = np.asarray(idle, dtype=bool)
    idl = union(idle[:, 0], idle[:, 1])
    parts = []
    for p in range(len(ga)):
        s = np.zeros(len(STATUSES))
        sa, sb = int(st[p, 0]), int(st[p, 1])
        if sa >= 0 and sa == sb:
            s[sa] += u[p]
        else:
            if sa >= 0:
                s[sa] += a[p]
            if sb >= 0:
                s[sb] += b[p]
        parts.append(DirtyPart(s, float(alloc[p]), float(max(inf[p], 0.0)), float(idl[p]), float(u[p])))
    return parts


def cluster_parts(frame: ZoneFrame, clusters: list[np.ndarray], geoms: np.ndarray, status: np.ndarray,
                  idle: np.ndarray, covered: np.ndarray) -> list[DirtyPart]:
    """:func:`dirty_part` for many clusters at once: every plot is projected and clipped to the
    zone in one vectorised call, then every union the clusters need (a subset of one plot is
    just that plot's clipped area) is formed in one vectorised call, each subset once.
    ``clusters``: positions into the other arrays."""
    if not clusters:
        return []
    cea = frame.to_cea(np.asarray(geoms, dtype=object))
    clip = cea.copy()
    out = np.flatnonzero(~np.asarray(covered, dtype=bool))
    if len(out):
        clip[out] = intersection(cea[out], frame.cea)
    areas = frame.area(clip)
    status = np.asarray(status, dtype=np.int64)
    idle = np.asarray(idle, dtype=bool)
    subsets: dict[tuple, int] = {}  # plots -> row of the unions to form

    def subset(c, sel) -> tuple:
        key = tuple(c[sel].tolist())
        if len(key) > 1:
            subsets.setdefault(key, len(subsets))
        return key

    wanted = []  # per cluster: (status subsets, active, infrastructure, idle, all)
    for c in clusters:
        c = np.asarray(c, dtype=np.int64)
        st = status[c]
        act, inf = ACTIVE_TABLE[st], st == INFRA_CODE
        by_status = {code: subset(c, st == code) for code in sorted(set(st.tolist())) if code >= 0}
        wanted.append((by_status, subset(c, act), subset(c, inf), subset(c, idle[c]),
                       subset(c, np.ones(len(c), dtype=bool))))
    unions = np.empty(len(subsets), dtype=object)
    if subsets:
        width = max(len(k) for k in subsets)
        table = np.full((len(subsets), width), None, dtype=object)
        for key, row in subsets.items():
            table[row, :len(key)] = clip[list(key)]
        unions = shapely.union_all(table, axis=1)  # one union per row, the Nones left out
    union_areas = frame.area(unions) if len(unions) else np.zeros(0)

    def area(key) -> float:
        if not key:
            return 0.0
        return float(areas[key[0]]) if len(key) == 1 else float(union_areas[subsets[key]])

    def union(key):
        return clip[key[0]] if len(key) == 1 else unions[subsets[key]]

    # infrastructure not under an active plot: differences for the clusters with both
    both = [k for k, (_, act, inf, _, _) in enumerate(wanted) if act and inf and area(inf) > 0]
    infra_left = {}
    if both:
        diff = frame.area(shapely.difference([union(wanted[k][2]) for k in both], [union(wanted[k][1]) for k in both]))
        infra_left = dict(zip(both, diff.tolist(), strict=True))
    parts = []
    for k, (by_status, act, inf, idl, every) in enumerate(wanted):
        s = np.zeros(len(STATUSES))
        for code, key in by_status.items():
            s[code] = area(key)
        parts.append(DirtyPart(s, area(act), float(infra_left.get(k, area(inf))), area(idl), area(every)))
    return parts
