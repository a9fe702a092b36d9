"""The imagery check in the window (pytest-qt, offscreen): the dialog runs the check on a raster
made here from the bundled project's plots, some mislabelled, off the UI thread; the review list
and the map's outlined layer name exactly the mislabelled plots; a flagged plot opens in the
editor with the check's reason, which the audit log keeps once applied."""

import shutil

import pytest

from sezmap import paths
from sezmap.render.imagery_layers import FLAGS_LAYER, RASTER_LAYER
from tests.imagery_rasters import expected_flags, ground_truth, score_raster

ZONE = "saryarka"


@pytest.fixture
def checked(open_window, tmp_path, qtbot):
    """A window on a copy of the bundled project, the zone picked, its check run through the dialog."""
    path = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), path)
    w = open_window(str(path), size=(1300, 850))
    w.select_zone(ZONE)
    plots = w.project.plots[w.project.plots["zone_id"] == ZONE]
    built = plots[plots["status"].isin(["operational", "under_construction"])]["plot_id"].tolist()
    empty = plots[plots["status"].isin(["vacant", "withdrawn"])]["plot_id"].tolist()
    mislabelled = set(built[:2] + empty[:2])
    truth = ground_truth(plots, mislabelled)
    raster = score_raster(tmp_path / "score.tif", plots, truth)
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    assert "1 band" in dialog.facts.text() and "32642" in dialog.facts.text()
    assert dialog.zone.currentData() == ZONE
    assert dialog.start()
    assert dialog.running and not dialog.run_button.isEnabled()  # the UI thread goes on meanwhile
    qtbot.waitUntil(lambda: w.imagery.review.result is not None, timeout=30_000)
    return w, expected_flags(plots, truth), mislabelled


def test_the_dialog_asks_for_the_bands_its_index_reads(open_window, tmp_path):
    from sezmap.analysis.imagery import RasterSpec

    w = open_window()
    dialog = w.imagery.open_dialog()
    dialog.path.setText(str(tmp_path / "s2.tif"))
    dialog.indexed.setChecked(True)
    dialog.index.setCurrentIndex(dialog.index.findData("ndvi"))
    dialog.nir.setValue(8)
    dialog.red.setValue(4)
    dialog.threshold.setValue(0.3)
    assert not dialog.swir.isEnabled() and dialog.red.isEnabled() and not dialog.band.isEnabled()
    assert dialog.spec() == RasterSpec(str(tmp_path / "s2.tif"), index="ndvi", nir=8, red=4, threshold=0.3)
    assert not dialog.start() and "Open a project first." in dialog.message.text()


