"""An export started in the window is one snapshot of the project as it was when Export was
pressed: the edits a management company makes while it runs (a status changed, a plot split)
are in none of its figures, whichever part of the file they would have reached.

Each test pauses the export's own worker at a step of its real path (a zone's map in the deck,
the plots' geometry stream of the web map, the page's layout, the replay of the audit log for
the land use over time), edits plots of zones it has not reached yet, lets it go on, and
compares every figure of the file with the same export of the project file as it was before
the edit (and checks that the edit does change those figures)."""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import xml.etree.ElementTree as ET

import pytest
import shapely
from PySide6.QtCore import QDate

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.export import export_map
from sezmap.model.edits import PlotEdit
from sezmap.model.statuses import ACTIVE_STATUSES
from sezmap.session.geometry_edits import split_changes
from sezmap.store.gpkg import GpkgStore
from tests.trend_history import month_end_holding_today, write_history

ZONES = {"z1": (70.0, 45.0), "z2": (74.0, 44.0), "z3": (78.0, 43.5)}  # each 0.1° square, 3 x 3 plots
STATUS_CYCLE = ("vacant", "allocated", "operational", "reserved", "under_construction", "infrastructure",
                "withdrawn", "vacant", "allocated")


def make_project(path) -> str:
    zones, plots = [], []
    for zid, (x0, y0) in ZONES.items():
        zones.append(f.zone(zid, shapely.box(x0, y0, x0 + 0.1, y0 + 0.1), name_en=f"Zone {zid.upper()}"))
        for k, status in enumerate(STATUS_CYCLE):
            i, j = divmod(k, 3)
            x, y = x0 + i * 0.03, y0 + j * 0.03
            contract = dict(tenant="Tenant LLP", allocated_on="2024-01-01", contract_deadline="2028-01-01",
                            investment_committed_kzt=1e9) if status in ACTIVE_STATUSES else {}
            plots.append(f.plot(f"{zid}-{k}", zid, shapely.box(x, y, x + 0.025, y + 0.025), status=status,
                                **contract))
    layers = f.layers(zones, plots, [f.corridor("c1", ((69.0, 44.0), (79.0, 44.0)))],
                      [f.hub("h1", (71.0, 46.0)), f.hub("h2", (77.0, 43.0), kind="dry_port")])
    GpkgStore.create(path, layers, meta={"title": "Three zones"})
    return str(path)


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(make_project(tmp_path / "zones.gpkg"), analyse=True)


def edit_zones_2_and_3(session) -> None:
    """What a management company does meanwhile, through the session's edit path: in z2 a status
    and a tenant; in z3 a status, a split, and a plot made smaller, undone and done again."""
    session.edit("Infrastructure", [PlotEdit("z2-0", {"status": "infrastructure"}, session.actor, "road")])
    session.edit("Tenant", [PlotEdit("z2-2", {"tenant": "Another LLP"}, session.actor, "lease assigned")])
    session.edit("Withdraw", [PlotEdit("z3-1", {"status": "withdrawn"}, session.actor, "idle")])
    x0, y0 = ZONES["z3"]
    line = [(x0 + 0.0125, y0 - 0.01), (x0 + 0.0125, y0 + 0.04)]  # across z3-0
    session.edit("Split", split_changes(session, "z3-0", line, reason="resurvey"))
    smaller = shapely.box(x0 + 0.03, y0 + 0.03, x0 + 0.04, y0 + 0.04)  # z3-4: (x0 + 0.03, y0 + 0.03), 0.025 wide
    session.edit("Resurvey", [PlotEdit("z3-4", {"geometry": smaller}, session.actor, "resurvey")])
    session.undo()
    session.redo()


def paused(monkeypatch, module, name: str, call: int):
    """The real ``module.name``, made to stop at its ``call``-th call (1-based) off the UI thread
    (the export's; the dialog's preview calls some of them too) until the test lets it go:
    (reached, go) events."""
    real = getattr(module, name)
    reached, go, calls = threading.Event(), threading.Event(), []

    def step(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            calls.append(1)
        if len(calls) == call and not reached.is_set():
            reached.set()
            assert go.wait(30), "the test never let the export go on"
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, step)
    return reached, go


def export_with_edits(window, qtbot, target, suffix: str, reached: threading.Event, go: threading.Event,
                      zone: str | None = None):
    """Export ``target`` from the window's dialog; while the worker waits at ``reached``, edit
    zones z2 and z3; returns the project file as it was before (loaded)."""
    before = GpkgStore(window.project_path).load()
    run_export(window, qtbot, target, suffix, zone, reached, go, lambda: edit_zones_2_and_3(window.session))
    return before


