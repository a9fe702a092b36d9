"""Answering the reason dialog of map edits (ui.reason_dialog) as a user does: while it is open,
the reason is typed over the prefilled one and Enter pressed, or Escape to cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


class ReasonAnswers:
    """Answers every reason dialog that opens with ``reason`` (None: cancels it); ``prefilled``
    lists what each dialog offered before the typing."""

    def __init__(self, reason: str | None = "boundary survey"):
        self.reason = reason
        self.prefilled: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        from sezmap.ui.reason_dialog import ReasonDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReasonDialog) or not dialog.isVisible():
            return
        self.prefilled.append(dialog.field.text())
        if self.reason is None:
            QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
            return
        dialog.field.setFocus()
        QTest.keyClick(dialog.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
        QTest.keyClicks(dialog.field, self.reason)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)

    def stop(self) -> None:
        self.timer.stop()
