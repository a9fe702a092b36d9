"""Renders draw snapshots: edits swap new read-only arrays into the scene (copy-on-write), a
render job draws the scene as it was when it started, cancelling stops inside a layer, and a
failure comes back in the job's result."""

import time

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from PySide6.QtGui import QColor

import factories as f
from sezmap.model import schema
from sezmap.model.edits import PlotEdit
from sezmap.model.project import Project
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.model.workflow import allowed_transitions
from sezmap.render import crs as crs_mod
from sezmap.render import layers as layers_mod
from sezmap.render.geometry_arrays import Derived, GeometryArrays
from sezmap.render.layers import MapLayer
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render_image
from sezmap.render.scene import MapScene, plots_layer, project_layers
from sezmap.render.scene_sync import SceneSync
from sezmap.session import ProjectSession
from sezmap.session.events import PlotsChanged
from sezmap.ui.render_job import RenderJob

CRS = crs_mod.DEFAULT_DISPLAY_CRS


def pixel(image, x, y) -> str:
    return QColor(image.pixel(int(x), int(y))).name().upper()


def run(job: RenderJob):
    job.start()
    assert job.wait(30)
    return job.result


def grid_plots(n: int, size=0.009, step=0.01) -> gpd.GeoDataFrame:
    """n x n square plots, statuses cycling through STATUSES."""
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    x, y = 70.0 + i.ravel() * step, 45.0 + j.ravel() * step
    return gpd.GeoDataFrame(
        {"plot_id": [f"p{k}" for k in range(n * n)], "zone_id": "z1",
         "status": [STATUSES[k % len(STATUSES)] for k in range(n * n)]},
        geometry=shapely.box(x, y, x + size, y + size), crs=4326)


# --- the arrays ------------------------------------------------------------------------------

def test_geometry_arrays_are_read_only_and_an_edit_leaves_the_old_ones_as_they_were():
    geoms = grid_plots(3).geometry.to_numpy()
    arrays = GeometryArrays.from_geometries(geoms, CRS)
    for name in ("coords", "part_start", "coord_start", "coord_end", "bounds", "centres", "sizes"):
        assert not getattr(arrays, name).flags.writeable, name
    with pytest.raises(ValueError):
        arrays.bounds[0] = 0.0  # an in-place write is an error, not a race
    before = arrays.bounds.copy()
    moved = arrays.replace([4], [shapely.box(71.0, 46.0, 71.5, 46.5)], CRS)
    removed = arrays.remove([0, 1])
    added = arrays.append([shapely.box(72.0, 47.0, 72.1, 47.1)], CRS)
    assert np.array_equal(arrays.bounds, before, equal_nan=True) and len(arrays) == 9
    assert moved.bounds[4][0] > before[4][2] and not moved.bounds.flags.writeable
    assert len(removed) == 7 and np.array_equal(removed.bounds, before[2:])
    assert len(added) == 10 and np.array_equal(added.bounds[:9], before)


def test_what_an_edit_derives_equals_what_is_computed_afresh():
    """Centres, sizes, the total bbox and the valid features are updated for the edited
    features only; after any edits they equal those computed from all the bounds."""
    arrays = GeometryArrays.from_geometries(grid_plots(10).geometry.to_numpy(), CRS)
    rng = np.random.default_rng(7)
    edits = [
        lambda a: a.append([shapely.box(69.0, 44.0, 69.1, 44.1), None], CRS),  # a new edge; no geometry
        lambda a: a.replace([len(a) - 2], [shapely.box(70.2, 45.2, 70.3, 45.3)], CRS),  # the edge goes back in
        lambda a: a.append([shapely.box(72.0, 47.0, 72.1, 47.1)], CRS),
        lambda a: a.remove([len(a) - 1]),  # the other edge goes
        lambda a: a.replace(rng.choice(len(a), 3, replace=False), [shapely.box(70.2, 45.2, 70.3, 45.3)] * 3, CRS),
        lambda a: a.replace([len(a) - 2], [shapely.box(70.4, 45.4, 70.5, 45.5)], CRS),  # the empty one gets one
        lambda a: a.remove(rng.choice(len(a), 5, replace=False)),
    ]
    totals = []
    for edit in edits:
        arrays = edit(arrays)
        afresh = Derived.of(arrays.bounds)
        assert np.array_equal(arrays.centres, afresh.centres, equal_nan=True)
        assert np.array_equal(arrays.sizes, afresh.sizes, equal_nan=True)
        assert arrays.total_bounds == afresh.total_bounds
        assert np.array_equal(arrays.all_valid, afresh.all_valid)
        totals.append(arrays.total_bounds)
    assert totals[1][0] > totals[0][0] and totals[3][2] < totals[2][2]  # the bbox did shrink


