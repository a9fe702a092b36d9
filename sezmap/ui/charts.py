"""A small horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


class BarChart(QWidget):
    """Rows of (label, value, colour); values formatted by ``fmt``; one row can be highlighted.
    A label too long for its column is cut with "…"; hovering a row shows it whole with its value."""

    ROW_H = 20

    def __init__(self, parent=None, fmt=lambda v: f"{v:,.1f}"):
        super().__init__(parent)
        self.items: list[tuple[str, float, QColor]] = []
        self.fmt = fmt
        self.highlight: str | None = None
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_items(self, items, highlight: str | None = None, maximum: float | None = None) -> None:
        self.items = [(str(label), float(value), QColor(colour)) for label, value, colour in items]
        self.highlight = highlight
        self.maximum = maximum
        self.setFixedHeight(max(self.ROW_H, self.ROW_H * len(self.items) + 6))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, self.ROW_H * max(1, len(self.items)) + 6)

    def label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return min(self.width() * 0.45, max((metrics.horizontalAdvance(label) for label, _v, _c in self.items),
                                            default=0.0) + 8)

    def shown_label(self, row: int) -> str:
        """The label of ``row`` as drawn (elided to its column)."""
        metrics = QFontMetricsF(self.font())
        return metrics.elidedText(self.items[row][0], Qt.TextElideMode.ElideRight, self.label_width() - 6)

    def row_at(self, y: float) -> int | None:
        row = int((y - 3) // self.ROW_H)
        return row if 0 <= row < len(self.items) and y >= 3 else None

    def tooltip_text(self, row: int) -> str:
        label, value, _colour = self.items[row]
        return f"{label}: {self.fmt(value)}"

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
        label_w = self.label_width()
        value_w = max(metrics.horizontalAdvance(self.fmt(v)) for _l, v, _c in self.items) + 8
        bar_w = max(10.0, self.width() - label_w - value_w - 4)
        top = max(self.maximum or 0.0, max(v for _l, v, _c in self.items), 1e-12)
        for n, (label, value, colour) in enumerate(self.items):
            y = 3 + n * self.ROW_H
            bold = label == self.highlight
            font = self.font()
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            text = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(QRectF(0, y, label_w - 6, self.ROW_H), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, text)
            w = bar_w * max(0.0, value) / top
            painter.setPen(QPen(QColor(0, 0, 0, 120), 1.5 if bold else 0.5))
            painter.setBrush(colour)
            painter.drawRect(QRectF(label_w, y + 3, max(w, 1.0), self.ROW_H - 6))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(label_w + w + 4, y, value_w, self.ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             self.fmt(value))
        painter.end()
