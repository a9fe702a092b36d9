"""The main window: the map canvas in the middle, panels docked around it.

What lives where:
* ``window_actions``: actions, menus, toolbars, status-bar widgets and their texts;
* ``window_docks``: the dock panels, their places and default sizes;
* ``window_files``: import, raster overlays, map image, dropped files;
* ``window_tasks``: background tasks with progress and cancel;
* here: showing the steps of opening a project (``session.loading`` does them), the zone
  picker, identify and selection between map and table.
The panels follow the session's events and the language setting themselves.
The figures come from ``sezmap.analysis``; this window only shows them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMainWindow, QMessageBox

from sezmap import paths
from sezmap.render import crs as crs_mod
from sezmap.render import names, numbers
from sezmap.render.layers import ArraysLayer
from sezmap.render.overlays import RouteLayer
from sezmap.render.project_map import ProjectMap, merge_project_layers
from sezmap.render.scene import MapScene
from sezmap.render.scene_sync import SceneSync, SceneUpdate
from sezmap.render.tiles import XyzTileLayer
from sezmap.session import ProjectSession
from sezmap.session.language import LanguageSetting
from sezmap.session.loading import LoadFailure, LoadStep, ProjectLoader
from sezmap.ui import i18n
from sezmap.ui.app_settings import AppSettings
from sezmap.ui.canvas import MapCanvas
from sezmap.ui.edit_tools import DrawPlotTool, SplitTool, VertexTool
from sezmap.ui.file_notice import FileNoticeBar
from sezmap.ui.map_tools import IdentifyTool, MapTool, MeasureTool, PanTool, ZoomBoxTool
from sezmap.ui.shortcuts import TextFieldUndo
from sezmap.ui.status_message import StatusMessage
from sezmap.ui.status_text import joined, rendered, translate
from sezmap.ui.window_actions import EDIT_TOOLS, WindowActions
from sezmap.ui.window_database import DatabaseLink
from sezmap.ui.window_docks import WindowDocks
from sezmap.ui.window_edits import WindowEdits
from sezmap.ui.window_files import ProjectFiles, can_open
from sezmap.ui.window_imagery import WindowImagery
from sezmap.ui.window_tasks import TaskRunner

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.setObjectName("MainWindow")
        from sezmap.ui.icon import app_icon

        self.setWindowIcon(app_icon())
        self.app_settings = settings or AppSettings()
        # the UI language: one evented setting; the window (translators, map) hears it first, then
        # each panel, which retranslates itself
        self.language_setting = LanguageSetting(self.app_settings.language)
        self.language_setting.changed.connect(self._language_changed)
        # the project, engine, current zone, selection and undo stack (Qt-free, evented)
        self.session = ProjectSession(actor=self.app_settings.user_name)
        self.session.undo_dir = self.app_settings.undo_dir()
        # the scene shown, kept in step with the session's plots and selection; first to hear
        # the session's events, so the panels that follow see the map already changed
        self.scene_sync = SceneSync(self.session)
        self.project_path: str | None = None
        self.setAcceptDrops(True)
        # the status bar's messages, kept as their sources: said again in the language switched to
        self.status_message = StatusMessage(self.statusBar())

        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        pan, zoom_box, identify = PanTool(self.canvas), ZoomBoxTool(self.canvas), IdentifyTool(self.canvas)
        measure, measure_area = MeasureTool(self.canvas, area=False), MeasureTool(self.canvas, area=True)
        # digitising (the session's edit path): draw a plot, edit vertices, split
        draw_plot = DrawPlotTool(self.canvas, self.session)
        edit_vertices = VertexTool(self.canvas, self.session)
        split_plot = SplitTool(self.canvas, self.session)
        self.tools: dict[str, MapTool] = {
            "pan": pan,
            "zoom_box": zoom_box,
            "identify": identify,
            "measure": measure,
            "measure_area": measure_area,
            "draw_plot": draw_plot,
            "edit_vertices": edit_vertices,
            "split_plot": split_plot,
        }
        for tool in (draw_plot, edit_vertices, split_plot):
            tool.message.connect(lambda message: self.status_message.show(message, 8000))
        identify.identified.connect(self.identify_at)
        pan.clicked.connect(self.pick_at)
        measure.measured.connect(lambda text: self.show_measure(text, measure))
        measure_area.measured.connect(lambda text: self.show_measure(text, measure_area))

        self.docks = WindowDocks(self)
        self.files = ProjectFiles(self)
        self.database = DatabaseLink(self)  # a project on a database server: login, rights, notices
        self.actions_ = WindowActions(self)
        self.tasks = TaskRunner(self, self.actions_.progress, self.actions_.cancel_button)
        # opening a project step by step (Qt-free): the window starts it and shows each step
        self.loader = ProjectLoader(self.session, self.tasks.start, after_map=lambda fn: self._after_map(fn))
        self.loader.loaded.connect(self._step_loaded)
        self.loader.failed.connect(self._step_failed)
        self.edits = WindowEdits(self)
        self.actions_.add_edit_menu(self.edits)
        self.imagery = WindowImagery(self)  # the imagery check: its action, dialog, review dock, map layers
        self.file_notice = FileNoticeBar(self, EDIT_TOOLS + ("merge_plots",))  # read-only, unprotected
        self.edits.timer.timeout.connect(self.file_notice.refresh)
        # Ctrl+Z in a field with nothing of its own to undo, and nothing typed unapplied: the last step
        self.text_field_undo = TextFieldUndo(self.edits.undo_action, self.edits.redo_action,
                                             self.docks.plot_form.has_unapplied, self)
        self.text_field_undo.watch(self.findChildren(QLineEdit))
        # editing from the attribute table: its right-click menu (and F2 on its selection)
        table_view = self.docks.table.view
        table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key in ("edit_plots", "history", "idle_review"):
            table_view.addAction(self.edits.act[key])
        table_view.addAction(self.actions_.act["merge_plots"])
        self._expose_parts()
        self._connect()
        self.update_recent_menu()
        self.set_tool("pan")
        self.retranslate()
        self.docks.default_window_size()  # (a saved layout, restored after this, wins)
        geometry, state = self.app_settings.layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.docks.restore_layout(state)

    def _expose_parts(self) -> None:
        """Short names for the parts the window and its tests use most."""
        d, a = self.docks, self.actions_
        self.layers_panel, self.table, self.dashboard = d.layers_panel, d.table, d.dashboard
        self.identify_panel, self.logistics = d.identify_panel, d.logistics
        self.layers_dock, self.table_dock, self.dashboard_dock = d.layers_dock, d.table_dock, d.dashboard_dock
        self.identify_dock, self.logistics_dock = d.identify_dock, d.logistics_dock
        self.act, self.menu_recent, self.zone_picker = a.act, a.menu_recent, a.zone_picker
        self.coords_label, self.scale_label, self.crs_label = a.coords_label, a.scale_label, a.crs_label

    # the session's state, under the names the window and its tests use
    @property
    def project(self):
        return self.session.project

    @property
    def scene(self) -> MapScene | None:
        """The map scene of the open project (the one ``scene_sync`` keeps in step)."""
        return self.scene_sync.scene

    @scene.setter
    def scene(self, scene: MapScene | None) -> None:
        self.scene_sync.scene = scene

    @property
    def engine(self):
        return self.session.engine

    @property
    def current_zone(self) -> str | None:
        return self.session.current_zone

    @property
    def selected_plots(self) -> list[int]:
        return list(self.session.selection)

    def _connect(self) -> None:
        self.session.zone_changed.connect(self._zone_changed)
        self.session.layers_changed.connect(self._layers_changed)
        self.scene_sync.updated.connect(self._scene_updated)
        self.layers_panel.changed.connect(self.canvas.refresh)
        self.table.selectionChanged.connect(lambda rows: self.set_selected_plots(rows, from_table=True))
        self.table.zoomRequested.connect(self.zoom_to_plots)
        self.table.panRequested.connect(self.pan_to_plots)
        self.menu_recent.aboutToShow.connect(self.update_recent_menu)  # files deleted meanwhile go
        self.dashboard.plotsRequested.connect(self.set_selected_plots)  # an idle plot clicked
        self.logistics.routeRequested.connect(self.show_route)
        self.logistics.routeCleared.connect(self.clear_route)
        self.zone_picker.activated.connect(self._zone_picked)
        self.canvas.extentChanged.connect(self._extent_changed)
        self.canvas.cursorMoved.connect(self._cursor_moved)
        self.canvas.renderFinished.connect(self._render_finished)
        self.canvas.doubleClicked.connect(self._double_clicked)

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.status_message.retranslate()
        self.actions_.retranslate()
        self.edits.retranslate()
        self.file_notice.retranslate()
        self.docks.retranslate()
        self._fill_zone_picker()
        self._update_title()
        self._extent_changed(self.canvas.settings)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def language(self) -> str:
        return self.language_setting.value

    def set_language(self, language: str) -> None:
        self.language_setting.set(language)

    def _language_changed(self, language: str) -> None:
        self.app_settings.language = language
        i18n.set_language(language)  # posts LanguageChange -> retranslate() again, later
        self.retranslate()
        self.canvas.set_language(language)
        if self.scene is not None:
            self.scene.language = language
            self.layers_panel.set_scene(self.scene)

    def _update_title(self) -> None:
        title = "sezmap"
        if self.project is not None and self.project_path:
            title = f"{self.database.title(self.project_path) or paths.location_title(self.project_path)} — sezmap"
        self.setWindowTitle(title)

    # --- projects -----------------------------------------------------------------------------

    def open_project(self, path: str, wait: bool = False, reached: bool = False) -> None:
        """Open a project (``session.loading``: on the task thread, or waiting for it with ``wait``; a
        database once its server answered); the window shows each step as the loader reports it."""
        path = str(path)
        if not reached and not self.database.prepare(path, lambda: self.open_project(path, wait, True), wait):
            return
        self.database.detach()
        self.session.actor = self.app_settings.user_name
        basemap = str(paths.basemap_path()) if self.app_settings.basemap_enabled else None
        maps = ProjectMap(basemap, self.canvas.settings.crs, self.app_settings.xyz_url,
                          self.app_settings.tile_cache_dir())
        if not wait:
            self.status_message.show(translate("MainWindow", "Opening %1…").arg(path))
        self.loader.open(path, maps, run=self.tasks.run_waiting if wait else None)

    def _step_loaded(self, step: LoadStep) -> None:
        """Show a step of opening a project: "whole"; or "outline" (zones, corridors and hubs,
        no plots yet) followed by "plots" (the whole project, merged into the map shown)."""
        if step.step in ("analysis", "plots map"):  # the panels hear the session's engine_changed;
            return self.files.plots_drawn(step)  # the plots drawn as read, before their project
        stage = step.step
        if stage == "plots" and self.scene is None:
            raise RuntimeError("the project's plots were loaded before its outline")
        scene = merge_project_layers(self.scene, step.map) if self.scene is not None and stage == "plots" \
            else step.map
        self.project_path, self.scene = step.path, scene
        # while the plots load there is nothing to edit (the session has no store yet)
        for key in EDIT_TOOLS + ("merge_plots",):
            self.act[key].setEnabled(stage != "outline")
        if stage == "outline" and any(self.canvas.tool is self.tools[key] for key in EDIT_TOOLS):
            self.set_tool("pan")
        scene.language = self.language
        if stage != "plots":
            self.canvas.set_scene(scene, fit=True)
        elif step.map.layers:  # the same view (the user may have moved it); none: the map shown is it
            self.canvas.refresh()
        self.canvas.set_language(self.language)
        self.layers_panel.set_scene(scene)
        self.app_settings.last_project = step.path
        self.app_settings.add_recent(step.path)
        self.update_recent_menu()
        self._fill_zone_picker()
        self._update_title()
        self.crs_label.setText(crs_mod.crs_name(scene.display_crs))
        if stage == "outline":
            self.status_message.show(translate("MainWindow", "Loading the plots…"))
        else:
            project = step.project
            loaded = translate("MainWindow", "%1 zones, %2 plots").arg(str(len(project.zones)), str(len(project.plots)))
            notice = self.edits.undo_notice()  # what became of the undo steps kept from the last run
            self.status_message.show(joined(loaded, notice, sep=". "), 15000 if notice else 5000)
            self.file_notice.opened()  # read-only or unprotected: said, and the edit tools follow
            self.files.check_record(step.path)  # tampering with the audit record is said at once
            self.database.attach()  # the login's rights on the edit tools, the server's notices

    def _step_failed(self, failure: LoadFailure) -> None:
        if failure.step == "analysis":
            QMessageBox.warning(self, self.tr("Analysis failed"), failure.message)
            return
        if failure.step == "plots":  # the loader closed the project whose outline was shown
            self.project_path, self.scene = None, None
            self.canvas.set_scene(MapScene(), fit=False)
            self.layers_panel.set_scene(self.canvas.scene)
            self._fill_zone_picker()
            self._update_title()
        self._load_failed(failure.message)

    def _after_map(self, fn, limit_ms: int = 1000) -> None:
        """Call ``fn()`` when the map now due is drawn (or after ``limit_ms``, if it is not, as
        in a hidden window): the work that follows wants the GIL too, and the map is what the
        user waits for."""
        called: list[bool] = []

        def call(*_args) -> None:
            if called:
                return
            called.append(True)
            with contextlib.suppress(RuntimeError, TypeError):
                self.canvas.renderFinished.disconnect(call)
            fn()

        self.canvas.renderFinished.connect(call)
        QTimer.singleShot(limit_ms, self, call)  # (not after the window is gone)

    def start_analysis(self, wait: bool = False) -> None:
        """Per-zone metrics and the corridor network of the open project (``session.loading``),
        on the task thread (or waiting for it)."""
        self.loader.analyse(run=self.tasks.run_waiting if wait else None)

    def _load_failed(self, message: str) -> None:
        self.status_message.clear()
        self.update_recent_menu()  # a recent project that is gone leaves the list
        QMessageBox.warning(self, self.tr("Cannot open the project"), message)

    def open_dialog(self) -> None:
        start = str(Path(self.project_path).parent) if self.project_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start,
                                              self.tr("GeoPackage projects (*.gpkg)"))
        if path:
            self.open_project(path)

    def update_recent_menu(self) -> None:
        """Recent projects still on disk (a deleted or moved file is dropped from the list)."""
        self.actions_.update_recent_menu(self.app_settings.drop_missing_recent(), self.open_project)

    def clear_recent(self) -> None:
        self.app_settings.clear_recent()
        self.update_recent_menu()

    # --- files (window_files) -----------------------------------------------------------------

    def import_file(self, path: str, layer: str | None = None) -> None:
        self.files.import_file(path, layer)

    def add_raster(self, path: str, wait: bool = False) -> None:
        self.files.add_raster(path, wait)

    def open_dropped(self, path: str) -> None:
        self.files.open_dropped(path)

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and can_open(urls[0].toLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.open_dropped(urls[0].toLocalFile())

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

    def _render_finished(self, stats) -> None:
        if stats.get("error"):
            self.status_message.show(translate("MainWindow", "The map could not be drawn: %1").arg(str(stats["error"])),
                                     10000)
            return
        tiles = self.scene.layer("tiles") if self.scene else None
        if isinstance(tiles, XyzTileLayer) and tiles.status_source is not None:
            source, arg = tiles.status_source  # (its words in context "sezmap", said again after a switch)
            self.status_message.show(translate("sezmap", source).arg(arg), 5000)

    def show_measure(self, text: str, tool: MeasureTool) -> None:
        if text:  # the tool's value, written again in the language switched to
            self.status_message.show(tool.value_source())
        else:  # the measurement was dropped (Esc, another tool)
            self.status_message.clear()

    # --- zones --------------------------------------------------------------------------------

    def _fill_zone_picker(self) -> None:
        self.zone_picker.blockSignals(True)
        self.zone_picker.clear()
        self.zone_picker.addItem(self.tr("— all zones —"), None)
        if self.project is not None:
            rows = self.project.zones.drop(columns="geometry").to_dict("records")
            for row in i18n.sorted_by_text(rows, lambda r: names.feature_name(r, self.language) or r["zone_id"]):
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
        if row is None or not isinstance(zones, ArraysLayer):
            return
        self.canvas.zoom_to_bounds(tuple(zones.arrays.bounds[row]))

    def zoom_to_current_zone(self) -> None:
        if self.current_zone:
            self.zoom_to_zone(self.current_zone)

    def select_zone(self, zone_id: str | None) -> None:
        """Make a zone current (the session tells the panels and the picker)."""
        if zone_id == self.session.current_zone:
            self._zone_changed(zone_id)  # the picker shows it again (the panels already do)
        self.session.set_zone(zone_id)

    def _zone_changed(self, zone_id: str | None) -> None:
        self.database.apply_rights()
        index = self.zone_picker.findData(zone_id) if zone_id else 0
        self.zone_picker.blockSignals(True)
        self.zone_picker.setCurrentIndex(max(0, index))
        self.zone_picker.blockSignals(False)

    def _double_clicked(self, x: float, y: float) -> None:
        """Double-click on a zone zooms to it and makes it the current zone."""
        if self.project is None or self.scene is None:
            return
        from sezmap.render.identify import identify

        # the zone's drawn ring is the target at country scale, not its pixel-sized outline
        hits = identify(self.project, self.scene, x, y, 0.0, layers=("zones",),
                        resolution=self.canvas.settings.resolution)
        if hits:
            self.select_zone(hits[0].feature_id)
            self.zoom_to_zone(hits[0].feature_id)

    def pick_at(self, x: float, y: float, additive: bool = False) -> None:
        """A click with the pan tool: a zone's ring picks the zone, a plot is selected
        (sezmap.render.identify.pick); a click on nothing changes nothing."""
        if self.project is None or self.scene is None:
            return
        from sezmap.render.identify import pick

        picked = pick(self.project, self.scene, x, y, self.canvas.settings.resolution)
        if picked.zone_id is not None and picked.zone_id != self.current_zone:
            self.select_zone(picked.zone_id)
        if picked.plot_rows:
            rows = sorted(set(self.selected_plots) ^ set(picked.plot_rows)) if additive else list(picked.plot_rows)
            self.set_selected_plots(rows)

    # --- identify and selection ---------------------------------------------------------------

    def identify_at(self, x: float, y: float, tolerance: float, additive: bool = False) -> list:
        if self.project is None or self.scene is None:  # (no map drawn: nothing under the cursor)
            return []
        from sezmap.render.identify import identify

        hits = identify(self.project, self.scene, x, y, tolerance, resolution=self.canvas.settings.resolution)
        self.show_identify(hits, additive)
        return hits

    def show_identify(self, hits, additive: bool = False) -> None:
        self.identify_panel.show_hits(self.project, hits)
        if not hits:
            self.status_message.show(translate("MainWindow", "Nothing here"), 3000)
            if not additive:
                self.set_selected_plots([])
            return
        self.identify_dock.show()
        self.identify_dock.raise_()
        first = hits[0]
        # a zone, corridor or hub by its name in the UI language (a plot by its id)
        first_name = (rendered(self.dashboard.zone_name, first.feature_id) if first.layer_id == "zones"
                      else rendered(self.dashboard.hub_name, first.feature_id)
                      if first.layer_id in ("hubs", "corridors") else first.feature_id)
        self.status_message.show(joined(rendered(names.layer_title, first.layer_id), first_name, sep=": "), 5000)
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
        """Select plots (project row positions); the session tells the map and the table."""
        if not self.session.set_selection(rows):  # the same plots: show them again
            self.scene_sync.selection_changed()
            if not from_table:
                self.table.select_rows(self.session.selection)

    def _scene_updated(self, update: SceneUpdate) -> None:
        """``scene_sync`` changed the scene: edited plots drawn again at once where they are
        (and the whole view behind), a new selection with the next render."""
        if update.plots:
            self.canvas.patch(update.bounds)
        else:
            self.canvas.refresh()

    def _layers_changed(self, _event) -> None:
        """Zones, corridors or hubs imported (``scene_sync`` has remade the layer): the picker
        and the layers panel show them, and the analysis they feed is made afresh."""
        if self.scene is not None:
            self.layers_panel.set_scene(self.scene)
        self._fill_zone_picker()
        self.start_analysis()

    def zoom_to_plots(self, rows) -> None:
        bounds = self.scene_sync.extent_of(rows) if rows else None
        if bounds is not None:
            self.canvas.zoom_to_bounds(bounds, margin=0.5)

    def pan_to_plots(self, rows) -> None:
        """Centre the map on the plots, keeping the scale (the table's "Pan map to selected rows")."""
        bounds = self.scene_sync.extent_of(rows) if rows else None
        if bounds is not None:
            self.canvas.pan_to((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)

    # --- routes -------------------------------------------------------------------------------

    def show_route(self, zone_id: str, hub_id: str) -> None:
        if self.engine is None:
            self.status_message.show(translate("MainWindow", "The analysis is still running; try again in a moment."),
                                     5000)
            return
        line = self.engine.route(zone_id, hub_id)
        km_value = self.engine.metrics[zone_id].network_km.get(hub_id) if zone_id in self.engine.metrics else None
        parts = self.engine.route_parts(zone_id, hub_id)  # legs off the corridor network apart
        off_km = sum(part.km for part in parts if not part.on_network)
        zone_name = self.dashboard.zone_name(zone_id)
        hub_name = self.dashboard.hub_name(hub_id)
        self.logistics.show_result(km_value if line is not None else None, zone_name, hub_name, off_km)
        if line is None or km_value is None:
            self.clear_route()
            return
        import shapely

        scene = self.scene
        if scene is None:
            raise RuntimeError("a route was asked for with no map open")
        layer = RouteLayer(shapely.get_coordinates(line), scene.display_crs, numbers.kilometres(km_value, 0),
                           [(shapely.get_coordinates(part.line), part.on_network) for part in parts] or None,
                           name=f"{zone_name} → {hub_name}")
        scene.set_overlay(layer)
        self.layers_panel.legend.update()
        self.canvas.zoom_to_bounds(layer.bounds(), margin=0.1)

    def clear_route(self) -> None:
        if self.scene is not None:
            self.scene.remove("route")
            self.layers_panel.legend.update()
            self.canvas.refresh()

    # --- dialogs and closing ------------------------------------------------------------------

    def preferences_dialog(self) -> None:
        from sezmap.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app_settings, self)
        self.database.show_login_in(dialog)
        if dialog.exec():
            self.session.actor = self.app_settings.user_name
            self.database.apply_actor()  # on a database the login stays the actor
            if dialog.language() != self.language:
                self.set_language(dialog.language())
            if dialog.basemap_changed and self.project_path:
                self.open_project(self.project_path)

    def about_dialog(self) -> None:
        from sezmap.ui.about import show_about

        show_about(self)

    def closeEvent(self, event) -> None:
        self.app_settings.save_layout(self.saveGeometry(), self.saveState())
        self.app_settings.sync()
        self.canvas.shutdown()
        self.database.detach()
        self.tasks.shutdown()
        self.docks.plot_form.file_wait.shutdown()  # an Apply or undo waiting for the file is given up
        self.edits.file_wait.shutdown()
        super().closeEvent(event)
