"""An import through the session, without a window: one transaction under the session's actor,
one event, the project frame and the engine patched in place; a refused file changes nothing."""

import sqlite3

import factories as f
import geopandas as gpd
import pytest
import shapely
from factories import make_project

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.problems import DataError
from sezmap.session import ProjectSession
from sezmap.store import open_store


@pytest.fixture
def session(tmp_path):
    store = open_store(make_project(tmp_path / "p.gpkg"))
    s = ProjectSession(actor="Dana")
    s.set_project(store, store.load())
    s.set_engine(AnalysisEngine(s.project))
    return s


def plots_file(path, rows):
    gpd.GeoDataFrame([{k: v for k, v in r.items() if k != "geometry"} for r in rows],
                     geometry=[r["geometry"] for r in rows], crs="EPSG:4326").to_file(path, driver="GeoJSON")
    return str(path)


def test_imported_plots_join_the_project_and_engine_with_one_event(session, tmp_path):
    rows = [f.plot(f"n{i}", "z1", shapely.box(70.0 + i * 0.01, 45.095, 70.005 + i * 0.01, 45.099)) for i in range(3)]
    project, engine, events, reports = session.project, session.engine, [], []
    session.plots_changed.connect(events.append)
    session.import_features(plots_file(tmp_path / "n.geojson", rows), "plots", on_done=reports.append)
    assert session.project is project and session.engine is engine
    assert len(project.plots) == 19 and list(project.plots["plot_id"].iloc[-3:]) == ["n0", "n1", "n2"]
    assert engine.metrics["z1"].plots == 19 and engine.row("n2") == 18
    (event,) = events
    assert (event.origin, event.added_rows, event.actors, event.zones) == ("import", (16, 17, 18), ("Dana",),
                                                                            frozenset({"z1"}))
    assert reports[0].count == 3 and reports[0].ids == ("n0", "n1", "n2")
    with sqlite3.connect(session.store.location) as conn:
        actors = conn.execute("SELECT DISTINCT actor FROM audit_log WHERE plot_id LIKE 'n%'").fetchall()
    assert actors == [("Dana",)]
    assert session.poll_external() is None  # its own audit rows are not news


def test_a_refused_import_changes_nothing_and_sends_nothing(session, tmp_path):
    rows = [f.plot("p1", "z1", shapely.box(70.0, 45.095, 70.005, 45.099))]  # p1 is there already
    events = []
    session.plots_changed.connect(events.append)
    with pytest.raises(DataError):
        session.import_features(plots_file(tmp_path / "dup.geojson", rows), "plots")
    assert events == [] and len(session.project.plots) == 16


def test_no_import_without_an_open_project(tmp_path):
    with pytest.raises(ValueError):
        ProjectSession(actor="Dana").import_features(str(tmp_path / "x.geojson"), "plots")


def test_imported_zones_join_the_project_on_either_store(tmp_path, on_store):
    """The app's import of a layer other than the plots, on the GeoPackage and on PostGIS: the layer
    read again from the store, one layers_changed event, the analysis dropped to be made afresh."""
    from sezmap.model import schema

    store = open_store(on_store(make_project(tmp_path / "p.gpkg")))
    session = ProjectSession(actor="Dana")
    session.set_project(store, store.load())
    session.set_engine(AnalysisEngine(session.project))
    source = tmp_path / "zones.geojson"
    f.frame(schema.ZONES, [f.zone("z9", shapely.box(72.0, 45.0, 72.1, 45.1))]).to_file(source)
    events, reports = [], []
    session.layers_changed.connect(events.append)
    session.import_features(str(source), "zones", on_done=reports.append)
    assert [(e.layer, e.ids) for e in events] == [("zones", ("z9",))] and reports[0].count == 1
    assert "z9" in set(session.project.zones["zone_id"]) and session.engine is None
