"""Rendering off the UI thread: each requested view a job on the render threads, cancellable.

A job draws a snapshot of the scene (``MapScene.snapshot``) taken when the job is made, on the
thread that owns and edits the scene: edits made while it draws do not reach it, and it never
sees one half made. Whatever happens, the job ends with one ``RenderResult`` (on ``result`` and,
unless it was cancelled, through ``finished``): an image, or the error that stopped it.

(Python threads rather than QThreadPool: see sezmap.ui.tasks for why. Two threads kept for the
window's life, not one started per job: starting a thread waits until it runs, and with the GIL
held by a render still under way (or any other thread) the UI thread waited 30-80 ms for it at
every edit. Two, so that a new view need not wait for a cancelled render to reach its next check.)"""

from __future__ import annotations

import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render_image
from sezmap.render.scene import MapScene
from sezmap.ui.tasks import BackgroundWork


@dataclass(frozen=True)
class RenderResult:
    """How a render job ended: ``image`` (None if it failed) or ``error`` (what stopped it,
    with its traceback), ``cancelled`` when it was stopped on request."""

    job_id: int
    settings: MapSettings
    image: QImage | None = None
    stats: dict = field(default_factory=dict)
    error: str | None = None
    cancelled: bool = False


_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sezmap-render")


class RenderSignals(QObject):
    finished = Signal(object)  # RenderResult
    progress = Signal(int, int, int)  # job id, done, total


class RenderJob(BackgroundWork):
    def __init__(self, job_id: int, settings: MapSettings, scene: MapScene, furniture: bool = False):
        """Call on the thread that owns ``scene``: its snapshot is taken here."""
        super().__init__()
        self.job_id = job_id
        self.furniture = furniture  # keep labels off the canvas's scale bar and north arrow
        self.settings = settings
        self.scene: MapScene | None = scene.snapshot()  # let go once drawn (``Room.readers``)
        self.signals = RenderSignals()
        self.result: RenderResult | None = None  # set before ``done``

    def start(self) -> None:
        _THREADS.submit(self.run)

    def run(self) -> None:
        scene, self.scene = self.scene, None  # (the job is kept a while after; its snapshot is not)
        assert scene is not None, "a render job runs once"
        try:
            image, stats = render_image(
                self.settings, scene, self._cancel.is_set,
                progress=lambda done, total: self.signals.progress.emit(self.job_id, done, total),
                furniture=self.furniture)
            result = RenderResult(self.job_id, self.settings, image, stats, cancelled=self._cancel.is_set())
        except Exception:  # reported through the result, never lost with the thread
            result = RenderResult(self.job_id, self.settings, error=traceback.format_exc(),
                                  cancelled=self._cancel.is_set())
        try:
            self.result = result
            if result.error is not None:
                print(f"sezmap: render {self.job_id} failed:\n{result.error}", file=sys.stderr, flush=True)
            if not result.cancelled:
                self.signals.finished.emit(result)
        finally:
            del scene  # (before ``done``: the plots' arrays may then be written in place again)
            self.done.set()
