"""Plot geometry rules, split, merge and new plot ids: hand-built cases with known answers,
properties, and the bundled default project."""

import math
import re
from pathlib import Path

import numpy as np
import pyproj
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sezmap.model import plot_geometry as pg

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "layers" / "default.gpkg"
GEOD = pyproj.Geod(ellps="WGS84")

ZONE = shapely.box(70.0, 45.0, 70.01, 45.01)  # about 790 m x 1110 m
PLOT = shapely.box(70.001, 45.001, 70.002, 45.002)
LOC = re.compile(r"at lon (-?\d+\.\d{6}), lat (-?\d+\.\d{6})")


def garea(g) -> float:
    """Ellipsoidal area; rings oriented first (pyproj adds a hole that turns like its shell)."""
    return abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(g))[0])


def location(message: str) -> tuple[float, float]:
    m = LOC.search(message)
    assert m, message
    return float(m.group(1)), float(m.group(2))


def number(message: str, unit: str) -> float:
    m = re.search(r"(\d+\.\d+) " + unit, message)
    assert m, message
    return float(m.group(1))


# pyproj.Geod's own rounding: the area of one small polygon moves by about 1e-5 m² when it is
# translated or a vertex is inserted on a geodesic edge (1.7e-9 of a 0.9 ha triangle), so sums
# of areas are compared to 1e-9 relative with a floor of 1e-4 m².
GEOD_FLOOR_M2 = 1e-4


def same_area(a: float, b: float) -> bool:
    return a == pytest.approx(b, rel=1e-9, abs=GEOD_FLOOR_M2)


def along_parallel_m(lon0, lon1, lat) -> float:
    return GEOD.inv(lon0, lat, lon1, lat)[2]


# -- rules ---------------------------------------------------------------------------------------

def test_a_good_plot_breaks_no_rule():
    assert pg.geometry_rule_problems(PLOT, ZONE, []) == []
    # neighbours that share an edge or a corner are fine
    right = shapely.box(70.002, 45.001, 70.003, 45.002)
    corner = shapely.box(70.002, 45.002, 70.003, 45.003)
    far = shapely.box(70.005, 45.005, 70.006, 45.006)
    assert pg.geometry_rule_problems(PLOT, ZONE, [("R", right), ("C", corner), ("F", far)]) == []
    # a plot on the zone's boundary is inside it
    assert pg.geometry_rule_problems(shapely.box(70.0, 45.0, 70.001, 45.001), ZONE, []) == []


def test_an_overlap_names_the_neighbour_its_area_and_a_point_inside_it():
    other = shapely.box(70.0015, 45.0015, 70.003, 45.003)
    problems = pg.geometry_rule_problems(PLOT, ZONE, [("KEG-0012", other)])
    assert len(problems) == 1
    msg = problems[0]
    assert msg.startswith("overlap: overlaps plot 'KEG-0012' by ")
    expected = garea(PLOT.intersection(other))  # about 39.4 m x 55.6 m
    assert number(msg, "m²") == pytest.approx(expected, rel=1e-4)
    lon, lat = location(msg)
    assert PLOT.intersection(other).buffer(1e-6).contains(shapely.Point(lon, lat))
    f = pg.geometry_rule_findings(PLOT, ZONE, [("KEG-0012", other)])[0]
    assert (f.rule, f.other_plot_id) == ("overlap", "KEG-0012")
    assert f.amount == pytest.approx(expected, rel=1e-4)


def test_an_overlap_below_the_tolerance_is_rounding():
    sliver_1e9 = shapely.box(70.002 - 1e-9, 45.001, 70.003, 45.002)  # about 0.004 m²
    assert pg.geometry_rule_problems(PLOT, ZONE, [("N", sliver_1e9)]) == []
    sliver_1e7 = shapely.box(70.002 - 1e-7, 45.001, 70.003, 45.002)  # about 0.44 m²
    (msg,) = pg.geometry_rule_problems(PLOT, ZONE, [("N", sliver_1e7)])
    assert number(msg, "m²") == pytest.approx(garea(shapely.box(70.002 - 1e-7, 45.001, 70.002, 45.002)), abs=0.006)


def test_every_overlapping_neighbour_is_named():
    a = shapely.box(70.0, 45.0, 70.0015, 45.0015)
    b = shapely.box(70.0018, 45.0018, 70.003, 45.003)
    problems = pg.geometry_rule_problems(PLOT, ZONE, [("A", a), ("B", b), ("X", None), ("E", shapely.Polygon())])
    assert [p.split("'")[1] for p in problems] == ["A", "B"]


