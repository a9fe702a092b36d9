"""Map furniture: the one scale bar and the one north arrow of the canvas, the slides' maps and
the print layouts.

Both are measured at the map centre: the bar is a round ground length (1, 2 or 5 × 10^k)
measured geodesically there, and the arrow points to true north there (the meridians of a
conic projection converge: at Khorgos true north is some 9° off the grid's up). A print layout
places them under its map (``PrintLayout``); the canvas and the slides' pictures draw them over
the map, the bar bottom left on a light plate, the arrow top right (``draw_furniture``), and the
label placer keeps their boxes free (``furniture_boxes``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyproj
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from sezmap.render import crs as crs_mod
from sezmap.render import measure, numbers
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import MUTED, TEXT, WRAP, font, layout_text, text_height

GEOD = pyproj.Geod(ellps="WGS84")
BAR_MAX = 260.0  # the longest bar, logical units (at size 1)
CANVAS_BAR_MAX = 150.0  # the canvas keeps its bar short
CANVAS_ARROW = 24.0  # the canvas's north arrow, pixels high
PLATE = QColor(255, 255, 255, 200)  # under the canvas's bar: map labels do not run into its text


def ground_metres_per_unit(settings: MapSettings) -> float:
    """True ground metres per logical unit along the map's horizontal at its centre (geodesic,
    over a short span: in the Albers projection the scale depends on the latitude)."""
    span = max(settings.resolution * 4.0, 1e-6)
    cx, cy = settings.center_x, settings.center_y
    lon, lat = crs_mod.inverse(settings.crs, [cx - span / 2, cx + span / 2], [cy, cy])
    _fwd, _back, dist = GEOD.inv(lon[0], lat[0], lon[1], lat[1])
    return float(dist) / 4.0


def scale_bar(settings: MapSettings, max_units: float) -> tuple[float, float]:
    """(ground metres, length in logical units) of a round bar (1, 2 or 5 × 10^k) that fits."""
    per_unit = ground_metres_per_unit(settings)
    if not per_unit > 0:
        return 0.0, 0.0
    metres = measure.nice_distance(max_units * per_unit)
    return metres, metres / per_unit


def round_denominator(n: float) -> int:
    """1:N rounded to three significant digits."""
    if n <= 0:
        return 0
    digits = max(0, int(math.floor(math.log10(n))) - 2)
    return int(round(n / 10 ** digits) * 10 ** digits)


def north_angle(settings: MapSettings) -> float:
    """Degrees clockwise from the map's up to true north at the map centre."""
    lon, lat = crs_mod.inverse(settings.crs, [settings.center_x], [settings.center_y])
    d = min(0.01, 89.9 - float(lat[0]))
    x, y = crs_mod.forward(settings.crs, [lon[0], lon[0]], [lat[0], lat[0] + d])
    return math.degrees(math.atan2(float(x[1] - x[0]), float(y[1] - y[0])))


def length_text(metres: float) -> str:
    """"5 km", "0.5 km", "200 m": a bar's length."""
    if metres >= 500:
        return numbers.kilometres(metres / 1000, 0 if metres >= 1000 else 1)
    return numbers.metres(metres, 0)


