"""Digitising gestures -> the plot changes of one step, committed through the session."""

import pytest
import shapely

from sezmap.model.edits import PlotCreate, PlotDelete, PlotEdit
from sezmap.model.problems import DataError
from sezmap.session import geometry_edits as ge
from tests import factories as f

AS_OF = "2026-06-01"


def cell(i, j):
    x, y = round(70.0 + i * 0.01, 6), round(45.01 + j * 0.01, 6)
    return shapely.box(x, y, round(x + 0.01, 6), round(y + 0.01, 6))


@pytest.fixture
def session(tmp_path):
    # z1 (70.0..70.1, 45.0..45.1): a row of 5 cells KEG-0001..0005, 45.01..45.02
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=cell(k, 0), status="vacant") for k in range(5)]
    plots[2].update(status="allocated", tenant="Old LLP", contract_deadline="2027-01-01",
                    investment_committed_kzt=1e9, allocated_on="2024-03-01", jobs_planned=40)
    plots.append(f.plot("OTH-0001", "z2", geometry=shapely.box(70.1, 45.01, 70.11, 45.02)))
    layers = f.layers(zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(70.1, 45.0, 70.2, 45.1))],
                      plots=plots)
    return f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)


def history(session, plot_id):
    return [(e.field, e.old_value, e.new_value) for e in session.store.history(plot_id)]


def file_geometry(session, plot_id):
    return session.store.read_plots([plot_id])[plot_id]["geometry"]


# --- drawing ----------------------------------------------------------------------------------

def test_a_drawn_plot_gets_the_next_id_of_its_zone_and_is_vacant(session):
    ring = [(70.0, 45.03), (70.01, 45.03), (70.01, 45.04), (70.0, 45.04)]
    changes = ge.draw_plot_changes(session, "z1", ring, {}, reason="a test edit")
    (create,) = changes
    assert isinstance(create, PlotCreate) and create.plot_id == "KEG-0006" and create.lineage is None
    assert create.values["status"] == "vacant" and create.values["zone_id"] == "z1"
    session.edit(f"Draw plot {create.plot_id}", changes)
    assert session.row_of("KEG-0006") is not None
    assert ("plot", None, "created") in history(session, "KEG-0006")
    assert shapely.equals(file_geometry(session, "KEG-0006"), shapely.Polygon(ring))


def test_a_drawn_plot_keeps_given_values_and_a_closed_ring_is_fine(session):
    ring = [(70.0, 45.03), (70.01, 45.03), (70.01, 45.04), (70.0, 45.04), (70.0, 45.03)]
    (create,) = ge.draw_plot_changes(session, "z1", ring, {"status": "reserved", "tenant": "New LLP",
                                                           "plot_id": "ignored"}, reason="a test edit")
    assert create.values["status"] == "reserved" and create.values["tenant"] == "New LLP"
    assert "plot_id" not in create.values
    assert len(shapely.get_coordinates(create.values["geometry"])) == 5


def test_a_plot_needs_three_distinct_vertices_and_a_zone(session):
    with pytest.raises(ValueError, match="3 distinct"):
        ge.draw_plot_changes(session, "z1", [(70.0, 45.03), (70.01, 45.03), (70.01, 45.03)], {}, reason="a test edit")
    with pytest.raises(ValueError, match="zone"):
        ge.draw_plot_changes(session, None, [(70.0, 45.03), (70.01, 45.03), (70.01, 45.04)], {}, reason="a test edit")


def test_a_drawn_plot_over_a_neighbour_is_refused_and_nothing_written(session):
    changes = ge.draw_plot_changes(session, "z1", [(70.005, 45.015), (70.015, 45.015), (70.015, 45.03),
                                                   (70.005, 45.03)], {}, reason="a test edit")
    with pytest.raises(DataError, match="overlap"):
        session.edit("Draw plot", changes)
    assert session.row_of(changes[0].plot_id) is None and not session.undo_stack.can_undo
    assert len(session.store.load().plots) == 6


# --- split ------------------------------------------------------------------------------------

def test_split_keeps_the_id_on_the_largest_piece_and_copies_attributes(session):
    line = [(70.027, 45.0), (70.027, 45.03)]  # KEG-0003 is 70.02..70.03: 70 % | 30 %
    changes = ge.split_changes(session, "KEG-0003", line, reason="a test edit")
    edit, create = changes
    assert isinstance(edit, PlotEdit) and edit.plot_id == "KEG-0003" and edit.expect_version == 1
    assert edit.changes["geometry"].bounds == pytest.approx((70.02, 45.01, 70.027, 45.02))
    assert isinstance(create, PlotCreate) and create.plot_id == "KEG-0006"
    assert create.lineage == "split from KEG-0003"
    assert create.values["tenant"] == "Old LLP" and create.values["status"] == "allocated"
    assert create.values["zone_id"] == "z1" and "version" not in create.values
    session.edit("Split KEG-0003", changes)
    assert ("lineage", None, "split from KEG-0003") in history(session, "KEG-0006")
    rec = session.store.read_plots(["KEG-0006"])["KEG-0006"]
    assert rec["tenant"] == "Old LLP" and str(rec["allocated_on"])[:10] == "2024-03-01"
    assert rec["jobs_planned"] == 12 and rec["investment_committed_kzt"] == pytest.approx(3e8, rel=1e-3)
    assert shapely.area(file_geometry(session, "KEG-0003")) + shapely.area(rec["geometry"]) == \
        pytest.approx(shapely.area(cell(2, 0)))


