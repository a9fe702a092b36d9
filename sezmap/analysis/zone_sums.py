"""Per-zone land-use state, kept up to date plot by plot (no Qt).

A zone's land use = the clean plots' clipped areas, summed by status and share (kept as a
running sum: an edit takes a plot's old share out and adds its new one), plus the overlapping
("dirty") plots' unions, computed per cluster of mutually overlapping plots (clusters have
disjoint interiors, so their areas add) and cached: an edit recomputes only the clusters it
touches.

``ZoneSums`` is a part of :class:`~sezmap.analysis.engine.AnalysisEngine`: it reads the
engine's per-plot arrays (declared there) and owns the sums and the cluster cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sezmap.analysis import landuse
from sezmap.analysis.engine_state import EngineState
from sezmap.analysis.landuse import ACTIVE_TABLE, INFRA_CODE, ZoneFrame
from sezmap.model.statuses import STATUSES


@dataclass
class Clusters:
    """One zone's cached overlap clusters: ``of`` row -> cluster id, ``parts`` cluster id ->
    (its rows, what its union adds)."""

    of: dict[int, int] = field(default_factory=dict)
    parts: dict[int, tuple[list[int], landuse.DirtyPart]] = field(default_factory=dict)

    def renumbered(self, new_row) -> Clusters:
        """The same clusters after rows were renumbered (``new_row(row)``: its new number)."""
        return Clusters({new_row(r): c for r, c in self.of.items()},
                        {c: ([new_row(r) for r in rows], part) for c, (rows, part) in self.parts.items()})


class ZoneSums(EngineState):
    """Running clean sums and cached overlap clusters, per zone (a part of the engine)."""

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

    def _renumber_clusters(self, new_row) -> None:
        """Rows were taken out (none of them in a cluster any more): the others renumbered."""
        self._clusters = {k: c.renumbered(new_row) for k, c in self._clusters.items()}

    def _dirty_part(self, k: int, frame: ZoneFrame, d: np.ndarray | None, stale=None) -> landuse.DirtyPart:
        """The overlapping plots' contribution to zone k: the sum over its clusters. With
        ``stale`` (rows an edit touched), only the clusters holding those rows are redone."""
        cache = self._clusters.get(k)
        if stale is None or cache is None:
            cache = self._clusters[k] = Clusters()
            if d is None:
                idx = self.members[k]
                d = idx[self.dirty[idx]]
            seeds = d.tolist()
        else:
            found: set[int] = set()
            for r in stale:
                cid = cache.of.get(r)
                if cid is not None and cid in cache.parts:
                    rows, _ = cache.parts.pop(cid)
                    for x in rows:
                        cache.of.pop(x, None)
                    found.update(rows)
                found.add(r)
            seeds = sorted(found)
        of, parts = cache.of, cache.parts
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
            found_parts = landuse.pair_parts(frame, self.geoms[pr[:, 0]], self.geoms[pr[:, 1]], self.status[pr],
                                             self.idle[pr], self.clipped[pr], self.covered[pr])
        else:
            found_parts = []
        for comp, part in zip(pairs, found_parts, strict=True):
            self._store_cluster(cache, comp, part)
        others = [c for c in comps if len(c) != 2]
        if others:  # larger clusters: clipped together, then one union per subset they need
            together = np.concatenate([np.asarray(c, dtype=np.int64) for c in others])
            local, start = [], 0
            for c in others:
                local.append(np.arange(start, start + len(c)))
                start += len(c)
            found_parts = landuse.cluster_parts(frame, local, self.geoms[together], self.status[together],
                                                self.idle[together], self.covered[together])
            for comp, part in zip(others, found_parts, strict=True):
                self._store_cluster(cache, comp, part)
        total = landuse.DirtyPart(np.zeros(len(STATUSES)))
        for _, part in parts.values():
            total.status_m2 += part.status_m2
            total.allocated_m2 += part.allocated_m2
            total.infrastructure_m2 += part.infrastructure_m2
            total.idle_m2 += part.idle_m2
            total.covered_m2 += part.covered_m2
        return total

    def _store_cluster(self, cache: Clusters, comp: list[int], part: landuse.DirtyPart) -> None:
        cid = next(self._cluster_ids)
        for x in comp:
            cache.of[x] = cid
        cache.parts[cid] = (comp, part)
