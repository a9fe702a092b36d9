"""Opening a project step by step in the session (session.loading), without a window: the
steps in order with named results, the outline without a store, a newer open dropping an
older one's steps, a failure of the plots leaving nothing open."""

import os

import numpy as np
import pytest
from factories import make_project

from sezmap.model.problems import DataError
from sezmap.render import crs as crs_mod
from sezmap.render.project_map import ProjectMap
from sezmap.session import ProjectSession, loading
from sezmap.session.loading import ProjectLoader

MAPS = ProjectMap(None, crs_mod.DEFAULT_DISPLAY_CRS)


class Later:
    """A task door that runs the work when told (as the task thread would, later)."""

    def __init__(self):
        self.queued = []

    def __call__(self, fn, on_done, on_failed):
        self.queued.append((fn, on_done, on_failed))

    def run_all(self):
        while self.queued:
            fn, on_done, on_failed = self.queued.pop(0)
            try:
                result = fn()
            except DataError as exc:
                on_failed(exc.summary())
            else:
                on_done(result)


@pytest.fixture
def session():
    return ProjectSession(actor="ana")


def listen(loader):
    heard = []
    loader.started.connect(lambda step, path: heard.append(("started", step)))
    loader.loaded.connect(lambda step: heard.append(("loaded", step.step)))
    loader.failed.connect(lambda failure: heard.append(("failed", failure.step, failure.message)))
    return heard


def test_a_large_project_opens_outline_then_plots_then_analysis(session, tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)
    path = make_project(tmp_path / "p.gpkg")
    door, maps_drawn = Later(), []
    loader = ProjectLoader(session, door, after_map=lambda fn: maps_drawn.append(fn))
    heard = listen(loader)
    seen = []
    loader.loaded.connect(lambda step: seen.append((step.step, session.store is not None, len(session.project.plots),
                                                    step.map, step.engine)))
    loader.open(path, MAPS)
    door.run_all()
    assert seen[0][:3] == ("outline", False, 0)  # nothing to edit while the plots load
    assert {"zones", "corridors", "hubs"} <= {layer.layer_id for layer in seen[0][3].layers}
    assert seen[0][3].layer("plots") is None
    assert door.queued == []  # the plots wait for the outline's map
    maps_drawn.pop(0)()
    door.run_all()
    assert seen[1][:3] == ("plots", True, 16) and seen[1][3].layer("plots") is not None
    assert session.engine is None  # the analysis waits for the plots' map
    maps_drawn.pop(0)()
    door.run_all()
    assert seen[2][0] == "analysis" and seen[2][4] is session.engine and session.engine.project is session.project
    assert heard == [("started", "project"), ("loaded", "outline"), ("started", "plots"), ("loaded", "plots"),
                     ("started", "analysis"), ("loaded", "analysis")]


def test_a_small_project_opens_whole(session, tmp_path):
    path = make_project(tmp_path / "p.gpkg")
    loader = ProjectLoader(session, Later())
    heard = listen(loader)
    loader.open(path, MAPS)
    loader.run.run_all()
    assert heard == [("started", "project"), ("loaded", "whole"), ("started", "analysis"), ("loaded", "analysis")]
    assert loader.path == str(path) and len(session.project.plots) == 16 and session.engine is not None


def test_a_newer_open_drops_the_steps_of_the_one_before(session, tmp_path):
    first, second = make_project(tmp_path / "a.gpkg"), make_project(tmp_path / "b.gpkg", n=2)
    door = Later()
    loader = ProjectLoader(session, door)
    heard = listen(loader)
    loader.open(first, MAPS)
    loader.open(second, MAPS)
    door.run_all()
    assert [h for h in heard if h[0] == "loaded"] == [("loaded", "whole"), ("loaded", "analysis")]
    assert session.project.location.endswith("b.gpkg") and len(session.project.plots) == 4