def test_a_line_that_does_not_cross_is_refused(session):
    with pytest.raises(ValueError, match="cross|cut"):
        ge.split_changes(session, "KEG-0001", [(70.005, 45.015), (70.005, 45.03)], reason="a test edit")
    with pytest.raises(ValueError, match="not in the project"):
        ge.split_changes(session, "NOPE", [(70.005, 44.91), (70.005, 45.03)], reason="a test edit")


def test_split_into_three(session):
    line = [(70.003, 45.0), (70.003, 45.03), (70.006, 45.03), (70.006, 45.0)]
    changes = ge.split_changes(session, "KEG-0001", line, reason="a test edit")
    assert [type(c).__name__ for c in changes] == ["PlotEdit", "PlotCreate", "PlotCreate"]
    assert [c.plot_id for c in changes] == ["KEG-0001", "KEG-0006", "KEG-0007"]
    session.edit("Split KEG-0001", changes)
    assert len(session.project.plots) == 8


# --- merge ------------------------------------------------------------------------------------

def test_merge_keeps_the_largest_and_removes_the_others_first(session):
    session.edit("Split", ge.split_changes(session, "KEG-0002", [(70.013, 45.0), (70.013, 45.03)], reason="a test edit"))
    # KEG-0002 is now 70.01..70.013 (30 %), KEG-0006 70.013..70.02 (70 %)... or the other way
    big = max(["KEG-0002", "KEG-0006"], key=lambda p: shapely.area(ge.plot_geometry_of(session, p)))
    small = ({"KEG-0002", "KEG-0006"} - {big}).pop()
    changes = ge.merge_changes(session, ["KEG-0002", "KEG-0006"], reason="a test edit")
    assert isinstance(changes[0], PlotDelete) and changes[0].plot_id == small
    assert changes[0].lineage == f"merged into {big}"
    assert isinstance(changes[-1], PlotEdit) and changes[-1].plot_id == big
    assert ge.merge_survivor(changes) == big
    session.edit("Merge", changes)
    assert session.row_of(small) is None
    merged = file_geometry(session, big)  # the cut's vertices sit on the geodesic edges, a hair off the box
    assert shapely.area(shapely.symmetric_difference(merged, cell(1, 0))) < 1e-4 * shapely.area(cell(1, 0))
    assert history(session, small)[-1] == ("lineage", None, f"merged into {big}")


def test_merge_on_a_tie_keeps_the_first_given(session):
    changes = ge.merge_changes(session, ["KEG-0002", "KEG-0001"], reason="a test edit")
    assert ge.merge_survivor(changes) == "KEG-0002"
    session.edit("Merge", changes)
    assert shapely.equals(file_geometry(session, "KEG-0002"), shapely.box(70.0, 45.01, 70.02, 45.02))


def test_merge_refuses_plots_apart_or_in_other_zones(session):
    with pytest.raises(ValueError, match="KEG-0001.*KEG-0003|KEG-0003.*KEG-0001"):
        ge.merge_changes(session, ["KEG-0001", "KEG-0003"], reason="a test edit")
    with pytest.raises(ValueError, match="different zones.*KEG-0005.*OTH-0001"):
        ge.merge_changes(session, ["KEG-0005", "OTH-0001"], reason="a test edit")
    with pytest.raises(ValueError, match="two or more"):
        ge.merge_changes(session, ["KEG-0001"], reason="a test edit")



def test_merging_the_selection_commits_one_step_and_selects_the_survivor(session):
    session.set_selection([session.row_of("KEG-0001"), session.row_of("KEG-0002")])
    outcome = ge.merge_selection(session, "a test edit")
    assert outcome == ge.MergeOutcome(kept="KEG-0001", what="Merge KEG-0002 into KEG-0001")
    assert session.undo_stack.undo_text == "Merge KEG-0002 into KEG-0001"
    assert session.row_of("KEG-0002") is None
    assert session.selection == (session.row_of("KEG-0001"),)


def test_merging_the_selection_says_why_not(session):
    assert ge.merge_selection(session, "a test edit").problem == ge.TOO_FEW
    session.set_selection([session.row_of("KEG-0001"), session.row_of("KEG-0003")])
    outcome = ge.merge_selection(session, "a test edit")
    assert outcome.problem == ge.REFUSED and outcome.kept is None
    assert isinstance(outcome.error, ValueError) and "KEG-0003" in str(outcome.error)
    assert session.row_of("KEG-0003") is not None and not session.undo_stack.can_undo
    session.set_project(None, None)
    assert ge.merge_selection(session, "a test edit").problem == ge.NO_PROJECT

