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
from sezmap.model.statuses import ACTIVE_STATUSES, IDLE_CANDIDATE_STATUSES, INFRASTRUCTURE, STATUSES

STATUS_CODE = {s: k for k, s in enumerate(STATUSES)}
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

    @classmethod
    def of(cls, zone_id: str, geom) -> ZoneFrame:
        minx, miny, maxx, maxy = geom.bounds
        lon0, lat0 = (minx + maxx) / 2.0, (miny + maxy) / 2.0
        cea = geodesy.cea_geometries([geom], lon0, lat0)[0]
        shapely.prepare(cea)
        shapely.prepare(geom)
        return cls(zone_id, geom, lon0, lat0, cea, float(cea.area), geodesy.geodesic_area_m2(geom))

    def to_cea(self, geoms) -> np.ndarray:
        return geodesy.cea_geometries(geoms, self.lon0, self.lat0)


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
        out[rest] = shapely.area(intersection(cea, frame.cea))
    return out


def _union_area(frame: ZoneFrame, cea_geoms: np.ndarray, minus=None) -> float:
    if len(cea_geoms) == 0:
        return 0.0
    u = intersection(shapely.union_all(cea_geoms), frame.cea)
    if minus is not None and not minus.is_empty:
        u = shapely.difference(u, minus)
    return float(shapely.area(u))


def zone_landuse(frame: ZoneFrame, geoms: np.ndarray, status: np.ndarray, idle: np.ndarray,
                 clipped_m2: np.ndarray, dirty: np.ndarray) -> Landuse:
    """Status areas and shares of one zone from its plots' arrays (all aligned)."""
    status = np.asarray(status, dtype=np.int64)
    clean = ~dirty
    status_m2 = np.bincount(status[clean], weights=clipped_m2[clean], minlength=len(STATUSES)).astype(float)
    active = np.isin(status, ACTIVE_CODES)
    infra = status == INFRA_CODE
    allocated = float(clipped_m2[clean & active].sum())
    infrastructure = float(clipped_m2[clean & infra].sum())
    idle_m2 = float(clipped_m2[clean & idle].sum())
    covered = float(clipped_m2[clean].sum())
    d = np.flatnonzero(dirty)
    if len(d):
        cea = frame.to_cea(np.asarray(geoms, dtype=object)[d])
        st = status[d]
        for code in np.unique(st):
            status_m2[code] += _union_area(frame, cea[st == code])
        act = np.isin(st, ACTIVE_CODES)
        allocated += _union_area(frame, cea[act])
        active_union = shapely.union_all(cea[act]) if act.any() else None
        infrastructure += _union_area(frame, cea[st == INFRA_CODE], minus=active_union)
        idle_m2 += _union_area(frame, cea[idle[d]])
        covered += _union_area(frame, cea)
    return Landuse(frame.cea_area_m2, status_m2, allocated, infrastructure, idle_m2, covered)