def test_the_list_and_the_outlined_layer_name_the_mislabelled_plots(checked):
    w, expected, mislabelled = checked
    assert set(expected) == mislabelled and len(mislabelled) == 4
    panel = w.imagery.panel
    model = panel.model
    listed = {model.checks[i].plot_id: model.checks[i].flag for i in range(model.rowCount())}
    assert listed == expected
    assert {model.data(model.index(i, 3)) for i in range(model.rowCount())} == {"Looks unbuilt", "Looks built"}
    layer = w.scene.layer(FLAGS_LAYER)
    plots = w.project.plots
    assert {str(plots["plot_id"].iat[r]): f for r, f in zip(layer.rows, layer.flags, strict=True)} == expected
    assert w.scene.layer(RASTER_LAYER) is not None
    # drawn: the zone's view holds the dark red of looks_unbuilt and the purple of looks_built
    import numpy as np
    from PySide6.QtGui import QImage

    from sezmap.render.renderer import render_image

    w.zoom_to_plots(list(layer.rows))
    image, _stats = render_image(w.canvas.settings, w.scene)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)[:, :image.width()]
    rgb = np.stack([(pixels >> 16) & 255, (pixels >> 8) & 255, pixels & 255], axis=-1).astype(int)
    for colour in ((0xB2, 0x18, 0x2B), (0x54, 0x27, 0x88)):
        assert (np.abs(rgb - colour).sum(axis=-1) < 12).sum() > 50
    shown = [w.layers_panel.list.item(i).text() for i in range(w.layers_panel.list.count())]
    assert "Flagged by imagery" in shown and "Imagery: score.tif" in shown
    # filter: the consistent ones are the rest of the zone
    panel.filter.setCurrentIndex(panel.filter.findData("consistent"))
    n_zone = int((plots["zone_id"] == "saryarka").sum())
    assert model.rowCount() == n_zone - 4
    # sortable: by built fraction, descending
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    panel.view.sortByColumn(4, panel.view.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    proxy = panel.proxy
    shown_fractions = [model.checks[proxy.mapToSource(proxy.index(i, 0)).row()].built_fraction
                       for i in range(proxy.rowCount())]
    assert shown_fractions == sorted(shown_fractions, reverse=True)


def test_the_status_bar_counts_the_flags_in_a_sentence_in_each_language(checked):
    w, _expected, _mislabelled = checked
    assert w.statusBar().currentMessage() == "Imagery check done — looks unbuilt: 2, looks built: 2."
    result = w.imagery.review.result
    w.set_language("ru")
    w.imagery.show_result(result)
    assert w.statusBar().currentMessage() == (
        "Проверка по снимкам окончена — на вид не застроены: 2, на вид застроены: 2.")
    w.set_language("kk")
    w.imagery.show_result(result)
    assert w.statusBar().currentMessage() == (
        "Суреттер бойынша тексеру аяқталды — салынбаған сияқты: 2, салынған сияқты: 2.")


@pytest.mark.parametrize(("bands", "words"), [(1, {"en": "1 band", "ru": "1 канал", "kk": "1 арна"}),
                                              (3, {"en": "3 bands", "ru": "3 канала", "kk": "3 арна"})])
def test_the_rasters_facts_follow_a_language_switch_with_the_dialog_open(open_window, tmp_path, bands, words):
    """The line under the GeoTIFF field (the raster's bands and CRS) stayed in the language it was
    read in when the UI language changed with the dialog open, while the rest of the dialog
    followed the switch; it follows it too, to Russian, Kazakh and back."""
    import numpy as np
    import rasterio
    from affine import Affine

    raster = tmp_path / "r.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=4, height=4, count=bands, dtype="float32",
                       crs="EPSG:32642", transform=Affine(20.0, 0, 500_000.0, 0, -20.0, 4_800_000.0)) as ds:
        ds.write(np.zeros((bands, 4, 4), dtype="float32"))
    w = open_window()
    dialog = w.imagery.open_dialog()
    dialog.set_path(str(raster))
    assert dialog.facts.text() == f"{words['en']}, EPSG:32642"
    english_title = dialog.windowTitle()
    for language in ("ru", "kk", "en"):
        w.set_language(language)
        assert (dialog.windowTitle() == english_title) == (language == "en")  # the dialog was told
        assert dialog.facts.isVisible() and dialog.facts.text() == f"{words[language]}, EPSG:32642", language


LANGUAGES = ("ru", "kk", "en")  # switched to in this order with the dialog open
CHECKING = {1: {"en": "Checking 1 plot…", "ru": "Проверяется 1 участок…", "kk": "1 учаске тексерілуде…"},
            4: {"en": "Checking 4 plots…", "ru": "Проверяются 4 участка…", "kk": "4 учаске тексерілуде…"},
            9: {"en": "Checking 9 plots…", "ru": "Проверяются 9 участков…", "kk": "9 учаске тексерілуде…"}}
CANCELLED = {"en": "Cancelled: nothing was checked.", "ru": "Отменено: ничего не проверено.",
             "kk": "Тоқтатылды: ештеңе тексерілмеді."}
# the failure a sentence of its own, then the reason's (which starts with a capital or the file)
FAILED = {"en": "The check failed.", "ru": "Проверка не удалась.", "kk": "Тексеру сәтсіз аяқталды."}
NO_CRS = {"en": "The check failed. The file {path} says no coordinate system: a GeoTIFF with a CRS is needed.",
          "ru": "Проверка не удалась. В файле {path} не указана система координат: нужен GeoTIFF с системой "
                "координат.",
          "kk": "Тексеру сәтсіз аяқталды. {path} файлында координаттар жүйесі көрсетілмеген: координаттар жүйесі "
                "бар GeoTIFF қажет."}
UNREADABLE = {"en": "The file {path} cannot be read as a raster ({detail}).",
              "ru": "Файл {path} не читается как растр ({detail}).",
              "kk": "{path} файлын растр ретінде оқу мүмкін емес ({detail})."}


