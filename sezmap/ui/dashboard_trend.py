"""The dashboard's land use over time (issue 26): the picked zone's unused and allocated shares
at each quarter's (or month's) end, and every zone's unused share compared.

The figures are rebuilt from the audit log (``sezmap.session.zone_trends``) on the task thread
(``sezmap.ui.tasks``), over the project as the session holds it: a snapshot taken on the UI thread
when the task starts (``ProjectSession.snapshot``: its own frames over the session's columns,
which edits meanwhile do not write), analysed there on a fresh engine, so the window's engine is
never touched off the UI thread; from the file only the audit log is read, never the layers. An
analysis asks for them again after ``DEBOUNCE_MS`` of quiet; a result asked for before the
latest request (an edit, another project) is dropped. An edit changes only the last point, the
analysis day's, when that day is today or later (``zone_trends.changes_fall_on_the_last_point``:
the edit's audit rows are dated today): that point is then drawn from the session's engine,
which every edit keeps current (``shown``), and nothing is computed again; otherwise (figures as
of a past day) an edit asks for them again, up to ``LIVE_PLOTS`` plots. The window's TaskRunner tracks
each task, and ``stop`` cancels it when the window closes (the runner then waits for it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from sezmap.model.project import Project
from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render import numbers
from sezmap.session.snapshot import snapshot_of
from sezmap.session.zone_trends import (TrendRequest, ZoneTrends, changes_fall_on_the_last_point, compute,
                                        ending_with, is_period_end)
from sezmap.ui.charts import Line, LineChart
from sezmap.ui.tasks import Task

if TYPE_CHECKING:
    from sezmap.analysis.engine import AnalysisEngine

DEBOUNCE_MS = 800
# Above this many plots an edit to figures as of a past day does not rebuild the trend (each rebuild
# analyses the project again on the task thread, and holds a second engine, which would hold back
# the loads and analyses queued behind it); it is rebuilt when the project is analysed. (Figures as
# of today need no rebuild: an edit changes only their last point, drawn from the engine.)
LIVE_PLOTS = 200_000
UNUSED_LINE = "#C8A800"  # the vacant yellow, darker: a thin yellow line on white is hard to see
ALLOCATED_LINE = STATUS_COLOURS["allocated"]
OTHER_ZONE_LINE = "#B4B4B4"


def percent(value: float) -> str:
    return numbers.percent(value, 0)


@dataclass(frozen=True, eq=False)
class _Asked:
    """The trend asked for: of ``project`` (at ``location``, for its audit log) as of ``as_of``."""

    project: Project
    location: str
    as_of: dt.date


class DashboardTrend(QObject):
    """The trend's charts and notes (placed by the dashboard), the task that computes them and
    the timer that waits for quiet before starting it."""

    updated = Signal()  # new figures shown (or the "no history" state)

    def __init__(self, parent=None, session=None):
        """``session``: the window's session, whose snapshot of its project the trend's task
        reads (its frame held while the task reads); None: a snapshot of the project alone."""
        super().__init__(parent)
        self.trends: ZoneTrends | None = None
        self.failure: str | None = None
        self.zone_chart = LineChart(fmt=percent)
        self.zone_chart.setObjectName("trendChart")
        self.zone_note = QLabel()
        self.zone_note.setObjectName("trendNote")
        self.zone_note.setWordWrap(True)
        self.zones_chart = LineChart(fmt=percent)
        self.zones_chart.setObjectName("zonesTrendChart")
        self.zones_note = QLabel()
        self.zones_note.setWordWrap(True)
        self._request: _Asked | None = None  # what is asked for (its snapshot taken when the task starts)
        self.engine: AnalysisEngine | None = None  # the session's engine, kept current by the edits: the analysis day's figures
        self.session = session
        self._task: Task | None = None
        # the window's TaskRunner.track: each task started is cancelled and waited for when the
        # window closes (it reads the project, which may be gone by then)
        self.track: Callable[[Task], None] | None = None
        self._stopped = False  # the window closed: nothing more is started
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    @property
    def computing(self) -> bool:
        return self._task is not None or self._timer.isActive()

    def stop(self) -> None:
        """The window closes: the waiting request dropped, the running task cancelled (the
        window's TaskRunner waits for it), none started again."""
        self._stopped = True
        self.forget()

    def forget(self) -> None:
        """Another project: nothing to show until its figures come."""
        self._cancel()
        self.trends, self.failure, self._request, self.engine = None, None, None, None

    def schedule(self, project, engine, after_edit: bool = False) -> None:
        """Figures wanted for ``project`` as analysed by ``engine`` (after a quiet moment).
        ``after_edit``: ``engine`` was edited; if that changes only the last point, it is drawn
        again from the engine at once; if not, the figures are computed again for projects of up
        to LIVE_PLOTS plots."""
        if after_edit and engine is self.engine and engine is not None and self.trends is not None \
                and changes_fall_on_the_last_point(self.trends, engine.as_of):
            self.updated.emit()  # (``shown``: the last point from the engine as it is now)
            return
        if after_edit and project is not None and len(project.plots) > LIVE_PLOTS:
            return
        location = getattr(project, "location", "") if project is not None else ""
        if engine is None or not location:
            self.forget()
            return
        self._request = _Asked(project, str(location), engine.as_of)
        self.engine = engine
        if not self._stopped:
            self._timer.start()

    def _cancel(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1

    def _snapshot(self, project):
        """``project`` as it is now, for the task thread (the session's snapshot when it is the
        session's project, so that the session's edits copy rather than write under it)."""
        session = self.session
        if session is not None and session.project is project:
            return session.snapshot()
        return snapshot_of(project, None)

    def _start(self) -> None:
        asked = self._request
        if asked is None or self._stopped:
            return
        self._cancel()
        request = TrendRequest(asked.location, asked.as_of, self._snapshot(asked.project))
        generation = self._generation
        task = Task(lambda cancelled: (generation, compute(request, cancelled)), pass_cancelled=True)
        task.signals.finished.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._task = task
        task.start()
        if self.track is not None:
            self.track(task)

    def _arrived(self, result) -> None:
        generation, trends = result
        if generation != self._generation or trends is None:
            return  # asked for again meanwhile
        self._task = None
        self.trends, self.failure = trends, None
        self.updated.emit()

    def _failed(self, message: str) -> None:
        self._task = None
        self.trends, self.failure = None, message
        self.updated.emit()

    # --- drawing --------------------------------------------------------------------------------

    def period_label(self, end: str) -> str:
        year, month = int(end[:4]), int(end[5:7])
        if self.trends is not None and end == self.trends.ends[-1] and not is_period_end(end, self.trends.kind):
            return end  # the analysis day
        if self.trends is not None and self.trends.kind == "quarterly":
            return self.tr("Q%1 %2").replace("%1", str((month - 1) // 3 + 1)).replace("%2", str(year))
        return end[:7]

    def shown(self) -> ZoneTrends | None:
        """The figures drawn: those computed, their last point, the analysis day's, the engine's
        own figures now when the edits since fall on it (``changes_fall_on_the_last_point``)."""
        trends, engine = self.trends, self.engine
        if trends is None or engine is None or not changes_fall_on_the_last_point(trends, engine.as_of):
            return trends
        return ending_with(trends, engine.metrics)

    def state_text(self) -> str | None:
        """What is shown instead of the charts (None: the charts)."""
        if self.failure is not None:
            return self.tr("The history could not be rebuilt: %1").replace("%1", self.failure)
        if self.trends is None:
            return self.tr("Rebuilding the history from the audit log…") if self.computing else ""
        if self.trends.empty:
            return self.tr("No history yet: the audit log holds no change before the end of the last "
                           "quarter or month.")
        return None

    def show(self, zone_id: str | None, zone_name, unused: str, allocated: str) -> None:
        """Draw the figures for the picked zone ``zone_id`` (names from ``zone_name(id)``; the
        lines' names ``unused`` and ``allocated`` in the dashboard's words)."""
        state = self.state_text()
        trends = self.shown()
        for chart in (self.zone_chart, self.zones_chart):
            chart.setVisible(state is None)
        if state is not None or trends is None:
            self.zone_note.setText(state or "")
            self.zones_note.setText(state or "")
            self.zone_chart.set_lines((), [])
            self.zones_chart.set_lines((), [])
            return
        periods = [self.period_label(e) for e in trends.ends]
        by = self.tr("By quarter, rebuilt from the audit log.") if trends.kind == "quarterly" else self.tr(
            "By month, rebuilt from the audit log.")
        self.zone_note.setText(by)
        points = trends.zones.get(zone_id or "", [])
        self.zone_chart.set_lines(periods, [
            Line(unused, tuple(100 * p.unused_ratio for p in points), UNUSED_LINE, bold=True),
            Line(allocated, tuple(100 * p.allocated_ratio for p in points), ALLOCATED_LINE)] if points else [])
        self.zones_note.setText(by + " " + (self.tr("The picked zone in bold.") if zone_id else ""))
        self.zones_chart.set_lines(periods, [
            Line(zone_name(z), tuple(100 * p.unused_ratio for p in pts), UNUSED_LINE if z == zone_id else OTHER_ZONE_LINE,
                 bold=z == zone_id, in_legend=z == zone_id) for z, pts in trends.zones.items()])
