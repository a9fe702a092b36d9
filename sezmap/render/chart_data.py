"""What a line chart shows, without Qt: its lines (the dashboard's widget and the print page's
trend chart draw them with ``sezmap.render.line_chart``) and a page's trend chart as a whole."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of a chart: its name (in the legend and tooltips), a value per period (None: no
    value then), its colour and whether it is drawn bold (in front of the others)."""

    label: str
    values: tuple[float | None, ...]
    colour: str
    bold: bool = False
    in_legend: bool = True


@dataclass(frozen=True)
class TrendContent:
    """A page's chart of land use over time: its heading, the period labels (the x axis), the
    lines in percent, and the note under it (what the figures are, where they come from, as of
    when). ``pending``: instead of the chart, this text (the figures are rebuilt when the file is
    written, not for the preview)."""

    heading: str
    periods: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    note: str = ""
    message: str = ""