def _follows(w, dialog, label, texts: dict[str, str], error: bool) -> None:
    """``label`` says ``texts[language]`` (shown, red when an error) after each switch."""
    for language in LANGUAGES:
        w.set_language(language)
        assert label.isVisible() and label.text() == texts[language], language
        assert ("#C0392B" in label.styleSheet()) == error, language


def _window_on_plots(open_window, tmp_path, n=2):
    """A window on a small project, its zone z1 (n × n plots) picked, and a score raster over them."""
    from tests.factories import make_project

    w = open_window(make_project(tmp_path / "p.gpkg", n=n))
    w.select_zone("z1")
    plots = w.project.plots[w.project.plots["zone_id"] == "z1"]
    return w, plots, score_raster(tmp_path / "score.tif", plots, ground_truth(plots, set()))


def _zone_entries(dialog) -> list[tuple[str, str | None]]:
    return [(dialog.zone.itemText(i), dialog.zone.itemData(i)) for i in range(dialog.zone.count())]


CURRENT = {"en": "The current zone ({name})", "ru": "Текущая зона ({name})", "kk": "Ағымдағы аймақ ({name})"}
ALL_ZONES = {"en": "All zones", "ru": "Все зоны", "kk": "Барлық аймақтар"}


def test_the_current_zone_entry_follows_a_zone_picked_with_the_dialog_open(open_window, tmp_path, qtbot):
    """A zone picked on the map (the session's current zone) with the dialog open: the entry
    "The current zone (…)" names it, in each language, and the check reads its plots (it named
    and checked the zone current when the dialog opened)."""
    w, plots, raster = _window_on_plots(open_window, tmp_path)
    w.select_zone("z2")  # a zone without plots
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    assert _zone_entries(dialog) == [(CURRENT["en"].format(name="Other Zone"), "z2"), (ALL_ZONES["en"], None)]
    w.session.set_zone("z1")  # as a pick on the map does
    assert _zone_entries(dialog) == [(CURRENT["en"].format(name="Test Zone"), "z1"), (ALL_ZONES["en"], None)]
    assert dialog.zone.currentIndex() == 0
    w.set_language("ru")
    assert _zone_entries(dialog) == [(CURRENT["ru"].format(name="Тестовая зона"), "z1"), (ALL_ZONES["ru"], None)]
    assert dialog.zone.currentIndex() == 0
    assert dialog.start()
    qtbot.waitUntil(lambda: w.imagery.review.result is not None, timeout=30_000)
    result = w.imagery.review.result
    assert result.zone_id == "z1"
    assert sorted(c.plot_id for c in result.checks) == sorted(plots["plot_id"]) and len(plots) == 4


def test_all_zones_stays_chosen_and_no_zone_leaves_only_it(open_window, tmp_path):
    """"All zones" chosen stays chosen through a zone picked and a language switch; no current
    zone leaves only "All zones"; a zone picked again brings its entry back, "All zones" still
    chosen when it was."""
    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    dialog = w.imagery.open_dialog()
    assert dialog.zone.currentData() == "z1"
    w.session.set_zone(None)
    assert _zone_entries(dialog) == [(ALL_ZONES["en"], None)]
    w.session.set_zone("z2")
    assert _zone_entries(dialog) == [(CURRENT["en"].format(name="Other Zone"), "z2"), (ALL_ZONES["en"], None)]
    assert dialog.zone.currentData() == "z2"  # the current zone, as when the dialog opened on one
    dialog.zone.setCurrentIndex(1)
    for language, zone in (("kk", "z1"), ("ru", None), ("en", "z2")):
        w.session.set_zone(zone)
        w.set_language(language)
        assert dialog.zone.currentData() is None and dialog.zone.currentText() == ALL_ZONES[language], language


def test_a_project_opened_with_the_dialog_open_leaves_no_zone_of_the_old_one(open_window, tmp_path):
    """Another project opened (no zone current in it): the entry of the old project's zone goes."""
    from tests.factories import make_project

    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    dialog = w.imagery.open_dialog()
    assert dialog.zone.currentData() == "z1"
    w.open_project(make_project(tmp_path / "other.gpkg", n=1), wait=True)
    assert w.session.current_zone is None
    assert _zone_entries(dialog) == [(ALL_ZONES["en"], None)]


