"""Digitising tools: draw a plot, move/add/delete its vertices, split it; merge selected plots.

Each tool is a :class:`~sezmap.ui.map_tools.MapTool` that gets ``(canvas, session)``. The
gesture is turned into plot changes by :mod:`sezmap.session.geometry_edits` and committed as
one undoable step with ``session.edit(text, changes)``; the store checks every rule (inside the
zone, no overlap, valid) and refuses with DataError, writing nothing. Refusals (and hints,
such as "select one plot first") go out through ``message(object)`` for the status bar, as
records of ``ui/status_text.py`` (their sources, said again after a language switch);
``finished()`` follows every committed edit.

Snapping, while drawing and dragging: to the current zone's boundary and to the vertices and
edges of the plots near the cursor (``session.snapping.SnapSource``, a ``model.snapping.Snapper``
over those geometries in the display CRS; the tolerance is ``snap_tolerance_px`` screen pixels times the view's resolution).
A snapped vertex takes the neighbour's stored lon/lat exactly, and a point snapped on an edge
lies on that edge as the rules see it (a geodesic, ``geometry_edits.point_on_edge``), so shared
boundaries stay shared and are not refused as centimetre overlaps. Hold Shift to place a
point without snapping. The tolerance shows as a circle around the cursor, the snapped point as
a square (vertex) or a diamond (edge).

Keys reach the tools through an event filter on the canvas (the canvas itself only passes
Escape on, as ``reset()``): Enter finishes a drawing or a cut line, Backspace takes back its
last point, Delete (or Backspace) removes the vertex under the cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import shapely
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from sezmap.model.edits import PlotDelete
from sezmap.model.problems import DataError
from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.session import geometry_edits as ge
from sezmap.session.snapping import SnapPoint, SnapSource, segment_params
from sezmap.session.step_names import StepName
from sezmap.ui import problem_text
from sezmap.ui.file_wait import FileWait
from sezmap.ui.map_tools import CLICK_SLOP_PX, MapTool
from sezmap.ui.reason_dialog import ask_reason
from sezmap.ui.status_text import Piece, StatusText, Translated, rendered, translate
from sezmap.ui.step_text import step_text

DEFAULT_SNAP_PX = 10.0
SAME_POINT_PX = 2.0  # a click this close to the last point adds nothing (the press of a double-click)
HANDLE_PX = 7.0

SKETCH = QColor(20, 20, 20)
SKETCH_HALO = QColor(255, 255, 255, 220)
SKETCH_FILL = QColor(255, 0, 255, 45)
TOLERANCE = QColor(60, 60, 60, 170)


def step_piece(what: Piece) -> Piece:
    """A step's name (a StepName, said in the UI language by ``step_text``) or a message piece."""
    return what if isinstance(what, StatusText) else rendered(step_text, what)


def no_reason_text(what: Piece) -> Translated:
    return translate("EditTools", "Nothing was changed: %1 needs a reason.").arg(step_piece(what))


def waiting_text(what: Piece) -> Translated:
    return translate("EditTools", "%1 not made: another change is waiting for the file.").arg(step_piece(what))


def refusal_reason(exc: Exception | None) -> str:
    """Why, on one line (every problem, joined): a DataError's problems in the UI language; any
    other exception as it says itself (its words are not sezmap's)."""
    reason = problem_text.error_text(exc) if isinstance(exc, DataError) else str(exc) if exc is not None else ""
    return "; ".join(line.strip() for line in reason.splitlines() if line.strip())


def refusal_text(what: Piece, exc: Exception | None) -> Translated:
    """One line for the status bar: what was refused and why."""
    return translate("EditTools", "%1 refused: %2").arg(step_piece(what), rendered(refusal_reason, exc))


# --- the tools ----------------------------------------------------------------------------------

