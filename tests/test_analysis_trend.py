"""``sezmap report --trend``: a project with a scripted edit history (real edits through the
store, with controlled timestamps); every period's figures checked against a fresh analysis of
a copy of the file saved as it stood at that period's end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sqlite3
from pathlib import Path

import pytest
import shapely

from sezmap.analysis import trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import PlotCreate, PlotDelete, PlotEdit
from sezmap.session.zone_trends import report_trends
from sezmap.store import geopackage_sql as sql
from sezmap.store.gpkg import GpkgStore
from tests.trend_history import UNTIL, write_history


def _copy(path, to):
    with sqlite3.connect(path) as src, sqlite3.connect(to) as dst:
        src.backup(dst)
    return to


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """The project after the scripted history, and a copy of it at each month's end."""
    folder = tmp_path_factory.mktemp("trend")
    path = folder / "p.gpkg"
    ends = trend.period_ends("monthly", dt.date(2025, 1, 1), UNTIL)
    copies: dict[dt.date, Path] = {}

    def copy_month_ends(before: str) -> None:  # the project as it stood at each month end passed
        for end in ends[len(copies):]:
            if end.isoformat() >= before[:10]:
                break
            copies[end] = _copy(path, folder / f"{end}.gpkg")

    write_history(path, copy_month_ends)
    copy_month_ends("9999-12-31")  # (after the last step: every month end left)
    return path, copies


@functools.cache
def _fresh(copy, end):
    return AnalysisEngine(GpkgStore(copy).load(), end, logistics=False).metrics


@pytest.mark.parametrize("kind", ["quarterly", "monthly"])
def test_each_period_matches_a_fresh_analysis_of_the_project_as_it_stood(history, kind):
    path, copies = history
    store = GpkgStore(path)
    engine = AnalysisEngine(store.load(), UNTIL, logistics=False)
    ends = trend.period_ends(kind, dt.date(2025, 1, 1), UNTIL)
    assert len(ends) == (6 if kind == "quarterly" else 18)
    found = trend.zone_trends(engine, store.audit(), ends)
    changed = set()
    for zid, points in found.items():
        assert [p.period_end for p in points] == [e.isoformat() for e in ends]
        for end, point in zip(ends, points, strict=True):
            want = _fresh(copies[end], end)[zid]
            assert point.allocated_ratio == pytest.approx(want.allocated_ratio, abs=1e-6), (zid, end)
            assert point.infrastructure_ratio == pytest.approx(want.infrastructure_ratio, abs=1e-6), (zid, end)
            assert point.unused_ratio == pytest.approx(want.unused_ratio, abs=1e-6), (zid, end)
            assert point.idle_plots == want.idle_plots, (zid, end)
            assert point.idle_area_ha == pytest.approx(want.idle_area_ha, abs=1e-3), (zid, end)
            assert point.plots == want.plots, (zid, end)
        changed |= {(zid, p.allocated_ratio, p.idle_plots, p.plots) for p in points}
    assert len({c for c in changed if c[0] == "z1"}) >= 4  # the history moves the figures
    assert any(p.idle_plots for p in found["z1"]) and any(p.plots for p in found["z2"])


def test_replay_follows_a_rename_by_another_program(history, tmp_path):
    """A plot id changed in the file by another program (the triggers audit field plot_id)."""
    path, copies = history
    work = _copy(path, tmp_path / "renamed.gpkg")
    conn = sql.connect(work)  # as another program would (GDAL's SQL functions)
    with conn:
        conn.execute("UPDATE plots SET plot_id = 'p13-renamed' WHERE plot_id = 'p13'")
    conn.close()
    store = GpkgStore(work)
    assert any(e.field == "plot_id" for e in store.audit())
    engine = AnalysisEngine(store.load(), UNTIL, logistics=False)
    found = trend.zone_trends(engine, store.audit(), [UNTIL])
    want = _fresh(copies[UNTIL], UNTIL)["z1"]
    assert found["z1"][0].allocated_ratio == pytest.approx(want.allocated_ratio, abs=1e-6)
    assert found["z1"][0].plots == want.plots
    # the plot counts under its old id; under the new one it is in no zone
    assert engine.zone[engine.row("p13")] == 0 and engine.zone[engine.row("p13-renamed")] == -1