def test_the_dialog_listens_to_the_zone_only_while_open(open_window, tmp_path):
    """Closed, the dialog no longer hears the session (reopened, it shows the zone current then)."""
    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    signals = (w.session.zone_changed, w.session.project_changed)
    before = [len(signal) for signal in signals]
    dialog = w.imagery.open_dialog()
    assert [len(signal) for signal in signals] == [n + 1 for n in before]
    dialog.close()
    assert [len(signal) for signal in signals] == before
    w.session.set_zone("z2")
    assert dialog.zone.currentData() == "z1"  # (not told while closed)
    assert w.imagery.open_dialog() is dialog and [len(signal) for signal in signals] == [n + 1 for n in before]
    assert _zone_entries(dialog) == [(CURRENT["en"].format(name="Other Zone"), "z2"), (ALL_ZONES["en"], None)]
    dialog.reject()  # (Esc, Close)
    assert [len(signal) for signal in signals] == before


@pytest.mark.parametrize("n", [1, 4, 9])  # Russian's three forms
def test_the_running_and_cancelled_lines_follow_a_language_switch_with_the_dialog_open(open_window, tmp_path, n):
    """"Checking N plots…" and "Cancelled: nothing was checked." stayed in the language they
    were written in while the rest of the dialog followed a switch; they follow it too."""
    w, plots, raster = _window_on_plots(open_window, tmp_path, {1: 1, 4: 2, 9: 3}[n])
    assert len(plots) == n
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    assert dialog.start()
    # (the run's end is a queued signal: no event is handled before the cancel below)
    assert dialog.message.text() == CHECKING[n]["en"]
    _follows(w, dialog, dialog.message, CHECKING[n], error=False)
    assert dialog.running
    w.set_language("ru")
    dialog.cancel_button.click()
    assert dialog.message.text() == CANCELLED["ru"]
    _follows(w, dialog, dialog.message, CANCELLED, error=False)


def test_the_failed_line_follows_a_language_switch_and_names_the_file_in_each_language(open_window, tmp_path,
                                                                                      qtbot):
    """A check that fails on the task thread (a GeoTIFF without a coordinate system) says why in
    the UI language, naming the file, and again in the new one after a switch (the reason was
    the command line's English, "--raster …: says no coordinate system", in every language)."""
    import numpy as np
    import rasterio
    from affine import Affine

    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    raster = tmp_path / "no crs.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32",
                       transform=Affine(20.0, 0, 500_000.0, 0, -20.0, 4_800_000.0)) as ds:
        ds.write(np.zeros((1, 4, 4), dtype="float32"))
    dialog = w.imagery.open_dialog()
    dialog.set_path(str(raster))
    w.set_language("kk")
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    texts = {language: text.format(path=raster) for language, text in NO_CRS.items()}
    assert dialog.message.text() == texts["kk"]
    _follows(w, dialog, dialog.message, texts, error=True)


def test_open_a_project_first_follows_a_language_switch(open_window):
    w = open_window()
    dialog = w.imagery.open_dialog()
    dialog.path.setText("r.tif")
    assert not dialog.start()
    _follows(w, dialog, dialog.message, {"en": "Open a project first.", "ru": "Сначала откройте проект.",
                                         "kk": "Алдымен жобаны ашыңыз."}, error=True)


def test_a_finished_check_leaves_no_line_in_any_language(checked):
    """Done, the dialog closes without a word of the run (the window's status bar and list say
    what was found): a switch does not bring an old line back."""
    w, _expected, _mislabelled = checked
    dialog = w.imagery.open_dialog()
    for language in LANGUAGES:
        w.set_language(language)
        assert not dialog.message.isVisible() and dialog.message.text() == "", language


def test_an_unreadable_raster_is_said_so_in_each_language_naming_the_file(open_window, tmp_path):
    """The line under the file and the one above the buttons say a file that is not a raster
    cannot be read as one, naming it and GDAL's reason, in Russian and Kazakh too (they were
    English in every language), and follow a switch with the dialog open."""
    import rasterio

    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    bad = tmp_path / "не растр.tif"
    bad.write_text("not a raster")
    with pytest.raises(rasterio.errors.RasterioIOError) as gdal:
        rasterio.open(bad)
    texts = {language: text.format(path=bad, detail=gdal.value) for language, text in UNREADABLE.items()}
    dialog = w.imagery.open_dialog()
    for language in ("ru", "kk"):  # read, and refused, in each language
        w.set_language(language)
        dialog.set_path(str(bad))
        assert dialog.facts.text() == texts[language]
        assert not dialog.start() and dialog.message.text() == texts[language]
    _follows(w, dialog, dialog.facts, texts, error=False)
    _follows(w, dialog, dialog.message, texts, error=True)


