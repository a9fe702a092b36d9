"""The data-quality section: overlapping plots, plots sticking out of their zone, gaps,
and mapped versus official zone area.

Areas are hectares on the ellipsoid; pieces under 1 m² (rounding noise from digitising)
are not listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from sezmap.analysis.engine import HA, NOISE_M2, AnalysisEngine
from sezmap.analysis.landuse import intersection


@dataclass
class ZoneGaps:
    zone_id: str
    unparcelled_ha: float
    polygons: int


@dataclass
class Quality:
    overlaps: list[dict] = field(default_factory=list)  # zone_id, plot_a, plot_b, overlap_ha
    outside_zone: list[dict] = field(default_factory=list)  # zone_id, plot_id, outside_ha
    gaps: list[dict] = field(default_factory=list)  # zone_id, unparcelled_ha, polygons
    area_check: list[dict] = field(default_factory=list)  # zone_id, area_ha, official_area_ha, difference_pct

    def to_dict(self) -> dict:
        return {"overlaps": self.overlaps, "outside_zone": self.outside_zone,
                "gaps": self.gaps, "area_check": self.area_check}


def _scale(engine: AnalysisEngine, k: int) -> float:
    f = engine.frames[k]
    return f.area_m2 / f.cea_area_m2 if f.cea_area_m2 > 0 else 0.0


def overlap_rows(engine: AnalysisEngine) -> list[dict]:
    rows = []
    for a, b in engine.overlap_pairs():
        k = int(engine.zone[a])
        frame = engine.frames[k]
        ga, gb = frame.to_cea([engine.geoms[a], engine.geoms[b]])
        m2 = float(shapely.area(intersection(ga, gb))) * _scale(engine, k)
        if m2 >= NOISE_M2:
            rows.append({"zone_id": engine.zone_ids[k], "plot_a": engine.plot_id(a),
                         "plot_b": engine.plot_id(b), "overlap_ha": round(m2 / HA, 4)})
    return rows


def outside_rows(engine: AnalysisEngine) -> list[dict]:
    out_m2 = engine.outside_m2()
    rows = []
    for i in np.flatnonzero(out_m2 >= NOISE_M2):
        k = int(engine.zone[i])
        if k < 0:
            continue
        rows.append({"zone_id": engine.zone_ids[k], "plot_id": engine.plot_id(i),
                     "outside_ha": round(float(out_m2[i]) * _scale(engine, k) / HA, 4)})
    return rows


def gap_geometry(engine: AnalysisEngine, zone_id: str):
    """The part of a zone no plot covers, in the zone's equal-area projection (m)."""
    k = engine.zone_ids.index(zone_id)
    frame = engine.frames[k]
    idx = engine.members[k]
    if len(idx) == 0:
        return frame.cea
    cea = frame.to_cea(engine.geoms[idx])
    covered = engine.covered[idx]
    dirty = engine.dirty[idx]
    inside = cea[~dirty & covered]
    cut = intersection(cea[~dirty & ~covered], frame.cea)
    parts = np.concatenate([inside, cut[~shapely.is_empty(cut)]])
    union = _clean_union(parts)
    if dirty.any():
        union = shapely.union_all([union, shapely.union_all(cea[dirty])])
    return shapely.difference(frame.cea, union)


def _clean_union(parts: np.ndarray):
    """Union of polygons with disjoint interiors: GEOS coverage union, checked by area."""
    if len(parts) == 0:
        return shapely.Polygon()
    try:
        u = shapely.coverage_union_all(parts)
        if shapely.is_valid(u) and abs(u.area - shapely.area(parts).sum()) <= 1e-6 * max(u.area, 1.0):
            return u
    except shapely.errors.GEOSException:
        pass
    return shapely.union_all(parts)


GAP_POLYGON_LIMIT = 20_000  # plots per zone; above it the report leaves the count out (null)


def gap_rows(engine: AnalysisEngine, polygons: bool = True, limit: int | None = GAP_POLYGON_LIMIT) -> list[dict]:
    """Unparcelled area (exact, cheap) and the number of gap polygons (a union of the zone's
    plots: seconds for 100k plots, so skipped — ``None`` — above ``limit`` plots per zone;
    :func:`gap_geometry` computes it on demand)."""
    rows = []
    for k, zid in enumerate(engine.zone_ids):
        row = {"zone_id": zid, "unparcelled_ha": round(engine.metrics[zid].unparcelled_ha, 4), "polygons": None}
        if polygons and (limit is None or len(engine.members[k]) <= limit):
            gap = gap_geometry(engine, zid)
            parts = shapely.get_parts(gap)
            row["polygons"] = int((shapely.area(parts) >= NOISE_M2).sum()) if len(parts) else 0
        rows.append(row)
    return rows


def area_rows(engine: AnalysisEngine) -> list[dict]:
    rows = []
    for zid in engine.zone_ids:
        m = engine.metrics[zid]
        diff = None
        if m.official_area_ha:
            diff = round((m.area_ha - m.official_area_ha) / m.official_area_ha * 100.0, 2)
        rows.append({"zone_id": zid, "area_ha": round(m.area_ha, 4), "official_area_ha": m.official_area_ha,
                     "difference_pct": diff})
    return rows


def quality(engine: AnalysisEngine, gap_polygons: bool = True) -> Quality:
    return Quality(overlap_rows(engine), outside_rows(engine), gap_rows(engine, gap_polygons), area_rows(engine))
