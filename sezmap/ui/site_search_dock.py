"""The site search in the window: its state (``session.site_search.SiteSearch``, the index built
on the task thread with the status bar's progress and Cancel), its panel, the results layer on
the map (every result outlined, the chosen one filled; choosing a row pans the map to it,
a double click zooms and selects its plots) and Export results… (web map or PDF, written on
the task thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sezmap.render.site_layer import SiteResultsLayer
from sezmap.session.site_search import SiteSearch
from sezmap.store.postgis.connection import is_postgis_location
from sezmap.ui.site_search_panel import SiteSearchPanel
from sezmap.ui.status_text import translate

QUERY_FORM = "site_search"  # the settings' group the query's fields are kept in


class SiteSearchDock(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.search = SiteSearch(window.session, lambda *args: window.tasks.start_cancellable(*args))
        self.panel = SiteSearchPanel(window.session, self.search, window.language_setting)
        self.panel.exportRequested.connect(self.export_dialog)
        # the query as last searched (the next run too)
        self.panel.set_state(window.app_settings.form(QUERY_FORM))
        self.panel.search_button.clicked.connect(lambda: window.app_settings.save_form(QUERY_FORM,
                                                                                       self.panel.state()))
        self.panel.view.doubleClicked.connect(lambda index: self.zoom_to(index.row()))
        self.search.results_changed.connect(self._show)
        self.search.selected_changed.connect(self._selected)
        window.session.plots_changed.connect(self._plots_changed)
        self.export_task = None
        # Tools → Find sites for investors… (the window puts it in its menu): the dock, its first field
        self.action = QAction(window)
        self.action.setObjectName("site_search")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.action.triggered.connect(self.show_panel)
        window.language_setting.changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Find &sites for investors…"))
        self.action.setToolTip(self.tr("Vacant land of a given size near rail, a border crossing and the ports"))
        self.panel.export_button.setToolTip(self.tr("The sites found as an investor web map or a PDF"))

    def show_panel(self) -> None:
        dock = self.panel.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.panel.min_ha.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the map --------------------------------------------------------------------------------

    def layer(self) -> SiteResultsLayer | None:
        scene = self.window.scene
        layer = scene.layer("site_results") if scene is not None else None
        return layer if isinstance(layer, SiteResultsLayer) else None

    def _show(self, _results=None) -> None:
        """The results layer made afresh over the plots' arrays as they are now."""
        w = self.window
        scene, results = w.scene, self.search.results
        plots = w.scene_sync.plots_layer()
        if scene is None:
            return
        old = self.layer()
        if results is None or plots is None:
            scene.remove("site_results")
        else:
            layer = SiteResultsLayer(plots.arrays, results.all_rows(), self.search.selected_rows())
            if old is not None:  # as the user left it in the layers panel
                layer.visible, layer.opacity = old.visible, old.opacity
            scene.set_overlay(layer)
        if (old is None) != (self.layer() is None):  # the layers panel lists it, or no longer
            w.layers_panel.set_scene(scene)
        w.layers_panel.legend.update()
        w.canvas.refresh()

    def _plots_changed(self, _event) -> None:
        if self.layer() is not None and self.search.results is not None:
            self._show()  # (over the new arrays: an edited outline is drawn as it is now)

    def _selected(self, position) -> None:
        self._show()
        if position is not None:
            rows = self.search.selected_rows()
            self.window.pan_to_plots(list(rows))

    def zoom_to(self, position: int) -> None:
        self.search.select(position)
        rows = list(self.search.selected_rows())
        if rows:
            self.window.zoom_to_plots(rows)
            self.window.set_selected_plots(rows)

    # --- exports --------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        w = self.window
        if self.search.results is None or not len(self.search.results) or self.search.query is None:
            return
        start = str(Path.home() / "sites.html")  # beside the project's file; a database's: home
        if w.project_path and not is_postgis_location(w.project_path):
            start = str(Path(w.project_path).with_name("sites.html"))
        folder = w.app_settings.form(QUERY_FORM).get("export_folder", "")  # where the last ones went
        if folder and Path(folder).is_dir():
            start = str(Path(folder) / "sites.html")
        path, chosen = QFileDialog.getSaveFileName(
            self.panel, self.tr("Export the sites"), start,
            self.tr("Investor web map (*.html)") + ";;" + self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".pdf" if "pdf" in chosen else ".html"
        self.export(path)

    def export(self, path: str) -> None:
        """Write the results shown to ``path`` (.html or .pdf) on the task thread."""
        from sezmap.export.sites_export import export_sites

        w = self.window
        search = self.search
        results, query = search.results, search.query
        if results is None or query is None or w.project is None:
            return
        shot = w.session.snapshot()  # the project as it is now: edits meanwhile are not in the file
        options = {"language": w.language, "as_of": search.as_of, "engine": shot.engine}
        if Path(path).suffix.lower() == ".pdf" and w.scene is not None:
            options["scene"] = w.scene.snapshot()

        def done(_result) -> None:
            self.export_task = None
            w.app_settings.save_form(QUERY_FORM, {"export_folder": str(Path(path).parent)})
            w.status_message.show(translate("SiteSearchDock", "Sites written to %1").arg(str(path)), 8000)

        started: list = []  # the task, once started

        def failed(message: str) -> None:
            if not started or started[0] is not self.export_task:
                return  # cancelled: nothing written, nothing more to say
            self.export_task = None
            QMessageBox.warning(w, self.tr("Export the sites"), message)

        def cancelled_by_user() -> None:  # the status bar's Cancel: the export stops, its file is not written
            self.export_task = None

        def work(cancelled, progress):  # (holds the snapshot while it runs: see SessionSnapshot)
            return export_sites(shot.project, results, query, path, cancelled=cancelled, progress=progress,
                                **options)

        self.export_task = w.tasks.start_cancellable(work, done, failed, cancelled_by_user)
        started.append(self.export_task)
