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
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from sezmap.analysis import geodesy, idle
from sezmap.analysis.plot_distances import plot_distances
from sezmap.model import schema
from sezmap.model.project import Project

FOCUS_FIELDS = ("focus", "focus_ru", "focus_kk")
TERM_FIELDS = ("category", "region", "established", "expires", "official_area_ha", "focus")
DISTANCES = ("rail", "border", "port", "dry_port")  # the km_<key> of a site


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


@dataclass
class Site:
    plot_ids: list[str]
    zone_id: str
    area_ha: float
    km: dict[str, float | None]  # rail, border, port, dry_port
    target_ids: dict[str, str | None]  # border, port, dry_port: the nearest hub's id
    score: float
    zone_name: str | None = None
    terms: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict:
        out: dict[str, object] = {"plot_ids": list(self.plot_ids), "zone_id": self.zone_id,
                                  "area_ha": _round(self.area_ha, 4)}
        for key in DISTANCES:
            out[f"km_{key}"] = _round(self.km[key], 3)
        out["score"] = round(self.score, 4)
        out["zone_name"] = self.zone_name
        for key in ("border", "port", "dry_port"):
            out[f"{key}_id"] = self.target_ids.get(key)
        out["terms"] = dict(self.terms)
        return out


def _round(value, digits):
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


def _fold(text) -> str:
    return unicodedata.normalize("NFC", str(text)).casefold()


