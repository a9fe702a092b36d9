"""The digitising tools on a real canvas (pytest-qt, offscreen): clicks at the pixels of lon/lat
points, committed through the session to the file, refusals reported and nothing written."""

from types import SimpleNamespace

import pytest
import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from sezmap.analysis.engine import AnalysisEngine
from sezmap.render import crs as crs_mod
from sezmap.render.scene import MapScene, project_layers
from sezmap.session import ProjectSession
from sezmap.session import geometry_edits as ge
from sezmap.store.gpkg import GpkgStore
from sezmap.ui.canvas import MapCanvas
from sezmap.ui.edit_merge import merge_selected
from sezmap.ui.edit_tools import DrawPlotTool, SplitTool, VertexTool
from tests import factories as f
from tests.reason_answers import ReasonAnswers

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


@pytest.fixture
def env(qtbot, tmp_path):
    # zone z1 is 70.0..70.1 x 45.0..45.1; a row of three plots well inside it
    plots = [f.plot("KEG-0001", "z1", box(70.04, 45.04, 70.05, 45.05)),
             f.plot("KEG-0002", "z1", box(70.05, 45.04, 70.06, 45.05), status="allocated", tenant="Old LLP",
                    allocated_on="2025-01-10", contract_deadline="2027-01-10", investment_committed_kzt=2e9),
             f.plot("KEG-0003", "z1", box(70.06, 45.04, 70.07, 45.05))]
    zones = [f.zone("z1"), f.zone("z2", box(71.0, 45.0, 71.1, 45.1))]
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(zones=zones, plots=plots))
    session = ProjectSession(actor="Khorgos MC")
    project = store.load()
    session.set_project(store, project)
    session.set_engine(AnalysisEngine(project, "2026-06-01", logistics=False))
    session.set_zone("z1")
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    crs = canvas.settings.crs
    canvas.set_scene(MapScene(project_layers(project, crs), crs), fit=False)
    canvas.zoom_to_bounds(crs_mod.project_bounds(crs, (70.035, 45.035, 70.075, 45.065)), margin=0.0)
    messages, finished = [], []
    answers = ReasonAnswers()  # each map edit asks why: typed as a user would

    def use(tool):
        tool.message.connect(lambda message: messages.append(message.text()))  # (a status_text record)
        tool.finished.connect(lambda: finished.append(True))
        canvas.set_tool(tool)
        return tool

    yield SimpleNamespace(session=session, canvas=canvas, store=store, messages=messages, finished=finished,
                          use=use, answers=answers)
    answers.stop()
    canvas.shutdown()


def px(env, lon, lat, dx=0, dy=0) -> QPoint:
    x, y = crs_mod.forward(env.canvas.settings.crs, [lon], [lat])
    p = env.canvas.to_pixel(float(x[0]), float(y[0]))
    return QPoint(round(p.x()) + dx, round(p.y()) + dy)


def click(env, pos, button=LEFT):
    QTest.mouseMove(env.canvas, pos)
    QTest.mouseClick(env.canvas, button, NO_MOD, pos)


def double_click(env, pos):
    QTest.mouseClick(env.canvas, LEFT, NO_MOD, pos)  # the first click of a double-click
    QTest.mouseDClick(env.canvas, LEFT, NO_MOD, pos)


def file_plots(env):
    return env.store.load().plots.set_index("plot_id")


def history(env, plot_id):
    return [(e.field, e.old_value, e.new_value) for e in env.store.history(plot_id)]


def test_draw_a_plot_with_clicks_and_a_double_click(env):
    tool = env.use(DrawPlotTool(env.canvas, env.session))
    corners = [(70.041, 45.054), (70.049, 45.054), (70.049, 45.061), (70.041, 45.061)]
    for lon, lat in corners[:-1]:
        click(env, px(env, lon, lat))
    assert len(tool.points) == 3 and tool.snap_hit is None  # far from anything: not snapped
    QTest.mouseMove(env.canvas, px(env, 70.05, 45.05, dx=3))  # near KEG-0001's corner
    assert tool.snap_hit is not None and tool.snap_hit.kind == "vertex"
    assert not env.canvas.grab().isNull()  # the sketch, the tolerance circle and the snap marker
    double_click(env, px(env, *corners[-1]))
    assert env.finished == [True] and env.messages == []
    plots = file_plots(env)
    assert "KEG-0004" in plots.index and plots.loc["KEG-0004", "status"] == "vacant"
    assert plots.loc["KEG-0004", "zone_id"] == "z1"
    assert ("plot", None, "created") in history(env, "KEG-0004")
    geom = plots.loc["KEG-0004", "geometry"]
    assert geom.bounds == pytest.approx((70.041, 45.054, 70.049, 45.061), abs=1e-4)  # within a pixel
    assert env.session.undo_stack.undo_text == "Draw plot KEG-0004"
    assert [env.session.plot_id(r) for r in env.session.selection] == ["KEG-0004"]
    assert tool.points == []


