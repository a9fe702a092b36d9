"""Russian and Kazakh through Qt's translators, switched at run time and remembered."""

import pytest
from PySide6.QtCore import QSettings

from test_ui import isolated_settings, make_project, project_path, window  # noqa: F401 (fixtures)


def menu_titles(w):
    return [a.text() for a in w.menuBar().actions()]


def test_switching_to_russian_shows_russian_menus(window, isolated_settings):
    assert menu_titles(window)[0] == "&File"
    window.set_language("ru")
    assert menu_titles(window) == ["&Файл", "&Вид", "&Инструменты", "&Настройки", "&Справка"]
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
    assert window.dashboard.title() == "Аймақ көрсеткіштері"
    # zone names come from the data in the UI language
    assert window.zone_picker.findText("Аймақ z2") >= 0


def test_settings_dialog_saves_the_language(window, isolated_settings):
    from sezmap.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(isolated_settings, window)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("kk"))
    dialog.accept()
    assert isolated_settings.language == "kk"


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
