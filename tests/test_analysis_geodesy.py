"""Equal-area projection and geodesic helpers against pyproj (independent computations)."""

import numpy as np
import pyproj
import pytest
import shapely

from sezmap.analysis import fastgeom, geodesy
from sezmap.model import coords
from test_analysis_reference import area_ha


def test_cea_matches_proj():
    lon = np.array([50.0, 70.3, 80.9, 69.0])
    lat = np.array([40.1, 45.0, 55.2, 42.3])
    crs = pyproj.CRS.from_proj4("+proj=cea +lat_ts=47 +lon_0=68 +ellps=WGS84 +units=m")
    x, y = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lon, lat)
    mx, my = geodesy.cea_xy(lon, lat, 68.0, 47.0)
    np.testing.assert_allclose(mx, x, atol=1e-6)
    np.testing.assert_allclose(my, y, atol=1e-6)


@pytest.mark.parametrize("size_deg", [0.001, 0.005, 0.01])
def test_plot_areas_in_equal_area_projection_agree_with_geod(size_deg):
    rng = np.random.default_rng(1)
    polys = []
    for lon, lat in zip(rng.uniform(50, 85, 20), rng.uniform(40, 55, 20)):
        pts = np.array([[0, 0], [1, 0.1], [1.1, 1], [0.2, 0.9]]) * size_deg + [lon, lat]
        polys.append(shapely.Polygon(pts))
    geoms = np.array(polys, dtype=object)
    r = coords.rings(geoms)
    assert r.simple.all()
    ours = fastgeom.cea_areas_m2(geoms, r, 68.0, 48.0) / 1e4
    ref = np.array([area_ha(g) for g in polys])
    # straight edges in the projection vs geodesic edges: ~2e-6 for a 1 km plot, far inside 0.1 %
    np.testing.assert_allclose(ours, ref, rtol=1e-5)


def test_zone_sized_polygon_within_a_tenth_of_a_percent():
    zone = shapely.Point(76.9, 43.5).buffer(0.2, quad_segs=8)  # ~30 km across
    frame_area = shapely.area(geodesy.cea_geometries([zone], 76.9, 43.5)[0]) / 1e4
    assert frame_area == pytest.approx(area_ha(zone), rel=1e-3)
    assert geodesy.geodesic_area_m2(zone) / 1e4 == pytest.approx(area_ha(zone), rel=1e-9)


def test_holes_multipolygons_and_ring_orientation():
    outer = shapely.box(70.0, 45.0, 70.02, 45.02)
    hole = shapely.box(70.005, 45.005, 70.01, 45.01)
    with_hole = shapely.Polygon(outer.exterior.coords, [hole.exterior.coords])  # both CCW: not normalised
    reversed_ring = shapely.Polygon(list(outer.exterior.coords)[::-1])
    multi = shapely.MultiPolygon([outer, shapely.box(70.05, 45.0, 70.06, 45.01)])
    geoms = np.array([with_hole, reversed_ring, multi, shapely.MultiPolygon([outer])], dtype=object)
    r = coords.rings(geoms)
    assert list(r.simple) == [False, True, False, True]
    ours = fastgeom.cea_areas_m2(geoms, r, 70.0, 45.0) / 1e4
    expected = [area_ha(outer) - area_ha(hole), area_ha(outer), area_ha(multi), area_ha(outer)]
    np.testing.assert_allclose(ours, expected, rtol=1e-6)
    for g, e in zip(geoms, expected):
        assert geodesy.geodesic_area_m2(g) / 1e4 == pytest.approx(e, rel=1e-9)


def test_convex_separation_certificate():
    a = shapely.box(0, 0, 1, 1)
    b = shapely.box(1, 0, 2, 1)  # shares an edge
    c = shapely.box(1, 1, 2, 2)  # shares a corner
    d = shapely.box(0.5, 0.5, 1.5, 1.5)  # overlaps a
    tri = shapely.Polygon([(0, 0), (1, 1), (0, 1)])  # inside a
    geoms = np.array([a, b, c, d, tri], dtype=object)
    ok, verts, sign = fastgeom.convex_vertices(coords.rings(geoms))
    assert ok.all()
    pairs = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 4)]
    i = np.array([p[0] for p in pairs])
    j = np.array([p[1] for p in pairs])
    sep = fastgeom.separated(verts[i], sign[i], verts[j], sign[j])
    assert list(sep) == [True, True, False, False, True, True]


def test_concave_plots_are_not_certified():
    l_shape = shapely.Polygon([(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)])
    ok, _, _ = fastgeom.convex_vertices(coords.rings(np.array([l_shape], dtype=object)))
    assert not ok[0]