def run_export(window, qtbot, target, suffix: str, zone: str | None, reached: threading.Event,
               go: threading.Event, meanwhile, as_of: dt.date | None = None, trend: str | None = None) -> None:
    """Export ``target`` from the window's dialog (1280 x 720 px for a page; ``as_of`` and
    ``trend`` if given); ``meanwhile()`` while the worker waits at ``reached``, then it goes on."""
    from sezmap.ui.export_dialog import ALL_ZONES, open_export_dialog

    dialog = open_export_dialog(window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(suffix))
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData(zone or ALL_ZONES))
    dialog.pixels_radio.setChecked(True)  # (pages only)
    dialog.width_box.setValue(1280)
    dialog.height_box.setValue(720)
    if as_of is not None:
        dialog.as_of_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
    if trend is not None:
        dialog.trend_box.setCurrentIndex(dialog.trend_box.findData(trend))
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    try:
        assert reached.wait(60), "the export never reached its pause"
        meanwhile()
    finally:
        go.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    assert target.exists(), "the export failed"


def reference(project, path, as_of, **options):
    """The same export of ``project`` (the command line's way: its own analysis)."""
    return export_map(project, path, engine=AnalysisEngine(project, as_of), as_of=as_of, **options)


# --- the deck ---------------------------------------------------------------------------------


def deck_figures(path) -> list[list]:
    """Per slide: its texts, table cells and chart values (not its pictures)."""
    from pptx import Presentation

    out = []
    for slide in Presentation(str(path)).slides:
        seen: list = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                seen.append(shape.text_frame.text)
            if shape.has_table:
                seen.append([[cell.text for cell in row.cells] for row in shape.table.rows])
            if shape.has_chart:
                plot = shape.chart.plots[0]
                seen.append(list(zip(plot.categories, plot.series[0].values, strict=True)))
        out.append(seen)
    return out


def test_a_deck_is_the_project_as_it_was_when_export_was_pressed(window, qtbot, tmp_path, monkeypatch):
    from sezmap.export import deck

    reached, go = paused(monkeypatch, deck, "map_png", call=2)  # the title's map, then z1's
    out = tmp_path / "deck.pptx"
    before = export_with_edits(window, qtbot, out, ".pptx", reached, go)
    as_of = window.engine.as_of
    expected = deck_figures(reference(before, tmp_path / "before.pptx", as_of))
    after = deck_figures(reference(GpkgStore(window.project_path).load(), tmp_path / "after.pptx", as_of))
    assert [k for k, (a, b) in enumerate(zip(expected, after, strict=True)) if a != b] == [2, 3, 4], \
        "the edits change z2's and z3's slides and the comparison"
    written = deck_figures(out)
    assert len(written) == len(expected)
    for k, (got, want) in enumerate(zip(written, expected, strict=True)):
        assert got == want, f"slide {k + 1}"


# --- the web map ------------------------------------------------------------------------------


def page_data(path) -> dict:
    from sezmap.export import web

    text = path.read_text(encoding="utf-8")
    found = re.search(rf'<script[^>]*id="{web.DATA_ID}"[^>]*>(.*?)</script>', text, flags=re.DOTALL)
    assert found is not None
    return json.loads(found.group(1))


def test_a_web_map_is_the_project_as_it_was_when_export_was_pressed(window, qtbot, tmp_path, monkeypatch):
    from sezmap.export import web

    reached, go = paused(monkeypatch, web, "encode_polygons", call=1)  # the plots read, the zones not yet
    out = tmp_path / "map.html"
    before = export_with_edits(window, qtbot, out, ".html", reached, go)
    as_of = window.engine.as_of
    expected = page_data(reference(before, tmp_path / "before.html", as_of))
    after = page_data(reference(GpkgStore(window.project_path).load(), tmp_path / "after.html", as_of))
    assert expected["zones"] != after["zones"] and expected["plots"] != after["plots"]
    written = page_data(out)
    assert written["plots"] == expected["plots"]
    assert written["zones"] == expected["zones"]
    assert written == expected


# --- a page -----------------------------------------------------------------------------------


def svg_texts(path) -> list[str]:
    return [t.strip() for t in ET.parse(path).getroot().itertext() if t.strip()]


