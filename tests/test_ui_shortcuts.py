"""Keyboard shortcuts in the real window (pytest-qt, offscreen): Redo by Ctrl+Shift+Z and Ctrl+Y
on any desktop, Ctrl+Z from an empty text field, single-letter tool keys only on the map; the
window's title."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from sezmap.ui import shortcuts
from tests.window_steps import step_written

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
REDO_KEYS = [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)]


def status_in_file(path, plot_id="p0"):
    return GpkgStore(path).read_plots([plot_id])[plot_id]["status"]


def reserve_p0(w):
    w.session.edit("Edit p0", [PlotEdit("p0", {"status": "reserved", "tenant": "Жаңа ЖШС"}, w.session.actor,
                                        "reserved for a tenant", expect_version=1)])


def focus(qtbot, w, widget):
    w.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


@pytest.fixture
def gnome_window(open_window, project_path, monkeypatch):
    """A window made where the desktop binds Redo to Ctrl+Shift+Z only (GNOME's scheme), as
    Qt's platform theme there does: the case that made Ctrl+Shift+Z ambiguous."""
    real = shortcuts.platform_bindings

    def gnome(standard):
        if standard == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return real(standard)

    monkeypatch.setattr(shortcuts, "platform_bindings", gnome)
    return open_window(project_path)


@pytest.mark.parametrize("scheme", ["this_platform", "gnome"])
@pytest.mark.parametrize("key,modifiers", REDO_KEYS, ids=["ctrl_shift_z", "ctrl_y"])
def test_redo_by_key_redoes_an_undone_edit(qtbot, request, project_path, scheme, key, modifiers):
    w = request.getfixturevalue("window" if scheme == "this_platform" else "gnome_window")
    old = status_in_file(project_path)
    reserve_p0(w)
    focus(qtbot, w, w.canvas)
    QTest.keyClick(w.canvas, Qt.Key.Key_Z, CTRL)
    step_written(qtbot, w)
    assert status_in_file(project_path) == old
    QTest.keyClick(w.canvas, key, modifiers)
    step_written(qtbot, w)
    assert status_in_file(project_path) == "reserved"
    assert w.edits.undo_action.isEnabled() and not w.edits.redo_action.isEnabled()


def test_no_key_sequence_is_held_twice(gnome_window):
    """Two enabled bindings of one sequence in a window make Qt ignore the key as ambiguous."""
    seen: dict[str, str] = {}
    for action in gnome_window.findChildren(type(gnome_window.edits.undo_action)):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for seq in action.shortcuts():
            text = seq.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"} <= set(seen)


def test_ctrl_z_in_an_empty_form_field_undoes_the_last_step(qtbot, window, project_path):
    old = status_in_file(project_path)
    reserve_p0(window)
    window.set_selected_plots([window.session.row_of("p1")])
    field = window.docks.plot_form.edits["tenant"]
    window.docks.plot_form_dock.show()
    window.docks.plot_form_dock.raise_()
    focus(qtbot, window, field)
    assert not field.isUndoAvailable()
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    step_written(qtbot, window)
    assert status_in_file(project_path) == old
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    step_written(qtbot, window)
    assert status_in_file(project_path) == "reserved"


def test_ctrl_z_undoes_typing_first_and_never_the_step_while_typing_is_unapplied(qtbot, window, project_path):
    reserve_p0(window)
    window.set_selected_plots([window.session.row_of("p1")])
    form = window.docks.plot_form
    window.docks.plot_form_dock.show()
    window.docks.plot_form_dock.raise_()
    field, other = form.edits["tenant"], form.edits["project_name"]
    focus(qtbot, window, field)
    QTest.keyClicks(field, "Acme")
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # the field's own typing goes first
    step_written(qtbot, window)
    assert field.text() == "" and status_in_file(project_path) == "reserved"
    other.setText("Warehouse")  # typed elsewhere in the form, not applied
    assert form.has_unapplied()
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    step_written(qtbot, window)
    assert status_in_file(project_path) == "reserved" and other.text() == "Warehouse"


def test_a_tool_letter_types_in_a_field_and_switches_the_tool_on_the_map(qtbot, window):
    window.set_selected_plots([window.session.row_of("p1")])
    window.docks.plot_form_dock.show()
    window.docks.plot_form_dock.raise_()
    field = window.docks.plot_form.edits["tenant"]
    assert window.canvas.tool is window.tools["pan"]
    focus(qtbot, window, field)
    QTest.keyClicks(field, "zim")
    assert field.text() == "zim" and window.canvas.tool is window.tools["pan"]
    table = window.table.view
    window.table_dock.show()
    window.table_dock.raise_()
    focus(qtbot, window, table)
    QTest.keyClick(table, Qt.Key.Key_I)
    assert window.canvas.tool is window.tools["pan"]
    focus(qtbot, window, window.canvas)
    QTest.keyClick(window.canvas, Qt.Key.Key_Z)
    assert window.canvas.tool is window.tools["zoom_box"]
    QTest.keyClick(window.canvas, Qt.Key.Key_I)
    assert window.canvas.tool is window.tools["identify"]


def test_the_title_shows_the_file_name_and_folder(window, project_path):
    path = Path(project_path)
    assert window.windowTitle() == f"{path.name} — {path.parent} — sezmap"


def test_a_database_location_is_titled_by_database_and_host():
    from sezmap.paths import location_title

    assert location_title("postgresql://me:secret@db.example.kz:5432/sez") == "sez — db.example.kz"
    assert location_title(Path.home() / "maps" / "a.gpkg") == "a.gpkg — ~/maps"