# written after a session took its snapshot (its project and the log's mark): by the session as
# a month turned (UTC) while the export ran, a plot changed and changed back, one drawn and
# taken out again; by a program with a clock of its own (dated back, between the history's rows)
LATE = shapely.box(76.13, 43.01, 76.16, 43.03)  # in z2, clear of its plots
AFTER_THE_MARK = [
    ("2026-05-31T23:58:00.000Z", [PlotEdit("p14", {"status": "infrastructure"}, "Planner", "road"),
                                  PlotCreate("late", {"zone_id": "z2", "status": "vacant", "geometry": LATE},
                                             "Planner", "drawn")]),
    ("2026-06-01T00:02:00.000Z", [PlotEdit("p14", {"status": "vacant"}, "Planner", "undone"),
                                  PlotDelete("late", "Planner", "undone")]),
    ("2025-09-15T10:00:00.000Z", [PlotEdit("p7", {"geometry": shapely.box(70.025, 45.075, 70.04, 45.09)}, "Other",
                                           "resurvey"),
                                  PlotEdit("p0", {"status": "withdrawn"}, "Other", "idle")]),
]


@pytest.mark.parametrize("since", [None, dt.date(2025, 7, 1)])
def test_a_replay_bounded_at_a_mark_leaves_out_the_rows_written_after_it(history, tmp_path, since):
    """``report_trends`` over a project taken at a mark of the log (a session's snapshot) gives
    the trend of the file as it was then, whatever was written after the mark, in any period."""
    path, _copies = history
    want = report_trends(GpkgStore(path), "monthly", UNTIL, since)  # the file as it was at the mark
    store = GpkgStore(_copy(path, tmp_path / "work.gpkg"))
    project, mark = store.load(), store.audit_tail(2**62)[0]
    for at, changes in AFTER_THE_MARK:
        store.apply_changes(changes, now=at)
    conn = sql.connect(store.location)  # and another program (the triggers audit it)
    with conn:
        conn.execute("UPDATE plots SET plot_id = 'p13-renamed' WHERE plot_id = 'p13'")
    conn.close()
    assert report_trends(store, "monthly", UNTIL, since).zones != want.zones, "the rows after the mark count"
    found = report_trends(store, "monthly", UNTIL, since, AnalysisEngine(project, UNTIL, logistics=False), mark)
    assert len(found.ends) >= 12 and found == want
    with pytest.raises(ValueError):  # the project as of the mark goes with it
        report_trends(store, "monthly", UNTIL, since, mark=mark)


def test_period_ends():
    assert trend.period_ends("quarterly", dt.date(2025, 2, 3), dt.date(2025, 12, 30)) == [
        dt.date(2025, 3, 31), dt.date(2025, 6, 30), dt.date(2025, 9, 30)]
    assert trend.period_ends("monthly", dt.date(2024, 12, 1), dt.date(2025, 3, 1)) == [
        dt.date(2024, 12, 31), dt.date(2025, 1, 31), dt.date(2025, 2, 28)]