def test_a_plot_sticking_out_of_its_zone_says_how_far_and_where():
    delta = 0.0001  # about 7.9 m east of the zone's east edge
    plot = shapely.box(70.005, 45.005, 70.01 + delta, 45.006)
    (msg,) = pg.geometry_rule_problems(plot, ZONE, [])
    assert msg.startswith("zone: ") and "m outside its zone (tolerance 0.5 m)" in msg
    expected = along_parallel_m(70.01, 70.01 + delta, 45.005)
    assert number(msg, "m outside") == pytest.approx(expected, rel=2e-3)
    lon, lat = location(msg)
    assert lon == pytest.approx(70.01 + delta, abs=1e-6)
    assert lat in (pytest.approx(45.005, abs=1e-6), pytest.approx(45.006, abs=1e-6))


def test_the_zone_tolerance_is_in_metres():
    lat = 45.005
    metres_per_deg = along_parallel_m(70.0, 71.0, lat)
    inside_tol = shapely.box(70.005, lat, 70.01 + 0.3 / metres_per_deg, 45.006)  # 0.3 m out
    beyond_tol = shapely.box(70.005, lat, 70.01 + 0.7 / metres_per_deg, 45.006)  # 0.7 m out
    assert pg.geometry_rule_problems(inside_tol, ZONE, []) == []
    (msg,) = pg.geometry_rule_problems(beyond_tol, ZONE, [])
    assert number(msg, "m outside") == pytest.approx(0.7, abs=0.01)
    assert pg.geometry_rule_problems(beyond_tol, ZONE, [], tolerance_m=1.0) == []
    assert pg.geometry_rule_problems(inside_tol, ZONE, [], tolerance_m=0.1) != []


def test_an_edge_across_a_notch_of_the_zone_is_outside_though_its_corners_are_in():
    notch = shapely.box(70.004, 45.005, 70.006, 45.0101)
    u_zone = ZONE.difference(notch)
    plot = shapely.box(70.003, 45.006, 70.007, 45.007)
    assert shapely.contains(u_zone, shapely.points(shapely.get_coordinates(plot))).all()
    (msg,) = pg.geometry_rule_problems(plot, u_zone, [])
    # the farthest point out is midway between the notch's walls, 0.001 degree from each
    expected = along_parallel_m(70.004, 70.005, 45.006)
    assert number(msg, "m outside") == pytest.approx(expected, rel=5e-3)
    lon, _lat = location(msg)
    assert lon == pytest.approx(70.005, abs=2e-5)


def test_a_plot_over_a_hole_of_the_zone():
    holed = shapely.Polygon(ZONE.exterior, [shapely.box(70.004, 45.004, 70.006, 45.006).exterior])
    plot = shapely.box(70.003, 45.003, 70.007, 45.007)
    (msg,) = pg.geometry_rule_problems(plot, holed, [])
    expected = along_parallel_m(70.004, 70.005, 45.005)  # the hole's centre, 0.001 degree from its sides
    assert number(msg, "m outside") == pytest.approx(expected, rel=5e-3)
    assert location(msg) == (pytest.approx(70.005, abs=1e-5), pytest.approx(45.005, abs=1e-5))


def test_a_zone_of_two_parts():
    east = shapely.box(70.02, 45.0, 70.03, 45.01)
    zone = shapely.MultiPolygon([ZONE, east])
    assert pg.geometry_rule_problems(shapely.box(70.021, 45.001, 70.022, 45.002), zone, []) == []
    across = shapely.box(70.009, 45.001, 70.021, 45.002)  # over the 0.01 degree gap between the parts
    (msg,) = pg.geometry_rule_problems(across, zone, [])
    assert number(msg, "m outside") == pytest.approx(along_parallel_m(70.01, 70.015, 45.0015), rel=5e-3)
    assert location(msg)[0] == pytest.approx(70.015, abs=2e-4)


def test_a_plot_in_the_wrong_zone_and_overlapping():
    other_zone = shapely.box(71.0, 45.0, 71.01, 45.01)
    problems = pg.geometry_rule_problems(PLOT, other_zone, [("N", PLOT)])
    assert [p.split(":")[0] for p in problems] == ["zone", "overlap"]
    assert number(problems[0], "m outside") > 70_000
    assert number(problems[1], "m²") == pytest.approx(garea(PLOT), rel=1e-4)


