"""The analysis engine: every zone's figures for a project, kept up to date after edits (no Qt).

    engine = AnalysisEngine(project, as_of="2026-01-01")
    engine.metrics["khorgos_eastern_gate"]        # ZoneMetrics
    engine.route("khorgos_eastern_gate", "aktau_port")   # lon/lat LineString or None
    engine.route_parts("pavlodar", "station_dostyk")      # [RoutePart(line, on_network, km), ...]
    engine.network_matrix()                       # zones × hubs DataFrame (km, NaN unreachable)
    engine.update_plot("p-123", {"status": "operational"})   # -> {"khorgos_eastern_gate"}
    engine.add_plots(new_rows)                    # appended after the last row -> zones touched
    engine.remove_plots(["p-7"])                  # later rows move up -> zones touched
    engine.figures()                              # what an export reads, as it is now (a copy)

The engine keeps one array entry per plot, in the plots frame's row order (zone, status, idle
flag, area, area inside its zone, overlap flag) so that a change costs the changed plots'
geometry work plus array sums over their zones; distances depend on zones, corridors and hubs
only and are kept. Its parts, each in a module of its own:

* ``first_analysis``: every plot's arrays and every zone's figures at once (threads);
* ``plot_edits``: plots edited, added or taken out, in place;
* ``zone_sums``: per zone, the clean plots' running sums and the overlap clusters' cache;
* ``figures``: a zone's land use and figures (``ZoneMetrics``) from those sums;
* ``plot_index``: the row of a plot id.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import threading
import types
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import distances, geodesy, idle, landuse, network
from sezmap.analysis.figures import EngineFigures, ZoneInfo, zone_landuse, zone_metrics
from sezmap.analysis.box_tree import BoxTree
from sezmap.analysis.first_analysis import FirstAnalysis
from sezmap.analysis.landuse import IDLE_CODES, ZoneFrame
from sezmap.analysis.metrics import ZoneMetrics
from sezmap.analysis.plot_columns import number, text
from sezmap.analysis.plot_edits import PlotEdits
from sezmap.analysis.plot_index import PlotIndex
from sezmap.analysis.zone_sums import Clusters, ZoneSums
from sezmap.model import coords
from sezmap.model.project import Project
from sezmap.model.room import Room, frozen
from sezmap.model.statuses import STATUSES

HA = geodesy.M2_PER_HA
NOISE_M2 = 1.0  # overlaps and overhangs below 1 m² are rounding noise, not reported
WORKERS = 2  # zones (or slabs of them) analysed at once (threads; the heavy calls release the GIL)
PARALLEL_MIN_PLOTS = 20_000
IDLE_TABLE = np.zeros(len(STATUSES) + 1, dtype=bool)  # by status code; -1 (unknown) -> last
IDLE_TABLE[IDLE_CODES] = True


class AnalysisEngine(FirstAnalysis, PlotEdits, ZoneSums):
    """Every zone's figures for a project (see the module's docstring; the state it holds is
    listed in ``engine_state``)."""

    def __init__(self, project: Project, as_of=None, logistics: bool = True, edits: bool = True,
                 logistics_values=None, cancelled: Callable[[], bool] | None = None):
        """``edits``: False for an engine that is only read (an export, a report): the plot-id
        index that edits look rows up by is then made on first use, not built meanwhile.
        ``logistics_values``: ``logistics_of`` a project with the same zones, corridors and
        hubs, made before (the open makes them while the plots are still read).
        ``cancelled()``: True once the engine is no longer wanted: the first analysis then
        raises ``plot_distances.Cancelled`` before its next work unit."""
        self.project = project
        self._edits = edits
        self._cancelled = cancelled
        self.as_of: dt.date = idle.as_date(as_of)
        zones = project.zones
        self.zone_ids = [str(z) for z in zones["zone_id"]]
        self._zone_code = {z: k for k, z in enumerate(self.zone_ids)}
        self.frames = [ZoneFrame.of(z, g) for z, g in zip(self.zone_ids, zones.geometry, strict=True)]
        self._zone_info = [ZoneInfo(text(n), number(a)) for n, a in zip(
            zones["name_en"] if "name_en" in zones else [None] * len(zones),
            zones["official_area_ha"] if "official_area_ha" in zones else [None] * len(zones), strict=True)]
        self._locks = [threading.Lock() for _ in self.zone_ids]
        self._zone_bounds: dict[int, np.ndarray] = {}  # members' boxes (4, n: by column), for edits
        self._box_tree: BoxTree | None = None  # every plot's box, for many geometry changes at once
        # zone_sums: per zone, its clean plots' running sums and its overlap clusters
        self._clean_sums: dict[int, np.ndarray] = {}
        self._clusters: dict[int, Clusters] = {}
        self._cluster_ids = itertools.count(1)
        self._editing = -1  # the row being edited: its share is out of the sums meanwhile
        self.metrics: dict[str, ZoneMetrics] = {}
        self._landuse: dict[str, landuse.Landuse] = {}
        self.network: network.NetworkResult | None = None
        # per plot, by row of the plots frame (filled by _load_plots)
        plots = project.plots  # (read once: the session may put a new frame in meanwhile)
        self._ids: pd.Series = plots["plot_id"]
        self._plot_ids: np.ndarray | None = None
        self._plot_index: PlotIndex | None = None
        self._room = Room()  # buffers with room behind the per-plot arrays below, for plots added
        self.geoms: np.ndarray = np.zeros(0, dtype=object)  # shapely geometries
        self.bounds: np.ndarray = np.zeros((0, 4))
        self.zone: np.ndarray = np.zeros(0, dtype=np.int64)  # zone codes (-1: in no zone)
        self.status: np.ndarray = np.zeros(0, dtype=np.int64)  # STATUSES codes (-1: unknown)
        self.deadline: np.ndarray = np.zeros(0)  # days since 1970 (NaN: none)
        self.committed: np.ndarray = np.zeros(0)
        self.actual: np.ndarray = np.zeros(0)
        self.idle: np.ndarray = np.zeros(0, dtype=bool)
        self.area: np.ndarray = np.zeros(0)  # m², CEA of its zone
        self.clipped: np.ndarray = np.zeros(0)  # m² inside its zone
        self.covered: np.ndarray = np.zeros(0, dtype=bool)  # wholly inside its zone
        self.dirty: np.ndarray = np.zeros(0, dtype=bool)  # overlaps another plot
        self.members: list[np.ndarray] = []  # per zone, its plots' rows (sorted)
        self.partners: dict[int, set[int]] = {}  # row -> rows whose interiors overlap it
        # first_analysis, while it runs: the plots' coordinates, the work units left per zone
        # and whether the attributes are coded
        self._rings: coords.Rings | None = None
        self._units_left: collections.Counter[int] = collections.Counter()
        self._attributes = threading.Event()
        pool = ThreadPoolExecutor(max_workers=WORKERS) if len(plots) >= PARALLEL_MIN_PLOTS else None
        try:
            # distances depend on zones, corridors and hubs only: computed (here) while the
            # workers analyse the plots
            values = self._load_plots(plots, pool, self._logistics_values
                                      if logistics and logistics_values is None else None)
            for k, zid in enumerate(self.zone_ids):
                if zid not in self.metrics:  # zones without plots
                    self._analyse_zone(k)
            self.metrics = {zid: self.metrics[zid] for zid in self.zone_ids}  # in zone order
            if logistics:
                self._apply_logistics(values if logistics_values is None else logistics_values)
            if edits:
                self._seat_rows()
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    # --- plots by id -------------------------------------------------------------------------

    @property
    def plot_ids(self) -> np.ndarray:
        if self._plot_ids is None:
            self._plot_ids = self._ids.to_numpy(dtype=object)
        return self._plot_ids

    @property
    def ids(self) -> pd.Series:
        """The plot ids by row (do not change it)."""
        return self._ids

    def plot_id(self, i: int) -> str:
        return str(self._ids.iat[int(i)])

    def row(self, plot_id: str) -> int:
        if self._plot_index is None:
            self._plot_index = PlotIndex(self._ids)
        return self._plot_index.row(str(plot_id))

    def _idle(self, idx: np.ndarray) -> np.ndarray:
        candidate = IDLE_TABLE[self.status[idx]]
        return idle.idle_candidates_mask(candidate, self.deadline[idx], self.committed[idx], self.actual[idx],
                                         self.as_of)

    # --- for readers on other threads -----------------------------------------------------------

    def figures(self) -> EngineFigures:
        """The figures as they are now, for a reader on another thread (an export): a copy of
        the zones' metrics (an edit replaces a zone's) and of the plots' areas (written in place)."""
        return EngineFigures(self.as_of, types.MappingProxyType(dict(self.metrics)), frozen(self.area.copy()))

    # --- per zone ----------------------------------------------------------------------------

    def _analyse_zone(self, k: int, full: bool = False, stale=None) -> None:
        """Zone k's land use and figures; ``full``: its sums and clusters made afresh; ``stale``
        (rows a change touched): only the clusters holding those rows are made again."""
        zid = self.zone_ids[k]
        frame = self.frames[k]
        idx = self.members[k]
        if full or k not in self._clean_sums:
            self._clean_sums[k] = self._sums(idx)
        part = self._dirty_part(k, frame, None if stale is not None and not full else idx[self.dirty[idx]],
                                None if full else stale)
        lu = self._landuse[zid] = zone_landuse(frame, self._clean_sums[k], part)
        self.metrics[zid] = zone_metrics(frame, lu, self._zone_info[k], int(len(idx)), int(self.idle[idx].sum()),
                                         self.metrics.get(zid))

    def set_as_of(self, as_of) -> None:
        self.as_of = idle.as_date(as_of)
        self.idle = self._idle(np.arange(len(self.zone)))
        for k in range(len(self.zone_ids)):
            self._analyse_zone(k, full=True)

    # --- logistics ---------------------------------------------------------------------------

    def _logistics_values(self):
        return _logistics(self.project, self.zone_ids, self.frames)

    def _apply_logistics(self, values) -> None:
        nearest, points, self.network = values
        for zid in self.zone_ids:
            m = self.metrics[zid]
            m.nearest = nearest[zid]
            m.centroid = points[zid]
            m.network_km = self.network.zone_km(zid)
            m.network_track_km = self.network.zone_track_km(zid)

    def route(self, zone_id: str, hub_id: str) -> shapely.LineString | None:
        """The network path (lon/lat, with both entry legs) from a zone to a hub, if any."""
        return None if self.network is None else self.network.routes.get((zone_id, hub_id))

    def route_parts(self, zone_id: str, hub_id: str) -> list[network.RoutePart]:
        """The same route as its parts, each flagged on or off the corridor network (the straight
        legs from the zone's centroid and to the hub are off it), with their km; they add up to
        ``network_km[hub_id]``. [] when there is no route."""
        return [] if self.network is None else self.network.parts(zone_id, hub_id)

    def network_matrix(self) -> pd.DataFrame:
        return pd.DataFrame() if self.network is None else self.network.km.copy()

    # --- data quality inputs -------------------------------------------------------------------

    def overlap_pairs(self, zone_id: str | None = None) -> list[tuple[int, int]]:
        pairs = sorted({(min(a, b), max(a, b)) for a, ps in self.partners.items() for b in ps})
        if zone_id is not None:
            k = self._zone_code[zone_id]
            pairs = [(a, b) for a, b in pairs if self.zone[a] == k]
        return pairs

    def outside_m2(self) -> np.ndarray:
        """Area of each plot outside its zone (m², CEA)."""
        return np.where(self.covered, 0.0, np.maximum(self.area - self.clipped, 0.0))

    def landuse(self, zone_id: str) -> landuse.Landuse:
        return self._landuse[zone_id]


