"""The dashboard's land use over time (issue 26): the chart's points are ``sezmap.analysis.trend``'s
figures for a project with a scripted history (tests/test_analysis_trend.py), computed on the
task thread while the UI thread goes on, drawn again after an edit, and "no history yet" for a
project whose audit log is empty."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from sezmap.analysis import trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from sezmap.ui import dashboard_trend
from sezmap.ui.dashboard import ZoneDashboard
from tests.factories import make_project
from tests.test_analysis_trend import UNTIL, history  # noqa: F401 - the scripted history, a fixture

QUARTERS = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026"]


def _dashboard(qtbot, path, as_of=UNTIL, zone="z1"):
    project = GpkgStore(path).load()
    engine = AnalysisEngine(project, as_of, logistics=False)
    dash = ZoneDashboard()
    qtbot.addWidget(dash)
    dash.resize(420, 900)
    dash.set_project(project)
    dash.set_zone(zone)
    dash.set_engine(engine)
    return dash, engine


def _values(chart):
    return {line.label: list(line.values) for line in chart.lines}


def _window_on_a_copy(scripted, open_window, qtbot, tmp_path):
    """A window on a copy of the ``scripted`` history's project, analysed, z1 picked, its trend drawn."""
    path, _copies = scripted
    work = tmp_path / "edited.gpkg"
    shutil.copyfile(path, work)
    window = open_window(work, analyse=True)
    window.select_zone("z1")
    trend = window.dashboard.trend
    qtbot.waitUntil(lambda: trend.trends is not None and not trend.computing, timeout=60000)
    return window


def _make_p6_vacant(session) -> None:
    """An edit that adds unused land to z1 (p6 is infrastructure, not unused land)."""
    session.edit("p6 vacant", [PlotEdit("p6", {"status": "vacant"}, session.actor, "a test",
                                        expect_version=session.version_of("p6"), check_workflow=False)])


def test_trend_chart_points_are_the_trend_reports_figures(history, qtbot):  # noqa: F811
    path, _copies = history
    dash, engine = _dashboard(qtbot, path)
    before = {z: (m.unused_ratio, m.allocated_ratio) for z, m in engine.metrics.items()}
    qtbot.waitUntil(lambda: dash.trend.trends is not None, timeout=60000)
    store = GpkgStore(path)
    ends = trend.period_ends("quarterly", dt.date(2025, 2, 10), UNTIL)  # from the first audited change
    want = trend.zone_trends(AnalysisEngine(store.load(), UNTIL, logistics=False), store.audit(), ends)
    chart = dash.trend.zone_chart
    assert chart.periods == tuple(QUARTERS)  # six quarter ends: quarters, not months
    got = _values(chart)
    assert got["Unused"] == pytest.approx([100 * p.unused_ratio for p in want["z1"]], abs=1e-9)
    assert got["Allocated"] == pytest.approx([100 * p.allocated_ratio for p in want["z1"]], abs=1e-9)
    assert len(set(got["Allocated"])) >= 3  # the history moves the line
    zones = {line.label: list(line.values) for line in dash.trend.zones_chart.lines}
    for zid in ("z1", "z2"):
        assert zones[dash.zone_name(zid)] == pytest.approx([100 * p.unused_ratio for p in want[zid]], abs=1e-9)
    assert [line.bold for line in dash.trend.zones_chart.lines if line.label == dash.zone_name("z1")] == [True]
    assert chart.isVisibleTo(dash) and dash.trend_box.isVisibleTo(dash)
    # the dashboard's own engine was never replayed
    assert {z: (m.unused_ratio, m.allocated_ratio) for z, m in engine.metrics.items()} == before


def test_a_short_history_is_by_month_and_ends_on_the_analysis_day(history, qtbot):  # noqa: F811
    path, _copies = history
    as_of = dt.date(2025, 4, 10)  # two month ends after the first change (2025-02-10), one quarter end
    dash, _engine = _dashboard(qtbot, path, as_of)
    qtbot.waitUntil(lambda: dash.trend.trends is not None, timeout=60000)
    assert dash.trend.trends.kind == "monthly"
    assert dash.trend.zone_chart.periods == ("2025-02", "2025-03", "2025-04-10")
    store = GpkgStore(path)
    ends = [dt.date(2025, 2, 28), dt.date(2025, 3, 31), as_of]
    want = trend.zone_trends(AnalysisEngine(store.load(), UNTIL, logistics=False), store.audit(), ends)
    assert _values(dash.trend.zone_chart)["Allocated"] == pytest.approx(
        [100 * p.allocated_ratio for p in want["z1"]], abs=1e-9)


def test_no_history_yet(tmp_path, qtbot):
    dash, _engine = _dashboard(qtbot, make_project(tmp_path / "fresh.gpkg"), dt.date(2026, 12, 6))
    qtbot.waitUntil(lambda: dash.trend.trends is not None, timeout=60000)
    assert dash.trend.trends.empty
    assert dash.trend.zone_note.text().startswith("No history yet")
    assert not dash.trend.zone_chart.isVisibleTo(dash) and not dash.trend.zones_chart.isVisibleTo(dash)


