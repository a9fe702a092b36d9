"""Slow work (loading a project, analysis, warping a raster) on one worker thread.

One plain Python thread runs the tasks in order (a ThreadPoolExecutor of one):
* not QThreadPool: a pooled Qt thread gets a fresh Python thread state for every run,
  which drops pyproj's per-thread PROJ context under objects still cached from the
  previous run and crashes the next PROJ call (seen with the analysis engine followed
  by a project load);
* one at a time: two analysis engines at once crash in PROJ, because the analysis
  caches pyproj transformers across threads.
Results come back through queued Qt signals.

Waiting for a project file another program holds (``Task(..., lane=WAITS)``) has a thread of
its own, so that it neither waits behind a load or an analysis nor holds them up, and so has
ordering a panel's long list (``LISTS``: Arrow work, which releases the GIL); a waiting
task is handed a ``cancelled()`` check (``pass_cancelled``), so that Cancel ends its wait.
This module is the only door to threads for the window's work: callers start a Task, cancel
it, and hear ``finished`` or ``failed``.
"""

from __future__ import annotations

import threading
import traceback
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()  # always, last: finished, failed or cancelled


_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-task")
# the lanes: the task thread; waiting for a busy file; long lists ordered with Arrow for a panel;
# small writes beside the project (the undo steps kept for the next run), in order
TASKS, WAITS, LISTS, KEEPS = "tasks", "waits", "lists", "keeps"
_LANES = {TASKS: _EXECUTOR, WAITS: ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-wait"),
          LISTS: ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-lists"),
          KEEPS: ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-keep")}


def run_serialized(fn):
    """Run ``fn`` on the task thread, after the tasks already queued, and return its result."""
    return _EXECUTOR.submit(fn).result()


def keep_later(fn) -> None:
    """Run ``fn()`` on the ``KEEPS`` lane, after what is queued there (nothing is heard back)."""
    _LANES[KEEPS].submit(fn)


def kept(timeout: float = 10.0) -> None:
    """Wait until what was queued on the ``KEEPS`` lane is done (the window closing)."""
    _LANES[KEEPS].submit(lambda: None).result(timeout)


class BackgroundWork:
    """What a task and a render job share: cancel from the UI thread, wait until the work is done."""

    def __init__(self):
        self._cancel = threading.Event()
        self.done = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(BackgroundWork):
    """Runs ``fn()`` on the thread of its ``lane`` (``fn(cancelled)`` with ``pass_cancelled``,
    ``cancelled`` a check it should look at while it waits); emits finished(result) or
    failed(message) unless cancelled, then ended() in any case."""

    def __init__(self, fn, lane: str = TASKS, pass_cancelled: bool = False):
        super().__init__()
        self.fn = fn
        self.lane = lane
        self.pass_cancelled = pass_cancelled
        self.signals = TaskSignals()
        self.error: BaseException | None = None  # what failed, for the UI's own words (problem_text)

    def start(self) -> None:
        _LANES[self.lane].submit(self.run)

    def run(self) -> None:
        try:
            result = self.fn(lambda: self.cancelled) if self.pass_cancelled else self.fn()
        except Exception as exc:  # reported to the user, never swallowed
            self.error = exc
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
            self.signals.ended.emit()
