"""Lines over periods drawn with QPainter (QtGui only): the dashboard's chart widget
(``sezmap.ui.charts.LineChart``) and the print page's trend chart (``layout_trend.py``) both
place and paint through ``LineChartFrame``, so a chart looks the same on screen and on paper.

The value axis runs from 0 to ``maximum``; the legend (the lines that ask for it, a swatch and
the name each) flows above the plot, onto as many rows as it needs; as many period labels as
fit stand under it, the first always.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from sezmap.render.chart_data import Line

PAD = 6.0
SWATCH = 14.0


class LineChartFrame:
    """A chart of ``lines`` over ``periods`` laid out in ``rect`` (the painter's units) with ``font``."""

    def __init__(self, rect: QRectF, periods: Sequence[str], lines: Sequence[Line], font: QFont,
                 fmt: Callable[[float], str] = lambda v: f"{v:,.0f} %", maximum: float = 100.0,
                 line_width: float = 1.2):
        self.rect = QRectF(rect)
        self.periods = tuple(str(p) for p in periods)
        self.given = tuple(lines)  # the legend's order (bold ones first)
        self.lines = sorted(lines, key=lambda line: line.bold)  # the bold ones drawn last, on top
        self.font = font
        self.fmt = fmt
        self.maximum = maximum
        self.line_width = line_width
        self.metrics = QFontMetricsF(font)
        self.legend_spots = self._legend_spots()
        legend_h = (max(s.bottom() for _l, s in self.legend_spots) - self.rect.top() + 2) if self.legend_spots else 0.0
        left = self.rect.left() + self.metrics.horizontalAdvance(fmt(maximum)) + PAD
        top = self.rect.top() + PAD + legend_h
        bottom = self.metrics.height() * 1.5 + PAD  # the period labels, below the lowest value's
        # room on the right for half the last period's label, centred under its point
        right = max(PAD * 2, self.metrics.horizontalAdvance(self.periods[-1]) / 2 + 4 if self.periods else 0.0)
        self.plot_rect = QRectF(left, top, max(10.0, self.rect.right() - left - right),
                                max(10.0, self.rect.bottom() - top - bottom))

    def _legend_spots(self) -> list[tuple[Line, QRectF]]:
        """Where each legend entry's swatch and name go: left to right, a new row when full."""
        h = self.metrics.height()
        x, y = self.rect.left(), self.rect.top() + PAD
        out = []
        for line in sorted((line for line in self.given if line.in_legend), key=lambda line: not line.bold):
            w = SWATCH + 4 + self.metrics.horizontalAdvance(line.label) + 2
            if x > self.rect.left() and x + w > self.rect.right():
                x, y = self.rect.left(), y + h + 2
            out.append((line, QRectF(x, y, w, h)))
            x += w + 12
        return out

    def x_of(self, k: int) -> float:
        r = self.plot_rect
        n = len(self.periods)
        return r.left() + (r.width() * k / (n - 1) if n > 1 else r.width() / 2)

    def y_of(self, value: float) -> float:
        r = self.plot_rect
        return r.bottom() - r.height() * max(0.0, min(value, self.maximum)) / (self.maximum or 1.0)

    def value_at(self, y: float) -> float:
        """The value a height stands for (``y_of`` undone)."""
        r = self.plot_rect
        return (r.bottom() - y) / r.height() * (self.maximum or 1.0)

    def period_at(self, x: float) -> int | None:
        if not self.periods:
            return None
        return min(range(len(self.periods)), key=lambda k: abs(self.x_of(k) - x))

    def points(self, line: Line) -> list[QPointF]:
        """The line's drawn points (periods without a value left out)."""
        return [QPointF(self.x_of(k), self.y_of(v)) for k, v in enumerate(line.values[:len(self.periods)])
                if v is not None]

    def draw(self, painter: QPainter, text: QColor) -> None:
        if not self.periods:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.font)
        m, r = self.metrics, self.plot_rect
        grid = QColor(text)
        grid.setAlpha(50)
        for share in (0.0, 0.5, 1.0):  # the value axis: 0, the middle, the top
            value = self.maximum * share
            y = self.y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(self.rect.left(), y - m.height() / 2, r.left() - 4 - self.rect.left(), m.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.fmt(value))
        n = len(self.periods)
        label_w = max(m.horizontalAdvance(p) for p in self.periods) + 8
        step = max(1, int(np.ceil(label_w * (n - 1) / max(r.width(), 1.0))))  # a label's width apart
        for k in range(0, n, step):  # as many period labels as fit, the first always
            box = QRectF(self.x_of(k) - label_w / 2, r.bottom() + m.height() / 2 + 2, label_w, m.height())
            box.moveLeft(max(self.rect.left(), min(box.left(), self.rect.right() - label_w)))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, self.periods[k])
        for line in self.lines:
            bold = 2.0 if line.bold else 1.0
            painter.setPen(QPen(QColor(line.colour), self.line_width * bold))
            points = self.points(line)
            if len(points) > 1:
                painter.drawPolyline(points)
            painter.setBrush(QColor(line.colour))
            for p in points:
                painter.drawEllipse(p, 1.5 * bold ** 0.75, 1.5 * bold ** 0.75)
        for line, spot in self.legend_spots:  # a swatch and the name of each line
            painter.fillRect(QRectF(spot.left(), spot.center().y() - 2, SWATCH, 4), QColor(line.colour))
            painter.setPen(text)
            painter.drawText(spot.adjusted(SWATCH + 4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, line.label)
        painter.restore()