def test_a_status_edit_swaps_new_codes_and_shares_the_geometry():
    layer = plots_layer(Project(**f.layers([f.zone()], [f.plot("p1"), f.plot("p2", status="reserved")])), CRS)
    old_state = layer.state
    layer.set_statuses([0], ["operational"])
    assert layer.arrays is old_state.arrays  # no geometry copied for an attribute edit
    assert old_state.status_code.tolist() == [STATUSES.index("vacant"), STATUSES.index("reserved")]
    assert layer.status_code.tolist() == [STATUSES.index("operational"), STATUSES.index("reserved")]
    assert not layer.status_code.flags.writeable


# --- a render draws the scene as it was when it started ---------------------------------------

def test_a_render_started_before_an_edit_draws_the_state_before_and_one_after_the_state_after(tmp_path):
    plots = [f.plot(f"p{k}", "z1", f.cell(k % 4, k // 4), status=STATUSES[k % len(STATUSES)]) for k in range(16)]
    session = f.open_session(tmp_path / "snap.gpkg", f.layers([f.zone("z1", shapely.box(70.0, 45.0, 70.04, 45.04))],
                                                                plots))
    scene = MapScene(project_layers(session.project, CRS), CRS)
    SceneSync(session, scene)  # the window's listener
    row = session.row_of("p1")
    old = str(session.project.plots["status"].iat[row])
    new = next(s for s in allowed_transitions(old) if STATUS_COLOURS[s] != STATUS_COLOURS[old])
    settings = MapSettings(width=400, height=400, crs=CRS).fitted(scene.layer("zones").arrays.bounds[0])
    x, y = settings.world_to_pixel(*scene.layer("plots").arrays.centres[row])

    before = RenderJob(1, settings, scene)  # made (and its snapshot taken) before the edit
    session.edit("Edit p1", [PlotEdit("p1", {"status": new}, session.actor, "test", expect_version=1)])
    after = RenderJob(2, settings, scene)
    assert STATUSES[scene.layer("plots").status_code[row]] == new  # the listener swapped the codes in

    first, second = run(before), run(after)  # the job made first draws after the edit was made
    assert first.error is None and second.error is None
    assert pixel(first.image, x, y) == STATUS_COLOURS[old].upper()
    assert pixel(second.image, x, y) == STATUS_COLOURS[new].upper()


def test_a_render_job_holds_the_plots_arrays_while_it_draws_and_lets_go_once_drawn(tmp_path):
    """While a job may draw the plots layer's arrays, an edit copies them (``Room.readers``); once
    it has drawn (the canvas keeps the job a while after), they are written in place again."""
    plots = [f.plot(f"p{k}", "z1", f.cell(k % 4, k // 4), status="vacant") for k in range(16)]
    session = f.open_session(tmp_path / "snap.gpkg", f.layers([f.zone("z1", shapely.box(70.0, 45.0, 70.04, 45.04))],
                                                                plots))
    scene = MapScene(project_layers(session.project, CRS), CRS)
    room = scene.layer("plots").arrays.room
    assert room.alone()
    job = RenderJob(1, MapSettings(width=200, height=200, crs=CRS).fitted(scene.layer("zones").arrays.bounds[0]), scene)
    assert not room.alone()  # its snapshot may be drawn from now on
    assert run(job).error is None
    assert room.alone() and job.scene is None


@pytest.mark.slow
def test_edits_while_renders_run_on_other_threads_raise_nothing():
    """22,500 plots; plots taken out, added, reshaped, restyled and selected through the
    session's events (the project frame changed first, as the session does) while render jobs
    draw on their own threads, one job started before each edit; 60 edits at least, then until
    ~4 s or 400 edits."""
    n = 150
    project = Project(zones=f.frame(schema.ZONES, [f.zone("z1", shapely.box(70.0, 45.0, 71.5, 46.5))]),
                      plots=grid_plots(n), corridors=f.frame(schema.CORRIDORS, []),
                      hubs=f.frame(schema.HUBS, []))
    session = ProjectSession(actor="test")
    session.set_project(None, project)
    scene = MapScene(project_layers(project, CRS), CRS)
    SceneSync(session, scene)
    whole = MapSettings(width=320, height=240, crs=CRS).fitted(scene.layer("plots").arrays.total_bounds)
    views = [whole, whole.zoomed(4.0), whole.zoomed(12.0, 60, 60)]  # plots as pixels, as paths
    rng = np.random.default_rng(25)
    jobs, overlapped, edits = [], 0, 0

    def changed(**kw):
        defaults = dict(plot_ids=(), rows=(), fields=frozenset(), zones=frozenset(), origin="edit")
        session.plots_changed.emit(PlotsChanged(**{**defaults, **kw}))

    t0 = time.perf_counter()
    while edits < 60 or (time.perf_counter() - t0 < 4.0 and edits < 400):
        running = [j for j in jobs if not j.done.is_set()]
        if len(running) >= 3:
            running[0].wait(30)
        job = RenderJob(len(jobs), views[len(jobs) % len(views)], scene)
        jobs.append(job)
        job.start()
        plots = session.project.plots
        count = len(plots)
        kind = edits % 5
        if kind == 0:  # three plots taken out (the selection kept to rows still there after)
            session.set_selection(rng.choice(count - 3, 40, replace=False))
            gone = np.sort(rng.choice(count, 3, replace=False))
            session.project.plots = plots.drop(index=plots.index[gone]).reset_index(drop=True)
            changed(structural=True, removed_rows=tuple(int(r) for r in gone))
        elif kind == 1:  # three plots added at the end
            new = grid_plots(3).iloc[:3].assign(plot_id=[f"n{edits}-{k}" for k in range(3)])
            session.project.plots = pd.concat([plots, new], ignore_index=True)
            added = tuple(range(count, count + 3))
            changed(structural=True, rows=added, added_rows=added)
        elif kind == 2:  # three plots reshaped
            rows = np.sort(rng.choice(count, 3, replace=False))
            shift = rng.uniform(-0.2, 0.2)
            plots.loc[rows, "geometry"] = shapely.transform(plots.geometry.iloc[rows].to_numpy(),
                                                            lambda xy, dx=shift: xy + dx)
            changed(rows=tuple(int(r) for r in rows), fields=frozenset({"geometry"}))
        elif kind == 3:  # three plots given another status
            rows = np.sort(rng.choice(count, 3, replace=False))
            plots.loc[rows, "status"] = rng.choice(STATUSES, 3)
            changed(rows=tuple(int(r) for r in rows), fields=frozenset({"status"}))
        else:
            session.set_selection(rng.choice(count, int(rng.integers(1, 3000)), replace=False))
        edits += 1
        overlapped += any(not j.done.is_set() for j in jobs)
    for job in jobs:
        assert job.wait(30)
    errors = [job.result.error for job in jobs if job.result.error is not None]
    assert errors == []
    assert all(job.result.image is not None for job in jobs)
    assert len(jobs) >= 20 and overlapped >= 10, (len(jobs), overlapped)  # renders did run during edits
    fresh = plots_layer(session.project, CRS)
    shown = scene.layer("plots")
    assert (shown.status_code == fresh.status_code).all()
    assert shown.arrays.bounds == pytest.approx(fresh.arrays.bounds)


# --- cancelling and failing ----------------------------------------------------------------------

def test_cancelling_stops_inside_the_plots_layer_between_blocks(monkeypatch):
    n = 60
    layer = plots_layer(Project(zones=f.frame(schema.ZONES, []), plots=grid_plots(n),
                                corridors=f.frame(schema.CORRIDORS, []), hubs=f.frame(schema.HUBS, [])), CRS)
    scene = MapScene([layer], CRS)
    settings = MapSettings(width=600, height=600, crs=CRS).fitted(layer.arrays.total_bounds)
    monkeypatch.setattr(layers_mod, "CANCEL_BLOCK", 100)
    looks = []

    def cancelled():  # the render is cancelled after the plots layer's first few blocks
        looks.append(True)
        return len(looks) > 4

    full, _ = render_image(settings, scene)
    part, stats = render_image(settings, scene, cancelled)
    assert stats.get("cancelled")
    background = pixel(full, 0, 0)
    centres = layer.arrays.centres
    px, py = settings.world_to_pixel(centres[:, 0], centres[:, 1])
    drawn_full = sum(pixel(full, x, y) != background for x, y in zip(px, py, strict=True))
    drawn_part = sum(pixel(part, x, y) != background for x, y in zip(px, py, strict=True))
    assert drawn_full == n * n
    assert 0 < drawn_part <= 4 * 100  # a few blocks of 100 plots, not the rest


class FailingLayer(MapLayer):
    layer_id = "failing"

    def draw(self, ctx):
        raise RuntimeError("broken layer")


def test_a_failure_in_a_render_job_comes_back_in_its_result_and_finished_signal(qtbot):
    scene = MapScene([FailingLayer()], CRS)
    job = RenderJob(7, MapSettings(width=50, height=50, crs=CRS), scene)
    with qtbot.waitSignal(job.signals.finished, timeout=10000) as signal:
        job.start()
    result = signal.args[0]
    assert job.wait(5) and job.result is result
    assert result.job_id == 7 and result.image is None
    assert "RuntimeError: broken layer" in result.error


def test_the_canvas_keeps_its_image_and_tells_when_a_render_fails(qtbot):
    from sezmap.ui.canvas import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(120, 90)
    canvas.set_scene(MapScene([], CRS), fit=False)
    with qtbot.waitSignal(canvas.renderFinished, timeout=10000):
        canvas.refresh()
    shown = canvas.image
    canvas.scene.layers.append(FailingLayer())
    with qtbot.waitSignal(canvas.renderFinished, timeout=10000) as signal:
        canvas.refresh()
    assert signal.args[0]["error"] == "RuntimeError: broken layer"
    assert canvas.image is shown and not canvas.is_rendering()