def test_a_page_is_the_project_as_it_was_when_export_was_pressed(window, qtbot, tmp_path, monkeypatch):
    from sezmap.export import static

    reached, go = paused(monkeypatch, static, "page_layout", call=1)  # the dialog's scene taken, the figures not
    out = tmp_path / "z3.svg"
    before = export_with_edits(window, qtbot, out, ".svg", reached, go, zone="z3")
    as_of = window.engine.as_of
    options = dict(zone="z3", width=1280, height=720)
    expected = svg_texts(reference(before, tmp_path / "before.svg", as_of, **options))
    after = svg_texts(reference(GpkgStore(window.project_path).load(), tmp_path / "after.svg", as_of, **options))
    assert expected != after, "the edits change z3's key figures"
    assert svg_texts(out) == expected


# --- the land use over time -------------------------------------------------------------------


@pytest.fixture
def history_window(open_window, tmp_path):
    """A window on tests/trend_history.py's project (a year and a half of audited edits), analysed."""
    return open_window(str(write_history(tmp_path / "history.gpkg")), analyse=True)


def edit_this_month(session) -> None:
    """z1's figures of the month holding today changed: a vacant plot becomes a road, another
    is let, a reserved one offered again (each dated now)."""
    session.edit("Road", [PlotEdit("p14", {"status": "infrastructure"}, session.actor, "road")])
    session.edit("Lease", [PlotEdit("p7", {"status": "allocated", "tenant": "TOO Late",
                                           "allocated_on": dt.date.today().isoformat(),
                                           "contract_deadline": "2030-01-01", "investment_committed_kzt": 1e9},
                                    session.actor, "lease signed")])
    session.edit("Release", [PlotEdit("p8", {"status": "vacant"}, session.actor, "reservation lapsed")])


def export_trend_with_edits(window, qtbot, monkeypatch, tmp_path, target, suffix: str, zone: str | None, as_of: dt.date):
    """Export ``target`` with the monthly trend, as of ``as_of``, from the window's dialog; the
    worker paused as it starts rebuilding the trend (``report_trends``, on its thread) while
    edit_this_month's edits are made. Returns a copy of the project file as it was before."""
    from sezmap.session import zone_trends
    from sezmap.store.copies import save_copy

    reached, go = paused(monkeypatch, zone_trends, "report_trends", call=1)
    copy = save_copy(GpkgStore(window.project_path), tmp_path / "before.gpkg")
    run_export(window, qtbot, target, suffix, zone, reached, go, lambda: edit_this_month(window.session),
               as_of=as_of, trend="monthly")
    return copy


def deck_charts(path) -> list:
    """Every chart of the deck: its categories and each series' name and values."""
    from pptx import Presentation

    return [(list(shape.chart.plots[0].categories),
             [(s.name, list(s.values)) for s in shape.chart.plots[0].series])
            for slide in Presentation(str(path)).slides for shape in slide.shapes if shape.has_chart]


def test_a_decks_trend_is_the_history_up_to_when_export_was_pressed(history_window, qtbot, tmp_path, monkeypatch):
    window, as_of = history_window, month_end_holding_today()
    out = tmp_path / "deck.pptx"
    copy = export_trend_with_edits(window, qtbot, monkeypatch, tmp_path, out, ".pptx", None, as_of)
    options = dict(trend="monthly")
    expected = deck_figures(reference(GpkgStore(copy).load(), tmp_path / "before.pptx", as_of, **options))
    after = deck_figures(reference(GpkgStore(window.project_path).load(), tmp_path / "after.pptx", as_of,
                                   **options))
    charts = deck_charts(tmp_path / "before.pptx")
    assert len(charts) >= 3 and charts[0][0][-1] == as_of.isoformat()[:7], "a chart per zone and every zone's"
    assert charts != deck_charts(tmp_path / "after.pptx"), "the edits change this month's point"
    assert deck_charts(out) == charts
    assert expected != after
    assert deck_figures(out) == expected


def test_a_pages_trend_is_the_history_up_to_when_export_was_pressed(history_window, qtbot, tmp_path, monkeypatch):
    window, as_of = history_window, month_end_holding_today()
    out = tmp_path / "z1.svg"
    copy = export_trend_with_edits(window, qtbot, monkeypatch, tmp_path, out, ".svg", "z1", as_of)
    options = dict(zone="z1", width=1280, height=720, trend="monthly")
    expected = svg_texts(reference(GpkgStore(copy).load(), tmp_path / "before.svg", as_of, **options))
    after = svg_texts(reference(GpkgStore(window.project_path).load(), tmp_path / "after.svg", as_of, **options))
    legend = [t for t in expected if t.startswith(("Unused:", "Allocated:"))]  # the lines' latest values
    assert len(legend) == 2 and not set(legend) & set(after), "the edits change this month's point"
    assert svg_texts(out) == expected
