"""File → Export map…: the dialog's live preview, an export on the task thread, and Cancel."""

import threading

import pytest
import shapely
from PySide6.QtGui import QImage

import factories as f
from sezmap.model.statuses import STATUSES
from sezmap.store.gpkg import GpkgStore


def make_project(path):
    x0, y0, n = 70.0, 45.0, 4
    plots = [f.plot(f"p{i * n + j}", "z1", shapely.box(x0 + i * 0.025, y0 + j * 0.025, x0 + i * 0.025 + 0.02,
                                                        y0 + j * 0.025 + 0.02), status=STATUSES[(i * n + j) % 7])
             for i in range(n) for j in range(n)]
    zones = [f.zone("z1", shapely.box(70.0, 45.0, 70.1, 45.1), name_en="Test Zone", name_ru="Тестовая зона")]
    layers = f.layers(zones, plots, [f.corridor("c1", ((69.0, 44.0), (71.0, 46.0)))], [f.hub("h1", (71.0, 46.0))])
    GpkgStore.create(path, layers, meta={"title": "Test project"})
    return str(path)


@pytest.fixture
def window(open_window, tmp_path):
    return open_window(make_project(tmp_path / "test.gpkg"), analyse=True)


def open_dialog(window, qtbot):
    act = window.act["export_map"]
    assert act.shortcut().toString() == "Ctrl+E"
    assert act in window.actions_.menu_file.actions()
    act.trigger()
    dialog = window._export_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def zone_png(dialog, width: int, height: int) -> None:
    """The fields set for a PNG of zone z1, ``width`` by ``height`` pixels."""
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("z1"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".png"))
    dialog.pixels_radio.setChecked(True)
    dialog.width_box.setValue(width)
    dialog.height_box.setValue(height)


def test_the_preview_is_the_page_and_follows_the_fields(window, qtbot):
    dialog = open_dialog(window, qtbot)
    zone_png(dialog, 1920, 1080)
    dialog.update_preview()
    wide = dialog.preview.pixmap()
    assert not wide.isNull() and wide.width() / wide.height() == pytest.approx(1920 / 1080, rel=0.02)
    dialog.paper_radio.setChecked(True)
    dialog.paper_box.setCurrentText("A4")
    dialog.landscape_box.setChecked(False)
    dialog.update_preview()
    tall = dialog.preview.pixmap()
    assert tall.height() / tall.width() == pytest.approx(297 / 210, rel=0.02)
    assert "A4" in dialog.preview_note.text()
    assert dialog.path_edit.text().endswith(".png")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    assert dialog.path_edit.text().endswith(".pdf")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".html"))
    dialog.update_preview()
    assert dialog.preview.pixmap().isNull() and not dialog.dpi_box.isEnabled()
    dialog.reject()


def test_export_runs_on_the_task_thread_and_writes_the_file(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    zone_png(dialog, 1280, 720)
    target = tmp_path / "out" / "zone.png"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):  # (then the dialog deletes itself)
        dialog.export_button.click()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 720)
    assert str(target) in window.statusBar().currentMessage()
    assert [p.name for p in target.parent.iterdir()] == ["zone.png"]


def test_cancel_leaves_nothing_at_the_path(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    target = tmp_path / "out" / "zone.pdf"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    gate = threading.Event()
    blocker = window.tasks.start(lambda: gate.wait(10), lambda _result: None)  # holds the task thread
    dialog.export_button.click()
    task = dialog.task
    assert task is not None and dialog.progress.isVisible()
    dialog.cancel_or_close()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    gate.set()
    assert blocker.wait(10) and task.wait(20)
    qtbot.wait(50)
    assert list(target.parent.iterdir()) == []
    # the status bar's bar and Cancel button go with the task the dialog cancelled
    qtbot.waitUntil(lambda: window.tasks.current is None and not window.tasks.progress.isVisible(), timeout=5000)
    assert not window.tasks.cancel_button.isVisible()
    dialog.reject()


def test_the_dialog_refuses_the_project_before_asking_anything(window, qtbot, tmp_path, monkeypatch):
    import hashlib
    import os
    from pathlib import Path

    from sezmap.ui import export_dialog

    project = Path(window.project.location)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    os.link(project, tmp_path / "same.png")  # the project under another name
    said = []
    monkeypatch.setattr(export_dialog.QMessageBox, "warning", lambda *a: said.append(a[-1]))
    monkeypatch.setattr(export_dialog.QMessageBox, "question", lambda *a: pytest.fail("asked to replace"))
    dialog = open_dialog(window, qtbot)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".png"))
    dialog.path_edit.setText(str(tmp_path / "same.png"))
    dialog.export_button.click()
    assert len(said) == 1 and "same file as" in said[0] and dialog.task is None
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_the_trend_option_goes_to_pages_and_decks_and_the_preview_keeps_its_room(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("z1"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    assert dialog.trend_box.isEnabled() and "trend" not in dialog.options()
    dialog.trend_box.setCurrentIndex(dialog.trend_box.findData("quarterly"))
    assert dialog.options()["trend"] == "quarterly"
    dialog.update_preview()
    assert not dialog.preview.pixmap().isNull()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pptx"))
    assert dialog.trend_box.isEnabled() and dialog.options()["trend"] == "quarterly"
    for fmt in (".tif", ".html"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        assert not dialog.trend_box.isEnabled() and "trend" not in dialog.options()
    dialog.reject()
