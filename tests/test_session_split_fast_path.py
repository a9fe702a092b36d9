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
