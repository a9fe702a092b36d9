"""The dashboard's trend: every zone's land use at each quarter's (or month's) end, rebuilt from
the audit log by ``sezmap.analysis.trend`` (no Qt; run on the task thread).

The replay changes the engine it is given, so it never gets the window's: ``compute`` takes the
project as the session holds it (``TrendRequest.snapshot``, taken on the UI thread: its own
frames over the session's columns) and analyses it on a fresh engine; from the project's file
it reads only the audit log (which lives nowhere else), never the layers. ``report_trends`` is
the one way to compute the figures: the dashboard, the exports and ``report --trend`` call it.
The periods are quarters, or months while the history is shorter than ``QUARTERS_MIN`` quarter
ends; the analysis day itself ends the list (the figures as they are now, which the dashboard
shows), unless it is a period end already.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sezmap.analysis import trend

if TYPE_CHECKING:
    from sezmap.session.snapshot import SessionSnapshot

QUARTERS_MIN = 3  # fewer quarter ends than this: month ends instead


@dataclass(frozen=True, eq=False)
class TrendRequest:
    """What the trend is computed from: the project's location (for its audit log), the analysis
    day and the project as the session holds it (a snapshot, kept alive by the request while the
    trend is computed: it holds the session's plots frame, ``ProjectSession.hold_plots``)."""

    location: str
    as_of: dt.date
    snapshot: SessionSnapshot


class TrendCancelled(Exception):
    """``report_trends`` was told to stop (its ``cancelled()``) before the slow part."""


@dataclass(frozen=True)
class ZoneTrends:
    """Each zone's figures at each period end (``kind``: monthly or quarterly) and, last, on the
    analysis day; nothing (``ends`` empty) while the audit log holds no change before the latest
    period end."""

    kind: str
    ends: tuple[str, ...] = ()
    zones: dict[str, list[trend.TrendPoint]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.ends


def choose_ends(since: dt.date, until: dt.date) -> tuple[str, list[dt.date]]:
    """Quarter ends from ``since`` to ``until``, or month ends when there are too few of them."""
    quarters = trend.period_ends("quarterly", since, until)
    if len(quarters) >= QUARTERS_MIN:
        return "quarterly", quarters
    return "monthly", trend.period_ends("monthly", since, until)


def is_period_end(day: str, kind: str) -> bool:
    """Whether ``day`` (ISO) ends a month or quarter (``kind``)."""
    date = dt.date.fromisoformat(day)
    return trend.period_ends(kind, date, date) == [date]


def compute(request: TrendRequest, cancelled: Callable[[], bool] = lambda: False) -> ZoneTrends | None:
    """The trends of ``request.snapshot``'s project as of ``request.as_of`` (None when cancelled
    before the slow part), from its store's audit log read now (no mark: the whole log).

    The log is read after the snapshot was taken, so it holds the rows of every edit the project
    has. A row written after the snapshot is of an edit the project does not have: undoing it at
    a period end puts back its old value, which is the project's own unless an earlier row of
    that plot and field after the end comes first (and then that row's value is put back); and
    the dashboard drops such a result anyway, since the session's edit asked for the figures
    again."""
    from sezmap.store import open_store

    if cancelled():
        return None
    try:
        return report_trends(open_store(request.location), None, request.as_of, project=request.snapshot.project,
                             cancelled=cancelled)
    except TrendCancelled:
        return None


def changes_fall_on_the_last_point(trends: ZoneTrends, as_of: dt.date, today: dt.date | None = None) -> bool:
    """Whether a change made ``today`` (default: today's UTC date, which dates its audit rows)
    leaves ``trends`` as they are but for their last point, the analysis day ``as_of``: it is
    after every earlier period end and not after ``as_of``. (With no history it leaves none: the
    first change is then today, and no period end comes after it.)"""
    today = today or dt.datetime.now(dt.UTC).date()
    return as_of >= today and (trends.empty or trends.ends[-1] == as_of.isoformat())


def ending_with(trends: ZoneTrends, metrics: Mapping[str, Any]) -> ZoneTrends:
    """``trends`` with each zone's last point (the analysis day's) made of that zone's figures in
    ``metrics`` (zone id -> ``ZoneMetrics``, as an engine kept current by the edits holds them)."""
    if trends.empty:
        return trends
    end = trends.ends[-1]
    zones = {z: [*points[:-1], trend.point_of(end, metrics[z])] if points and z in metrics else points
             for z, points in trends.zones.items()}
    return dataclasses.replace(trends, zones=zones)


def report_trends(store, kind: str | None, until: dt.date, since: dt.date | None = None, engine=None,
                  mark=None, project=None, cancelled: Callable[[], bool] | None = None) -> ZoneTrends:
    """The figures of ``sezmap report --trend KIND``: each zone's at each period end from the
    one holding ``since`` (default: the first audited change) up to ``until``, no analysis day
    added. ``kind`` None: the dashboard's periods (``choose_ends``; none while the log is empty),
    with the analysis day ``until`` last. ``engine``: the project analysed (it is taken back in
    time); ``project``: the project to analyse here instead (a session's snapshot; analysed only
    when there is history to replay); neither: the store's project read and analysed here.
    From the store only the audit log is read unless neither is given. ``mark``: the audit
    log's mark (``store.audit_tail``'s: a file's last row, a server's transaction snapshot)
    that the project is as of (a session's snapshot, ``SessionSnapshot.audit_mark``): the rows
    written after it, whose changes are not in that project, are left out of the replay; None:
    every row (the project read now). ``cancelled()``: raises TrendCancelled when it says so
    before the analysis or the replay."""
    from sezmap.analysis.engine import AnalysisEngine

    if mark is not None and engine is None and project is None:
        raise ValueError("a mark goes with the project as of it (engine), not the store's as it is now")

    def audit(**bounds) -> list:
        entries = store.audit(**bounds)
        if mark is None:
            return entries
        # read after them, the rows after the mark hold every one of ``entries`` written since it
        later = {e.id for e in store.audit_tail(mark)[1]}
        return [e for e in entries if e.id not in later] if later else entries

    def check() -> None:
        if cancelled is not None and cancelled():
            raise TrendCancelled

    entries = None
    if since is None:  # from the first audited change
        entries = audit()
        since = dt.date.fromisoformat(str(entries[0].at)[:10]) if entries else until
    if kind is None:
        kind, ends = choose_ends(since, until) if entries != [] and since <= until else ("quarterly", [])
        if ends and ends[-1] != until:
            ends = [*ends, until]
    else:
        ends = trend.period_ends(kind, since, until)
    if not ends:
        return ZoneTrends(kind)
    if entries is None:
        entries = audit(since=(ends[0] + dt.timedelta(days=1)).isoformat())
    check()
    if engine is None:
        engine = AnalysisEngine(project if project is not None else store.load(), until, logistics=False)
        check()
    return ZoneTrends(kind, tuple(e.isoformat() for e in ends), trend.zone_trends(engine, entries, ends))