def test_cli_trend_json_csv_md(history, capsys):
    from sezmap.cli import main

    path, copies = history
    base = ["report", "--project", str(path), "--trend", "quarterly", "--since", "2025-01-01",
            "--until", "2026-06-30", "--as-of", "2026-06-30"]
    assert main(base) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    z1 = next(z for z in report["zones"] if z["zone_id"] == "z1")
    assert [p["period_end"] for p in z1["trend"]] == ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31",
                                                     "2026-03-31", "2026-06-30"]
    assert set(z1["trend"][0]) >= {"period_end", "allocated_ratio", "infrastructure_ratio", "unused_ratio",
                                   "idle_plots", "idle_area_ha"}
    want = _fresh(copies[dt.date(2025, 9, 30)], dt.date(2025, 9, 30))["z1"]
    assert z1["trend"][2]["allocated_ratio"] == pytest.approx(want.allocated_ratio, abs=1e-6)
    assert z1["allocated_ratio"] == pytest.approx(z1["trend"][-1]["allocated_ratio"], abs=1e-6)
    assert main([*base, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("zone_id,period_end,allocated_ratio") and len(lines) == 1 + 2 * 6
    assert main([*base, "--format", "md"]) == 0
    assert "| 2025-09-30 |" in capsys.readouterr().out
    assert main(["report", "--project", str(path), "--since", "2025-01-01"]) == 2
    assert main([*base[:3], "--trend", "monthly", "--since", "2026-13-01"]) == 2


@pytest.mark.parametrize("batch_min", [1, 100])
def test_replace_values_on_overlapping_plots_matches_a_fresh_analysis(monkeypatch, batch_min):
    """Overlaps (which the store refuses but a file may hold): many values at once, then the
    figures of a fresh engine on the plots as changed."""
    import pandas as pd

    from sezmap.model.project import Project
    from tests.factories import layers, plot, zone

    from sezmap.analysis import plot_edits

    monkeypatch.setattr(plot_edits, "BATCH_MIN", batch_min)  # geometry work as arrays, or row by row
    boxes = [shapely.box(70.0 + 0.01 * i, 45.0, 70.015 + 0.01 * i, 45.01) for i in range(6)]  # each overlaps the next
    rows = [plot(f"q{i}", "z1", b, status=s, contract_deadline="2025-01-01", investment_committed_kzt=1e9,
                 investment_actual_kzt=0.0) for i, (b, s) in enumerate(zip(boxes, ["allocated", "vacant"] * 3, strict=True))]
    before = layers([zone("z1")], rows)
    engine = AnalysisEngine(Project(**before), "2026-01-01", logistics=False)
    assert engine.dirty.sum() == 6
    new_geom = shapely.box(70.02, 45.0, 70.027, 45.01)  # q2 shrunk: off q1
    wide = shapely.box(70.035, 45.0, 70.047, 45.01)  # q4 widened west: over q3 and q5 still
    engine.replace_values({"status": pd.Series(["operational", "under_construction"], index=[1, 4], dtype=object),
                           "investment_actual_kzt": pd.Series(["2e9"], index=[0], dtype=object),
                           "geometry": pd.Series([new_geom, wide], index=[2, 4], dtype=object)}, "2024-06-01")
    after = before["plots"].copy()
    after.loc[1, "status"], after.loc[4, "status"] = "operational", "under_construction"
    after.loc[0, "investment_actual_kzt"] = 2e9
    after.loc[2, "geometry"], after.loc[4, "geometry"] = new_geom, wide
    fresh = AnalysisEngine(Project(**{**before, "plots": after}), "2024-06-01", logistics=False)
    got, want = engine.metrics["z1"], fresh.metrics["z1"]
    for name in ("allocated_ratio", "infrastructure_ratio", "unused_ratio", "idle_area_ha"):
        assert getattr(got, name) == pytest.approx(getattr(want, name), abs=1e-9), name
    assert got.idle_plots == want.idle_plots and got.status_area_ha == pytest.approx(want.status_area_ha)
    engine.replace_values({}, "2026-01-01")  # idle as of a later day: the deadline has passed
    fresh.set_as_of("2026-01-01")
    assert engine.metrics["z1"].idle_plots == fresh.metrics["z1"].idle_plots > 0
    assert engine.metrics["z1"].idle_area_ha == pytest.approx(fresh.metrics["z1"].idle_area_ha, abs=1e-9)


def test_a_change_made_today_falls_on_the_last_point_only_when_that_is_the_analysis_day_and_not_past():
    from sezmap.session.zone_trends import ZoneTrends, changes_fall_on_the_last_point, ending_with

    today = dt.date(2026, 12, 7)
    point = trend.TrendPoint("2026-12-07", 0.5, 0.1, 0.4, 2, 3.0, 10)
    trends = ZoneTrends("quarterly", ("2026-09-30", "2026-12-07"),
                        {"z1": [dataclasses.replace(point, period_end="2026-09-30"), point], "z2": []})
    assert changes_fall_on_the_last_point(trends, today, today)
    assert not changes_fall_on_the_last_point(trends, today, today + dt.timedelta(days=1))  # the day is past
    assert not changes_fall_on_the_last_point(trends, dt.date(2026, 12, 8), today)  # another day's figures
    quarter_end = ZoneTrends("quarterly", ("2026-09-30", "2026-12-31"), trends.zones)
    assert changes_fall_on_the_last_point(quarter_end, dt.date(2026, 12, 31), today)  # a period end to come
    assert changes_fall_on_the_last_point(ZoneTrends("quarterly"), today, today)  # no history: none made

    class Metrics:  # a zone's figures as an engine holds them
        allocated_ratio, infrastructure_ratio, unused_ratio, idle_plots, idle_area_ha, plots = 0.25, 0.1, 0.65, 3, 4.56789, 9

    ended = ending_with(trends, {"z1": Metrics(), "z3": Metrics()})
    assert ended.zones["z1"] == [trends.zones["z1"][0], trend.TrendPoint("2026-12-07", 0.25, 0.1, 0.65, 3, 4.5679, 9)]
    assert ended.zones["z2"] == [] and ended.ends == trends.ends and trends.zones["z1"][-1] is point
