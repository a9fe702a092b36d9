"""Geodesic distances from the nearest point of each plot to the logistics network (no Qt).

For the site search: many small polygons (plots), a few targets (rail lines; border
crossings, overall and to each neighbour; seaports; dry ports). ``LogisticsIndex``
(logistics.py) answers for *points*; a plot's distance is from its *nearest point*, which
for a plot of a few hundred metres differs from its centroid's by up to its radius, and is 0
when a hub lies in the plot or a line crosses it. Here, per zone (plots grouped by
``zone_id``), vectorised:

* Hubs: exact bounds first (the geodesic from the group's centre to each hub, ± the group's
  radius) keep only the hubs that can be nearest to some plot of the group. For each kept hub
  h and plot P, with v the plot's first vertex: ``km = geod(v, h) - (|v' - h'| - dist(P', h'))``,
  primes being positions in an azimuthal equidistant (AEQD) projection centred on the group.
  The geodesic carries the long distance exactly; the projection only gives how much nearer
  the plot's nearest point is than v (at most the plot's size, where the projection's scale
  error, under 0.1 % within 250 km of the centre, is below a metre). 0 where the hub is in
  the plot.
* Rail: the rail corridors (``mode`` = ``rail``, as ``LogisticsIndex`` takes them), their
  edges read as geodesics and densified every ``RAIL_STEP_M``, cut into segments and
  projected to the group's AEQD; an STRtree gives each plot's nearest segment,
  ``shapely.shortest_line`` the nearest pair of points, which go back to lon/lat and are
  measured with ``pyproj.Geod``. The pair is a true pair of points (plot, line), so the
  figure is never below the true distance; choosing the pair in the projection costs only a
  second-order error. 0 where a line crosses or touches the plot.

``plot_distances(geoms, groups, corridors, hubs)`` returns a DataFrame, one row a plot:
``rail_km``; ``border_km``/``border_id``; ``border_<CC>_km``/``_id`` for each neighbour in
schema.NEIGHBOURS (by the crossing's ``neighbour`` field); ``seaport_km``/``_id``;
``dry_port_km``/``_id``. NaN / None where the project has no such target.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import geodesy
from sezmap.model import schema

RAIL_STEP_M = 1_000.0
HUB_KEYS = ("border", *[f"border_{cc}" for cc in schema.NEIGHBOURS], "seaport", "dry_port")


def hub_sets(hubs) -> dict[str, np.ndarray]:
    """The hubs' rows (positions in ``hubs``) that each key of HUB_KEYS measures to."""
    n = len(hubs)
    if n == 0:
        return {key: np.zeros(0, dtype=np.int64) for key in HUB_KEYS}
    geom = hubs.geometry.to_numpy()
    ok = ~(shapely.is_missing(geom) | shapely.is_empty(geom))
    kind = hubs["kind"].to_numpy(dtype=object)
    neighbour = hubs["neighbour"].to_numpy(dtype=object) if "neighbour" in hubs.columns else np.full(n, None)
    border = ok & (kind == "border_crossing")
    masks = {"border": border, "seaport": ok & (kind == "seaport"), "dry_port": ok & (kind == "dry_port")}
    masks.update({f"border_{cc}": border & (neighbour == cc) for cc in schema.NEIGHBOURS})
    return {key: np.flatnonzero(masks[key]) for key in HUB_KEYS}


def rail_lines(corridors) -> np.ndarray:
    """The rail corridors' lines, lon/lat, densified along their geodesics: (n, 2) arrays."""
    out = []
    if len(corridors):
        for geom in corridors.geometry[corridors["mode"] == "rail"]:
            if geom is None or geom.is_empty:
                continue
            for part in shapely.get_parts(geom):
                xy = shapely.get_coordinates(part)
                if len(xy) >= 2:
                    out.append(geodesy.densify_geodesic(xy, RAIL_STEP_M))
    return np.asarray(out + [None], dtype=object)[:-1]


class Cancelled(Exception):
    """``cancelled()`` said to stop (the caller on another thread gave the work up)."""


def stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("cancelled")


