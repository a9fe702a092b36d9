"""The map canvas: shows finished map images and hands mouse and keys to map tools.

Rendering runs on a worker thread into a QImage (sezmap.ui.render_job), over a snapshot of
the scene taken when it starts. While a new image is being drawn the canvas keeps showing the
last one, moved and scaled to the current view, so panning and zooming respond at once; a
render that fails leaves the last image and says why (``renderFinished`` stats "error").
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.render.furniture import draw_furniture
from sezmap.render.map_settings import MapSettings
from sezmap.render.scene import MapScene
from sezmap.ui.next_turn import next_turn_timer
from sezmap.ui.render_job import RenderJob, RenderResult

ZOOM_STEP = 1.5
WHEEL_STEP = 1.25
HISTORY_LIMIT = 100


class MapCanvas(QWidget):
    extentChanged = Signal(object)  # MapSettings
    cursorMoved = Signal(float, float)  # lon, lat
    renderStarted = Signal()
    renderFinished = Signal(object)  # stats dict ("error": the last line of what stopped a render)
    renderProgress = Signal(int, int)
    doubleClicked = Signal(float, float)  # display x, y

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(False)  # the main window takes drops
        self.setMinimumSize(200, 150)
        self.scene = MapScene()
        self._settings = MapSettings(width=max(1, self.width()), height=max(1, self.height()))
        self.image: QImage | None = None
        self.image_settings: MapSettings | None = None
        self.last_stats: dict = {}
        self.tool = None
        self._job: RenderJob | None = None
        self._jobs: list[RenderJob] = []
        self._job_counter = 0
        self._patches: list[tuple[float, ...]] = []  # edited boxes to draw on the next turn (patch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._start_render)
        # the edited boxes' patch on a later turn (ui/next_turn.py: input and timers first)
        self._patch_timer = next_turn_timer(self, self._draw_patches)
        self.history: list[MapSettings] = []
        self.history_pos = -1
        self.show_decorations = True  # scale bar and north arrow over the map

    # --- view state ---------------------------------------------------------------------------

    @property
    def settings(self) -> MapSettings:
        return self._settings

    def set_settings(self, settings: MapSettings, record: bool = True, render: bool = True) -> None:
        settings = settings.with_size(self.width(), self.height()).replace(
            device_pixel_ratio=self.devicePixelRatioF())
        self._settings = settings
        if record:
            self._record(settings)
        self.update()
        self.extentChanged.emit(settings)
        if render:
            self.refresh()

    def _record(self, settings: MapSettings) -> None:
        del self.history[self.history_pos + 1:]
        self.history.append(settings)
        if len(self.history) > HISTORY_LIMIT:
            del self.history[0]
        self.history_pos = len(self.history) - 1

    def can_go_back(self) -> bool:
        return self.history_pos > 0

    def can_go_forward(self) -> bool:
        return self.history_pos < len(self.history) - 1

    def previous_extent(self) -> None:
        if self.can_go_back():
            self.history_pos -= 1
            self._go_history()

    def next_extent(self) -> None:
        if self.can_go_forward():
            self.history_pos += 1
            self._go_history()

    def _go_history(self) -> None:
        s = self.history[self.history_pos]
        self.set_settings(self._settings.replace(center_x=s.center_x, center_y=s.center_y,
                                                 resolution=s.resolution), record=False)

    def set_scene(self, scene: MapScene, fit: bool = True) -> None:
        self.cancel_render()
        self.scene = scene
        self.image = None
        self.image_settings = None
        self.history.clear()
        self.history_pos = -1
        self._settings = self._settings.replace(crs=scene.display_crs)
        if fit:
            self.zoom_full()
        else:
            self.refresh()

    def set_language(self, language: str) -> None:
        if language != self._settings.language:  # (the same: no new image, e.g. at each step of an open)
            self.set_settings(self._settings.replace(language=language), record=False)

    # --- navigation ---------------------------------------------------------------------------

    def zoom_to_bounds(self, bounds, margin: float = 0.05) -> None:
        if bounds is None:
            return
        self.set_settings(self._settings.with_size(self.width(), self.height()).fitted(bounds, margin))

    def zoom_full(self) -> None:
        self.zoom_to_bounds(self.scene.full_bounds())

    def zoom_by(self, factor: float, px: float | None = None, py: float | None = None) -> None:
        self.set_settings(self._settings.zoomed(factor, px, py))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def pan_by(self, dx: float, dy: float, record: bool = True, render: bool = True) -> None:
        """Move the content by (dx, dy) pixels."""
        self.set_settings(self._settings.panned(dx, dy), record=record, render=render)

    def pan_to(self, x: float, y: float) -> None:
        """Centre the view on (x, y) in the display CRS, at the same scale."""
        self.set_settings(self._settings.replace(center_x=x, center_y=y))

    def to_world(self, pos: QPointF) -> tuple[float, float]:
        x, y = self._settings.pixel_to_world(pos.x(), pos.y())
        return float(x), float(y)

    def to_pixel(self, x: float, y: float) -> QPointF:
        px, py = self._settings.world_to_pixel(x, y)
        return QPointF(float(px), float(py))

    def to_lonlat(self, x: float, y: float) -> tuple[float, float]:
        lon, lat = crs_mod.inverse(self._settings.crs, [x], [y])
        return float(lon[0]), float(lat[0])

    # --- rendering ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for a new image of the current view (debounced)."""
        self._timer.start()

    def _start_render(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._job_counter += 1
        job = RenderJob(self._job_counter, self._settings, self.scene, furniture=self.show_decorations)
        job.signals.finished.connect(self._render_done, Qt.ConnectionType.QueuedConnection)
        job.signals.progress.connect(self._render_progress, Qt.ConnectionType.QueuedConnection)
        self._job = job
        self._jobs = [j for j in self._jobs if not j.done.is_set()] + [job]
        self.renderStarted.emit()
        job.start()

    def _render_progress(self, job_id: int, done: int, total: int) -> None:
        if self._job is not None and job_id == self._job.job_id:
            self.renderProgress.emit(done, total)

    def _render_done(self, result: RenderResult) -> None:
        if self._job is None or result.job_id != self._job.job_id:
            return  # an older view
        self._job = None
        if result.error is not None:  # the last image stays; the failure is told, not dropped
            self.last_stats = {"error": result.error.strip().splitlines()[-1]}
        else:
            self.image = result.image
            self.image_settings = result.settings
            self.last_stats = result.stats
        self.update()
        self.renderFinished.emit(self.last_stats)

    def patch(self, bounds) -> None:
        """Edited features (display-CRS bbox): that part of the shown image is drawn again on the
        next turn of the event loop (no labels), then the whole view re-renders in the background
        as usual. Not at once: the edit's other listeners (dashboard, table, form) run first, and
        the window answers input between the two (one stall of their sum was two halves)."""
        if bounds is not None:
            if not self._patches:
                self._patch_timer.start()
            self._patches.append(tuple(float(v) for v in bounds))
        self.refresh()

    def _draw_patches(self) -> None:
        from sezmap.render.renderer import render_patch

        pending, self._patches = self._patches, []
        if not pending or self.image is None or self.image_settings != self._settings:
            return
        box = np.array(pending)  # one rectangle around every edit since the last turn
        bounds = (box[:, 0].min(), box[:, 1].min(), box[:, 2].max(), box[:, 3].max())
        if render_patch(self.image, self._settings, self.scene, bounds) is not None:
            self.update()

    def cancel_render(self) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self.renderFinished.emit({"cancelled": True})

    def is_rendering(self) -> bool:
        return self._timer.isActive() or self._job is not None

    def render_now(self) -> None:
        """Render the current view on this thread (tests, exports of the screen)."""
        from sezmap.render.renderer import render_image

        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        image, stats = render_image(self._settings, self.scene, furniture=self.show_decorations)
        self.image, self.image_settings, self.last_stats = image, self._settings, stats
        self.update()
        self.renderFinished.emit(stats)

    def shutdown(self) -> None:
        self.cancel_render()
        for job in self._jobs:
            job.done.wait(5.0)

    # --- painting -----------------------------------------------------------------------------

    def image_target_rect(self) -> QRectF | None:
        """Where the cached image goes in the current view (it may be from another view)."""
        if self.image is None or self.image_settings is None:
            return None
        x0, y0, x1, y1 = self.image_settings.extent
        p0 = self.to_pixel(x0, y1)
        p1 = self.to_pixel(x1, y0)
        return QRectF(p0, p1)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), styles.BACKGROUND)
        target = self.image_target_rect()
        if target is not None and self.image is not None and self.image_settings is not None:
            same_scale = abs(target.width() - self.image_settings.width) < 0.5
            if same_scale:
                painter.drawImage(target.topLeft(), self.image)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
                painter.drawImage(target, self.image)
        if self.show_decorations and self.scene.layers:
            draw_furniture(painter, self._settings)  # where the labels were kept off (furniture=True)
        if self.tool is not None:
            self.tool.paint(painter)
        if self.is_rendering():
            painter.setPen(QColor(60, 60, 60))
            painter.drawText(self.rect().adjusted(0, 0, -8, -6),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "…")
        painter.end()

    def resizeEvent(self, event) -> None:
        self._settings = self._settings.with_size(self.width(), self.height()).replace(
            device_pixel_ratio=self.devicePixelRatioF())
        self.extentChanged.emit(self._settings)
        self.refresh()
        super().resizeEvent(event)

    # --- input --------------------------------------------------------------------------------

    def set_tool(self, tool) -> None:
        if self.tool is not None:
            self.tool.deactivate()
        self.tool = tool
        self.setCursor(tool.cursor if tool is not None else Qt.CursorShape.ArrowCursor)
        self.update()

    def mousePressEvent(self, event) -> None:
        if self.tool is not None:
            self.tool.press(event)

    def mouseMoveEvent(self, event) -> None:
        x, y = self.to_world(event.position())
        lon, lat = self.to_lonlat(x, y)
        self.cursorMoved.emit(lon, lat)
        if self.tool is not None:
            self.tool.move(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.tool is not None:
            self.tool.release(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.tool is not None and self.tool.double_click(event):
            return
        x, y = self.to_world(event.position())
        self.doubleClicked.emit(x, y)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        pos = event.position()
        self.zoom_by(WHEEL_STEP ** steps, pos.x(), pos.y())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        step_x, step_y = self.width() / 8.0, self.height() / 8.0
        moves = {
            Qt.Key.Key_Left: (step_x, 0), Qt.Key.Key_Right: (-step_x, 0),
            Qt.Key.Key_Up: (0, step_y), Qt.Key.Key_Down: (0, -step_y),
        }
        if key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_Escape:
            if self.tool is not None:
                self.tool.reset()
            self.cancel_render()
            self.update()
        else:
            super().keyPressEvent(event)
