"""Undo steps follow the UI language (pytest-qt, offscreen): the stack keeps codes, the Edit
menu, the status bar and the audit views render them when shown; the file keeps English."""

from PySide6.QtCore import Qt

from sezmap.session.step_names import StepName, parse_reason, parse_step
from sezmap.store.gpkg import GpkgStore
from tests.window_steps import step_written


def test_step_names_parse_back_to_their_codes():
    for name in (StepName("edit_plot", id="P 1"), StepName("edit_plots", n=3),
                 StepName("withdraw_idle_plot", id="KEG-1"), StepName("withdraw_idle_plots", n=4),
                 StepName("merge", ids=("a", "b"), id="c"), StepName("split", id="p0")):
        back = parse_step(str(name))
        assert back is not None and (back.code, back.args) == (name.code, name.args)
    assert parse_step("Reshape p0") is None
    assert parse_reason("undo: Merge a, b into c").step.code == "merge"
    assert parse_reason("typed by a user: Split p0") is None


def apply_in_form(qtbot, w, plot_id, field, value, reason):
    w.session.set_selection([w.session.row_of(plot_id)])
    form = w.docks.plot_form
    form.edits[field].clear()
    qtbot.keyClicks(form.edits[field], value)
    qtbot.keyClicks(form.reason, reason)
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    step_written(qtbot, w)
    return form


def test_a_step_made_in_english_is_named_in_russian_after_switching(qtbot, open_window, project_path):
    w = open_window(project_path)
    apply_in_form(qtbot, w, "p0", "project_name", "Warehouse", "new project")
    assert w.edits.undo_action.text() == "Undo Edit p0"
    w.set_language("ru")
    assert w.edits.undo_action.text() == "Отменить: Изменение p0"
    w.edits.undo_action.trigger()
    step_written(qtbot, w)
    assert w.statusBar().currentMessage() == "Отменено: Изменение p0"
    assert w.edits.redo_action.text() == "Повторить: Изменение p0"
    w.set_language("kk")
    assert w.edits.redo_action.text() == "Қайталау: p0 учаскесін өзгерту"
    # the file keeps the undo's reason in English; the history shows it in the UI language
    reasons = [e.reason for e in GpkgStore(project_path).audit(plot_id="p0")]
    assert "undo: Edit p0" in reasons
    w.docks.history_dock.show()
    model = w.docks.history.model
    col = model.columns.index("reason")
    shown = {model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert "болдырмау: p0 учаскесін өзгерту" in shown and "undo: Edit p0" not in shown