def test_no_zone_given_skips_that_rule_and_an_empty_zone_is_said():
    outside = shapely.box(80, 45, 80.001, 45.001)
    assert pg.geometry_rule_problems(outside, None, []) == []
    assert pg.geometry_rule_problems(outside, shapely.Polygon(), []) == ["zone: its zone has no geometry"]


def test_invalid_geometry_says_what_and_where():
    bowtie = shapely.Polygon([(70.0, 45.0), (70.001, 45.001), (70.001, 45.0), (70.0, 45.001)])
    assert pg.geometry_rule_problems(bowtie, ZONE, []) == [
        "validity: Self-intersection at lon 70.000500, lat 45.000500"]
    f = pg.geometry_rule_findings(bowtie, ZONE, [])[0]
    assert (f.rule, f.lon, f.lat) == ("validity", 70.0005, 45.0005)
    hole_out = shapely.Polygon(PLOT.exterior, [shapely.box(70.003, 45.003, 70.004, 45.004).exterior])
    (msg,) = pg.geometry_rule_problems(hole_out, ZONE, [])
    assert msg.startswith("validity: Hole lies outside shell at lon 70.00")


def test_not_a_polygon_or_nothing_at_all():
    assert pg.geometry_rule_problems(None, ZONE, []) == ["geometry: missing or empty"]
    assert pg.geometry_rule_problems(shapely.Polygon(), ZONE, []) == ["geometry: missing or empty"]
    assert pg.geometry_rule_problems(shapely.LineString([(70.0, 45.0), (70.1, 45.1)]), ZONE, []) == [
        "type: a LineString, not a Polygon or MultiPolygon, at lon 70.000000, lat 45.000000"]
    gc = shapely.GeometryCollection([PLOT])
    assert pg.geometry_rule_problems(gc, ZONE, [])[0].startswith("type: a GeometryCollection")


def test_coordinates_out_of_range_or_not_finite():
    utm = shapely.box(500000.0, 4980000.0, 500100.0, 4980100.0)
    assert pg.geometry_rule_problems(utm, ZONE, []) == [
        "coordinates: outside the lon/lat range (lon -180..180, lat -90..90) at lon 500100.000000, "
        "lat 4980000.000000; is the CRS right?"]
    lat_out = shapely.box(70.0, 89.9, 70.1, 90.5)
    assert pg.geometry_rule_problems(lat_out, None, [])[0].startswith("coordinates: outside")
    with np.errstate(invalid="ignore"):
        nan = shapely.polygons([(70.0, 45.0), (70.1, 45.0), (np.nan, 45.1), (70.0, 45.1), (70.0, 45.0)])
    (msg,) = pg.geometry_rule_problems(nan, ZONE, [])
    assert msg.startswith("coordinates: vertex 3 is not a finite number")


def test_invalid_neighbours_do_not_break_the_check():
    bowtie = shapely.Polygon([(70.001, 45.001), (70.002, 45.002), (70.002, 45.001), (70.001, 45.002)])
    (msg,) = pg.geometry_rule_problems(PLOT, ZONE, [("bow", bowtie)])
    assert msg.startswith("overlap: overlaps plot 'bow'")
    assert number(msg, "m²") == pytest.approx(garea(PLOT) / 2, rel=1e-3)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 5), st.integers(2, 5), st.floats(44.0, 53.0), st.floats(50.0, 85.0),
       st.floats(0.1, 0.9), st.floats(0.1, 0.9))
