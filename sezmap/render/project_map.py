"""The map of a project as it opens (``session.loading`` calls it on the task thread).

A project opens whole (basemap, optional online tiles, all four project layers), or a large
one in steps: its outline (zones, corridors, hubs over the basemap), then its plots' layer
made from their coordinate stream as the file's scan gives it (``stream``), then its project
layers less what is drawn already (the plots' layer, if the project matched that scan; the
outline's, if the same); ``merge_project_layers`` puts each into the outline's scene shown.
The costly part is projecting every vertex once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sezmap.model.project import Project
from sezmap.render import crs as crs_mod
from sezmap.render.layers import MapLayer
from sezmap.render.scene import MapScene, basemap_layers, outline_layers, plots_layer, plots_layer_of, project_layers

OUTLINE_LAYERS = ("zones", "corridors", "hubs")


@dataclass(frozen=True)
class ProjectMap:
    """How the map of a project is made: the basemap file (None: none), the display CRS and
    the online tiles (an XYZ url, empty for none, and their cache folder)."""

    basemap: str | None
    display_crs: str
    xyz_url: str = ""
    tile_cache: str = ""

    def background(self) -> list[MapLayer]:
        crs_mod.prepare(self.display_crs)  # made here (the task thread), not by the UI thread's scale bar
        layers = basemap_layers(self.basemap, self.display_crs) if self.basemap else []
        if self.xyz_url:
            from sezmap.render.tiles import XyzTileLayer

            layers.append(XyzTileLayer(self.xyz_url, self.tile_cache))
        return layers

    def whole(self, project: Project) -> MapScene:
        """The basemap, tiles and every project layer."""
        return MapScene(self.background() + project_layers(project, self.display_crs), self.display_crs)

    def outline(self, project: Project) -> MapScene:
        """The basemap, tiles, zones, corridors and hubs (no plots)."""
        return MapScene(self.background() + outline_layers(project, self.display_crs), self.display_crs)

    def plots(self, project: Project, drawn: bool = False, shown: Project | None = None) -> MapScene:
        """The project layers, for ``merge_project_layers``, less what is on the map already:
        the plots' layer if it was ``drawn`` from the read that gave ``project`` (``stream``),
        and the outline's layers if ``shown``, the outline drawn, has the same zones, corridors
        and hubs (an empty scene: the map shown is the project's; nothing to draw again)."""
        plots = [] if drawn else [plots_layer(project, self.display_crs)]
        outline = [] if shown is not None and shown.same_outline(project) else outline_layers(project, self.display_crs)
        return MapScene(plots + outline, self.display_crs)

    def stream(self, geoms, stream, statuses) -> MapScene:
        """The plots' layer only, from their coordinate stream as read (``plots_layer_of``),
        before their project is in."""
        return MapScene([plots_layer_of(geoms, stream, statuses, self.display_crs)], self.display_crs)


def merge_project_layers(shown: MapScene, loaded: MapScene) -> MapScene:
    """``shown`` (the outline's scene, maybe restyled meanwhile) with the project layers of
    ``loaded``: the zones, corridors and hubs replaced in place (keeping their visibility and
    opacity), the plots put under the zones. Returns ``shown``, changed."""
    for layer in loaded.layers:
        old = shown.layer(layer.layer_id)
        if old is not None and old in shown.layers:
            layer.visible, layer.opacity = old.visible, old.opacity
            shown.layers[shown.layers.index(old)] = layer
        else:
            below = next((i for i, lyr in enumerate(shown.layers) if lyr.layer_id in OUTLINE_LAYERS),
                         len(shown.layers))
            shown.layers.insert(below, layer)
    return shown
