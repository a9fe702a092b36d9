"""Plots edited, added or taken out, applied to the engine in place (no Qt).

``PlotEdits`` is a part of :class:`~sezmap.analysis.engine.AnalysisEngine`. Each change costs
the changed plots' own geometry work (area, containment, clipped area, overlaps with the
plots of their zone whose boxes meet theirs) plus array sums over the touched zones; only the
touched zones' figures are made again (``_analyse_zone`` with the rows whose overlap clusters
are stale).

The engine's rows follow the plots frame's: taking plots out moves the later rows up (as
``frame.iloc[keep]`` does), added plots go after the last row (as ``pd.concat`` does).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import fastgeom, idle, landuse, overlaps
from sezmap.analysis.box_tree import BoxTree
from sezmap.analysis.engine_state import EngineState
from sezmap.analysis.landuse import STATUS_CODE
from sezmap.analysis.plot_columns import codes, floats, number
from sezmap.model import coords, schema
from sezmap.model.rows import frame_without
from sezmap.model.statuses import STATUSES

# the plot fields the engine reads
FIELDS = schema.ANALYSIS_FIELDS
# the per-plot arrays, by row; each a view of a buffer with room after it (``model.room``), so
# that a plot added (a split) is written after the others instead of copying them (~100 MB)
PER_PLOT = ("geoms", "bounds", "zone", "status", "deadline", "committed", "actual", "idle", "area", "clipped",
            "covered", "dirty")
BATCH_MIN = 8  # geometry changes at once from which replace_values does their geometry work as arrays


class PlotEdits(EngineState):
    """update_plot, add_plots and remove_plots (a part of the engine)."""

    def _seat_rows(self) -> None:
        """The per-plot arrays copied into buffers with room (once, after the first analysis:
        on the task thread, so that the first plot added is not a copy on the UI thread)."""
        for name in PER_PLOT:
            setattr(self, name, self._room.seated(name, getattr(self, name), writable=True))
        # each zone's rows too (a split's piece goes after the last: ``_move``)
        self.members = [self._room.seated(f"members {k}", m) for k, m in enumerate(self.members)]

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

    def add_plots(self, plots: pd.DataFrame) -> set[str]:
        """Plots appended after the last row (``plots``: their rows with at least ``plot_id`` and
        the fields the engine reads, as in the plots frame); returns the zones whose metrics
        changed."""
        n0, n = len(self.zone), len(plots)
        if not n:
            return set()
        new = np.arange(n0, n0 + n)
        zone = codes(plots["zone_id"], self.zone_ids)
        geoms = np.asarray(plots.geometry.values, dtype=object)
        tails = {"geoms": geoms, "bounds": shapely.bounds(geoms).reshape(n, 4),
                 "zone": np.full(n, -1, dtype=self.zone.dtype), "status": codes(plots["status"], list(STATUSES)),
                 "deadline": idle.deadline_days(plots["contract_deadline"]),
                 "committed": floats(plots["investment_committed_kzt"]),
                 "actual": floats(plots["investment_actual_kzt"]), "area": np.zeros(n), "clipped": np.zeros(n),
                 "covered": np.zeros(n, dtype=bool), "dirty": np.zeros(n, dtype=bool)}
        for name, tail in tails.items():  # (in the arrays' room: no copy of the rows before)
            setattr(self, name, self._room.extended(name, getattr(self, name), tail, writable=True))
        self.idle = self._room.extended("idle", self.idle, self._idle(new), writable=True)
        ids = plots["plot_id"].reset_index(drop=True)
        self._ids = pd.concat([self._ids, ids.astype(self._ids.dtype)], ignore_index=True)
        if self._plot_ids is not None:
            self._plot_ids = self._room.extended("plot_ids", self._plot_ids, ids.to_numpy(dtype=object), writable=True)
        if self._plot_index is not None:
            self._plot_index = self._plot_index.with_added(ids)
        stale: set[int] = set()
        for i, k in zip(new.tolist(), zone.tolist(), strict=True):  # moves first: each zone's
            if k >= 0:                                                # boxes are then read once
                self._move(i, -1, k)
        for i, k in zip(new.tolist(), zone.tolist(), strict=True):
            self._editing = i
            try:
                if k >= 0:
                    self._replace_geometry_work(i)
            finally:
                self._editing = -1
                self._count([i])
            stale |= {i} | self.partners.get(i, set())
        touched = set(zone.tolist()) - {-1}
        for k in touched:
            self._analyse_zone(k, stale=stale)
        return {self.zone_ids[k] for k in touched}

    def remove_plots(self, plot_ids: Iterable[str]) -> set[str]:
        """Plots taken out (later rows move up); returns the zones whose metrics changed.
        KeyError (and nothing changed) if one of them is not there."""
        gone = np.unique(np.array([self.row(p) for p in plot_ids], dtype=np.int64))
        if not len(gone):
            return set()
        touched = {int(self.zone[r]) for r in gone.tolist()} - {-1}
        stale: set[int] = set()
        for r in gone.tolist():  # each leaves its zone, as a plot moved to no zone would
            stale |= {r} | self.partners.get(r, set())
            self._uncount([r])
            self._editing = r
            try:
                self._move(r, int(self.zone[r]), -1)
                self._replace_geometry_work(r)
            finally:
                self._editing = -1
        for k in touched:  # (the rows taken out are stale too: their clusters are dropped)
            self._analyse_zone(k, stale=stale)
        self._take_out_rows(gone)
        return {self.zone_ids[k] for k in touched}

    def replace_values(self, changes: Mapping[str, pd.Series], as_of=None) -> None:
        """Many plots' fields set at once, then every zone analysed afresh with idle plots at
        ``as_of`` (what ``set_as_of`` does): ``changes`` maps a field the engine reads to a
        Series of its new values indexed by ROW. Status, deadline and investments are written as
        arrays (each zone's sums made afresh; only the overlap clusters holding a changed plot
        again); a new zone (None or an unknown zone: in no zone) or geometry plot by plot (their
        geometry work, as an edit does). For replaying many edits (sezmap.analysis.trend); one
        edit is ``update_plot``."""
        arrays = {"status": ("status", lambda v: codes(v, list(STATUSES))),
                  "contract_deadline": ("deadline", idle.deadline_days),
                  "investment_committed_kzt": ("committed", floats),
                  "investment_actual_kzt": ("actual", floats)}
        restatused = np.zeros(0, dtype=np.int64)  # plots whose status changed (their clusters redone)
        for field, values in changes.items():
            if field in arrays and len(values):
                name, read = arrays[field]
                at = values.index.to_numpy(dtype=np.int64)
                if name == "status":
                    before = self.status[at].copy()
                getattr(self, name)[at] = read(values.reset_index(drop=True))
                if name == "status":
                    restatused = at[before != self.status[at]]
        one_by_one: dict[int, dict] = {}
        zones = changes.get("zone_id", pd.Series(dtype=object))
        if len(zones):  # only the plots whose zone differs
            code = np.array([self._zone_code.get(str(z), -1) if z is not None else -1 for z in zones], dtype=np.int64)
            zones = zones[code != self.zone[zones.index.to_numpy(dtype=np.int64)]]
        for field, values in (("zone_id", zones), ("geometry", changes.get("geometry", pd.Series(dtype=object)))):
            for i, value in values.items():
                one_by_one.setdefault(int(i), {})[field] = value
        self._clean_sums.clear()  # every zone's sums are made afresh below
        stale: set[int] = set()  # rows whose overlap clusters are to be made again
        work = []
        moved = [i for i, values in one_by_one.items() if "zone_id" in values]
        self._move_many(np.asarray(moved, dtype=np.int64),  # (only plots whose zone differs: above)
                        np.asarray([self._zone_code.get(str(one_by_one[i]["zone_id"]), -1) for i in moved],
                                   dtype=np.int64))
        for i, values in one_by_one.items():
            stale |= {i} | self.partners.get(i, set())
            g = values.get("geometry", self.geoms[i])
            if g is not None and g is not self.geoms[i] and not shapely.equals_exact(g, self.geoms[i], tolerance=0.0):
                self.geoms[i] = g
                self.bounds[i] = shapely.bounds(g)
            elif "zone_id" not in values:
                continue
            work.append(i)
        if len(work) >= BATCH_MIN:
            self._geometry_work_batch(np.asarray(work, dtype=np.int64))
        else:
            for i in work:
                self._replace_geometry_work(i)
        for i in work:
            stale |= self.partners.get(i, set())
        was_idle = self.idle
        self.as_of = idle.as_date(self.as_of if as_of is None else as_of)
        self.idle = self._idle(np.arange(len(self.zone)))
        # a cluster's land depends on its plots' shapes, zone, status and idle flag only: the
        # plots whose geometry or zone changed are stale already, add those whose status or idle
        # flag changed (a clean plot is in no cluster)
        touched = np.unique(np.concatenate([restatused, np.flatnonzero(was_idle != self.idle)]))
        stale |= set(touched[self.dirty[touched]].tolist())
        for k in range(len(self.zone_ids)):
            self._analyse_zone(k, stale=stale)

    def _take_out_rows(self, gone: np.ndarray) -> None:
        """The rows ``gone`` (sorted; in no zone, cluster or overlap any more) taken out of every
        array, the later rows renumbered."""
        for name in PER_PLOT:  # (copied run by run between the rows gone, into buffers with room)
            setattr(self, name, self._room.taken_out(name, getattr(self, name), gone, writable=True))
        self._ids = frame_without(self._ids, gone)
        self._box_tree = None  # (its rows are renumbered)
        if self._plot_ids is not None:
            self._plot_ids = self._room.taken_out("plot_ids", self._plot_ids, gone, writable=True)
        if self._plot_index is not None:
            self._plot_index = self._plot_index.without(gone)
        first = int(gone[0])  # the rows before it keep their numbers (a split's piece is the last row)

        def new_row(r: int) -> int:
            return r if r < first else r - int(np.searchsorted(gone, r))

        self.members = [m if not len(m) or m[-1] < first else m - np.searchsorted(gone, m) for m in self.members]
        self.partners = {new_row(a): {new_row(b) for b in ps} for a, ps in self.partners.items()}
        self._renumber_clusters(new_row)

    def _update(self, i: int, values: Mapping | None) -> set[int]:
        """Apply one plot's changes to the arrays (its own sums' share is taken out meanwhile);
        returns the zones to analyse again."""
        if values is None:
            rec = self.project.plots.iloc[i]
            values = {f: rec.geometry if f == "geometry" else rec[f] for f in FIELDS}
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
            v = number(values["investment_committed_kzt"])
            self.committed[i] = np.nan if v is None else v
        if "investment_actual_kzt" in values:
            v = number(values["investment_actual_kzt"])
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

    def _zone_boxes(self, k: int) -> np.ndarray:
        """Zone k's boxes as four contiguous columns (4, n: the edit's box test reads each
        whole), made where they are kept: a buffer with room after each column, along axis 1
        (``Room.fresh``: a quarter more, at least 1024, whose pages stay untouched until a piece
        goes there; the analysis's workers make them too, each its own zone's buffer)."""
        rows = self.members[k]
        out = self._room.fresh(f"boxes {k}", len(rows), float, (4,), axis=1)
        out[:] = self.bounds[rows].T
        return out

    def _move(self, i: int, old: int, new: int) -> None:
        """Plot i leaves zone ``old`` for ``new`` (-1: none); the zones' boxes follow (a column
        taken out or put in: gathering a zone's 470k boxes again took 0.1 s at 1M under load).
        The boxes are the engine's own (writable in their Room: no other thread reads them, the
        engine's Room has no readers): the last column taken out (a split undone) is a shorter
        view of their buffer, and a column put in after the last (a split's piece) is written in
        its room, over the column taken out if there was one: no copy of a zone's 470k boxes
        (10-40 ms at 1M); anywhere else one copy into a buffer with room, as np.delete's or
        np.insert's."""
        if old >= 0:
            m = self.members[old]
            at = int(np.searchsorted(m, i))
            last = at == len(m) - 1 and m[at] == i  # (a split undone: its piece is the zone's last
            self.members[old] = m[:-1] if last else m[m != i]  # row; views, not copies of 470k)
            bb = self._zone_bounds.get(old)
            if bb is not None:
                if at < len(m) and m[at] == i and bb.shape[1] == len(m):
                    self._zone_bounds[old] = self._room.taken_out(f"boxes {old}", bb, [at], writable=True, axis=1)
                else:
                    del self._zone_bounds[old]
        if new >= 0:
            m = self.members[new]
            at = int(np.searchsorted(m, i))
            self.members[new] = self._room.inserted(f"members {new}", m, at, i)  # (a split's piece: the last)
            bb = self._zone_bounds.get(new)
            if bb is not None:
                if bb.shape[1] == len(m):
                    self._zone_bounds[new] = self._room.inserted(f"boxes {new}", bb, at, self.bounds[i],
                                                                 writable=True, axis=1)
                else:
                    del self._zone_bounds[new]
        self.zone[i] = new

    def _move_many(self, rows: np.ndarray, new: np.ndarray) -> None:
        """``_move`` of many rows at once (``new``: their zones): each zone's members changed once."""
        if not len(rows):
            return
        old = self.zone[rows].copy()
        for k in set(old.tolist()) | set(new.tolist()):
            self._zone_bounds.pop(k, None)
        for k in np.unique(old[old >= 0]).tolist():
            m = self.members[k]
            self.members[k] = m[~np.isin(m, rows[old == k])]
        for k in np.unique(new[new >= 0]).tolist():
            m, add = self.members[k], np.sort(rows[new == k])
            self.members[k] = np.insert(m, np.searchsorted(m, add), add)
        self.zone[rows] = new

    def _drop_overlaps(self, i: int) -> None:
        """Plot i's overlaps forgotten: it is clean, and so is each partner left with none."""
        for p in self.partners.pop(i, set()):
            self.partners[p].discard(i)
            if not self.partners[p]:
                del self.partners[p]
                self._set_dirty(p, False)
        self._set_dirty(i, False)

    def _replace_geometry_work(self, i: int) -> None:
        """Plot i's area, containment, clipped area and overlaps made again (its old overlaps
        dropped first)."""
        self._drop_overlaps(i)
        k = int(self.zone[i])
        if k < 0:
            self.area[i] = self.clipped[i] = 0.0
            return
        frame = self.frames[k]
        g = self.geoms[i:i + 1]
        self.area[i] = fastgeom.cea_areas_m2(g, coords.rings(g), frame.lon0, frame.lat0)[0]
        self.covered[i] = bool(frame.inside_mask(self.bounds[i])[0] or shapely.covers(frame.geom, g[0]))
        self.clipped[i] = landuse.clipped_areas(frame, g, self.area[i:i + 1], self.covered[i:i + 1])[0]
        b = self.bounds[i]
        idx = self.members[k]
        bb = self._zone_bounds.get(k)
        if bb is None or bb.shape[1] != len(idx):
            bb = self._zone_bounds[k] = self._zone_boxes(k)
        else:
            bb[:, np.searchsorted(idx, i)] = b
        near = idx[(bb[0] <= b[2]) & (bb[2] >= b[0]) & (bb[1] <= b[3]) & (bb[3] >= b[1])]
        near = near[near != i]
        for p in overlaps.overlaps_with(g[0], near, self.geoms).tolist():
            self.partners.setdefault(i, set()).add(p)
            self.partners.setdefault(p, set()).add(i)
            self._set_dirty(p, True)
            self._set_dirty(i, True)

    def _geometry_work_batch(self, rows: np.ndarray) -> None:
        """``_replace_geometry_work`` of many rows at once (their geometries and zones all set
        before), as arrays: per zone, their areas, containment and clipped areas in one call
        each; their overlaps from one query of the boxes (``box_tree``: an STRtree built once,
        and the boxes moved since) and one exact test of all the candidate pairs. The same
        partners and figures as the rows done one by one."""
        rows = np.unique(rows)
        for i in rows.tolist():
            self._drop_overlaps(i)
        zone = self.zone[rows]
        out = rows[zone < 0]
        self.area[out] = self.clipped[out] = 0.0
        placed = rows[zone >= 0]
        for k in np.unique(zone[zone >= 0]).tolist():
            mine = rows[zone == k]
            frame = self.frames[k]
            g = self.geoms[mine]
            area = fastgeom.cea_areas_m2(g, coords.rings(g), frame.lon0, frame.lat0)
            covered = frame.inside_mask(self.bounds[mine])
            unknown = np.flatnonzero(~covered)
            if len(unknown):
                covered[unknown] = shapely.covers(frame.geom, g[unknown])
            self.area[mine], self.covered[mine] = area, covered
            self.clipped[mine] = landuse.clipped_areas(frame, g, area, covered)
        if self._box_tree is None:  # (built once: later queries search the boxes moved since)
            self._box_tree = BoxTree(self.geoms, self.bounds)
        a, b = self._box_tree.pairs(self.bounds, placed)
        same = self.zone[b] == self.zone[a]
        a, b = a[same], b[same]
        hit = shapely.relate_pattern(self.geoms[b], self.geoms[a], overlaps.INTERIORS_INTERSECT) if len(a) else a > 0
        hits_a, hits_b = [a[hit]], [b[hit]]
        for i, p in zip(np.concatenate(hits_a or [np.zeros(0, np.int64)]).tolist(),
                        np.concatenate(hits_b or [np.zeros(0, np.int64)]).tolist(), strict=True):
            self.partners.setdefault(i, set()).add(p)
            self.partners.setdefault(p, set()).add(i)
            self._set_dirty(p, True)
            self._set_dirty(i, True)