def test_grid_cells_touch_but_a_shifted_cell_overlaps_by_its_geodesic_area(nx, ny, lat0, lon0, fx, fy):
    step = 0.001
    cells = [shapely.box(lon0 + i * step, lat0 + j * step, lon0 + (i + 1) * step, lat0 + (j + 1) * step)
             for i in range(nx) for j in range(ny)]
    zone = shapely.box(lon0, lat0, lon0 + nx * step, lat0 + ny * step)
    for k, cell in enumerate(cells):
        others = [(f"c{m}", c) for m, c in enumerate(cells) if m != k]
        assert pg.geometry_rule_problems(cell, zone, others) == []
    moved = shapely.affinity.translate(cells[0], fx * step, fy * step)
    problems = pg.geometry_rule_problems(moved, zone, [(f"c{m}", c) for m, c in enumerate(cells[1:], 1)])
    overlaps = {p.split("'")[1]: number(p, "m²") for p in problems if p.startswith("overlap")}
    expected = {f"c{m}": garea(moved.intersection(c)) for m, c in enumerate(cells[1:], 1)}
    expected = {k: v for k, v in expected.items() if v > 0.01}
    assert overlaps.keys() == expected.keys()
    for k, v in expected.items():
        assert overlaps[k] == pytest.approx(v, rel=1e-4, abs=0.01)


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT.exists(), reason="no default project")
def test_the_default_project_keeps_the_rules_and_a_moved_plot_breaks_them():
    pyogrio = pytest.importorskip("pyogrio")
    plots = pyogrio.read_dataframe(DEFAULT, layer="plots")
    zones = pyogrio.read_dataframe(DEFAULT, layer="zones").set_index("zone_id").geometry
    geoms = np.asarray(plots.geometry.values, dtype=object)
    ids = plots.plot_id.to_numpy()
    tree = shapely.STRtree(geoms)
    for i in range(len(geoms)):
        near = [(ids[j], geoms[j]) for j in tree.query(geoms[i]) if j != i]
        assert pg.geometry_rule_problems(geoms[i], zones[plots.zone_id.iat[i]], near) == [], ids[i]
    # the first plot laid over its nearest neighbour
    i = 0
    near = [j for j in tree.query(geoms[i].buffer(0.01)) if j != i]
    j = min(near, key=lambda j: shapely.distance(geoms[i], geoms[j]))
    moved = shapely.affinity.translate(geoms[i], *(np.array(geoms[j].centroid.coords[0]) - geoms[i].centroid.coords[0]))
    problems = pg.geometry_rule_problems(moved, zones[plots.zone_id.iat[i]], [(ids[j], geoms[j])])
    assert any(p.startswith(f"overlap: overlaps plot {ids[j]!r}") for p in problems)


# -- split ---------------------------------------------------------------------------------------

def test_split_a_box_in_two_largest_first():
    pieces = pg.split_plot(PLOT, [(70.0013, 44.9), (70.0013, 45.1)])
    assert len(pieces) == 2 and all(p.geom_type == "Polygon" for p in pieces)
    assert pieces[0].bounds == pytest.approx((70.0013, 45.001, 70.002, 45.002))
    assert pieces[1].bounds == pytest.approx((70.001, 45.001, 70.0013, 45.002))
    assert same_area(sum(map(garea, pieces)), garea(PLOT))
    assert garea(pieces[0]) > garea(pieces[1])


def test_split_in_equal_halves_is_ordered_by_centroid():
    pieces = pg.split_plot(PLOT, shapely.LineString([(70.0015, 45.0), (70.0015, 45.003)]))
    assert [round(p.centroid.x, 5) for p in pieces] == [70.00125, 70.00175]


def test_split_with_ends_on_the_boundary_or_a_hair_inside_it():
    on = pg.split_plot(PLOT, [(70.0015, 45.001), (70.0015, 45.002)])
    assert len(on) == 2
    hair = pg.split_plot(PLOT, [(70.0015, 45.001 + 1e-12), (70.0015, 45.002 - 1e-12)])
    assert len(hair) == 2
    assert same_area(sum(map(garea, hair)), garea(PLOT))


def test_a_line_ending_inside_the_plot_is_refused():
    with pytest.raises(ValueError, match=r"cross the plot from edge to edge: its end at lon 70\.001500, "
                                         r"lat 45\.001500 is inside the plot"):
        pg.split_plot(PLOT, [(70.0015, 45.0), (70.0015, 45.0015)])
    with pytest.raises(ValueError, match="its start at lon"):
        pg.split_plot(PLOT, [(70.0015, 45.0015), (70.0015, 45.003)])


def test_a_line_that_cuts_nothing_is_refused():
    with pytest.raises(ValueError, match="does not cut the plot"):
        pg.split_plot(PLOT, [(70.003, 45.0), (70.003, 45.003)])  # beside it
    with pytest.raises(ValueError, match="does not cut the plot"):
        pg.split_plot(PLOT, [(70.001, 45.0), (70.001, 45.003)])  # along its edge
    with pytest.raises(ValueError, match="two distinct points"):
        pg.split_plot(PLOT, [(70.0, 45.0), (70.0, 45.0)])
    with pytest.raises(ValueError, match="not a Polygon"):
        pg.split_plot(shapely.LineString([(0, 0), (1, 1)]), [(70.0, 45.0), (70.1, 45.0)])
    with pytest.raises(ValueError, match="cuts off a piece of only"):
        pg.split_plot(PLOT, [(70.001 + 1e-9, 44.9), (70.001 + 1e-9, 45.1)])


