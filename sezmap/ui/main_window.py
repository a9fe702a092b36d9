"""The main window: canvas in the middle, docks around it, menus, toolbar and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
)

from sezmap import paths
from sezmap.render import crs as crs_mod
from sezmap.render import names, numbers
from sezmap.render.scene import MapScene, basemap_layers, project_layers
from sezmap.ui import i18n
from sezmap.render.overlays import RouteLayer, SelectionLayer
from sezmap.ui.app_settings import AppSettings
from sezmap.ui.attribute_table import AttributeTable
from sezmap.ui.canvas import MapCanvas
from sezmap.ui.dashboard import ZoneDashboard
from sezmap.ui.identify_panel import IdentifyPanel
from sezmap.ui.layers_dock import LayersPanel
from sezmap.ui.logistics import LogisticsPanel
from sezmap.ui.map_tools import IdentifyTool, MeasureTool, PanTool, ZoomBoxTool
from sezmap.ui.tasks import Task, run_serialized

VECTOR_SUFFIXES = (".geojson", ".json", ".shp", ".kml", ".csv", ".fgb", ".gpx")
RASTER_SUFFIXES = (".tif", ".tiff")


def load_project_and_scene(path: str, basemap: str | None, display_crs: str, xyz_url: str = "",
                           tile_cache: str = ""):
    from sezmap.store import open_store

    project = open_store(path).load()
    layers = basemap_layers(basemap, display_crs) if basemap else []
    if xyz_url:
        from sezmap.render.tiles import XyzTileLayer

        layers.append(XyzTileLayer(xyz_url, tile_cache))
    layers += project_layers(project, display_crs)
    return project, MapScene(layers, display_crs)


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.setObjectName("MainWindow")
        self.app_settings = settings or AppSettings()
        self.language = self.app_settings.language
        self.project = None
        self.project_path: str | None = None
        self.scene: MapScene | None = None
        self.current_zone: str | None = None
        self.engine = None  # sezmap.analysis AnalysisEngine, computed after loading
        self.selected_plots: list[int] = []
        self._task: Task | None = None
        self._running: list[Task] = []
        self.setAcceptDrops(True)
        self.resize(1400, 900)

        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.tools = {
            "pan": PanTool(self.canvas),
            "zoom_box": ZoomBoxTool(self.canvas),
            "identify": IdentifyTool(self.canvas),
            "measure": MeasureTool(self.canvas, area=False),
            "measure_area": MeasureTool(self.canvas, area=True),
        }
        self.tools["identify"].identified.connect(self.identify_at)
        self.tools["measure"].measured.connect(self.show_measure)
        self.tools["measure_area"].measured.connect(self.show_measure)

        self._make_docks()
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.canvas.extentChanged.connect(self._extent_changed)
        self.canvas.cursorMoved.connect(self._cursor_moved)
        self.canvas.renderStarted.connect(self._render_started)
        self.canvas.renderFinished.connect(self._render_finished)
        self.canvas.renderProgress.connect(self._render_progress)
        self.canvas.doubleClicked.connect(self._double_clicked)
        self.set_tool("pan")
        self.retranslate()
        geometry, state = self.app_settings.layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # --- construction -------------------------------------------------------------------------

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_docks(self) -> None:
        self.layers_panel = LayersPanel()
        self.layers_panel.changed.connect(self.canvas.refresh)
        self.layers_dock = self._dock("LayersDock", self.layers_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.table = AttributeTable()
        self.table.selectionChanged.connect(lambda rows: self.set_selected_plots(rows, from_table=True))
        self.table.zoomRequested.connect(self.zoom_to_plots)
        self.dashboard = ZoneDashboard()
        self.identify_panel = IdentifyPanel()
        self.logistics = LogisticsPanel()
        self.logistics.routeRequested.connect(self.show_route)
        self.logistics.routeCleared.connect(self.clear_route)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.table_dock = self._dock("TableDock", self.table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dashboard_dock = self._dock("DashboardDock", self.dashboard, right)
        self.identify_dock = self._dock("IdentifyDock", self.identify_panel, right)
        self.logistics_dock = self._dock("LogisticsDock", self.logistics, right)
        self.tabifyDockWidget(self.dashboard_dock, self.identify_dock)
        self.tabifyDockWidget(self.identify_dock, self.logistics_dock)
        self.dashboard_dock.raise_()
        self.resizeDocks([self.layers_dock, self.dashboard_dock], [250, 430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [220], Qt.Orientation.Vertical)
        self.extra_docks: list[QDockWidget] = [self.table_dock, self.dashboard_dock, self.identify_dock,
                                               self.logistics_dock]

    def _make_actions(self) -> None:
        def action(key, slot, shortcut=None, checkable=False):
            act = QAction(self)
            act.setObjectName(key)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            return act

        K = QKeySequence.StandardKey
        self.act = {
            "open": action("open", self.open_dialog, K.Open),
            "import": action("import", self.import_dialog, "Ctrl+Shift+I"),
            "raster": action("raster", self.raster_dialog, "Ctrl+Shift+R"),
            "save_image": action("save_image", self.save_image_dialog, "Ctrl+Shift+S"),
            "quit": action("quit", self.close, K.Quit),
            "zoom_in": action("zoom_in", self.canvas.zoom_in, K.ZoomIn),
            "zoom_out": action("zoom_out", self.canvas.zoom_out, K.ZoomOut),
            "full": action("full", self.canvas.zoom_full, "Ctrl+Shift+F"),
            "zoom_zone": action("zoom_zone", self.zoom_to_current_zone, "Ctrl+J"),
            "prev": action("prev", self.canvas.previous_extent, "Alt+Left"),
            "next": action("next", self.canvas.next_extent, "Alt+Right"),
            "refresh": action("refresh", self.canvas.refresh, K.Refresh),
            "pan": action("pan", lambda: self.set_tool("pan"), "P", True),
            "zoom_box": action("zoom_box", lambda: self.set_tool("zoom_box"), "Z", True),
            "identify": action("identify", lambda: self.set_tool("identify"), "I", True),
            "measure": action("measure", lambda: self.set_tool("measure"), "M", True),
            "measure_area": action("measure_area", lambda: self.set_tool("measure_area"), "Shift+M", True),
            "preferences": action("preferences", self.preferences_dialog, "Ctrl+,"),
            "about": action("about", self.about_dialog),
            "clear_recent": action("clear_recent", self.clear_recent),
        }
        self.tool_group = QActionGroup(self)
        for key in ("pan", "zoom_box", "identify", "measure", "measure_area"):
            self.tool_group.addAction(self.act[key])
        self.act["refresh"].setShortcuts([QKeySequence(K.Refresh), QKeySequence("Ctrl+R")])

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act["open"])
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act["import"])
        self.menu_file.addAction(self.act["raster"])
        self.menu_file.addAction(self.act["save_image"])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act["quit"])
        self.menu_view = bar.addMenu("")
        for key in ("zoom_in", "zoom_out", "full", "zoom_zone", "prev", "next", "refresh"):
            self.menu_view.addAction(self.act[key])
        self.menu_view.addSeparator()
        self.menu_panels = self.menu_view.addMenu("")
        self.menu_panels.addAction(self.layers_dock.toggleViewAction())
        for dock in self.extra_docks:
            self.menu_panels.addAction(dock.toggleViewAction())
        self.menu_tools = bar.addMenu("")
        for key in ("pan", "zoom_box", "identify", "measure", "measure_area"):
            self.menu_tools.addAction(self.act[key])
        self.menu_settings = bar.addMenu("")
        self.menu_settings.addAction(self.act["preferences"])
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act["about"])
        self.update_recent_menu()

    def _make_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("MapToolbar")
        for key in ("open", None, "pan", "zoom_box", "identify", "measure", "measure_area", None,
                    "zoom_in", "zoom_out", "full", "prev", "next"):
            if key is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.act[key])
        self.addToolBarBreak()  # the zone picker gets its own row: translated tool texts are long
        self.zone_toolbar = self.addToolBar("")
        self.zone_toolbar.setObjectName("ZoneToolbar")
        self.zone_label = QLabel()
        self.zone_toolbar.addWidget(self.zone_label)
        self.zone_picker = QComboBox()
        self.zone_picker.setObjectName("zonePicker")
        self.zone_picker.setMinimumContentsLength(28)
        self.zone_picker.activated.connect(self._zone_picked)
        self.zone_toolbar.addWidget(self.zone_picker)
        self.zone_toolbar.addAction(self.act["zoom_zone"])

    def _make_status_bar(self) -> None:
        sb = self.statusBar()
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
        self.cancel_button.clicked.connect(self.cancel_work)
        self.cancel_button.hide()
        for w in (self.progress, self.cancel_button, self.coords_label, self.scale_label, self.crs_label):
            sb.addPermanentWidget(w)

    # --- translation --------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "open": self.tr("&Open project…"), "import": self.tr("&Import vector file…"),
            "raster": self.tr("Add &raster overlay…"), "save_image": self.tr("&Save map image…"),
            "quit": self.tr("&Quit"), "zoom_in": self.tr("Zoom &in"), "zoom_out": self.tr("Zoom &out"),
            "full": self.tr("&Full extent"), "zoom_zone": self.tr("Zoom to &zone"), "prev": self.tr("&Previous extent"),
            "next": self.tr("&Next extent"), "refresh": self.tr("&Refresh"), "pan": self.tr("&Pan"),
            "zoom_box": self.tr("Zoom &box"), "identify": self.tr("&Identify"), "measure": self.tr("&Measure distance"),
            "measure_area": self.tr("Measure &area"), "preferences": self.tr("&Preferences…"),
            "about": self.tr("&About sezmap"), "clear_recent": self.tr("Clear the list"),
        }
        for key, text in texts.items():
            self.act[key].setText(text)
            self.act[key].setToolTip(text.replace("&", "").replace("…", ""))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_panels.setTitle(self.tr("Pa&nels"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Map"))
        self.zone_toolbar.setWindowTitle(self.tr("Zone"))
        self.zone_label.setText(" " + self.tr("Zone:") + " ")
        self.layers_dock.setWindowTitle(self.tr("Layers"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.layers_panel.retranslate()
        for dock in self.extra_docks:
            widget = dock.widget()
            if hasattr(widget, "retranslate"):
                widget.retranslate()
            dock.setWindowTitle(widget.title() if hasattr(widget, "title") else dock.windowTitle())
        self._fill_zone_picker()
        self._update_title()
        self._extent_changed(self.canvas.settings)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.app_settings.language = language
        i18n.set_language(language)  # sends LanguageChange -> retranslate()
        self.retranslate()
        self.canvas.set_language(language)
        for dock in self.extra_docks:
            if hasattr(dock.widget(), "set_language"):
                dock.widget().set_language(language)
        if self.scene is not None:
            self.scene.language = language
            self.layers_panel.set_scene(self.scene)

    def _update_title(self) -> None:
        title = "sezmap"
        if self.project is not None:
            title = f"{self.project.title or Path(self.project_path).name} — sezmap"
        self.setWindowTitle(title)

    # --- projects -----------------------------------------------------------------------------

    def open_project(self, path: str, wait: bool = False) -> None:
        """Load a project on a worker thread (or here, with ``wait``), then show it."""
        path = str(path)
        basemap = str(paths.basemap_path()) if self.app_settings.basemap_enabled else None
        crs = self.canvas.settings.crs
        tiles = (self.app_settings.xyz_url, self.app_settings.tile_cache_dir())
        if wait:
            try:
                result = run_serialized(lambda: load_project_and_scene(path, basemap, crs, *tiles))
            except Exception as exc:
                self._load_failed(getattr(exc, "summary", lambda: str(exc))())
                return
            self._project_loaded(path, result)
            return
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path))
        self.start_task(lambda: load_project_and_scene(path, basemap, crs, *tiles),
                        lambda result: self._project_loaded(path, result), self._load_failed)

    def _project_loaded(self, path: str, result) -> None:
        project, scene = result
        self.project, self.project_path, self.scene = project, path, scene
        scene.language = self.language
        self.current_zone = None
        self.canvas.set_scene(scene, fit=True)
        self.canvas.set_language(self.language)
        self.layers_panel.set_scene(scene)
        self.app_settings.last_project = path
        self.app_settings.add_recent(path)
        self.update_recent_menu()
        self._fill_zone_picker()
        self._update_title()
        self.crs_label.setText(crs_mod.crs_name(scene.display_crs))
        self.statusBar().showMessage(
            self.tr("%1 zones, %2 plots").replace("%1", str(len(project.zones))).replace("%2", str(len(project.plots))),
            5000)
        self.selected_plots = []
        self.engine = None
        self.project_changed()
        self.start_analysis()

    def project_changed(self) -> None:
        """Tell the docks that show project data."""
        for dock in self.extra_docks:
            widget = dock.widget()
            if hasattr(widget, "set_language"):
                widget.set_language(self.language)
            if hasattr(widget, "set_project"):
                widget.set_project(self.project, self.scene)

    def start_analysis(self, wait: bool = False) -> None:
        """Per-zone metrics and the corridor network (sezmap.analysis), on a worker thread."""
        from sezmap.analysis.engine import AnalysisEngine

        project = self.project

        def done(engine):
            if project is self.project:
                self.engine = engine
                self.dashboard.set_engine(engine)

        if wait:
            done(run_serialized(lambda: AnalysisEngine(project)))
        else:
            self.start_task(lambda: AnalysisEngine(project), done,
                            lambda message: QMessageBox.warning(self, self.tr("Analysis failed"), message))

    def _load_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot open the project"), message)

    def open_dialog(self) -> None:
        start = str(Path(self.project_path).parent) if self.project_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start,
                                              self.tr("GeoPackage projects (*.gpkg)"))
        if path:
            self.open_project(path)

    def update_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.app_settings.recent_projects()
        for path in recent:
            act = self.menu_recent.addAction(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        self.menu_recent.addSeparator()
        self.menu_recent.addAction(self.act["clear_recent"])
        self.menu_recent.setEnabled(True)
        self.act["clear_recent"].setEnabled(bool(recent))

    def clear_recent(self) -> None:
        self.app_settings.clear_recent()
        self.update_recent_menu()

    # --- background work ----------------------------------------------------------------------

    def start_task(self, fn, on_done, on_failed=None) -> Task:
        task = Task(fn)
        task.signals.finished.connect(lambda result: self._task_done(task, on_done, result),
                                      Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(lambda message: self._task_failed(task, on_failed, message),
                                    Qt.ConnectionType.QueuedConnection)
        self._running = [t for t in self._running if not t.done.is_set()] + [task]
        self._task = task
        self.progress.setRange(0, 0)  # busy
        self.progress.show()
        self.cancel_button.show()
        task.start()
        return task

    def _task_done(self, task, on_done, result) -> None:
        if task is self._task:
            self._task = None
            self._hide_progress()
        if not task.cancelled:
            on_done(result)

    def _task_failed(self, task, on_failed, message) -> None:
        if task is self._task:
            self._task = None
            self._hide_progress()
        if on_failed is not None:
            on_failed(message)
        else:
            QMessageBox.warning(self, "sezmap", message)

    def _hide_progress(self) -> None:
        if self._task is None and not self.canvas.is_rendering():
            self.progress.hide()
            self.cancel_button.hide()

    def cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.statusBar().showMessage(self.tr("Cancelled"), 3000)
        self.canvas.cancel_render()
        self._hide_progress()

    def _render_started(self) -> None:
        if self._task is None:
            self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()

    def _render_progress(self, done: int, total: int) -> None:
        if self._task is None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _render_finished(self, stats) -> None:
        self._hide_progress()
        tiles = self.scene.layer("tiles") if self.scene else None
        if tiles is not None and tiles.status:
            self.statusBar().showMessage(tiles.status, 5000)

    # --- map ----------------------------------------------------------------------------------

    def set_tool(self, key: str) -> None:
        self.canvas.set_tool(self.tools[key])
        self.act[key].setChecked(True)

    def _extent_changed(self, settings) -> None:
        self.scale_label.setText(f"1:{settings.scale_denominator:,.0f}".replace(",", "\u202f"))
        self.crs_label.setText(crs_mod.crs_name(settings.crs))
        self.act["prev"].setEnabled(self.canvas.can_go_back())
        self.act["next"].setEnabled(self.canvas.can_go_forward())

    def _cursor_moved(self, lon: float, lat: float) -> None:
        self.coords_label.setText(f"{lon:.5f}°, {lat:.5f}°")

    def _fill_zone_picker(self) -> None:
        self.zone_picker.blockSignals(True)
        self.zone_picker.clear()
        self.zone_picker.addItem(self.tr("— all zones —"), None)
        if self.project is not None:
            rows = self.project.zones.drop(columns="geometry").to_dict("records")
            for row in sorted(rows, key=lambda r: names.feature_name(r, self.language)):
                self.zone_picker.addItem(names.feature_name(row, self.language) or row["zone_id"], row["zone_id"])
        index = self.zone_picker.findData(self.current_zone) if self.current_zone else 0
        self.zone_picker.setCurrentIndex(max(0, index))
        self.zone_picker.blockSignals(False)

    def _zone_picked(self, index: int) -> None:
        zone_id = self.zone_picker.itemData(index)
        if zone_id is None:
            self.select_zone(None)
            self.canvas.zoom_full()
        else:
            self.select_zone(zone_id)
            self.zoom_to_zone(zone_id)

    def zone_row(self, zone_id: str) -> int | None:
        if self.project is None:
            return None
        matches = (self.project.zones["zone_id"] == zone_id).to_numpy().nonzero()[0]
        return int(matches[0]) if len(matches) else None

    def zoom_to_zone(self, zone_id: str) -> None:
        row = self.zone_row(zone_id)
        zones = self.scene.layer("zones") if self.scene else None
        if row is None or zones is None:
            return
        self.canvas.zoom_to_bounds(tuple(zones.arrays.bounds[row]))

    def zoom_to_current_zone(self) -> None:
        if self.current_zone:
            self.zoom_to_zone(self.current_zone)

    def select_zone(self, zone_id: str | None) -> None:
        self.current_zone = zone_id
        index = self.zone_picker.findData(zone_id) if zone_id else 0
        self.zone_picker.blockSignals(True)
        self.zone_picker.setCurrentIndex(max(0, index))
        self.zone_picker.blockSignals(False)
        for dock in self.extra_docks:
            widget = dock.widget()
            if hasattr(widget, "set_zone"):
                widget.set_zone(zone_id)

    def _double_clicked(self, x: float, y: float) -> None:
        """Double-click on a zone zooms to it and makes it the current zone."""
        if self.project is None:
            return
        from sezmap.render.identify import identify

        hits = identify(self.project, self.scene, x, y, 0.0, layers=("zones",))
        if hits:
            self.select_zone(hits[0].feature_id)
            self.zoom_to_zone(hits[0].feature_id)

    def identify_at(self, x: float, y: float, tolerance: float, additive: bool = False) -> list:
        if self.project is None:
            return []
        from sezmap.render.identify import identify

        hits = identify(self.project, self.scene, x, y, tolerance)
        self.show_identify(hits, additive)
        return hits

    def show_identify(self, hits, additive: bool = False) -> None:
        self.identify_panel.show_hits(self.project, hits)
        if not hits:
            self.statusBar().showMessage(self.tr("Nothing here"), 3000)
            if not additive:
                self.set_selected_plots([])
            return
        self.identify_dock.show()
        self.identify_dock.raise_()
        first = hits[0]
        self.statusBar().showMessage(f"{names.layer_title(first.layer_id)}: {first.feature_id}", 5000)
        plots = [h.row for h in hits if h.layer_id == "plots"][:1]
        zones = [h.feature_id for h in hits if h.layer_id == "zones"]
        if plots:
            zone_id = str(self.project.plots["zone_id"].iloc[plots[0]])
            if zone_id != self.current_zone:
                self.select_zone(zone_id)
            rows = sorted(set(self.selected_plots) ^ set(plots)) if additive else plots
            self.set_selected_plots(rows)
        elif zones and zones[0] != self.current_zone:
            self.select_zone(zones[0])

    def set_selected_plots(self, rows, from_table: bool = False) -> None:
        """Select plots (project row positions) on the map and in the table."""
        self.selected_plots = [int(r) for r in rows]
        plots = self.scene.layer("plots") if self.scene else None
        if plots is None:
            return
        if self.selected_plots:
            self.scene.set_overlay(SelectionLayer(plots.arrays, self.selected_plots))
        else:
            self.scene.remove("selection")
        if not from_table:
            self.table.select_rows(self.selected_plots)
        self.canvas.refresh()

    def zoom_to_plots(self, rows) -> None:
        plots = self.scene.layer("plots") if self.scene else None
        if plots is None or not rows:
            return
        bounds = SelectionLayer(plots.arrays, rows).bounds()
        if bounds is not None:
            self.canvas.zoom_to_bounds(bounds, margin=0.5)

    def show_route(self, zone_id: str, hub_id: str) -> None:
        if self.engine is None:
            self.statusBar().showMessage(self.tr("The analysis is still running; try again in a moment."), 5000)
            return
        line = self.engine.route(zone_id, hub_id)
        km_value = self.engine.metrics[zone_id].network_km.get(hub_id) if zone_id in self.engine.metrics else None
        zone_name = self.dashboard.zone_name(zone_id)
        hub_name = self.dashboard.hub_name(hub_id)
        self.logistics.show_result(km_value if line is not None else None, zone_name, hub_name)
        if line is None or km_value is None:
            self.clear_route()
            return
        import shapely

        layer = RouteLayer(shapely.get_coordinates(line), self.scene.display_crs, numbers.kilometres(km_value, 0))
        self.scene.set_overlay(layer)
        self.canvas.zoom_to_bounds(layer.bounds(), margin=0.1)

    def clear_route(self) -> None:
        if self.scene is not None:
            self.scene.remove("route")
            self.canvas.refresh()

    def show_measure(self, text: str) -> None:
        self.statusBar().showMessage(text)

    # --- files --------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import vector file"), str(Path.home()),
            self.tr("Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, layer: str | None = None) -> None:
        if self.project_path is None:
            QMessageBox.information(self, "sezmap", self.tr("Open a project first."))
            return
        if layer is None:
            choices = ["zones", "plots", "corridors", "hubs"]
            layer, ok = QInputDialog.getItem(self, self.tr("Import"),
                                             self.tr("Into which layer of the project?"), choices, 1, False)
            if not ok:
                return
        project_path = self.project_path

        def work():
            from sezmap.store import open_store
            from sezmap.store.importing import import_file

            return import_file(open_store(project_path), path, layer,
                               actor="sezmap-desktop", reason=f"import of {Path(path).name}")

        def done(report):
            self.statusBar().showMessage(
                self.tr("Imported %1 feature(s) into %2").replace("%1", str(report.count)).replace("%2", layer), 8000)
            self.open_project(project_path)

        self.start_task(work, done, lambda message: QMessageBox.warning(self, self.tr("Import failed"), message))

    def raster_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add raster overlay"), str(Path.home()),
                                              self.tr("GeoTIFF (*.tif *.tiff)"))
        if path:
            self.add_raster(path)

    def add_raster(self, path: str, wait: bool = False) -> None:
        from sezmap.render.raster import load_raster_layer

        crs = self.canvas.settings.crs

        def done(layer):
            if self.scene is None:
                self.scene = MapScene([], crs)
                self.canvas.set_scene(self.scene, fit=False)
            layer.opacity = 0.8
            index = max((i + 1 for i, lyr in enumerate(self.scene.layers)
                         if lyr.layer_id in ("countries", "admin1", "water", "rivers")), default=0)
            self.scene.layers.insert(index, layer)
            self.layers_panel.set_scene(self.scene)
            self.canvas.refresh()

        if wait:
            done(run_serialized(lambda: load_raster_layer(path, crs)))
        else:
            self.start_task(lambda: load_raster_layer(path, crs), done,
                            lambda message: QMessageBox.warning(self, self.tr("Cannot open the raster"), message))

    def save_image_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map image"), str(Path.home() / "map.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            from sezmap.render.renderer import render_image

            image, _stats = render_image(self.canvas.settings, self.scene)
            image.save(path)

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and Path(urls[0].toLocalFile()).suffix.lower() in (".gpkg",) + VECTOR_SUFFIXES + RASTER_SUFFIXES:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            self.open_dropped(url.toLocalFile())
            break

    def open_dropped(self, path: str) -> None:
        suffix = Path(path).suffix.lower()
        if suffix == ".gpkg":
            self.open_project(path)
        elif suffix in RASTER_SUFFIXES:
            self.add_raster(path)
        elif suffix in VECTOR_SUFFIXES:
            self.import_file(path)

    # --- dialogs ------------------------------------------------------------------------------

    def preferences_dialog(self) -> None:
        from sezmap.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app_settings, self)
        if dialog.exec():
            if dialog.language() != self.language:
                self.set_language(dialog.language())
            if dialog.basemap_changed and self.project_path:
                self.open_project(self.project_path)

    def about_dialog(self) -> None:
        from sezmap.ui.about import show_about

        show_about(self)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        self.app_settings.save_layout(self.saveGeometry(), self.saveState())
        self.app_settings.sync()
        self.canvas.shutdown()
        for task in self._running:
            task.cancel()
        for task in self._running:
            task.wait(10.0)
        super().closeEvent(event)