class EditTool(MapTool):
    """What the digitising tools share: session, snapping, keys, committing and refusing."""

    cursor = Qt.CursorShape.CrossCursor
    message = Signal(object)  # a status_text record
    finished = Signal()
    keys: tuple = ()

    def __init__(self, canvas, session, snap_tolerance_px: float = DEFAULT_SNAP_PX):
        super().__init__(canvas)
        self.session = session
        self.snap_tolerance_px = float(snap_tolerance_px)
        self.snapping = True
        self.snap_source = SnapSource.for_session(session)
        self.cursor_px: QPointF | None = None
        self.snap_hit: SnapPoint | None = None
        # where a change waits, off the UI thread, while another program writes the file (the
        # window's status-bar FileWait; None: the change is written at once, waiting as SQLite does)
        self.file_wait: FileWait | None = None
        canvas.installEventFilter(self)

    # --- keys -------------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.canvas.tool is self

    def eventFilter(self, obj, event) -> bool:
        if obj is self.canvas and self.active and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                              | Qt.KeyboardModifier.MetaModifier))
            if plain and event.key() in self.keys:
                event.accept()  # a ShortcutOverride accepted: the key comes to us, not to a menu shortcut
                if event.type() == QEvent.Type.KeyPress:
                    self.key(event.key())
                return True
        return False

    def key(self, key) -> None: ...

    # --- points -----------------------------------------------------------------------------------

    def tolerance(self) -> float:
        """The snapping tolerance in display units."""
        return self.snap_tolerance_px * self.canvas.settings.resolution

    def snap_zones(self) -> list[str]:
        return [self.session.current_zone] if self.session.current_zone else []

    def snap_excluded_rows(self) -> Sequence[int]:
        return ()

    def point_at(self, event) -> tuple[tuple[float, float], tuple[float, float]]:
        """The (snapped) point under the mouse: display (x, y) and lon/lat."""
        pos = event.position()
        self.cursor_px = QPointF(pos)
        x, y = self.canvas.to_world(pos)
        self.snap_hit = None
        no_snap = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.snapping and not no_snap and self.session.project is not None:
            zones = self.snap_zones()
            hit = self.snap_source.snap(crs_mod.Projection(self.canvas.settings.crs), x, y, self.tolerance(), zones,
                                        self.snap_excluded_rows(), include_zones_near=not zones)
            if hit is not None:
                self.snap_hit = hit
                return (hit.x, hit.y), (hit.lon, hit.lat)
        return (x, y), self.canvas.to_lonlat(x, y)

    # --- the selected plot --------------------------------------------------------------------------

    def selected_plot(self) -> tuple[int, str] | None:
        """(row, plot id) of the one selected plot; None (and a hint) otherwise."""
        if self.session.project is None:
            self.message.emit(translate("EditTools", "Open a project first."))
            return None
        rows = self.session.selection
        if len(rows) != 1:
            self.message.emit(translate("EditTools", "Select one plot first (Identify tool, or a row of the table)."))
            return None
        row = int(rows[0])
        return row, self.session.plot_id(row)

    # --- committing ---------------------------------------------------------------------------------

    def ask_reason(self, what: str) -> str | None:
        """The reason the user gives for ``what`` (prefilled with the last one used), None if cancelled."""
        return ask_reason(self.canvas.window(), what, self.session.last_reason)

    def commit(self, text: str, build: Callable[[str], list], select: bool = False, reason: str | None = None) -> bool:
        """Ask the reason (unless given), build the changes with it and commit them as one step
        (with ``select``, the plots they keep or make become the selection); on refusal or cancel
        say why and return False."""
        if reason is None:
            reason = self.ask_reason(step_text(text))
        if reason is None:
            self.message.emit(no_reason_text(text))
            self.canvas.update()
            return False
        wait = self.file_wait
        if wait is not None and wait.waiting:  # one change waits for the file at a time
            self.message.emit(waiting_text(text))
            return False
        if wait is not None and not wait.ready(self.session.store):  # another program writes: wait off this thread
            wait.wait_then(self.session.store, lambda: self.commit(text, build, select, reason))
            self.canvas.update()
            return True  # (the gesture is done; the change is made once the file is free)
        try:
            changes = build(reason)
            self.session.edit(text, changes)
        except (DataError, ValueError) as exc:
            self.message.emit(refusal_text(text, exc))
            self.canvas.update()
            return False
        if select:
            self.select_plots([c.plot_id for c in changes if not isinstance(c, PlotDelete)])
        self.canvas.update()
        self.finished.emit()
        return True

    def select_plots(self, plot_ids) -> None:
        rows = [self.session.row_of(p) for p in plot_ids]
        self.session.set_selection([r for r in rows if r is not None])

    # --- painting -----------------------------------------------------------------------------------

    def to_pixels(self, xy) -> list[QPointF]:
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if not len(xy):
            return []
        px, py = self.canvas.settings.world_to_pixel(xy[:, 0], xy[:, 1])
        return [QPointF(float(a), float(b)) for a, b in zip(px, py, strict=True)]

    def paint_snapping(self, painter: QPainter) -> None:
        if self.cursor_px is None or not self.snapping:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(TOLERANCE, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = self.snap_tolerance_px
        painter.drawEllipse(self.cursor_px, r, r)
        if self.snap_hit is None:
            return
        p = self.canvas.to_pixel(self.snap_hit.x, self.snap_hit.y)
        for pen in (QPen(QColor("white"), 4), QPen(styles.SELECTION, 2)):
            painter.setPen(pen)
            if self.snap_hit.kind == "vertex":
                painter.drawRect(QRectF(p.x() - 6, p.y() - 6, 12, 12))
            else:
                painter.drawPolygon(QPolygonF([p + QPointF(0, -7), p + QPointF(7, 0), p + QPointF(0, 7),
                                               p + QPointF(-7, 0)]))

    def paint_sketch(self, painter: QPainter, pixels: list[QPointF], closed: bool) -> None:
        if not pixels:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        poly = QPolygonF(pixels)
        if closed and len(pixels) >= 3:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(SKETCH_FILL))
            painter.drawPolygon(poly)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (QPen(SKETCH_HALO, 4), QPen(SKETCH, 1.5)):
            painter.setPen(pen)
            if closed and len(pixels) >= 3:
                painter.drawPolygon(poly)
            else:
                painter.drawPolyline(poly)
        painter.setPen(QPen(SKETCH, 1))
        painter.setBrush(QColor("white"))
        for p in pixels:
            painter.drawEllipse(p, 3, 3)


