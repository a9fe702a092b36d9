"""A print page's chart of land use over time (issue 26): a heading, the lines of
``sezmap.render.chart_data.TrendContent`` drawn by ``sezmap.render.line_chart`` (vectors and
real text in a PDF or SVG), and the note under them saying what the figures are and that they
are rebuilt from the audit log, as of the page's date. QtGui only; ``layout.py`` gives it a box.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from sezmap.render.chart_data import TrendContent
from sezmap.render.line_chart import LineChartFrame
from sezmap.render.numbers import grouped
from sezmap.render.page import MUTED, TEXT, WRAP, font, text_height

SHARE = {True: 0.3, False: 0.42}  # of the page's body: a zone's chart (two lines), every zone's
LEAST, MOST = 130.0, 300.0  # its height, logical units


def trend_height(body_h: float, one_zone: bool) -> float:
    """The height the chart takes on a page whose body is ``body_h`` tall."""
    return max(LEAST, min(MOST, SHARE[one_zone] * body_h))


class TrendBox:
    """The chart in its box: heading on top, note at the bottom, the chart between."""

    def __init__(self, content: TrendContent, language: str = "en", size: float = 1.0):
        self.content = content
        self.language = language
        self.heading_font = font(12.5 * size, bold=True)
        self.chart_font = font(9.5 * size)
        self.note_font = font(9 * size)

    def _percent(self, value: float) -> str:
        return f"{grouped(value, 0, self.language)}\u00a0%"

    def parts(self, rect: QRectF) -> tuple[QRectF, QRectF, QRectF]:
        """The heading's, the chart's and the note's rectangles in ``rect``."""
        head_h = QFontMetricsF(self.heading_font).height() + 4
        note_h = text_height(self.content.note, self.note_font, rect.width())
        heading = QRectF(rect.left(), rect.top(), rect.width(), head_h)
        note = QRectF(rect.left(), rect.bottom() - note_h, rect.width(), note_h)
        chart = QRectF(rect.left(), heading.bottom(), rect.width(), max(10.0, note.top() - heading.bottom() - 2))
        return heading, chart, note

    def frame(self, rect: QRectF) -> LineChartFrame:
        """The chart as laid out in ``rect`` (where each value is drawn: ``points``, ``y_of``)."""
        _heading, chart, _note = self.parts(rect)
        return LineChartFrame(chart, self.content.periods, self.content.lines, self.chart_font, self._percent,
                              line_width=1.1)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        heading, chart, note = self.parts(rect)
        painter.save()
        painter.setFont(self.heading_font)
        painter.setPen(TEXT)
        painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self.content.heading)
        if self.content.message or not self.content.periods:
            painter.setFont(self.chart_font)
            painter.setPen(MUTED)
            painter.drawText(chart, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.content.message)
        else:
            self.frame(rect).draw(painter, MUTED)
        painter.setFont(self.note_font)
        painter.setPen(MUTED)
        painter.drawText(note.adjusted(0, 0, 0, 2), WRAP, self.content.note)
        painter.restore()