def test_a_diagonal_cut_puts_the_new_vertex_on_the_geodesic_edge():
    # a right triangle cut through its hypotenuse: on a straight lon/lat line the new vertex would
    # be 1.7 mm off the geodesic and the areas would differ by about 1e-5
    tri = shapely.Polygon([(50.0, 44.0), (50.0, 44.002), (50.002, 44.0)])
    pieces = pg.split_plot(tri, [(50.001, 43.999), (50.001, 44.003)])
    assert len(pieces) == 2
    assert same_area(sum(map(garea, pieces)), garea(tri))
    own = {tuple(v) for v in shapely.get_coordinates(tri)}
    new = {tuple(v) for p in pieces for v in shapely.get_coordinates(p)} - own
    assert len(new) == 2  # on the hypotenuse and on the southern edge
    (lon, lat), = [v for v in new if v[1] > 44.0005]
    az12, _az21, dist = GEOD.inv(50.0, 44.002, 50.002, 44.0)
    mid = GEOD.inv(50.0, 44.002, lon, lat)
    assert mid[0] == pytest.approx(az12, abs=1e-6)  # on the geodesic from one end to the other
    assert mid[2] + GEOD.inv(lon, lat, 50.002, 44.0)[2] == pytest.approx(dist, abs=1e-6)


def test_pieces_cut_across_a_long_shared_edge_do_not_overlap_the_neighbour():
    # two plots sharing a 620 m diagonal edge; cutting either across it: the new vertex on that
    # edge must be on the neighbour's boundary as the rules see it (on a straight lon/lat line it
    # would be 4 mm off, and one side's pieces would overlap the neighbour by 1.4 m² each)
    south = shapely.Polygon([(70.0, 45.0), (70.006, 45.004), (70.006, 45.0)])
    north = shapely.Polygon([(70.0, 45.0), (70.0, 45.004), (70.006, 45.004)])
    zone = shapely.box(69.99, 44.99, 70.01, 45.01)
    line = [(70.003, 44.999), (70.003, 45.005)]
    for plot, neighbour in ((south, north), (north, south)):
        pieces = pg.split_plot(plot, line)
        assert len(pieces) == 2
        for k, piece in enumerate(pieces):
            others = [("neighbour", neighbour)] + [(f"piece {j}", q) for j, q in enumerate(pieces) if j != k]
            assert pg.geometry_rule_problems(piece, zone, others) == []
            overlap = pg.geometry_rule_findings(piece, zone, [("neighbour", neighbour)], overlap_tolerance_m2=0.0)
            assert all(f.amount < 1e-3 for f in overlap)


def test_a_line_across_a_u_cuts_three_pieces():
    u = shapely.Polygon([(70.0, 45.0), (70.003, 45.0), (70.003, 45.003), (70.002, 45.003), (70.002, 45.001),
                         (70.001, 45.001), (70.001, 45.003), (70.0, 45.003)])
    pieces = pg.split_plot(u, [(69.999, 45.002), (70.004, 45.002)])
    assert len(pieces) == 3
    assert same_area(sum(map(garea, pieces)), garea(u))
    assert pieces[0].bounds == pytest.approx((70.0, 45.0, 70.003, 45.002))  # the base, largest


def test_split_through_a_hole_and_a_multipolygon():
    holed = shapely.Polygon(PLOT.exterior, [shapely.box(70.0014, 45.0014, 70.0016, 45.0016).exterior])
    pieces = pg.split_plot(holed, [(70.0015, 45.0), (70.0015, 45.003)])
    assert len(pieces) == 2
    assert same_area(sum(map(garea, pieces)), garea(holed))
    two = shapely.MultiPolygon([PLOT, shapely.box(70.003, 45.001, 70.004, 45.002)])
    pieces = pg.split_plot(two, [(70.0015, 45.0), (70.0015, 45.003)])
    assert len(pieces) == 3  # the part the line misses is a piece of its own
    assert same_area(sum(map(garea, pieces)), garea(two))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=3, max_size=12, unique=True),
       st.floats(0, math.pi), st.floats(0.2, 0.8), st.floats(44.0, 53.0), st.floats(50.0, 85.0))
