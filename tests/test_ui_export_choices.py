"""The export dialog's choices as a planner makes them: the language and the "as of" date of
the figures (said on the page), a route shown on the map in the page's legend, the format box
and the file's extension agreeing, and a deck of every zone whatever zone is current."""

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt

from factories import make_project


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(make_project(tmp_path / "test.gpkg"), analyse=True)


def open_dialog(window, qtbot):
    window.act["export_map"].trigger()
    dialog = window._export_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def export(dialog, qtbot, path):
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.export_button.click()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\ufb00", "ff")  # (the "ff" ligature)


def test_language_defaults_to_the_ui_and_a_russian_pdf_says_its_date(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    assert dialog.language() == "en"  # the UI's language
    assert dialog.as_of() == window.engine.as_of
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("z1"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    dialog.paper_radio.setChecked(True)
    dialog.dpi_box.setValue(100)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.as_of_edit.setDate(QDate(2025, 3, 1))
    assert dialog.options()["as_of"] == dt.date(2025, 3, 1) and "engine" not in dialog.options()
    out = tmp_path / "ru.pdf"
    export(dialog, qtbot, out)
    text = " ".join(pdf_text(out).split())
    assert "Тестовая зона" in text
    assert "Статус участков на 1 марта 2025" in text  # the page says its date, in Russian
    qtbot.wait(50)  # (the language change events of the export's translator delivered)
    assert window.act["export_map"].text() == "&Export map…"  # the window stayed English


def test_a_route_shown_on_the_map_is_in_the_page_legend(window, qtbot, tmp_path):
    panel = window.logistics
    panel.zone_box.setCurrentIndex(panel.zone_box.findData("z1"))
    panel.hub_box.setCurrentIndex(panel.hub_box.findData("h2"))
    panel.show_button.click()
    km = window.engine.metrics["z1"].network_km["h2"]
    dialog = open_dialog(window, qtbot)
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("__view__"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    dialog.paper_radio.setChecked(True)
    dialog.dpi_box.setValue(100)
    out = tmp_path / "route.pdf"
    export(dialog, qtbot, out)
    text = " ".join(pdf_text(out).split())
    assert "Route" in text
    assert f"Test Zone → {window.dashboard.hub_name('h2')}, {km:,.0f} km" in text
    assert "Off the corridor network (straight line)" in text


def test_the_format_box_and_the_extension_always_agree(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".png"))
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "atlas.pdf"))  # typed with another format's extension
    assert dialog.suffix() == ".pdf"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".svg"))  # a format chosen
    assert dialog.path_edit.text() == str(tmp_path / "atlas.svg")
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "deck.pptx"))
    assert dialog.suffix() == ".pptx"
    dialog.path_edit.setText(str(tmp_path / "notes.txt"))  # no format's extension: the format's is added
    dialog.update_preview()
    dialog._sync_fields()
    assert dialog.path_edit.text() == str(tmp_path / "notes.txt.pptx")
    # a name with a dot of its own keeps it, when another field changes and when typing ends
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "Khorgos report v1.5"))
    dialog.title_edit.setText("A title")  # another field changed
    assert dialog.path_edit.text() == str(tmp_path / "Khorgos report v1.5.pptx")
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "map.jpg"))
    dialog.path_edit.editingFinished.emit()  # (focus leaves the field, or Enter)
    assert dialog.path_edit.text() == str(tmp_path / "map.jpg.pptx") and dialog.suffix() == ".pptx"
    dialog.reject()


def test_a_deck_is_of_every_zone_whatever_zone_is_current(window, qtbot, tmp_path):
    from pptx import Presentation

    window.select_zone("z1")
    dialog = open_dialog(window, qtbot)
    assert dialog.zone() == "z1"  # a page of the current zone, as before
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pptx"))
    assert dialog.zone_box.currentData() == "__all__" and dialog.zone() is None
    out = tmp_path / "all.pptx"
    export(dialog, qtbot, out)
    titles = [shape.text_frame.text for slide in Presentation(str(out)).slides for shape in slide.shapes
              if shape.has_text_frame]
    assert "Test Zone" in titles and "Other Zone" in titles
    assert window.current_zone == "z1"
    # opened again, the deck's format restored from the settings: of every zone still
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = open_dialog(window, qtbot)
    assert again.suffix() == ".pptx" and again.zone_box.currentData() == "__all__"
    again.reject()


def test_an_export_in_another_language_installs_no_translator_on_the_app(window, qtbot, tmp_path, monkeypatch):
    """QLocale.setDefault and the application's translators were changed on the export's task
    thread while the UI read them: a Russian export from an English window crashed the app
    (a segfault in CI). An export now changes neither, on any thread: its page has its own
    translator (sezmap.render.page_language)."""
    import threading

    from PySide6.QtCore import QCoreApplication, QLocale

    app = QCoreApplication.instance()
    calls = []
    for name in ("installTranslator", "removeTranslator"):
        real = getattr(app, name)

        def spy(translator, real=real, name=name):
            calls.append((name, threading.current_thread().name))
            return real(translator)

        monkeypatch.setattr(app, name, spy)
    real_default = QLocale.setDefault

    def default_spy(locale):
        calls.append(("QLocale.setDefault", threading.current_thread().name))
        real_default(locale)

    monkeypatch.setattr(QLocale, "setDefault", default_spy)
    dialog = open_dialog(window, qtbot)
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("z1"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    dialog.paper_radio.setChecked(True)
    dialog.dpi_box.setValue(100)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    out = tmp_path / "ru.pdf"
    export(dialog, qtbot, out)
    assert "Тестовая зона" in " ".join(pdf_text(out).split())
    assert calls == []  # nothing of the app's language touched, on any thread
    qtbot.wait(50)
    assert window.act["export_map"].text() == "&Export map…"  # the window is English again
