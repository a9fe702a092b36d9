"""The canvas's legend (the layers dock): layer titles, then a swatch and a text per item.

It draws with a QPainter at a given place and returns the size it used. The scale bar and
north arrow are in ``furniture.py``; the print layout's legend is ``legend.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from sezmap.render.symbols import Symbol

SWATCH = 14.0  # swatch height (and the width of a marker's)
SWATCH_W = 30.0  # swatch width: a corridor's dashes show
ROW = 20.0


def legend_rows(scene) -> list[tuple[str, list[tuple[str, str, object]]]]:
    """(layer title, items) for the visible layers and overlays (a route), top layer first."""
    out = []
    for layer in reversed(scene.layers + getattr(scene, "overlays", [])):
        if layer.visible:
            items = layer.legend_items(getattr(scene, "language", "en"))
            if items:
                out.append((layer.title, items))
    return out


def draw_swatch(painter: QPainter, rect: QRectF, kind: str, style) -> None:
    """A legend item's swatch: its symbol (``symbols.Symbol``) drawn by the very code that
    draws it on the map; a raster is a grey box; a heading has none."""
    if isinstance(style, Symbol):
        style.draw_swatch(painter, rect)
        return
    if kind == "heading":
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#666666"), 1))
    painter.setBrush(QColor("#BBBBBB"))
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


def draw_legend(painter: QPainter, origin: QPointF, rows, font_px: int = 12,
                max_width: float | None = None) -> QSizeF:
    """Layer titles in bold, then one swatch and text per item. Returns the size used.

    An item of kind "heading" is a line of text without a swatch (a corridor's name above its
    modes). With ``max_width``, layer titles and item texts longer than that wrap onto more lines
    (long corridor names)."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(font_px)
    bold = QFont(font)
    bold.setBold(True)
    y = origin.y()
    width = 0.0
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    for title, items in rows:
        painter.setFont(bold)
        painter.setPen(QColor("#111111"))
        title_w = QFontMetricsF(bold).horizontalAdvance(title)
        if max_width is None or title_w <= max_width:
            painter.drawText(QPointF(origin.x(), y + font_px), title)
            width = max(width, title_w)
            y += ROW
        else:  # a long layer title ("Результаты поиска площадок") wraps as long items do
            box = QRectF(origin.x(), y + 2, max(60.0, max_width), 10 * ROW)
            used = QFontMetricsF(bold).boundingRect(box, flags, title)
            painter.drawText(box, flags, title)
            width = max(width, used.width())
            y += max(ROW, used.height() + 4)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for text, kind, style in items:
            heading = kind == "heading"
            indent = 4.0 if heading else SWATCH_W + 12
            if not heading:
                draw_swatch(painter, QRectF(origin.x() + 4, y + 2, SWATCH_W, SWATCH), kind, style)
            painter.setPen(QColor("#111111"))
            text_w = metrics.horizontalAdvance(text)
            room = None if max_width is None else max(60.0, max_width - indent)
            if room is None or text_w <= room:
                painter.drawText(QPointF(origin.x() + indent, y + font_px + 1), text)
                width = max(width, indent + text_w)
                y += ROW
                continue
            box = QRectF(origin.x() + indent, y + 3, room, 10 * ROW)
            used = metrics.boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            width = max(width, indent + used.width())
            y += max(ROW, used.height() + 6)
        y += 4
    return QSizeF(width, y - origin.y())
