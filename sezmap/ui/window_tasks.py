"""Background work of the main window: tasks on the task thread, with progress and cancel.

The status bar's busy bar and Cancel button follow both the running task and the canvas's
render; results come back to the UI thread through queued signals (see ``sezmap.ui.tasks``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from sezmap.model.problems import DataError
from sezmap.ui import problem_text
from sezmap.ui.status_text import translate
from sezmap.ui.tasks import Task, keep_later, kept, run_serialized


class _Progress(QObject):
    """How far a task is, from its thread (queued to the UI thread)."""

    changed = Signal(int, int)  # done, total


class TaskRunner(QObject):
    def __init__(self, window, progress, cancel_button):
        super().__init__(window)
        self.window = window
        self.canvas = window.canvas
        self.progress = progress
        self.cancel_button = cancel_button
        self.current: Task | None = None  # the task the progress bar shows
        self.running: list[Task] = []  # every task not known to be done (waited for on close)
        # id(task) -> (what to call when Cancel gives it up, its progress reporter)
        self._on_cancelled: dict[int, tuple] = {}
        cancel_button.clicked.connect(self.cancel)
        window.session.keep_undo_later = keep_later  # the undo steps kept for the next run: written off the UI thread
        self._trend = window.docks.dashboard.trend  # its tasks cancelled and waited for on close
        self._trend.track = self.track
        self.canvas.renderStarted.connect(self._render_started)
        self.canvas.renderFinished.connect(lambda _stats: self._hide_progress())
        self.canvas.renderProgress.connect(self._render_progress)

    def start(self, fn, on_done, on_failed=None) -> Task:
        """Run ``fn()`` in the background; ``on_done(result)`` or ``on_failed(message)`` on the UI thread."""
        return self._start(Task(fn), on_done, on_failed)

    def start_cancellable(self, fn, on_done, on_failed, on_cancelled) -> Task:
        """``start`` for ``fn(cancelled, progress)``, which looks at ``cancelled()`` and stops
        when it says so, and may say how far it is with ``progress(done, total)`` (from its
        thread; the status bar's bar shows it); ``on_cancelled()`` when the status bar's Cancel
        gave it up."""
        reporter = _Progress(self)
        task = Task(lambda cancelled: fn(cancelled, reporter.changed.emit), pass_cancelled=True)
        reporter.changed.connect(lambda done, total: self._task_progress(task, done, total),
                                 Qt.ConnectionType.QueuedConnection)
        self._on_cancelled[id(task)] = (on_cancelled, reporter)
        return self._start(task, on_done, on_failed)

    def _task_progress(self, task: Task, done: int, total: int) -> None:
        if task is self.current and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _start(self, task: Task, on_done, on_failed) -> Task:
        task.signals.finished.connect(lambda result: self._done(task, on_done, result),
                                      Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(lambda message: self._failed(task, on_failed, message),
                                    Qt.ConnectionType.QueuedConnection)
        # a task cancelled by its own caller (the export dialog's Cancel) hears neither: its bar
        # and Cancel button go once it has ended
        task.signals.ended.connect(lambda: self._finish(task), Qt.ConnectionType.QueuedConnection)
        self.running = [t for t in self.running if not t.done.is_set()] + [task]
        self.current = task
        self.progress.setRange(0, 0)  # busy
        self.progress.show()
        self.cancel_button.show()
        task.start()
        return task

    def track(self, task: Task) -> None:
        """A task another part of the window started (with its own progress): cancelled and
        waited for when the window closes."""
        self.running = [t for t in self.running if not t.done.is_set()] + [task]

    def run_waiting(self, fn, on_done, on_failed=None) -> None:
        """``start``'s twin that waits: ``fn()`` on the task thread (after the tasks queued),
        then ``on_done(result)`` or ``on_failed(message)``, before returning."""
        try:
            result = run_serialized(fn)
        except Exception as exc:  # noqa: BLE001 - reported in the UI's words, never swallowed
            message = problem_text.error_text(exc)
            if on_failed is not None:
                on_failed(message)
            else:
                QMessageBox.warning(self.window, "sezmap", message)
            return
        on_done(result)

    def _finish(self, task) -> None:
        _hook, reporter = self._on_cancelled.pop(id(task), (None, None))
        if reporter is not None:
            reporter.deleteLater()
        if task is self.current:
            self.current = None
            self._hide_progress()

    def _done(self, task, on_done, result) -> None:
        self._finish(task)
        if not task.cancelled:
            on_done(result)

    def _failed(self, task, on_failed, message) -> None:
        self._finish(task)
        if isinstance(task.error, DataError):  # the problems in the UI language, the file named once
            message = problem_text.error_text(task.error)
        if on_failed is not None:
            on_failed(message)
        else:
            QMessageBox.warning(self.window, "sezmap", message)

    def _hide_progress(self) -> None:
        if self.current is None and not self.canvas.is_rendering():
            self.progress.hide()
            self.cancel_button.hide()

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()
            hook, reporter = self._on_cancelled.pop(id(self.current), (None, None))
            self.current = None
            if reporter is not None:
                reporter.deleteLater()
            if callable(hook):
                hook()
            self.window.status_message.show(translate("TaskRunner", "Cancelled"), 3000)
        self.canvas.cancel_render()
        self._hide_progress()

    def _render_started(self) -> None:
        if self.current is None:
            self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()

    def _render_progress(self, done: int, total: int) -> None:
        if self.current is None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def shutdown(self, timeout: float = 10.0) -> None:
        self._trend.stop()  # (none started after this)
        for task in self.running:
            task.cancel()
        for task in self.running:
            task.wait(timeout)
        kept(timeout)  # the undo steps on disk before the window goes (the next run reads them)
