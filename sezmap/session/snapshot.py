"""One moment of the open project, for a reader on another thread (an export), no Qt.

The session changes its project and its analysis in place on the UI thread: an edit writes the
plots frame's cells (or puts a new frame in ``project.plots`` when plots are added or taken
out) and replaces the touched zones' figures in ``engine.metrics``. An export runs for seconds
on the task thread meanwhile, reading the project and the figures zone by zone; given the live
ones it would mix zones as they were before an edit with zones after it. It is given a
``SessionSnapshot`` instead, taken on the UI thread when it starts (``ProjectSession.snapshot``):

* the project's layers as shallow copies (pandas' copy-on-write: nothing is copied now; the
  session's later writes to its own frame copy the columns they change), with the session's
  hold on the frame's buffers for as long as the snapshot is alive (``hold_plots``: no cell
  written in place under the copy, neither in the buffers' room, ``room.frame_cells_written``,
  nor through pandas in a frame grown over them, ``room.frame_column_owned``);
* the analysis's figures (``AnalysisEngine.figures``: the zones' metrics and the plots' areas);
* when asked for, the audit log's mark (``audit_mark``): how far the file's history went, for
  an export that replays it (the land use over time, ``zone_trends.report_trends``) over the
  snapshot's project, from the rows up to the mark only: an edit the session writes to the log
  meanwhile is no more in the chart than in the other figures.

So every figure of the file is the project as it was when the user pressed Export, as a
render draws the scene's snapshot (``MapScene.snapshot``) taken when it started.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sezmap.model import schema
from sezmap.model.project import Project

if TYPE_CHECKING:
    from sezmap.analysis.figures import EngineFigures


@dataclasses.dataclass(frozen=True, eq=False)
class SessionSnapshot:
    """The project (its own frames over the session's columns) and its analysis's figures
    (None: no analysis yet; an export then makes its own of ``project``) and, if it was asked
    for, the audit log's mark the project is as of (``store.audit_tail``'s: a file's last row, a
    server's transaction snapshot; None: not asked for, or no store). Keep it alive while
    reading: it is what holds the session's plots frame (``ProjectSession.hold_plots``)."""

    project: Project
    engine: EngineFigures | None
    audit_mark: object = None


def snapshot_of(project: Project, engine, audit_mark: object = None) -> SessionSnapshot:
    """``project``'s layers as shallow copies and ``engine``'s figures (if any), as they are
    now, with the log's ``audit_mark`` read at the same moment (if any)."""
    layers = {name: project.layer(name).copy(deep=False) for name in schema.FEATURE_LAYERS}
    copy = dataclasses.replace(project, meta=dict(project.meta), **layers)
    return SessionSnapshot(copy, None if engine is None else engine.figures(), audit_mark)
