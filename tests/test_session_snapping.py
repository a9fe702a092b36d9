"""Snapping sources without Qt: the plots and zone boundaries near a point, in a display CRS."""

import numpy as np
import pytest
import shapely

from sezmap.render.crs import DEFAULT_DISPLAY_CRS, Projection
from sezmap.session import geometry_edits as ge
from sezmap.session.snapping import SnapSource, segment_params
from tests import factories as f

PROJ = Projection(DEFAULT_DISPLAY_CRS)


@pytest.fixture
def session(tmp_path):
    # zone z1 is 70.0..70.1 x 45.0..45.1; two plots side by side well inside it
    plots = [f.plot("KEG-0001", "z1", shapely.box(70.04, 45.04, 70.05, 45.05)),
             f.plot("KEG-0002", "z1", shapely.box(70.05, 45.04, 70.06, 45.05))]
    zones = [f.zone("z1"), f.zone("z2", shapely.box(71.0, 45.0, 71.1, 45.1))]
    return f.open_session(tmp_path / "p.gpkg", f.layers(zones=zones, plots=plots), as_of="2026-06-01")


def display(lon, lat):
    return tuple(PROJ.forward_xy(np.array([[lon, lat]]))[0])


def test_a_vertex_near_the_cursor_gives_the_stored_lon_lat_exactly(session):
    x, y = display(70.05, 45.05)
    hit = SnapSource(session).snap(PROJ, x + 3.0, y - 2.0, 10.0)
    assert hit.kind == "vertex"
    assert (hit.lon, hit.lat) == (70.05, 45.05)  # exactly the stored vertex, not a round trip
    assert (hit.x, hit.y) == pytest.approx((x, y), abs=1e-6)


def test_an_edge_point_lies_on_the_stored_geodesic_edge(session):
    x, y = display(70.045, 45.05)  # the middle of KEG-0001's top edge
    hit = SnapSource(session).snap(PROJ, x, y + 4.0, 10.0)
    assert hit.kind == "edge"
    on_edge = ge.point_on_edge((70.04, 45.05), (70.05, 45.05), (hit.lon, hit.lat))
    assert (hit.lon, hit.lat) == pytest.approx(on_edge, abs=1e-12)
    assert abs(hit.lat - 45.05) < 1e-4


def test_nothing_beyond_the_tolerance_and_excluded_plots_are_left_out(session):
    source = SnapSource(session)
    x, y = display(70.045, 45.045)  # the middle of KEG-0001: ~400 m from its edges
    assert source.snap(PROJ, x, y, 10.0) is None
    vx, vy = display(70.04, 45.04)  # KEG-0001's own corner, only that plot there
    assert source.snap(PROJ, vx, vy, 10.0) is not None
    assert source.snap(PROJ, vx, vy, 10.0, exclude_rows=[session.row_of("KEG-0001")]) is None


def test_zone_boundaries_snap_when_asked_for(session):
    x, y = display(70.0, 45.03)  # on z1's west boundary, far from any plot
    source = SnapSource(session)
    assert source.snap(PROJ, x + 5.0, y, 10.0) is None
    hit = source.snap(PROJ, x + 5.0, y, 10.0, zone_ids=["z1"])
    assert hit.kind == "edge" and hit.lon == pytest.approx(70.0, abs=1e-9)
    assert source.snap(PROJ, x + 5.0, y, 10.0, include_zones_near=True) == hit


def test_the_index_follows_plots_changed(session):
    source = SnapSource.for_session(session)
    assert SnapSource.for_session(session) is source  # one index per session
    x, y = display(70.02, 45.02)
    assert source.snap(PROJ, x, y, 10.0) is None
    ring = [(70.02, 45.02), (70.03, 45.02), (70.03, 45.03), (70.02, 45.03)]
    session.edit("Draw plot", ge.draw_plot_changes(session, "z1", ring, {}, reason="a test edit"))
    hit = source.snap(PROJ, x, y, 10.0)
    assert hit is not None and (hit.lon, hit.lat) == (70.02, 45.02)


def test_segment_params_nearest_points():
    a = np.array([[0.0, 0.0], [0.0, 0.0]])
    b = np.array([[10.0, 0.0], [0.0, 0.0]])  # a segment and a degenerate one
    t, d2 = segment_params(a, b, np.array([4.0, 3.0]))
    assert t.tolist() == [0.4, 0.0]
    assert d2.tolist() == [9.0, 25.0]