# --- vertices ---------------------------------------------------------------------------------

def test_ring_numbering_without_the_closing_point(session):
    rings = ge.ring_list(ge.plot_geometry_of(session, "KEG-0001"))
    assert len(rings) == 1 and len(rings[0]) == 4


def test_moving_a_vertex_keeps_the_ring_closed(session):
    rings = ge.ring_list(ge.plot_geometry_of(session, "KEG-0001"))
    k = [tuple(v) for v in rings[0]].index((70.0, 45.02))
    (edit,) = ge.vertex_move_changes(session, "KEG-0001", 0, k, (70.0, 45.022), reason="a test edit")
    assert edit.expect_version == 1
    session.edit("Move vertex of KEG-0001", [edit])
    geom = file_geometry(session, "KEG-0001")
    xy = shapely.get_coordinates(geom)
    assert (xy[0] == xy[-1]).all() and (70.0, 45.022) in [tuple(v) for v in xy]
    # vertex 0 moves its closing point too
    (edit,) = ge.vertex_move_changes(session, "KEG-0001", 0, 0, (xy[0][0] - 0.0, xy[0][1] + 0.0), reason="a test edit")
    assert shapely.equals(edit.changes["geometry"], geom)


def test_insert_and_delete_a_vertex(session):
    (edit,) = ge.vertex_insert_changes(session, "KEG-0001", 0, 1, (69.999, 45.015), reason="a test edit")
    geom = edit.changes["geometry"]
    assert len(ge.ring_list(geom)[0]) == 5
    assert ge.ring_list(geom)[0][1].tolist() == [69.999, 45.015]
    (edit,) = ge.vertex_delete_changes(session, "KEG-0001", 0, 0, reason="a test edit")
    assert len(ge.ring_list(edit.changes["geometry"])[0]) == 3 and edit.changes["geometry"].is_valid


def test_a_triangle_cannot_lose_a_vertex(session):
    (edit,) = ge.vertex_delete_changes(session, "KEG-0001", 0, 0, reason="a test edit")
    session.edit("Delete vertex", [edit])
    with pytest.raises(ValueError, match="3 vertices"):
        ge.vertex_delete_changes(session, "KEG-0001", 0, 0, reason="a test edit")
    with pytest.raises(ValueError, match="3 distinct"):
        rings = ge.ring_list(ge.plot_geometry_of(session, "KEG-0001"))
        ge.vertex_move_changes(session, "KEG-0001", 0, 0, rings[0][1], reason="a test edit")
    with pytest.raises(ValueError, match="no ring"):
        ge.vertex_move_changes(session, "KEG-0001", 3, 0, (70.0, 45.01), reason="a test edit")


def test_a_vertex_moved_into_a_neighbour_is_refused_by_the_store(session):
    rings = ge.ring_list(ge.plot_geometry_of(session, "KEG-0001"))
    k = [tuple(v) for v in rings[0]].index((70.01, 45.02))
    changes = ge.vertex_move_changes(session, "KEG-0001", 0, k, (70.015, 45.02), reason="a test edit")
    with pytest.raises(DataError, match="KEG-0002"):
        session.edit("Move vertex of KEG-0001", changes)
    assert session.version_of("KEG-0001") == 1


def test_multipolygon_and_hole_rings_are_numbered_in_order():
    outer = shapely.box(0, 0, 10, 10)
    hole = shapely.box(2, 2, 4, 4)
    geom = shapely.MultiPolygon([shapely.Polygon(outer.exterior.coords, [hole.exterior.coords]),
                                 shapely.box(20, 0, 30, 10)])
    rings = ge.ring_list(geom)
    assert len(rings) == 3 and rings[1].min(axis=0).tolist() == [2, 2] and rings[2].min(axis=0).tolist() == [20, 0]
    rebuilt = ge._rebuild(geom, rings)
    assert rebuilt.geom_type == "MultiPolygon" and shapely.equals(rebuilt, geom)


def test_a_point_on_an_edge_lies_on_the_geodesic_and_ends_come_back_exactly():
    a, b = (70.04, 45.05), (70.05, 45.05)
    lon, lat = ge.point_on_edge(a, b, (70.044, 45.0501))
    assert lon == pytest.approx(70.044, abs=1e-7)
    assert 0 < lat - 45.05 < 1e-6  # a parallel is not a geodesic: the edge bows north a hair
    assert ge.point_on_edge(a, b, (70.03, 45.06)) == a
    assert ge.point_on_edge(a, b, (70.06, 45.0)) == b
    from sezmap.model import plot_geometry as pg
    # a plot above the edge with a vertex there does not overlap the one below
    below = shapely.box(70.04, 45.04, 70.05, 45.05)
    above = shapely.Polygon([(lon, lat), b, (70.05, 45.06), (lon, 45.06)])
    assert pg.geometry_rule_problems(above, None, [("below", below)]) == []