def test_the_trend_runs_in_the_task_while_the_ui_thread_goes_on(history, qtbot, monkeypatch):  # noqa: F811
    path, _copies = history
    gate, threads = threading.Event(), []
    real = dashboard_trend.compute

    def held(request, cancelled):  # the real computation, held until the UI thread was seen going on
        threads.append(threading.current_thread())
        assert gate.wait(30)
        return real(request, cancelled)

    monkeypatch.setattr(dashboard_trend, "compute", held)
    dash, _engine = _dashboard(qtbot, path)
    qtbot.waitUntil(lambda: bool(threads), timeout=10000)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)  # events go on while the trend is computed
    timer.stop()
    assert dash.trend.computing and dash.trend.trends is None
    dash.refresh()
    assert dash.trend.zone_note.text() == "Rebuilding the history from the audit log…"
    gate.set()
    qtbot.waitUntil(lambda: dash.trend.trends is not None, timeout=60000)
    assert threads[0] is not threading.main_thread() and threads[0].name.startswith("sezmap-task")
    assert dash.trend.zone_chart.periods == tuple(QUARTERS)


def test_the_chart_follows_an_edit(history, open_window, qtbot, tmp_path):  # noqa: F811
    window = _window_on_a_copy(history, open_window, qtbot, tmp_path)
    dash, session = window.dashboard, window.session
    periods = dash.trend.zone_chart.periods
    assert periods[:len(QUARTERS)] == tuple(QUARTERS) and periods[-1] == str(session.engine.as_of)
    first = _values(dash.trend.zone_chart)["Unused"]
    # (the trend's ratios are rounded to 6 digits)
    assert first[-1] == pytest.approx(100 * session.engine.metrics["z1"].unused_ratio, abs=1e-3)
    row = session.row_of("p6")
    assert session.project.plots["status"].iloc[row] == "infrastructure"  # not unused land: made vacant
    _make_p6_vacant(session)
    now = 100 * session.engine.metrics["z1"].unused_ratio
    assert now > first[-1]
    qtbot.waitUntil(lambda: _values(dash.trend.zone_chart)["Unused"][-1] == pytest.approx(now, abs=1e-3),
                    timeout=60000)
    after = _values(dash.trend.zone_chart)["Unused"]
    assert after[:-1] == pytest.approx(first[:-1], abs=1e-9)  # the past stays as it was


def test_a_big_project_does_not_rebuild_the_trend_on_every_edit(history, open_window, qtbot, tmp_path,  # noqa: F811
                                                               monkeypatch):
    """Above LIVE_PLOTS an edit leaves the trend as it was opened (a rebuild reloads the project)."""
    from sezmap.ui import dashboard_trend

    window = _window_on_a_copy(history, open_window, qtbot, tmp_path)
    dash, session = window.dashboard, window.session
    first = _values(dash.trend.zone_chart)["Unused"]
    monkeypatch.setattr(dashboard_trend, "LIVE_PLOTS", len(session.project.plots) - 1)
    _make_p6_vacant(session)
    assert not dash.trend.computing  # nothing scheduled
    qtbot.wait(1500)  # past the debounce
    assert _values(dash.trend.zone_chart)["Unused"] == first


def test_the_window_cancels_and_waits_for_its_trend_task_when_it_closes(history, open_window, qtbot,  # noqa: F811
                                                                       monkeypatch):
    """The trend's task reads the project again: closing the window cancels it and waits until it
    has ended (its project, its password may be gone after), and starts none afterwards."""
    path, _copies = history
    seen, failures = {}, []

    def until_cancelled(request, cancelled):  # holds the task until the window cancels it
        seen["thread"] = threading.current_thread()
        deadline = time.monotonic() + 20
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)  # (still running a while after the cancel: the close must wait)
        seen["cancelled"] = cancelled()
        raise RuntimeError("the project is gone")  # as reading a project deleted meanwhile would

    monkeypatch.setattr(dashboard_trend, "compute", until_cancelled)
    window = open_window(path, analyse=True)
    trend = window.dashboard.trend
    trend.updated.connect(lambda: failures.append(trend.failure))
    qtbot.waitUntil(lambda: "thread" in seen, timeout=20000)
    task = trend._task
    assert task is not None and task in window.tasks.running
    window.close()
    assert task.done.is_set() and seen["cancelled"]  # waited for, after being told to stop
    trend.schedule(window.project, window.engine)  # (an engine arriving late)
    assert not trend.computing
    qtbot.wait(DEBOUNCE_WAIT_MS)
    assert failures == [] and trend._task is None


DEBOUNCE_WAIT_MS = dashboard_trend.DEBOUNCE_MS + 400
