"""Editing in the main window (pytest-qt, offscreen): the Edit menu's Undo/Redo across a restart,
another program's change picked up, the map and dashboard in step with the file after each."""

import pytest
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from tests.window_steps import step_written


def assert_dashboard_matches_file(window, zone_id="z1", qtbot=None):
    if qtbot is not None:  # plots were added or taken out: the fresh analysis runs on the task thread
        qtbot.waitUntil(lambda: window.engine is not None, timeout=10000)
    assert window.dashboard.engine is window.engine
    fresh = AnalysisEngine(GpkgStore(window.project_path).load(), window.engine.as_of, logistics=False)
    shown = window.dashboard.engine.metrics[zone_id]
    for key in ("allocated_ratio", "infrastructure_ratio", "unused_ratio", "idle_plots", "plots"):
        assert getattr(shown, key) == pytest.approx(getattr(fresh.metrics[zone_id], key), abs=1e-9), key


def plot_status_on_map(window, plot_id):
    row = window.session.row_of(plot_id)
    layer = window.scene.layer("plots")
    from sezmap.model.statuses import STATUSES

    return STATUSES[layer.status_code[row]]


def test_undo_redo_from_the_edit_menu_and_after_a_restart(qtbot, open_window, project_path):
    w = open_window(project_path, analyse=True)
    w.select_zone("z1")
    old = w.project.plots.set_index("plot_id").loc["p0", "status"]
    w.session.edit("Edit p0", [PlotEdit("p0", {"status": "reserved", "tenant": "Жаңа ЖШС"}, w.session.actor,
                                        "reserved for a tenant", expect_version=1)])
    assert w.edits.undo_action.isEnabled() and w.edits.undo_action.text() == "Undo Edit p0"
    assert plot_status_on_map(w, "p0") == "reserved"
    assert_dashboard_matches_file(w)
    w.close()
    # a new window on the same file (the app restarted): the step can still be undone
    w2 = open_window(project_path, analyse=True)
    assert w2.edits.undo_action.text() == "Undo Edit p0"
    w2.edits.undo_action.trigger()
    step_written(qtbot, w2)
    assert GpkgStore(project_path).read_plots(["p0"])["p0"]["status"] == old
    assert plot_status_on_map(w2, "p0") == old
    assert_dashboard_matches_file(w2)
    assert w2.edits.redo_action.text() == "Redo Edit p0"
    w2.edits.redo_action.trigger()
    step_written(qtbot, w2)
    assert GpkgStore(project_path).read_plots(["p0"])["p0"]["status"] == "reserved"
    assert_dashboard_matches_file(w2)
    w2.close()


def test_a_change_by_another_program_is_picked_up(qtbot, open_window, project_path):
    w = open_window(project_path, analyse=True)
    w.select_zone("z1")
    GpkgStore(project_path).apply_edit(PlotEdit("p0", {"status": "reserved", "tenant": "Phone LLP"}, "cli user",
                                                "by phone"))
    qtbot.waitUntil(lambda: plot_status_on_map(w, "p0") == "reserved", timeout=5000)
    assert "cli user" in w.statusBar().currentMessage()
    assert w.project.plots.set_index("plot_id").loc["p0", "version"] == 2
    assert_dashboard_matches_file(w)
    w.close()


def test_a_geometry_edit_moves_the_plot_on_the_map(qtbot, open_window, project_path):
    w = open_window(project_path, analyse=True)
    row = w.session.row_of("p0")
    before = w.scene.layer("plots").arrays.bounds[row].copy()
    geom = shapely.box(70.0, 45.0, 70.024, 45.024)  # p0 grows (it was 0.0225 deg)
    w.session.edit("Reshape p0", [PlotEdit("p0", {"geometry": geom}, w.session.actor, "survey")])
    after = w.scene.layer("plots").arrays.bounds[row]
    assert after[2] > before[2] and after[3] > before[3]
    assert_dashboard_matches_file(w)
    w.edits.undo()
    step_written(qtbot, w)
    assert w.scene.layer("plots").arrays.bounds[row] == pytest.approx(before)
    w.close()


def assert_map_matches_project(window):
    """The scene's plot arrays, patched after edits, equal a plots layer built afresh."""
    from sezmap.render.scene import plots_layer

    shown = window.scene.layer("plots")
    fresh = plots_layer(window.project, window.scene.display_crs)
    assert len(shown.arrays) == len(fresh.arrays) == len(window.project.plots)
    assert (shown.status_code == fresh.status_code).all()
    assert shown.arrays.bounds == pytest.approx(fresh.arrays.bounds, nan_ok=True)


