"""Map furniture for the canvas and print layouts: legend, scale bar, north arrow.

Each draws with a QPainter at a given place and returns the size it used, so a
layout can stack them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from sezmap.render import measure, numbers
from sezmap.render.map_settings import MapSettings
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
    modes). With ``max_width``, item texts longer than that wrap onto more lines (long corridor
    names)."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(font_px)
    bold = QFont(font)
    bold.setBold(True)
    y = origin.y()
    width = 0.0
    for title, items in rows:
        painter.setFont(bold)
        painter.setPen(QColor("#111111"))
        painter.drawText(QPointF(origin.x(), y + font_px), title)
        width = max(width, QFontMetricsF(bold).horizontalAdvance(title))
        y += ROW
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
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
            box = QRectF(origin.x() + indent, y + 3, room, 10 * ROW)
            used = metrics.boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            width = max(width, indent + used.width())
            y += max(ROW, used.height() + 6)
        y += 4
    return QSizeF(width, y - origin.y())


def scale_bar_length(settings: MapSettings, max_px: float) -> tuple[float, float]:
    """A round ground length (m) that fits in max_px at the view centre, and its pixel length.

    Measured geodesically along the centre row, so the bar is right in any display CRS.
    """
    cx, cy = settings.center_x, settings.center_y
    half = max_px * settings.resolution / 2
    ground = measure.geodesic_length_m(settings.crs, [cx - half, cx + half], [cy, cy])
    if ground <= 0:
        return 0.0, 0.0
    metres_per_px = ground / max_px
    length = measure.nice_distance(ground)
    return length, length / metres_per_px


def _scale_bar_text(length: float) -> str:
    return numbers.kilometres(length / 1000, 0) if length >= 1000 else numbers.metres(length, 0)


def _scale_bar_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    return font


def scale_bar_box(origin: QPointF, settings: MapSettings, max_px: float = 150) -> QRectF:
    """The plate the scale bar at ``origin`` covers (empty when there is no bar)."""
    length, px = scale_bar_length(settings, max_px)
    if px <= 0:
        return QRectF()
    text_w = QFontMetricsF(_scale_bar_font()).horizontalAdvance(_scale_bar_text(length))
    return QRectF(origin.x() - 6, origin.y() - 2, px + text_w / 2 + 12, 25)


def draw_scale_bar(painter: QPainter, origin: QPointF, settings: MapSettings, max_px: float = 150) -> QSizeF:
    length, px = scale_bar_length(settings, max_px)
    if px <= 0:
        return QSizeF(0, 0)
    text = _scale_bar_text(length)
    font = _scale_bar_font()
    text_w = QFontMetricsF(font).horizontalAdvance(text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    x, y = origin.x(), origin.y()
    # a light plate, so labels of the map under the bar do not run into its text
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawRoundedRect(scale_bar_box(origin, settings, max_px), 3, 3)
    painter.setPen(QPen(QColor("black"), 1))
    painter.setBrush(QColor("black"))
    painter.drawRect(QRectF(x, y + 14, px / 2, 5))
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(x + px / 2, y + 14, px / 2, 5))
    painter.setFont(font)
    painter.drawText(QPointF(x, y + 11), "0")
    painter.drawText(QPointF(x + px - text_w / 2, y + 11), text)
    painter.restore()
    return QSizeF(px + 20, 22)


def draw_north_arrow(painter: QPainter, origin: QPointF, size: float = 30) -> QSizeF:
    """An arrow pointing to grid north (in this conic projection, true north at the central meridian)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    x, y = origin.x() + size / 2, origin.y()
    left = QPolygonF([QPointF(x, y + 8), QPointF(x - size / 4, y + size + 8), QPointF(x, y + size * 0.75 + 8)])
    right = QPolygonF([QPointF(x, y + 8), QPointF(x + size / 4, y + size + 8), QPointF(x, y + size * 0.75 + 8)])
    painter.setPen(QPen(QColor("black"), 1))
    painter.setBrush(QColor("black"))
    painter.drawPolygon(left)
    painter.setBrush(QColor("white"))
    painter.drawPolygon(right)
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(x - 4, y + 6), font, "N")
    painter.fillPath(path, QColor("black"))
    painter.restore()
    return QSizeF(size, size + 10)


# --- the canvas's furniture: where it goes, so the label placer keeps it free ----------------

NORTH_ARROW_PX = 24.0


def scale_bar_origin(settings: MapSettings) -> QPointF:
    return QPointF(12, settings.height - 34)


def north_arrow_origin(settings: MapSettings) -> QPointF:
    return QPointF(settings.width - 40, 10)


def furniture_boxes(settings: MapSettings) -> list[QRectF]:
    """The boxes the canvas's scale bar and north arrow cover, in the view's pixels."""
    arrow = north_arrow_origin(settings)
    boxes = [QRectF(arrow.x() - 2, arrow.y() - 6, NORTH_ARROW_PX + 4, NORTH_ARROW_PX + 18)]
    bar = scale_bar_box(scale_bar_origin(settings), settings)
    if not bar.isEmpty():
        boxes.append(bar)
    return boxes


def draw_furniture(painter: QPainter, settings: MapSettings) -> None:
    """The scale bar (bottom left) and north arrow (top right) over a map of ``settings``."""
    draw_scale_bar(painter, scale_bar_origin(settings), settings)
    draw_north_arrow(painter, north_arrow_origin(settings), NORTH_ARROW_PX)