def test_snapped_vertices_land_exactly_on_the_neighbours_vertices(env):
    tool = env.use(DrawPlotTool(env.canvas, env.session))
    click(env, px(env, 70.04, 45.05, dx=3, dy=-4))  # KEG-0001's top-left corner, 5 px off
    assert tool.snap_hit is not None and tool.snap_hit.kind == "vertex"
    click(env, px(env, 70.05, 45.05, dx=-4, dy=-2))  # its top-right corner
    click(env, px(env, 70.05, 45.056))
    click(env, px(env, 70.03, 45.06))  # a wrong point...
    QTest.keyClick(env.canvas, Qt.Key.Key_Backspace)  # ...taken back
    click(env, px(env, 70.04, 45.056))
    QTest.keyClick(env.canvas, Qt.Key.Key_Return)
    assert env.messages == [] and env.finished == [True]
    xy = shapely.get_coordinates(file_plots(env).loc["KEG-0004", "geometry"])
    assert len(xy) == 5
    for corner in ((70.04, 45.05), (70.05, 45.05)):
        assert min(abs(xy[:, 0] - corner[0]) + abs(xy[:, 1] - corner[1])) <= 1e-9


def test_a_vertex_snapped_on_a_neighbours_edge_makes_a_shared_boundary(env):
    tool = env.use(DrawPlotTool(env.canvas, env.session))
    click(env, px(env, 70.0437, 45.05, dy=-4))  # on KEG-0001's top edge, mid-way
    assert tool.snap_hit is not None and tool.snap_hit.kind == "edge"
    click(env, px(env, 70.05, 45.05, dx=3, dy=-3))  # its corner
    click(env, px(env, 70.05, 45.057))
    double_click(env, px(env, 70.0437, 45.057))
    assert env.messages == [] and env.finished == [True]  # touching, not overlapping
    plots = file_plots(env)
    new, old = plots.loc["KEG-0004", "geometry"], plots.loc["KEG-0001", "geometry"]
    assert shapely.length(shapely.intersection(new.boundary, old.buffer(1e-6))) > 0.005  # 6 of 10 mdeg shared


def test_a_drawn_plot_over_a_neighbour_is_refused_and_nothing_written(env):
    tool = env.use(DrawPlotTool(env.canvas, env.session))
    before = env.store.audit_tail(0)[0]
    for lon, lat in [(70.045, 45.045), (70.045, 45.058), (70.038, 45.058)]:
        click(env, px(env, lon, lat))
    double_click(env, px(env, 70.038, 45.045))
    assert env.finished == []
    assert len(env.messages) == 1 and "refused" in env.messages[0] and "overlap" in env.messages[0]
    assert "KEG-0001" in env.messages[0]
    assert sorted(file_plots(env).index) == ["KEG-0001", "KEG-0002", "KEG-0003"]
    assert env.store.audit_tail(0)[0] == before and not env.session.undo_stack.can_undo
    assert len(tool.points) == 4  # the sketch stays, to be fixed or cancelled
    QTest.keyClick(env.canvas, Qt.Key.Key_Escape)
    assert tool.points == []


