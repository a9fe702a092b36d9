"""Snapping sources for the digitising tools, without Qt: the plots and zone boundaries near
the cursor, ready for a :class:`~sezmap.model.snapping.Snapper`.

The tools (``sezmap.ui.edit_tools``) ask :meth:`SnapSource.snap` with the cursor in the map's
display CRS, a tolerance in the same units and a :class:`Projection` between that CRS and the
stored lon/lat (``sezmap.render.crs.Projection``). A snapped vertex comes back with the
neighbour's stored lon/lat exactly, and a point snapped on an edge lies on that edge as the
rules see it (a geodesic, ``geometry_edits.point_on_edge``), so shared boundaries stay shared.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import shapely

from sezmap.model.snapping import Snapper
from sezmap.session import geometry_edits as ge


class Projection(Protocol):
    """lon/lat <-> the display CRS the cursor is in."""

    def forward_xy(self, lonlat: np.ndarray) -> np.ndarray: ...

    def inverse(self, x, y) -> tuple[np.ndarray, np.ndarray]: ...


@dataclass(frozen=True)
class SnapPoint:
    """A snapped point: in the display CRS (x, y) and in lon/lat as stored (lon, lat)."""

    x: float
    y: float
    lon: float
    lat: float
    kind: str  # 'vertex' or 'edge'


class SnapSource:
    """The plots and zone boundaries near a point, ready for a :class:`Snapper`.

    Plots are found through an STRtree over ``session.project.plots`` (lon/lat), built on the
    first query and again after plots change; zone boundaries are cut down to the segments near
    the point (whole segments: their ends are real vertices). Only what is near the cursor is
    projected to the display CRS, so this stays quick on big projects.
    """

    _shared: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @classmethod
    def for_session(cls, session) -> SnapSource:
        """One per session, shared by the tools (one spatial index for all of them)."""
        source = cls._shared.get(session)
        if source is None:
            source = cls._shared[session] = cls(session)
        return source

    def __init__(self, session):
        self._session = weakref.ref(session)  # the session holds this (through its events), not back
        self._tree: shapely.STRtree | None = None
        self._tree_of: object = None  # the plots frame the tree was built from
        self._geoms = np.zeros(0, dtype=object)
        self._zones: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        session.plots_changed.connect(self.invalidate)
        session.project_changed.connect(self.invalidate)

    @property
    def session(self):
        return self._session()

    def invalidate(self, *_args) -> None:
        self._tree = None
        self._tree_of = None
        self._zones.clear()

    def _plots(self):
        plots = self.session.project.plots
        if len(self._geoms) != len(plots) or self._tree is None or self._tree_of is not plots:
            self._geoms = np.asarray(plots.geometry.values, dtype=object)
            self._tree = shapely.STRtree(self._geoms)
            self._tree_of = plots
        return self._tree

    def zone_segments(self, zone_id: str) -> tuple[np.ndarray, np.ndarray]:
        """The zone's boundary segments as (n, 2) start and end arrays (lon/lat)."""
        if zone_id not in self._zones:
            zones = self.session.project.zones
            hits = np.flatnonzero(zones["zone_id"].astype(str).to_numpy() == str(zone_id))
            a = b = np.empty((0, 2))
            if len(hits):
                geom = zones.geometry.iloc[int(hits[0])]
                if geom is not None and not geom.is_empty:
                    rings = shapely.get_rings(shapely.get_parts(geom))
                    xy, idx = shapely.get_coordinates(rings, return_index=True)
                    same = idx[:-1] == idx[1:]
                    a, b = xy[:-1][same], xy[1:][same]
            self._zones[zone_id] = (a, b)
        return self._zones[zone_id]

    def zones_near(self, lonlat_box) -> list[str]:
        zones = self.session.project.zones
        hit = self._box_hits(zones.geometry.values, lonlat_box)
        return [str(z) for z in zones["zone_id"].to_numpy()[hit]]

    @staticmethod
    def _box_hits(geoms, box) -> np.ndarray:
        b = shapely.bounds(np.asarray(geoms, dtype=object))
        x0, y0, x1, y1 = box
        return np.flatnonzero((b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1))

    @staticmethod
    def lonlat_box(projection: Projection, x: float, y: float, tol: float) -> tuple[float, float, float, float]:
        xs = np.array([x - tol, x, x + tol, x - tol, x + tol, x - tol, x, x + tol])
        ys = np.array([y - tol, y - tol, y - tol, y, y, y + tol, y + tol, y + tol])
        lon, lat = projection.inverse(xs, ys)
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())

    def snap(self, projection: Projection, x: float, y: float, tol: float, zone_ids: Sequence[str] = (),
             exclude_rows: Sequence[int] = (), include_zones_near: bool = False) -> SnapPoint | None:
        """The nearest vertex (or, failing that, edge point) within ``tol`` display units of
        (x, y) (display units of ``projection``), among the plots near it (but ``exclude_rows``) and the boundaries of
        ``zone_ids`` (and of every zone near it with ``include_zones_near``)."""
        if self.session.project is None or tol <= 0:
            return None
        box = self.lonlat_box(projection, x, y, tol)
        # lon/lat polylines: the near plots' rings, then the near segments of the zone boundaries
        lines: list[np.ndarray] = []
        plots = self.session.project.plots
        if len(plots):
            rows = self._plots().query(shapely.box(*box))
            rows = np.setdiff1d(rows, np.asarray(list(exclude_rows), dtype=np.int64))
            if len(rows):
                rings = shapely.get_rings(shapely.get_parts(self._geoms[rows]))
                xy, idx = shapely.get_coordinates(rings, return_index=True)
                lines += np.split(xy, np.flatnonzero(np.diff(idx)) + 1)
        zone_ids = list(dict.fromkeys([str(z) for z in zone_ids if z]
                                      + (self.zones_near(box) if include_zones_near else [])))
        x0, y0, x1, y1 = box
        for zone_id in zone_ids:
            a, b = self.zone_segments(zone_id)
            near = ((np.maximum(a[:, 0], b[:, 0]) >= x0) & (np.minimum(a[:, 0], b[:, 0]) <= x1)
                    & (np.maximum(a[:, 1], b[:, 1]) >= y0) & (np.minimum(a[:, 1], b[:, 1]) <= y1))
            lines += [np.vstack([a[k], b[k]]) for k in np.flatnonzero(near)]
        lines = [ln for ln in lines if len(ln) >= 2]
        if not lines:
            return None
        ll = np.vstack(lines)
        idx = np.repeat(np.arange(len(lines)), [len(ln) for ln in lines])
        xy = projection.forward_xy(ll)
        hit = Snapper(shapely.linestrings(xy, indices=idx)).snap(x, y, tol)
        if hit is None:
            return None
        target = np.array([hit.x, hit.y])
        if hit.kind == "vertex":  # the stored lon/lat of that vertex, exactly
            k = int(np.argmin(((xy - target) ** 2).sum(axis=1)))
            return SnapPoint(hit.x, hit.y, float(ll[k, 0]), float(ll[k, 1]), "vertex")
        same = idx[:-1] == idx[1:]
        a, b = xy[:-1][same], xy[1:][same]
        la, lb = ll[:-1][same], ll[1:][same]
        _t, d2 = segment_params(a, b, target)
        k = int(np.argmin(d2))
        hit_lon, hit_lat = projection.inverse([hit.x], [hit.y])
        lon, lat = ge.point_on_edge(la[k], lb[k], (float(hit_lon[0]), float(hit_lat[0])))  # on the stored edge
        return SnapPoint(hit.x, hit.y, lon, lat, "edge")


def segment_params(a: np.ndarray, b: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each segment a-b: the parameter (0..1) of the point nearest p, and its squared distance."""
    d = b - a
    len2 = (d ** 2).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(len2 > 0, ((p - a) * d).sum(axis=1) / len2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    near = a + t[:, None] * d
    return t, ((near - p) ** 2).sum(axis=1)
