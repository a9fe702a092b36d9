"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials): a horizontal
bar chart, its rows laid out by sezmap.render.bar_rows, and a line chart over periods."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sezmap.render import bar_rows
from sezmap.render.chart_data import Line  # (also the dashboard's)
from sezmap.render.line_chart import LineChartFrame


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


class LineChart(QWidget):
    """Lines over periods (``periods``: their labels, the x axis), values 0..``maximum`` formatted
    by ``fmt``; a legend above for the lines that ask for it; hovering a period shows its values.
    Laid out and drawn by ``sezmap.render.line_chart`` (as the print page's trend chart)."""

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

    def frame(self) -> LineChartFrame:
        return LineChartFrame(QRectF(0, 0, self.width(), self.height()), self.periods, self.lines, self.font(),
                              self.fmt, self.maximum)

    def tooltip_text(self, k: int) -> str:
        rows = [f"{line.label}: {self.fmt(line.values[k])}" for line in reversed(self.lines)
                if k < len(line.values) and line.values[k] is not None]
        return "\n".join([self.periods[k], *rows])

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            k = self.frame().period_at(event.pos().x())
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
        self.frame().draw(painter, self.palette().text().color())
        painter.end()
