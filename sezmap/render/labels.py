"""Labels that do not pile up: placed greedily by priority, skipped when they collide.

Each layer offers candidates (text, anchor pixel, priority); the placer tries a few
positions around the anchor and keeps the first that overlaps nothing placed so far.
A coarse grid keeps the collision test cheap with many candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from sezmap.render.styles import LABEL_HALO, LABEL_TEXT

CELL = 64.0


@dataclass(frozen=True)
class LabelCandidate:
    text: str
    x: float  # anchor, pixels
    y: float
    priority: float = 0.0  # higher first
    font_px: float = 12.0
    bold: bool = False
    centred: bool = False  # centred on the anchor (areas) or beside it (points)


class LabelPlacer:
    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.grid: dict[tuple[int, int], list[QRectF]] = {}
        self.placed: list[tuple[LabelCandidate, QRectF]] = []

    def _cells(self, rect: QRectF):
        for gx in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1):
            for gy in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1):
                yield gx, gy

    def free(self, rect: QRectF) -> bool:
        if rect.left() < 0 or rect.top() < 0 or rect.right() > self.width or rect.bottom() > self.height:
            return False
        for cell in self._cells(rect):
            for other in self.grid.get(cell, ()):
                if other.intersects(rect):
                    return False
        return True

    def reserve(self, rect: QRectF) -> None:
        for cell in self._cells(rect):
            self.grid.setdefault(cell, []).append(rect)

    def place(self, candidates: list[LabelCandidate]) -> list[tuple[LabelCandidate, QRectF]]:
        for cand in sorted(candidates, key=lambda c: -c.priority):
            metrics = QFontMetricsF(label_font(cand))
            w = metrics.horizontalAdvance(cand.text) + 4
            h = metrics.height()
            if cand.centred:
                offsets = [(-w / 2, -h / 2), (-w / 2, -h * 1.5), (-w / 2, h * 0.5)]
            else:
                offsets = [(7, -h / 2), (-w - 7, -h / 2), (-w / 2, -h - 6), (-w / 2, 6)]
            for dx, dy in offsets:
                rect = QRectF(cand.x + dx, cand.y + dy, w, h)
                if self.free(rect):
                    self.reserve(rect)
                    self.placed.append((cand, rect))
                    break
        return self.placed


def label_font(cand: LabelCandidate) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(6, int(round(cand.font_px))))
    font.setBold(cand.bold)
    return font


def draw_labels(painter: QPainter, placed: list[tuple[LabelCandidate, QRectF]]) -> None:
    """Text with a light halo so it reads on any fill."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    halo = QPen(LABEL_HALO, 3.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for cand, rect in placed:
        font = label_font(cand)
        metrics = QFontMetricsF(font)
        path = QPainterPath()
        path.addText(QPointF(rect.left() + 2, rect.top() + metrics.ascent()), font, cand.text)
        painter.strokePath(path, halo)
        painter.fillPath(path, QColor(LABEL_TEXT))
    painter.restore()