def plot_distances(geoms, groups, corridors, hubs, cancelled: Callable[[], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> pd.DataFrame:
    """Distances (km) from each lon/lat plot to the targets; ``groups``: a code per plot (its
    zone): each group is measured in a projection of its own. ``cancelled`` is asked before
    each group (``Cancelled`` when it says yes), ``progress(done, total)`` told after each."""
    geoms = np.asarray(geoms, dtype=object)
    groups = np.asarray(groups)
    n = len(geoms)
    sets = hub_sets(hubs)
    hub_xy = shapely.get_coordinates(hubs.geometry.to_numpy()) if len(hubs) else np.zeros((0, 2))
    hub_ids = [str(h) for h in hubs["hub_id"]] if len(hubs) else []
    lines = rail_lines(corridors)
    rail = np.full(n, np.nan)
    per_hub = {key: (np.full(n, np.nan), np.full(n, -1, dtype=np.int64)) for key in HUB_KEYS}
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    codes = np.unique(groups[ok])
    for done, code in enumerate(codes):
        stop_if(cancelled)
        rows = np.flatnonzero((groups == code) & ok)
        frame = _Frame.of(geoms[rows])
        if len(lines):
            rail[rows] = frame.rail_km(lines)
        wanted = {key: frame.candidates(hub_xy[sets[key]]) for key in HUB_KEYS}
        needed = sorted({int(sets[key][c]) for key in HUB_KEYS for c in wanted[key]})
        km = {h: frame.hub_km(hub_xy[h]) for h in needed}
        for key in HUB_KEYS:
            cand = [int(sets[key][c]) for c in wanted[key]]
            if not cand:
                continue
            table = np.column_stack([km[h] for h in cand])
            best = np.argmin(table, axis=1)
            per_hub[key][0][rows] = table[np.arange(len(rows)), best]
            per_hub[key][1][rows] = np.asarray(cand)[best]
        if progress is not None:
            progress(done + 1, len(codes))
    out: dict[str, object] = {"rail_km": rail}
    ids = np.asarray([*hub_ids, None], dtype=object)  # position -1: None
    for key in HUB_KEYS:
        out[f"{key}_km"], out[f"{key}_id"] = per_hub[key][0], ids[per_hub[key][1]]
    return pd.DataFrame(out)


class _Frame:
    """One group of plots in an AEQD projection centred on the middle of its bounding box."""

    def __init__(self, geoms: np.ndarray, lon0: float, lat0: float):
        self.geoms = geoms
        self.lon0, self.lat0 = lon0, lat0
        self.fwd, self.inv = geodesy.local_aeqd(lon0, lat0)
        self.projected = geodesy.transform_geometries(geoms, self.fwd)
        shapely.prepare(self.projected)
        # each plot's first vertex (any point of it would do)
        counts = shapely.get_num_coordinates(geoms)
        first = shapely.get_coordinates(geoms)[np.r_[0, np.cumsum(counts)[:-1]]]
        self.v_lon, self.v_lat = first[:, 0], first[:, 1]
        self.v_x, self.v_y = self.fwd.transform(self.v_lon, self.v_lat)
        # the group's radius: from the centre to the farthest corner of its bounding box
        x0, y0, x1, y1 = shapely.total_bounds(geoms)
        corners_lon, corners_lat = np.array([x0, x0, x1, x1]), np.array([y0, y1, y0, y1])
        self.radius_m = float(np.max(geodesy.geodesic_distance_m(lon0, lat0, corners_lon, corners_lat)))

    @classmethod
    def of(cls, geoms: np.ndarray) -> _Frame:
        x0, y0, x1, y1 = shapely.total_bounds(geoms)
        return cls(geoms, round((x0 + x1) / 2.0, 7), round((y0 + y1) / 2.0, 7))

    def candidates(self, xy: np.ndarray) -> np.ndarray:
        """Positions of the points that may be the nearest to some plot of the group: every
        plot is within the radius of the centre, so a point whose distance from the centre,
        less the radius, exceeds another's plus the radius is never the nearest."""
        if len(xy) == 0:
            return np.zeros(0, dtype=np.int64)
        d = geodesy.geodesic_distance_m(self.lon0, self.lat0, xy[:, 0], xy[:, 1])
        return np.flatnonzero(d - self.radius_m <= d.min() + self.radius_m + 1.0)

    def hub_km(self, xy: np.ndarray) -> np.ndarray:
        hx, hy = self.fwd.transform(xy[0], xy[1])
        near = shapely.distance(self.projected, shapely.Point(hx, hy))
        to_vertex = np.hypot(self.v_x - hx, self.v_y - hy)
        km = (geodesy.geodesic_distance_m(self.v_lon, self.v_lat, xy[0], xy[1]) - (to_vertex - near)) / 1000.0
        return np.where(near > 0.0, np.maximum(km, 0.0), 0.0)

    def rail_km(self, lines: np.ndarray) -> np.ndarray:
        segments = []
        for xy in lines:
            x, y = self.fwd.transform(xy[:, 0], xy[:, 1])
            pts = np.column_stack([x, y])
            segments.append(shapely.linestrings(np.stack([pts[:-1], pts[1:]], axis=1)))
        segs = np.concatenate(segments)
        # only segments that can be the nearest to a plot of the group: every plot lies in the
        # group's box, so none is farther from its nearest segment than the box's nearest
        # segment plus the box's diagonal
        x0, y0, x1, y1 = shapely.total_bounds(self.projected)
        to_box = shapely.distance(shapely.box(x0, y0, x1, y1), segs)
        segs = segs[to_box <= to_box.min() + np.hypot(x1 - x0, y1 - y0) + 1.0]
        tree = shapely.STRtree(segs)
        which = tree.query_nearest(self.projected, all_matches=False)
        seg = np.full(len(self.projected), -1, dtype=np.int64)
        seg[which[0]] = which[1]
        pairs = shapely.get_coordinates(shapely.shortest_line(self.projected, segs[seg]))
        lon, lat = self.inv.transform(pairs[:, 0], pairs[:, 1])
        lon, lat = np.asarray(lon).reshape(-1, 2), np.asarray(lat).reshape(-1, 2)
        km = geodesy.geodesic_distance_m(lon[:, 0], lat[:, 0], lon[:, 1], lat[:, 1]) / 1000.0
        touching = shapely.intersects(self.projected, segs[seg])
        return np.where(touching, 0.0, km)