def test_split_and_merge_patch_the_map_and_the_dashboard(qtbot, open_window, project_path):
    from sezmap.session.geometry_edits import merge_changes, split_changes

    w = open_window(project_path, analyse=True)
    w.select_zone("z1")
    n = len(w.project.plots)
    w.set_selected_plots([w.session.row_of("p5")])
    line = [(70.03, 45.02), (70.03, 45.05)]  # across p5 (x 70.025..70.0475, y 45.025..45.0475)
    engine = w.engine
    w.session.edit("Split p5", split_changes(w.session, "p5", line, reason="resurvey"))
    assert w.engine is engine  # changed in place: the dashboard's figures follow at once
    assert len(w.project.plots) == n + 1
    assert_map_matches_project(w)
    assert_dashboard_matches_file(w, qtbot=qtbot)
    new_id = w.project.plots["plot_id"].iloc[-1]
    w.session.edit("Merge", merge_changes(w.session, ["p5", new_id], reason="resurvey undone"))
    assert len(w.project.plots) == n
    assert_map_matches_project(w)
    assert_dashboard_matches_file(w, qtbot=qtbot)
    for _step in ("the merge", "the split"):
        w.edits.undo()
        step_written(qtbot, w)
    assert len(w.project.plots) == n
    assert_map_matches_project(w)
    assert_dashboard_matches_file(w, qtbot=qtbot)
    w.close()


def test_plots_are_edited_from_the_attribute_tables_menu(qtbot, open_window, project_path):
    w = open_window(project_path, analyse=True)
    w.select_zone("z1")
    names = [a.objectName() for a in w.table.view.actions()]
    assert {"edit_plots", "history", "idle_review", "merge_plots"} <= set(names)
    w.table.select_rows([w.session.row_of("p0")])
    w.set_selected_plots([w.session.row_of("p0")], from_table=True)
    next(a for a in w.table.view.actions() if a.objectName() == "edit_plots").trigger()
    assert w.docks.plot_form_dock.isVisible()
    assert "Plot p0, version 1" in w.docks.plot_form.heading.text()
    w.close()


def answer_step_conflict(qtbot, button_text):
    """Click ``button_text`` in the "changed by others" dialog when it shows; returns what it said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen, tries = [], [200]  # looks for 10 s at most

    def look():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "step_conflict":
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, look)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(50, look)
    return seen


def test_ctrl_z_never_overwrites_a_colleagues_later_change(qtbot, open_window, project_path):
    """The reported case: jobs planned 554 -> 600 in the app, a colleague sets 700
    with ``sezmap plot set``, the app reloads it; Ctrl+Z is refused, naming the colleague and
    the field, and leaves 700. Asked again, "Undo the rest" puts back only the tenant."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt

    from sezmap.render import names

    GpkgStore(project_path).apply_edit(PlotEdit("p0", {"jobs_planned": 554}, "earlier", "plan"))
    w = open_window(project_path, analyse=True)
    w.select_zone("z1")
    w.session.edit("Jobs planned 600", [PlotEdit("p0", {"jobs_planned": 600, "tenant": "Alpha LLP"},
                                                 w.session.actor, "new plan")])
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "sezmap", "plot", "set", "p0", "--jobs-planned", "700",
                           "--actor", "colleague", "--reason", "by phone", "--project", project_path],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root)}, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr

    def shown_jobs():
        return w.project.plots.set_index("plot_id").loc["p0", "jobs_planned"]

    qtbot.waitUntil(lambda: shown_jobs() == 700, timeout=5000)  # the app reloaded it
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=5000)
    seen = answer_step_conflict(qtbot, "Cancel")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "colleague" in seen[0] and names.field_label("jobs_planned") in seen[0]
    row = GpkgStore(project_path).read_plots(["p0"])["p0"]
    assert (row["jobs_planned"], row["tenant"]) == (700, "Alpha LLP")
    assert shown_jobs() == 700 and w.edits.undo_action.text() == "Undo Jobs planned 600"
    assert "Nothing was changed" in w.statusBar().currentMessage()
    w.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=5000)
    seen = answer_step_conflict(qtbot, "Undo the rest")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    row = GpkgStore(project_path).read_plots(["p0"])["p0"]
    assert (row["jobs_planned"], row["tenant"]) == (700, None)
    assert shown_jobs() == 700 and w.edits.redo_action.text() == "Redo Jobs planned 600"
    w.close()


def test_a_restored_backup_drops_the_kept_undo_steps_and_the_status_bar_says_why(
        qtbot, open_window, isolated_settings, project_path, tmp_path):
    import shutil

    backup = tmp_path / "backup.gpkg"
    shutil.copyfile(project_path, backup)
    w = open_window(project_path, analyse=True)
    w.session.edit("Edit p0", [PlotEdit("p0", {"tenant": "Жаңа ЖШС"}, w.session.actor, "r")])
    w.close()
    shutil.copyfile(backup, project_path)  # the backup restored while the app was closed
    w2 = open_window(project_path, analyse=True)
    assert not w2.edits.undo_action.isEnabled()
    assert "Undo history dropped" in w2.statusBar().currentMessage()
    assert "restored backup" in w2.statusBar().currentMessage()
    w2.close()
