"""The land use over time that a print page and the slide deck can include (issue 26): the
figures of ``sezmap report --trend`` (``sezmap.session.zone_trends.report_trends``) turned into
chart lines, in percent, with their period labels, heading and note, in the page's language.

No Qt: the words come through the ``translate(context, source)`` given
(``sezmap.render.page_language.translate`` on a page, ``Texts.translate`` in the deck; context
"layout", filled from resources/i18n/tables/export.py). A zone's page shows its unused and allocated
shares; a page of the whole country compares every zone's unused share, the most unused first.
"""

from __future__ import annotations

from collections.abc import Callable

from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render.chart_data import Line, TrendContent
from sezmap.render.layout_content import QT_TRANSLATE_NOOP, untranslated
from sezmap.render.numbers import grouped

CONTEXT = "layout"
TEXTS = {
    "zone_heading": QT_TRANSLATE_NOOP("layout", "Land use over time"),
    "zones_heading": QT_TRANSLATE_NOOP("layout", "Unused land by zone over time"),
    "unused": QT_TRANSLATE_NOOP("layout", "Unused"),
    "allocated": QT_TRANSLATE_NOOP("layout", "Allocated"),
    "zone_quarterly": QT_TRANSLATE_NOOP("layout", "Share of the zone's area at each quarter's end; rebuilt from the audit log, as of %1."),
    "zone_monthly": QT_TRANSLATE_NOOP("layout", "Share of the zone's area at each month's end; rebuilt from the audit log, as of %1."),
    "zones_quarterly": QT_TRANSLATE_NOOP("layout", "Unused share of each zone's area at each quarter's end; rebuilt from the audit log, as of %1."),
    "zones_monthly": QT_TRANSLATE_NOOP("layout", "Unused share of each zone's area at each month's end; rebuilt from the audit log, as of %1."),
    "quarter": QT_TRANSLATE_NOOP("layout", "Q%1 %2"),
    "pending": QT_TRANSLATE_NOOP("layout", "Rebuilt from the audit log when the file is written."),
    "no_history": QT_TRANSLATE_NOOP("layout", "No history yet: the audit log holds no change before the first period end."),
}
UNUSED_LINE = "#C8A800"  # the dashboard's (the vacant yellow, darker)
ALLOCATED_LINE = STATUS_COLOURS["allocated"]
# every zone its own colour on the comparison (none of them a status colour's twin)
ZONE_LINES = ("#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#17BECF",
              "#BCBD22", "#FF7F0E", "#393B79", "#637939", "#843C39", "#7B4173", "#3182BD", "#E6550D",
              "#31A354", "#756BB1", "#636363", "#AD494A")

Translate = Callable[[str, str], str]


def period_label(end: str, kind: str, translate: Translate = untranslated) -> str:
    """"Q1 2025" for a quarter's end (in the language), "2025-01" for a month's."""
    year, month = int(end[:4]), int(end[5:7])
    if kind == "quarterly":
        return translate(CONTEXT, TEXTS["quarter"]).replace("%1", str((month - 1) // 3 + 1)).replace("%2", str(year))
    return end[:7]


def _latest_first(line: Line) -> float:
    """A sort key: the line with the highest latest value first, one without last."""
    latest = line.values[-1] if line.values else None
    return float("inf") if latest is None else -latest


def _legend(label: str, value: float | None, language: str) -> str:
    return label if value is None else f"{label}: {grouped(value, 1, language)}\u00a0%"


def trend_content(trends, zone_id: str | None, zone_names: dict[str, str], as_of_text: str,
                  translate: Translate = untranslated, language: str = "en") -> TrendContent:
    """The chart of ``trends`` (a ``ZoneTrends``; None: not computed yet, a note says when it
    will be) for the zone ``zone_id``, or every zone of ``zone_names`` (id -> name, in the page's
    order) when it is None. Each line's legend gives its latest value."""
    def text(key: str) -> str:
        return translate(CONTEXT, TEXTS[key])

    heading = text("zone_heading" if zone_id is not None else "zones_heading")
    if trends is None:
        return TrendContent(heading, message=text("pending"))
    if trends.empty:
        return TrendContent(heading, message=text("no_history"))
    kind = trends.kind
    periods = tuple(period_label(e, kind, translate) for e in trends.ends)
    note = text(("zone_" if zone_id is not None else "zones_") + kind).replace("%1", as_of_text)
    lines: tuple[Line, ...]
    if zone_id is not None:
        points = trends.zones.get(zone_id, [])
        unused = tuple(100.0 * p.unused_ratio for p in points)
        allocated = tuple(100.0 * p.allocated_ratio for p in points)
        lines = (Line(_legend(text("unused"), unused[-1] if unused else None, language), unused, UNUSED_LINE, bold=True),
                 Line(_legend(text("allocated"), allocated[-1] if allocated else None, language), allocated,
                      ALLOCATED_LINE))
    else:  # the most unused first: the legend reads down as the lines' ends do (a zone keeps its colour)
        compared = [Line(_legend(zone_names.get(z, z), 100.0 * pts[-1].unused_ratio if pts else None, language),
                         tuple(100.0 * p.unused_ratio for p in pts), ZONE_LINES[k % len(ZONE_LINES)])
                    for k, (z, pts) in enumerate((z, trends.zones.get(z, [])) for z in zone_names)]
        lines = tuple(sorted(compared, key=_latest_first))
    return TrendContent(heading, periods, lines, note)
