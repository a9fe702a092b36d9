"""Import through the session in the real window (pytest-qt): the features show on the map
and in the dashboard without reopening the project, with one event, audited under the
Settings user."""

import sqlite3

import factories as f
import geopandas as gpd
import pytest
import shapely
from factories import make_project

SETTINGS_USER = "Dana Settings"


@pytest.fixture
def window(qtbot, isolated_settings, tmp_path):  # noqa: F811
    from sezmap.ui import i18n
    from sezmap.ui.main_window import MainWindow

    i18n.set_language("en")
    isolated_settings.user_name = SETTINGS_USER
    w = MainWindow(isolated_settings)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.open_project(make_project(tmp_path / "p.gpkg"), wait=True)
    w.start_analysis(wait=True)
    qtbot.waitUntil(lambda: w.engine is not None, timeout=30000)
    yield w
    w.canvas.shutdown()
    w.tasks.shutdown()


def write_plots(path, n):
    rows = [f.plot(f"new{i}", "z1", shapely.box(70.0 + i * 0.01, 45.095, 70.005 + i * 0.01, 45.099),
                   status="reserved", tenant="ТОО «Тест»") for i in range(n)]
    gpd.GeoDataFrame([{k: v for k, v in r.items() if k != "geometry"} for r in rows],
                     geometry=[r["geometry"] for r in rows], crs="EPSG:4326").to_file(path, driver="GeoJSON")
    return [r["plot_id"] for r in rows]


def audit_actors(project_path, ids):
    conn = sqlite3.connect(project_path)
    try:
        marks = ",".join("?" * len(ids))
        return {row[0] for row in conn.execute(f"SELECT actor FROM audit_log WHERE plot_id IN ({marks})", ids)}
    finally:
        conn.close()


def test_an_import_of_plots_shows_them_without_reopening_with_one_event(window, qtbot, tmp_path):
    w, n = window, 5
    ids = write_plots(tmp_path / "new.geojson", n)
    w.select_zone("z1")
    assert w.dashboard.figure_labels["plots"][1].text() == "16"
    session, project, engine, scene, store = w.session, w.project, w.engine, w.scene, w.session.store
    opened, events = [], []
    session.project_changed.connect(opened.append)
    session.plots_changed.connect(events.append)
    w.import_file(str(tmp_path / "new.geojson"), layer="plots")
    qtbot.waitUntil(lambda: len(w.project.plots) == 16 + n, timeout=20000)
    # not reopened: the same session, project, store, engine and scene
    assert w.session is session and w.project is project and w.session.store is store
    assert w.engine is engine and w.scene is scene and opened == []
    assert len(events) == 1 and events[0].origin == "import" and events[0].structural
    assert sorted(events[0].plot_ids) == sorted(ids) and len(events[0].added_rows) == n
    # on the map, in the analysis and in the dashboard
    assert len(w.scene.layer("plots").arrays) == 16 + n
    assert w.engine.metrics["z1"].plots == 16 + n
    assert w.dashboard.figure_labels["plots"][1].text() == str(16 + n)
    assert "Imported 5 features into" in w.statusBar().currentMessage()
    # audited under the Settings user, not the program's name
    assert audit_actors(w.project_path, ids) == {SETTINGS_USER}


def test_an_import_of_a_hub_remakes_its_layer_and_the_analysis_without_reopening(window, qtbot, tmp_path):
    w = window
    row = f.hub("h9", (75.0, 44.0), kind="dry_port")
    path = tmp_path / "hub.geojson"
    gpd.GeoDataFrame([{k: v for k, v in row.items() if k != "geometry"}], geometry=[row["geometry"]],
                     crs="EPSG:4326").to_file(path, driver="GeoJSON")
    session, project, scene, old_engine = w.session, w.project, w.scene, w.engine
    opened, events = [], []
    session.project_changed.connect(opened.append)
    session.layers_changed.connect(events.append)
    w.import_file(str(path), layer="hubs")
    qtbot.waitUntil(lambda: w.engine is not None and w.engine is not old_engine, timeout=30000)
    assert opened == [] and w.project is project and w.scene is scene
    assert [(e.layer, e.ids) for e in events] == [("hubs", ("h9",))]
    assert "h9" in set(w.project.hubs["hub_id"]) and len(w.scene.layer("hubs").arrays) == 3
    assert "h9" in w.engine.metrics["z1"].network_km
