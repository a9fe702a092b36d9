"""Help → User guide and Keyboard shortcuts: one non-modal dialog with two tabs, offline.

The guide is Markdown shipped in resources/help/guide.<language>.md (English when there is none
in the UI language). The shortcut list is read from the window's actions when shown
(``shortcuts.shortcut_rows``), so it always says the keys the window really has.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

from sezmap.paths import resources_dir
from sezmap.ui import shortcuts
from sezmap.ui.i18n import Retranslated

GUIDE, SHORTCUTS = 0, 1  # the tabs


def guide_path(language: str):
    folder = resources_dir() / "help"
    path = folder / f"guide.{language}.md"
    return path if path.is_file() else folder / "guide.en.md"


def ui_language() -> str:
    code = QLocale().name()[:2]
    return code if code in ("ru", "kk") else "en"


class HelpDialog(Retranslated, QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.window_ = window
        self.tabs = QTabWidget()
        self.guide = QTextBrowser()
        self.guide.setObjectName("helpGuide")
        self.guide.setOpenExternalLinks(False)
        self.keys = QTextBrowser()
        self.keys.setObjectName("helpShortcuts")
        self.tabs.addTab(self.guide, "")
        self.tabs.addTab(self.keys, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sezmap help"))
        self.tabs.setTabText(GUIDE, self.tr("User guide"))
        self.tabs.setTabText(SHORTCUTS, self.tr("Keyboard shortcuts"))
        self.guide.setMarkdown(guide_path(ui_language()).read_text(encoding="utf-8"))
        self.keys.setHtml(self.shortcuts_html())

    def shortcuts_html(self) -> str:
        """The window's shortcuts as a table, then the keys of the map tools' gestures."""
        w = self.window_
        where = {"map": self.tr("(on the map)"), "table": self.tr("(in the attribute table)")}
        rows = shortcuts.shortcut_rows(w.findChildren(type(w.act["open"])), {w.canvas: "map", w.table.view: "table"})
        lines = [f"<tr><td>{html.escape(r.name)}{' ' + where[r.place] if r.place else ''}</td>"
                 f"<td><b>{html.escape(', '.join(r.keys))}</b></td></tr>" for r in rows]
        gestures = ((self.tr("Finish a line or a plot"), self.tr("Double-click or Enter")),
                    (self.tr("Take back the last point"), self.tr("Backspace")),
                    (self.tr("Place a point without snapping"), self.tr("Shift + click")),
                    (self.tr("Add a plot to the selection (Identify)"), self.tr("Ctrl + click")),
                    (self.tr("Delete the vertex under the pointer (Edit vertices)"), self.tr("Delete")),
                    (self.tr("Cancel the line being drawn"), self.tr("Esc")))
        lines += [f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>" for what, keys in gestures]
        action, keys = html.escape(self.tr("Action")), html.escape(self.tr("Keys"))
        return (f"<table cellpadding='3'><tr><th align='left'>{action}</th>"
                f"<th align='left'>{keys}</th></tr>{''.join(lines)}</table>")

    def show_tab(self, tab: int) -> None:
        self.keys.setHtml(self.shortcuts_html())  # the keys as they are now
        self.tabs.setCurrentIndex(tab)
        self.show()
        self.raise_()
        self.activateWindow()


def open_help(window, tab: int) -> HelpDialog:
    """Help → User guide (``GUIDE``) or Keyboard shortcuts (``SHORTCUTS``), one dialog per window."""
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        dialog = HelpDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window._help_dialog = dialog
    dialog.show_tab(tab)
    return dialog
