"""Snapping to vertices and edges: hand-built squares, and properties against shapely."""

import math

import numpy as np
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sezmap.model.snapping import Snapper, SnapResult

SQUARE = shapely.box(0, 0, 10, 10)


def test_a_vertex_near_the_cursor_is_taken():
    r = Snapper([SQUARE]).snap(0.3, 0.4, 1.0)
    assert r == SnapResult(0.0, 0.0, "vertex", 0.5)


def test_the_nearest_point_of_an_edge_when_no_vertex_is_near():
    r = Snapper([SQUARE]).snap(4.0, 10.25, 0.5)
    assert r.kind == "edge"
    assert (r.x, r.y) == (4.0, 10.0)
    assert r.distance == pytest.approx(0.25)
    r = Snapper([SQUARE]).snap(9.8, 6.0, 0.5)  # inside, near the right edge
    assert (r.x, r.y, r.kind) == (10.0, 6.0, "edge")
    assert r.distance == pytest.approx(0.2)


def test_a_vertex_wins_over_a_nearer_edge():
    # (0.6, 0.05): the bottom edge is 0.05 away, the corner (0, 0) 0.602 away: both within 1.
    r = Snapper([SQUARE]).snap(0.6, 0.05, 1.0)
    assert (r.x, r.y, r.kind) == (0.0, 0.0, "vertex")
    assert r.distance == pytest.approx(math.hypot(0.6, 0.05))
    # with a smaller tolerance the corner is out of reach and the edge is taken
    r = Snapper([SQUARE]).snap(0.6, 0.05, 0.5)
    assert (r.x, r.y, r.kind) == (0.6, 0.0, "edge")


def test_nothing_within_tolerance():
    assert Snapper([SQUARE]).snap(5, 5, 1.0) is None  # the middle is 5 from every edge
    assert Snapper([SQUARE]).snap(5, 11.5, 1.0) is None
    assert Snapper([]).snap(0, 0, 100) is None


def test_the_nearer_of_two_squares_edges():
    right = shapely.box(12, 0, 22, 10)  # a 2-unit gap between the squares
    s = Snapper([SQUARE, right])
    r = s.snap(10.8, 5, 1.5)
    assert (r.x, r.y, r.kind) == (10.0, 5.0, "edge")
    r = s.snap(11.2, 5, 1.5)
    assert (r.x, r.y, r.kind) == (12.0, 5.0, "edge")


def test_holes_lines_points_and_collections_are_snapped_to():
    holed = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(4, 4), (6, 4), (6, 6), (4, 6)]])
    s = Snapper([holed, shapely.LineString([(20, 0), (30, 0)]), shapely.Point(50, 50),
                 shapely.GeometryCollection([shapely.MultiPoint([(60, 60)])]), None, shapely.Polygon()])
    assert s.snap(5, 4.2, 0.5) == SnapResult(5.0, 4.0, "edge", pytest.approx(0.2))
    assert s.snap(25, -0.1, 0.5).kind == "edge"
    assert s.snap(50.3, 50.4, 0.6) == SnapResult(50.0, 50.0, "vertex", pytest.approx(0.5))
    assert s.snap(60, 60.1, 0.6).kind == "vertex"
    assert s.snap(50.3, 50.4, 0.4) is None  # a point has no edges


def test_degenerate_segments_and_bad_input():
    s = Snapper([shapely.LineString([(0, 0), (0, 0), (5, 0)])])
    assert s.snap(2, 0.1, 0.5).kind == "edge"
    assert s.snap(float("nan"), 0, 1) is None
    assert s.snap(0, 0, -1) is None
    assert s.snap(0, 0, float("inf")) is None
    assert s.snap(0, 0, 0) == SnapResult(0.0, 0.0, "vertex", 0.0)


def test_many_segments_are_searched_at_once():
    # 10 000 long parallel segments, their vertices far from the cursor: the right one is found
    lines = [shapely.LineString([(0, i), (1000, i)]) for i in range(10_000)]
    r = Snapper(lines).snap(500.3, 5000.2, 0.5)
    assert (r.x, r.y, r.kind) == (pytest.approx(500.3), 5000.0, "edge")
    assert r.distance == pytest.approx(0.2)
    r = Snapper(lines).snap(999.9, 7000.3, 0.5)
    assert (r.x, r.y, r.kind) == (1000.0, 7000.0, "vertex")


coord = st.floats(-50, 50, allow_nan=False).map(lambda v: round(v, 3))
size = st.floats(0.5, 30).map(lambda v: round(v, 3))
boxes = st.lists(st.tuples(coord, coord, size, size).map(lambda t: shapely.box(t[0], t[1], t[0] + t[2], t[1] + t[3])),
                 min_size=1, max_size=4)
rotations = st.floats(0, 90)


@settings(max_examples=300, deadline=None)
@given(boxes, rotations, coord, coord, st.floats(0.01, 20))
def test_snapping_agrees_with_shapely(geoms, angle, x, y, tol):
    import shapely.affinity

    geoms = [shapely.affinity.rotate(g, angle, origin=(0, 0)) for g in geoms]
    verts = shapely.get_coordinates(np.array(geoms, dtype=object))
    vdist = np.hypot(verts[:, 0] - x, verts[:, 1] - y).min()
    boundary = shapely.union_all(shapely.boundary(np.array(geoms, dtype=object)))
    edist = shapely.distance(shapely.Point(x, y), boundary)
    # no decision on the very edge of the tolerance, where rounding may tip it either way
    assume(abs(vdist - tol) > 1e-9 and abs(edist - tol) > 1e-9)
    r = Snapper(geoms).snap(x, y, tol)
    if edist > tol:
        assert r is None
        return
    assert r is not None
    assert r.distance <= tol
    assert r.distance == pytest.approx(math.hypot(r.x - x, r.y - y), abs=1e-12)
    if vdist <= tol:  # a vertex within tolerance is always preferred, the nearest one
        assert r.kind == "vertex"
        assert r.distance == pytest.approx(vdist, abs=1e-9)
        assert np.any((verts[:, 0] == r.x) & (verts[:, 1] == r.y))
    else:
        assert r.kind == "edge"
        assert r.distance == pytest.approx(edist, abs=1e-9)
        assert shapely.distance(shapely.Point(r.x, r.y), boundary) < 1e-9
