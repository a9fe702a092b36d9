"""The dashboard's land use over time (issue 26): the chart's points are ``sezmap.analysis.trend``'s
figures for a project with a scripted history (tests/test_analysis_trend.py), computed on the
task thread while the UI thread goes on, drawn again after an edit, and "no history yet" for a
project whose audit log is empty. They are ``sezmap report --trend``'s figures, before and after
an edit, computed over the project the dashboard holds: from the file only the audit log is read
(the layers' reads fail on the task thread, and the trend comes all the same)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import threading
import time

import pyogrio
import pytest
from PySide6.QtCore import QTimer

from sezmap.analysis import trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.cli import main
from sezmap.model.edits import PlotDelete, PlotEdit
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
    """A window on a copy of the ``scripted`` history's project, analysed, z1 picked, its trend drawn
    (the analysis queued when its map was drawn taken too: a later engine asks for the trend again)."""
    path, _copies = scripted
    work = tmp_path / "edited.gpkg"
    shutil.copyfile(path, work)
    window = open_window(work, analyse=True)
    window.select_zone("z1")
    trend = window.dashboard.trend
    qtbot.waitUntil(lambda: not window.session.analysing and trend.trends is not None and not trend.computing,
                    timeout=60000)
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


def test_an_edit_moves_the_analysis_days_point_at_once_and_computes_nothing_again(
        history, open_window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    """Figures as of today: an edit (dated today) changes only the analysis day's point, drawn at
    once from the session's engine, whatever the project's size; no task is started."""
    window = _window_on_a_copy(history, open_window, qtbot, tmp_path)
    dash, session = window.dashboard, window.session
    assert session.engine.as_of >= dt.datetime.now(dt.UTC).date()
    first, computed = _values(dash.trend.zone_chart)["Unused"], dash.trend.trends
    monkeypatch.setattr(dashboard_trend, "LIVE_PLOTS", 0)  # (would the edit ask for a rebuild, none comes)
    _make_p6_vacant(session)
    assert not dash.trend.computing  # nothing scheduled
    now = _values(dash.trend.zone_chart)["Unused"]  # drawn already
    assert now[-1] == pytest.approx(100 * session.engine.metrics["z1"].unused_ratio, abs=1e-4) and now[-1] > first[-1]
    assert now[:-1] == first[:-1]
    qtbot.wait(DEBOUNCE_WAIT_MS)
    assert dash.trend.trends is computed and dash.trend._task is None


def test_an_edit_to_figures_as_of_a_past_day_computes_them_again_up_to_live_plots(history, qtbot, monkeypatch):  # noqa: F811
    """Figures as of a past day: an edit (dated today) is not in them; the replay leaves it out
    at that day, so the trend is computed again (a project up to LIVE_PLOTS plots), or left as it
    was; never the engine's figures, which hold the edit."""
    path, _copies = history
    dash, engine = _dashboard(qtbot, path)  # as of UNTIL, in the past
    qtbot.waitUntil(lambda: dash.trend.trends is not None and not dash.trend.computing, timeout=60000)
    before = dash.trend.shown()
    assert before is dash.trend.trends  # (not the engine's figures)
    monkeypatch.setattr(dashboard_trend, "LIVE_PLOTS", len(dash.project.plots) - 1)
    dash.trend.schedule(dash.project, engine, after_edit=True)
    assert not dash.trend.computing and dash.trend.shown() is before
    monkeypatch.setattr(dashboard_trend, "LIVE_PLOTS", len(dash.project.plots))
    dash.trend.schedule(dash.project, engine, after_edit=True)
    assert dash.trend.computing


