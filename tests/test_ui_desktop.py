"""Desktop conventions (pytest-qt, offscreen): toolbar icons with names in tooltips, the table
following the map, Help's guide and shortcut list, dialogs that follow a language switch."""

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolBar, QToolButton

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
