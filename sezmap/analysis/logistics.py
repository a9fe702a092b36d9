"""Distances from many points at once to the logistics network: the nearest rail line, the
nearest border crossing (overall and to each neighbouring country), seaport and dry port.

For a site search that ranks thousands of candidate sites: every query is vectorised (the
nearest by chord, analysis/chord_search.py, pick candidates; geodesic distances on WGS84 decide).

- ``rail_km``: to the nearest vertex of the rail lines (corridor rows of mode ``rail``)
  densified geodesically every ``RAIL_STEP_M``, so within ``RAIL_STEP_M / 2`` (0.5 km) of the
  distance to the line itself, never below it.
- ``border_km`` / ``border_id``: to the nearest hub of kind ``border_crossing``;
  ``border_<CC>_km`` / ``border_<CC>_id`` for each neighbour in schema.NEIGHBOURS, by the
  crossing's ``neighbour`` field (a crossing without one counts only overall).
- ``seaport_km`` / ``seaport_id``, ``dry_port_km`` / ``dry_port_id``.

Straight geodesic distances, not along the network (for those, see network.py). NaN / None
where the project has no such target. About 45 µs a point for the whole table (100,000 points
in ~4.5 s on one core).

    index = LogisticsIndex(project.corridors, project.hubs)   # build once, query often
    table = index.distances(lons, lats)                        # pandas DataFrame, one row a point
    index.distances_to_border(lons, lats, "RU")                # (km array, id list)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from sezmap.analysis import geodesy
from sezmap.analysis.chord_search import ChordPoints
from sezmap.model import schema

RAIL_STEP_M = 1_000.0
CANDIDATES = 3  # hubs: nearest by chord first, then the geodesic decides among these
CHORD_SLACK = 1.02


@dataclass
class _Targets:
    ids: list[str]
    lon: np.ndarray
    lat: np.ndarray
    points: ChordPoints | None
    candidates: int = CANDIDATES

    @classmethod
    def of(cls, ids: list[str], lon, lat, candidates: int = CANDIDATES) -> _Targets:
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        return cls(list(ids), lon, lat, ChordPoints(lon, lat) if len(lon) else None, candidates)

    def nearest(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
        """(km, target id) of the geodesically nearest target to each point."""
        n = len(lon)
        if self.points is None or n == 0:
            return np.full(n, np.nan), [None] * n
        k = min(self.candidates, len(self.lon))
        found = self.points.nearest(lon, lat, k)
        idx, chord = found.index, found.chord_m
        # a geodesic is under 2 % longer than its chord up to ~4,000 km (Kazakhstan is ~3,000 km
        # across): only candidates within 2 % of the shortest chord can be the nearest, and only
        # those are measured
        near = chord <= chord[:, :1] * CHORD_SLACK + 1.0
        rows, cols = np.nonzero(near)
        d = np.full((n, k), np.inf)
        d[rows, cols] = geodesy.geodesic_distance_m(lon[rows], lat[rows], self.lon[idx[rows, cols]],
                                                    self.lat[idx[rows, cols]])
        best = np.argmin(d, axis=1)
        rows = np.arange(n)
        return d[rows, best] / 1000.0, [self.ids[i] for i in idx[rows, best]]


class LogisticsIndex:
    """Built once from a project's corridors and hubs; answers for arrays of lon/lat points."""

    def __init__(self, corridors, hubs):
        self.rail = self._rail(corridors)
        self.hubs: dict[str, _Targets] = {}
        valid = hubs[~(hubs.geometry.isna() | hubs.geometry.is_empty)] if len(hubs) else hubs
        kinds = valid["kind"] if len(valid) else pd.Series([], dtype=object)
        neighbours = valid["neighbour"] if "neighbour" in valid.columns else pd.Series([None] * len(valid))
        for key, mask in [("border", kinds == "border_crossing"), ("seaport", kinds == "seaport"),
                          ("dry_port", kinds == "dry_port"),
                          *[(f"border_{cc}", (kinds == "border_crossing") & (neighbours.to_numpy() == cc))
                            for cc in schema.NEIGHBOURS]]:
            sel = valid[np.asarray(mask, dtype=bool)]
            self.hubs[key] = _Targets.of([str(h) for h in sel["hub_id"]], sel.geometry.x, sel.geometry.y)

    @staticmethod
    def _rail(corridors) -> _Targets:
        parts = []
        if len(corridors):
            rail = corridors[corridors["mode"] == "rail"]
            for geom in rail.geometry:
                if geom is None or geom.is_empty:
                    continue
                for part in getattr(geom, "geoms", [geom]):
                    xy = np.asarray(part.coords, dtype=float)[:, :2]
                    if len(xy) >= 2:
                        parts.append(geodesy.densify_geodesic(xy, RAIL_STEP_M))
        xy = np.concatenate(parts) if parts else np.empty((0, 2))
        # vertices 1 km apart: the nearest by chord is the nearest by geodesic to well within that
        return _Targets.of(["rail"] * len(xy), xy[:, 0], xy[:, 1], candidates=1)

    def rail_km(self, lon, lat) -> np.ndarray:
        return self.rail.nearest(np.atleast_1d(np.asarray(lon, float)), np.atleast_1d(np.asarray(lat, float)))[0]

    def distances_to_border(self, lon, lat, country: str | None = None) -> tuple[np.ndarray, list[str | None]]:
        """(km, crossing id) to the nearest border crossing, or the nearest one to ``country``."""
        key = "border" if country is None else f"border_{country}"
        targets = self.hubs.get(key) or _Targets.of([], [], [])
        return targets.nearest(np.atleast_1d(np.asarray(lon, float)), np.atleast_1d(np.asarray(lat, float)))

    def distances(self, lon, lat) -> pd.DataFrame:
        """One row per point: rail_km; border_km/_id; border_<CC>_km/_id per neighbour;
        seaport_km/_id; dry_port_km/_id."""
        lon = np.atleast_1d(np.asarray(lon, float))
        lat = np.atleast_1d(np.asarray(lat, float))
        out: dict[str, object] = {"rail_km": self.rail.nearest(lon, lat)[0]}
        for key in ("border", *[f"border_{cc}" for cc in schema.NEIGHBOURS], "seaport", "dry_port"):
            km, ids = self.hubs[key].nearest(lon, lat)
            out[f"{key}_km"], out[f"{key}_id"] = km, ids
        return pd.DataFrame(out)