def test_transformer_caches_are_per_thread():
    """PROJ transformers are not shared between threads (the app runs the engine on a worker)."""
    from concurrent.futures import ThreadPoolExecutor

    from sezmap.analysis import geodesy

    here = geodesy.local_aeqd(70.0, 45.0)
    assert geodesy.local_aeqd(70.0, 45.0) is here  # cached within a thread
    with ThreadPoolExecutor(max_workers=1) as pool:
        there = pool.submit(geodesy.local_aeqd, 70.0, 45.0).result()
        inverse = pool.submit(geodesy._cea_inverse, 70.0, 45.0).result()
    assert there[0] is not here[0]
    assert inverse is not geodesy._cea_inverse(70.0, 45.0)
    x, y = there[0].transform(71.0, 45.5)
    assert (x, y) == here[0].transform(71.0, 45.5)


def test_rings_mark_one_ring_plots_simple():
    square = shapely.box(0, 0, 1, 1)
    ten = shapely.Point(5, 5).buffer(1, quad_segs=2)  # one ring, nine corners
    holed = shapely.Polygon(square.exterior.coords, [[(0.2, 0.2), (0.4, 0.2), (0.3, 0.4)]])
    two = shapely.MultiPolygon([square, shapely.box(2, 2, 3, 3)])
    tri = shapely.Polygon([(0, 0), (1, 0), (0, 1)])
    geoms = np.array([square, ten, holed, two, tri, shapely.MultiPolygon([ten]), shapely.Polygon()], dtype=object)
    assert coords.rings(geoms).simple.tolist() == [True, True, False, False, True, True, False]


def test_rings_taken_by_rows_equal_the_rings_of_those_rows():
    rng = np.random.default_rng(3)
    geoms = []
    for i in range(60):
        if i % 5 == 0:  # a polygon with a hole
            geoms.append(shapely.box(i, 0, i + 1, 1).difference(shapely.box(i + 0.3, 0.3, i + 0.6, 0.6)))
        elif i % 7 == 0:  # two parts
            geoms.append(shapely.MultiPolygon([shapely.box(i, 0, i + 0.4, 1), shapely.box(i + 0.5, 0, i + 1, 1)]))
        else:
            geoms.append(shapely.Polygon(rng.random((int(rng.integers(3, 9)), 2)) + [i, 0]).convex_hull)
    geoms = np.array(geoms, dtype=object)
    whole = coords.rings(geoms)
    for rows in (np.arange(10, 31), rng.permutation(60)[:25], np.arange(0), np.array([59]), np.array([4, 5])):
        taken, direct = whole.take(rows), coords.rings(geoms[rows])
        assert np.array_equal(taken.xy, direct.xy)
        assert np.array_equal(taken.offsets, direct.offsets)
        assert np.array_equal(taken.simple, direct.simple)


def test_areas_in_bulk_equal_one_by_one():
    """geodesic_areas_m2 (the web map's exact plot areas) equals geodesic_area_m2 bit for bit:
    one-ring polygons from the coordinate stream, the rest (holes, parts, nothing, a closed
    line) one by one, with the stream read from GEOS or given."""
    rng = np.random.default_rng(7)
    geoms = []
    for lon, lat in zip(rng.uniform(50, 85, 30), rng.uniform(40, 55, 30), strict=True):
        pts = np.array([[0, 0], [1, 0.1], [1.1, 1], [0.5, 1.3], [0.2, 0.9]]) * 0.01 + [lon, lat]
        geoms.append(shapely.Polygon(pts) if lon > 60 else shapely.Polygon(pts[::-1]))
    shell = [(70, 45), (70.1, 45), (70.1, 45.1), (70, 45.1)]
    geoms += [shapely.Polygon(shell, [[(70.02, 45.02), (70.05, 45.02), (70.05, 45.05)]]),
              shapely.MultiPolygon([geoms[0], geoms[1]]), shapely.MultiPolygon([geoms[2]]), None,
              shapely.Polygon(), shapely.LineString(shell + shell[:1])]
    geoms = np.array(geoms, dtype=object)
    expected = np.array([geodesy.geodesic_area_m2(g) for g in geoms])
    assert expected[-1] == 0.0 and expected[-3] == 0.0 and expected[0] > 0
    assert np.array_equal(geodesy.geodesic_areas_m2(geoms), expected)
    assert np.array_equal(geodesy.geodesic_areas_m2(geoms, coords.rings(geoms)), expected)
