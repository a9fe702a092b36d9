"""Toolbar icons (resources/icons/tools/<key>.svg) and tooltips that say the action's name and keys.

As in QGIS, the toolbars show icons only; the name (and shortcut) is in the tooltip. An action
without an icon file keeps its text on the toolbar.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QIcon

from sezmap.paths import resources_dir
from sezmap.ui import shortcuts

# the actions (by their object name) that have a toolbar icon of that name
ICONS = ("open", "pan", "zoom_box", "identify", "measure", "measure_area", "zoom_in", "zoom_out", "full",
         "prev", "next", "zoom_zone", "draw_plot", "edit_vertices", "split_plot", "merge_plots", "undo", "redo")


def icon_file(name: str):
    return resources_dir() / "icons" / "tools" / f"{name}.svg"


def tool_icon(name: str) -> QIcon:
    """The icon of a toolbar action (a null QIcon if there is none)."""
    path = icon_file(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def set_icons(actions: Iterable[QAction]) -> None:
    """Give each action whose object name is in :data:`ICONS` its icon."""
    for action in actions:
        if action.objectName() in ICONS:
            action.setIcon(tool_icon(action.objectName()))


def tooltip(action: QAction) -> str:
    """The action's text without mnemonics or the trailing ellipsis, then its first shortcut
    in brackets as this desktop writes it: "Pan (P)", "Undo Edit p0 (Ctrl+Z)"."""
    rows = shortcuts.shortcut_rows([action])
    name = rows[0].name if rows else shortcuts.plain_text(action)
    return f"{name} ({rows[0].keys[0]})" if rows else name
