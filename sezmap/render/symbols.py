"""Symbols: how one kind of feature is drawn, by the same code on the map and in the legend.

A layer draws its features through a symbol (``LineSymbol.stroke`` a path, ``FillSymbol.paint``
a path, ``MarkerSymbol.draw`` at a point) and lists the same symbol objects in its legend
items; ``Symbol.draw_swatch`` draws a legend swatch by calling that very method on a short
line, a small box or the swatch's centre. So a dashed road corridor is dashed in the legend
too, and the ring a zone becomes at country scale is what the legend shows. Print layouts
(``decorations.draw_legend``/``draw_swatch``) draw from these as well.

Colours, widths and dashes come from ``styles`` (the one place for how layers look).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from sezmap.render import styles

SWATCH_INSET = 2.0  # a line swatch leaves this much room at each end (round caps)


def _colour(value) -> QColor:
    return QColor(value)


class Symbol:
    """Something that draws features of one kind; the legend swatch goes through it too."""

    def draw_swatch(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class LineSymbol(Symbol):
    """A line: an optional wide halo under a coloured pen with a dash style."""

    colour: str
    width: float
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    halo: str | None = None  # "#AARRGGBB"
    halo_width: float = 0.0
    round_cap: bool = False
    round_join: bool = False

    def pens(self) -> list[QPen]:
        out = []
        if self.halo is not None and self.halo_width > 0:
            halo = QPen(_colour(self.halo), self.halo_width)
            if self.round_cap:
                halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            if self.round_join:
                halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            out.append(halo)
        pen = QPen(_colour(self.colour), self.width)
        pen.setStyle(self.dash)
        if self.round_cap:
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.round_join:
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        out.append(pen)
        return out

    def stroke(self, painter: QPainter, path: QPainterPath) -> None:
        """Draw the line along ``path`` (pixels): halo first, then the pen."""
        for pen in self.pens():
            painter.strokePath(path, pen)

    def draw_swatch(self, painter: QPainter, rect: QRectF) -> None:
        path = QPainterPath(QPointF(rect.left() + SWATCH_INSET, rect.center().y()))
        path.lineTo(QPointF(rect.right() - SWATCH_INSET, rect.center().y()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.stroke(painter, path)
        painter.restore()


@dataclass(frozen=True)
class FillSymbol(Symbol):
    """An area: a fill (or none) and an outline (or none), optionally over a wider halo."""

    fill: str | None
    line: str | None = None
    width: float = 1.0
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine
    halo: str | None = None
    halo_width: float = 0.0

    def line_pens(self) -> list[QPen]:
        out: list[QPen] = []
        if self.line is None:
            return out
        if self.halo is not None and self.halo_width > 0:
            out.append(QPen(_colour(self.halo), self.halo_width))
        pen = QPen(_colour(self.line), self.width)
        pen.setStyle(self.dash)
        out.append(pen)
        return out

    def fill_colour(self) -> QColor | None:
        return None if self.fill is None else _colour(self.fill)

    def paint(self, painter: QPainter, path: QPainterPath, outline: bool = True) -> None:
        """Fill ``path`` (pixels) and stroke its outline (unless ``outline`` is False). A fill
        under one pen is one ``drawPath``: a PDF or an SVG then holds the path once ("B", a
        <path> with fill and stroke), not twice."""
        pens = self.line_pens() if outline else []
        if self.fill is not None and len(pens) == 1:
            painter.save()
            painter.setBrush(_colour(self.fill))
            painter.setPen(pens[0])
            painter.drawPath(path)
            painter.restore()
            return
        if self.fill is not None:
            painter.fillPath(path, _colour(self.fill))
        for pen in pens:
            painter.strokePath(path, pen)

    def draw_swatch(self, painter: QPainter, rect: QRectF) -> None:
        path = QPainterPath()
        path.addRect(rect.adjusted(2, 1.5, -2, -1.5))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.paint(painter, path)
        painter.restore()


@dataclass(frozen=True)
class MarkerSymbol(Symbol):
    """A point symbol: a shape of ``size`` pixels, filled, with an outline."""

    shape: str  # circle, small_circle, square, diamond, triangle, star
    fill: str | None
    line: str | None = "white"
    size: float = 11.0
    line_width: float = 1.0

    def path(self) -> QPainterPath:
        """The outline centred on (0, 0)."""
        return styles.shape_path(self.shape, self.size)

    @cached_property
    def _reach(self) -> float:
        b = self.path().boundingRect()
        reach = max(abs(b.left()), abs(b.right()), abs(b.top()), abs(b.bottom()))
        return reach + (self.line_width / 2.0 if self.line is not None else 0.0)

    def radius(self) -> float:
        """How far the drawn symbol reaches from its centre (pixels), outline included."""
        return self._reach

    def box(self, x: float, y: float) -> QRectF:
        """The pixel box the symbol covers at (x, y)."""
        r = self.radius()
        return QRectF(x - r, y - r, 2 * r, 2 * r)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y)
        painter.setPen(QPen(_colour(self.line), self.line_width) if self.line is not None else Qt.PenStyle.NoPen)
        painter.setBrush(_colour(self.fill) if self.fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.restore()

    def draw_swatch(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.draw(painter, rect.center().x(), rect.center().y())
        painter.restore()


# --- the symbols of sezmap's layers ---------------------------------------------------------

def _argb(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexArgb)


def corridor_symbol(index: int, mode) -> LineSymbol:
    """A corridor's line: its colour (by its order in the layer) and the dash of its mode."""
    dash = styles.CORRIDOR_DASH.get(mode, Qt.PenStyle.SolidLine) if isinstance(mode, str) else Qt.PenStyle.SolidLine
    return LineSymbol(_argb(styles.corridor_colour(index)), 3.0, dash, halo="#C8FFFFFF", halo_width=5.0,
                      round_cap=True)


