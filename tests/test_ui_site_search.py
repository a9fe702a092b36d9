"""The site search dock (pytest-qt, offscreen) on the bundled project: a search from the dock's
fields lists exactly what ``sezmap sites`` writes for the same query, the map's results layer
holds those plots, a chosen row is drawn apart and the map pans to it, an edit of a vacant
plot drops the index (the next search builds it again) and an edit elsewhere keeps it; the
exports of the results read back with real readers (pdftotext/pdfinfo; the web map's page)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import numpy as np
import pytest
import needs

from sezmap import cli, paths


@pytest.fixture
def bundled(tmp_path):
    path = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), path)
    return str(path)


def search_in(w, qtbot):
    """The dock's search for plants of 5 ha within 30 km of rail and 300 km of a crossing into
    China, merged with their neighbours; waits for the results."""
    panel = w.docks.site_search.panel
    w.docks.site_search_dock.show()
    w.docks.site_search_dock.raise_()
    panel.min_ha.setValue(5.0)
    panel.km["rail"].setValue(30.0)
    panel.km["border"].setValue(300.0)
    panel.country.setCurrentIndex(panel.country.findData("CN"))
    panel.merge.setChecked(True)
    panel.search_button.click()
    search = w.docks.site_search.search
    qtbot.waitUntil(lambda: search.results is not None and not search.building, timeout=60_000)
    return w, panel, search


@pytest.fixture
def searched(open_window, bundled, qtbot):
    return search_in(open_window(bundled, analyse=True), qtbot)


def cli_sites(path, as_of, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert cli.main(["sites", "--project", path, "--min-ha", "5", "--max-km-rail", "30", "--max-km-border", "300",
                     "--border-country", "CN", "--merge-adjacent", "--as-of", str(as_of), *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_dock_lists_what_the_command_line_finds_and_the_map_outlines_it(searched, bundled, capsys):
    w, panel, search = searched
    expected = cli_sites(bundled, search.as_of, capsys)
    model = panel.model
    assert len(expected) > 5 and model.rowCount() == len(expected)
    keys = ("plot_ids", "zone_id", "area_ha", "km_rail", "km_border", "km_port", "km_dry_port", "score",
            "border_id", "port_id", "dry_port_id")
    for i, site in enumerate(expected):
        got = model.values(i)
        assert {k: got[k] for k in keys} == {k: site[k] for k in keys}, i
    # the cells as shown: rank, the zone by name, the figures rounded for reading
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[0] == "1" and first[1] == expected[0]["zone_name"]
    assert first[2] == f"{expected[0]['area_ha']:,.2f}" and first[8] == ", ".join(expected[0]["plot_ids"])
    # the map's results layer holds exactly those plots
    layer = w.scene.layer("site_results")
    plots = w.project.plots
    wanted = {p for s in expected for p in s["plot_ids"]}
    assert {str(plots["plot_id"].iat[r]) for r in layer.rows} == wanted and len(layer.rows) == len(wanted)
    assert len(layer.chosen) == 0
    # a chosen row: its plots drawn apart, the map centred on them
    pick = min(5, len(expected) - 1)
    panel.view.selectRow(pick)
    layer = w.scene.layer("site_results")
    assert {str(plots["plot_id"].iat[r]) for r in layer.chosen} == set(expected[pick]["plot_ids"])
    x0, y0, x1, y1 = w.scene_sync.extent_of(list(layer.chosen))
    e = w.canvas.settings.extent
    cx, cy = (e[0] + e[2]) / 2, (e[1] + e[3]) / 2
    assert abs(cx - (x0 + x1) / 2) < 1.0 and abs(cy - (y0 + y1) / 2) < 1.0
    assert "Sites found" in [text for text, _kind, _symbol in layer.legend_items()]


def test_an_edit_of_a_vacant_plot_drops_the_index_and_others_keep_it(searched, qtbot):
    from sezmap.model.edits import PlotEdit

    w, panel, search = searched
    index = search.index
    assert index is not None
    plots = w.project.plots
    taken = str(plots["plot_id"].iat[int(index.rows[0])])
    other = str(plots["plot_id"].iat[int(np.flatnonzero(plots["status"].to_numpy() == "operational")[0])])
    session = w.session
    session.edit("tenant", [PlotEdit(other, {"tenant": "Someone else"}, "t", "test",
                                     expect_version=session.version_of(other))])
    assert search.index is index and not search.stale  # nothing the search uses changed
    session.edit("reserve", [PlotEdit(taken, {"status": "reserved", "tenant": "Investor"}, "t", "test",
                                      expect_version=session.version_of(taken))])
    assert search.index is None and search.stale and "Search again" in panel.note.text()
    panel.search_button.click()
    qtbot.waitUntil(lambda: search.index is not None and not search.building, timeout=60_000)
    assert taken not in {p for i in range(len(search.results)) for p in search.results.plot_ids(i)}


def test_cancel_gives_the_build_up(open_window, bundled, qtbot):
    w = open_window(bundled, analyse=True)
    dock = w.docks.site_search
    dock.panel.search_button.click()
    assert dock.search.building and dock.panel.cancel_button.isVisibleTo(dock.panel)
    w.tasks.cancel()  # the status bar's Cancel
    assert not dock.search.building and dock.search.index is None and dock.panel.search_button.isEnabled()
    dock.panel.search_button.click()
    qtbot.waitUntil(lambda: dock.search.results is not None, timeout=60_000)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_exports_of_the_results_read_back(searched, tmp_path, qtbot, language):
    needs.command("pdftotext", "poppler-utils")
    w, panel, search = searched
    dock = w.docks.site_search
    w.language_setting.set(language)
    pdf, page = tmp_path / f"sites-{language}.pdf", tmp_path / f"sites-{language}.html"
    for path in (pdf, page):
        dock.export(str(path))
        qtbot.waitUntil(lambda: dock.export_task is None, timeout=120_000)
    results = search.results
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    words = {"en": ("Sites for investors", "schematic", "Zone expires"),
             "ru": ("Участки для инвесторов", "схематичны", "Срок зоны")}[language]
    for word in words:
        assert word in flat, word
    for i in range(min(len(results), 3)):  # the best sites' plots, in order
        assert results.plot_ids(i)[0] in flat
    assert flat.index(results.plot_ids(0)[0]) < flat.index(results.plot_ids(min(2, len(results) - 1))[0]) \
        or results.plot_ids(0)[0] == results.plot_ids(min(2, len(results) - 1))[0]
    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script[^>]*id="sezmap-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    shown = data["plots"]
    ids = next(c for c in shown["columns"] if c["key"] == "plot_id")
    listed = [ids["dict"][k] for k in ids["codes"]] if "codes" in ids else ids["values"]
    assert set(listed) == {p for i in range(len(results)) for p in results.plot_ids(i)}
    keys = {c["key"] for c in shown["columns"]}
    assert {"site", "km_rail", "score", "zone_expires"} <= keys
    assert words[0] in html and str(search.as_of) in html
    # the zones' category in words of the language, in the list, the PDF's terms and the web map
    category = {"en": {"city", "industry", "trade"}, "ru": {"городская", "промышленная", "торговая"}}[language]
    column = [key for key, _caption in panel_columns()].index("category")
    cells = {panel.model.data(panel.model.index(i, column)) for i in range(min(panel.model.rowCount(), 50))}
    assert cells and cells - {""} <= category
    assert any(word in flat for word in category)
    cats = next(c for c in shown["columns"] if c["key"] == "zone_category")
    given = {cats["dict"][k] for k in cats["codes"] if k is not None} if "codes" in cats else set(cats["values"])
    assert given - {None, ""} and given - {None, ""} <= category


def panel_columns():
    from sezmap.ui.site_search_panel import COLUMNS

    return COLUMNS


def test_the_command_line_writes_the_same_exports(bundled, tmp_path, capsys):
    needs.command("pdftotext", "poppler-utils")
    pdf, page = tmp_path / "s.pdf", tmp_path / "s.html"
    sites = cli_sites(bundled, "2026-06-01", capsys, "--limit", "12", "--export-pdf", str(pdf), "--export-html",
                      str(page), "--language", "kk")
    assert len(sites) == 12
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Инвесторларға арналған алаңдар" in text and "2026" in text
    assert all(s["plot_ids"][0] in text for s in sites)
    html = page.read_text(encoding="utf-8")
    assert "Инвесторларға арналған алаңдар" in html and "2026-06-01" in html
    data = json.loads(re.search(r'<script[^>]*id="sezmap-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    ids = next(c for c in data["plots"]["columns"] if c["key"] == "plot_id")
    listed = [ids["dict"][k] for k in ids["codes"]] if "codes" in ids else ids["values"]
    assert set(listed) == {p for s in sites for p in s["plot_ids"]}
    # Chromium opens the page offline and a click on a plot shows its site's figures
    from tests.test_export_web import console_messages, run_chromium

    done = run_chromium(tmp_path, page.as_uri() + "#sz-selftest", "--dump-dom")
    assert console_messages(done.stderr) == []
    clicked = int(re.search(r'data-sz-clicked="(\d+)"', done.stdout).group(1))
    popup = re.search(r'<div class="sz-popup">.*?</table></div>', done.stdout, flags=re.DOTALL).group(0)
    plot_id = listed[clicked]
    best = next(k for k, s in enumerate(sites) if plot_id in s["plot_ids"])
    assert plot_id in popup and f"#{best + 1}" in popup and "Алаң" in popup
    note = re.search(r'<p class="sz-note">(.*?)</p>', done.stdout)
    assert note and "шартты" in note.group(1)  # the schematic boundaries, in Kazakh


def test_the_results_are_a_layer_of_the_layers_panel_and_stay_as_left(searched):
    """Listed first (drawn over the others): unticked, the results leave the map's legend and
    stay hidden when another site is chosen; fainter, they stay fainter."""
    from PySide6.QtCore import Qt

    from sezmap.render.decorations import legend_rows

    w, panel, _search = searched
    layers = w.layers_panel
    item = layers.item_for("site_results")
    assert item is not None and layers.list.row(item) == 0 and item.text() == "Site search results"
    layers.list.setCurrentItem(item)
    layers.opacity.setValue(40)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not w.scene.layer("site_results").visible
    assert "Site search results" not in [title for title, _items in legend_rows(w.scene)]
    panel.view.selectRow(2)  # a new layer for the new choice: as the user left the old one
    layer = w.scene.layer("site_results")
    assert len(layer.chosen) and not layer.visible and layer.opacity == 0.4
    assert layers.item_for("site_results").checkState() == Qt.CheckState.Unchecked


def test_export_results_starts_where_the_last_sites_were_written(searched, tmp_path, qtbot, monkeypatch):
    from sezmap.ui import site_search_dock

    w, _panel, _search = searched
    dock = w.docks.site_search
    asked = []
    monkeypatch.setattr(site_search_dock.QFileDialog, "getSaveFileName",
                        staticmethod(lambda _parent, _title, start, _filters: asked.append(start) or ("", "")))
    dock.export_dialog()
    out = tmp_path / "for the minister"
    out.mkdir()
    dock.export(str(out / "sites.html"))
    qtbot.waitUntil(lambda: dock.export_task is None, timeout=120_000)
    dock.export_dialog()
    assert asked[0] != str(out / "sites.html") and asked[1] == str(out / "sites.html")


@pytest.mark.parametrize("suffix", ["pdf", "html"])
def test_cancel_stops_an_export_of_the_sites_and_writes_nothing(searched, tmp_path, qtbot, monkeypatch, suffix):
    """The status bar showed Cancel beside the export's bar, but the export went on and wrote the
    file; now it stops, leaves no file, and says nothing more."""
    from sezmap.ui import site_search_dock

    w, _panel, _search = searched
    dock = w.docks.site_search
    warned = []
    monkeypatch.setattr(site_search_dock.QMessageBox, "warning", staticmethod(lambda *args: warned.append(args)))
    out = tmp_path / f"sites.{suffix}"
    dock.export(str(out))
    task = dock.export_task
    assert task is not None and w.actions_.cancel_button.isVisibleTo(w)
    w.tasks.cancel()
    qtbot.waitUntil(lambda: task.done.is_set(), timeout=120_000)
    qtbot.wait(100)  # (its end, queued to the UI thread)
    assert dock.export_task is None and not out.exists() and warned == []
    assert not list(tmp_path.glob(f"*{suffix}*"))  # no half-written file either


def test_a_second_open_of_the_same_state_reads_the_saved_index_and_an_edited_one_does_not(
        open_window, bundled, qtbot, monkeypatch):
    """The dock keeps its index in the disk cache ``sezmap sites`` uses (analysis/sites_cache.py):
    opened again unchanged, the project's index is read back, not built (the same results); once
    edited, it is built again. Only while the window's project is the file as it is now (the
    window's look for others' changes vouches for it)."""
    import os
    import time
    from pathlib import Path

    from sezmap.model.edits import PlotEdit
    from sezmap.store import disk
    from tests.test_sites_cache import builds_counted

    monkeypatch.setattr(disk, "COARSE_S", 0.05)  # (this disk's file times are fine: no 2 s wait after the copy)
    built = builds_counted(monkeypatch)

    def opened_and_searched():
        time.sleep(0.1)  # (past COARSE_S since the file's last change)
        w = open_window(bundled, analyse=True)
        qtbot.waitUntil(lambda: w.tasks.current is None, timeout=30_000)  # (it looks when no task runs)
        w.edits.poll_external()  # the window's look at the file (every 1.5 s)
        return search_in(w, qtbot)

    def found(search):
        return [(search.results.plot_ids(i), round(float(search.results.score[i]), 9))
                for i in range(len(search.results))]

    w, _panel, first = opened_and_searched()
    assert not first.from_cache and built == [1]
    saved = list((Path(os.environ["SEZMAP_CACHE_DIR"]) / "sites").glob("*.npz"))
    assert len(saved) == 1
    shown = found(first)
    w.close()

    w, _panel, second = opened_and_searched()
    assert second.from_cache and built == [1]  # read back, not built
    assert found(second) == shown and len(shown) > 5
    taken = second.results.plot_ids(0)[0]
    session = w.session
    session.edit("reserve", [PlotEdit(taken, {"status": "reserved", "tenant": "Investor"}, "t", "test",
                                      expect_version=session.version_of(taken))])
    w.close()

    w, _panel, third = opened_and_searched()
    assert not third.from_cache and built == [1, 1]  # another state: built again
    assert all(taken not in ids for ids, _score in found(third))