RASTER_PROBLEMS = {  # a raster the check cannot read, the spec -> what the dialog says (en, ru, kk)
    "a band beyond the last": ({"count": 1}, {"band": 3},
                               ("The file {path} has no band 3 (bands in it: 1).",
                                "В файле {path} нет канала 3 (каналов в нём: 1).",
                                "{path} файлында 3 арнасы жоқ (ондағы арналар саны: 1).")),
    "an index's two bands": ({"count": 2}, {"index": "ndbi", "nir": 8, "swir": 11},
                             ("The file {path} has no band 8, 11 (bands in it: 2).",
                              "В файле {path} нет канала 8, 11 (каналов в нём: 2).",
                              "{path} файлында 8, 11 арнасы жоқ (ондағы арналар саны: 2).")),
    "no CRS": ({"crs": None}, {"band": 1}, tuple(NO_CRS[lang].removeprefix(FAILED[lang] + " ")
                                                  for lang in ("en", "ru", "kk"))),
    "a rotated grid": ({"transform": (20.0, 5.0, 500_000.0, 5.0, -20.0, 4_800_000.0)}, {"band": 1},
                       ("The file {path} is a rotated grid, which is not supported.",
                        "Файл {path} — повёрнутая сетка, такие не поддерживаются.",
                        "{path} файлы — бұрылған тор, оған қолдау көрсетілмейді.")),
}


@pytest.mark.parametrize("case", list(RASTER_PROBLEMS))
def test_each_raster_problem_is_said_in_each_language_naming_the_file(qapp, tmp_path, case):
    """Why the check cannot read a raster (sezmap.analysis.imagery, the command line's English)
    carries a code and the file, so that the dialog says it in English, Russian and Kazakh."""
    import numpy as np
    import rasterio
    from affine import Affine

    from sezmap.analysis import imagery
    from sezmap.model.problems import DataError
    from sezmap.ui import i18n, problem_text

    made, asked, texts = RASTER_PROBLEMS[case]
    made = {"count": 1, "crs": "EPSG:32642", "transform": (20.0, 0, 500_000.0, 0, -20.0, 4_800_000.0), **made}
    raster = tmp_path / "проба.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=4, height=4, count=made["count"], dtype="float32",
                       crs=made["crs"], transform=Affine(*made["transform"])) as ds:
        ds.write(np.zeros((made["count"], 4, 4), dtype="float32"))
    with pytest.raises(DataError) as caught:
        imagery.zonal_stats(np.array([], dtype=object), imagery.RasterSpec(str(raster), **asked))
    assert str(caught.value).startswith(f"--raster {raster}: ")  # the command line's words as they were
    try:
        for language, text in zip(("en", "ru", "kk"), texts, strict=True):
            i18n.set_language(language)
            assert problem_text.error_text(caught.value) == text.format(path=raster), language
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("case", ["no CRS", "a rotated grid"])  # (found by the run, not before it)
def test_a_failed_check_says_the_failure_and_its_reason_as_two_sentences(open_window, tmp_path, qtbot, case):
    """The line of a check that failed on the task thread: "The check failed." then the reason's
    own sentence, in each language (Russian read "Проверка не удалась: В файле …", a capital
    after a colon)."""
    import numpy as np
    import rasterio
    from affine import Affine

    made, _asked, texts = RASTER_PROBLEMS[case]
    made = {"crs": "EPSG:32642", "transform": (20.0, 0, 500_000.0, 0, -20.0, 4_800_000.0), **made}
    w, _plots, _raster = _window_on_plots(open_window, tmp_path)
    raster = tmp_path / "bad grid.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32",
                       crs=made["crs"], transform=Affine(*made["transform"])) as ds:
        ds.write(np.zeros((1, 4, 4), dtype="float32"))
    dialog = w.imagery.open_dialog()
    dialog.set_path(str(raster))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    lines = {language: f"{FAILED[language]} {text.format(path=raster)}"
             for language, text in zip(("en", "ru", "kk"), texts, strict=True)}
    _follows(w, dialog, dialog.message, lines, error=True)


