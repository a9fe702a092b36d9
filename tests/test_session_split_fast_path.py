"""A split, a merge and their undo through the fast path (ids from the kept index, frame rows
taken out run by run, map arrays grown in their room, the engine in place) leave the session
as a fresh load of the file would: the same frame, engine figures and map arrays."""

import numpy as np
import pandas as pd
import pytest

from sezmap.render.scene import MapScene, project_layers
from sezmap.render.scene_sync import SceneSync
from sezmap.session import geometry_edits as ge
from sezmap.session.plot_ids import PlotIdIndex
from tests import factories as f
from tests.test_analysis_engine_changes import AS_OF, Z1, Z2, assert_equals_fresh, start_records
from tests.test_render_room import drawn

CRS = "EPSG:3857"


def by_id(plots):
    frame = pd.DataFrame(plots.drop(columns="geometry")).assign(wkb=plots.geometry.to_wkb())
    return frame.sort_values("plot_id").reset_index(drop=True)


def assert_as_reloaded(session, scene):
    fresh = session.store.load()
    ours = session.project.plots
    pd.testing.assert_frame_equal(by_id(ours), by_id(fresh.plots), check_dtype=False)
    assert_equals_fresh(session.engine, fresh.plots.to_dict("records"))
    assert [session.engine.row(p) for p in ours["plot_id"]] == list(range(len(ours)))
    assert session.plot_ids.folded() == PlotIdIndex().for_frame(ours).folded()
    # the map's arrays drawn per plot as those made from the frame afresh
    mine = scene.layer("plots").arrays
    again = project_layers(session.project, CRS)[[layer.layer_id for layer in project_layers(
        session.project, CRS)].index("plots")].arrays
    assert drawn(mine) == drawn(again)
    np.testing.assert_allclose(mine.centres, again.centres)
    assert mine.all_valid.tolist() == again.all_valid.tolist()
    assert mine.total_bounds == pytest.approx(again.total_bounds)


def test_split_merge_and_undo_leave_what_a_reload_gives(tmp_path):
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=start_records())
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    scene = MapScene(project_layers(session.project, CRS), CRS)
    SceneSync(session, scene)
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("z1-2-0")].bounds
    line = [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)]
    session.edit("Split", ge.split_changes(session, "z1-2-0", line, reason="test"))
    assert_as_reloaded(session, scene)
    session.edit("Merge", ge.merge_changes(session, ["z1-0-0", "z1-1-0"], reason="test"))  # a row out of the middle
    assert_as_reloaded(session, scene)
    session.undo()
    assert_as_reloaded(session, scene)
    session.undo()
    assert_as_reloaded(session, scene)
    session.redo()
    assert_as_reloaded(session, scene)


def test_a_seated_frame_keeps_its_columns_in_their_room_through_an_edit_a_split_and_its_undo(tmp_path):
    """The frame seated with the first analysis (``FrameSeat``): an edit writes its cells in
    place, a split writes the new row after the others, its undo shortens the columns: no column
    of the million rows is copied, and the session is as a fresh load of the file."""
    from sezmap.model.edits import PlotEdit
    from sezmap.model.room import _backing

    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=start_records())
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    scene = MapScene(project_layers(session.project, CRS), CRS)
    SceneSync(session, scene)
    stale = session.frame_seat().made()
    session.edit("Edit", [PlotEdit("z1-0-0", {"jobs_planned": 12.0}, session.actor, "test",
                                   expect_version=session.version_of("z1-0-0"))])
    session.take_seat(stale)  # the frame was written meanwhile: the copy is not taken
    assert session.project.plots is not stale.seated
    session.take_seat(session.frame_seat().made())
    assert session.project.plots["jobs_planned"].iat[session.row_of("z1-0-0")] == 12.0

    def buffers():
        plots = session.project.plots
        return {name: _backing(plots[name].array).__array_interface__["data"][0] for name in plots.columns
                if _backing(plots[name].array) is not None}

    seated = buffers()
    assert {"version", "updated_at", "investment_committed_kzt", "geometry"} <= set(seated)
    shared = session.project.plots.assign(area=0.0)  # as the attribute table holds it
    session.edit("Edit", [PlotEdit("z1-1-0", {"jobs_planned": 3.0}, session.actor, "test",
                                   expect_version=session.version_of("z1-1-0"))])
    assert buffers() == seated and shared["jobs_planned"].iat[session.row_of("z1-1-0")] == 3.0
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("z1-2-0")].bounds
    line = [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)]
    session.edit("Split", ge.split_changes(session, "z1-2-0", line, reason="test"))
    assert buffers() == seated
    assert_as_reloaded(session, scene)
    session.undo()
    assert buffers() == seated
    assert_as_reloaded(session, scene)
    session.redo()
    assert_as_reloaded(session, scene)
