"""A fast start: a large project opens in two steps (its zones, corridors and hubs
drawn first, then its plots), the plots' map arrays come from the coordinate stream the store
read, the analysis waits for the map, and ``sezmap --smoke-seconds N`` reports the start-up."""

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyproj
import pytest
import shapely
from PySide6.QtWidgets import QMessageBox

from factories import make_project

from sezmap.model import coords
from sezmap.model.statuses import STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render.geometry_arrays import GeometryArrays

ROOT = Path(__file__).resolve().parent.parent


# --- the plots' map arrays from the coordinate stream ------------------------------------------

def _vertices(arrays, i):
    return sorted(map(tuple, np.round(arrays.coords[arrays.coord_start[i]:arrays.coord_end[i]], 6)))


def test_arrays_from_the_coordinate_stream_match_those_from_the_geometries():
    hole = shapely.Polygon([(70, 45), (70.2, 45), (70.2, 45.2), (70, 45.2)],
                           [[(70.05, 45.05), (70.1, 45.05), (70.1, 45.1), (70.05, 45.1)]])
    two_parts = shapely.MultiPolygon([shapely.box(71, 45, 71.1, 45.1), shapely.box(71.2, 45, 71.3, 45.1)])
    clockwise = shapely.Polygon([(72, 45), (72, 45.1), (72.1, 45.1), (72.1, 45)])
    geoms = np.array([shapely.box(69, 44, 69.1, 44.1), hole, None, two_parts, shapely.Polygon(), clockwise,
                      shapely.MultiPolygon([shapely.box(73, 46, 73.1, 46.1)])], dtype=object)
    stream = coords.rings(geoms)
    assert not stream.simple.all()  # the mixed path: holes, parts and empties are rebuilt
    crs = crs_mod.DEFAULT_DISPLAY_CRS
    fast = GeometryArrays.from_rings(geoms, stream, crs)
    slow = GeometryArrays.from_geometries(geoms, crs)
    assert fast.kind == "polygon" and len(fast) == len(slow) == len(geoms)
    np.testing.assert_allclose(fast.bounds, slow.bounds, equal_nan=True)
    for i in range(len(geoms)):
        assert _vertices(fast, i) == _vertices(slow, i), i
        # each ring starts a part, as many parts as GEOS has rings
        parts = fast.part_start[fast.coord_start[i]:fast.coord_end[i]].sum()
        assert parts == slow.part_start[slow.coord_start[i]:slow.coord_end[i]].sum(), i
    assert np.isnan(fast.bounds[2]).all() and np.isnan(fast.bounds[4]).all()
    assert fast.total_bounds == pytest.approx(slow.total_bounds)


def test_arrays_from_an_all_one_ring_stream():
    geoms = np.array([shapely.box(70 + i / 10, 45, 70 + i / 10 + 0.05, 45.05) for i in range(20)], dtype=object)
    stream = coords.rings(geoms)
    assert stream.simple.all()
    fast = GeometryArrays.from_rings(geoms, stream, crs_mod.DEFAULT_DISPLAY_CRS)
    slow = GeometryArrays.from_geometries(geoms, crs_mod.DEFAULT_DISPLAY_CRS)
    np.testing.assert_allclose(fast.bounds, slow.bounds)
    assert (fast.part_start.sum(), len(fast.coords)) == (20, 100)


def test_large_coordinate_arrays_are_projected_in_two_halves_exactly():
    """By PROJ (a display CRS other than the default, which numpy projects: its two halves are
    checked against PROJ in tests/test_render_crs_numpy.py)."""
    crs = "EPSG:3857"
    n = crs_mod.SPLIT_MIN_POINTS + 7
    rng = np.random.default_rng(1)
    lonlat = np.column_stack([rng.uniform(46, 87, n), rng.uniform(40, 56, n)])
    got = crs_mod.forward_xy(crs, lonlat)
    x, y = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lonlat[:, 0], lonlat[:, 1])
    np.testing.assert_array_equal(got, np.column_stack([x, y]))
    assert crs_mod.forward_xy(crs, lonlat[:5]).shape == (5, 2)


def test_plots_layer_codes_unknown_and_missing_statuses_apart(tmp_path):
    from sezmap.render.scene import plots_layer
    from sezmap.store import open_store

    project = open_store(make_project(tmp_path / "p.gpkg")).load()
    project.plots.loc[0, "status"] = None
    project.plots.loc[1, "status"] = "no such status"
    layer = plots_layer(project, crs_mod.DEFAULT_DISPLAY_CRS)
    expected = [STATUSES.index(s) if s in STATUSES else len(STATUSES) for s in project.plots["status"]]
    assert layer.status_code.tolist() == expected
    assert layer.status_code[0] == layer.status_code[1] == len(STATUSES)