def test_a_row_picked_selects_its_plot_and_edit_prefills_the_reason_the_audit_keeps(checked, qtbot):
    w, expected, _ = checked
    panel = w.imagery.panel
    unbuilt = next(p for p, f in sorted(expected.items()) if f == "looks_unbuilt")
    row = next(i for i in range(panel.proxy.rowCount())
               if panel.model.checks[panel.proxy.mapToSource(panel.proxy.index(i, 0)).row()].plot_id == unbuilt)
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    assert w.selected_plots == [w.session.row_of(unbuilt)]
    panel.edit_button.click()
    form = w.docks.plot_form
    reason = form.reason.text()
    check = w.imagery.review.check_of(unbuilt)
    assert reason.startswith("Imagery check ") and "score.tif" in reason and "looks unbuilt" in reason
    assert f"built {round(100 * check.built_fraction)} % < 50 %" in reason.replace("\u00a0", " ")
    assert form.plot_ids() == [unbuilt]
    assert form.withdraw()  # the user applies: a status the imagery agrees with
    entries = w.session.store.audit(plot_id=unbuilt, field="status")
    assert entries[-1].reason == reason and entries[-1].new_value == "withdrawn"
    # the corrected plot is no longer flagged, on the list or the map
    assert unbuilt not in w.imagery.review.flagged()
    layer = w.scene.layer(FLAGS_LAYER)
    assert w.session.row_of(unbuilt) not in set(layer.rows.tolist())


def test_cancel_ends_the_run_and_nothing_is_shown(open_window, tmp_path, qtbot, monkeypatch):
    from sezmap.analysis import imagery

    path = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), path)
    w = open_window(str(path))
    plots = w.project.plots[w.project.plots["zone_id"] == ZONE]
    raster = score_raster(tmp_path / "score.tif", plots, ground_truth(plots, set()))
    monkeypatch.setattr(imagery, "STRIP_BYTES", 1)  # a strip a raster row: the run is stopped between two
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    assert dialog.start()
    task = dialog.task
    # the tiles done reach the dialog's bar while the UI thread goes on
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 100 and dialog.progress.value() > 0, timeout=20_000)
    assert dialog.running and dialog.progress.value() < dialog.progress.maximum()
    dialog.cancel_button.click()
    assert not dialog.running and "Cancelled" in dialog.message.text()
    assert task.wait(30)
    qtbot.wait(100)
    assert w.imagery.review.result is None and w.scene.layer(FLAGS_LAYER) is None


def test_zoomed_in_the_raster_is_warped_for_the_view_at_the_screens_resolution(checked, qtbot, monkeypatch):
    from sezmap.render import raster

    w, expected, _ = checked
    assert not w.scene.layer(RASTER_LAYER).wants_detail(w.canvas.settings)  # drawn whole at its resolution
    monkeypatch.setattr(raster, "MAX_PIXELS", 48)  # the whole drawn coarser than the raster: a view is warped
    first = w.imagery.review.result
    assert w.imagery.dialog.start()
    qtbot.waitUntil(lambda: w.imagery.review.result is not first, timeout=30_000)
    layer = w.scene.layer(RASTER_LAYER)
    assert max(layer.rgba.shape[:2]) == 48
    whole_px = (layer.world_bounds[2] - layer.world_bounds[0]) / layer.rgba.shape[1]
    assert layer.detail is None or not layer.wants_detail(w.canvas.settings)
    built = next(p for p, f in sorted(expected.items()) if f == "looks_built")  # bare-looking status, built ground
    unbuilt = next(p for p, f in sorted(expected.items()) if f == "looks_unbuilt")
    rows = [w.session.row_of(built), w.session.row_of(unbuilt)]
    w.zoom_to_plots(rows)
    settings = w.canvas.settings
    assert settings.resolution * 1.5 < whole_px  # finer than the whole raster's pixels
    qtbot.waitUntil(lambda: layer.detail is not None and layer._detail_covers(w.canvas.settings), timeout=20_000)
    detail = layer.detail
    x0, y0, x1, y1 = detail.world_bounds
    detail_px = (x1 - x0) / detail.rgba.shape[1]
    assert detail_px < whole_px / 1.5
    # the screen's pixels, or the raster's own 20 m where the screen's are finer (Albers metres)
    assert detail_px == pytest.approx(max(settings.resolution, 20.0), rel=0.1)
    # the score under each plot's centre: built ground opaque red, bare ground nearly clear
    centres = w.scene_sync.plots_layer().arrays.centres[rows]

    def alpha(x, y):
        col = int((x - x0) / detail_px)
        row = int((y1 - y) / detail_px)
        return int(detail.rgba[row, col, 3])

    assert alpha(*centres[0]) > 200 and alpha(*centres[1]) < 60
    assert (detail.rgba[..., 0][detail.rgba[..., 3] > 0] == 215).all()  # the score's red, its opacity the score


