"""The main window's actions, menus, toolbars and status-bar widgets, and their texts.

Built once for a window: ``WindowActions(window)`` connects each action to the window's slot of
the same purpose; ``retranslate()`` sets every text in the current language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QToolButton

from sezmap.ui import shortcuts, tool_icons

TOOLS = ("pan", "zoom_box", "identify", "measure", "measure_area")
EDIT_TOOLS = ("draw_plot", "edit_vertices", "split_plot")
MAP_KEYS = ("pan", "zoom_box", "identify", "measure", "measure_area")  # tools whose shortcut is a letter


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._make_actions()
        tool_icons.set_icons(self.act.values())
        self._make_menus()
        self._make_toolbars()
        self._make_status_bar()

    # --- actions ------------------------------------------------------------------------------

    def _action(self, key, slot, shortcut=None, checkable=False) -> QAction:
        act = QAction(self.window)
        act.setObjectName(key)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        return act

    def _make_actions(self) -> None:
        w, canvas, action = self.window, self.window.canvas, self._action
        K = QKeySequence.StandardKey
        self.act = {
            "open": action("open", w.open_dialog, K.Open),
            "new_project": action("new_project", w.files.new_project_dialog, K.New),
            "save_copy": action("save_copy", w.files.save_copy_dialog),
            "open_database": action("open_database", lambda: w.database.open_dialog(), "Ctrl+Shift+O"),
            "import": action("import", w.files.import_dialog, "Ctrl+Shift+I"),
            "raster": action("raster", w.files.raster_dialog, "Ctrl+Shift+R"),
            "save_image": action("save_image", w.files.save_image_dialog, "Ctrl+Shift+S"),
            "export_map": action("export_map", lambda: _export_dialog(w), "Ctrl+E"),
            "quit": action("quit", w.close, K.Quit),
            "zoom_in": action("zoom_in", canvas.zoom_in, K.ZoomIn),
            "zoom_out": action("zoom_out", canvas.zoom_out, K.ZoomOut),
            "full": action("full", canvas.zoom_full, "Ctrl+Shift+F"),
            "zoom_zone": action("zoom_zone", w.zoom_to_current_zone, "Ctrl+J"),
            "prev": action("prev", canvas.previous_extent, "Alt+Left"),
            "next": action("next", canvas.next_extent, "Alt+Right"),
            "refresh": action("refresh", canvas.refresh, K.Refresh),
            "pan": action("pan", lambda: w.set_tool("pan"), "P", True),
            "zoom_box": action("zoom_box", lambda: w.set_tool("zoom_box"), "Z", True),
            "identify": action("identify", lambda: w.set_tool("identify"), "I", True),
            "measure": action("measure", lambda: w.set_tool("measure"), "M", True),
            "measure_area": action("measure_area", lambda: w.set_tool("measure_area"), "Shift+M", True),
            "draw_plot": action("draw_plot", lambda: w.set_tool("draw_plot"), "Ctrl+Shift+D", True),
            "edit_vertices": action("edit_vertices", lambda: w.set_tool("edit_vertices"), "Ctrl+Shift+V", True),
            "split_plot": action("split_plot", lambda: w.set_tool("split_plot"), "Ctrl+Shift+X", True),
            "merge_plots": action("merge_plots", lambda: w.edits.merge_selected(), "Ctrl+Shift+M"),
            "preferences": action("preferences", w.preferences_dialog, "Ctrl+,"),
            "about": action("about", w.about_dialog),
            "help_guide": action("help_guide", lambda: _help(w, "guide"), K.HelpContents),
            "help_keys": action("help_keys", lambda: _help(w, "keys")),
            "clear_recent": action("clear_recent", w.clear_recent),
        }
        self.tool_group = QActionGroup(self.window)
        for key in TOOLS + EDIT_TOOLS:
            self.tool_group.addAction(self.act[key])
        self.act["refresh"].setShortcuts(shortcuts.key_sequences(K.Refresh, ("Ctrl+R",)))
        # single-letter tool keys only on the map: in a field or a table they are typing
        shortcuts.map_only([self.act[key] for key in MAP_KEYS], canvas)

    # --- menus and toolbars -------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.window.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act["new_project"])
        self.menu_file.addAction(self.act["open"])
        self.menu_file.addAction(self.act["open_database"])
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_file.addAction(self.act["save_copy"])
        self.menu_file.addSeparator()
        for key in ("import", "raster", "save_image", "export_map"):
            self.menu_file.addAction(self.act[key])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act["quit"])
        self.menu_view = bar.addMenu("")
        for key in ("zoom_in", "zoom_out", "full", "zoom_zone", "prev", "next", "refresh"):
            self.menu_view.addAction(self.act[key])
        self.menu_view.addSeparator()
        self.menu_panels = self.menu_view.addMenu("")
        for dock in self.window.docks.all:
            self.menu_panels.addAction(dock.toggleViewAction())
        self.menu_tools = bar.addMenu("")
        for key in TOOLS:
            self.menu_tools.addAction(self.act[key])
        self.menu_tools.addSeparator()
        self.menu_tools.addAction(self.window.docks.site_search.action)
        self.menu_settings = bar.addMenu("")
        self.menu_settings.addAction(self.act["preferences"])
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act["help_guide"])
        self.menu_help.addAction(self.act["help_keys"])
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act["about"])

    def add_edit_menu(self, edits) -> None:
        """The Edit menu (after File): Undo and Redo with the step's name; editing panels and
        tools are added to it as they are wired (``menu_edit``)."""
        bar = self.window.menuBar()
        self.menu_edit = bar.addMenu("")
        bar.insertMenu(self.menu_view.menuAction(), self.menu_edit)
        self.menu_edit.addAction(edits.undo_action)
        self.menu_edit.addAction(edits.redo_action)
        self.menu_edit.addSeparator()
        for key in ("edit_plots", "history", "idle_review", "audit_log"):
            self.menu_edit.addAction(edits.act[key])
        self.menu_edit.addSeparator()
        for key in EDIT_TOOLS + ("merge_plots",):
            self.menu_edit.addAction(self.act[key])
        self.edit_toolbar = self.window.addToolBar("")
        self.edit_toolbar.setObjectName("EditToolbar")
        for key in EDIT_TOOLS + ("merge_plots",):
            self.edit_toolbar.addAction(self.act[key])
        self.toolbar.addSeparator()
        tool_icons.set_icons([edits.undo_action, edits.redo_action])
        self.toolbar.addAction(edits.undo_action)
        self.toolbar.addAction(edits.redo_action)

    def update_recent_menu(self, recent: list[str], open_project) -> None:
        self.menu_recent.clear()
        for path in recent:
            act = self.menu_recent.addAction(path)
            act.triggered.connect(lambda _checked=False, p=path: open_project(p))
        self.menu_recent.addSeparator()
        self.menu_recent.addAction(self.act["clear_recent"])
        self.menu_recent.setEnabled(True)
        self.act["clear_recent"].setEnabled(bool(recent))

    def _make_toolbars(self) -> None:
        w = self.window
        self.toolbar = w.addToolBar("")
        self.toolbar.setObjectName("MapToolbar")
        for key in ("open", None, *TOOLS, None, "zoom_in", "zoom_out", "full", "prev", "next"):
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.act[key])
        w.addToolBarBreak()  # the zone picker gets its own row: translated tool texts are long
        self.zone_toolbar = w.addToolBar("")
        self.zone_toolbar.setObjectName("ZoneToolbar")
        self.zone_label = QLabel()
        self.zone_toolbar.addWidget(self.zone_label)
        self.zone_picker = QComboBox()
        self.zone_picker.setObjectName("zonePicker")
        self.zone_picker.setMinimumContentsLength(28)
        # as wide as its longest zone name (ICBC's: ~370 px in English, ~470 in Kazakh), not cut
        self.zone_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone_toolbar.addWidget(self.zone_picker)
        self.zone_toolbar.addAction(self.act["zoom_zone"])

    def _make_status_bar(self) -> None:
        sb = self.window.statusBar()
        self.coords_label = QLabel()
        self.coords_label.setObjectName("coordsLabel")
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scaleLabel")
        self.crs_label = QLabel()
        self.crs_label.setObjectName("crsLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.hide()
        for widget in (self.progress, self.cancel_button, self.coords_label, self.scale_label, self.crs_label):
            sb.addPermanentWidget(widget)

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "open": self.tr("&Open project…"), "open_database": self.tr("Open &database…"),
            "import": self.tr("&Import vector file…"),
            "new_project": self.tr("&New project from the template…"), "save_copy": self.tr("Save a &copy as…"),
            "raster": self.tr("Add &raster overlay…"), "save_image": self.tr("&Save map image…"),
            "export_map": self.tr("&Export map…"),
            "quit": self.tr("&Quit"), "zoom_in": self.tr("Zoom &in"), "zoom_out": self.tr("Zoom &out"),
            "full": self.tr("&Full extent"), "zoom_zone": self.tr("Zoom to &zone"),
            "prev": self.tr("&Previous extent"), "next": self.tr("&Next extent"), "refresh": self.tr("&Refresh"),
            "pan": self.tr("&Pan"), "zoom_box": self.tr("Zoom &box"), "identify": self.tr("&Identify"),
            "measure": self.tr("&Measure distance"), "measure_area": self.tr("Measure &area"),
            "preferences": self.tr("&Preferences…"), "about": self.tr("&About sezmap"),
            "help_guide": self.tr("&User guide"), "help_keys": self.tr("&Keyboard shortcuts"),
            "clear_recent": self.tr("Clear the list"),
            "draw_plot": self.tr("&Draw a plot"), "edit_vertices": self.tr("Edit &vertices"),
            "split_plot": self.tr("S&plit a plot"), "merge_plots": self.tr("&Merge selected plots"),
        }
        for key, text in texts.items():
            self.act[key].setText(text)
            self.act[key].setToolTip(tool_icons.tooltip(self.act[key]))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        if hasattr(self, "menu_edit"):
            self.menu_edit.setTitle(self.tr("&Edit"))
            self.edit_toolbar.setWindowTitle(self.tr("Editing"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_panels.setTitle(self.tr("Pa&nels"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Map"))
        self.zone_toolbar.setWindowTitle(self.tr("Zone"))
        self.zone_label.setText(" " + self.tr("Zone:") + " ")
        self.cancel_button.setText(self.tr("Cancel"))


def _export_dialog(window):
    from sezmap.ui.export_dialog import open_export_dialog

    return open_export_dialog(window)


def _help(window, tab: str):
    from sezmap.ui.help_dialog import GUIDE, SHORTCUTS, open_help

    return open_help(window, GUIDE if tab == "guide" else SHORTCUTS)
