"""A one-line hint or error under a form field whose line is always kept: showing or clearing it
never moves the fields below while the user types. A text longer than the line is elided; the
whole text is the tooltip (and what ``text()`` returns)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class HintLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        if (text or "") == self._full and self._full == self.toolTip():
            return  # (the form sets every line on each key typed and each edit)
        self._full = text or ""
        self.setToolTip(self._full)
        self._elide()

    def setStyleSheet(self, sheet: str) -> None:
        if sheet != self.styleSheet():  # the same sheet set again still polishes the label anew (~1 ms)
            super().setStyleSheet(sheet)

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # a new font (language, style): the line's height follows
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)
            self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 1)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))
