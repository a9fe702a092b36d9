"""A write that would wait for the project file waits here, off the UI thread, with Cancel.

Another program holding the file's write lock (QGIS saving, the command line) made Apply freeze
the window for up to the busy timeout (10 s). A panel now asks ``ready(store)`` before writing
(the write lock taken and let go at once, waiting for nobody: store.write_lock); if the file is
busy it calls ``wait_then(store, write)``: this line shows "Waiting for the file…" with Cancel,
the wait runs as a task (ui.tasks, lane WAITS), and ``write()`` is called on the UI thread once
the file is free, unless the user cancelled. ``finished(bool)`` says which (True: written).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sezmap.ui.tasks import WAITS, Task


class FileWait(QWidget):
    started = Signal()
    finished = Signal(bool)  # True: the file came free and the write was made; False: cancelled

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
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Waiting for the file… another program is writing to it."))
        self.cancel_button.setText(self.tr("Cancel"))

    @property
    def waiting(self) -> bool:
        return self._task is not None

    @staticmethod
    def ready(store) -> bool:
        """Whether a write to ``store`` can start now without waiting (a store that cannot
        tell: yes)."""
        check = getattr(store, "write_lock_free", None)
        return check is None or bool(check(0.0))

    def wait_then(self, store, write: Callable[[], object]) -> None:
        """Wait off the UI thread until ``store`` can be written, then call ``write()`` here."""
        self.cancel()
        task = Task(store.wait_until_writable, lane=WAITS, pass_cancelled=True)
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
