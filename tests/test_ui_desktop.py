"""Desktop conventions (pytest-qt, offscreen): toolbar icons with names in tooltips, the table
following the map, Help's guide and shortcut list, dialogs that follow a language switch."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from sezmap.ui import tool_icons


def opaque_pixels(icon, size=24) -> int:
    image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    alpha = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[:, 3:4 * size:4]
    return int((alpha > 0).sum())


@pytest.mark.parametrize("name", tool_icons.ICONS)
def test_each_toolbar_icon_is_shipped_and_draws(qapp, name):
    assert tool_icons.icon_file(name).is_file()
    icon = tool_icons.tool_icon(name)
    assert not icon.isNull()
    assert opaque_pixels(icon) > 24  # something is drawn, not a blank square


def test_toolbars_show_icons_and_name_the_action_with_its_keys_in_the_tooltip(window):
    buttons = [b for bar in window.findChildren(QToolBar) for b in bar.findChildren(QToolButton)
               if b.defaultAction() is not None and b.isVisible()]
    shown = {b.defaultAction().objectName() for b in buttons}
    assert {"pan", "identify", "zoom_in", "undo", "split_plot", "zoom_zone"} <= shown
    for b in buttons:
        action = b.defaultAction()
        if action.objectName() in tool_icons.ICONS:
            assert not action.icon().isNull() and opaque_pixels(b.icon()) > 24, action.objectName()
            assert b.toolButtonStyle().name == "ToolButtonIconOnly"
    assert window.act["pan"].toolTip() == "Pan (P)"
    assert window.act["split_plot"].toolTip() == "Split a plot (Ctrl+Shift+X)"
    window.set_language("ru")
    assert window.act["pan"].toolTip() == "Сдвиг (P)"
    assert window.edits.undo_action.toolTip().startswith("Отменить")


def test_f1_opens_the_offline_guide_and_the_shortcut_list_read_from_the_actions(qtbot, window):
    from sezmap.ui.help_dialog import SHORTCUTS

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help_dialog
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert "a short guide" in dialog.guide.toPlainText()
    window.act["help_keys"].trigger()
    assert dialog.tabs.currentIndex() == SHORTCUTS
    keys = dialog.keys.toPlainText()
    assert "Pan (on the map)" in keys and "Split a plot" in keys and "Ctrl+Shift+X" in keys
    assert "Copy selected rows as CSV (in the attribute table)" in keys and "as CSV (on the map)" not in keys
    assert "F14" not in keys  # (X11's second binding of Undo: on few keyboards)
    window.act["split_plot"].setShortcut(QKeySequence("Ctrl+Alt+K"))  # the list is the actions' own
    window.act["help_keys"].trigger()
    assert "Ctrl+Alt+K" in dialog.keys.toPlainText() and "Ctrl+Shift+X" not in dialog.keys.toPlainText()


def test_open_dialogs_follow_a_language_switch(qtbot, window):
    from sezmap.ui.about import about_box
    from sezmap.ui.settings_dialog import SettingsDialog

    settings, about = SettingsDialog(window.app_settings, window), about_box(window)
    settings.show()
    about.show()
    assert (settings.windowTitle(), about.windowTitle()) == ("Preferences", "About sezmap")
    window.act["help_guide"].trigger()
    window.edits.act["audit_log"].trigger()
    window.act["export_map"].trigger()
    help_, audit, export = window._help_dialog, window.edits.audit, window._export_dialog
    assert (help_.windowTitle(), audit.windowTitle(), export.windowTitle()) == ("sezmap help", "Audit log", "Export map")
    window.set_language("ru")
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert help_.windowTitle() == "Справка sezmap" and "краткое руководство" in help_.guide.toPlainText()
    assert "Сдвиг" in help_.keys.toPlainText() and "Действие" in help_.keys.toPlainText()
    assert audit.windowTitle() == "Журнал изменений" and audit.export_button.text() == "Экспорт в CSV…"
    assert export.windowTitle() == "Экспорт карты"
    assert export.format_box.itemText(0) != "PNG image (page)" and export.export_button.text() != "Export"
    assert settings.windowTitle() == "Параметры" and settings.captions["language"].text() == "Язык:"
    assert about.windowTitle() == "О программе sezmap" and "Источники данных" in about.text()
    window.set_language("kk")
    QApplication.processEvents()
    assert help_.windowTitle() == "sezmap анықтамасы" and "қысқаша нұсқаулық" in help_.guide.toPlainText()
    assert audit.windowTitle() == "Өзгерістер журналы"


def click_row(qtbot, table, plot_id):
    view = table.view
    row = next(r for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data() == plot_id)
    view.scrollTo(table.proxy.index(row, 0))
    rect = view.visualRect(table.proxy.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_table_row_pans_the_map_to_its_plot_when_asked(qtbot, window):
    window.select_zone("z1")
    table, canvas = window.table, window.canvas
    assert table.wait_for_order()
    before = canvas.settings
    click_row(qtbot, table, "p5")
    assert list(window.session.selection) == [window.session.row_of("p5")]
    assert (canvas.settings.center_x, canvas.settings.center_y) == (before.center_x, before.center_y)  # off: stays
    qtbot.mouseClick(table.pan_box, Qt.MouseButton.LeftButton)
    assert table.pan_box.isChecked()
    click_row(qtbot, table, "p10")
    x0, y0, x1, y1 = window.scene_sync.extent_of([window.session.row_of("p10")])
    s = canvas.settings
    assert s.center_x == pytest.approx((x0 + x1) / 2) and s.center_y == pytest.approx((y0 + y1) / 2)
    assert s.resolution == pytest.approx(before.resolution)  # panned, not zoomed
    window.set_language("kk")
    assert table.pan_box.text() == "Картаны таңдалған жолдарға жылжыту"


def click_text(qtbot, browser, text):
    """Click the last place ``text`` is shown in a text browser (a link, as a user would)."""
    doc = browser.document()
    found = doc.find(text, doc.characterCount(), QTextDocument.FindFlag.FindBackward)
    assert not found.isNull(), text
    found.setPosition(found.selectionStart() + 2)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(found).center())


def test_the_audit_log_folds_long_values_and_shows_long_reasons_whole(qtbot, window):
    import shapely

    from sezmap.model.edits import PlotEdit

    ring = [(70.0 + 0.0005 * k, 45.0 + 0.0003 * (k % 7)) for k in range(40)]
    geom = shapely.Polygon(ring + [(70.02, 45.02), (70.0, 45.02)]).buffer(0)
    window.session.edit("Reshape p0", [PlotEdit("p0", {"geometry": geom}, window.session.actor, "survey")])
    reason = "Contract signed on site.\nSecond line: the tenant asked.\nThird line."
    window.session.edit("Edit p1", [PlotEdit("p1", {"project_name": "Depot"}, window.session.actor, reason)])
    window.edits.act["audit_log"].trigger()
    audit = window.edits.audit
    qtbot.waitUntil(lambda: len(audit.entries) >= 2, timeout=5000)
    rows = {e.field: i for i, e in reversed(list(enumerate(audit.entries)))}
    # a reason of three lines: its row is tall enough for all of them, the detail shows them all
    view = audit.view
    reason_row = rows["project_name"]
    assert view.rowHeight(reason_row) >= 3 * view.fontMetrics().height()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(audit.model.index(reason_row, 0)).center())
    assert all(line in audit.detail.toPlainText() for line in reason.splitlines())
    # the geometry: its start and a link to show it all
    geom_row = rows["geometry"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(audit.model.index(geom_row, 0)).center())
    whole = audit.entries[geom_row].new_value
    text = audit.detail.toPlainText()
    assert len(whole) > 500 and whole not in text and whole[:60] in text and "Show all (" in text
    click_text(qtbot, audit.detail, "Show all (")  # the new value's link (the last)
    assert whole in audit.detail.toPlainText().replace("\n", "") and "Fold" in audit.detail.toPlainText()
