"""The rows of a horizontal bar chart laid out for a width: each label whole, wrapped onto as
many lines as it needs within its column (never cut), each row as tall as its label.

QtGui only (font metrics); the dashboard's chart widget draws what this lays out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

TOP = 3.0
PAD = 6.0  # between a label and its bar


@dataclass(frozen=True)
class BarRow:
    top: float
    height: float
    label_flags: int  # how the label is wrapped and aligned in QRectF(0, top, label_w - PAD, height)


@dataclass(frozen=True)
class BarLayout:
    label_w: float
    rows: tuple[BarRow, ...]

    @property
    def height(self) -> float:
        return (self.rows[-1].top + self.rows[-1].height if self.rows else TOP) + TOP

    def row_at(self, y: float) -> int | None:
        for n, row in enumerate(self.rows):
            if row.top <= y < row.top + row.height:
                return n
        return None


def wrap_flags(metrics: QFontMetricsF, label: str, width: float) -> int:
    """Word wrap, or wrap anywhere when one word alone is wider than ``width``."""
    longest = max((metrics.horizontalAdvance(w) for w in label.split()), default=0.0)
    wrap = Qt.TextFlag.TextWrapAnywhere if longest > width else Qt.TextFlag.TextWordWrap
    return int(wrap) | int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)


def lay_out(labels: list[str], width: float, metrics: QFontMetricsF, bold_metrics: QFontMetricsF,
            row_h: float, highlight: str | None = None, label_share: float = 0.45) -> BarLayout:
    """Rows for ``labels`` in a chart ``width`` wide: the label column is as wide as the widest
    label needs, at most ``label_share`` of the width; a longer label wraps in it."""
    widest = max((bold_metrics.horizontalAdvance(label) for label in labels), default=0.0) + PAD + 2
    label_w = max(40.0, min(width * label_share, widest))
    rows = []
    top = TOP
    for label in labels:
        m = bold_metrics if label == highlight else metrics
        flags = wrap_flags(m, label, label_w - PAD)
        need = m.boundingRect(QRectF(0, 0, label_w - PAD, 1e6), flags, label).height()
        height = max(row_h, need + 4)
        rows.append(BarRow(top, height, flags))
        top += height
    return BarLayout(label_w, tuple(rows))
