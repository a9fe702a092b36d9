"""Rendering off the UI thread: one worker thread per requested view, cancellable.

(Python threads rather than QThreadPool: see sezmap.ui.tasks for why.)"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render_image
from sezmap.render.scene import MapScene
from sezmap.ui.tasks import BackgroundWork


class RenderSignals(QObject):
    finished = Signal(int, object, object, object)  # job id, QImage, MapSettings, stats
    progress = Signal(int, int, int)  # job id, done, total


class RenderJob(BackgroundWork):
    def __init__(self, job_id: int, settings: MapSettings, scene: MapScene, furniture: bool = False):
        super().__init__()
        self.job_id = job_id
        self.furniture = furniture  # keep labels off the canvas's scale bar and north arrow
        self.settings = settings
        self.scene = scene
        self.signals = RenderSignals()

    def start(self) -> None:
        threading.Thread(target=self.run, name="sezmap-render", daemon=True).start()

    def run(self) -> None:
        try:
            image, stats = render_image(
                self.settings, self.scene, self._cancel.is_set,
                progress=lambda done, total: self.signals.progress.emit(self.job_id, done, total),
                furniture=self.furniture)
            if not self._cancel.is_set():
                self.signals.finished.emit(self.job_id, image, self.settings, stats)
        finally:
            self.done.set()
