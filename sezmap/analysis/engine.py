"""The analysis engine: every zone's metrics for a project, kept up to date after edits (no Qt).

    engine = AnalysisEngine(project, as_of="2026-01-01")
    engine.metrics["khorgos_eastern_gate"]        # ZoneMetrics
    engine.route("khorgos_eastern_gate", "aktau_port")   # lon/lat LineString or None
    engine.route_parts("pavlodar", "station_dostyk")      # [RoutePart(line, on_network, km), ...]
    engine.network_matrix()                       # zones × hubs DataFrame (km, NaN unreachable)
    engine.update_plot("p-123", {"status": "operational"})   # -> {"khorgos_eastern_gate"}

The engine keeps one array entry per plot (zone, status, idle flag, area, area inside its
zone, overlap flag) so that an edit costs the edited plot's geometry work plus array sums
over its zone; distances depend on zones, corridors and hubs only and are kept.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import itertools
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from sezmap.analysis import distances, fastgeom, geodesy, idle, landuse, network, overlaps
from sezmap.model.values import is_missing
from sezmap.analysis.landuse import ACTIVE_TABLE, IDLE_CODES, INFRA_CODE, STATUS_CODE, ZoneFrame
from sezmap.analysis.metrics import ZoneMetrics
from sezmap.model import coords
from sezmap.model.project import Project
from sezmap.model.statuses import STATUSES

HA = geodesy.M2_PER_HA
NOISE_M2 = 1.0  # overlaps and overhangs below 1 m² are rounding noise, not reported
WORKERS = 2  # zones (or slabs of them) analysed at once (threads; the heavy calls release the GIL)
PARALLEL_MIN_PLOTS = 20_000
SLAB_PLOTS = 125_000  # plots per work unit when a large zone is cut into slabs
IDLE_TABLE = np.zeros(len(STATUSES) + 1, dtype=bool)  # by status code; -1 (unknown) -> last
IDLE_TABLE[IDLE_CODES] = True


def _text(value) -> str | None:
    if is_missing(value, blank_text=False):
        return None
    return str(value)


def _codes(values: pd.Series, labels: list[str]) -> np.ndarray:
    """Position of each value in ``labels`` (-1: missing or unknown), without Python strings:
    pyarrow's ``index_in`` on the (arrow-backed) column; pandas for anything else."""
    try:
        arr = pa.array(values, from_pandas=True)
        if pa.types.is_null(arr.type):
            return np.full(len(values), -1, dtype=np.int64)
        if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            raise TypeError(arr.type)
        found = pc.index_in(arr, value_set=pa.array(labels, type=arr.type))
        return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    except (pa.ArrowException, TypeError, ValueError):
        return pd.Index(labels).get_indexer(values).astype(np.int64)


def _floats(values: pd.Series) -> np.ndarray:
    if values.dtype == np.float64:
        return values.to_numpy(dtype=float, copy=True)
    return pd.to_numeric(values, errors="coerce").to_numpy(float, na_value=np.nan).copy()


def _number(value) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(v) else v


class _IdIndex:
    """Row of a plot id, by binary search over the ids' sort order (KeyError if absent)."""

    def __init__(self, ids: pd.Series):
        arr = pa.array(ids, from_pandas=True)  # (nulls stay nulls and sort last)
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        self.ids = arr if pa.types.is_large_string(arr.type) else arr.cast(pa.large_string())
        self.order = pc.sort_indices(self.ids).to_numpy()
        self.count = len(self.ids) - self.ids.null_count

    def __getitem__(self, k: int) -> str:
        return self.ids[int(self.order[k])].as_py()

    def __len__(self) -> int:
        return self.count

    def row(self, plot_id: str) -> int:
        at = bisect.bisect_left(self, plot_id)
        if at < self.count and self[at] == plot_id:
            return int(self.order[at])
        raise KeyError(plot_id)


