"""Rendering off the UI thread: one QRunnable per requested view, cancellable."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal

from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render_image
from sezmap.render.scene import MapScene


class RenderSignals(QObject):
    finished = Signal(int, object, object, object)  # job id, QImage, MapSettings, stats
    progress = Signal(int, int, int)  # job id, done, total


class RenderJob(QRunnable):
    def __init__(self, job_id: int, settings: MapSettings, scene: MapScene):
        super().__init__()
        self.setAutoDelete(False)
        self.job_id = job_id
        self.settings = settings
        self.scene = scene
        self.signals = RenderSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            image, stats = render_image(
                self.settings, self.scene, self._cancel.is_set,
                progress=lambda done, total: self.signals.progress.emit(self.job_id, done, total))
            if not self._cancel.is_set():
                self.signals.finished.emit(self.job_id, image, self.settings, stats)
        finally:
            self.done.set()
