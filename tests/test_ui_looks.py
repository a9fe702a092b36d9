"""How the window looks to a planner (pytest-qt, offscreen), in English, Russian and Kazakh:
its first size, the imagery check's and the site search's texts and what they remember."""

from __future__ import annotations

import pytest

from sezmap.ui import i18n


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_fresh_window_opens_at_its_default_size_in_every_language(qtbot, isolated_settings, language):
    """Without a saved layout the window is 1400 × 900: the docks, tabbed, need far less (it grew
    to 1903 px in Russian and 2011 px in Kazakh, wider than a laptop's screen, from the docks'
    widths side by side before they were tabbed)."""
    from sezmap.ui.main_window import MainWindow

    isolated_settings.language = language
    i18n.set_language(language)
    try:
        w = MainWindow(isolated_settings)
        qtbot.addWidget(w)
        assert (w.width(), w.height()) == (1400, 900)
        assert w.minimumSizeHint().width() <= 1000
        w.tasks.shutdown()
        w.canvas.shutdown()
    finally:
        i18n.set_language("en")


def _second_window(qtbot, settings):
    from sezmap.ui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    return w


def test_the_imagery_check_counts_in_plain_words_and_opens_as_last_used(open_window, tmp_path, qtbot,
                                                                         isolated_settings):
    """One plot looks built: the note says "looks built: 1" (it said "1 look built"); the next
    window's dialog holds the raster, its bands and threshold as the check ran them."""
    import shutil

    from sezmap import paths
    from tests.imagery_rasters import ground_truth, score_raster

    path = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), path)
    w = open_window(str(path))
    w.select_zone("saryarka")
    plots = w.project.plots[w.project.plots["zone_id"] == "saryarka"]
    built = plots[plots["status"].isin(["operational", "under_construction"])]["plot_id"].tolist()
    empty = plots[plots["status"].isin(["vacant", "withdrawn"])]["plot_id"].tolist()
    raster = score_raster(tmp_path / "score.tif", plots, ground_truth(plots, set(built[:3] + empty[:1])))
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    dialog.threshold.setValue(0.45)
    assert dialog.start()
    qtbot.waitUntil(lambda: w.imagery.review.result is not None, timeout=30_000)
    note = w.imagery.panel.note.text()
    assert w.imagery.review.counts()["looks_built"] == 1
    assert "looks built: 1," in note and "looks unbuilt: 3," in note and "1 look built" not in note
    again = _second_window(qtbot, isolated_settings)
    try:
        restored = again.imagery.open_dialog()
        assert restored.path.text() == raster and restored.threshold.value() == 0.45
        assert restored.single.isChecked() and restored.band.value() == 1 and restored.folder == str(tmp_path)
        assert "1 band" in restored.facts.text()
    finally:
        again.tasks.shutdown()
        again.canvas.shutdown()


def test_the_site_search_opens_with_the_last_query(open_window, project_path, qtbot, isolated_settings):
    w = open_window(project_path)
    panel = w.docks.site_search.panel
    panel.min_ha.setValue(12.5)
    panel.max_ha.setValue(80.0)
    panel.focus.setText("logistics")
    panel.km["border"].setValue(250.0)
    panel.country.setCurrentIndex(panel.country.findData("CN"))
    panel.merge.setChecked(True)
    panel.search_button.click()
    wanted = panel.query()
    again = _second_window(qtbot, isolated_settings)
    try:
        assert again.docks.site_search.panel.query() == wanted
        assert wanted.border_country == "CN" and wanted.merge_adjacent and wanted.max_ha == 80.0
    finally:
        again.tasks.shutdown()
        again.canvas.shutdown()


def _site_search_shown(open_window, qtbot, language):
    """A window at its default size in ``language`` with the site search's dock shown: its panel."""
    w = open_window(size=(1400, 900))
    w.set_language(language)
    dock = w.docks.site_search_dock
    dock.show()
    dock.raise_()
    qtbot.wait(50)
    return w.docks.site_search.panel


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_site_searchs_captions_and_hint_fit_before_any_search(open_window, qtbot, language):
    """The results' column captions whole in the empty list ("order crossing, k" was cut), and
    the focus field's hint within the field at the default window size."""
    from PySide6.QtCore import Qt

    panel = _site_search_shown(open_window, qtbot, language)
    header = panel.view.horizontalHeader()
    for c in range(panel.model.columnCount()):
        caption = str(panel.model.headerData(c, Qt.Orientation.Horizontal))
        assert header.sectionSize(c) >= header.fontMetrics().horizontalAdvance(caption) + 8, caption
    field = panel.focus
    hint = field.placeholderText()
    assert hint and field.fontMetrics().horizontalAdvance(hint) <= field.contentsRect().width() - 8, hint
    assert field.toolTip()


@pytest.mark.parametrize(("value", "decimals", "language", "text"),
                         [(-1e-9, 0, "en", "0"), (-0.0, 1, "ru", "0,0"), (-0.004, 2, "kk", "0,00"),
                          (-0.006, 2, "en", "-0.01"), (-1234.5, 1, "ru", "-1\u00a0234,5")])