def hub_symbol(kind) -> MarkerSymbol:
    shape, colour = styles.HUB_SYMBOLS.get(kind, ("circle", "#333333"))
    return MarkerSymbol(shape, colour, "white", styles.HUB_SIZE_PX, 1.0)


def zone_boundary() -> FillSymbol:
    """A zone drawn as its outline (large enough on screen)."""
    return FillSymbol(None, _argb(styles.ZONE_OUTLINE), 1.8, halo=_argb(styles.ZONE_HALO), halo_width=4.0)


def zone_marker() -> MarkerSymbol:
    """A zone only a few pixels across: a ring at its centre."""
    return MarkerSymbol("circle", _argb(styles.ZONE_HALO), _argb(styles.ZONE_OUTLINE), 12.0, 2.0)


def plot_symbol(status: str) -> FillSymbol:
    return FillSymbol(_argb(styles.status_colour(status)), _argb(styles.PLOT_OUTLINE), 0.0)


def route_symbol() -> LineSymbol:
    """A route's legs along the corridor network."""
    return LineSymbol(_argb(styles.ROUTE), 5.0, halo="#FFFFFFFF", halo_width=9.0, round_cap=True, round_join=True)


def route_off_network_symbol() -> LineSymbol:
    """A route's straight legs off the corridor network (to and from the nearest corridor)."""
    return LineSymbol(_argb(styles.ROUTE_OFF_NETWORK), 3.0, Qt.PenStyle.DashLine,
                      halo="#FFFFFFFF", halo_width=6.0, round_join=True)


def route_end_symbol() -> MarkerSymbol:
    return MarkerSymbol("circle", _argb(styles.ROUTE), "white", 12.0, 2.0)


def city_symbol(colour, size: float) -> MarkerSymbol:
    return MarkerSymbol("circle", _argb(QColor(colour)), "white", size, 1.0)


@dataclass(frozen=True)
class RampSymbol(Symbol):
    """A raster drawn in one colour whose opacity grows with the value (the imagery check's
    built-up score): clear at the low end, ``colour`` at the high end, left to right."""

    colour: str

    def draw_swatch(self, painter: QPainter, rect: QRectF) -> None:
        from PySide6.QtGui import QLinearGradient

        box = rect.adjusted(1, 1, -1, -1)
        ramp = QLinearGradient(box.topLeft(), box.topRight())
        clear = QColor(self.colour)
        clear.setAlpha(0)
        ramp.setColorAt(0.0, clear)
        ramp.setColorAt(1.0, QColor(self.colour))
        painter.save()
        painter.fillRect(box, ramp)
        painter.setPen(QPen(QColor("#666666"), 1))
        painter.drawRect(box)
        painter.restore()
