"""Language switches (en -> ru -> kk -> en) with the window in every state a planner leaves it in.

Run as a script (``python tests/language_scenario.py PROJECT [STATE ...]``) by
``test_ui_language_states.py`` in a subprocess, so that a crash in Qt (a view painting through an
index its model no longer has) fails the test instead of killing pytest; ``MALLOC_PERTURB_`` makes
such a use of freed memory crash every time. Also imported by the in-process tests.

States (each adds to the previous ones): ``zone`` (a zone picked), ``plot`` (Identify, a plot
clicked), ``table`` (the table sorted by status, filtered by status and text, rows selected),
``panels`` (history, idle review and audit log with a row selected each, a layer current),
``route`` (a route drawn), ``measure`` (a measurement running).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

STATES = ("zone", "plot", "table", "panels", "route", "measure")
LANGUAGES = ("en", "ru", "kk", "en")


def pump(app, times: int = 5) -> None:
    for _ in range(times):
        app.processEvents()


def paint_everything(window) -> None:
    """Paint the window and every dialog it opened: headers ask their selection models then."""
    from PySide6.QtWidgets import QDialog

    window.grab()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.grab()


def enter_state(window, app, state: str) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    if state == "zone":
        index = window.zone_picker.findData("khorgos_eastern_gate")
        index = index if index > 0 else 1
        zone = window.zone_picker.itemData(index)
        window.zone_picker.setCurrentIndex(index)
        window._zone_picked(index)
        assert window.current_zone == zone
    elif state == "plot":
        window.set_tool("identify")
        layer = window.scene.layer("plots")
        row = int(window.table.model.rows[len(window.table.model.rows) // 2])
        x, y = layer.arrays.centres[row]
        window.canvas.zoom_to_bounds(tuple(layer.arrays.bounds[row]), margin=2.0)
        pump(app)
        pos = window.canvas.to_pixel(x, y).toPoint()
        QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        assert window.selected_plots, "the click selected no plot"
    elif state == "table":
        table = window.table
        table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        status = window.project.plots["status"].iloc[int(table.model.rows[0])]
        table.status_box.setCurrentIndex(table.status_box.findData(status))
        table.search.setText("-")
        table.wait_for_order()
        table.view.selectRow(0)
        pump(app)
    elif state == "panels":
        window.docks.history_dock.show()
        window.docks.history_dock.raise_()
        pump(app)
        if window.docks.history.model.rowCount():
            window.docks.history.view.selectRow(0)
        window.docks.idle_dock.show()
        window.docks.idle_dock.raise_()
        pump(app)
        if window.docks.idle_review.model.rowCount():
            window.docks.idle_review.view.selectRow(0)
        window.edits.audit_dialog()
        pump(app)
        if window.edits.audit.model.rowCount():
            window.edits.audit.view.selectRow(0)
        window.layers_panel.list.setCurrentRow(1)
    elif state == "route":
        logistics = window.logistics
        hub = logistics.hub_box.itemData(0)
        window.show_route(window.current_zone, hub)
        assert window.scene.layer("route") is not None
    elif state == "measure":
        window.set_tool("measure")
        for point in (QPoint(100, 100), QPoint(300, 150)):
            QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.mouseMove(window.canvas, QPoint(350, 220))
    pump(app)


def switch_languages(window, app, languages=LANGUAGES) -> None:
    for language in languages:
        window.set_language(language)
        pump(app)
        paint_everything(window)
        pump(app)


def open_window(project: str):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from sezmap.ui import i18n
    from sezmap.ui.app import make_app
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.main_window import MainWindow

    app = make_app()
    i18n.set_language("en")
    window = MainWindow(AppSettings())
    window.resize(1300, 850)
    window.show()
    window.open_project(project, wait=True)
    window.start_analysis(wait=True)
    pump(app)
    return app, window


def main(argv) -> int:
    project, states = argv[0], argv[1:] or list(STATES)
    app, window = open_window(project)
    for state in states:
        enter_state(window, app, state)
        switch_languages(window, app)
        print(f"{state}: ok", flush=True)
    window.close()
    window.canvas.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
