"""SceneSync, the one listener keeping a map scene in step with a session (no widgets): the
selection overlay, the plots layer's new arrays after edits, and what it says to redraw."""

import pytest
import shapely

import factories as f
from sezmap.model.edits import PlotEdit
from sezmap.model.statuses import STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render.scene import MapScene, project_layers
from sezmap.render.scene_sync import SceneSync

CRS = crs_mod.DEFAULT_DISPLAY_CRS


@pytest.fixture
def synced(tmp_path):
    plots = [f.plot(f"p{k}", "z1", f.cell(k % 3, k // 3)) for k in range(9)]
    session = f.open_session(tmp_path / "sync.gpkg", f.layers([f.zone("z1", shapely.box(70.0, 45.0, 70.03, 45.03))],
                                                                plots))
    scene = MapScene(project_layers(session.project, CRS), CRS)
    sync = SceneSync(session, scene)
    updates = []
    sync.updated.connect(updates.append)
    return session, scene, sync, updates


def test_the_selection_overlay_follows_the_sessions_selection(synced):
    session, scene, _sync, updates = synced
    session.set_selection([4, 2])
    overlay = scene.layer("selection")
    assert overlay.rows.tolist() == [2, 4] and overlay.arrays is scene.layer("plots").arrays
    assert updates[-1].plots is False
    session.set_selection([])
    assert scene.layer("selection") is None


def test_a_status_edit_swaps_the_codes_and_keeps_the_overlay(synced):
    session, scene, _sync, updates = synced
    session.set_selection([session.row_of("p4")])
    overlay, arrays = scene.layer("selection"), scene.layer("plots").arrays
    session.edit("Edit p4", [PlotEdit("p4", {"status": "reserved", "tenant": "T"}, session.actor, "test",
                                       expect_version=1)])
    layer = scene.layer("plots")
    assert STATUSES[layer.status_code[session.row_of("p4")]] == "reserved"
    assert layer.arrays is arrays and scene.layer("selection") is overlay  # nothing else made anew
    assert updates[-1].plots and updates[-1].bounds == pytest.approx(arrays.extent_of([session.row_of("p4")]))


def test_a_geometry_edit_remakes_the_overlay_over_the_new_arrays_and_redraws_both_places(synced):
    session, scene, _sync, updates = synced
    row = session.row_of("p0")
    session.set_selection([row])
    before = scene.layer("plots").arrays.extent_of([row])
    geom = shapely.box(70.0, 45.0, 70.005, 45.005)  # p0 shrinks
    session.edit("Reshape p0", [PlotEdit("p0", {"geometry": geom}, session.actor, "survey")])
    layer = scene.layer("plots")
    after = layer.arrays.extent_of([row])
    assert after[2] < before[2]
    assert scene.layer("selection").arrays is layer.arrays
    assert updates[-1].bounds == pytest.approx(before)  # the old outline covers the new one


def _drawn(layer):
    """What the plots layer draws, feature by feature: bounds, status code, vertices."""
    arrays = layer.arrays
    return [(tuple(arrays.bounds[i]), int(layer.status_code[i]),
             arrays.coords[arrays.vertex_indices([i])].round(9).tolist()) for i in range(len(arrays))]


def test_a_split_and_its_undo_leave_the_layer_as_a_fresh_one_drawn_from_the_project(synced):
    """The fast paths (the piece appended in the arrays' room; the undo's removal and reshape
    in one copy of the arrays) draw what a layer made afresh from the project draws, and the
    part redrawn covers where the plots were before."""
    from sezmap.session import geometry_edits as ge

    session, scene, _sync, updates = synced
    row = session.row_of("p4")
    old = scene.layer("plots").arrays.extent_of([row])
    session.edit("Split p4", ge.split_changes(session, "p4", [(70.015, 44.99), (70.015, 45.04)], reason="test"))
    assert len(session.project.plots) == 10
    fresh = MapScene(project_layers(session.project, CRS), CRS).layer("plots")
    assert _drawn(scene.layer("plots")) == _drawn(fresh)
    assert updates[-1].bounds == pytest.approx(old)
    shot = scene.snapshot()  # as a render started now draws it
    arrays = shot.layer("plots").arrays
    new_row = len(session.project.plots) - 1
    gone_extent = arrays.extent_of([new_row])
    kept_before = arrays.bounds.copy(), arrays.centres.copy(), arrays.coord_start.copy()
    session.undo()
    assert len(session.project.plots) == 9
    fresh = MapScene(project_layers(session.project, CRS), CRS).layer("plots")
    assert _drawn(scene.layer("plots")) == _drawn(fresh)
    bounds = updates[-1].bounds  # where the piece taken out and the reshaped half were
    assert bounds[0] <= gone_extent[0] and bounds[2] >= gone_extent[2] and bounds == pytest.approx(old)
    # the split's arrays, as a render may still be drawing them, are as they were
    assert all((a == b).all() for a, b in zip(kept_before, (arrays.bounds, arrays.centres, arrays.coord_start)))


def test_with_no_render_drawing_the_plots_a_split_and_its_undo_write_the_arrays_in_place(synced):
    """No snapshot of the plots layer alive (no render draws it): the split's reshape and its
    undo write the per-plot arrays in place, no copy of them; a snapshot alive (a render
    drawing) keeps its arrays as they were, and the edit copies."""
    import gc

    from sezmap.session import geometry_edits as ge

    session, scene, _sync, _updates = synced
    gc.collect()  # (snapshots of earlier renders gone)
    layer = scene.layer("plots")

    def where(arrays):
        return [a.__array_interface__["data"][0] for a in (arrays.bounds, arrays.centres, arrays.coord_start)]

    before = where(layer.arrays)
    session.edit("Split p4", ge.split_changes(session, "p4", [(70.015, 44.99), (70.015, 45.04)], reason="test"))
    assert where(layer.arrays) == before
    session.undo()
    assert where(layer.arrays) == before and len(layer.arrays) == 9
    assert _drawn(layer) == _drawn(MapScene(project_layers(session.project, CRS), CRS).layer("plots"))
    shot = scene.snapshot()
    drawing = shot.layer("plots")
    seen = _drawn(drawing)
    session.redo()
    assert where(layer.arrays) != before and _drawn(drawing) == seen  # copied: the render's stay
    del shot, drawing
    assert layer.arrays.room.alone()
    session.undo()  # the snapshot gone: in place again
    assert _drawn(layer) == _drawn(MapScene(project_layers(session.project, CRS), CRS).layer("plots"))
