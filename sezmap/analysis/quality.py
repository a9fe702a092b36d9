"""The data-quality section: overlapping plots, plots sticking out of their zone, gaps,
and mapped versus official zone area.

Areas are hectares on the ellipsoid; pieces under 1 m² (rounding noise from digitising)
are not listed.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import shapely

from sezmap.analysis.engine import HA, NOISE_M2, WORKERS, AnalysisEngine
from sezmap.analysis.landuse import intersection


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


def _ids(engine: AnalysisEngine, rows: np.ndarray) -> list[str]:
    """Plot ids of some rows (only those become Python strings)."""
    rows = np.asarray(rows, dtype=np.int64)
    return [str(v) for v in engine._ids.take(rows).tolist()] if len(rows) else []


def overlap_rows(engine: AnalysisEngine) -> list[dict]:
    pairs = np.array(engine.overlap_pairs(), dtype=np.int64).reshape(-1, 2)
    a, b = pairs[:, 0], pairs[:, 1]
    zone = engine.zone[a]
    m2 = np.zeros(len(a))
    for k in np.unique(zone):  # per zone: its projection, all pairs at once
        sel = np.flatnonzero(zone == k)
        frame = engine.frames[k]
        ga, gb = frame.to_cea(engine.geoms[a[sel]]), frame.to_cea(engine.geoms[b[sel]])
        m2[sel] = frame.area(intersection(ga, gb)) * _scale(engine, int(k))
    keep = np.flatnonzero(m2 >= NOISE_M2)
    ids_a, ids_b = _ids(engine, a[keep]), _ids(engine, b[keep])
    return [{"zone_id": engine.zone_ids[int(zone[r])], "plot_a": pa, "plot_b": pb,
             "overlap_ha": round(float(m2[r]) / HA, 4)} for r, pa, pb in zip(keep.tolist(), ids_a, ids_b, strict=True)]


def outside_rows(engine: AnalysisEngine) -> list[dict]:
    out_m2 = engine.outside_m2()
    rows = np.flatnonzero((out_m2 >= NOISE_M2) & (engine.zone >= 0))
    ids = _ids(engine, rows)
    return [{"zone_id": engine.zone_ids[int(engine.zone[i])], "plot_id": pid,
             "outside_ha": round(float(out_m2[i]) * _scale(engine, int(engine.zone[i])) / HA, 4)}
            for i, pid in zip(rows.tolist(), ids, strict=True)]


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
    gap = shapely.difference(frame.cea, _clean_union(parts))
    if dirty.any():
        # only the gap pieces the overlapping plots reach are cut again (a local overlay)
        pieces = shapely.get_parts(gap)
        over = shapely.union_all(cea[dirty])
        shapely.prepare(over)
        near = shapely.intersects(over, pieces)
        rest = shapely.difference(pieces[near], over)
        pieces = np.concatenate([pieces[~near], shapely.get_parts(rest)])
        pieces = pieces[~shapely.is_empty(pieces)]
        gap = shapely.multipolygons(pieces[shapely.get_type_id(pieces) == 3]) if len(pieces) else shapely.Polygon()
    return gap


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


GAP_POLYGON_LIMIT = 10_000  # plots per zone; above it the report leaves the count out (null)


def gap_rows(engine: AnalysisEngine, polygons: bool = True, limit: int | None = GAP_POLYGON_LIMIT) -> list[dict]:
    """Unparcelled area (exact, cheap) and the number of gap polygons (a union of the zone's
    plots: ~25 µs a plot, so skipped — ``None`` — above ``limit`` plots per zone;
    :func:`gap_geometry` computes it on demand)."""
    def count(zid):
        parts = shapely.get_parts(gap_geometry(engine, zid))
        return int((shapely.area(parts) >= NOISE_M2).sum()) if len(parts) else 0

    todo = [zid for k, zid in enumerate(engine.zone_ids)
            if polygons and (limit is None or len(engine.members[k]) <= limit)]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:  # GEOS overlays release the GIL
        counts = dict(zip(todo, pool.map(count, todo), strict=True))
    return [{"zone_id": zid, "unparcelled_ha": round(engine.metrics[zid].unparcelled_ha, 4),
             "polygons": counts.get(zid)} for zid in engine.zone_ids]


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