def test_plots_that_fail_after_the_outline_leave_nothing_open(session, tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)

    def broken(path, maps, drawn=None):
        raise DataError("plots: row 3: broken geometry")

    monkeypatch.setattr(loading, "plots_step", broken)
    door = Later()
    loader = ProjectLoader(session, door)
    heard = listen(loader)
    loader.open(make_project(tmp_path / "p.gpkg"), MAPS)
    door.run_all()
    assert heard[-1][:2] == ("failed", "plots") and "broken geometry" in heard[-1][2]
    assert session.project is None and session.store is None and loader.path is None


def test_a_project_that_cannot_be_read_fails_its_first_step(session, tmp_path):
    bad = tmp_path / "not.gpkg"
    bad.write_text("not a project")
    door = Later()
    loader = ProjectLoader(session, door)
    heard = listen(loader)

    def failing(fn, on_done, on_failed):
        try:
            on_done(fn())
        except Exception as exc:  # noqa: BLE001 - any reading error is the step's failure
            on_failed(str(exc))

    loader.run = failing
    loader.open(bad, MAPS)
    assert heard[0] == ("started", "project") and heard[1][:2] == ("failed", "project")
    assert session.project is None


def test_the_ids_in_use_are_indexed_with_the_analysis_not_at_the_first_split(session, tmp_path, monkeypatch):
    from sezmap.session import plot_ids

    path = make_project(tmp_path / "p.gpkg")
    loader = ProjectLoader(session, Later())
    loader.open(path, MAPS)
    built_where = []
    made = plot_ids.PlotIdIndex.for_frame

    def for_frame(self, plots):
        if self._frame is not plots or self._lower is None:
            built_where.append("task" if running else "ui")
        return made(self, plots)

    running = False
    monkeypatch.setattr(plot_ids.PlotIdIndex, "for_frame", for_frame)
    while loader.run.queued:  # the task door: what it runs is marked as run there
        fn, on_done, on_failed = loader.run.queued.pop(0)
        running = True
        result = fn()
        running = False
        on_done(result)
    assert built_where == ["task"]
    zone = str(session.project.plots["zone_id"].iat[0])
    ids = plot_ids.new_plot_ids(session.project.plots, session.plot_ids, zone, 2)
    assert len(ids) == 2 and built_where == ["task"]  # the first new ids use the index made with the analysis


def _same_arrays(a, b):
    for name in ("coords", "part_start", "coord_start", "coord_end", "bounds", "centres", "sizes", "all_valid"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    assert a.total_bounds == b.total_bounds


def test_a_large_file_draws_its_plots_from_their_stream_before_their_project(session, tmp_path, monkeypatch):
    """The plots' map comes before their project (drawn from the geometry scan's coordinate
    stream, nothing built by GEOS, nothing picked while the session holds the outline), equal
    to the map made from the validated project, and kept when that project comes."""
    from sezmap.render.identify import identify
    from sezmap.render.scene import plots_layer
    from sezmap.store import layer_reads

    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 0)  # read in two scans, as a large layer is
    path = make_project(tmp_path / "p.gpkg")
    door, maps_drawn = Later(), []
    loader = ProjectLoader(session, door, after_map=lambda fn: maps_drawn.append(fn))
    heard = listen(loader)
    seen = []
    loader.loaded.connect(lambda step: seen.append((step, session.store is not None, len(session.project.plots))))
    built = []  # the geometries built when the plots' map is shown
    loader.loaded.connect(lambda step: step.read is not None and built.extend(step.read.scan.decoded.geoms.tolist()))
    loader.open(path, MAPS)
    door.run_all()
    maps_drawn.pop(0)()  # the outline's map drawn
    door.run_all()
    (early, has_store, rows), (plots, _, _) = seen[1], seen[2]
    assert early.step == "plots map" and not has_store and rows == 0  # the session still holds the outline
    drawn = early.map.layer("plots")
    assert [layer.layer_id for layer in early.map.layers] == ["plots"] and len(drawn.arrays) == 16
    assert built == [None] * 16  # one-ring plots: not built by GEOS for their map
    x, y = drawn.arrays.centres[3]
    assert identify(early.project, early.map, x, y, 0.0) == []  # drawn before its rows: not picked
    # the project matched the scan and the outline: nothing new to draw, the plots' layer stays
    assert plots.step == "plots" and plots.map.layers == [] and len(plots.project.plots) == 16
    fresh = plots_layer(plots.project, MAPS.display_crs)  # as the map of the validated project is made
    _same_arrays(drawn.arrays, fresh.arrays)
    np.testing.assert_array_equal(drawn.status_code, fresh.status_code)
    assert identify(plots.project, early.map, x, y, 0.0)[0].row == 3  # picked once its rows are in
    # the plots on the map already: the analysis follows the project at once (no wait for a map)
    assert maps_drawn == [] and session.engine is not None and session.engine.project is plots.project
    assert [h for h in heard if h[0] == "loaded"] == [("loaded", "outline"), ("loaded", "plots map"),
                                                      ("loaded", "plots"), ("loaded", "analysis")]