# --- opening in two steps ----------------------------------------------------------------------

@pytest.fixture
def stepped_window(open_window, monkeypatch):
    """A shown main window whose projects open in two steps (any project counts as large)."""
    from sezmap.session import loading

    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)
    return open_window()


def test_a_large_project_shows_its_zones_first_then_its_plots(stepped_window, qtbot, tmp_path):
    w = stepped_window
    path = make_project(tmp_path / "big.gpkg", n=6)
    seen = []

    def watch(step):  # after the window showed the step (it listens first)
        stage = step.step
        if stage == "analysis":
            return
        ids = [layer.layer_id for layer in w.scene.layers]
        seen.append((stage, len(w.project.plots), ids, w.engine))
        seen.append((w.session.store is not None, w.act["draw_plot"].isEnabled(), w.act["merge_plots"].isEnabled()))
        if stage == "outline":
            # the user works while the plots load: picks a zone, hides the zones, zooms in
            w.select_zone("z1")
            w.scene.layer("zones").visible = False
            w.canvas.zoom_by(2.0)
            seen.append(w.canvas.settings.resolution)

    w.loader.loaded.connect(watch)
    w.open_project(path)
    qtbot.waitUntil(lambda: w.engine is not None, timeout=30000)
    (stage1, plots1, ids1, engine1), editable1, resolution, (stage2, plots2, ids2, engine2), editable2 = seen
    assert (stage1, plots1, engine1) == ("outline", 0, None)
    assert editable1 == (False, False, False)  # nothing to edit before the plots are there
    assert editable2 == (True, True, True)
    assert {"zones", "corridors", "hubs", "countries"} <= set(ids1) and "plots" not in ids1
    assert (stage2, plots2, engine2) == ("plots", 36, None)
    assert ids2.index("plots") < ids2.index("zones")  # plots under the zones, above the basemap
    assert ids2.index("countries") < ids2.index("plots")
    assert not w.scene.layer("zones").visible  # what the user did meanwhile is kept
    assert w.canvas.settings.resolution == pytest.approx(resolution)
    assert w.current_zone == "z1" and w.dashboard.zone_id == "z1"
    assert w.zone_picker.currentData() == "z1"
    assert w.engine.project is w.project and w.engine.metrics["z1"].plots == 36
    assert w.table.model.rowCount() == 36  # the zone's plots, once they are there
    assert w.layers_panel.list.count() == len(w.scene.layers)


