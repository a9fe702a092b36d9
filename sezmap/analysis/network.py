"""Distances along the corridor network (SCHEMA.md section 2, ``network_km``).

Nodes are the vertices of the corridor lines; an edge joins consecutive vertices of a line
and weighs its geodesic length, as the contract defines it. Vertices within 50 m of each other
(found by chord: analysis/chord_search.py) are joined by a connector edge weighing its own
geodesic length (at most 50 m). Connectors rather than merging vertices into one node: merging
is transitive, and a densely digitised line (vertices every 20 m) would collapse into a point.

A zone enters by a straight geodesic leg from its centroid (the area centroid, computed in
the zone's equal-area projection) to the geodesically nearest vertex; a hub likewise from
its point. ``network_km[hub]`` = zone leg + shortest path + hub leg, ``None`` when the two
entry vertices are not connected.

Beyond the contract, ``network_track_km[hub]``: the same route with its stretches along land
lines (any mode but ``sea``) times ``CIRCUITY``, an estimate of the distance by track or road.
A line is drawn as geodesic stretches between the towns and stations of the gazetteer, and the
track or road between two of them is longer than the straight stretch (curves, detours round
hills and lakes). 1.11 is the median ratio of the published rail distance to the straight
stretches over the station pairs of seeds/rail_distances.csv (1.08–1.15); with it every one of
those pairs comes within 5 % (tests/test_analysis_rail_network.py). The legs and the 50 m
connectors count as they are.

The legs are off the network: straight lines that may cross hundreds of kilometres of steppe
(Pavlodar SEZ's centroid is ~380 km from the nearest corridor). ``NetworkResult.parts`` gives
a route as its parts, each flagged on or off the network, so a map and a panel can show and
say how much of ``network_km`` is not along any corridor.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import geodesy
from sezmap.analysis.chord_search import ChordPoints

# Shortest paths by Dijkstra's algorithm with a binary heap, here in Python over adjacency lists
# (``_dijkstra``): SciPy's csgraph did it, but SciPy's import (~0.18 s of one core holding the
# GIL, analysis/chord_search.py) cost more than the searches: 14 zones over the default
# project's network (2,330 vertices, 3,565 edges) take 16 ms in Python, 2 ms in SciPy.

JOIN_M = 50.0
CIRCUITY = 1.11  # network_track_km: land lines times this; sea lines, legs and connectors as they are


@dataclass
class Entry:
    vertex: int
    leg_m: float


class CorridorNetwork:
    def __init__(self, corridors, join_m: float = JOIN_M, circuity: float = CIRCUITY):
        lines, factors = [], []
        modes = corridors["mode"] if "mode" in corridors.columns else [None] * len(corridors)
        for geom, mode in zip(corridors.geometry, modes, strict=True):
            if geom is None or geom.is_empty:
                continue
            for part in getattr(geom, "geoms", [geom]):
                xy = np.asarray(part.coords, dtype=float)[:, :2]
                if len(xy) >= 1:
                    lines.append(xy)
                    factors.append(1.0 if mode == "sea" else circuity)
        self.xy = np.concatenate(lines) if lines else np.empty((0, 2))
        n = len(self.xy)
        src, dst, fac = [], [], []
        start = 0
        for xy, f in zip(lines, factors, strict=True):
            k = len(xy)
            src.append(np.arange(start, start + k - 1))
            dst.append(np.arange(start + 1, start + k))
            fac.append(np.full(max(k - 1, 0), f))
            start += k
        u = np.concatenate(src) if src else np.empty(0, np.int64)
        v = np.concatenate(dst) if dst else np.empty(0, np.int64)
        self.points = ChordPoints(self.xy[:, 0], self.xy[:, 1])
        w = self._lengths(u, v)  # the contract's weight: the geodesic length
        t = w * (np.concatenate(fac) if fac else np.empty(0))  # the track estimate's
        pi, pj = self.points.pairs_within(join_m * 1.001)
        if len(pi):
            cw = self._lengths(pi, pj)
            near = cw <= join_m
            u = np.concatenate([u, pi[near]])
            v = np.concatenate([v, pj[near]])
            w = np.concatenate([w, cw[near]])
            t = np.concatenate([t, cw[near]])
        # undirected, one edge per pair of vertices (the shortest; of equals, a line's own edge
        # before a connector), no loops
        a, b = np.minimum(u, v), np.maximum(u, v)
        order = np.lexsort((w, b, a))
        a, b, w, t = a[order], b[order], w[order], t[order]
        first = np.ones(len(a), dtype=bool)
        first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
        a, b, w, t = a[first], b[first], np.maximum(w[first], 1e-9), t[first]
        loops = a != b
        a, b, w, t = a[loops], b[loops], w[loops], t[loops]
        # adjacency lists, both ways: vertex i's neighbours are to[start[i]:start[i + 1]]
        frm, to = np.concatenate([a, b]), np.concatenate([b, a])
        order = np.argsort(frm, kind="stable")
        self._start = np.concatenate([[0], np.cumsum(np.bincount(frm, minlength=n))]).tolist()
        self._to = to[order].tolist()
        self._weight = np.concatenate([w, w])[order].tolist()
        self._track = np.concatenate([t, t])[order].tolist()

    def _lengths(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        if len(u) == 0:
            return np.empty(0)
        return geodesy.geodesic_distance_m(self.xy[u, 0], self.xy[u, 1], self.xy[v, 0], self.xy[v, 1])

    @property
    def empty(self) -> bool:
        return len(self.xy) == 0

    def entry(self, lon: float, lat: float) -> Entry | None:
        """The geodesically nearest vertex to a point, and the leg's length; None on an empty network."""
        return None if self.empty else self.nearest_entry(lon, lat)

    def nearest_entry(self, lon: float, lat: float) -> Entry:
        """:meth:`entry` on a network known not to be empty."""
        if self.empty:
            raise ValueError("an empty corridor network has no nearest vertex")
        idx = self.points.nearest([lon], [lat], k=min(16, len(self.xy))).index[0]
        d = geodesy.geodesic_distance_m(lon, lat, self.xy[idx, 0], self.xy[idx, 1])
        best = int(np.argmin(d))
        return Entry(int(idx[best]), float(d[best]))

    def shortest(self, sources: list[int]) -> Paths:
        """The shortest paths from each source vertex to every vertex (``Paths``: one row per source)."""
        n = len(self.xy)
        shape = (len(sources), n)
        paths = Paths(np.full(shape, np.inf), np.full(shape, np.inf), np.full(shape, -1, dtype=np.int64))
        for row, source in enumerate(sources):
            paths.metres[row], paths.track_metres[row], paths.predecessors[row] = _dijkstra(
                self._start, self._to, self._weight, self._track, int(source), n)
        return paths

    def path_xy(self, pred_row: np.ndarray, target: int) -> np.ndarray:
        out = [target]
        while pred_row[out[-1]] >= 0:
            out.append(int(pred_row[out[-1]]))
        return self.xy[out[::-1]]