class _SketchTool(EditTool):
    """Click points (snapped); double-click or Enter finishes, Backspace takes the last back,
    Escape cancels."""

    keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace)
    closed = False
    min_points = 2

    def __init__(self, canvas, session, snap_tolerance_px: float = DEFAULT_SNAP_PX):
        super().__init__(canvas, session, snap_tolerance_px)
        self.points: list[tuple[float, float]] = []  # lon/lat, as they will be stored
        self.points_xy: list[tuple[float, float]] = []  # display CRS
        self.hover_xy: tuple[float, float] | None = None

    def start(self) -> bool:
        """May a sketch start now? (Says why not.)"""
        return self.session.project is not None

    def press(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if not self.points and not self.start():
            return
        xy, ll = self.point_at(event)
        if self.points_xy:
            last = self.canvas.to_pixel(*self.points_xy[-1])
            here = self.canvas.to_pixel(*xy)
            if abs(last.x() - here.x()) + abs(last.y() - here.y()) < SAME_POINT_PX:
                return
        self.points.append(ll)
        self.points_xy.append(xy)
        self.hover_xy = None
        self.canvas.update()

    def move(self, event) -> None:
        xy, _ll = self.point_at(event)
        self.hover_xy = xy
        self.canvas.update()

    def double_click(self, event) -> bool:
        if self.points:
            self.finish()
        return True

    def key(self, key) -> None:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self.points_xy.pop()
            self.canvas.update()

    def finish(self) -> None:
        if len(self.points) < self.min_points:
            self.message.emit(self.too_few_text())
            return
        if self.complete():
            self.reset()

    def too_few_text(self) -> Translated:  # pragma: no cover - overridden
        raise NotImplementedError

    def complete(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def paint(self, painter: QPainter) -> None:
        xy = list(self.points_xy)
        if self.hover_xy is not None and xy:
            xy.append(self.hover_xy)
        self.paint_sketch(painter, self.to_pixels(xy), self.closed)
        self.paint_snapping(painter)

    def reset(self) -> None:
        self.points, self.points_xy = [], []
        self.hover_xy = None
        self.snap_hit = None
        self.canvas.update()

    def deactivate(self) -> None:
        self.reset()
        self.cursor_px = None


class DrawPlotTool(_SketchTool):
    """Draw a new plot: click its vertices; double-click or Enter finishes (it becomes a plot of
    the current zone, or of the zone under its first vertex, with the zone's next id, status
    'vacant' unless ``values`` says otherwise), Backspace removes the last vertex, Escape
    cancels."""

    closed = True
    min_points = 3

    def __init__(self, canvas, session, snap_tolerance_px: float = DEFAULT_SNAP_PX, values: dict | None = None):
        super().__init__(canvas, session, snap_tolerance_px)
        self.values = dict(values or {})

    def start(self) -> bool:
        if self.session.project is None:
            self.message.emit(translate("EditTools", "Open a project first."))
            return False
        return True

    def too_few_text(self) -> Translated:
        return translate("EditTools", "A plot needs at least 3 vertices.")

    def zone_for(self, lon: float, lat: float) -> str | None:
        if self.session.current_zone:
            return self.session.current_zone
        zones = self.session.project.zones
        inside = np.flatnonzero(shapely.intersects(zones.geometry.values, shapely.Point(lon, lat)))
        return str(zones["zone_id"].iat[int(inside[0])]) if len(inside) else None

    def complete(self) -> bool:
        zone_id = self.zone_for(*self.points[0])
        if zone_id is None:
            self.message.emit(translate("EditTools", "Draw the plot inside a zone (or choose the zone first)."))
            return False
        try:
            ge.polygon_from_lonlat(self.points)  # a shape that cannot be a plot is refused before asking why
        except ValueError as exc:
            self.message.emit(refusal_text(translate("EditTools", "Draw plot"), exc))
            return False
        (plot_id,) = ge.new_plot_ids(self.session, zone_id, 1)
        points = list(self.points)  # (the sketch is reset while the change may wait for the file)
        return self.commit(StepName("draw_plot", id=plot_id), lambda why: ge.draw_plot_changes(
            self.session, zone_id, points, self.values, reason=why), select=True)


class SplitTool(_SketchTool):
    """Cut the selected plot: click a line across it (ends outside or on its boundary);
    double-click or Enter finishes. The largest piece keeps the plot's id."""

    min_points = 2

    def start(self) -> bool:
        return self.selected_plot() is not None

    def snap_zones(self) -> list[str]:
        sel = self.session.selection
        if len(sel) == 1 and self.session.project is not None:
            return [str(self.session.project.plots["zone_id"].iat[int(sel[0])])]
        return super().snap_zones()

    def too_few_text(self) -> Translated:
        return translate("EditTools", "Draw the cutting line with at least 2 points, across the plot.")

    def complete(self) -> bool:
        target = self.selected_plot()
        if target is None:
            return False
        _row, plot_id = target
        points = list(self.points)  # (the sketch is reset while the change may wait for the file)
        return self.commit(StepName("split", id=plot_id), lambda why: ge.split_changes(
            self.session, plot_id, points, reason=why), select=True)


class VertexTool(EditTool):
    """Edit the selected plot's vertices (drawn as handles): drag one to move it (snapped),
    double-click an edge to add one there, right-click a vertex (or hover it and press Delete)
    to remove it. A ring keeps at least 3 vertices."""

    cursor = Qt.CursorShape.PointingHandCursor
    keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def __init__(self, canvas, session, snap_tolerance_px: float = DEFAULT_SNAP_PX):
        super().__init__(canvas, session, snap_tolerance_px)
        self.drag: tuple[int, int] | None = None  # (ring, vertex)
        self.drag_from: QPointF | None = None
        self.drag_to: tuple[tuple[float, float], tuple[float, float]] | None = None  # display, lon/lat
        self.hover: tuple[int, int] | None = None

    # --- the plot being edited ----------------------------------------------------------------------

    def target(self) -> tuple[int, str] | None:
        rows = self.session.selection
        if self.session.project is None or len(rows) != 1:
            return None
        row = int(rows[0])
        return row, self.session.plot_id(row)

    def rings(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The target plot's rings in lon/lat and in display coordinates (no closing points)."""
        target = self.target()
        if target is None:
            return [], []
        geom = self.session.project.plots.geometry.iloc[target[0]]
        ll = ge.ring_list(geom)
        crs = self.canvas.settings.crs
        return ll, [crs_mod.forward_xy(crs, r) for r in ll]

    def snap_excluded_rows(self) -> Sequence[int]:
        target = self.target()
        return (target[0],) if target else ()

    def snap_zones(self) -> list[str]:
        target = self.target()
        if target is not None:
            return [str(self.session.project.plots["zone_id"].iat[target[0]])]
        return super().snap_zones()

    def vertex_at(self, pos: QPointF) -> tuple[int, int] | None:
        _ll, xy = self.rings()
        best, best_d = None, self.snap_tolerance_px
        for i, ring in enumerate(xy):
            for j, p in enumerate(self.to_pixels(ring)):
                d = float(np.hypot(p.x() - pos.x(), p.y() - pos.y()))
                if d <= best_d:
                    best, best_d = (i, j), d
        return best

    def edge_at(self, pos: QPointF) -> tuple[int, int, tuple[float, float]] | None:
        """(ring, position of the new vertex, its lon/lat) on the edge nearest ``pos``."""
        ll, xy = self.rings()
        px = np.array(self.canvas.to_world(pos))
        best = None
        tol = self.tolerance()
        for i, (lr, dr) in enumerate(zip(ll, xy, strict=True)):
            a, b = dr, np.roll(dr, -1, axis=0)
            _t, d2 = segment_params(a, b, px)
            k = int(np.argmin(d2))
            d = float(np.sqrt(d2[k]))
            if d <= tol and (best is None or d < best[0]):
                best = (d, i, k, lr[k], lr[(k + 1) % len(lr)])
        if best is None:
            return None
        _d, ring, k, la, lb = best
        return ring, k + 1, ge.point_on_edge(la, lb, self.canvas.to_lonlat(*px))  # on the stored edge

    # --- mouse and keys -----------------------------------------------------------------------------

    def press(self, event) -> None:
        pos = event.position()
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        if self.selected_plot() is None:
            return
        vertex = self.vertex_at(pos)
        if vertex is None:
            return
        if event.button() == Qt.MouseButton.RightButton:
            self.delete_vertex(vertex)
            return
        self.drag, self.drag_from, self.drag_to = vertex, QPointF(pos), None

    def move(self, event) -> None:
        if self.drag is not None:
            self.drag_to = self.point_at(event)
        else:
            self.cursor_px = QPointF(event.position())
            self.hover = self.vertex_at(event.position()) if self.target() is not None else None
        self.canvas.update()

    def release(self, event) -> None:
        if self.drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        ring, vertex = self.drag
        moved = self.drag_from is not None and (event.position() - self.drag_from).manhattanLength() >= CLICK_SLOP_PX
        target = self.target()
        if moved and target is not None:
            _xy, ll = self.point_at(event)
            _row, plot_id = target
            self.commit(StepName("move_vertex", id=plot_id),
                        lambda why: ge.vertex_move_changes(self.session, plot_id, ring, vertex, ll, reason=why))
        self._end_drag()

    def double_click(self, event) -> bool:
        target = self.target()
        if target is None:
            return False  # nothing being edited: the canvas zooms as usual
        pos = event.position()
        if self.vertex_at(pos) is not None:
            return True
        edge = self.edge_at(pos)
        if edge is not None:
            ring, index, ll = edge
            plot_id = target[1]
            self.commit(StepName("add_vertex", id=plot_id),
                        lambda why: ge.vertex_insert_changes(self.session, plot_id, ring, index, ll, reason=why))
        return True

    def key(self, key) -> None:
        if self.hover is not None and self.drag is None:
            self.delete_vertex(self.hover)

    def delete_vertex(self, vertex: tuple[int, int]) -> None:
        target = self.target()
        if target is None:
            return
        plot_id = target[1]
        ring, index = vertex
        self.commit(StepName("delete_vertex", id=plot_id),
                    lambda why: ge.vertex_delete_changes(self.session, plot_id, ring, index, reason=why))
        self.hover = None

    def _end_drag(self) -> None:
        self.drag = self.drag_from = self.drag_to = None
        self.snap_hit = None
        self.canvas.update()

    # --- painting -----------------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        _ll, xy = self.rings()
        if not xy:
            return
        for i, ring in enumerate(xy):
            ring = ring.copy()
            if self.drag is not None and self.drag_to is not None and self.drag[0] == i:
                ring[self.drag[1]] = self.drag_to[0]
            pixels = self.to_pixels(ring)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for pen in (QPen(SKETCH_HALO, 4), QPen(SKETCH, 1.5)):
                painter.setPen(pen)
                painter.drawPolygon(QPolygonF(pixels))
            h = HANDLE_PX / 2
            for j, p in enumerate(pixels):
                hot = (i, j) in (self.hover, self.drag)
                painter.setPen(QPen(styles.SELECTION if hot else SKETCH, 1.5))
                painter.setBrush(styles.SELECTION if hot else QColor("white"))
                painter.drawRect(QRectF(p.x() - h, p.y() - h, HANDLE_PX, HANDLE_PX))
        if self.drag is not None:
            self.paint_snapping(painter)

    def reset(self) -> None:
        self._end_drag()
        self.hover = None

    def deactivate(self) -> None:
        self.reset()
        self.cursor_px = None
