"""A write that would wait for the project file waits here, off the UI thread, with Cancel.

Another program holding the file's write lock (QGIS saving, the command line) made Apply freeze
the window for up to the busy timeout (10 s). A panel now asks ``ready(store)`` before writing
(the write lock taken and let go at once, waiting for nobody: store.write_lock); if the file is
busy it calls ``wait_then(store, write)``: this line shows "Waiting for the file…" with Cancel,
the wait runs as a task (ui.tasks, lane WAITS), and ``write()`` is called on the UI thread once
the file is free, unless the user cancelled. ``finished(bool)`` says which (True: written).

The line says who holds the file up (store.write_lock.write_blocker), and says it again when
that changes while it waits: the window's own work (the previous change still being saved on
one of its task lanes, or a read of the file) is not "another program".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sezmap.store import write_lock
from sezmap.ui.tasks import WAITS, Task


class FileWait(QWidget):
    started = Signal()
    finished = Signal(bool)  # True: the file came free and the write was made; False: cancelled
    _seen = Signal(object, str)  # (the waiting task, who holds the file up now), from its thread

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fileWait")
        self.label = QLabel()
        self.label.setObjectName("fileWaitText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("fileWaitCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self.blocker = write_lock.ANOTHER_PROGRAM  # who holds the file up (write_lock.write_blocker)
        self._seen.connect(self._blocker_seen, Qt.ConnectionType.QueuedConnection)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.text(self.blocker))
        self.cancel_button.setText(self.tr("Cancel"))

    def text(self, blocker: str) -> str:
        """The line for a wait held up by ``blocker``."""
        if blocker == write_lock.OWN_WRITE:
            return self.tr("Waiting for the previous change to be saved…")
        if blocker == write_lock.OWN_READ:
            return self.tr("Waiting for the file… this window is still reading it.")
        return self.tr("Waiting for the file… another program is writing to it.")

    @property
    def waiting(self) -> bool:
        return self._task is not None

    def ready(self, store) -> bool:
        """Whether a write to ``store`` can start now without waiting (a store that cannot
        tell: yes); if not, who holds it up is kept for the line ``wait_then`` shows."""
        check = getattr(store, "write_blocker", None)
        blocker = None if check is None else check(0.0)
        if blocker is not None:
            self._show(blocker)
        return blocker is None

    def _show(self, blocker: str) -> None:
        self.blocker = blocker
        self.label.setText(self.text(blocker))

    def _blocker_seen(self, task: Task, blocker: str) -> None:
        if task is self._task:
            self._show(blocker)

    def wait_then(self, store, write: Callable[[], object]) -> None:
        """Wait off the UI thread until ``store`` can be written, then call ``write()`` here."""
        self.cancel()

        def wait(cancelled) -> bool:  # on the WAITS lane: who holds the file up is told to the line
            return store.wait_until_writable(cancelled, lambda who: self._seen.emit(task, who))

        task = Task(wait, lane=WAITS, pass_cancelled=True)
        task.signals.finished.connect(lambda free: self._over(task, bool(free), write),
                                      Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(lambda _message: self._over(task, True, write),  # the write says what
                                    Qt.ConnectionType.QueuedConnection)
        self._task = task
        self.show()
        self.started.emit()
        task.start()

    def _over(self, task: Task, free: bool, write: Callable[[], object]) -> None:
        if task is not self._task:
            return  # cancelled meanwhile, or replaced by a newer wait
        self._task = None
        self.hide()
        self.finished.emit(free)
        if free:
            write()

    def cancel(self) -> None:
        """Stop waiting (nothing is written); nothing happens if there is no wait."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        self.hide()
        self.finished.emit(False)

    def shutdown(self, timeout: float = 2.0) -> None:
        """Cancel a wait and let its thread finish (the window closing)."""
        task = self._task
        self.cancel()
        if task is not None:
            task.wait(timeout)