@dataclass
class Paths:
    """Shortest paths from some source vertices (a row each) to every vertex (a column each):
    their geodesic length (``network_km``'s), the same paths' track estimate
    (``network_track_km``'s), and each vertex's predecessor on its path; inf, inf and -1 where a
    vertex is not reached."""

    metres: np.ndarray
    track_metres: np.ndarray
    predecessors: np.ndarray


def _dijkstra(start: list[int], to: list[int], weight: list[float], track: list[float], source: int, n: int):
    """(distance, track estimate, predecessor) lists from ``source`` over adjacency lists
    (non-negative weights; the track estimate summed along the paths the weights choose)."""
    dist = [float("inf")] * n
    along = [float("inf")] * n
    pred = [-1] * n
    dist[source] = along[source] = 0.0
    heap = [(0.0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # a stale entry: u was reached shorter since
        for k in range(start[u], start[u + 1]):
            v, nd = to[k], d + weight[k]
            if nd < dist[v]:
                dist[v] = nd
                along[v] = along[u] + track[k]
                pred[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, along, pred


@dataclass(frozen=True)
class RoutePart:
    """A piece of a route: a lon/lat line, whether it runs along the corridor network, its km."""

    line: shapely.LineString
    on_network: bool
    km: float


@dataclass
class NetworkResult:
    km: pd.DataFrame  # zones × hubs, NaN where unreachable
    track_km: pd.DataFrame  # the same routes' track estimate (module text), NaN where unreachable
    routes: dict[tuple[str, str], shapely.LineString]  # (zone_id, hub_id) -> lon/lat path with legs
    legs_m: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # (zone leg, hub leg), m

    def parts(self, zone_id: str, hub_id: str) -> list[RoutePart]:
        """The route from a zone to a hub as its parts, in order: the straight leg from the zone's
        centroid to the network (off it), the path along the corridors (on it), the straight leg
        from the network to the hub (off it); legs of no length are left out. The parts' km add
        up to ``network_km``. [] when there is no route."""
        line = self.routes.get((zone_id, hub_id))
        if line is None:
            return []
        total_km = float(self.km.at[zone_id, hub_id])
        zone_leg_m, hub_leg_m = self.legs_m.get((zone_id, hub_id), (0.0, 0.0))
        xy = np.asarray(line.coords, dtype=float)
        out = []
        if zone_leg_m > 0:
            out.append(RoutePart(shapely.LineString(xy[:2]), False, zone_leg_m / 1000.0))
        along = xy[1:-1]
        along_km = total_km - (zone_leg_m + hub_leg_m) / 1000.0
        if len(along) >= 2:
            out.append(RoutePart(shapely.LineString(along), True, along_km))
        elif len(along) == 1 and along_km > 0:  # cannot happen with a path of one vertex
            out.append(RoutePart(shapely.LineString([along[0], along[0]]), True, along_km))
        if hub_leg_m > 0:
            out.append(RoutePart(shapely.LineString(xy[-2:]), False, hub_leg_m / 1000.0))
        return out

    def zone_km(self, zone_id: str) -> dict[str, float | None]:
        """``network_km`` of a zone: hub -> km (None where unreachable)."""
        return _row(self.km, zone_id)

    def zone_track_km(self, zone_id: str) -> dict[str, float | None]:
        """``network_track_km`` of a zone: hub -> km (None where unreachable)."""
        return _row(self.track_km, zone_id)


def _row(table: pd.DataFrame, zone_id: str) -> dict[str, float | None]:
    if zone_id not in table.index:
        return {}
    return {h: (None if pd.isna(v) else float(v)) for h, v in table.loc[zone_id].items()}


def network_distances(network: CorridorNetwork, zone_points: dict[str, tuple[float, float]],
                      hubs) -> NetworkResult:
    """``network_km`` for every zone (by its centroid) and hub, with the route lines."""
    hub_ids = [str(h) for h in hubs["hub_id"]]
    zone_ids = list(zone_points)
    km = pd.DataFrame(np.nan, index=pd.Index(zone_ids, name="zone_id"), columns=hub_ids, dtype=float)
    track_km = km.copy()
    routes: dict[tuple[str, str], shapely.LineString] = {}
    legs: dict[tuple[str, str], tuple[float, float]] = {}
    if network.empty or not zone_ids or not hub_ids:
        return NetworkResult(km, track_km, routes, legs)
    hub_xy = [(g.x, g.y) if g is not None and not g.is_empty else None for g in hubs.geometry]
    hub_entries = [network.entry(*p) if p else None for p in hub_xy]
    zone_entries = [network.nearest_entry(*zone_points[z]) for z in zone_ids]
    paths = network.shortest([e.vertex for e in zone_entries])
    for zi, (zid, ze) in enumerate(zip(zone_ids, zone_entries, strict=True)):
        for hi, (hid, he) in enumerate(zip(hub_ids, hub_entries, strict=True)):
            if he is None:
                continue
            along = paths.metres[zi, he.vertex]
            if not np.isfinite(along):
                continue
            km.iat[zi, hi] = (ze.leg_m + along + he.leg_m) / 1000.0
            track_km.iat[zi, hi] = (ze.leg_m + paths.track_metres[zi, he.vertex] + he.leg_m) / 1000.0
            path = network.path_xy(paths.predecessors[zi], he.vertex)
            routes[(zid, hid)] = shapely.LineString(np.vstack([np.asarray(zone_points[zid]), path,
                                                               np.asarray(hub_xy[hi])]))
            legs[(zid, hid)] = (ze.leg_m, he.leg_m)
    return NetworkResult(km, track_km, routes, legs)