def test_split_pieces_add_up_to_the_plot(points, angle, at, lat0, lon0):
    scale = 0.002
    plot = shapely.MultiPoint([(lon0 + x * scale, lat0 + y * scale) for x, y in points]).convex_hull
    assume(plot.geom_type == "Polygon" and garea(plot) > 100)
    c = plot.centroid
    minx, miny, maxx, maxy = plot.bounds
    px, py = minx + at * (maxx - minx), c.y  # a point inside the bounds, the line through it
    dx, dy = math.cos(angle) * 4 * scale, math.sin(angle) * 4 * scale
    line = [(px - dx, py - dy), (px + dx, py + dy)]
    try:
        pieces = pg.split_plot(plot, line)
    except ValueError as exc:
        assert "does not cut" in str(exc) or "cuts off a piece" in str(exc)
        return
    assert len(pieces) >= 2
    assert all(p.geom_type == "Polygon" and p.is_valid for p in pieces)
    assert same_area(sum(map(garea, pieces)), garea(plot))
    areas = [garea(p) for p in pieces]
    assert areas == sorted(areas, reverse=True)
    # the new vertices lie on the geodesic edges, a hair off the straight lon/lat lines (edges
    # of 300 m bulge by 2 mm, 2e-8 degree): the pieces cover the plot but for such slivers
    assert shapely.union_all(pieces).symmetric_difference(plot).area < 1e-7 * plot.length
    # the plot's own vertices are kept bit for bit
    own = {tuple(v) for v in shapely.get_coordinates(plot)}
    assert own <= {tuple(v) for v in shapely.get_coordinates(np.array(pieces, dtype=object))}


# -- merge ---------------------------------------------------------------------------------------

RIGHT = shapely.box(70.002, 45.001, 70.003, 45.002)


def test_merge_two_plots_sharing_an_edge():
    merged = pg.merge_plots([PLOT, RIGHT])
    assert merged.geom_type == "Polygon" and merged.is_valid and not merged.interiors
    assert merged.bounds == pytest.approx((70.001, 45.001, 70.003, 45.002))
    assert same_area(garea(merged), garea(PLOT) + garea(RIGHT))


def test_merge_along_a_t_junction_and_through_a_middle_plot():
    big = shapely.box(70.001, 45.001, 70.002, 45.003)
    small_a = shapely.box(70.002, 45.001, 70.003, 45.002)
    small_b = shapely.box(70.002, 45.002, 70.003, 45.003)
    merged = pg.merge_plots([big, small_a, small_b])
    assert merged.equals(shapely.box(70.001, 45.001, 70.003, 45.003))
    # a, c joined only through b
    # a, c joined only through b; 70.001 + 0.001 is 70.00200000000001: edges 1.4e-14 degree apart
    a, b, c = (shapely.box(70.001 + k * 0.001, 45.001, 70.002 + k * 0.001, 45.002) for k in range(3))
    merged = pg.merge_plots([a, c, b])
    assert merged.geom_type == "Polygon" and not merged.interiors
    assert merged.symmetric_difference(shapely.box(70.001, 45.001, 70.004, 45.002)).area < 1e-15
    assert same_area(garea(merged), garea(a) + garea(b) + garea(c))


def test_merge_closes_floating_noise():
    gap = shapely.box(70.002 + 1e-12, 45.001, 70.003, 45.002)  # a gap of 1e-12 degree
    merged = pg.merge_plots([PLOT, gap])
    assert merged.geom_type == "Polygon" and not merged.interiors
    assert same_area(garea(merged), garea(PLOT) + garea(gap))
    # a sliver hole: the right plot's west edge bulges by 1e-12 degree at its middle
    bulge = shapely.Polygon([(70.002, 45.001), (70.003, 45.001), (70.003, 45.002), (70.002, 45.002),
                             (70.002 + 1e-12, 45.0015)])
    merged = pg.merge_plots([PLOT, bulge])
    assert merged.geom_type == "Polygon" and not merged.interiors
    assert same_area(garea(merged), garea(PLOT) + garea(bulge))


def test_merge_keeps_a_real_hole():
    ring = [shapely.box(70.0 + i * 0.001, 45.0 + j * 0.001, 70.001 + i * 0.001, 45.001 + j * 0.001)
            for i in range(3) for j in range(3) if (i, j) != (1, 1)]
    merged = pg.merge_plots(ring)
    assert len(merged.interiors) == 1
    assert same_area(garea(merged), sum(map(garea, ring)))


