"""Shortest geodesic distances from a zone polygon to corridors and hubs (SCHEMA.md section 2).

Corridor edges are read as geodesics (densified every 2 km before any projection).
Candidates are ranked in an azimuthal equidistant (AEQD) projection centred on the zone;
each candidate is then measured in an AEQD centred on its own nearest point, where
distances from the centre are true geodesic distances. 0 when the polygon touches or
contains the target.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from sezmap.analysis import geodesy
from sezmap.analysis.chord_search import ChordPoints
from sezmap.model import schema

DENSIFY_M = 2_000.0


@dataclass(frozen=True)
class Nearest:
    km: float | None
    target_id: str | None
    zone_point: tuple[float, float] | None = None  # lon/lat on the zone polygon
    target_point: tuple[float, float] | None = None  # lon/lat on the target


NONE = Nearest(None, None)


def densified_lines(corridors) -> tuple[list[str], np.ndarray]:
    """(corridor ids, lon/lat (Multi)LineStrings with geodesic edges densified) one per row."""
    ids, lines = [], []
    for cid, geom in zip(corridors["corridor_id"], corridors.geometry, strict=True):
        if geom is None or geom.is_empty:
            continue
        parts = [geodesy.densify_geodesic(np.asarray(p.coords), DENSIFY_M)
                 for p in getattr(geom, "geoms", [geom]) if len(p.coords) >= 2]
        if parts:
            ids.append(str(cid))
            lines.append(shapely.multilinestrings([shapely.linestrings(p) for p in parts]))
    return ids, np.asarray(lines, dtype=object)


def _measure(zone_ll, target_ll) -> Nearest:
    """Geodesic distance between a zone and one target, refined around the nearest points."""
    if shapely.intersects(zone_ll, target_ll):
        p = shapely.get_coordinates(shapely.intersection(zone_ll, target_ll))[0]
        return Nearest(0.0, None, (p[0], p[1]), (p[0], p[1]))
    c = zone_ll.centroid
    tries = []
    for round_ in range(3):
        fwd, inv = geodesy.local_aeqd(round(c.x, 7), round(c.y, 7))
        z, t = geodesy.transform_geometries([zone_ll, target_ll], fwd)
        pz, pt = shapely.get_coordinates(shapely.shortest_line(z, t))
        (zl, tl), (zb, tb) = inv.transform([pz[0], pt[0]], [pz[1], pt[1]])
        d = float(geodesy.geodesic_distance_m(zl, zb, tl, tb))
        tries.append((d, (zl, zb), (tl, tb)))
        # next round: centre on the target's nearest point (true distances from there)
        c = shapely.Point(tl, tb) if round_ % 2 == 0 else shapely.Point(zl, zb)
    d, zp, tp = min(tries, key=lambda t: t[0])  # the first of equals, as before
    return Nearest(d / 1000.0, None, zp, tp)


def nearest(zone_ll, ids: list[str], targets_ll: np.ndarray) -> Nearest:
    """The nearest of several lon/lat targets to a lon/lat zone polygon."""
    if len(ids) == 0:
        return NONE
    c = zone_ll.centroid
    fwd, _ = geodesy.local_aeqd(round(c.x, 7), round(c.y, 7))
    projected = geodesy.transform_geometries(np.concatenate([[zone_ll], targets_ll]), fwd)
    approx = shapely.distance(projected[0], projected[1:])
    lo = float(approx.min())
    candidates = np.flatnonzero(approx <= lo * 1.05 + 5_000.0)
    best = NONE
    for k in candidates:
        m = _measure(zone_ll, targets_ll[k])
        if m.km is not None and (best.km is None or m.km < best.km):
            best = Nearest(m.km, ids[k], m.zone_point, m.target_point)
    return best


@dataclass
class LineTargets:
    """Lon/lat lines (:func:`densified_lines`) and what prunes them per zone, built once for
    many zones: a line whose lower bound is above another line's upper bound cannot be the
    nearest and is neither projected nor measured.

    The bounds use straight (chord) distances between earth-centred coordinates, which are
    never longer than geodesics: for the closest pair of vertices (zone boundary, line),
    lower = chord − half the longest edge of each (a point of an edge is that close to a vertex
    of it) − a margin; upper = the geodesic between the pair. :meth:`nearest` gives what
    :func:`nearest` gives on all the lines."""

    ids: list[str]
    lines: np.ndarray
    points: list[ChordPoints] = field(default_factory=list)
    half_edge_m: np.ndarray = field(default_factory=lambda: np.zeros(0))
    vertices: list[np.ndarray] = field(default_factory=list)

    def __post_init__(self):
        for line in self.lines:
            xy = shapely.get_coordinates(line)
            self.vertices.append(xy)
            self.points.append(ChordPoints(xy[:, 0], xy[:, 1]))
        self.half_edge_m = np.array([_half_edge_m(line) for line in self.lines])

    def nearest(self, zone_ll) -> Nearest:
        if len(self.ids) == 0:
            return NONE
        zxy = shapely.get_coordinates(zone_ll.boundary)
        zecef = geodesy.ecef(zxy[:, 0], zxy[:, 1])  # (once for every line)
        zone_half = _half_edge_m(zone_ll.boundary)
        lower, upper = np.empty(len(self.ids)), np.empty(len(self.ids))
        for k, points in enumerate(self.points):
            found = points.nearest_to(zecef)
            chord, idx = found.chord_m[:, 0], found.index[:, 0]
            i = int(np.argmin(chord))
            lx, ly = self.vertices[k][idx[i]]
            upper[k] = float(geodesy.geodesic_distance_m(zxy[i, 0], zxy[i, 1], lx, ly))
            margin = 100.0 + 0.01 * (zone_half + self.half_edge_m[k])
            lower[k] = chord[i] - zone_half - self.half_edge_m[k] - margin
        # a line inside the polygon, away from its boundary, is at 0 km
        touching = shapely.intersects(zone_ll, self.lines)
        lower[touching] = -np.inf
        upper[touching] = 0.0
        keep = np.flatnonzero(lower <= upper.min())
        return nearest(zone_ll, [self.ids[k] for k in keep], self.lines[keep])


def _half_edge_m(geom) -> float:
    """Half the longest geodesic edge of a (Multi)LineString or ring set."""
    longest = 0.0
    for part in shapely.get_parts(geom):
        xy = shapely.get_coordinates(part)
        if len(xy) >= 2:
            longest = max(longest, float(np.max(geodesy.geodesic_distance_m(xy[:-1, 0], xy[:-1, 1],
                                                                            xy[1:, 0], xy[1:, 1]))))
    return longest / 2.0


def hubs_by_kind(hubs) -> dict[str, tuple[list[str], np.ndarray]]:
    """(hub ids, lon/lat points) of each kind in schema.DISTANCE_HUB_KINDS, empty geometries left out."""
    out = {}
    for kind in schema.DISTANCE_HUB_KINDS:
        sel = hubs[hubs["kind"] == kind]
        sel = sel[~(sel.geometry.isna() | sel.geometry.is_empty)]
        out[kind] = ([str(h) for h in sel["hub_id"]], np.asarray(sel.geometry.values, dtype=object))
    return out


def crossings_by_country(hubs) -> dict[str, tuple[list[str], np.ndarray]]:
    """(crossing ids, lon/lat points) of the border crossings to each of schema.NEIGHBOURS, by
    the hubs' ``neighbour`` field (empty lists where a project has none)."""
    out = {}
    has = "neighbour" in hubs.columns
    for cc in schema.NEIGHBOURS:
        sel = hubs[(hubs["kind"] == "border_crossing") & (hubs["neighbour"] == cc)] if has else hubs.iloc[0:0]
        sel = sel[~(sel.geometry.isna() | sel.geometry.is_empty)]
        out[cc] = ([str(h) for h in sel["hub_id"]], np.asarray(sel.geometry.values, dtype=object))
    return out


def nearest_hubs(zone_ll, hubs, by_kind: dict | None = None) -> dict[str, Nearest]:
    """Nearest hub of each kind in schema.DISTANCE_HUB_KINDS (``by_kind``: :func:`hubs_by_kind`,
    when the caller measures many zones)."""
    if by_kind is None:
        by_kind = hubs_by_kind(hubs)
    return {kind: nearest(zone_ll, *by_kind[kind]) for kind in schema.DISTANCE_HUB_KINDS}
