"""Which features are at a map point: bbox candidates from the layer arrays, then an exact test."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from sezmap.model.project import Project
from sezmap.render import crs as crs_mod
from sezmap.render.scene import MapScene

ORDER = ("hubs", "corridors", "plots", "zones")  # topmost first


@dataclass(frozen=True)
class Hit:
    layer_id: str
    row: int  # positional row in the project layer
    feature_id: str


def identify(project: Project, scene: MapScene, x: float, y: float, tolerance: float,
             layers=ORDER) -> list[Hit]:
    """Features under display point (x, y), within ``tolerance`` display units for points and lines."""
    hits: list[Hit] = []
    lon, lat = crs_mod.inverse(scene.display_crs, [x], [y])
    point = shapely.Point(float(lon[0]), float(lat[0]))
    for layer_id in layers:
        layer = scene.layer(layer_id)
        if layer is None or not layer.visible or not hasattr(layer, "arrays"):
            continue
        frame = project.layer(layer_id)
        candidates = layer.arrays.at_point(x, y, tolerance)
        if len(candidates) == 0:
            continue
        geoms = np.asarray(frame.geometry.values, dtype=object)[candidates]
        if layer.arrays.kind == "polygon":
            inside = shapely.contains_xy(geoms, point.x, point.y)
            chosen = candidates[inside]
            if layer_id == "plots" and len(chosen) > 1:  # smallest first: the one you pointed at
                chosen = chosen[np.argsort(shapely.area(geoms[inside]))]
        else:
            # distance in display units: measure on the projected vertices
            c = layer.arrays
            dists = []
            for f in candidates:
                idx = c.vertex_indices(np.array([f]))
                xy = c.coords[idx]
                if len(xy) == 1:
                    dists.append(float(np.hypot(*(xy[0] - (x, y)))))
                else:
                    dists.append(float(shapely.distance(shapely.LineString(xy), shapely.Point(x, y))))
            dists = np.array(dists)
            chosen = candidates[dists <= tolerance][np.argsort(dists[dists <= tolerance])]
        id_field = {"zones": "zone_id", "plots": "plot_id", "corridors": "corridor_id", "hubs": "hub_id"}[layer_id]
        for row in chosen:
            hits.append(Hit(layer_id, int(row), str(frame[id_field].iloc[int(row)])))
    return hits
