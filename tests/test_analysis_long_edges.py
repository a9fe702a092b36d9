"""Plots and zones with long edges: SCHEMA.md's areas are those of pyproj.Geod, whose edges are
geodesics; an equal-area projection agrees only where edges are short, so long ones are
measured along their geodesics (geodesy.cea_area_m2, fastgeom.cea_areas_m2), while overlays
stay those of straight edges. Checked against Geod on hand-built cases with known answers: a
triangle that is half its zone, plots reaching out of their zone or touching it from outside,
and zones from 0.02° to 6° across."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

import factories as f
from sezmap.analysis import fastgeom, geodesy
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model import coords
from sezmap.model.project import Project

GEOD = pyproj.Geod(ellps="WGS84")
RATIO = 0.001  # SCHEMA.md's tolerance on ratios
AREA = 0.001  # and on areas (0.1 %)


def geod_m2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))[0])


def engine(zone, plots) -> AnalysisEngine:
    layers = f.layers(zones=[f.zone("z1", zone)], plots=[f.plot(f"p{i}", "z1", g, s) for i, (g, s) in enumerate(plots)],
                      corridors=[], hubs=[])
    return AnalysisEngine(Project(**layers), "2026-01-01", logistics=False)


@pytest.mark.parametrize("side", [0.2, 1.0, 6.0])
def test_a_triangle_that_is_half_its_zone(side):
    x0, y0 = 70.0, 50.0
    zone = shapely.box(x0, y0, x0 + side, y0 + side)
    half = shapely.Polygon([(x0, y0), (x0 + side, y0), (x0 + side, y0 + side)])  # the diagonal: a long geodesic
    m = engine(zone, [(half, "infrastructure")]).metrics["z1"]
    want = geod_m2(half) / geod_m2(zone)
    assert m.infrastructure_ratio == pytest.approx(want, abs=RATIO)
    assert m.status_area_ha["infrastructure"] * 1e4 == pytest.approx(geod_m2(half), rel=AREA)
    assert m.area_ha * 1e4 == pytest.approx(geod_m2(zone), rel=AREA)


def test_a_long_plot_reaching_out_of_its_zone_is_clipped_as_geod_clips_it():
    zone = shapely.box(70.0, 50.0, 70.4, 50.4)
    # a sliver along the zone's whole diagonal, sticking out beyond its north-east corner
    plot = shapely.Polygon([(70.0, 50.0), (70.6, 50.55), (70.6, 50.6), (70.0, 50.02)])
    m = engine(zone, [(plot, "allocated")]).metrics["z1"]
    inside = shapely.intersection(zone, plot)  # the boxes' sides run along meridians and parallels
    assert m.allocated_ratio == pytest.approx(geod_m2(inside) / geod_m2(zone), abs=RATIO)


@pytest.mark.parametrize("side", [0.02, 0.5, 4.0])
def test_a_plot_touching_a_long_zone_edge_from_outside_counts_nothing(side):
    # as shapely's overlay in lon/lat has it: the edges straight between the vertices for the
    # overlay, geodesic for the measure (a 4° edge's geodesic bulges ~10 km north of the parallel)
    zone = shapely.box(70.0, 50.0, 70.0 + side, 50.0 + side)
    north = shapely.box(70.0, 50.0 + side, 70.0 + side / 2, 50.0 + side * 1.1)
    inside = shapely.box(70.0, 50.0 + side * 0.9, 70.0 + side / 2, 50.0 + side)
    m = engine(zone, [(north, "reserved"), (inside, "allocated")]).metrics["z1"]
    assert m.status_area_ha["reserved"] == 0.0
    assert m.allocated_ratio == pytest.approx(geod_m2(inside) / geod_m2(zone), abs=RATIO)
    assert m.status_area_ha["allocated"] * 1e4 == pytest.approx(geod_m2(inside), rel=AREA)


def test_short_plots_still_take_the_stream():
    # plots of ~400 x 550 m: none is cut (the fast path stays the only one used for them)
    grid = [shapely.box(70 + i * 0.005, 50, 70 + (i + 1) * 0.005, 50.005) for i in range(50)]
    r = coords.rings(np.array(grid, dtype=object))
    assert not fastgeom._wide(shapely.bounds(np.array(grid, dtype=object))).any()
    areas = fastgeom.cea_areas_m2(np.array(grid, dtype=object), r, 70.125, 50.0025)
    assert areas == pytest.approx([geod_m2(g) for g in grid], rel=1e-6)


@settings(max_examples=40, deadline=None)
@given(lon=st.floats(40, 90), lat=st.floats(-60, 60), w=st.floats(0.001, 8), h=st.floats(0.001, 8),
       cut=st.floats(0.1, 0.9))
def test_any_quadrilateral_agrees_with_geod(lon, lat, w, h, cut):
    quad = shapely.Polygon([(lon, lat), (lon + w, lat + h * cut), (lon + w * cut, lat + h), (lon, lat + h * 0.5)])
    r = coords.rings(np.array([quad], dtype=object))
    area = fastgeom.cea_areas_m2(np.array([quad], dtype=object), r, lon + w / 2, lat + h / 2)[0]
    assert area == pytest.approx(geod_m2(quad), rel=AREA / 2)  # (worst of 3,000 random ones: 1.5e-4, slivers)
    # with the boxes given (the engine's) or found by cea_areas_m2 itself: the same
    boxed = fastgeom.cea_areas_m2(np.array([quad], dtype=object), r, lon + w / 2, lat + h / 2,
                                  shapely.bounds(np.array([quad], dtype=object)))[0]
    assert boxed == area


def test_edges_longer_than_never_misses_a_long_edge():
    rng = np.random.default_rng(3)
    x = rng.uniform(-180, 180, 20_000)
    y = rng.uniform(-89, 89, 20_000)
    x2 = x + rng.normal(0, 0.05, 20_000)
    y2 = np.clip(y + rng.normal(0, 0.05, 20_000), -90, 90)
    true = geodesy.geodesic_distance_m(x, y, x2, y2) > geodesy.CEA_MAX_EDGE_M
    flagged = geodesy.edges_longer_than(np.ravel(np.column_stack([x, x2])), np.ravel(np.column_stack([y, y2])),
                                        geodesy.CEA_MAX_EDGE_M)[::2]
    assert true.any() and (~true).any()
    assert not (true & ~flagged).any()