def test_a_figure_rounded_to_nothing_has_no_minus(value, decimals, language, text):
    """The imagery review showed a plot built "-0" %: a float a hair below zero, rounded."""
    from sezmap.render.numbers import grouped

    assert grouped(value, decimals, language) == text


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_sites_pdfs_captions_fit_their_columns(qapp, language):
    """Each caption of the sites' table wraps between words only: its longest word fits its
    column (the Russian "Погранпереход," lost its first letter), the zone and plots columns
    giving up the room, the table as wide as before."""
    from PySide6.QtGui import QFontMetricsF

    from sezmap.export import sites_export as se
    from sezmap.export.sites_pdf import MARGIN, TABLE, column_widths
    from sezmap.export.texts import Texts
    from sezmap.render.page import font, paper_page

    texts = Texts(language)
    heads = {"rank": "#", "zone": se.word(texts, "zone"), "area_ha": se.word(texts, "site_area"),
             "plots": se.word(texts, "site_plots"), "expires": se.word(texts, "expires")}
    captions = [heads.get(key) or se.word(texts, key) for key, _s, _r in TABLE]
    width = paper_page("A4", landscape=True, dpi=150.0).width - 2 * MARGIN  # the sites PDF's table
    head_font = font(9.5, bold=True)
    widths = column_widths(captions, head_font, width)
    metrics = QFontMetricsF(head_font)
    assert sum(widths) == pytest.approx(width)
    for caption, w, (_key, _share, right) in zip(captions, widths, TABLE, strict=True):
        longest = max(metrics.horizontalAdvance(word) for word in caption.split())
        assert longest <= w - (2.0 if right else 10.0) - 2.0, caption
    assert min(widths[1], widths[8]) > 0.15 * width  # the zone and plots columns keep most of theirs


def test_tools_finds_sites_by_a_key_with_a_tooltip(window, qtbot):
    """The site search is a Tools action as the imagery check is (a panel only under View →
    Panels was hard to find): a shortcut, a tooltip, the dock raised with its first field ready."""
    action = window.docks.site_search.action
    assert action in window.actions_.menu_tools.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+K" and action.toolTip()
    assert window.docks.site_search.panel.export_button.toolTip()
    window.table_dock.raise_()
    action.trigger()
    qtbot.waitUntil(lambda: not window.docks.site_search_dock.visibleRegion().isEmpty())
    assert window.docks.site_search.panel.min_ha.hasFocus() or window.focusWidget() is window.docks.site_search.panel.min_ha
    window.set_language("ru")
    assert action.text() == "Найти &площадки для инвесторов…"


def test_the_sites_pdfs_map_names_the_sites_it_outlines_in_its_legend(tmp_path, capsys):
    """The first page outlines the sites found: its legend says what the outlines are."""
    import subprocess

    from sezmap import cli
    from tests import needs

    needs.command("pdftotext", "poppler-utils")
    pdf = tmp_path / "sites.pdf"
    assert cli.main(["sites", "--min-ha", "5", "--max-km-rail", "30", "--limit", "10", "--as-of", "2026-06-01",
                     "--export-pdf", str(pdf), "--out", str(tmp_path / "sites.json")]) == 0
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    flat = " ".join(first.split())
    assert "Site search results" in flat and "Sites found" in flat


@pytest.mark.parametrize("saved_layout", [False, True])
def test_only_the_tabbed_docks_bars_show(qtbot, isolated_settings, saved_layout):
    """Qt left a bar of two empty tabs shown over the legend (at x 0, y 454, 582 px wide), one
    it made while the docks were tabbed in a hidden window; a saved layout restored added more.
    Shown: one bar a group of tabbed docks, its tabs their titles, none over the layers dock."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    if saved_layout:
        first = _second_window(qtbot, isolated_settings)
        first.show()
        qtbot.waitExposed(first)
        isolated_settings.save_layout(first.saveGeometry(), first.saveState())
        first.tasks.shutdown()
        first.canvas.shutdown()
    w = _second_window(qtbot, isolated_settings)
    try:
        w.show()
        qtbot.waitExposed(w)
        bars = [bar for bar in w.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if bar.isVisible()]
        shown = sorted(tuple(bar.tabText(i) for i in range(bar.count())) for bar in bars)
        groups = sorted(tuple(d.windowTitle() for d in (dock, *w.tabifiedDockWidgets(dock)))
                        for dock in (w.dashboard_dock, w.table_dock))
        assert [sorted(tabs) for tabs in shown] == [sorted(titles) for titles in groups]
        for bar in bars:
            assert not bar.geometry().intersects(w.layers_dock.geometry()), bar.geometry()
    finally:
        w.tasks.shutdown()
        w.canvas.shutdown()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_site_searchs_fields_follow_a_language_switch(open_window, qtbot, language):
    """Switched from English, the site search's numbers kept the point ("20.0" beside "20,64"
    in the results) and the "Crossing to" list stayed as wide as "any neighbour", cutting
    "любую соседнюю" and "кез келген көрші ел"; widened, it took the room of "без ограничения"
    (cut): every field at least as wide as the same field made afresh asks."""
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

    from sezmap.render.numbers import grouped

    panel = _site_search_shown(open_window, qtbot, language)
    try:
        assert panel.min_ha.text() == grouped(20.0, 1, language)
        assert panel.km["rail"].text() == grouped(30.0, 1, language)
        box = panel.country
        needed = QComboBox()  # a list of the same items, sized to them afresh
        needed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        needed.addItems([box.itemText(i) for i in range(box.count())])
        assert box.width() >= needed.sizeHint().width(), (box.width(), box.currentText())
        for spin in (panel.min_ha, panel.max_ha, *panel.km.values()):
            fresh = QDoubleSpinBox()  # the same field made afresh
            fresh.setRange(spin.minimum(), spin.maximum())
            fresh.setDecimals(spin.decimals())
            fresh.setSpecialValueText(spin.specialValueText())
            fresh.setValue(spin.value())
            assert spin.width() >= fresh.sizeHint().width(), (spin.objectName(), spin.text(), spin.width())
    finally:
        i18n.set_language("en")
