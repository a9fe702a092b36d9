"""Work on a later turn of Qt's event loop, after the input and the timers already due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def next_turn_timer(owner: QObject | None, call: Callable[[], None]) -> QTimer:
    """A single-shot timer of 0 ms that calls ``call`` on a later turn of the event loop, after
    the input and the timers already due (``start()`` it). Not ``QTimer.singleShot(0, ...)``:
    Qt posts that as an event, and events posted during a turn are all handled before the loop
    looks at input and timers again, so a chain of them (an edit's commit, then the map's
    patch, then a panel's rebuild) was one stall of their sum (bench_window's split: 84-105
    ms, where its commit alone was 50-80 ms)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(call)
    return timer
