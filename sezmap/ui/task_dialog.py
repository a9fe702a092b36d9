"""The parts of a dialog that runs one task on the task thread (export, imagery check): a file
field with Browse…, the run button (the default), Cancel that reads Close while nothing runs,
and a progress bar fed from the task thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QProgressBar, QPushButton


class Progress(QObject):
    """Steps done of a task's total, from the task thread to the dialog."""

    moved = Signal(int, int)


def file_row(path: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    """The file's field, as wide as it can be, and its Browse… button."""
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(browse)
    return row


class RunControls(QObject):
    """The run and Cancel/Close buttons and the progress bar of a dialog's task."""

    def __init__(self, dialog, prefix: str, run_name: str, run: Callable[[], object],
                 cancel: Callable[[], object]):
        super().__init__(dialog)
        self.running = False
        self.run_button = QPushButton()
        self.run_button.setObjectName(run_name)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(run)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName(f"{prefix}Cancel")
        self.cancel_button.clicked.connect(cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{prefix}Progress")
        self.progress.hide()
        self.steps = Progress(self)  # emit ``steps.moved`` from the task thread
        self.steps.moved.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)
        self.retranslate()

    def buttons_row(self, with_progress: bool = False) -> QHBoxLayout:
        """The buttons at the right (the progress bar at their left when ``with_progress``)."""
        row = QHBoxLayout()
        if with_progress:
            row.addWidget(self.progress, 1)
            row.addStretch(0)
        else:
            row.addStretch(1)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        return row

    def set_running(self, running: bool, can_run: bool = True) -> None:
        """A task started (the bar busy until its first step) or ended (the bar hidden)."""
        if running and not self.running:
            self.progress.setRange(0, 0)
        self.running = running
        self.progress.setVisible(running)
        self.run_button.setEnabled(can_run and not running)
        self.retranslate()

    def show_progress(self, done: int, total: int) -> None:
        if self.running and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel") if self.running else self.tr("Close"))
