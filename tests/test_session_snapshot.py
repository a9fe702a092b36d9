"""``ProjectSession.snapshot``: the project and its analysis's figures as they were when it was
taken, whatever the session commits after it (a status, a tenant, a geometry, a split, a merge,
undo and redo, another program's change), on a plots frame seated in buffers with room (whose
cells an edit otherwise writes in place) or not; and once it is gone, edits write in place again."""

import gc

import numpy as np
import pandas as pd
import pytest
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import PlotEdit
from sezmap.model.room import _backing
from sezmap.session import geometry_edits as ge
from sezmap.session.zone_trends import report_trends
from sezmap.store import open_store
from tests import factories as f
from tests.test_analysis_engine_changes import AS_OF, Z1, Z2, project_of, start_records
from tests.test_session_split_fast_path import by_id
from tests.trend_history import month_end_holding_today


def figures(metrics) -> dict:
    return {zid: m.to_dict() for zid, m in metrics.items()}


def edit_everything(session) -> None:
    """Every kind of change the session takes in, one after another."""
    session.edit("Status", [PlotEdit("z1-0-0", {"status": "infrastructure"}, session.actor, "road")])
    session.edit("Jobs", [PlotEdit("z1-1-0", {"jobs_planned": 40.0}, session.actor, "plan")])
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("z1-3-0")].bounds
    smaller = shapely.box(x0, y0, (x0 + x1) / 2, y1)
    session.edit("Resurvey", [PlotEdit("z1-3-0", {"geometry": smaller}, session.actor, "resurvey")])
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("z2-2-0")].bounds
    line = [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)]
    session.edit("Split", ge.split_changes(session, "z2-2-0", line, reason="resurvey"))
    piece = str(session.project.plots["plot_id"].iloc[-1])
    session.edit("Merge", ge.merge_changes(session, ["z2-2-0", piece], reason="resurvey undone"))
    session.undo()
    session.undo()
    session.redo()
    open_store(session.store.location).apply_edit(PlotEdit("z2-4-4", {"status": "vacant"}, "cli", "lapsed"))
    assert session.poll_external() is not None


@pytest.mark.parametrize("seated", [False, True], ids=["frame as read", "frame seated"])
def test_a_snapshot_is_the_project_and_its_figures_when_it_was_taken(tmp_path, seated):
    records = start_records()
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=records)
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    if seated:
        session.take_seat(session.frame_seat().made())
    shot = session.snapshot()
    plots_then = by_id(shot.project.plots)
    figures_then, area_then = figures(shot.engine.metrics), shot.engine.area.copy()
    assert figures_then == figures(AnalysisEngine(project_of(records), AS_OF, logistics=False).metrics)

    edit_everything(session)

    assert not by_id(session.project.plots).equals(plots_then)  # the session took every change in
    assert figures(session.engine.metrics) != figures_then
    pd.testing.assert_frame_equal(by_id(shot.project.plots), plots_then)
    assert figures(shot.engine.metrics) == figures_then
    np.testing.assert_array_equal(shot.engine.area, area_then)
    assert figures(AnalysisEngine(shot.project, AS_OF, logistics=False).metrics) == figures_then


def test_once_the_snapshot_is_gone_an_edit_writes_the_seated_frame_in_place_again(tmp_path):
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=start_records())
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    session.take_seat(session.frame_seat().made())

    def buffer():
        return _backing(session.project.plots["jobs_planned"].array).__array_interface__["data"][0]

    seated = buffer()
    shot = session.snapshot()
    session.edit("Jobs", [PlotEdit("z1-1-0", {"jobs_planned": 40.0}, session.actor, "plan")])
    assert buffer() != seated  # (copied: the snapshot reads the buffer)
    assert pd.isna(shot.project.plots["jobs_planned"].iat[session.row_of("z1-1-0")])
    del shot
    gc.collect()
    moved = buffer()
    session.edit("Jobs", [PlotEdit("z1-1-2", {"jobs_planned": 7.0}, session.actor, "plan")])
    assert buffer() == moved  # nothing holds the frame: written in place
    assert session.project.plots["jobs_planned"].iat[session.row_of("z1-1-2")] == 7.0


def test_a_snapshot_with_history_has_the_logs_mark_its_project_is_as_of(tmp_path):
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=start_records())
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    session.edit("Lease", [PlotEdit("z1-1-0", {"jobs_planned": 12.0}, session.actor, "plan")])  # a row before it
    store, end = session.store, month_end_holding_today()
    assert session.snapshot().audit_mark is None  # (not asked for: no look at the store)
    rows_then = {e.id for e in store.audit()}
    trends_then = report_trends(store, "monthly", end)
    shot = session.snapshot(history=True)

    edit_everything(session)

    later = {e.id for e in store.audit_tail(shot.audit_mark)[1]}
    assert later and {e.id for e in store.audit()} - later == rows_then  # the mark: where the project was
    assert report_trends(store, "monthly", end) != trends_then  # (the edits are in this month's figures)
    replayed = report_trends(store, "monthly", end, engine=AnalysisEngine(shot.project, end, logistics=False),
                             mark=shot.audit_mark)
    assert replayed == trends_then and replayed.ends == (end.isoformat(),)
