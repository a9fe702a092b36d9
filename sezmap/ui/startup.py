"""Start-up timing and the smoke mode (``sezmap --smoke-seconds N``).

In smoke mode the app opens its window as usual, prints when the first map of the project
is drawn, when all its plots are on the map and when the dashboard's figures arrive (seconds
since the process started), then quits N seconds after the first map, once the figures are
there too. packaging/smoke_bundle.sh and tests/benchmarks/bench_startup.py read these lines:

    sezmap: startup first_map=0.91 s
    sezmap: startup plots=0.91 s
    sezmap: startup figures=1.24 s
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.monotonic()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since sezmap's import,
    plus the age of the process at that moment as far as it is known)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            stat = fh.read()
        start_ticks = int(stat[stat.rindex(b")") + 2:].split()[19])
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED


def report(event: str, seconds: float | None = None) -> None:
    seconds = process_age() if seconds is None else seconds
    print(f"sezmap: startup {event}={seconds:.2f} s", file=sys.stderr, flush=True)


class SmokeRun:
    """Watches a main window: prints the start-up moments, quits ``seconds`` after the first
    map once the figures have come too (exit 0), or exits 1 if that is not so within ``limit``
    seconds."""

    def __init__(self, window, app, seconds: float, limit: float = 300.0):
        from PySide6.QtCore import QTimer

        self.window, self.app, self.seconds = window, app, seconds
        self.seen: dict[str, float] = {}
        self._due = False  # the N seconds are over (waiting for the figures)
        window.canvas.renderFinished.connect(self._rendered)
        window.session.engine_changed.connect(self._engine)
        self._limit = QTimer(window)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._too_late)
        self._limit.start(int(limit * 1000))

    def _mark(self, event: str) -> None:
        if event not in self.seen:
            self.seen[event] = process_age()
            report(event, self.seen[event])

    def _rendered(self, _stats) -> None:
        scene = self.window.scene
        if scene is None or scene.layer("zones") is None:
            return  # the empty map before a project
        if "first_map" not in self.seen:
            self._mark("first_map")
            from PySide6.QtCore import QTimer

            QTimer.singleShot(int(self.seconds * 1000), self._time_is_up)
        if scene.layer("plots") is not None:
            self._mark("plots")

    def _engine(self, engine) -> None:
        if engine is not None:
            self._mark("figures")
            if self._due:
                self._quit()

    def _time_is_up(self) -> None:
        self._due = True
        if "figures" in self.seen:
            self._quit()

    def _quit(self) -> None:
        self._limit.stop()
        self.window.close()
        self.app.exit(0)

    def _too_late(self) -> None:
        what = "the figures did not come" if "first_map" in self.seen else "no map was drawn"
        print(f"sezmap: smoke run: {what} in time", file=sys.stderr, flush=True)
        self.window.close()
        self.app.exit(1)