def logistics_of(project: Project):
    """The zones' logistics values (``AnalysisEngine(logistics_values=...)``): they depend on the
    zones, corridors and hubs only, so they can be made before the plots are in."""
    zone_ids = [str(z) for z in project.zones["zone_id"]]
    frames = [ZoneFrame.of(z, g) for z, g in zip(zone_ids, project.zones.geometry, strict=True)]
    return _logistics(project, zone_ids, frames)


def _logistics(project: Project, zone_ids: list[str], frames: list[ZoneFrame]):
    """(nearest per zone (none for a zone whose plots the project does not hold whole: its
    figures are not shown), centroid per zone, network result); touches no engine state, so it
    may run on a worker thread (own copies of the zone polygons: prepared GEOS geometries are
    not shared between threads; PROJ transformers are per thread in geodesy)."""
    corridors, hubs = project.corridors, project.hubs
    lines = distances.LineTargets(*distances.densified_lines(corridors))
    net = network.CorridorNetwork(corridors)
    by_kind = distances.hubs_by_kind(hubs)
    by_country = distances.crossings_by_country(hubs)
    nearest: dict[str, dict[str, tuple]] = {}
    points = {}
    for k, zid in enumerate(zone_ids):
        frame = frames[k]
        geom = shapely.from_wkb(shapely.to_wkb(frame.geom))
        points[zid] = geodesy.cea_centroid_lonlat(geom, frame.lon0, frame.lat0)
        if not project.has_whole(zid):  # (one zone's export: no figures are shown for it)
            nearest[zid] = {}
            continue
        near = {"corridor": lines.nearest(geom)}
        near.update(distances.nearest_hubs(geom, hubs, by_kind))
        near.update({f"border_crossing_{cc}": distances.nearest(geom, *by_country[cc]) for cc in by_country})
        nearest[zid] = {t: (n.km, n.target_id) for t, n in near.items()}
    return nearest, points, network.network_distances(net, points, hubs)