def test_the_window_cancels_and_waits_for_its_trend_task_when_it_closes(history, open_window, qtbot,  # noqa: F811
                                                                       monkeypatch):
    """The trend's task reads the project's audit log: closing the window cancels it and waits until it
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


LAYER_READS = [(GpkgStore, name) for name in ("load", "load_zone", "read_layer", "read_parts", "_read", "read_plots")] + [
    (pyogrio, name) for name in ("read_dataframe", "read_arrow", "read_info", "list_layers")] + [(pyogrio.raw, "read")]


def _layer_reads_fail_off_the_ui_thread(monkeypatch) -> dict[str, list]:
    """The store's reads of layers (and GDAL's) raise on any thread but the UI thread (where the
    test itself reads); the audit log's reads off it are counted. Returns what was tried."""
    tried: dict[str, list] = {"layers": [], "audit": []}

    def failing(owner, name):
        real = getattr(owner, name)

        def read(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                return real(*args, **kwargs)
            tried["layers"].append(name)
            raise AssertionError(f"{name}: a layer read again off the UI thread")
        return read

    for owner, name in LAYER_READS:
        monkeypatch.setattr(owner, name, failing(owner, name))
    audit = GpkgStore.audit

    def counted(self, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            tried["audit"].append(kwargs)
        return audit(self, *args, **kwargs)

    monkeypatch.setattr(GpkgStore, "audit", counted)
    return tried


def _cli_trend(capsys, path, as_of) -> tuple[dict, dict]:
    """``sezmap report --trend quarterly`` up to ``as_of`` (each zone's points) and ``sezmap report``
    as of that day (each zone's figures), on the file as it is now."""
    def report(*extra) -> dict:
        capsys.readouterr()
        assert main(["report", "--project", str(path), "--as-of", as_of.isoformat(), *extra]) == 0
        return {z["zone_id"]: z for z in json.loads(capsys.readouterr().out)["zones"]}
    return ({z: r["trend"] for z, r in report("--trend", "quarterly").items()}, report())


def _matches_the_report(trends, capsys, path, as_of) -> None:
    """The dashboard's figures are the command line's: the quarter ends' points are ``report
    --trend``'s, the analysis day's are ``report``'s as of that day."""
    by_quarter, today = _cli_trend(capsys, path, as_of)
    assert trends.kind == "quarterly" and trends.ends[-1] == as_of.isoformat()
    assert trends.ends[:-1] == tuple(p["period_end"] for p in by_quarter["z1"]) and len(trends.ends) > len(QUARTERS)
    assert set(trends.zones) == set(by_quarter) == {"z1", "z2"}
    for zid, points in trends.zones.items():
        assert [dataclasses.asdict(p) for p in points[:-1]] == by_quarter[zid]
        last, now = points[-1], today[zid]
        assert (last.unused_ratio, last.allocated_ratio, last.plots, last.idle_plots) == (
            pytest.approx(now["unused_ratio"], abs=1e-6), pytest.approx(now["allocated_ratio"], abs=1e-6),
            now["plots"], now["idle_plots"])


def test_the_trend_is_the_reports_before_and_after_an_edit_without_reading_the_layers_again(
        history, open_window, qtbot, tmp_path, capsys, monkeypatch):  # noqa: F811
    window = _window_on_a_copy(history, open_window, qtbot, tmp_path)
    dash, session, trend_ = window.dashboard, window.session, window.dashboard.trend
    path, as_of = session.store.location, session.engine.as_of
    _matches_the_report(trend_.trends, capsys, path, as_of)
    opened = trend_.trends
    with monkeypatch.context() as patch:
        tried = _layer_reads_fail_off_the_ui_thread(patch)
        _make_p6_vacant(session)
        session.edit("p3 out", [PlotDelete("p3", session.actor, "a test")])  # (a plot fewer on the day)
        qtbot.wait(DEBOUNCE_WAIT_MS)
        assert trend_.failure is None and tried == {"layers": [], "audit": []}  # nothing read again
    after = trend_.shown()
    assert after.zones["z1"][-1].unused_ratio > opened.zones["z1"][-1].unused_ratio  # (the edit is in it)
    assert after.zones["z1"][-1].plots == opened.zones["z1"][-1].plots - 1
    assert after.zones["z1"][:-1] == opened.zones["z1"][:-1]
    _matches_the_report(after, capsys, path, as_of)
    assert _values(dash.trend.zone_chart)["Unused"] == pytest.approx(
        [100 * p.unused_ratio for p in after.zones["z1"]], abs=1e-9)


def test_the_first_trend_of_a_project_reads_only_its_audit_log(history, qtbot, monkeypatch):  # noqa: F811
    """On open (the analysis arrives) the trend is the project the dashboard was given, analysed
    afresh: the file's layers are not read on the task thread."""
    path, _copies = history
    project = GpkgStore(path).load()
    engine = AnalysisEngine(project, UNTIL, logistics=False)
    tried = _layer_reads_fail_off_the_ui_thread(monkeypatch)
    dash = ZoneDashboard()
    qtbot.addWidget(dash)
    dash.set_project(project)
    dash.set_zone("z1")
    dash.set_engine(engine)
    qtbot.waitUntil(lambda: dash.trend.trends is not None or dash.trend.failure is not None, timeout=60000)
    assert dash.trend.failure is None and tried["layers"] == [] and len(tried["audit"]) == 1
    assert dash.trend.zone_chart.periods == tuple(QUARTERS)
    monkeypatch.undo()
    store = GpkgStore(path)
    ends = trend.period_ends("quarterly", dt.date(2025, 2, 10), UNTIL)
    want = trend.zone_trends(AnalysisEngine(store.load(), UNTIL, logistics=False), store.audit(), ends)
    assert dash.trend.trends.zones == want