def test_merge_refuses_plots_touching_at_a_point_or_apart():
    corner = shapely.box(70.002, 45.002, 70.003, 45.003)
    with pytest.raises(ValueError, match=r"plots 'A' and 'B' touch only at a point at lon 70\.002000, "
                                         r"lat 45\.002000: merged plots must share an edge"):
        pg.merge_plots([PLOT, corner], ids=["A", "B"])
    apart = shapely.box(70.0021, 45.001, 70.003, 45.002)
    with pytest.raises(ValueError, match=r"plots #1 and #2 are (\d+\.\d\d) m apart \(gap at lon 70\.002000"):
        pg.merge_plots([PLOT, apart])
    try:
        pg.merge_plots([PLOT, apart])
    except ValueError as exc:
        assert number(str(exc), "m apart") == pytest.approx(along_parallel_m(70.002, 70.0021, 45.0015), rel=1e-3)


def test_merge_refuses_a_plot_with_a_part_left_apart_and_other_bad_input():
    two = shapely.MultiPolygon([RIGHT, shapely.box(70.005, 45.001, 70.006, 45.002)])
    with pytest.raises(ValueError, match=r"plot 'B' has parts 157\.\d\d m apart \(gap at lon 70\.003000, lat 45\.00"):
        pg.merge_plots([PLOT, two], ids=["A", "B"])
    far = shapely.box(70.005, 45.001, 70.006, 45.002)
    with pytest.raises(ValueError, match=r"plots 'B' and 'C' are 157\.\d\d m apart"):
        pg.merge_plots([PLOT, RIGHT, far], ids=["A", "B", "C"])
    with pytest.raises(ValueError, match="two or more"):
        pg.merge_plots([PLOT])
    with pytest.raises(ValueError, match="not a Polygon"):
        pg.merge_plots([PLOT, shapely.LineString([(0, 0), (1, 1)])])
    bowtie = shapely.Polygon([(70.0, 45.0), (70.001, 45.001), (70.001, 45.0), (70.0, 45.001)])
    with pytest.raises(ValueError, match="not a valid polygon"):
        pg.merge_plots([PLOT, bowtie])
    # two parts of one plot touching at a point, joined by nothing else
    bow = shapely.MultiPolygon([PLOT, shapely.box(70.002, 45.002, 70.003, 45.003)])
    with pytest.raises(ValueError, match="plot 'X' has parts that touch only at a point"):
        pg.merge_plots([bow, shapely.box(70.0, 45.0, 70.001, 45.001)], ids=["X", "Y"])


def test_merge_overlapping_plots_is_their_union():
    half = shapely.box(70.0015, 45.001, 70.0025, 45.002)
    merged = pg.merge_plots([PLOT, half])
    assert merged.equals(shapely.box(70.001, 45.001, 70.0025, 45.002))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([(1, 0), (-1, 0), (0, 1), (0, -1)]), min_size=1, max_size=15),
       st.floats(44.0, 53.0), st.floats(50.0, 85.0))
def test_merge_any_edge_connected_cells(moves, lat0, lon0):
    step = 0.0007
    cell = (0, 0)
    cells = {cell}
    for dx, dy in moves:  # a random walk: every cell shares an edge with the one before
        cell = (cell[0] + dx, cell[1] + dy)
        cells.add(cell)
    assume(len(cells) >= 2)
    geoms = [shapely.box(lon0 + i * step, lat0 + j * step, lon0 + (i + 1) * step, lat0 + (j + 1) * step)
             for i, j in sorted(cells)]
    merged = pg.merge_plots(geoms)
    assert merged.geom_type == "Polygon" and merged.is_valid
    assert same_area(garea(merged), sum(map(garea, geoms)))
    # a cell touching the walk only at a corner is refused
    top = max(cells, key=lambda c: (c[0], c[1]))
    diag = (top[0] + 1, top[1] + 1)
    if not any((diag[0] + dx, diag[1] + dy) in cells for dx, dy in [(1, 0), (-1, 0), (0, 1), (0, -1)]):
        extra = shapely.box(lon0 + diag[0] * step, lat0 + diag[1] * step,
                            lon0 + (diag[0] + 1) * step, lat0 + (diag[1] + 1) * step)
        with pytest.raises(ValueError, match="touch only at a point"):
            pg.merge_plots(geoms + [extra])


# -- ids -----------------------------------------------------------------------------------------

