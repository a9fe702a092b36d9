"""The one way sezmap shows a temporary message in a window's status bar.

``StatusMessage.show(message, timeout_ms)`` takes a message record (``ui/status_text.py``:
its translatable source and arguments), shows its text and keeps it; ``retranslate()`` (the
window calls it on a language switch) shows it again in the new language for the time it has
left, unless it is gone meanwhile: timed out, cleared, or replaced (by another message or an
action's status tip), which the bar's ``messageChanged`` tells.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from sezmap.ui.status_text import Showing, StatusText


class StatusMessage(QObject):
    def __init__(self, bar: QStatusBar, clock: Callable[[], float] = time.monotonic):
        super().__init__(bar)
        self.bar = bar
        self.clock = clock
        self.showing: Showing | None = None
        bar.messageChanged.connect(self._changed)

    def show(self, message: StatusText, timeout_ms: int = 0) -> None:
        self._put(Showing(message, timeout_ms, self.clock(), message.text()))

    def clear(self) -> None:
        self.showing = None
        self.bar.clearMessage()

    def retranslate(self) -> None:
        """The message shown, again in the UI language now (not one gone already)."""
        showing = self.showing
        if showing is None:
            return
        if self.bar.currentMessage() != showing.shown:  # (gone without a word: not ours any more)
            self.showing = None
            return
        again = showing.again(self.clock())
        if again is None:
            self.clear()
        else:
            self._put(again)

    def _put(self, showing: Showing) -> None:
        self.showing = showing  # first: the bar's messageChanged below is ours
        left = showing.remaining_ms(self.clock())
        self.bar.showMessage(showing.shown, left or 0)

    def _changed(self, text: str) -> None:
        if self.showing is not None and text != self.showing.shown:
            self.showing = None  # timed out, cleared or replaced
