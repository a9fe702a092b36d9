"""Map tools: small classes that turn mouse input on the canvas into actions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from sezmap.render import measure, styles
from sezmap.ui.status_text import Rendered, rendered

CLICK_SLOP_PX = 4


class MapTool(QObject):
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas

    def press(self, event) -> None: ...
    def move(self, event) -> None: ...
    def release(self, event) -> None: ...

    def double_click(self, event) -> bool:
        return False  # not handled: the canvas zooms to the zone under the cursor

    def paint(self, painter: QPainter) -> None: ...
    def reset(self) -> None: ...

    def deactivate(self) -> None:
        self.reset()


class PanTool(MapTool):
    """Drag to move the map; the cached image follows the mouse, one render on release.
    A click (a press released within CLICK_SLOP_PX) emits ``clicked``: the window picks
    what is there (a zone's ring, a plot)."""

    cursor = Qt.CursorShape.OpenHandCursor
    clicked = Signal(float, float, bool)  # display x, y, add to selection

    def __init__(self, canvas):
        super().__init__(canvas)
        self.start: QPointF | None = None
        self.last: QPointF | None = None
        self.moved = False

    def press(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start = self.last = event.position()
            self.moved = False
            self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event) -> None:
        if self.last is None or self.start is None:
            return
        pos = event.position()
        if not self.moved and (pos - self.start).manhattanLength() < CLICK_SLOP_PX:
            return  # a hand's tremor in a click, not a drag
        delta = pos - self.last
        self.last = pos
        if delta.manhattanLength() > 0:
            self.moved = True
            self.canvas.pan_by(delta.x(), delta.y(), record=False, render=False)

    def release(self, event) -> None:
        if self.last is None or self.start is None:
            return
        start, self.start, self.last = self.start, None, None
        self.canvas.setCursor(self.cursor)
        if self.moved:
            self.canvas.set_settings(self.canvas.settings)  # record and render once
            return
        x, y = self.canvas.to_world(start)
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self.clicked.emit(x, y, additive)

    def reset(self) -> None:
        self.start = self.last = None


class ZoomBoxTool(MapTool):
    """Drag a box to zoom into it; a click zooms in around the point."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas):
        super().__init__(canvas)
        self.start: QPointF | None = None
        self.end: QPointF | None = None

    def press(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start = self.end = event.position()

    def move(self, event) -> None:
        if self.start is not None:
            self.end = event.position()
            self.canvas.update()

    def release(self, event) -> None:
        if self.start is None:
            return
        rect = QRectF(self.start, event.position()).normalized()
        self.start = self.end = None
        if rect.width() < CLICK_SLOP_PX or rect.height() < CLICK_SLOP_PX:
            self.canvas.zoom_by(2.0, rect.center().x(), rect.center().y())
            return
        x0, y1 = self.canvas.to_world(rect.topLeft())
        x1, y0 = self.canvas.to_world(rect.bottomRight())
        self.canvas.zoom_to_bounds((x0, y0, x1, y1), margin=0.0)

    def paint(self, painter: QPainter) -> None:
        if self.start is None or self.end is None:
            return
        painter.setPen(QPen(QColor(30, 30, 30), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 60))
        painter.drawRect(QRectF(self.start, self.end).normalized())

    def reset(self) -> None:
        self.start = self.end = None
        self.canvas.update()


class IdentifyTool(MapTool):
    """Click a feature: emits the display point and a pick tolerance (display units)."""

    cursor = Qt.CursorShape.WhatsThisCursor
    identified = Signal(float, float, float, bool)  # x, y, tolerance, add to selection

    def press(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x, y = self.canvas.to_world(event.position())
        tolerance = 5 * self.canvas.settings.resolution
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self.identified.emit(x, y, tolerance, additive)


class MeasureTool(MapTool):
    """Click points to measure a geodesic length (or area); double-click or right-click ends."""

    cursor = Qt.CursorShape.CrossCursor
    measured = Signal(str)  # the measurement so far; "" when it is dropped (Esc, another tool)

    def __init__(self, canvas, area: bool = False):
        super().__init__(canvas)
        self.area = area
        self.points: list[tuple[float, float]] = []
        self.hover: tuple[float, float] | None = None
        self.finished = False

    def press(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.finished = True
            self._emit()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.finished:
            self.points, self.finished = [], False
        self.points.append(self.canvas.to_world(event.position()))
        self._emit()
        self.canvas.update()

    def move(self, event) -> None:
        self.hover = self.canvas.to_world(event.position())
        if self.points and not self.finished:
            self._emit()
            self.canvas.update()

    def double_click(self, event) -> bool:
        self.finished = True
        self._emit()
        return True

    def current_points(self):
        pts = list(self.points)
        if self.hover is not None and not self.finished and pts:
            pts.append(self.hover)
        return pts

    def value_source(self) -> Rendered:
        """The measurement so far, written in the UI language each time it is shown (a length
        in m or km, an area in ha or km², with the language's decimal mark)."""
        pts = self.current_points()
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        crs = self.canvas.settings.crs
        if self.area:
            return rendered(measure.format_area, measure.geodesic_area_m2(crs, xs, ys))
        return rendered(measure.format_length, measure.geodesic_length_m(crs, xs, ys))

    def value_text(self) -> str:
        return self.value_source().text()

    def _emit(self) -> None:
        self.measured.emit(self.value_text())

    def paint(self, painter: QPainter) -> None:
        pts = self.current_points()
        if not pts:
            return
        poly = QPolygonF([self.canvas.to_pixel(x, y) for x, y in pts])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(styles.MEASURE, 2)
        painter.setPen(pen)
        if self.area and len(pts) >= 3:
            painter.setBrush(QBrush(QColor(192, 0, 0, 50)))
            painter.drawPolygon(poly)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(poly)
        painter.setBrush(styles.MEASURE)
        for i in range(poly.size()):
            painter.drawEllipse(poly.at(i), 3, 3)
        last = poly.at(poly.size() - 1)
        text = self.value_text()
        rect = self.label_rect(last, painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRect(rect)
        painter.setPen(QColor("black"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def label_rect(self, anchor: QPointF, rect):
        """Where the value's label goes: below right of the last point, flipped to the other side
        of it where it would leave the map (the map's edges cut nothing off)."""
        rect = rect.translated(-rect.topLeft())
        bounds = self.canvas.rect()
        x = anchor.x() + 10
        y = anchor.y() + 10
        if x + rect.width() > bounds.right():
            x = anchor.x() - 10 - rect.width()
        if y + rect.height() > bounds.bottom():
            y = anchor.y() - 10 - rect.height()
        x = min(max(x, bounds.left()), bounds.right() - rect.width())
        y = min(max(y, bounds.top()), bounds.bottom() - rect.height())
        rect.moveTopLeft(QPointF(x, y).toPoint())
        return rect

    def reset(self) -> None:
        had = bool(self.points)
        self.points, self.hover, self.finished = [], None, False
        self.canvas.update()
        if had:
            self.measured.emit("")  # the status bar lets go of it