def test_split_a_plot_then_merge_it_back(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0002")])
    env.use(SplitTool(env.canvas, session))
    click(env, px(env, 70.0553, 45.037))
    double_click(env, px(env, 70.0553, 45.053))
    assert env.messages == [] and env.finished == [True]
    plots = file_plots(env)
    assert sorted(plots.index) == ["KEG-0001", "KEG-0002", "KEG-0003", "KEG-0004"]
    assert plots.loc["KEG-0004", "tenant"] == "Old LLP" and plots.loc["KEG-0004", "status"] == "allocated"
    assert plots.loc["KEG-0002", "geometry"].area > plots.loc["KEG-0004", "geometry"].area  # the larger keeps the id
    assert ("lineage", None, "split from KEG-0002") in history(env, "KEG-0004")
    assert session.undo_stack.undo_text == "Split KEG-0002"
    assert sorted(session.plot_id(r) for r in session.selection) == ["KEG-0002", "KEG-0004"]

    reports = []
    assert merge_selected(session, lambda message: reports.append(message.text())) == "KEG-0002"
    assert reports == []
    plots = file_plots(env)
    assert sorted(plots.index) == ["KEG-0001", "KEG-0002", "KEG-0003"]
    merged, whole = plots.loc["KEG-0002", "geometry"], box(70.05, 45.04, 70.06, 45.05)
    # the cut's vertices stay on the (geodesic) edges, a hair off the lon/lat box
    assert shapely.area(shapely.symmetric_difference(merged, whole)) < 1e-4 * shapely.area(whole)
    assert {(70.05, 45.04), (70.05, 45.05), (70.06, 45.05), (70.06, 45.04)} <= set(
        map(tuple, shapely.get_coordinates(merged)))
    assert history(env, "KEG-0004")[-1] == ("lineage", None, "merged into KEG-0002")
    assert session.undo_stack.undo_text == "Merge KEG-0004 into KEG-0002"


def test_merge_refuses_plots_that_are_not_adjacent(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0001"), session.row_of("KEG-0003")])
    reports = []

    def report(message):
        reports.append(message.text())

    assert merge_selected(session, report) is None
    assert len(reports) == 1 and "KEG-0001" in reports[0] and "KEG-0003" in reports[0]
    session.set_selection([session.row_of("KEG-0001")])
    assert merge_selected(session, report) is None and "two or more" in reports[-1]
    assert len(file_plots(env)) == 3


def test_a_split_line_that_does_not_cross_is_refused(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0002")])
    env.use(SplitTool(env.canvas, session))
    click(env, px(env, 70.0553, 45.045))  # starts inside the plot
    double_click(env, px(env, 70.0553, 45.053))
    assert env.finished == [] and "refused" in env.messages[-1] and "inside the plot" in env.messages[-1]
    assert len(file_plots(env)) == 3


def test_split_without_a_selection_says_so(env):
    env.use(SplitTool(env.canvas, env.session))
    click(env, px(env, 70.0553, 45.037))
    assert "Select one plot" in env.messages[-1]


def test_vertex_tool_adds_moves_and_deletes_a_vertex(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0002")])
    tool = env.use(VertexTool(env.canvas, session))
    # double-click the top edge: a vertex there
    double_click(env, px(env, 70.055, 45.05))
    assert env.finished == [True], env.messages
    xy = shapely.get_coordinates(file_plots(env).loc["KEG-0002", "geometry"])
    assert len(xy) == 6
    assert not env.canvas.grab().isNull()  # the handles
    added = xy[abs(xy[:, 0] - 70.055) < 1e-4]
    assert len(added) == 1 and 0 <= added[0, 1] - 45.05 < 1e-6  # on the (geodesic) edge
    # drag it 30 px up
    start = px(env, 70.055, 45.05)
    end = start + QPoint(0, -30)
    QTest.mouseMove(env.canvas, start)
    QTest.mousePress(env.canvas, LEFT, NO_MOD, start)
    QTest.mouseMove(env.canvas, start + QPoint(0, -15))
    QTest.mouseMove(env.canvas, end)
    QTest.mouseRelease(env.canvas, LEFT, NO_MOD, end)
    assert env.finished == [True, True], env.messages
    geom = file_plots(env).loc["KEG-0002", "geometry"]
    assert geom.bounds[3] > 45.05 + 20 * env.canvas.settings.resolution / 111_000
    assert session.undo_stack.undo_text == "Move vertex of KEG-0002"
    # right-click it: gone again
    click(env, end, RIGHT)
    assert env.finished == [True, True, True], env.messages
    assert len(shapely.get_coordinates(file_plots(env).loc["KEG-0002", "geometry"])) == 5
    # Delete on the vertex under the cursor; a triangle cannot lose another
    QTest.mouseMove(env.canvas, px(env, 70.06, 45.05))
    assert tool.hover is not None
    QTest.keyClick(env.canvas, Qt.Key.Key_Delete)
    assert len(shapely.get_coordinates(file_plots(env).loc["KEG-0002", "geometry"])) == 4
    QTest.mouseMove(env.canvas, px(env, 70.05, 45.05))
    QTest.keyClick(env.canvas, Qt.Key.Key_Delete)
    assert "3 vertices" in env.messages[-1]
    assert len(shapely.get_coordinates(file_plots(env).loc["KEG-0002", "geometry"])) == 4


def test_dragging_a_vertex_snaps_onto_a_neighbour_vertex(env):
    session = env.session
    # a triangle north-east of KEG-0003; drag KEG-0003's top-right corner to 5 px off its corner
    session.edit("Draw", ge.draw_plot_changes(session, "z1", [(70.071, 45.052), (70.08, 45.052), (70.08, 45.06)], reason="a test edit"))
    session.set_selection([session.row_of("KEG-0003")])
    env.use(VertexTool(env.canvas, session))
    start = px(env, 70.07, 45.05)
    end = px(env, 70.071, 45.052, dx=4, dy=3)
    QTest.mouseMove(env.canvas, start)
    QTest.mousePress(env.canvas, LEFT, NO_MOD, start)
    QTest.mouseMove(env.canvas, end)
    QTest.mouseRelease(env.canvas, LEFT, NO_MOD, end)
    assert env.finished == [True], env.messages
    xy = shapely.get_coordinates(file_plots(env).loc["KEG-0003", "geometry"])
    assert min(abs(xy[:, 0] - 70.071) + abs(xy[:, 1] - 45.052)) <= 1e-9


def _draw_on_the_zone_edge(env, x0):
    """A plot whose bottom edge is snapped onto the zone's south boundary (lat 45.0) at x0..x0+0.004."""
    crs = env.canvas.settings.crs
    env.canvas.zoom_to_bounds(crs_mod.project_bounds(crs, (x0 - 0.004, 44.997, x0 + 0.008, 45.006)), margin=0.0)
    tool = env.use(DrawPlotTool(env.canvas, env.session))
    click(env, px(env, x0, 45.0, dy=-4))
    hits = [tool.snap_hit]
    click(env, px(env, x0 + 0.004, 45.0, dy=-4))
    hits.append(tool.snap_hit)
    click(env, px(env, x0 + 0.004, 45.004))
    double_click(env, px(env, x0, 45.004))
    return hits


def test_vertices_snap_onto_the_zone_boundary(env):
    hits = _draw_on_the_zone_edge(env, 70.001)
    assert [h.kind for h in hits] == ["edge", "edge"]
    for h in hits:  # on the boundary: its geodesic edge, a hair north of the parallel
        assert 0 <= h.lat - 45.0 < 2e-5
        assert ge.point_on_edge((70.0, 45.0), (70.1, 45.0), (h.lon, h.lat)) == pytest.approx((h.lon, h.lat), abs=1e-10)
    assert env.messages == [] and env.finished == [True]
    xy = shapely.get_coordinates(file_plots(env).loc["KEG-0004", "geometry"])
    assert (abs(xy[:, 1] - 45.0) < 2e-5).sum() == 3  # two vertices and the closing point


def test_vertices_snapped_onto_the_zone_boundary_mid_edge_are_accepted(env):
    # mid-way along an 8 km edge its geodesic is 1.2 m off the parallel: the zone rule must agree
    _draw_on_the_zone_edge(env, 70.048)
    assert env.messages == [] and env.finished == [True]


# --- reasons ------------------------------------------------------------------------------------

def reasons_of(env, plot_id):
    return {e.reason for e in env.store.history(plot_id)}


def test_map_edits_ask_for_a_reason_prefilled_with_the_last_one_and_none_is_made_up(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0002")])
    env.answers.reason = "resurvey of 2026"
    env.use(SplitTool(env.canvas, session))
    click(env, px(env, 70.0553, 45.037))
    double_click(env, px(env, 70.0553, 45.053))
    assert env.finished == [True]
    assert env.answers.prefilled == [""]  # the first edit: nothing made up
    assert reasons_of(env, "KEG-0004") == {"resurvey of 2026"} and "resurvey of 2026" in reasons_of(env, "KEG-0002")
    env.answers.reason = "merged back: survey error"
    assert merge_selected(session, lambda message: env.messages.append(message.text())) == "KEG-0002"
    assert env.answers.prefilled == ["", "resurvey of 2026"]  # the last one used, offered again
    assert "merged back: survey error" in reasons_of(env, "KEG-0004")


def test_a_cancelled_reason_writes_nothing_and_keeps_the_sketch(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0002")])
    env.answers.reason = None  # Escape
    tool = env.use(SplitTool(env.canvas, session))
    click(env, px(env, 70.0553, 45.037))
    double_click(env, px(env, 70.0553, 45.053))
    assert env.finished == [] and "needs a reason" in env.messages[-1]
    assert len(file_plots(env)) == 3 and len(tool.points) == 2


def test_a_vertex_move_asks_why(env):
    session = env.session
    session.set_selection([session.row_of("KEG-0001")])
    env.answers.reason = "corner staked by the surveyor"
    env.use(VertexTool(env.canvas, session))
    start, end = px(env, 70.04, 45.05), px(env, 70.042, 45.052)
    QTest.mouseMove(env.canvas, start)
    QTest.mousePress(env.canvas, LEFT, NO_MOD, start)
    QTest.mouseMove(env.canvas, start + QPoint(0, -15))
    QTest.mouseMove(env.canvas, end)
    QTest.mouseRelease(env.canvas, LEFT, NO_MOD, end)
    assert reasons_of(env, "KEG-0001") == {"corner staked by the surveyor"}