def test_a_project_that_fails_after_its_outline_leaves_nothing_open(stepped_window, qtbot, tmp_path, monkeypatch):
    from sezmap.model.problems import DataError
    from sezmap.session import loading

    def broken(path, maps, drawn=None):
        raise DataError("plots: row 3: broken geometry")

    warnings = []
    monkeypatch.setattr(loading, "plots_step", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    w = stepped_window
    w.open_project(make_project(tmp_path / "bad.gpkg"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
    assert "broken geometry" in warnings[0]
    assert w.project is None and w.scene is None and w.project_path is None
    assert w.canvas.scene.layers == [] and w.zone_picker.count() == 1
    assert w.windowTitle() == "sezmap"


def test_a_small_project_opens_in_one_step(qtbot, isolated_settings, tmp_path):
    from sezmap.render.project_map import ProjectMap
    from sezmap.session.loading import first_step
    from sezmap.ui.main_window import MainWindow

    path = make_project(tmp_path / "small.gpkg")
    step = first_step(path, ProjectMap(None, crs_mod.DEFAULT_DISPLAY_CRS))
    assert step.step == "whole" and len(step.project.plots) == 16 and step.map.layer("plots") is not None
    w = MainWindow(isolated_settings)
    qtbot.addWidget(w)
    w.show()
    stages = []
    w.loader.loaded.connect(lambda step: stages.append(step.step))
    w.open_project(path)
    qtbot.waitUntil(lambda: w.engine is not None, timeout=30000)
    assert stages == ["whole", "analysis"]
    w.canvas.shutdown()
    w.tasks.shutdown()


def test_the_analysis_starts_once_the_map_is_drawn(stepped_window, qtbot, tmp_path):
    w = stepped_window
    path = make_project(tmp_path / "p.gpkg")
    order = []
    w.canvas.renderFinished.connect(lambda _stats: order.append("map") if w.scene and w.scene.layer("plots") else None)
    w.loader.started.connect(lambda step, _path: order.append(step) if step == "analysis" else None)
    after = w._after_map  # its 1 s fallback would start the analysis on a machine too loaded to draw
    w._after_map = lambda fn, limit_ms=1000: after(fn, limit_ms=60_000)
    w.open_project(path)
    qtbot.waitUntil(lambda: w.engine is not None, timeout=30000)
    assert order.index("map") < order.index("analysis")
    assert order.count("analysis") == 1


def test_the_dashboard_shows_what_it_knows_before_the_figures(qtbot, isolated_settings, tmp_path):
    from sezmap.store import open_store
    from sezmap.ui.dashboard import ZoneDashboard

    store = open_store(make_project(tmp_path / "p.gpkg"))
    project = store.load()
    board = ZoneDashboard()
    qtbot.addWidget(board)
    board.set_project(project)
    board.set_zone("z1")
    assert board.figure_labels["official_area"][1].text() == "100.0 ha"
    assert board.figure_labels["plots"][1].text() == "16"
    assert board.figure_labels["allocated"][1].text() == ""
    assert "Computing" in board.note.text()
    # no titled empty boxes or captions without figures before the analysis
    assert board.status_box.isHidden() and board.idle_box.isHidden() and board.network_box.isHidden()
    assert board.figure_labels["allocated"][0].isHidden() and not board.figure_labels["plots"][0].isHidden()
    board.set_zone("z2")
    assert board.figure_labels["plots"][1].text() == "0"
    from sezmap.analysis.engine import AnalysisEngine

    board.set_zone("z1")
    board.set_engine(AnalysisEngine(project))
    assert board.figure_labels["allocated"][1].text() != ""
    assert not board.status_box.isHidden() and not board.figure_labels["allocated"][0].isHidden()


# --- the smoke mode ----------------------------------------------------------------------------

@pytest.mark.slow
def test_smoke_option_reports_the_start_up_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run([sys.executable, "-m", "sezmap", "--smoke-seconds", "0.5"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("sezmap: startup ")]
    events = dict(line.removeprefix("sezmap: startup ").split("=") for line in lines)
    assert {"first_map", "plots", "figures"} <= set(events)
    first = float(events["first_map"].removesuffix(" s"))
    assert 0 < first < 120


def test_process_age_counts_from_the_start_of_the_process():
    from sezmap.ui.startup import process_age

    # what ps(1) says of this process (whole seconds), and the age grows with the clock
    elapsed = int(subprocess.run(["ps", "-o", "etimes=", "-p", str(os.getpid())], capture_output=True,
                                 text=True, timeout=30, check=True).stdout)
    age = process_age()
    assert elapsed - 0.5 <= age <= elapsed + 1.5
    time.sleep(0.3)
    assert process_age() - age == pytest.approx(0.3, abs=0.15)
    # a process that sleeps 1.5 s before asking is 1.5 s old, not "since sezmap's import"
    code = "import time; time.sleep(1.5); from sezmap.ui.startup import process_age; print(process_age())"
    fresh = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 timeout=60, check=True).stdout)
    assert 1.5 <= fresh < 1.5 + 10


# --- what plain `sezmap` opens ------------------------------------------------------------------

def test_plain_sezmap_leaves_the_choice_to_the_app(monkeypatch):
    from sezmap import cli
    from sezmap.ui import app

    asked = []
    monkeypatch.setattr(app, "run_app", lambda path, smoke_seconds=None: asked.append(path) or 0)
    assert cli.main([]) == 0
    assert asked == [None]  # not the bundled project: run_app picks the last one


def test_startup_opens_the_last_project_while_it_exists(isolated_settings, tmp_path):
    from sezmap import paths
    from sezmap.ui.app import startup_target

    last = make_project(tmp_path / "mine.gpkg")
    isolated_settings.last_project = str(last)
    assert startup_target(None, isolated_settings) == str(last)
    assert startup_target(str(tmp_path / "named.gpkg"), isolated_settings) == str(tmp_path / "named.gpkg")
    Path(last).unlink()
    assert startup_target(None, isolated_settings) == str(paths.default_project())


@pytest.mark.slow
def test_plain_sezmap_opens_the_last_project_in_a_real_run(tmp_path):
    """`sezmap` with settings naming a last project: that project is the one opened (the app
    records what it opened as the last project; the bundled one would replace it)."""
    from PySide6.QtCore import QSettings

    last = str(make_project(tmp_path / "mine.gpkg"))
    ini = tmp_path / "cfg" / "sezmap" / "sezmap.ini"
    ini.parent.mkdir(parents=True)
    q = QSettings(str(ini), QSettings.Format.IniFormat)
    q.setValue("projects/last", last)
    q.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run([sys.executable, "-m", "sezmap", "--smoke-seconds", "0"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    after = QSettings(str(ini), QSettings.Format.IniFormat)
    assert after.value("projects/last") == last
    assert after.value("projects/recent") in ([last], last)