@dataclass(frozen=True)
class ScaleBar:
    """A bar of ``metres`` drawn ``length`` units long from ``origin`` (its top left), its
    length written over its end, and an optional note under it."""

    origin: QPointF
    metres: float
    length: float
    size: float = 1.0
    note: str = ""
    note_width: float = 0.0

    @property
    def label(self) -> str:
        return length_text(self.metres)

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(font(10 * self.size))

    def box(self) -> QRectF:
        """What the bar, its numbers and its note cover (empty when there is no bar)."""
        if self.length <= 0:
            return QRectF()
        m = self._metrics()
        left = self.origin.x() - m.horizontalAdvance("0") / 2
        right = self.origin.x() + self.length + m.horizontalAdvance(self.label) / 2
        bottom = self.origin.y() + m.height() + 2 + 5.0 * self.size
        if self.note:
            bottom += 3 + text_height(self.note, font(10 * self.size), self.note_width)
        return QRectF(left, self.origin.y(), right - left, bottom - self.origin.y())

    def draw(self, painter: QPainter, plate: bool = False) -> None:
        if self.length <= 0:
            return
        text_font = font(10 * self.size)
        metrics = QFontMetricsF(text_font)
        mantissa = round(self.metres / 10 ** math.floor(math.log10(self.metres)))
        parts = {1: 2, 2: 4, 5: 5}.get(mantissa, 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if plate:
            painter.setPen(QPen(PLATE, 0))
            painter.setBrush(PLATE)
            painter.drawRoundedRect(self.box().adjusted(-5, -2, 5, 3), 3, 3)
        x, y = self.origin.x(), self.origin.y()
        bar_y = y + metrics.height() + 2
        bar_h = 5.0 * self.size
        painter.setPen(QPen(TEXT, 0.8))
        for k in range(parts):
            painter.setBrush(TEXT if k % 2 == 0 else QColor("white"))
            painter.drawRect(QRectF(x + k * self.length / parts, bar_y, self.length / parts, bar_h))
        painter.setFont(text_font)
        painter.setPen(TEXT)
        painter.drawText(QPointF(x - metrics.horizontalAdvance("0") / 2, y + metrics.ascent()), "0")
        painter.drawText(QPointF(x + self.length - metrics.horizontalAdvance(self.label) / 2, y + metrics.ascent()),
                         self.label)
        if self.note:
            painter.setPen(MUTED)
            painter.drawText(QRectF(x, bar_y + bar_h + 3, self.note_width, metrics.height() + 2), WRAP, self.note)
        painter.restore()


def scale_bar_in(rect: QRectF, settings: MapSettings, size: float = 1.0, note: str = "",
                 max_length: float = BAR_MAX) -> ScaleBar:
    """The bar for the map of ``settings``, left aligned in ``rect``: at most 60 % of its width
    and ``max_length`` × ``size`` long."""
    metres, length = scale_bar(settings, min(rect.width() * 0.6, max_length * size))
    return ScaleBar(QPointF(rect.left() + 1, rect.top()), metres, length, size, note, rect.width())


@dataclass(frozen=True)
class NorthArrow:
    """A half-filled arrow with an N, ``height`` high about ``centre``, turned ``angle`` degrees
    clockwise (to true north)."""

    centre: QPointF
    height: float
    angle: float

    def box(self) -> QRectF:
        """What the arrow and its N cover at any angle."""
        r = self.height * 0.5 + 3 + self.height * 0.32
        return QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)

    def draw(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self.centre)
        painter.rotate(self.angle)
        h = self.height
        tip, notch = QPointF(0, -h * 0.5), QPointF(0, h * 0.22)
        painter.setPen(QPen(TEXT, 0.8))
        painter.setBrush(TEXT)
        painter.drawPolygon(QPolygonF([tip, QPointF(-h * 0.2, h * 0.45), notch]))
        painter.setBrush(QColor("white"))
        painter.drawPolygon(QPolygonF([tip, QPointF(h * 0.2, h * 0.45), notch]))
        f = font(h * 0.32, bold=True)
        painter.setFont(f)
        m = QFontMetricsF(f)
        letter = layout_text("north")
        painter.drawText(QPointF(-m.horizontalAdvance(letter) / 2, -h * 0.5 - 3), letter)
        painter.restore()


def north_arrow(settings: MapSettings, centre: QPointF, height: float) -> NorthArrow:
    """The arrow at ``centre`` pointing to true north at the centre of the map of ``settings``."""
    return NorthArrow(centre, height, north_angle(settings))


# --- over a map: the canvas and the slides' pictures -----------------------------------------


@dataclass(frozen=True)
class Furniture:
    scale_bar: ScaleBar
    north_arrow: NorthArrow


def canvas_furniture(settings: MapSettings) -> Furniture:
    """The bar bottom left, the arrow top right of a map of ``settings`` (view pixels)."""
    bar = scale_bar_in(QRectF(12, settings.height - 32, CANVAS_BAR_MAX / 0.6, 28), settings,
                       max_length=CANVAS_BAR_MAX)
    arrow = north_arrow(settings, QPointF(settings.width - 28, 34), CANVAS_ARROW)
    return Furniture(bar, arrow)


def furniture_boxes(settings: MapSettings) -> list[QRectF]:
    """The boxes the canvas's scale bar and north arrow cover, in the view's pixels."""
    furniture = canvas_furniture(settings)
    boxes = [furniture.north_arrow.box()]
    bar = furniture.scale_bar.box()
    if not bar.isEmpty():
        boxes.append(bar.adjusted(-5, -2, 5, 3))
    return boxes


def draw_furniture(painter: QPainter, settings: MapSettings) -> Furniture:
    """The scale bar (bottom left, on a plate) and north arrow (top right) over a map of
    ``settings``; returns what it drew."""
    furniture = canvas_furniture(settings)
    furniture.scale_bar.draw(painter, plate=True)
    furniture.north_arrow.draw(painter)
    return furniture
