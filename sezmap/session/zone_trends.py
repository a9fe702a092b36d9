"""The dashboard's trend: every zone's land use at each quarter's (or month's) end, rebuilt from
the audit log by ``sezmap.analysis.trend`` (no Qt; run on the task thread).

The replay changes the engine it is given, so it never gets the window's: ``compute`` reads the
project and its audit log from the project's file again (a store of its own, on the calling
thread) and analyses that copy on a fresh engine. The periods are quarters, or months while the
history is shorter than ``QUARTERS_MIN`` quarter ends; the analysis day itself ends the list (the
figures as they are now, which the dashboard shows), unless it is a period end already.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sezmap.analysis import trend

QUARTERS_MIN = 3  # fewer quarter ends than this: month ends instead


@dataclass(frozen=True)
class TrendRequest:
    """What the trend is computed from: the project's location and the analysis day."""

    location: str
    as_of: dt.date


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
    """The trends of the project at ``request.location`` as of ``request.as_of`` (None when
    cancelled before the slow part)."""
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.store import open_store

    if cancelled():
        return None
    store = open_store(request.location)
    entries = store.audit()
    until = request.as_of
    if not entries:
        return ZoneTrends("quarterly")
    since = dt.date.fromisoformat(str(entries[0].at)[:10])
    kind, ends = choose_ends(since, until) if since <= until else ("quarterly", [])
    if not ends or cancelled():
        return ZoneTrends(kind) if not cancelled() else None
    if ends[-1] != until:
        ends = [*ends, until]
    engine = AnalysisEngine(store.load(), until, logistics=False)
    if cancelled():
        return None
    zones = trend.zone_trends(engine, entries, ends)
    return ZoneTrends(kind, tuple(e.isoformat() for e in ends), zones)


def report_trends(store, kind: str, until: dt.date, since: dt.date | None = None, engine=None,
                  mark=None) -> ZoneTrends:
    """The figures of ``sezmap report --trend KIND``: each zone's at each period end from the
    one holding ``since`` (default: the first audited change) up to ``until``, no analysis day
    added. ``engine``: the project analysed (it is taken back in time; default: the store's
    project analysed here). ``mark``: the audit log's mark (``store.audit_tail``'s: a file's
    last row, a server's transaction snapshot) that ``engine``'s project is as of (a session's
    snapshot, ``SessionSnapshot.audit_mark``): the rows written after it, whose changes are not
    in that project, are left out of the replay; None: every row (the project read now)."""
    from sezmap.analysis.engine import AnalysisEngine

    if mark is not None and engine is None:
        raise ValueError("a mark goes with the project as of it (engine), not the store's as it is now")

    def audit(**bounds) -> list:
        entries = store.audit(**bounds)
        if mark is None:
            return entries
        # read after them, the rows after the mark hold every one of ``entries`` written since it
        later = {e.id for e in store.audit_tail(mark)[1]}
        return [e for e in entries if e.id not in later] if later else entries

    entries = None
    if since is None:  # from the first audited change
        entries = audit()
        since = dt.date.fromisoformat(str(entries[0].at)[:10]) if entries else until
    ends = trend.period_ends(kind, since, until)
    if not ends:
        return ZoneTrends(kind)
    if entries is None:
        entries = audit(since=(ends[0] + dt.timedelta(days=1)).isoformat())
    if engine is None:
        engine = AnalysisEngine(store.load(), until, logistics=False)
    return ZoneTrends(kind, tuple(e.isoformat() for e in ends), trend.zone_trends(engine, entries, ends))
