"""Attribute table benchmark: picking zones, sorting, filtering and selecting in the desktop window
on the synthetic million-plot project.

    .venv/bin/python tests/benchmarks/bench_table.py [--project /tmp/sezmap-bench-analysis/synthetic_1000000.gpkg]

The project is made by ``tests/benchmarks/make_synthetic.py 1000000`` (its largest zone holds
~470,000 plots). The script opens it in the main window (offscreen, 1400 x 900, the table dock
shown), runs the analysis, and then, as a user would from the event loop:

* picks every zone from the zone picker (largest first), each time measuring the longest
  **UI-thread stall** (the longest gap between two ticks of a 1 ms heartbeat timer, from the
  pick until the table shows the zone's order and the map is drawn), the UI thread's own CPU
  time during the pick, and the time until the table's sorted order is shown;
* in the largest zone: sorts by several columns (both directions), filters by status and by
  text, and selects all rows, each timed from the request until the new order (or selection)
  is shown, with the longest stall meanwhile.

It only reads the project file. Figures are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT_PROJECT = "/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg"


class Heartbeat:
    """A 1 ms timer on the UI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.longest = 0.0

    def _tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self):
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def run_from_loop(app, fn, until, timeout=60.0):
    """Call ``fn`` from the event loop (as a click would), then run the loop until ``until()``.
    Returns (seconds until done, longest stall in s, UI-thread CPU s of fn itself)."""
    from PySide6.QtCore import QEventLoop, QTimer

    beat = Heartbeat()
    cpu = []
    started = []

    def call():
        started.append(time.perf_counter())
        t0 = time.thread_time()
        fn()
        cpu.append(time.thread_time() - t0)

    beat.start()
    QTimer.singleShot(0, call)
    deadline = time.perf_counter() + timeout
    while (not started or not until()) and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    done = time.perf_counter()
    stall = beat.stop()
    return done - started[0], stall, cpu[0] if cpu else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", default=DEFAULT_PROJECT)
    args = parser.parse_args(argv)
    if not Path(args.project).exists():
        print(f"{args.project}: no such file (make it with tests/benchmarks/make_synthetic.py 1000000)",
              file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings, Qt

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from sezmap.ui import i18n
    from sezmap.ui.app import make_app
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.main_window import MainWindow

    app = make_app()
    i18n.set_language("en")
    window = MainWindow(AppSettings())
    window.resize(1400, 900)
    window.show()
    window.table_dock.show()
    t0 = time.perf_counter()
    window.open_project(args.project, wait=True)
    t1 = time.perf_counter()
    window.start_analysis(wait=True)
    t2 = time.perf_counter()
    print(f"project: {args.project}: {len(window.project.plots):,} plots; open {t1 - t0:.1f} s, "
          f"analysis {t2 - t1:.1f} s")
    table, canvas = window.table, window.canvas

    def settled():
        return not table._pending and not canvas.is_rendering() and not canvas._timer.isActive()

    counts = window.project.plots["zone_id"].value_counts()
    rows = []
    print("\n| zone | plots | pick to order shown s | longest UI stall ms | UI-thread CPU of the pick ms |")
    print("|---|---:|---:|---:|---:|")
    for zone_id, n in counts.items():
        index = window.zone_picker.findData(zone_id)
        seconds, stall, cpu = run_from_loop(app, lambda i=index: window._zone_picked(i), settled)
        assert table.proxy.rowCount() == n, (zone_id, table.proxy.rowCount(), n)
        rows.append((zone_id, n, seconds, stall, cpu))
        print(f"| {zone_id} | {n:,} | {seconds:.2f} | {stall * 1000:.0f} | {cpu * 1000:.0f} |", flush=True)
    worst = max(rows, key=lambda r: r[3])
    print(f"\nlongest stall over all picks: {worst[3] * 1000:.0f} ms ({worst[0]})")

    largest = counts.index[0]
    window._zone_picked(window.zone_picker.findData(largest))
    run_from_loop(app, lambda: None, settled)
    n = int(counts.iloc[0])
    columns = table.model.columns
    plots = window.project.plots

    def sort(name, order):
        return lambda: table.view.sortByColumn(columns.index(name), order)

    status = str(plots["status"].iloc[int(table.model.rows[0])])
    some_id = str(plots["plot_id"].iloc[int(table.model.rows[len(table.model.rows) // 2])])
    text = some_id[:-2]  # a hundred plots or so

    def search(value):
        def step():
            table.search.setText(value)
            table._text_timer.stop()  # what the timer would do when the keys pause
            table._set_filter(text=value)
        return step

    steps = [
        ("sort by plot id, descending", sort("plot_id", Qt.SortOrder.DescendingOrder)),
        ("sort by status", sort("status", Qt.SortOrder.AscendingOrder)),
        ("sort by contract deadline, descending", sort("contract_deadline", Qt.SortOrder.DescendingOrder)),
        ("sort by investment committed", sort("investment_committed_kzt", Qt.SortOrder.AscendingOrder)),
        ("sort by tenant (all missing)", sort("tenant", Qt.SortOrder.AscendingOrder)),
        ("sort by plot id", sort("plot_id", Qt.SortOrder.AscendingOrder)),
        (f"filter by status ({status})",
         lambda: table.status_box.setCurrentIndex(table.status_box.findData(status))),
        (f"filter by text ({text!r})", search(text)),
        ("clear the text filter", search("")),
        ("clear the status filter", lambda: table.status_box.setCurrentIndex(0)),
    ]
    print(f"\nLargest zone ({largest}, {n:,} plots):\n")
    print("| step | rows shown | request to order shown s | longest UI stall ms |")
    print("|---|---:|---:|---:|")
    for name, step in steps:
        seconds, stall, _cpu = run_from_loop(app, step, lambda: not table._pending)
        print(f"| {name} | {table.proxy.rowCount():,} | {seconds:.2f} | {stall * 1000:.0f} |", flush=True)
    got = []
    table.selectionChanged.connect(got.append)
    seconds, stall, _cpu = run_from_loop(app, table.view.selectAll, lambda: bool(got), timeout=300)
    selected = len(got[0]) if got else 0
    print(f"| select all (to the session's selection) | {selected:,} | {seconds:.2f} | {stall * 1000:.0f} |")
    window.close()
    canvas.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