def _blank_rows(dialog) -> list[str]:
    """What leaves blank space in the dialog as shown: a visible label without text, a label
    taller than its text at its width, a band across the dialog wider than the layout's spacing
    that no visible widget covers (between two rows, above the first or below the last)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    QApplication.processEvents()
    box = dialog.layout()
    spacing = max(box.spacing(), dialog.form.verticalSpacing())
    margins = box.contentsMargins()
    found, spans = [], []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or type(widget) is QWidget:  # (a row's holder: its widgets count)
            continue
        if isinstance(widget, QLabel):
            if not widget.text().strip():
                found.append(f"an empty label {widget.objectName()!r}")
            elif widget.wordWrap() and widget.height() > widget.heightForWidth(widget.width()):
                found.append(f"{widget.text()[:30]!r} {widget.height()} px tall for "
                             f"{widget.heightForWidth(widget.width())} px of text")
        top = widget.mapTo(dialog, QPoint(0, 0)).y()
        spans.append((top, top + widget.height()))
    reach = margins.top()
    for top, bottom in sorted(spans):
        if top - reach > spacing:
            found.append(f"{top - reach} px blank at y={reach}")
        reach = max(reach, bottom)
    if dialog.height() - margins.bottom() - reach > 0:
        found.append(f"{dialog.height() - margins.bottom() - reach} px blank below the last row")
    return found


def _packed(dialog, state: str) -> None:
    found = _blank_rows(dialog)
    assert not found, f"{state}: {found}"


def test_the_dialog_shows_no_blank_rows_or_gaps_before_during_and_after_a_check(open_window, tmp_path, qtbot):
    """Whatever the dialog shows (no raster yet, a raster's facts, an index's bands, a message, the
    progress bar and after it, a long error, each language), its rows follow each other at the
    layout's spacing: an empty field, a note padded to a guessed height or the room a widget
    left as it went was a blank row."""
    path = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), path)
    w = open_window(str(path))
    w.select_zone(ZONE)
    plots = w.project.plots[w.project.plots["zone_id"] == ZONE]
    raster = score_raster(tmp_path / "score.tif", plots, ground_truth(plots, set()))
    dialog = w.imagery.open_dialog()
    qtbot.waitExposed(dialog)
    _packed(dialog, "no raster yet")
    dialog.set_path(raster)
    assert "1 band" in dialog.facts.text()
    _packed(dialog, "a raster's facts")
    dialog.indexed.setChecked(True)
    _packed(dialog, "an index")
    dialog.single.setChecked(True)
    assert dialog.start()
    assert dialog.progress.isVisible() and "Checking" in dialog.message.text()
    _packed(dialog, "running")
    dialog.cancel_button.click()
    assert not dialog.progress.isVisible() and "Cancelled" in dialog.message.text()
    _packed(dialog, "cancelled")
    dialog.set_path("")
    assert not dialog.facts.text()
    _packed(dialog, "no raster again")
    dialog.set_path(raster)
    assert dialog.start()
    qtbot.waitUntil(lambda: w.imagery.review.result is not None, timeout=30_000)
    dialog = w.imagery.open_dialog()
    qtbot.waitExposed(dialog)
    assert not dialog.running and "Checking" not in dialog.message.text()  # done: no word of a run
    _packed(dialog, "after a check")
    bad = tmp_path / ("a raster with a long name that does not open" * 3 + ".tif")
    bad.write_text("not a raster")
    dialog.set_path(str(bad))
    assert not dialog.start() and "cannot be read" in dialog.message.text()
    _packed(dialog, "a long error")
    dialog.set_path(raster)
    for language in ("ru", "kk"):
        w.set_language(language)
        _packed(dialog, language)