def test_plots_written_between_their_two_scans_are_read_again_and_drawn_afresh(session, tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.compute as pc

    from sezmap.store import layer_reads

    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 0)
    real = layer_reads.pyogrio.read_arrow

    def written_in_between(*a, **k):  # the geometry scan sees a newer version of every row
        meta, table = real(*a, **k)
        at = table.schema.get_field_index("version")
        return meta, table.set_column(at, "version", pc.add(table.column("version"), pa.scalar(1, table.column("version").type)))

    monkeypatch.setattr(layer_reads.pyogrio, "read_arrow", written_in_between)
    door = Later()
    loader = ProjectLoader(session, door)
    seen = []
    loader.loaded.connect(seen.append)
    loader.open(make_project(tmp_path / "p.gpkg"), MAPS)
    door.run_all()
    early, plots = seen[1], seen[2]
    assert early.step == "plots map" and not early.read.used
    assert plots.map.layer("plots") is not early.map.layer("plots")  # made afresh from the project read again
    assert len(plots.project.plots) == 16 and plots.project.plots["version"].tolist() == [1] * 16


def test_the_analysis_is_prepared_beside_the_plots_read_not_before_it(session, tmp_path, monkeypatch):
    """Its import and the zones' logistics (zones, corridors and hubs only) are made of the
    outline on a thread of its own (at the usual priority: it holds the GIL), not on the task
    thread ahead of the plots' read; the analysis of the project uses them (it does not make
    them again) and its figures are a plain analysis's."""
    import threading

    from sezmap.analysis.engine import AnalysisEngine

    monkeypatch.setattr(loading, "OUTLINE_MIN_PLOTS", 1)
    real_prepare, where = loading.prepare_analysis, []

    def prepare(outline):
        where.append((threading.current_thread().name, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        return real_prepare(outline)

    monkeypatch.setattr(loading, "prepare_analysis", prepare)
    door, maps_drawn = Later(), []
    loader = ProjectLoader(session, door, after_map=lambda fn: maps_drawn.append(fn))
    loader.open(make_project(tmp_path / "p.gpkg"), MAPS)
    fn, on_done, _failed = door.queued.pop(0)
    on_done(fn())  # the outline taken
    assert door.queued == [] and len(maps_drawn) == 1  # nothing ahead of the plots; they wait for the map
    outline_prepared = loader._preparing.result(timeout=60)
    assert outline_prepared.outline is session.project
    assert where[0][0].startswith("sezmap-prepare") and where[0][1] == os.getpriority(os.PRIO_PROCESS, 0)

    def made_again(self):
        raise AssertionError("the logistics were made again")

    monkeypatch.setattr(AnalysisEngine, "_logistics_values", made_again)
    while maps_drawn:
        maps_drawn.pop(0)()
        door.run_all()
    engine = session.engine
    assert engine is not None and engine.project is session.project
    monkeypatch.undo()
    plain = AnalysisEngine(session.project)
    for zid, m in plain.metrics.items():
        assert engine.metrics[zid].nearest == m.nearest and engine.metrics[zid].network_km == m.network_km
        assert engine.metrics[zid].centroid == m.centroid
    import dataclasses

    other = dataclasses.replace(session.project, zones=session.project.zones.copy())
    other.zones.loc[0, "name_en"] = "Renamed"  # other zones than the outline's: the analysis makes its own
    made, real = [], AnalysisEngine._logistics_values
    monkeypatch.setattr(AnalysisEngine, "_logistics_values", lambda self: made.append(1) or real(self))
    loading.analyse(other, outline_prepared)
    assert made == [1]



def test_the_outline_drawn_is_drawn_again_only_if_the_project_has_other_zones(tmp_path):
    from sezmap.session.loading import plots_step, read_outline

    path = make_project(tmp_path / "p.gpkg")
    outline = read_outline(path)
    project = loading.read_project(path)
    assert MAPS.plots(project, drawn=True, shown=outline).layers == []
    assert [layer.layer_id for layer in MAPS.plots(project).layers] == ["plots", "zones", "corridors", "hubs"]
    outline.zones.loc[0, "name_en"] = "Renamed meanwhile"  # another program wrote the zones in between
    assert [layer.layer_id for layer in MAPS.plots(project, drawn=True, shown=outline).layers] == [
        "zones", "corridors", "hubs"]
    assert plots_step(path, MAPS).map.layer("plots") is not None  # no plots drawn before: made


def test_the_figures_are_handed_over_before_the_ids_and_the_frames_room(session, tmp_path):
    """The analysis's step gives the session its engine (the dashboard) without waiting for the
    ids' index and the frame's seat made beside it; those are taken by a later step, if the
    frame is still the one they were made for."""
    door = Later()
    loader = ProjectLoader(session, door)
    heard = listen(loader)
    loader.open(make_project(tmp_path / "p.gpkg"), MAPS)
    while ("loaded", "analysis") not in heard:
        fn, on_done, on_failed = door.queued.pop(0)
        on_done(fn())
    frame = session.project.plots
    assert session.engine is not None and session.engine.project is session.project
    assert session.plot_ids._frame is not frame  # not yet: its step is still queued
    assert len(door.queued) == 1
    door.run_all()
    assert session.plot_ids._frame is session.project.plots and session.plot_ids._lower is not None
    assert session.project.plots is not frame  # the seated copy (its columns in buffers with room)
    assert session.project.plots.equals(frame)


@pytest.mark.parametrize("order", ["newer open queued behind it", "newer project open already"])
def test_an_analysis_whose_project_another_open_replaces_stops_and_fails_nothing(session, tmp_path, monkeypatch,
                                                                                 order):
    """The analysis of a project that another open replaces gives up before its first work unit,
    whether that open's own first step is still queued behind it on the task thread (it held
    that thread, and so the newer project, for its whole time: ~1.5 s at 1M plots) or has run;
    it says no failure, and the newer project's analysis comes as ever."""
    from sezmap.analysis.engine import AnalysisEngine

    units = []
    real = AnalysisEngine._zone_geometry

    def counted(self, *args):
        units.append(self.project.location)
        return real(self, *args)
    monkeypatch.setattr(AnalysisEngine, "_zone_geometry", counted)
    first, second = make_project(tmp_path / "a.gpkg"), make_project(tmp_path / "b.gpkg", n=2)
    door = Later()
    loader = ProjectLoader(session, door)
    heard = listen(loader)
    loader.open(first, MAPS)
    fn, on_done, on_failed = door.queued.pop(0)
    on_done(fn())  # the first project open, its analysis queued
    assert len(door.queued) == 1 and session.project.location.endswith("a.gpkg")
    analysis_of_first = door.queued.pop(0)
    loader.open(second, MAPS)
    if order == "newer project open already":
        door.run_all()  # the second project open and analysed
        assert session.engine is not None and session.engine.project is session.project
    fn, on_done, on_failed = analysis_of_first
    on_done(fn())  # the first one's analysis runs: late, or before the newer open's steps
    door.run_all()
    assert not [u for u in units if u.endswith("a.gpkg")] and [u for u in units if u.endswith("b.gpkg")]
    assert session.project.location.endswith("b.gpkg") and session.engine.project is session.project
    assert not [h for h in heard if h[0] == "failed"] and not session.analysing
    assert [h for h in heard if h[0] == "loaded"] == [("loaded", "whole"), ("loaded", "whole"), ("loaded", "analysis")]