def test_new_ids_continue_the_zones_pattern():
    assert pg.next_plot_ids(["KEG-0001", "KEG-0129", "KEG-0012"], 3, "khorgos_eastern_gate") == [
        "KEG-0130", "KEG-0131", "KEG-0132"]
    assert pg.next_plot_ids(["ANC-IP-0099", "ANC-IP-0007"], 1, "astana_new_city") == ["ANC-IP-0100"]
    assert pg.next_plot_ids(["X-9999"], 2, "x") == ["X-10000", "X-10001"]
    assert pg.next_plot_ids(["P1", "P2", "P10"], 1, "z") == ["P11"]
    assert pg.next_plot_ids(["plot 7"], 1, "z") == ["plot 8"]


def test_the_most_common_pattern_wins():
    ids = ["KEG-0001", "KEG-0002", "KEG-0003", "OLD-77", "cadastre-12345", "no number"]
    assert pg.next_plot_ids(ids, 1, "khorgos_eastern_gate") == ["KEG-0004"]


def test_a_zone_without_numbered_plots_gets_a_prefix_from_its_id():
    assert pg.next_plot_ids([], 2, "khorgos_eastern_gate") == ["KEG-0001", "KEG-0002"]
    assert pg.next_plot_ids([], 1, "nipt") == ["NIP-0001"]
    assert pg.next_plot_ids(["north", "south"], 1, "seaport_aktau") == ["SA-0001"]
    assert pg.next_plot_ids([], 1, "") == ["P-0001"]
    assert pg.zone_id_prefix("chemical_park_taraz") == "CPT"
    assert pg.zone_id_prefix("almaty-g4 city") == "AGC"


def test_ids_in_use_anywhere_are_skipped():
    assert pg.next_plot_ids(["KEG-0001"], 2, "k", taken=["KEG-0002", "keg-0004"]) == ["KEG-0003", "KEG-0005"]
    assert pg.next_plot_ids([], 1, "almaty_pit", taken=["AP-0001"]) == ["AP-0002"]
    assert pg.next_plot_ids(["KEG-0001"], 0, "k") == []
    with pytest.raises(ValueError):
        pg.next_plot_ids([], -1, "k")


@pytest.mark.skipif(not DEFAULT.exists(), reason="no default project")
def test_every_zone_of_the_default_project_is_recognised():
    pyogrio = pytest.importorskip("pyogrio")
    plots = pyogrio.read_dataframe(DEFAULT, layer="plots", read_geometry=False)
    zones = pyogrio.read_dataframe(DEFAULT, layer="zones", read_geometry=False)
    assert len(zones) == 14
    for zone_id in zones.zone_id:
        ids = plots.plot_id[plots.zone_id == zone_id].tolist()
        assert ids, zone_id
        highest = max(int(p.rsplit("-", 1)[1]) for p in ids)
        prefix = pg.zone_id_prefix(zone_id)
        assert all(p.startswith(prefix + "-") for p in ids), zone_id  # the builder's own rule
        new = pg.next_plot_ids(ids, 2, zone_id, taken=plots.plot_id)
        assert new == [f"{prefix}-{highest + 1:04d}", f"{prefix}-{highest + 2:04d}"]
        assert not set(new) & set(plots.plot_id)


@settings(deadline=None)
@given(st.lists(st.from_regex(r"[A-C]{1,2}-?[0-9]{1,4}", fullmatch=True), max_size=20),
       st.lists(st.from_regex(r"[A-C]{1,2}-?[0-9]{1,4}", fullmatch=True), max_size=20),
       st.integers(0, 5))
def test_new_ids_are_new_and_distinct(existing, taken, count):
    new = pg.next_plot_ids(existing, count, "a_b", taken=taken)
    assert len(new) == count == len(set(new))
    used = {p.casefold() for p in existing + taken}
    assert not {p.casefold() for p in new} & used


def test_a_plot_on_a_long_zone_edge_along_a_parallel_is_inside():
    """Edges are straight in lon/lat: a zone's 8 km edge along lat 45 and a plot's vertex on it
    must not be ~0.8 m apart once both are in a local projection (chord sag)."""
    from sezmap.model.plot_geometry import geometry_rule_problems

    zone = shapely.box(70.0, 45.0, 70.1, 45.1)
    plot = shapely.box(70.0, 45.0, 70.02, 45.02)
    assert geometry_rule_problems(plot, zone, []) == []
    assert "outside its zone" in geometry_rule_problems(shapely.box(70.0, 44.99998, 70.02, 45.02), zone, [])[0]
