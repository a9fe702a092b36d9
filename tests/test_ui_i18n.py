"""Russian and Kazakh through Qt's translators, switched at run time and remembered."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTabBar


def menu_titles(w):
    return [a.text() for a in w.menuBar().actions()]


def test_switching_to_russian_shows_russian_menus(window, isolated_settings):
    assert menu_titles(window)[0] == "&File"
    window.set_language("ru")
    assert menu_titles(window) == ["&Файл", "&Правка", "&Вид", "&Инструменты", "&Настройки", "&Справка"]
    assert window.act["zoom_in"].text() == "&Приблизить"
    assert window.layers_dock.windowTitle() == "Слои"
    assert window.zone_picker.itemText(0) == "— все зоны —"
    assert window.layers_panel.item_for("plots").text() == "Участки"
    window.select_zone("z1")
    assert window.table.status_box.itemText(1) == "Свободен"
    assert isolated_settings.language == "ru"
    assert QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sezmap", "sezmap").value(
        "ui/language") == "ru"
    window.set_language("en")
    assert menu_titles(window)[0] == "&File"


def test_kazakh_uses_kazakh_letters(window):
    window.set_language("kk")
    titles = " ".join(menu_titles(window))
    assert "Құралдар" in titles and "Баптаулар" in titles
    assert window.dashboard.title() == "Көрсеткіштер"
    # zone names come from the data in the UI language
    assert window.zone_picker.findText("Аймақ z2") >= 0


def test_settings_dialog_saves_the_language(window, isolated_settings):
    from sezmap.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(isolated_settings, window)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("kk"))
    dialog.accept()
    assert isolated_settings.language == "kk"


def test_no_source_text_is_translated_two_ways_across_the_tables(tmp_path):
    import importlib.util
    from pathlib import Path

    import pytest

    i18n_dir = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    spec = importlib.util.spec_from_file_location("fill_translations", i18n_dir / "fill_translations.py")
    ft = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ft)  # merges every table: a clash stops it
    tables = sorted(p.stem for p in (i18n_dir / "tables").glob("*.py"))
    assert len(tables) >= 4 and not any(name.startswith("issue") for name in tables)  # named by part of the app
    assert ft.T["Export failed"] == ("Экспорт не удался", "Экспорттау сәтсіз аяқталды")
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "other.py").write_text('T = {"Export failed": ("Сбой", "Қате")}\n', encoding="utf-8")
    ft.HERE = tmp_path
    with pytest.raises(SystemExit, match="Export failed"):
        ft._more_tables()


def test_every_ui_string_is_translated():
    from pathlib import Path
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    for lang in ("ru", "kk"):
        tree = ET.parse(root / f"sezmap_{lang}.ts")
        messages = list(tree.getroot().iter("message"))
        assert len(messages) > 100
        for m in messages:
            t = m.find("translation")
            assert t.text and t.get("type") is None, m.findtext("source")
        assert (root / f"sezmap_{lang}.qm").stat().st_size > 1000
    kk = (root / "sezmap_kk.ts").read_text(encoding="utf-8")
    assert all(letter in kk for letter in "әғқңөұүі")


def test_kazakh_hub_names_in_the_logistics_panel_and_identify_panel(window, tmp_path):
    import shapely
    import factories as f
    from sezmap.store.gpkg import GpkgStore

    path = tmp_path / "kk.gpkg"
    layers = f.layers([f.zone("z1", shapely.box(70.0, 45.0, 70.1, 45.1))], [f.plot("p1", "z1")],
                      [f.corridor("c1", ((69.0, 44.0), (71.0, 46.0)), name_kk="Солтүстік дәлізі")],
                      [f.hub("h1", (71.0, 46.0), name_ru="Переход", name_kk="Өткел"),
                       f.hub("h2", (70.5, 45.5), name_ru="Порт", name_kk=None, kind="dry_port")])
    GpkgStore.create(path, layers, meta={"title": "kk"})
    window.open_project(str(path), wait=True)
    window.set_language("kk")
    hubs = [window.logistics.hub_box.itemText(i) for i in range(window.logistics.hub_box.count())]
    assert any(text.startswith("Өткел (") for text in hubs)
    assert any(text.startswith("Порт (") for text in hubs)  # no Kazakh name: the Russian one
    assert window.dashboard.hub_name("c1") == "Солтүстік дәлізі"
    x, y = window.scene.layer("hubs").arrays.centres[0]
    window.identify_at(x, y, 1000.0)
    assert window.identify_panel.tree.topLevelItem(0).text(1) == "Өткел"
    assert window.statusBar().currentMessage().endswith(": Өткел")  # the status bar by its name too, not "h1"
    window.set_language("ru")
    assert window.identify_panel.tree.topLevelItem(0).text(1) == "Переход"


def test_table_headers_are_human_and_translated(window):
    from PySide6.QtCore import Qt
    from sezmap.model import schema

    window.select_zone("z1")
    model = window.table.model

    def headers():
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    raw = list(model.columns)
    assert "investment_committed_kzt" in raw
    english = headers()
    assert english[0] == "Plot" and "Investment committed, ₸" in english
    assert not set(english) & set(raw)  # no raw field name is shown
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "plot_id"
    window.set_language("ru")
    assert "Инвестиции (обязательства), ₸" in headers() and headers()[0] == "Участок"
    window.set_language("kk")
    assert "Жалгер" in headers() and headers()[0] == "Учаске"
    from sezmap.render import names

    for spec in schema.FEATURE_LAYERS.values():
        for field in spec.field_names:
            assert names.field_label(field) != field, field


def test_numbers_follow_the_ui_language(window):
    from sezmap.render import numbers
    from sezmap.ui.attribute_table import cell_text

    assert cell_text("investment_committed_kzt", 11087000000.0) == "11,087,000,000"
    assert numbers.hectares(4592.04) == "4,592.0 ha"
    window.set_language("ru")
    assert cell_text("investment_committed_kzt", 11087000000.0) == "11\u00a0087\u00a0000\u00a0000"
    assert numbers.hectares(4592.04) == "4\u00a0592,0 га"
    assert numbers.ratio(0.276) == "27,6\u00a0%"
    window.set_language("kk")
    assert numbers.kilometres(1234.56) == "1\u00a0234,6 км"


def test_english_has_plurals_too(window):
    """No "1 plot(s)": English shows "1 plot" and "2 plots", Russian its three forms."""
    window.set_language("en")
    assert window.edits.reloaded_text(1).endswith(": 1 plot reloaded.")
    assert window.edits.reloaded_text(2).endswith(": 2 plots reloaded.")
    assert window.files.imported_text(1, "Plots") == "Imported 1 feature into Plots"
    assert window.files.imported_text(1200, "Plots") == "Imported 1,200 features into Plots"
    window.set_language("ru")
    try:
        assert window.edits.reloaded_text(1).endswith("перезагружен 1 участок.")
        assert window.edits.reloaded_text(3).endswith("перезагружено 3 участка.")
        assert window.edits.reloaded_text(5).endswith("перезагружено 5 участков.")
    finally:
        window.set_language("en")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_dock_tabs_show_their_whole_titles_at_the_default_size(open_window, project_path, language):
    """No "Сводка п…" or "Ло…": at 1400×900 every tab of the tabbed docks shows its whole title."""
    w = open_window(project_path, size=(1400, 900))
    w.set_language(language)
    QApplication.processEvents()
    bars = [b for b in w.findChildren(QTabBar) if b.isVisible() and b.count() and b.tabText(0)]
    assert len(bars) == 2  # the right-hand panels and the bottom lists
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone  # a group the user makes is not cut either
        for i in range(bar.count()):
            rect, text = bar.tabRect(i), bar.tabText(i)
            assert rect.width() >= bar.fontMetrics().horizontalAdvance(text), text
            assert rect.right() <= bar.width(), f"{text}: beyond the bar's end"


def test_the_zone_picker_shows_the_longest_zone_name_whole_in_every_language(open_window, qtbot):
    from PySide6.QtGui import QFontMetrics

    from sezmap import paths

    if not paths.default_project().exists():
        pytest.skip("no bundled project")
    window = open_window(str(paths.default_project()), size=(1400, 900))
    for language in ("en", "ru", "kk"):
        window.set_language(language)
        qtbot.wait(20)
        picker = window.zone_picker
        metrics = QFontMetrics(picker.font())
        longest = max((picker.itemText(i) for i in range(picker.count())), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(longest) < picker.width() - 16, (language, longest, picker.width())
    window.set_language("en")