class SiteIndex:
    """What every search needs, computed once for a project: the vacant plots' areas and
    distances, and the groups of adjacent vacant plots with theirs."""

    def __init__(self, project: Project):
        self.project = project
        zones = project.zones
        self.zone_ids = [str(z) for z in zones["zone_id"]]
        plots = project.plots
        geoms = plots.geometry.to_numpy()
        usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        rows = np.flatnonzero((plots["status"].to_numpy(dtype=object) == "vacant") & usable)
        self.rows = rows  # the vacant plots' rows in the plots frame
        self.geoms = geoms[rows]
        self.plot_ids = plots["plot_id"].to_numpy(dtype=object)[rows]
        codes, self.group_zone_ids = pd.factorize(plots["zone_id"].to_numpy(dtype=object)[rows].astype(str))
        self.zone_code = np.asarray(codes, dtype=np.int64)  # into group_zone_ids
        self.area_ha = self._areas(self.geoms, self.zone_code)
        # each plot id's place in the ids' sort order (ties of the ranking go by it)
        self.id_rank = np.empty(len(rows), dtype=np.int64)
        self.id_rank[np.argsort(self.plot_ids.astype(str), kind="stable")] = np.arange(len(rows))
        self.distances = plot_distances(self.geoms, self.zone_code, project.corridors, project.hubs)
        stems = [c[:-3] for c in self.distances.columns if c.endswith("_km")]
        self.km = {stem: self.distances[f"{stem}_km"].to_numpy(dtype=float) for stem in stems}
        self.target = {stem: self.distances[f"{stem}_id"].to_numpy(dtype=object) if f"{stem}_id" in self.distances
                       else np.full(len(rows), None, dtype=object) for stem in stems}
        self.groups = self._groups()
        self.singles = _Candidates.singles(self)
        self.grouped = _Candidates.grouped(self)

    @staticmethod
    def _areas(geoms: np.ndarray, codes: np.ndarray) -> np.ndarray:
        out = np.zeros(len(geoms))
        for code in np.unique(codes):
            at = np.flatnonzero(codes == code)
            x0, y0, x1, y1 = shapely.total_bounds(geoms[at])
            cea = geodesy.cea_geometries(geoms[at], (x0 + x1) / 2.0, (y0 + y1) / 2.0)
            out[at] = shapely.area(cea) / geodesy.M2_PER_HA
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
        n = len(self.geoms)
        pairs, overlap = self.adjacent_pairs()
        if not pairs.shape[1]:
            return _Groups.empty()
        graph = coo_matrix((np.ones(pairs.shape[1]), (pairs[0], pairs[1])), shape=(n, n))
        _, label = connected_components(graph, directed=False)
        sizes = np.bincount(label)
        members = np.flatnonzero(sizes[label] >= 2)
        members = members[np.argsort(label[members], kind="stable")]
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
        zones = self.project.zones
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
        """The sites that fit ``query``, best first."""
        bad = query.problems()
        if bad:
            raise ValueError("; ".join(bad))
        columns = self._columns(query)
        cands = [self.singles]
        if query.merge_adjacent and len(self.groups.starts):
            cands.append(self.grouped)
        zone_ok = self.zone_matches(query.focus)
        limits = query.limits()
        picked = []
        for c in cands:
            mask = zone_ok[c.zone] & (c.area >= query.min_ha)
            if query.max_ha is not None:
                mask &= c.area <= query.max_ha
            for key, limit in limits.items():
                with np.errstate(invalid="ignore"):
                    mask &= c.km[columns[key]] <= limit  # NaN (no such target): never within
            at = np.flatnonzero(mask)
            fit = np.ones(len(at)) if query.min_ha <= 0 else query.min_ha / c.area[at]
            terms = [fit] + [1.0 - c.km[columns[key]][at] / limit for key, limit in limits.items()]
            score = np.mean(terms, axis=0)
            picked.append((c, at, score))
        keys = [np.concatenate(v) for v in zip(*[
            (-np.round(score, 12), c.sizes()[at], c.area[at], c.rank[at], np.full(len(at), ci), np.arange(len(at)))
            for ci, (c, at, score) in enumerate(picked)], strict=True)]
        order = np.lexsort(keys[3::-1])
        if query.limit is not None:
            order = order[:query.limit]
        zone_info = self._zone_info(as_of)
        out = []
        for ci, j in zip(keys[4][order], keys[5][order], strict=True):
            c, at, score = picked[int(ci)]
            out.append(c.site(int(at[j]), float(score[j]), columns, zone_info))
        return out

    def _zone_info(self, as_of) -> dict[str, tuple[str | None, dict]]:
        year = idle.as_date(as_of or dt.date.today()).year
        zones = self.project.zones
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
    """Single plots or groups as arrays: zone code, area, km per distance column stem (rail,
    border, border_<CC>, seaport, dry_port), and per stem the vacant position whose distance
    it is."""

    index: SiteIndex
    zone: np.ndarray
    area: np.ndarray
    km: dict[str, np.ndarray]
    nearest: dict[str, np.ndarray]
    groups: _Groups | None = None

    @classmethod
    def singles(cls, index: SiteIndex) -> _Candidates:
        rows = np.arange(len(index.geoms))
        return cls(index, index.zone_code, index.area_ha, index.km, {k: rows for k in index.km})

    @classmethod
    def grouped(cls, index: SiteIndex) -> _Candidates:
        """The groups, each measured from its nearest member (for every stem at once)."""
        g = index.groups
        members, starts = g.members, g.starts
        gkm, nearest = {}, {}
        label = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(members)]))
        for key, values in index.km.items():
            filled = np.where(np.isnan(values[members]), np.inf, values[members])
            first = np.lexsort((filled, label))[starts]  # by group, nearest first
            gkm[key] = np.where(np.isinf(filled[first]), np.nan, filled[first])
            nearest[key] = members[first]
        return cls(index, index.zone_code[members[starts]] if len(starts) else np.zeros(0, dtype=np.int64),
                   g.area, gkm, nearest, g)

    @property
    def rank(self) -> np.ndarray:
        return self.index.id_rank if self.groups is None else self.groups.rank

    def sizes(self) -> np.ndarray:
        if self.groups is None:
            return np.ones(len(self.area), dtype=np.int64)
        return np.diff(np.r_[self.groups.starts, len(self.groups.members)])

    def positions(self, k: int) -> np.ndarray:
        return np.array([k]) if self.groups is None else self.groups.part(k)

    def site(self, k: int, score: float, columns: dict[str, str], zone_info) -> Site:
        ix = self.index
        zone_id = str(ix.group_zone_ids[self.zone[k]])
        name, terms = zone_info.get(zone_id, (None, {}))
        targets = {key: ix.target[columns[key]][self.nearest[columns[key]][k]] for key in ("border", "port", "dry_port")}
        km: dict[str, float | None] = {key: float(self.km[columns[key]][k]) for key in DISTANCES}
        ids = ix.plot_ids[self.positions(k)]
        return Site([str(i) for i in ids] if len(ids) == 1 else sorted(str(i) for i in ids), zone_id,
                    float(self.area[k]), km, targets, score, name, terms)