class AnalysisEngine:
    def __init__(self, project: Project, as_of=None, logistics: bool = True):
        self.project = project
        self.as_of: dt.date = idle.as_date(as_of)
        zones = project.zones
        self.zone_ids = [str(z) for z in zones["zone_id"]]
        self._zone_code = {z: k for k, z in enumerate(self.zone_ids)}
        self.frames = [ZoneFrame.of(z, g) for z, g in zip(self.zone_ids, zones.geometry)]
        self._zone_info = [(_text(n), _number(a)) for n, a in zip(
            zones["name_en"] if "name_en" in zones else [None] * len(zones),
            zones["official_area_ha"] if "official_area_ha" in zones else [None] * len(zones))]
        self._dirty_cache: dict[int, dict] = {}  # zone -> {"of": row -> cluster, "parts": cluster -> (rows, DirtyPart)}
        self._cluster_ids = itertools.count(1)
        self._clean_sums: dict[int, np.ndarray] = {}
        self._editing = -1
        self._zone_bounds: dict[int, np.ndarray] = {}  # members' boxes (4, n: by column), for edits
        self._locks = [threading.Lock() for _ in self.zone_ids]
        self.metrics: dict[str, ZoneMetrics] = {}
        self._landuse: dict[str, landuse.Landuse] = {}
        self.network: network.NetworkResult | None = None
        pool = ThreadPoolExecutor(max_workers=WORKERS) if len(project.plots) >= PARALLEL_MIN_PLOTS else None
        try:
            # distances depend on zones, corridors and hubs only: computed (here) while the
            # workers analyse the plots
            values = self._load_plots(project.plots, pool, self._logistics_values if logistics else None)
            for k, zid in enumerate(self.zone_ids):
                if zid not in self.metrics:  # zones without plots
                    self._analyse_zone(k)
            self.metrics = {zid: self.metrics[zid] for zid in self.zone_ids}  # in zone order
            if logistics:
                self._apply_logistics(values)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    # --- plots as arrays ---------------------------------------------------------------------

    def _load_plots(self, plots: pd.DataFrame, pool: ThreadPoolExecutor | None = None, meanwhile=None):
        """The plots' arrays and every zone's analysis; ``meanwhile()`` (work that needs no plot)
        runs on this thread while the workers analyse the plots. Returns what it gave."""
        n = len(plots)
        self._ids = plots["plot_id"]
        self._plot_ids = None  # made on first use: a million Python strings cost seconds
        self._plot_index = None
        self.geoms = np.asarray(plots.geometry.values, dtype=object).copy()
        # boxes on a worker (GEOS releases the GIL) while the zones are coded here
        boxes = pool.submit(shapely.bounds, self.geoms) if pool is not None and n else None
        self.zone = _codes(plots["zone_id"], self.zone_ids)
        # every plot's coordinates at once, here (as read from the file, if it still holds these
        # plots): shapely holds the GIL while it copies them out
        self._rings = coords.rings_of(self.geoms, self.project.plot_rings)
        self._attributes = threading.Event()  # the other attributes, needed once a zone is analysed
        self.area = np.zeros(n)
        self.clipped = np.zeros(n)
        self.covered = np.zeros(n, dtype=bool)
        self.dirty = np.zeros(n, dtype=bool)
        self.bounds = boxes.result() if boxes is not None else shapely.bounds(self.geoms) if n else np.zeros((0, 4))
        self.partners: dict[int, set[int]] = {}
        order = np.argsort(self.zone, kind="stable")
        cuts = np.searchsorted(self.zone[order], np.arange(len(self.zone_ids) + 1))
        self.members = [order[cuts[k]:cuts[k + 1]] for k in range(len(self.zone_ids))]
        # Zones, and horizontal slabs of large zones, are independent, and shapely and numpy
        # release the GIL: run them two at a time, largest first.
        tasks = sorted(self._slabs(pool is not None), key=lambda t: -len(t[1]))
        self._units_left = collections.Counter(k for k, _, _ in tasks)
        if len(tasks) > 1 and pool is not None:
            futures = [pool.submit(self._zone_unit, *t) for t in tasks]
            self._code_attributes(plots)  # meanwhile, here
            found = meanwhile() if meanwhile is not None else None
            self._index_rows()  # for edits: the id -> row index
            for fu in futures:
                fu.result()
        else:
            self._code_attributes(plots)
            for t in tasks:
                self._zone_unit(*t)
            found = meanwhile() if meanwhile is not None else None
        del self._rings  # (edits read their one plot's coordinates)
        return found

    def _code_attributes(self, plots: pd.DataFrame) -> None:
        try:
            self.status = _codes(plots["status"], list(STATUSES))
            self.deadline = idle.deadline_days(plots["contract_deadline"]).copy()
            self.committed = _floats(plots["investment_committed_kzt"])
            self.actual = _floats(plots["investment_actual_kzt"])
            self.idle = self._idle(np.arange(len(plots)))
        finally:
            self._attributes.set()  # (on an error too: the workers must not wait forever)

    def _zone_unit(self, k: int, rows: np.ndarray, own: np.ndarray | None = None) -> None:
        """One work unit's geometry, its overlapping pairs recorded; the last unit of a zone
        then analyses the zone (zones own disjoint rows, so units of other zones run on)."""
        i, j = self._zone_geometry(k, rows, own)
        for a, b in zip(i.tolist(), j.tolist()):
            self.partners.setdefault(a, set()).add(b)
            self.partners.setdefault(b, set()).add(a)
        self.dirty[i] = True
        self.dirty[j] = True
        with self._locks[k]:
            self._units_left[k] -= 1
            last = self._units_left[k] == 0
        if last:
            self._zone_bounds[k] = self._columns(self.members[k])  # for edits: its plots' boxes
            self._attributes.wait()
            self._analyse_zone(k)

    def _slabs(self, split: bool):
        """(zone, rows, own) work units. A large zone is cut at ``lower`` edges of its plots'
        boxes into slabs of about SLAB_PLOTS plots: a slab holds the plots whose box starts in
        it (``own``) and those reaching up into it from below. Two boxes that overlap lie
        together in the slab of the higher-starting one, so every pair is found in some slab,
        and is kept where at least one of its plots is own (once)."""
        for k, idx in enumerate(self.members):
            parts = int(round(len(idx) / SLAB_PLOTS)) if split else 1
            if parts <= 1:
                if len(idx):
                    yield k, idx, None
                continue
            ymin, ymax = self.bounds[idx, 1], self.bounds[idx, 3]
            edges = [-np.inf, *np.quantile(ymin, np.arange(1, parts) / parts), np.inf]
            for lo, hi in zip(edges[:-1], edges[1:]):
                own = (ymin >= lo) & (ymin < hi)
                rows = own | ((ymin < lo) & (ymax > lo))
                if own.any():
                    yield k, idx[rows], own[rows]

    def _zone_geometry(self, k: int, rows: np.ndarray, own: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Areas, containment, clipped areas of some of one zone's plots (written in place for
        the ``own`` ones: work units own disjoint rows) and their overlapping pairs (rows)."""
        with self._locks[k]:  # the first unit of a zone builds its inside grid, the others wait
            self.frames[k].prepare_grid(len(self.members[k]))
        frame = self.frames[k] if own is None else self.frames[k].copy()
        g = self.geoms[rows]
        r = self._rings.take(rows)
        area = fastgeom.cea_areas_m2(g, r, frame.lon0, frame.lat0)
        b = self.bounds[rows]
        covered = frame.inside_mask(b)
        rest = np.flatnonzero(~covered)
        if len(rest):
            covered[rest] = shapely.covers(frame.geom, g[rest])
        clipped = landuse.clipped_areas(frame, g, area, covered)
        i, j = overlaps.interior_overlaps(g, np.zeros(len(rows), np.int64), r, b)
        written = rows
        if own is not None:
            keep = own[i] | own[j]
            i, j = i[keep], j[keep]
            written, area, covered, clipped = rows[own], area[own], covered[own], clipped[own]
        self.area[written] = area
        self.covered[written] = covered
        self.clipped[written] = clipped
        return rows[i], rows[j]

    def _idle(self, idx: np.ndarray) -> np.ndarray:
        candidate = IDLE_TABLE[self.status[idx]]
        return idle.idle_candidates_mask(candidate, self.deadline[idx], self.committed[idx], self.actual[idx],
                                         self.as_of)

    @property
    def plot_ids(self) -> np.ndarray:
        if self._plot_ids is None:
            self._plot_ids = self._ids.to_numpy(dtype=object)
        return self._plot_ids

    def plot_id(self, i: int) -> str:
        return str(self._ids.iat[int(i)])

    def _index_rows(self) -> None:
        """The id -> row index for edits: the ids' sort order (pyarrow sorts without the GIL,
        so the workers run on meanwhile; a hash index would hold it for ~0.2 s)."""
        self._plot_index = _IdIndex(self._ids)

    def row(self, plot_id: str) -> int:
        if self._plot_index is None:
            self._index_rows()
        return self._plot_index.row(str(plot_id))

    # --- land-use sums ---------------------------------------------------------------------------
    #
    # A zone's land use = the clean plots' clipped areas, summed by status and share (kept as a
    # running sum: an edit subtracts a plot's old contribution and adds its new one), plus the
    # overlapping ("dirty") plots' unions, computed per cluster of mutually overlapping plots
    # (clusters have disjoint interiors, so their areas add) and cached: an edit recomputes only
    # the clusters it touches.

    def _sums(self, rows) -> np.ndarray:
        """The rows' share of their zone's clean sums (m²): by status, then allocated,
        infrastructure, idle and any plot."""
        rows = np.asarray(rows, dtype=np.int64)
        ns = len(STATUSES)
        st = self.status[rows]
        clean = ~self.dirty[rows] & (st >= 0) & (self.zone[rows] >= 0)
        w = np.where(clean, self.clipped[rows], 0.0)
        out = np.zeros(ns + 4)
        out[:ns] = np.bincount(np.where(clean, st, 0), weights=w, minlength=ns)
        out[ns] = w[ACTIVE_TABLE[st]].sum()
        out[ns + 1] = w[st == INFRA_CODE].sum()
        out[ns + 2] = w[self.idle[rows]].sum()
        out[ns + 3] = w.sum()
        return out

    def _count(self, rows, sign: float = 1.0) -> None:
        """Add the rows' shares to their zones' clean sums (``sign`` -1: take them out)."""
        for r in rows:
            k = int(self.zone[r])
            if k >= 0 and k in self._clean_sums:
                self._clean_sums[k] += sign * self._sums([r])

    def _uncount(self, rows) -> None:
        self._count(rows, -1.0)

    def _set_dirty(self, p: int, flag: bool) -> None:
        if bool(self.dirty[p]) != flag:
            editing = p == self._editing
            if not editing:
                self._uncount([p])
            self.dirty[p] = flag
            if not editing:
                self._count([p])

    def _dirty_part(self, k: int, frame: ZoneFrame, d: np.ndarray, stale=None) -> landuse.DirtyPart:
        """The overlapping plots' contribution to zone k: the sum over its clusters. With
        ``stale`` (rows an edit touched), only the clusters holding those rows are redone."""
        cache = self._dirty_cache.get(k)
        if stale is None or cache is None:
            cache = self._dirty_cache[k] = {"of": {}, "parts": {}}
            if d is None:
                idx = self.members[k]
                d = idx[self.dirty[idx]]
            seeds = d.tolist()
        else:
            seeds = set()
            for r in stale:
                cid = cache["of"].get(r)
                if cid is not None and cid in cache["parts"]:
                    rows, _ = cache["parts"].pop(cid)
                    for x in rows:
                        cache["of"].pop(x, None)
                    seeds.update(rows)
                seeds.add(r)
            seeds = sorted(seeds)
        of, parts = cache["of"], cache["parts"]
        comps = []
        for start in seeds:
            if start in of or not self.dirty[start] or self.zone[start] != k:
                continue
            comp, stack = [], [start]
            of[start] = -1
            while stack:
                a = stack.pop()
                comp.append(a)
                for b in self.partners.get(a, ()):
                    if b not in of and self.dirty[b] and self.zone[b] == k:
                        of[b] = -1
                        stack.append(b)
            comps.append(sorted(comp))
        pairs = [c for c in comps if len(c) == 2]
        if pairs:  # the usual cluster: all at once
            pr = np.array(pairs, dtype=np.int64)
            found = landuse.pair_parts(frame, self.geoms[pr[:, 0]], self.geoms[pr[:, 1]], self.status[pr],
                                       self.idle[pr], self.clipped[pr], self.covered[pr])
        else:
            found = []
        for comp, part in zip(pairs, found):
            self._store_cluster(of, parts, comp, part)
        others = [c for c in comps if len(c) != 2]
        if others:  # larger clusters: clipped together, then one union per subset they need
            rows = np.concatenate([np.asarray(c, dtype=np.int64) for c in others])
            local, start = [], 0
            for c in others:
                local.append(np.arange(start, start + len(c)))
                start += len(c)
            found = landuse.cluster_parts(frame, local, self.geoms[rows], self.status[rows], self.idle[rows],
                                          self.covered[rows])
            for comp, part in zip(others, found):
                self._store_cluster(of, parts, comp, part)
        total = landuse.DirtyPart(np.zeros(len(STATUSES)))
        for _, part in parts.values():
            total.status_m2 += part.status_m2
            total.allocated_m2 += part.allocated_m2
            total.infrastructure_m2 += part.infrastructure_m2
            total.idle_m2 += part.idle_m2
            total.covered_m2 += part.covered_m2
        return total

    def _store_cluster(self, of: dict, parts: dict, comp: list[int], part: landuse.DirtyPart) -> None:
        cid = next(self._cluster_ids)
        for x in comp:
            of[x] = cid
        parts[cid] = (comp, part)

    # --- per zone ----------------------------------------------------------------------------

    def _analyse_zone(self, k: int, full: bool = False, stale=None) -> None:
        zid = self.zone_ids[k]
        frame = self.frames[k]
        idx = self.members[k]
        if full or k not in self._clean_sums:
            self._clean_sums[k] = self._sums(idx)
        part = self._dirty_part(k, frame, None if stale is not None and not full else idx[self.dirty[idx]],
                                None if full else stale)
        sums = self._clean_sums[k]
        ns = len(STATUSES)
        lu = landuse.Landuse(frame.cea_area_m2, sums[:ns] + part.status_m2, float(sums[ns]) + part.allocated_m2,
                             float(sums[ns + 1]) + part.infrastructure_m2, float(sums[ns + 2]) + part.idle_m2,
                             float(sums[ns + 3]) + part.covered_m2)
        self._landuse[zid] = lu
        scale = frame.area_m2 / frame.cea_area_m2 if frame.cea_area_m2 > 0 else 0.0  # CEA -> Geod

        def ha(m2):
            return float(min(m2, lu.zone_m2) * scale / HA)

        alloc = lu.ratio(lu.allocated_m2)
        infra = min(lu.ratio(lu.infrastructure_m2), 1.0 - alloc)
        name_en, official = self._zone_info[k]
        old = self.metrics.get(zid)
        self.metrics[zid] = ZoneMetrics(
            zone_id=zid,
            name_en=name_en,
            area_ha=frame.area_m2 / HA,
            official_area_ha=official,
            allocated_ratio=alloc,
            infrastructure_ratio=infra,
            unused_ratio=max(0.0, 1.0 - alloc - infra),
            status_area_ha={s: ha(lu.status_m2[c]) for c, s in enumerate(STATUSES)},
            plots=int(len(idx)),
            idle_plots=int(self.idle[idx].sum()),
            idle_area_ha=ha(lu.idle_m2),
            nearest=old.nearest if old else {},
            network_km=old.network_km if old else {},
            unparcelled_ha=max(0.0, (lu.zone_m2 - lu.covered_m2) * scale / HA),
            centroid=old.centroid if old else None,
        )

    # --- logistics ---------------------------------------------------------------------------

    def compute_logistics(self) -> None:
        """Nearest corridor and hubs, and network distances, for every zone."""
        self._apply_logistics(self._logistics_values())

    def _logistics_values(self):
        """(nearest per zone, centroid per zone, network result); touches no engine state, so it
        may run on a worker thread (own copies of the zone polygons: prepared GEOS geometries
        are not shared between threads; PROJ transformers are per thread in geodesy)."""
        corridors, hubs = self.project.corridors, self.project.hubs
        ids, lines = distances.densified_lines(corridors)
        net = network.CorridorNetwork(corridors)
        by_kind = distances.hubs_by_kind(hubs)
        nearest, points = {}, {}
        for k, zid in enumerate(self.zone_ids):
            frame = self.frames[k]
            geom = shapely.from_wkb(shapely.to_wkb(frame.geom))
            near = {"corridor": distances.nearest(geom, ids, lines)}
            near.update(distances.nearest_hubs(geom, hubs, by_kind))
            nearest[zid] = {t: (n.km, n.target_id) for t, n in near.items()}
            points[zid] = geodesy.cea_centroid_lonlat(geom, frame.lon0, frame.lat0)
        return nearest, points, network.network_distances(net, points, hubs)

    def _apply_logistics(self, values) -> None:
        nearest, points, self.network = values
        for zid in self.zone_ids:
            m = self.metrics[zid]
            m.nearest = nearest[zid]
            m.centroid = points[zid]
            m.network_km = self.network.zone_km(zid)

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

    # --- changes -----------------------------------------------------------------------------

    def set_as_of(self, as_of) -> None:
        self.as_of = idle.as_date(as_of)
        self.idle = self._idle(np.arange(len(self.zone)))
        for k in range(len(self.zone_ids)):
            self._analyse_zone(k, full=True)

    def update_plot(self, plot_id: str, values: Mapping | None = None) -> set[str]:
        """Recompute after one plot changed; returns the zones whose metrics changed.

        ``values``: the plot's changed fields (any of geometry, zone_id, status,
        contract_deadline, investment_committed_kzt, investment_actual_kzt); without it the
        plot's row is read again from ``project.plots`` (same row position).
        """
        i = self.row(plot_id)
        self._uncount([i])
        self._editing = i
        stale = {i} | self.partners.get(i, set())
        try:
            touched = self._update(i, values)
        finally:
            self._editing = -1
            self._count([i])
        stale |= self.partners.get(i, set())
        for k in touched:
            self._analyse_zone(k, stale=stale)
        return {self.zone_ids[k] for k in touched}

    def _update(self, i: int, values: Mapping | None) -> set[int]:
        """Apply one plot's changes to the arrays (its own sums' share is taken out meanwhile);
        returns the zones to analyse again."""
        if values is None:
            rec = self.project.plots.iloc[i]
            values = {"geometry": rec.geometry, **{f: rec[f] for f in (
                "zone_id", "status", "contract_deadline", "investment_committed_kzt", "investment_actual_kzt")}}
        old_zone = int(self.zone[i])
        if "zone_id" in values:
            new_zone = self._zone_code.get(str(values["zone_id"]), -1)
            if new_zone != old_zone:
                self._move(i, old_zone, new_zone)
        if "status" in values:
            self.status[i] = STATUS_CODE.get(str(values["status"]), -1)
        if "contract_deadline" in values:
            self.deadline[i] = idle.deadline_days([values["contract_deadline"]])[0]
        if "investment_committed_kzt" in values:
            v = _number(values["investment_committed_kzt"])
            self.committed[i] = np.nan if v is None else v
        if "investment_actual_kzt" in values:
            v = _number(values["investment_actual_kzt"])
            self.actual[i] = np.nan if v is None else v
        self.idle[i] = self._idle(np.array([i]))[0]
        geom_changed = "geometry" in values and not (
            values["geometry"] is self.geoms[i]
            or shapely.equals_exact(values["geometry"], self.geoms[i], tolerance=0.0))
        if geom_changed:
            self.geoms[i] = values["geometry"]
            self.bounds[i] = shapely.bounds(values["geometry"])
        if geom_changed or int(self.zone[i]) != old_zone:
            self._replace_geometry_work(i)
        return {old_zone, int(self.zone[i])} - {-1}

    def _columns(self, rows: np.ndarray) -> np.ndarray:
        """The rows' boxes as four contiguous columns (the edit's box test reads each whole)."""
        return np.ascontiguousarray(self.bounds[rows].T)

    def _move(self, i: int, old: int, new: int) -> None:
        self._zone_bounds.pop(old, None)
        self._zone_bounds.pop(new, None)
        if old >= 0:
            self.members[old] = self.members[old][self.members[old] != i]
        if new >= 0:
            self.members[new] = np.sort(np.append(self.members[new], i))
        self.zone[i] = new

    def _replace_geometry_work(self, i: int) -> None:
        for p in self.partners.pop(i, set()):
            self.partners[p].discard(i)
            if not self.partners[p]:
                del self.partners[p]
                self._set_dirty(p, False)
        self._set_dirty(i, False)
        k = int(self.zone[i])
        if k < 0:
            self.area[i] = self.clipped[i] = 0.0
            return
        frame = self.frames[k]
        g = self.geoms[i:i + 1]
        self.area[i] = fastgeom.cea_areas_m2(g, coords.rings(g), frame.lon0, frame.lat0)[0]
        self.covered[i] = bool(frame.inside_mask(self.bounds[i])[0] or shapely.covers(frame.geom, g[0]))
        self.clipped[i] = landuse.clipped_areas(frame, g, self.area[i:i + 1], self.covered[i:i + 1])[0]
        idx = self.members[k]
        b = self.bounds[i]
        bb = self._zone_bounds.get(k)
        if bb is None or bb.shape[1] != len(idx):
            bb = self._zone_bounds[k] = self._columns(idx)
        else:
            bb[:, np.searchsorted(idx, i)] = b
        near = idx[(bb[0] <= b[2]) & (bb[2] >= b[0]) & (bb[1] <= b[3]) & (bb[3] >= b[1])]
        near = near[near != i]
        for p in overlaps.overlaps_with(g[0], near, self.geoms).tolist():
            self.partners.setdefault(i, set()).add(p)
            self.partners.setdefault(p, set()).add(i)
            self._set_dirty(p, True)
            self._set_dirty(i, True)

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


def analyse(project: Project, as_of=None) -> AnalysisEngine:
    return AnalysisEngine(project, as_of)


def zone_frame(engine: AnalysisEngine, zone_id: str) -> ZoneFrame:
    return engine.frames[engine._zone_code[zone_id]]

