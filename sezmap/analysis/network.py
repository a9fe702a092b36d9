"""Distances along the corridor network (SCHEMA.md section 2, ``network_km``).

Nodes are the vertices of the corridor lines; an edge joins consecutive vertices of a line
and weighs its geodesic length times ``CIRCUITY`` (any mode but ``sea``): a line is drawn as
geodesic stretches between the towns and stations of the gazetteer, and the track or road
between two of them is longer than the straight stretch (curves, detours round hills and
lakes). A corridor routed over the rail lines must not come out shorter than the lines under
it, so the factor does not depend on the mode of the land line. 1.11 is the median ratio of the published rail distance to the straight stretches
over the station pairs of seeds/rail_distances.csv (1.08–1.15); with it every one of those
pairs comes within 5 % (tests/test_analysis_rail_network.py). Vertices within 50 m of each other (found by chord:
analysis/chord_search.py) are joined by a connector edge weighing its own geodesic
length (at most 50 m). Connectors rather than merging vertices into one node: merging is
transitive, and a densely digitised line (vertices every 20 m) would collapse into a point.

A zone enters by a straight geodesic leg from its centroid (the area centroid, computed in
the zone's equal-area projection) to the geodesically nearest vertex; a hub likewise from
its point. ``network_km[hub]`` = zone leg + shortest path + hub leg, ``None`` when the two
entry vertices are not connected.

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
CIRCUITY = 1.11  # land lines; sea lines weigh their geodesic length


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
        w = self._lengths(u, v) * (np.concatenate(fac) if fac else np.empty(0))
        pi, pj = self.points.pairs_within(join_m * 1.001)
        if len(pi):
            cw = self._lengths(pi, pj)
            near = cw <= join_m
            u = np.concatenate([u, pi[near]])
            v = np.concatenate([v, pj[near]])
            w = np.concatenate([w, cw[near]])
        # undirected, one edge per pair of vertices (the shortest), no loops
        a, b = np.minimum(u, v), np.maximum(u, v)
        order = np.lexsort((w, b, a))
        a, b, w = a[order], b[order], w[order]
        first = np.ones(len(a), dtype=bool)
        first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
        a, b, w = a[first], b[first], np.maximum(w[first], 1e-9)
        loops = a != b
        a, b, w = a[loops], b[loops], w[loops]
        # adjacency lists, both ways: vertex i's neighbours are to[start[i]:start[i + 1]]
        frm, to, weight = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([w, w])
        order = np.argsort(frm, kind="stable")
        self._start = np.concatenate([[0], np.cumsum(np.bincount(frm, minlength=n))]).tolist()
        self._to, self._weight = to[order].tolist(), weight[order].tolist()

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

    def shortest(self, sources: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """(distances m, predecessors) from each source vertex to every vertex: (sources, vertices)
        arrays, inf and -1 where a vertex is not reached."""
        n = len(self.xy)
        dist, pred = np.full((len(sources), n), np.inf), np.full((len(sources), n), -1, dtype=np.int64)
        for row, source in enumerate(sources):
            d, p = _dijkstra(self._start, self._to, self._weight, int(source), n)
            dist[row], pred[row] = d, p
        return dist, pred

    def path_xy(self, pred_row: np.ndarray, target: int) -> np.ndarray:
        out = [target]
        while pred_row[out[-1]] >= 0:
            out.append(int(pred_row[out[-1]]))
        return self.xy[out[::-1]]


def _dijkstra(start: list[int], to: list[int], weight: list[float], source: int, n: int):
    """(distance, predecessor) lists from ``source`` over adjacency lists (non-negative weights)."""
    dist = [float("inf")] * n
    pred = [-1] * n
    dist[source] = 0.0
    heap = [(0.0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # a stale entry: u was reached shorter since
        for k in range(start[u], start[u + 1]):
            v, nd = to[k], d + weight[k]
            if nd < dist[v]:
                dist[v] = nd
                pred[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, pred


@dataclass(frozen=True)
class RoutePart:
    """A piece of a route: a lon/lat line, whether it runs along the corridor network, its km."""

    line: shapely.LineString
    on_network: bool
    km: float


@dataclass
class NetworkResult:
    km: pd.DataFrame  # zones × hubs, NaN where unreachable
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
        if zone_id not in self.km.index:
            return {}
        row = self.km.loc[zone_id]
        return {h: (None if pd.isna(v) else float(v)) for h, v in row.items()}


def network_distances(network: CorridorNetwork, zone_points: dict[str, tuple[float, float]],
                      hubs) -> NetworkResult:
    """``network_km`` for every zone (by its centroid) and hub, with the route lines."""
    hub_ids = [str(h) for h in hubs["hub_id"]]
    zone_ids = list(zone_points)
    km = pd.DataFrame(np.nan, index=pd.Index(zone_ids, name="zone_id"), columns=hub_ids, dtype=float)
    routes: dict[tuple[str, str], shapely.LineString] = {}
    legs: dict[tuple[str, str], tuple[float, float]] = {}
    if network.empty or not zone_ids or not hub_ids:
        return NetworkResult(km, routes, legs)
    hub_xy = [(g.x, g.y) if g is not None and not g.is_empty else None for g in hubs.geometry]
    hub_entries = [network.entry(*p) if p else None for p in hub_xy]
    zone_entries = [network.nearest_entry(*zone_points[z]) for z in zone_ids]
    dist, pred = network.shortest([e.vertex for e in zone_entries])
    for zi, (zid, ze) in enumerate(zip(zone_ids, zone_entries, strict=True)):
        for hi, (hid, he) in enumerate(zip(hub_ids, hub_entries, strict=True)):
            if he is None:
                continue
            along = dist[zi, he.vertex]
            if not np.isfinite(along):
                continue
            km.iat[zi, hi] = (ze.leg_m + along + he.leg_m) / 1000.0
            path = network.path_xy(pred[zi], he.vertex)
            routes[(zid, hid)] = shapely.LineString(np.vstack([np.asarray(zone_points[zid]), path,
                                                               np.asarray(hub_xy[hi])]))
            legs[(zid, hid)] = (ze.leg_m, he.leg_m)
    return NetworkResult(km, routes, legs)
