"""The imagery check in the main window: the Tools menu's action and its dialog, the review
dock (tabbed with the idle plots), the flagged plots and the raster on the map, and the way from
a flagged plot to the plot editor with the check's reason filled in.

The state is ``session.imagery_review.ImageryReview`` (no Qt); this only wires it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from sezmap.render import numbers
from sezmap.render.imagery_layers import FLAGS_LAYER, RASTER_LAYER, FlaggedPlotsLayer, ImageryRasterLayer
from sezmap.render.layers import PlotsLayer
from sezmap.session.imagery_review import ImageryResult, ImageryReview
from sezmap.ui.imagery_dialog import ImageryDialog
from sezmap.ui.imagery_panel import ImageryPanel
from sezmap.ui.status_text import translate
from sezmap.ui.tasks import Task

FORM = "imagery_check"  # the settings' group the dialog's form is kept in
DETAIL_DELAY_MS = 300  # after the map stops moving, the view of the raster is warped

class WindowImagery(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.review = ImageryReview(window.session)
        self.panel = ImageryPanel(window.session, window.language_setting, self.review)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("ImageryDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.docks.idle_dock, self.dock)
        window.docks.table_dock.raise_()
        self.dialog: ImageryDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("imagery_check")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.action.triggered.connect(self.open_dialog)
        menu = window.actions_.menu_tools
        menu.addSeparator()
        menu.addAction(self.action)
        window.actions_.menu_panels.addAction(self.dock.toggleViewAction())
        self.panel.runRequested.connect(self.open_dialog)
        self.panel.plotPicked.connect(self.show_plot)
        self.panel.editRequested.connect(self.edit_plot)
        self.review.changed.connect(self.show_flags)
        self.session.plots_changed.connect(self._plots_changed)
        window.language_setting.changed.connect(lambda _language: self.retranslate())
        # the raster at the screen's resolution once zoomed in: warped on the task thread
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.warp_view)
        self._detail_task: Task | None = None
        window.canvas.extentChanged.connect(lambda _settings: self._detail_timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Check against &imagery…"))
        self.action.setToolTip(self.tr("Check the plots' reported status against a GeoTIFF"))
        self.dock.setWindowTitle(self.panel.title())
        if self.dialog is not None:
            self.dialog.retranslate()
        scene = self.window.scene
        if scene is not None and scene.layer(FLAGS_LAYER) is not None:
            self.window.layers_panel.set_scene(scene)  # the layers' titles in the new language

    # --- the check ----------------------------------------------------------------------------

    def open_dialog(self) -> ImageryDialog:
        """The dialog (one, kept), shown beside the map."""
        if self.dialog is None:
            w = self.window
            dialog = ImageryDialog(self.session, lambda: w.scene.display_crs if w.scene is not None else None,
                                   w.tasks.track, lambda z: self.panel.zone_names().get(z, z), w)
            dialog.finished_check.connect(self.show_result)
            # the raster, its bands and threshold as last checked (the next run too)
            dialog.set_state(w.app_settings.form(FORM))
            dialog.started.connect(lambda: w.app_settings.save_form(FORM, dialog.state()))
            self.dialog = dialog
        self.dialog.retranslate()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def show_result(self, result: ImageryResult) -> None:
        """A finished check: the raster on the map, the list, the flagged plots outlined."""
        scene = self.window.scene
        if scene is not None and result.overlay is not None:
            rgba, bounds = result.overlay
            old = scene.layer(RASTER_LAYER)
            layer = ImageryRasterLayer(rgba, bounds, os.path.basename(result.spec.path), score=result.spec.index is None)
            if old is not None:
                layer.visible, layer.opacity = old.visible, old.opacity
            scene.remove(RASTER_LAYER)
            scene.remove(FLAGS_LAYER)  # (put back above the raster by show_flags)
            # above the plots (a score is clear where low): what the flags are judged on, over them
            plots = scene.layer("plots")
            index = scene.layers.index(plots) + 1 if plots in scene.layers else len(scene.layers)
            scene.layers.insert(index, layer)
        self.review.set_result(result)
        self.dock.show()
        self.dock.raise_()
        counts = self.review.counts()
        self.window.status_message.show(
            translate("WindowImagery", "Imagery check done — looks unbuilt: %1, looks built: %2.")
            .arg(str(counts["looks_unbuilt"]), str(counts["looks_built"])), 8000)

    # --- the map ------------------------------------------------------------------------------

    def warp_view(self) -> None:
        """The view of a score raster warped at the screen's resolution (task thread), when the
        map is zoomed in past the whole raster's pixels; a newer view replaces an older one."""
        w, result = self.window, self.review.result
        layer = w.scene.layer(RASTER_LAYER) if w.scene is not None else None
        if self._detail_task is not None:
            self._detail_task.cancel()
            self._detail_task = None
        settings = w.canvas.settings
        if (result is None or not isinstance(layer, ImageryRasterLayer) or not layer.score or not layer.visible
                or not layer.wants_detail(settings)):
            return
        from sezmap.render.raster import warp_to_rgba

        path, crs, extent, size = result.spec.path, w.scene.display_crs, settings.extent, max(settings.width,
                                                                                                settings.height)
        task = Task(lambda: warp_to_rgba(path, crs, size, extent, score=True))
        task.signals.finished.connect(lambda warped: self._view_warped(task, layer, warped, extent),
                                      Qt.ConnectionType.QueuedConnection)
        self._detail_task = task
        w.tasks.track(task)
        task.start()

    def _view_warped(self, task: Task, layer: ImageryRasterLayer, warped, extent) -> None:
        scene = self.window.scene
        if task is not self._detail_task or scene is None or scene.layer(RASTER_LAYER) is not layer:
            return
        self._detail_task = None
        if warped is not None:
            layer.set_detail(*warped, extent)
            self.window.canvas.refresh()

    def show_flags(self) -> None:
        """The flagged plots outlined over the plots layer's arrays (made afresh after each change)."""
        w, scene = self.window, self.window.scene
        if scene is None:
            return
        plots = scene.layer("plots")
        flagged = self.review.flagged()
        if not isinstance(plots, PlotsLayer) or not flagged:
            scene.remove(FLAGS_LAYER)
            if not flagged and self.review.result is None:
                scene.remove(RASTER_LAYER)
        else:
            old = scene.layer(FLAGS_LAYER)
            visible, opacity = (old.visible, old.opacity) if old is not None else (True, 1.0)
            rows, flags = [], []
            for plot_id, flag in flagged.items():
                row = self.session.row_of(plot_id)
                if row is not None:
                    rows.append(row)
                    flags.append(flag)
            layer = FlaggedPlotsLayer(plots.arrays, rows, flags)
            layer.visible, layer.opacity = visible, opacity
            if old is not None:
                scene.layers[scene.layers.index(old)] = layer
            else:  # above the plots and the raster
                below = scene.layer(RASTER_LAYER) if scene.layer(RASTER_LAYER) in scene.layers else plots
                scene.layers.insert(scene.layers.index(below) + 1, layer)
        w.layers_panel.set_scene(scene)
        w.canvas.refresh()

    def _plots_changed(self, event) -> None:
        """Plots moved or taken out: the outlines follow (a status edit re-flags through the review)."""
        if event.geometry and self.review.flagged():
            self.show_flags()

    # --- from the list ------------------------------------------------------------------------

    def show_plot(self, plot_id: str) -> None:
        row = self.session.row_of(plot_id)
        if row is not None:
            self.window.set_selected_plots([row])
            self.window.pan_to_plots([row])

    def reason_text(self, plot_id: str) -> str:
        """The reason the editor is filled with, in the UI language."""
        figures = self.review.reason(plot_id)
        if figures is None:
            return ""
        built = numbers.percent(figures.built_percent, 0)
        threshold = numbers.percent(figures.threshold_percent, 0)
        texts = {
            "looks_unbuilt": self.tr("Imagery check %1 (%2): looks unbuilt (built %3 < %4)"),
            "looks_built": self.tr("Imagery check %1 (%2): looks built (built %3 ≥ %4)"),
            "no_data": self.tr("Imagery check %1 (%2): no data over the plot"),
            "consistent": self.tr("Imagery check %1 (%2): consistent (built %3)"),
        }
        return (texts[figures.flag].replace("%1", figures.checked_on).replace("%2", figures.raster_name)
                .replace("%3", built).replace("%4", threshold))

    def edit_plot(self, plot_id: str) -> None:
        """The plot selected and the editor shown with the check's reason; the user still applies."""
        row = self.session.row_of(plot_id)
        if row is None:
            return
        self.show_plot(plot_id)
        docks = self.window.docks
        docks.plot_form.reason.setText(self.reason_text(plot_id))
        docks.plot_form.reason.setCursorPosition(0)  # (the start: the day and the raster)
        docks.plot_form_dock.show()
        docks.plot_form_dock.raise_()
