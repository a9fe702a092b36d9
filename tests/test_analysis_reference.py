"""Independent reference computations for the analysis tests: shapely unions in lon/lat and
pyproj.Geod areas and distances, straight from the SCHEMA.md definitions (slow, obvious)."""

from __future__ import annotations

import numpy as np
import pyproj
import shapely

GEOD = pyproj.Geod(ellps="WGS84")
ACTIVE = {"allocated", "under_construction", "operational"}


def area_ha(geom) -> float:
    if geom is None or geom.is_empty:
        return 0.0
    area, _ = GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))
    return abs(area) / 10_000.0


def union_in_zone(zone, geoms):
    if not geoms:
        return shapely.Polygon()
    union = shapely.union_all(geoms)
    parts = shapely.get_parts(shapely.intersection(union, zone))
    # keep the polygons: a plot touching the zone's edge from outside leaves a line behind
    return shapely.union_all([p for p in parts if p.geom_type in ("Polygon", "MultiPolygon")])


def landuse(zone, plots: list[tuple]) -> dict:
    """plots: (geometry, status, idle) in lon/lat. Returns SCHEMA.md areas (ha) and ratios."""
    total = area_ha(zone)
    active = union_in_zone(zone, [g for g, s, _ in plots if s in ACTIVE])
    infra = union_in_zone(zone, [g for g, s, _ in plots if s == "infrastructure"])
    infra = shapely.difference(infra, active) if not active.is_empty else infra
    out = {
        "area_ha": total,
        "allocated_ratio": area_ha(active) / total,
        "infrastructure_ratio": area_ha(infra) / total,
        "idle_area_ha": area_ha(union_in_zone(zone, [g for g, _, i in plots if i])),
        "status_area_ha": {},
    }
    for s in ("vacant", "reserved", "allocated", "under_construction", "operational", "withdrawn", "infrastructure"):
        out["status_area_ha"][s] = area_ha(union_in_zone(zone, [g for g, st, _ in plots if st == s]))
    out["unused_ratio"] = 1.0 - out["allocated_ratio"] - out["infrastructure_ratio"]
    return out


def sample_boundary(geom, step_deg: float = 0.0005) -> np.ndarray:
    """Points every ~step along a geometry's boundary (lon/lat), linear in lon/lat."""
    line = geom.boundary if geom.geom_type in ("Polygon", "MultiPolygon") else geom
    seg = shapely.segmentize(line, step_deg)
    return shapely.get_coordinates(seg)


def sample_geodesic_line(coords, step_m: float = 200.0) -> np.ndarray:
    pts = [coords[0]]
    for (a, b), (c, d) in zip(coords[:-1], coords[1:]):
        n = int(GEOD.inv(a, b, c, d)[2] // step_m)
        if n:
            pts += GEOD.npts(a, b, c, d, n)
        pts.append((c, d))
    return np.asarray(pts)


def brute_distance_km(points_a: np.ndarray, points_b: np.ndarray) -> float:
    """Smallest geodesic distance over all pairs of sample points."""
    best = np.inf
    for lon, lat in points_a:
        d = GEOD.inv(np.full(len(points_b), lon), np.full(len(points_b), lat), points_b[:, 0], points_b[:, 1])[2]
        best = min(best, d.min())
    return best / 1000.0


# --- the reference itself, against published figures ---------------------------------------

def test_reference_area_of_a_one_degree_cell_at_the_equator():
    # 1° × 1° at the equator on WGS84: 12,308.78 km² (geographiclib's Planimeter gives the same)
    assert abs(area_ha(shapely.box(0, 0, 1, 1)) / 100.0 - 12308.78) < 0.5


def test_reference_distance_of_one_degree_of_latitude_at_45():
    # meridian arc 44.5°..45.5° on WGS84 is 111.132 km
    assert abs(GEOD.inv(0, 44.5, 0, 45.5)[2] / 1000.0 - 111.132) < 0.01
