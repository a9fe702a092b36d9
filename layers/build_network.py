"""The rail network of the bundled project (seeds/rail_lines.csv) and the named corridors as
routes over it (seeds/corridor_segments.csv).

Each line runs through gazetteer places (seeds/places.csv), one geodesic stretch between
consecutive places. A corridor segment's waypoints are expanded, pair by pair, into the
stations of the shortest path along the lines when both waypoints lie on the line network;
a pair off the network (a road feeder, a ferry) stays one straight geodesic stretch. So a
corridor lies on the very vertices of the lines it follows, and the analysis network joins
them where they meet.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyproj
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra

GEOD = pyproj.Geod(ellps="WGS84")
RAIL_NETWORK_ID = "rail_network"
RAIL_NETWORK_NAMES = {
    "name_en": "Main railway lines",
    "name_ru": "Основные железнодорожные линии",
    "name_kk": "Негізгі темір жол желілері",
}


@dataclass
class StationGraph:
    ids: list[str]
    dist: np.ndarray  # all pairs, km along the lines
    pred: np.ndarray

    def path(self, a: str, b: str) -> list[str] | None:
        """The places from a to b along the lines; None when either is off the lines or they do not connect."""
        index = {p: i for i, p in enumerate(self.ids)}
        if a not in index or b not in index or not np.isfinite(self.dist[index[a], index[b]]):
            return None
        i, j = index[a], index[b]
        out = [j]
        while out[-1] != i:
            out.append(int(self.pred[i, out[-1]]))
        return [self.ids[k] for k in out[::-1]]


def station_graph(lines: list[dict], where: dict[str, dict]) -> StationGraph:
    ids: list[str] = []
    for line in lines:
        ids += [p for p in line["waypoints"].split(";") if p not in ids]
    index = {p: i for i, p in enumerate(ids)}
    u, v, w = [], [], []
    for line in lines:
        pts = line["waypoints"].split(";")
        for a, b in zip(pts, pts[1:]):
            u.append(index[a])
            v.append(index[b])
            w.append(GEOD.inv(float(where[a]["lon"]), float(where[a]["lat"]),
                              float(where[b]["lon"]), float(where[b]["lat"]))[2] / 1000)
    graph = coo_matrix((w, (u, v)), shape=(len(ids), len(ids))).tocsr()
    dist, pred = dijkstra(graph, directed=False, return_predecessors=True)
    return StationGraph(ids, dist, pred)


def expand(waypoints: list[str], graph: StationGraph) -> list[str]:
    """The waypoints with the stations between each pair that the lines join."""
    out = [waypoints[0]]
    for a, b in zip(waypoints, waypoints[1:]):
        path = graph.path(a, b)
        out += path[1:] if path else [b]
    return out


def rail_rows(lines: list[dict], where: dict[str, dict], line_geometry) -> list[dict]:
    """One corridors row per line, all under the id ``rail_network`` (one legend entry, one colour)."""
    return [dict(corridor_id=RAIL_NETWORK_ID, **RAIL_NETWORK_NAMES, mode=line["mode"],
                 geometry=line_geometry([(float(where[p]["lon"]), float(where[p]["lat"]))
                                         for p in line["waypoints"].split(";")]))
            for line in lines]
