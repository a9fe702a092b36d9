"""The app says so when a project's audit record was tampered with: on open, in the
UI language, naming the file and what was found; a sound project opens without a word."""

import sqlite3

import pytest

from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from factories import make_project


class Boxes:
    """QMessageBox.warning, recorded instead of shown."""

    def __init__(self, monkeypatch, module):
        self.shown = []
        monkeypatch.setattr(module.QMessageBox, "warning", lambda _parent, title, text, *_a, **_k:
                            self.shown.append((title, text)))


def tampered_copy(tmp_path) -> str:
    path = make_project(tmp_path / "tampered.gpkg")
    GpkgStore(path).apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO audit_log (at, actor, plot_id, field, old_value, new_value, reason) VALUES "
                 "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'ana', 'p1', 'tenant', 'Alpha', 'Alpha', 'forged')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("language, title", [("en", "Audit record changed outside sezmap"),
                                             ("ru", "Журнал изменений изменён вне sezmap"),
                                             ("kk", "Өзгерістер журналы sezmap-тен тыс өзгертілген")])
def test_tampering_is_said_on_open(window, tmp_path, qtbot, monkeypatch, language, title):
    from sezmap.ui import window_files

    boxes = Boxes(monkeypatch, window_files)
    path = tampered_copy(tmp_path)
    window.set_language(language)
    window.open_project(path, wait=True)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20000)
    [(shown_title, text)] = boxes.shown
    assert shown_title == title
    assert path in text and "audit_log 2: not sealed by sezmap, yet it names 'ana'" in text


def test_a_sound_project_opens_without_a_word(window, tmp_path, qtbot, monkeypatch):
    from sezmap.ui import window_files

    boxes = Boxes(monkeypatch, window_files)
    path = make_project(tmp_path / "sound.gpkg")
    GpkgStore(path).apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))
    window.open_project(path, wait=True)
    window.files.check_record(path, wait=True)  # the same check, awaited
    qtbot.wait(200)
    assert boxes.shown == []
