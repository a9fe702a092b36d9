"""Files for the main window: loading a project with its map, importing vector files,
raster overlays, saving the map as an image, and what a dropped file does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from sezmap.render.scene import MapScene, basemap_layers, project_layers
from sezmap.ui.tasks import run_serialized

VECTOR_SUFFIXES = (".geojson", ".json", ".shp", ".kml", ".csv", ".fgb", ".gpx")
RASTER_SUFFIXES = (".tif", ".tiff")
PROJECT_SUFFIXES = (".gpkg",)
BASEMAP_LAYER_IDS = ("countries", "admin1", "water", "rivers")


def load_project_and_scene(path: str, basemap: str | None, display_crs: str, xyz_url: str = "",
                           tile_cache: str = ""):
    """The project at ``path`` and its map scene (basemap, optional online tiles, project layers).

    Runs on the task thread: the costly part is projecting every vertex once."""
    from sezmap.store import open_store

    project = open_store(path).load()
    layers = basemap_layers(basemap, display_crs) if basemap else []
    if xyz_url:
        from sezmap.render.tiles import XyzTileLayer

        layers.append(XyzTileLayer(xyz_url, tile_cache))
    layers += project_layers(project, display_crs)
    return project, MapScene(layers, display_crs)


def can_open(path: str) -> bool:
    return Path(path).suffix.lower() in PROJECT_SUFFIXES + VECTOR_SUFFIXES + RASTER_SUFFIXES


class ProjectFiles(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

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

    def import_file(self, path: str, layer: str | None = None) -> None:
        w = self.window
        if w.project_path is None:
            QMessageBox.information(w, "sezmap", self.tr("Open a project first."))
            return
        if layer is None:
            choices = ["zones", "plots", "corridors", "hubs"]
            layer, ok = QInputDialog.getItem(w, self.tr("Import"), self.tr("Into which layer of the project?"),
                                             choices, 1, False)
            if not ok:
                return
        project_path = w.project_path

        def work():
            from sezmap.store import open_store
            from sezmap.store.importing import import_file

            return import_file(open_store(project_path), path, layer,
                               actor="sezmap-desktop", reason=f"import of {Path(path).name}")

        def done(report):
            w.statusBar().showMessage(
                self.tr("Imported %1 feature(s) into %2").replace("%1", str(report.count)).replace("%2", layer), 8000)
            w.open_project(project_path)

        w.tasks.start(work, done, lambda message: QMessageBox.warning(w, self.tr("Import failed"), message))

    # --- raster overlays ----------------------------------------------------------------------

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

    # --- map image ----------------------------------------------------------------------------

    def save_image_dialog(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(w, self.tr("Save map image"), str(Path.home() / "map.png"),
                                              self.tr("PNG images (*.png)"))
        if path and w.scene is not None:
            from sezmap.render.renderer import render_image

            image, _stats = render_image(w.canvas.settings, w.scene)
            image.save(path)
