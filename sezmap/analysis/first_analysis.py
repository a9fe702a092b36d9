"""The first analysis of a project's plots: every plot's arrays and every zone's figures at
once, on two worker threads for large projects (no Qt).

``FirstAnalysis`` is a part of :class:`~sezmap.analysis.engine.AnalysisEngine`: it fills the
engine's per-plot arrays from the plots frame. Zones, and horizontal slabs of large zones, are
independent, and shapely and numpy release the GIL, so they run two at a time, largest first;
the last work unit of a zone then figures the zone.
"""

from __future__ import annotations

import collections
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import fastgeom, idle, landuse, overlaps
from sezmap.analysis.engine_state import EngineState
from sezmap.analysis.plot_columns import codes, floats
from sezmap.analysis.plot_distances import stop_if
from sezmap.analysis.plot_index import PlotIndex
from sezmap.model import coords
from sezmap.model.statuses import STATUSES

SLAB_PLOTS = 125_000  # plots per work unit when a large zone is cut into slabs


class FirstAnalysis(EngineState):
    """Fills the per-plot arrays and figures every zone (a part of the engine)."""

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
        self.zone = codes(plots["zone_id"], self.zone_ids)
        # every plot's coordinates at once, here (as read from the file, if it still holds these
        # plots): shapely holds the GIL while it copies them out
        self._rings = coords.rings_of(self.geoms, self.project.plot_rings)
        self._attributes.clear()  # the other attributes, needed once a zone is analysed
        self.area = np.zeros(n)
        self.clipped = np.zeros(n)
        self.covered = np.zeros(n, dtype=bool)
        self.dirty = np.zeros(n, dtype=bool)
        self.bounds = boxes.result() if boxes is not None else shapely.bounds(self.geoms) if n else np.zeros((0, 4))
        self.partners = {}
        order = np.argsort(self.zone, kind="stable")
        cuts = np.searchsorted(self.zone[order], np.arange(len(self.zone_ids) + 1))
        self.members = [order[cuts[k]:cuts[k + 1]] for k in range(len(self.zone_ids))]
        tasks = sorted(self._slabs(pool is not None), key=lambda t: -len(t[1]))
        self._units_left = collections.Counter(k for k, _, _ in tasks)
        if len(tasks) > 1 and pool is not None:
            futures = [pool.submit(self._zone_unit, *t) for t in tasks]
            self._code_attributes(plots)  # meanwhile, here
            stop_if(self._cancelled)
            found = meanwhile() if meanwhile is not None else None
            if self._edits:  # for edits: the id -> row index (an export needs none)
                self._plot_index = PlotIndex(self._ids)
            for fu in futures:
                fu.result()
        else:
            self._code_attributes(plots)
            for t in tasks:
                self._zone_unit(*t)
            found = meanwhile() if meanwhile is not None else None
        self._rings = None  # (edits read their one plot's coordinates)
        return found

    def _code_attributes(self, plots: pd.DataFrame) -> None:
        try:
            self.status = codes(plots["status"], list(STATUSES))
            self.deadline = idle.deadline_days(plots["contract_deadline"]).copy()
            self.committed = floats(plots["investment_committed_kzt"])
            self.actual = floats(plots["investment_actual_kzt"])
            self.idle = self._idle(np.arange(len(plots)))
        finally:
            self._attributes.set()  # (on an error too: the workers must not wait forever)

    def _zone_unit(self, k: int, rows: np.ndarray, own: np.ndarray | None = None) -> None:
        """One work unit's geometry, its overlapping pairs recorded; the last unit of a zone
        then analyses the zone (zones own disjoint rows, so units of other zones run on)."""
        stop_if(self._cancelled)
        i, j = self._zone_geometry(k, rows, own)
        for a, b in zip(i.tolist(), j.tolist(), strict=True):
            self.partners.setdefault(a, set()).add(b)
            self.partners.setdefault(b, set()).add(a)
        self.dirty[i] = True
        self.dirty[j] = True
        with self._locks[k]:
            self._units_left[k] -= 1
            last = self._units_left[k] == 0
        if last:
            if self._edits:  # for edits: its plots' boxes (an engine only read makes them at an edit, if any)
                self._zone_bounds[k] = self._zone_boxes(k)
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
            for lo, hi in zip(edges[:-1], edges[1:], strict=True):
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
        assert self._rings is not None  # (while loading)
        r = self._rings.take(rows)
        b = self.bounds[rows]
        area = fastgeom.cea_areas_m2(g, r, frame.lon0, frame.lat0, b)
        stop_if(self._cancelled)
        covered = frame.inside_mask(b)
        rest = np.flatnonzero(~covered)
        if len(rest):
            covered[rest] = shapely.covers(frame.geom, g[rest])
        clipped = landuse.clipped_areas(frame, g, area, covered)
        stop_if(self._cancelled)
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
