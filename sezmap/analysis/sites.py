"""Site search: vacant land that fits an investor's needs, ranked (no Qt).

    index = SiteIndex(project)                    # once: per-plot distances, adjacency
    sites = index.search(SiteQuery(min_ha=20, max_km_rail=30), as_of="2026-12-01")
    [s.to_dict() for s in sites]

Candidates are the vacant plots (status ``vacant``) and, with ``merge_adjacent``, each group
of adjacent vacant plots of one zone (a connected component of the graph whose edges join
two vacant plots of the same zone that share a stretch of boundary, or overlap: the DE-9IM
relation has a boundary/boundary intersection of dimension 1 or an interior/interior one of
dimension 2; touching at a corner or a gap of any width, 1 cm included, does not join). A
group is offered whole, beside its plots on their own.

Distances are geodesic on WGS84 from the nearest point of the plot (plot_distances.py); a
group's is its nearest member's. Areas are ellipsoidal (equal-area projection, SCHEMA §2); a
group's is the area of its union.

Score (higher is better, 0..1): the mean of the area fit ``min_ha / area_ha`` (1 when the
site is just the size asked for; 1 when ``min_ha`` is 0) and, for each distance limit given,
``1 - km / limit`` (1 on the target, 0 at the limit). Distances without a limit do not
count. Ties: fewer plots first, then the smaller area, then the first plot id.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from sezmap.analysis import geodesy, idle
from sezmap.analysis.plot_distances import plot_distances, stop_if
from sezmap.analysis.site_results import DISTANCES, TARGETS, Site, SiteResults
from sezmap.model import schema
from sezmap.model.project import Project

FOCUS_FIELDS = ("focus", "focus_ru", "focus_kk")
TERM_FIELDS = ("category", "region", "established", "expires", "official_area_ha", "focus")


@dataclass(frozen=True)
class SiteQuery:
    min_ha: float
    max_ha: float | None = None
    focus: str | None = None
    max_km_rail: float | None = None
    max_km_border: float | None = None
    border_country: str | None = None  # ISO 3166-1 alpha-2, one of schema.NEIGHBOURS
    max_km_port: float | None = None
    max_km_dry_port: float | None = None
    merge_adjacent: bool = False
    limit: int | None = None  # the best N (None: all)

    def limits(self) -> dict[str, float]:
        given = {"rail": self.max_km_rail, "border": self.max_km_border, "port": self.max_km_port,
                 "dry_port": self.max_km_dry_port}
        return {k: float(v) for k, v in given.items() if v is not None}

    def problems(self) -> list[str]:
        """What is wrong with the query (empty when it can run)."""
        out = []
        numbers = {"--min-ha": self.min_ha, "--max-ha": self.max_ha, "--max-km-rail": self.max_km_rail,
                   "--max-km-border": self.max_km_border, "--max-km-port": self.max_km_port,
                   "--max-km-dry-port": self.max_km_dry_port}
        for name, value in numbers.items():
            if value is not None and not (np.isfinite(value) and value >= 0):
                out.append(f"{name} {value}: must be a number, 0 or more")
        for name in ("--max-km-rail", "--max-km-border", "--max-km-port", "--max-km-dry-port"):
            if numbers[name] == 0:
                out.append(f"{name} 0: must be more than 0")
        if self.max_ha is not None and self.max_ha < self.min_ha:
            out.append(f"--max-ha {self.max_ha} is below --min-ha {self.min_ha}")
        if self.border_country is not None:
            if self.border_country not in schema.NEIGHBOURS:
                out.append(f"--border-country {self.border_country!r}: one of {', '.join(schema.NEIGHBOURS)}")
            if self.max_km_border is None:
                out.append("--border-country goes with --max-km-border")
        if self.limit is not None and self.limit < 0:
            out.append(f"--limit {self.limit}: must be 0 or more")
        return out


def _fold(text) -> str:
    return unicodedata.normalize("NFC", str(text)).casefold()


class SiteIndex:
    """What every search needs, computed once for a project: the vacant plots' areas and
    distances, and the groups of adjacent vacant plots with theirs."""

    def __init__(self, project: Project, cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None):
        """``cancelled``: asked now and then (``plot_distances.Cancelled`` when it says yes);
        ``progress(done, total)``: after each zone's distances, and at the end."""
        self.project: Project | None = project  # None when restored from saved arrays
        plots = project.plots
        geoms = plots.geometry.to_numpy()
        usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        rows = np.flatnonzero((plots["status"].to_numpy(dtype=object) == "vacant") & usable)
        self.geoms = geoms[rows]
        codes, group_zone_ids = pd.factorize(plots["zone_id"].to_numpy(dtype=object)[rows].astype(str))
        self.zone_code = np.asarray(codes, dtype=np.int64)  # into group_zone_ids
        self.area_ha = self._areas(self.geoms, self.zone_code)
        # each plot id's place in the ids' sort order (ties of the ranking go by it)
        self.id_rank = np.empty(len(rows), dtype=np.int64)
        plot_ids = plots["plot_id"].to_numpy(dtype=object)[rows]
        self.id_rank[np.argsort(plot_ids.astype(str), kind="stable")] = np.arange(len(rows))
        stop_if(cancelled)
        steps = len(group_zone_ids) + 1  # each zone's distances, then the groups

        def measured(done: int, _total: int) -> None:
            if progress is not None:
                progress(done, steps)

        self.distances = plot_distances(self.geoms, self.zone_code, project.corridors, project.hubs, cancelled,
                                        measured)
        stems = [c[:-3] for c in self.distances.columns if c.endswith("_km")]
        self.km = {stem: self.distances[f"{stem}_km"].to_numpy(dtype=float) for stem in stems}
        target = {stem: self.distances[f"{stem}_id"].to_numpy(dtype=object) if f"{stem}_id" in self.distances
                  else np.full(len(rows), None, dtype=object) for stem in stems}
        stop_if(cancelled)
        self.groups = self._groups()
        self._searchable(project.zones, SiteArrays(rows, plot_ids, np.asarray(group_zone_ids, dtype=object), target,
                                                   _Candidates.of(self)))
        if progress is not None:
            progress(steps, steps)

    def _searchable(self, zones: pd.DataFrame, arrays: SiteArrays) -> None:
        """What a search reads: the zones (their focus and terms) and the arrays."""
        self.zones = zones
        self.arrays = arrays
        self.rows = arrays.rows  # the vacant plots' rows in the plots frame
        self.plot_ids = arrays.plot_ids
        self.group_zone_ids = arrays.group_zone_ids  # the vacant plots' zones (zone_code indexes it)
        self.target = arrays.target
        self.candidates = arrays.candidates

    @classmethod
    def restored(cls, zones: pd.DataFrame, arrays: SiteArrays) -> SiteIndex:
        """An index that searches as the one ``arrays`` were taken from (sites_cache.py), for a
        project whose zones are ``zones``; it has no geometries and no project."""
        index = cls.__new__(cls)
        index.project = None
        index._searchable(zones, arrays)
        return index

    @staticmethod
    def _areas(geoms: np.ndarray, codes: np.ndarray) -> np.ndarray:
        out = np.zeros(len(geoms))
        for code in np.unique(codes):
            at = np.flatnonzero(codes == code)
            x0, y0, x1, y1 = shapely.total_bounds(geoms[at])
            lon0, lat0 = (x0 + x1) / 2.0, (y0 + y1) / 2.0
            out[at] = geodesy.cea_area_m2(geodesy.cea_geometries(geoms[at], lon0, lat0), lon0, lat0) / geodesy.M2_PER_HA
        return out

    def adjacent_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """((2, k) positions (i < j) of vacant plots of one zone that share a stretch of
        boundary or overlap, (k,) whether their interiors overlap)."""
        tree = shapely.STRtree(self.geoms)
        a, b = tree.query(self.geoms, predicate="intersects")
        keep = (a < b) & (self.zone_code[a] == self.zone_code[b])
        a, b = a[keep], b[keep]
        rel = np.asarray(shapely.relate(self.geoms[a], self.geoms[b]), dtype="U9").view("U1").reshape(-1, 9)
        overlap = rel[:, 0] == "2"  # interior/interior of dimension 2
        keep = overlap | (rel[:, 4] == "1")  # or boundary/boundary of dimension 1
        return np.vstack([a[keep], b[keep]]).astype(np.int64), overlap[keep]

    def _groups(self) -> _Groups:
        from scipy.sparse import coo_matrix  # (only to build: a search from saved arrays goes without scipy)
        from scipy.sparse.csgraph import connected_components

        n = len(self.geoms)
        pairs, overlap = self.adjacent_pairs()
        if not pairs.shape[1]:
            return _Groups.empty()
        graph = coo_matrix((np.ones(pairs.shape[1]), (pairs[0], pairs[1])), shape=(n, n))
        _, label = connected_components(graph, directed=False)
        sizes = np.bincount(label)
        members = np.flatnonzero(sizes[label] >= 2)
        members = members[np.lexsort((self.id_rank[members], label[members]))]  # by group, in id order
        glabel = label[members]
        starts = np.flatnonzero(np.r_[True, glabel[1:] != glabel[:-1]])
        groups = _Groups(members, starts, np.add.reduceat(self.area_ha[members], starts),
                         np.minimum.reduceat(self.id_rank[members], starts))
        # a group holding overlapping plots: the area of the union, not the sum
        first_of = {int(lab): k for k, lab in enumerate(glabel[starts])}
        for lab in np.unique(label[pairs[0][overlap]]):
            k = first_of[int(lab)]
            union = np.array([shapely.union_all(self.geoms[groups.part(k)])], dtype=object)
            groups.area[k] = self._areas(union, np.zeros(1, dtype=np.int64))[0]
        return groups

    # --- search ------------------------------------------------------------------------------

    def zone_matches(self, text: str | None) -> np.ndarray:
        """Per group_zone_ids code: whether the zone's focus, in any language, holds ``text``."""
        if not text:
            return np.ones(len(self.group_zone_ids), dtype=bool)
        want = _fold(text.strip())
        zones = self.zones
        found = set()
        for k in range(len(zones)):
            texts = [zones[f].iat[k] for f in FOCUS_FIELDS if f in zones.columns]
            if any(isinstance(t, str) and want in _fold(t) for t in texts):
                found.add(str(zones["zone_id"].iat[k]))
        return np.array([z in found for z in self.group_zone_ids], dtype=bool)

    def _columns(self, query: SiteQuery) -> dict[str, str]:
        border = f"border_{query.border_country}" if query.border_country else "border"
        return {"rail": "rail", "border": border, "port": "seaport", "dry_port": "dry_port"}

    def search(self, query: SiteQuery, as_of=None) -> list[Site]:
        """The sites that fit ``query``, best first, as objects (``rank`` gives the columns)."""
        return self.rank(query, as_of).sites()

    def rank(self, query: SiteQuery, as_of=None) -> SiteResults:
        """The sites that fit ``query``, best first, as columns: filtered, scored and ordered
        with numpy over all candidates at once."""
        bad = query.problems()
        if bad:
            raise ValueError("; ".join(bad))
        columns = self._columns(query)
        c = self.candidates
        n = c.count if query.merge_adjacent else len(self.rows)  # the singles come first
        area = c.area[:n]
        mask = self.zone_matches(query.focus)[c.zone[:n]] & (area >= query.min_ha)
        if query.max_ha is not None:
            mask &= area <= query.max_ha
        limits = query.limits()
        for key, limit in limits.items():
            with np.errstate(invalid="ignore"):
                mask &= c.km[columns[key]][:n] <= limit  # NaN (no such target): never within
        at = np.flatnonzero(mask)
        terms = [np.ones(len(at)) if query.min_ha <= 0 else query.min_ha / area[at]]
        terms += [1.0 - c.km[columns[key]][at] / limit for key, limit in limits.items()]
        score = np.mean(terms, axis=0) if len(at) else np.zeros(0)
        lowest = -np.round(score, 12)
        found = len(at)
        if query.limit is not None and query.limit < found:
            # only what can be among the best ``limit`` is ordered (ties at the cut all kept)
            cut = np.partition(lowest, query.limit - 1)[query.limit - 1] if query.limit else -np.inf
            near = np.flatnonzero(lowest <= cut)
            at, score, lowest = at[near], score[near], lowest[near]
        order = np.lexsort((c.rank[at], c.area[at], c.size[at], lowest))
        if query.limit is not None:
            order = order[:query.limit]
        return self._results(at[order], score[order], columns, self._zone_info(as_of),
                             found if query.limit is not None and query.limit < found else -1)

    def _results(self, picked: np.ndarray, score: np.ndarray, columns: dict[str, str], zone_info,
                 found: int) -> SiteResults:
        c = self.candidates
        sizes = c.size[picked]
        offsets = np.zeros(len(picked) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        within = np.arange(offsets[-1], dtype=np.int64) - np.repeat(offsets[:-1], sizes)
        positions = c.members[np.repeat(c.start[picked], sizes) + within]  # vacant positions
        km = {key: c.km[columns[key]][picked] for key in DISTANCES}
        targets = {key: self.target[columns[key]][c.nearest[columns[key]][picked]] for key in TARGETS}
        return SiteResults(np.asarray(self.group_zone_ids, dtype=object)[c.zone[picked]], c.area[picked], km,
                           targets, score, offsets, self.plot_ids[positions], self.rows[positions], zone_info,
                           found)

    def _zone_info(self, as_of) -> dict[str, tuple[str | None, dict]]:
        year = idle.as_date(as_of or dt.date.today()).year
        zones = self.zones
        info = {}
        for k in range(len(zones)):
            terms = {f: _plain(zones[f].iat[k]) for f in TERM_FIELDS if f in zones.columns}
            expires = terms.get("expires")
            terms["years_left"] = None if expires is None else int(expires) - year
            name = _plain(zones["name_en"].iat[k]) if "name_en" in zones.columns else None
            info[str(zones["zone_id"].iat[k])] = (name, terms)
        return info


def _plain(value):
    """A cell as JSON takes it: None for missing, int for whole numbers, Python scalars."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)) or value is pd.NA:
        return None
    if isinstance(value, (np.integer, int)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return int(value) if float(value).is_integer() else float(value)
    return value


@dataclass
class SiteArrays:
    """All a search needs of the plots, as arrays: the vacant plots' rows in the plots frame,
    their ids, the zone ids the candidates' zone codes index, per distance stem each vacant
    plot's nearest target's id (None: no such target), and the candidates."""

    rows: np.ndarray
    plot_ids: np.ndarray  # object
    group_zone_ids: np.ndarray  # object (str)
    target: dict[str, np.ndarray]  # object: str or None
    candidates: _Candidates


@dataclass
class _Groups:
    members: np.ndarray  # vacant positions, grouped
    starts: np.ndarray  # start of each group in members
    area: np.ndarray  # ha
    rank: np.ndarray  # the smallest id_rank of its plots

    @classmethod
    def empty(cls) -> _Groups:
        z = np.zeros(0, dtype=np.int64)
        return cls(z, z, np.zeros(0), z)

    def part(self, k: int) -> np.ndarray:
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.members)
        return self.members[self.starts[k]:end]


@dataclass
class _Candidates:
    """Every candidate as arrays, the single plots first (candidate i < n_vacant is vacant
    position i), then the groups: zone code, area, number of plots, id rank, and per distance
    column stem (rail, border, border_<CC>, seaport, dry_port) the km and the vacant position
    whose distance it is; a candidate's plots are ``members[start:start + size]``."""

    zone: np.ndarray
    area: np.ndarray
    size: np.ndarray
    rank: np.ndarray
    start: np.ndarray
    members: np.ndarray
    km: dict[str, np.ndarray]
    nearest: dict[str, np.ndarray]

    @property
    def count(self) -> int:
        return len(self.area)

    @classmethod
    def of(cls, index: SiteIndex) -> _Candidates:
        """The singles and the groups, each group measured from its nearest member (for every
        stem at once)."""
        g = index.groups
        n = len(index.geoms)
        members, starts = g.members, g.starts
        gsize = np.diff(np.r_[starts, len(members)]).astype(np.int64)
        label = np.repeat(np.arange(len(starts)), gsize)
        km, nearest = {}, {}
        for key, values in index.km.items():
            filled = np.where(np.isnan(values[members]), np.inf, values[members])
            first = np.lexsort((filled, label))[starts] if len(starts) else np.zeros(0, dtype=np.int64)
            km[key] = np.r_[values, np.where(np.isinf(filled[first]), np.nan, filled[first])]
            nearest[key] = np.r_[np.arange(n), members[first]]
        gzone = index.zone_code[members[starts]] if len(starts) else np.zeros(0, dtype=np.int64)
        return cls(np.r_[index.zone_code, gzone].astype(np.int64), np.r_[index.area_ha, g.area],
                   np.r_[np.ones(n, dtype=np.int64), gsize], np.r_[index.id_rank, g.rank].astype(np.int64),
                   np.r_[np.arange(n), n + starts].astype(np.int64), np.r_[np.arange(n), members].astype(np.int64),
                   km, nearest)
