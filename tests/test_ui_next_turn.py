"""Work put off to a later turn of the event loop lets the window answer in between
(ui/next_turn.py): a 5 ms timer, standing in for the user's input and the window's own timers,
ticks between two put-off pieces of work, and between an edit's commit and the map's patch.
``QTimer.singleShot(0, ...)`` posted events, which Qt handles all in one go: no tick came
between them, and the stall was their sum."""

import time

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from sezmap.ui import panel
from sezmap.ui.next_turn import next_turn_timer

BUSY_S = 0.02  # each piece of work: four of the probe's intervals


def busy() -> None:
    start = time.perf_counter()
    while time.perf_counter() - start < BUSY_S:
        pass


class Log:
    """What happened, in order: the probe's ticks and the work's ends and starts."""

    def __init__(self):
        self.events: list[str] = []
        self.probe = QTimer()
        self.probe.setTimerType(Qt.TimerType.PreciseTimer)
        self.probe.setInterval(5)
        self.probe.timeout.connect(lambda: self.events.append("tick"))

    def work(self, name: str):
        def run():
            self.events.append(f"{name} starts")
            busy()
            self.events.append(f"{name} ends")
        return run

    def ticked_between(self, first: str, then: str) -> bool:
        a, b = self.events.index(f"{first} ends"), self.events.index(f"{then} starts")
        return a < b and "tick" in self.events[a:b]


@pytest.fixture
def log(qapp):
    out = Log()
    out.probe.start()
    yield out
    out.probe.stop()


def test_a_next_turn_timer_lets_due_timers_run_before_it(qtbot, log):
    second = next_turn_timer(None, log.work("second"))

    def first():
        log.work("first")()
        second.start()  # put off from within a turn that outlasted the probe's interval

    QTimer.singleShot(10, first)
    qtbot.waitUntil(lambda: "second ends" in log.events, timeout=2000)
    assert log.ticked_between("first", "second"), log.events


def test_panels_rebuilds_put_off_are_made_one_a_turn_with_the_window_answering_between(qtbot, log):
    owner = QObject()
    laters = [panel.Later(owner, log.work(name)) for name in ("a", "b", "c")]

    def edit():
        log.work("edit")()
        for later in laters:  # three panels' rebuilds asked for by one edit
            later.ask()

    QTimer.singleShot(10, edit)
    qtbot.waitUntil(lambda: "c ends" in log.events, timeout=2000)
    assert log.ticked_between("edit", "a"), log.events
    assert log.ticked_between("a", "b"), log.events
    assert log.ticked_between("b", "c"), log.events


def test_the_maps_patch_after_an_edit_waits_for_the_window_to_answer(qtbot, log):
    from sezmap.ui.canvas import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    drawn = canvas._draw_patches

    def patch_drawn():
        log.events.append("patch starts")
        drawn()
        log.events.append("patch ends")

    canvas._patch_timer.timeout.disconnect()
    canvas._patch_timer.timeout.connect(patch_drawn)

    def edit():
        log.work("edit")()
        canvas.patch((0.0, 0.0, 1.0, 1.0))  # an edited plot's box

    QTimer.singleShot(10, edit)
    qtbot.waitUntil(lambda: "patch ends" in log.events, timeout=2000)
    assert log.ticked_between("edit", "patch"), log.events
