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


def point_distance(arrays, feature: int, x: float, y: float) -> float:
    """Distance (display units) from (x, y) to a point or line feature, part by part."""
    idx = arrays.vertex_indices(np.array([feature]))
    xy = arrays.coords[idx]
    if len(xy) == 1:
        return float(np.hypot(xy[0, 0] - x, xy[0, 1] - y))
    a, b = xy[:-1], xy[1:]
    real = ~arrays.part_start[idx][1:]  # no segment jumps from one part to the next
    a, b = a[real], b[real]
    if len(a) == 0:
        return float(np.hypot(xy[:, 0] - x, xy[:, 1] - y).min())
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-18)
    t = np.clip(((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / length2, 0.0, 1.0)
    px, py = a[:, 0] + t * ab[:, 0], a[:, 1] + t * ab[:, 1]
    return float(np.hypot(px - x, py - y).min())


def identify(project: Project, scene: MapScene, x: float, y: float, tolerance: float,
             layers=ORDER, resolution: float | None = None) -> list[Hit]:
    """Features under display point (x, y), within ``tolerance`` display units for points and lines.

    With ``resolution`` (display units per pixel of the view clicked), what the map draws there
    is the target: a zone drawn as a ring at that scale is hit anywhere on its ring (its
    outline would be a pixel or two), a hub anywhere on its symbol; nearest first."""
    hits: list[Hit] = []
    lon, lat = crs_mod.inverse(scene.display_crs, [x], [y])
    point = shapely.Point(float(lon[0]), float(lat[0]))
    for layer_id in layers:
        layer = scene.layer(layer_id)
        if layer is None or not layer.visible or not hasattr(layer, "arrays"):
            continue
        frame = project.layer(layer_id)
        if len(layer.arrays) != len(frame):
            continue  # drawn before its rows are in (the plots while their project loads)
        reach = tolerance
        if resolution and hasattr(layer, "pick_radius_px"):  # the drawn symbol, if larger
            reach = max(tolerance, layer.pick_radius_px() * resolution)
        marked = layer.picked(x, y, resolution, tolerance) if resolution and hasattr(layer, "picked") \
            else np.zeros(0, np.int64)
        candidates = layer.arrays.at_point(x, y, reach)
        if len(candidates) == 0 and len(marked) == 0:
            continue
        geoms = np.asarray(frame.geometry.values, dtype=object)[candidates]
        if layer.arrays.kind == "polygon":
            inside = shapely.contains_xy(geoms, point.x, point.y)
            chosen = candidates[inside]
            if layer_id == "plots" and len(chosen) > 1:  # smallest first: the one you pointed at
                chosen = chosen[np.argsort(shapely.area(geoms[inside]))]
        else:
            dists = np.array([point_distance(layer.arrays, int(f), x, y) for f in candidates])
            chosen = candidates[dists <= reach][np.argsort(dists[dists <= reach])]
        if len(marked):  # the rings clicked, nearest first, then what contains the point
            seen = set(marked.tolist())
            chosen = np.concatenate([marked, [r for r in chosen.tolist() if r not in seen]]).astype(np.int64)
        id_field = {"zones": "zone_id", "plots": "plot_id", "corridors": "corridor_id", "hubs": "hub_id"}[layer_id]
        for row in chosen:
            hits.append(Hit(layer_id, int(row), str(frame[id_field].iloc[int(row)])))
    return hits


@dataclass(frozen=True)
class Pick:
    """What a single click on the map picks: a zone to make current, and the plots to select
    (empty: the selection is left alone)."""

    zone_id: str | None
    plot_rows: tuple[int, ...] = ()


NOTHING = Pick(None)


def pick(project: Project, scene: MapScene, x: float, y: float, resolution: float) -> Pick:
    """A click at display point (x, y) in a view of ``resolution`` display units per pixel.

    A zone drawn as a ring at that scale is picked anywhere on its ring (its plots are
    sub-pixel there); otherwise the plot under the point is selected (and its zone made
    current); otherwise the zone whose outline holds the point is picked."""
    zones = scene.layer("zones")
    if zones is not None and zones.visible and hasattr(zones, "picked"):
        ringed = zones.picked(x, y, resolution)
        if len(ringed):
            return Pick(str(project.zones["zone_id"].iloc[int(ringed[0])]))
    hits = identify(project, scene, x, y, 0.0, layers=("plots", "zones"), resolution=resolution)
    plots = [h for h in hits if h.layer_id == "plots"]
    if plots:
        row = plots[0].row
        return Pick(str(project.plots["zone_id"].iloc[row]), (row,))
    zone_hits = [h for h in hits if h.layer_id == "zones"]
    return Pick(zone_hits[0].feature_id) if zone_hits else NOTHING
