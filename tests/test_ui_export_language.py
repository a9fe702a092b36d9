"""A page exported in another language than the window's leaves the window alone: no
LanguageChange reaches it, its menus stay in its language and the UI thread's QLocale is the
window's, before, during and after the export; the page itself is in the export's language."""

import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer

from factories import make_project


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(make_project(tmp_path / "test.gpkg"), analyse=True)


class LanguageChanges(QObject):
    """Counts the LanguageChange events sent to the watched objects."""

    def __init__(self, *watched):
        super().__init__()
        self.count = 0
        for obj in watched:
            obj.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


class UiWatch:
    """Samples the window's menu text and the UI thread's QLocale every few ms (on the UI thread)."""

    def __init__(self, window):
        self.window = window
        self.seen: set[tuple[str, QLocale.Language]] = set()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.sample)
        self.timer.start()

    def sample(self):
        self.seen.add((self.window.act["export_map"].text(), QLocale().language()))


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_a_russian_pdf_from_the_dialog_leaves_the_english_window_english(window, qtbot, tmp_path):
    window.act["export_map"].trigger()
    dialog = window._export_dialog
    qtbot.waitUntil(dialog.isVisible)
    changes = LanguageChanges(window, window.menuBar(), dialog)
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("z1"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    dialog.paper_radio.setChecked(True)
    dialog.dpi_box.setValue(100)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.update_preview()  # the preview in Russian: the window is not retranslated for it
    qtbot.wait(20)
    assert changes.count == 0
    watch = UiWatch(window)
    out = tmp_path / "ru.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.export_button.click()
        watch.sample()
    qtbot.wait(50)  # (anything posted by the export delivered)
    watch.timer.stop()
    watch.sample()
    assert watch.seen == {("&Export map…", QLocale.Language.English)}  # during and after
    assert changes.count == 0
    assert window.menuBar().actions()[0].text() == "&File"
    text = pdf_text(out)
    assert "Тестовая зона" in text and "Легенда" in text and "Test Zone" not in text


def test_export_map_in_russian_beside_the_window_changes_nothing_of_it(window, qtbot, tmp_path):
    """export_map on a task thread (as the dialog runs it) with the window's scene: a Russian
    PNG and an SVG whose texts are Russian, the window untouched."""
    from sezmap.export import export_map

    changes = LanguageChanges(window, window.menuBar())
    watch = UiWatch(window)
    project, scene = window.project, window.scene.snapshot()
    svg = tmp_path / "ru.svg"

    def work():
        return export_map(project, svg, zone="z1", language="ru", scene=scene, width=1000, height=700)

    failures = []
    task = window.tasks.start(work, lambda _path: None, failures.append)
    qtbot.waitUntil(task.done.is_set, timeout=60000)
    qtbot.wait(50)
    watch.timer.stop()
    watch.sample()
    assert watch.seen == {("&Export map…", QLocale.Language.English)}
    assert changes.count == 0
    page = svg.read_text(encoding="utf-8")
    assert "Легенда" in page and "Legend" not in page
    assert failures == []
    assert QCoreApplication.translate("layout", "Legend") == "Legend"  # the UI thread: the window's language
