"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials): a horizontal
bar chart, its rows laid out by sezmap.render.bar_rows, and a line chart over periods."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sezmap.render import bar_rows


class BarChart(QWidget):
    """Rows of (label, value, colour[, key]); values formatted by ``fmt``; one row can be
    highlighted. A label too long for its column wraps (sezmap.render.bar_rows), never cut;
    hovering a row shows it with its value; clicking a row with a key emits ``rowClicked``."""

    ROW_H = 20
    rowClicked = Signal(str)  # the row's key

    def __init__(self, parent=None, fmt=lambda v: f"{v:,.1f}"):
        super().__init__(parent)
        self.items: list[tuple[str, float, QColor]] = []
        self.keys: list[str | None] = []
        self.fmt = fmt
        self.highlight: str | None = None
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_items(self, items, highlight: str | None = None, maximum: float | None = None) -> None:
        items = [tuple(item) for item in items]
        self.items = [(str(item[0]), float(item[1]), QColor(item[2])) for item in items]
        self.keys = [str(item[3]) if len(item) > 3 and item[3] is not None else None for item in items]
        self.highlight = highlight
        self.maximum = maximum
        self._fit_height()
        self.update()

    def layout_rows(self) -> bar_rows.BarLayout:
        font = self.font()
        bold = self.font()
        bold.setBold(True)
        return bar_rows.lay_out([label for label, _v, _c in self.items], float(max(self.width(), 100)),
                                QFontMetricsF(font), QFontMetricsF(bold), self.ROW_H, self.highlight)

    def _fit_height(self) -> None:
        self.setFixedHeight(max(self.ROW_H, int(round(self.layout_rows().height))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(300, self.ROW_H * max(1, len(self.items)) + 6)

    def label_width(self) -> float:
        return self.layout_rows().label_w

    def row_at(self, y: float) -> int | None:
        return self.layout_rows().row_at(y)

    def tooltip_text(self, row: int) -> str:
        label, value, _colour = self.items[row]
        return f"{label}: {self.fmt(value)}"

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position().y())
            if row is not None and self.keys[row] is not None:
                self.rowClicked.emit(self.keys[row])
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:
        row = self.row_at(event.position().y())
        clickable = row is not None and self.keys[row] is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.position().y() if hasattr(event, "position") else event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        if not self.items:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = QFontMetricsF(self.font())
        rows = self.layout_rows()
        label_w = rows.label_w
        value_w = max(metrics.horizontalAdvance(self.fmt(v)) for _l, v, _c in self.items) + 8
        bar_w = max(10.0, self.width() - label_w - value_w - 4)
        top = max(self.maximum or 0.0, max(v for _l, v, _c in self.items), 1e-12)
        bar_h = self.ROW_H - 6
        for (label, value, colour), row in zip(self.items, rows.rows, strict=True):
            y, h = row.top, row.height
            bold = label == self.highlight
            font = self.font()
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - bar_rows.PAD, h), row.label_flags, label)
            w = bar_w * max(0.0, value) / top
            painter.setPen(QPen(QColor(0, 0, 0, 120), 1.5 if bold else 0.5))
            painter.setBrush(colour)
            painter.drawRect(QRectF(label_w, y + (h - bar_h) / 2, max(w, 1.0), bar_h))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(label_w + w + 4, y, value_w, h), Qt.AlignmentFlag.AlignVCenter,
                             self.fmt(value))
        painter.end()


@dataclass(frozen=True)
class Line:
    """One line of a LineChart: its name (in the legend and tooltips), a value per period (None:
    no value then), its colour and whether it is drawn bold (in front of the others)."""

    label: str
    values: tuple[float | None, ...]
    colour: str
    bold: bool = False
    in_legend: bool = True


class LineChart(QWidget):
    """Lines over periods (``periods``: their labels, the x axis), values 0..``maximum`` formatted
    by ``fmt``; a legend above for the lines that ask for it; hovering a period shows its values."""

    PAD = 6

    def __init__(self, parent=None, fmt=lambda v: f"{v:,.0f} %", maximum: float = 100.0):
        super().__init__(parent)
        self.periods: tuple[str, ...] = ()
        self.lines: list[Line] = []
        self.fmt = fmt
        self.maximum = maximum
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(170)
        self.setMouseTracking(True)

    def set_lines(self, periods, lines) -> None:
        self.periods = tuple(str(p) for p in periods)
        self.lines = sorted(lines, key=lambda line: line.bold)  # the bold ones drawn last, on top
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def _legend(self) -> list[Line]:
        return [line for line in self.lines if line.in_legend]

    def plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance(self.fmt(self.maximum)) + self.PAD
        top = self.PAD + (metrics.height() + 2 if self._legend() else 0)
        bottom = metrics.height() * 1.5 + self.PAD  # the period labels, below the lowest value's
        return QRectF(left, top, max(10.0, self.width() - left - self.PAD * 2), max(10.0, self.height() - top - bottom))

    def x_of(self, k: int) -> float:
        r = self.plot_rect()
        n = len(self.periods)
        return r.left() + (r.width() * k / (n - 1) if n > 1 else r.width() / 2)

    def y_of(self, value: float) -> float:
        r = self.plot_rect()
        return r.bottom() - r.height() * max(0.0, min(value, self.maximum)) / (self.maximum or 1.0)

    def period_at(self, x: float) -> int | None:
        if not self.periods:
            return None
        return min(range(len(self.periods)), key=lambda k: abs(self.x_of(k) - x))

    def tooltip_text(self, k: int) -> str:
        rows = [f"{line.label}: {self.fmt(line.values[k])}" for line in reversed(self.lines)
                if k < len(line.values) and line.values[k] is not None]
        return "\n".join([self.periods[k], *rows])

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            k = self.period_at(event.pos().x())
            if k is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(k), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        if not self.periods:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = QFontMetricsF(self.font())
        text = self.palette().text().color()
        r = self.plot_rect()
        grid = QColor(text)
        grid.setAlpha(50)
        for share in (0.0, 0.5, 1.0):  # the value axis: 0, the middle, the top
            value = self.maximum * share
            y = self.y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, r.left() - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.fmt(value))
        n = len(self.periods)
        label_w = max(metrics.horizontalAdvance(p) for p in self.periods) + 8
        step = max(1, int(np.ceil(label_w * n / max(r.width(), 1.0))))
        for k in range(0, n, step):  # as many period labels as fit, the first always
            x = self.x_of(k)
            box = QRectF(x - label_w / 2, r.bottom() + metrics.height() / 2 + 2, label_w, metrics.height())
            box.moveLeft(max(0.0, min(box.left(), self.width() - label_w)))
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, self.periods[k])
        for line in self.lines:
            pen = QPen(QColor(line.colour), 2.5 if line.bold else 1.2)
            painter.setPen(pen)
            points = [QPointF(self.x_of(k), self.y_of(v)) for k, v in enumerate(line.values[:n]) if v is not None]
            if len(points) > 1:
                painter.drawPolyline(points)
            painter.setBrush(QColor(line.colour))
            for p in points:
                painter.drawEllipse(p, 2.5 if line.bold else 1.5, 2.5 if line.bold else 1.5)
        x = r.left()
        for line in self._legend():  # the legend: a swatch and the name of each line
            painter.fillRect(QRectF(x, self.PAD + metrics.height() / 2 - 2, 14, 4), QColor(line.colour))
            painter.setPen(text)
            w = metrics.horizontalAdvance(line.label) + 2
            painter.drawText(QRectF(x + 18, self.PAD, w, metrics.height()), Qt.AlignmentFlag.AlignVCenter, line.label)
            x += 18 + w + 12
        painter.end()
