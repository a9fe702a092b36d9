"""Slow work (loading a project, analysis, warping a raster) on a worker thread."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs ``fn()``; emits finished(result) or failed(message) unless cancelled."""

    def __init__(self, fn):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the user, never swallowed
            if not self._cancel.is_set():
                detail = getattr(exc, "summary", None)
                message = detail() if callable(detail) else f"{type(exc).__name__}: {exc}"
                traceback.print_exc()
                self.signals.failed.emit(message)
        else:
            if not self._cancel.is_set():
                self.signals.finished.emit(result)
        finally:
            self.done.set()
