"""Files for the main window: the check of a project's audit record, importing vector files,
raster overlays, a new project from the template and a copy of the open one (store.copies),
saving the map as an image, and what a dropped file does (opening a project
and importing into it are the session's: ``session.loading``, ``session.importing``)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from sezmap.render import names
from sezmap.ui.status_text import Piece, piece_text, rendered, translate
from sezmap.render.project_map import merge_project_layers
from sezmap.render.scene import MapScene
from sezmap.ui.tasks import run_serialized

VECTOR_SUFFIXES = (".geojson", ".json", ".shp", ".kml", ".csv", ".fgb", ".gpx")
RASTER_SUFFIXES = (".tif", ".tiff")
PROJECT_SUFFIXES = (".gpkg",)
BASEMAP_LAYER_IDS = ("countries", "admin1", "water", "rivers")
IMPORT_LAYERS = ("zones", "plots", "corridors", "hubs")  # the project layers a file can be imported into


def can_open(path: str) -> bool:
    return Path(path).suffix.lower() in PROJECT_SUFFIXES + VECTOR_SUFFIXES + RASTER_SUFFIXES


def record_problems(path: str) -> list:
    """What was changed in the project's record outside sezmap (store.audit_check: tampering
    only; what the next write repairs is left out), or [] (also when it cannot be read: the
    load says why)."""
    from sezmap.model.problems import DataError
    from sezmap.store import open_store

    try:
        return open_store(path).audit_findings().errors
    except DataError:
        return []


class ProjectFiles(QObject):
    record_checked = Signal(str, object)  # path, the problems found (from a checking thread)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.record_checked.connect(self._record_checked)

    # --- the record's integrity -----------------------------------------------------------------

    def check_record(self, path: str, wait: bool = False) -> None:
        """Check the audit record of the project just opened off the UI thread (not on the task
        thread: the analysis need not wait) and warn if it was tampered with."""
        if wait:
            self._record_checked(path, record_problems(path))
            return
        def check() -> None:
            problems = record_problems(path)
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.record_checked.emit(path, problems)

        threading.Thread(target=check, name="sezmap-record-check", daemon=True).start()

    def _record_checked(self, path: str, problems) -> None:
        from sezmap.model.problems import DataError
        from sezmap.ui import problem_text

        if not problems or self.window.project_path != path:
            return
        text = self.tr("The audit record of %1 was changed outside sezmap (or its protections were). "
                       "Do not trust its history until this is explained; restore a backup if in doubt. "
                       "Found:").replace("%1", path)
        QMessageBox.warning(self.window, self.tr("Audit record changed outside sezmap"),
                            text + "\n\n" + problem_text.error_text(DataError(problems), 8))

    # --- the plots drawn before their project ---------------------------------------------------

    def plots_drawn(self, step) -> None:
        """A ``plots map`` step of the open (``session.loading``): the plots' layer, drawn from
        the file's geometry scan, put into the map shown (under the zones) while the session
        still holds the outline (nothing to pick or edit yet); the project follows. Other
        steps (the analysis: the panels hear the session's ``engine_changed``) are not this one's."""
        w = self.window
        if step.step != "plots map" or w.scene is None or step.map is None:
            return
        merge_project_layers(w.scene, step.map)
        w.canvas.refresh()
        w.layers_panel.set_scene(w.scene)

    # --- dropped files ------------------------------------------------------------------------

    def open_dropped(self, path: str) -> None:
        suffix = Path(path).suffix.lower()
        if suffix in PROJECT_SUFFIXES:
            self.window.open_project(path)
        elif suffix in RASTER_SUFFIXES:
            self.add_raster(path)
        elif suffix in VECTOR_SUFFIXES:
            self.import_file(path)

    # --- import -------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import vector file"), str(Path.home()),
            self.tr("Vector files (*.geojson *.json *.shp *.kml *.csv *.fgb *.gpkg)"))
        if path:
            self.import_file(path)

    def ask_layer(self) -> str | None:
        """Which layer to import into: the layers listed by their names in the UI language, the
        layer's key returned (None: cancelled)."""
        keys = list(IMPORT_LAYERS)
        titles = [names.layer_title(key) for key in keys]
        title, ok = QInputDialog.getItem(self.window, self.tr("Import"), self.tr("Into which layer of the project?"),
                                         titles, keys.index("plots"), False)
        return keys[titles.index(title)] if ok and title in titles else None

    def ask_source_layer(self, path: str):
        """The file's layer to import where it has several (formats.readers.source_layers): the
        name, None where it has one, False if the user cancelled."""
        from sezmap.formats.readers import source_layers

        layers = source_layers(path)
        if len(layers) < 2:
            return None
        name, ok = QInputDialog.getItem(self.window, self.tr("Import"),
                                        self.tr("The file has several layers. Which one?"), layers, 0, False)
        return name if ok and name in layers else False

    def import_file(self, path: str, layer: str | None = None) -> None:
        """Import a file into a layer of the open project through the session (audited under
        the Settings user; the map and panels hear one event; the project is not reopened)."""
        w = self.window
        if w.session.store is None:  # (none open, or its plots still loading)
            QMessageBox.information(w, "sezmap", self.tr("Open a project first."))
            return
        if layer is None:
            layer = self.ask_layer()
            if layer is None:
                return
        source_layer = self.ask_source_layer(path)
        if source_layer is False:
            return

        def done(report):
            w.status_message.show(rendered(self.imported_text, report.count, rendered(names.layer_title, layer)), 8000)

        w.session.import_features(path, layer, run=w.tasks.start, source_layer=source_layer, on_done=done,
                                  on_failed=lambda message: QMessageBox.warning(w, self.tr("Import failed"), message))

    # --- raster overlays ----------------------------------------------------------------------

    def imported_text(self, n: int, layer_title: Piece) -> str:
        """"Imported 1 feature into …" / "Imported 2 features into …" (English has plurals too; a
        plural is ``self.tr``'s: lupdate sees a count only there)."""
        text = (self.tr("Imported %Ln feature into %1", "", n) if n == 1
                else self.tr("Imported %Ln features into %1", "", n))
        return text.replace("%1", piece_text(layer_title))

    def raster_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Add raster overlay"), str(Path.home()),
                                              self.tr("GeoTIFF (*.tif *.tiff)"))
        if path:
            self.add_raster(path)

    def add_raster(self, path: str, wait: bool = False) -> None:
        """Warp the GeoTIFF to the display CRS (in the background) and put it above the basemap."""
        from sezmap.render.raster import load_raster_layer

        w = self.window
        crs = w.canvas.settings.crs

        def done(layer):
            if w.scene is None:
                w.scene = MapScene([], crs)
                w.canvas.set_scene(w.scene, fit=False)
            layer.opacity = 0.8
            index = max((i + 1 for i, lyr in enumerate(w.scene.layers) if lyr.layer_id in BASEMAP_LAYER_IDS),
                        default=0)
            w.scene.layers.insert(index, layer)
            w.layers_panel.set_scene(w.scene)
            w.canvas.refresh()

        if wait:
            done(run_serialized(lambda: load_raster_layer(path, crs)))
        else:
            w.tasks.start(lambda: load_raster_layer(path, crs), done,
                          lambda message: QMessageBox.warning(w, self.tr("Cannot open the raster"), message))

    # --- new projects and copies ---------------------------------------------------------------

    def new_project_dialog(self) -> None:
        # a new project never replaces a file: the dialog asks no "replace?" that new_project
        # would then refuse (GpkgStore.create), and an existing name is refused at once
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project from the template"),
                                              str(Path.home() / "project.gpkg"), self.tr("Projects (*.gpkg)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.new_project(path)

    def new_project(self, path: str, wait: bool = False) -> None:
        """A new project at ``path``: the template's zones, corridors and hubs, no plots
        (store.copies.new_from_template); then it is opened."""
        from sezmap.store.copies import new_from_template

        w = self.window
        path = path if Path(path).suffix.lower() == ".gpkg" else path + ".gpkg"  # ("plan v1.5" keeps its ".5")
        if Path(path).exists():
            QMessageBox.warning(w, self.tr("New project from the template"),
                                self.tr("%1 already exists. A new project does not replace a file: choose another "
                                        "name.").replace("%1", path))
            return

        def done(_store) -> None:
            w.open_project(path, wait=wait)

        def failed(message: str) -> None:
            QMessageBox.warning(w, self.tr("New project from the template"), message)

        (w.tasks.run_waiting if wait else w.tasks.start)(lambda: new_from_template(path), done, failed)

    def save_copy_dialog(self) -> None:
        w = self.window
        if w.session.store is None:
            QMessageBox.information(w, "sezmap", self.tr("Open a project first."))
            return
        current = Path(w.session.store.location)
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Save a copy as"), str(current.with_name(current.stem + " copy.gpkg")),
                                              self.tr("Projects (*.gpkg)"))
        if path:
            self.save_copy(path)

    def save_copy(self, path: str, wait: bool = False) -> None:
        """A copy of the open project at ``path`` (store.copies.save_copy: SQLite's backup, the
        audit record and its seals as they are); the window goes on with the original."""
        from sezmap.store.copies import save_copy

        w = self.window
        store = w.session.store
        if store is None:
            return

        def done(out) -> None:
            w.status_message.show(translate("ProjectFiles", "A copy was saved as %1; you are still working on %2")
                                  .arg(str(out), str(store.location)), 8000)

        def failed(message: str) -> None:
            QMessageBox.warning(w, self.tr("Save a copy as"), message)

        (w.tasks.run_waiting if wait else w.tasks.start)(lambda: save_copy(store, path), done, failed)

    # --- map image ----------------------------------------------------------------------------

    def save_image_dialog(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Save map image"), str(Path.home() / "map.png"),
                                              self.tr("PNG images (*.png)"))
        if path and w.scene is not None:
            from PySide6.QtCore import QByteArray
            from PySide6.QtGui import QImageWriter

            from sezmap.formats.atomic import atomic_output
            from sezmap.model.problems import DataError
            from sezmap.render.renderer import render_image

            image, _stats = render_image(w.canvas.settings, w.scene)
            try:  # whole or not at all, never over the project (sezmap.formats.atomic)
                with atomic_output(path, require_content=True,
                                   inputs=[getattr(w.project, "location", "")]) as tmp:
                    QImageWriter(str(tmp), QByteArray(b"PNG")).write(image)  # an empty file is refused
            except DataError as exc:
                QMessageBox.warning(w, self.tr("Save map image"), exc.summary())
