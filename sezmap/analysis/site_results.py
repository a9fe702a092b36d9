"""The sites a search found, best first, as columns (no Qt).

``SiteIndex.rank`` (sites.py) returns a ``SiteResults``: one numpy array a figure (zone, area,
distances, nearest hubs, score) and the sites' plots as one flat array with offsets, so that a
search returning all 187k sites of the 1M-plot benchmark builds no Python object per site.
``site(i)`` / ``sites()`` make ``Site`` objects when a caller wants them (the app's table asks
for the rows it draws); ``sites_output`` writes JSON, CSV and Markdown from the columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DISTANCES = ("rail", "border", "port", "dry_port")  # the km_<key> of a site
TARGETS = ("border", "port", "dry_port")  # the <key>_id of a site: its nearest hub of that kind


def _round(value, digits):
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


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
        for key in TARGETS:
            out[f"{key}_id"] = self.target_ids.get(key)
        out["terms"] = dict(self.terms)
        return out


ZoneInfo = dict[str, tuple[str | None, dict]]  # zone id -> (English name, terms)


@dataclass(frozen=True)
class SiteResults:
    """Sites best first: ``zone_ids``, ``area_ha``, ``km[key]``, ``targets[key]`` and ``score``
    one entry a site; the plots of site ``i`` are ``ids[offsets[i]:offsets[i + 1]]`` (a group's
    in plot-id order), ``rows`` the same plots' positions in ``project.plots``."""

    zone_ids: np.ndarray  # str objects
    area_ha: np.ndarray
    km: dict[str, np.ndarray]  # DISTANCES -> km (NaN: no such target)
    targets: dict[str, np.ndarray]  # TARGETS -> hub id objects (None: none)
    score: np.ndarray
    offsets: np.ndarray  # (n + 1,)
    ids: np.ndarray  # plot id objects
    rows: np.ndarray  # int64 rows in project.plots
    zone_info: ZoneInfo
    found: int = -1  # how many sites fit before a limit (-1: as many as are here)

    def __len__(self) -> int:
        return len(self.score)

    @property
    def total(self) -> int:
        """How many sites fit the query (``len`` when no limit cut the list)."""
        return len(self) if self.found < 0 else self.found

    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def plot_ids(self, i: int) -> list[str]:
        return [str(p) for p in self.ids[self.offsets[i]:self.offsets[i + 1]]]

    def plot_rows(self, i: int) -> np.ndarray:
        return self.rows[self.offsets[i]:self.offsets[i + 1]]

    def all_rows(self) -> np.ndarray:
        """Every plot of every site (project rows), once each, ascending."""
        return np.unique(self.rows)

    def site(self, i: int) -> Site:
        zone_id = str(self.zone_ids[i])
        name, terms = self.zone_info.get(zone_id, (None, {}))
        km: dict[str, float | None] = {key: float(self.km[key][i]) for key in DISTANCES}
        targets = {key: self.targets[key][i] for key in TARGETS}
        return Site(self.plot_ids(i), zone_id, float(self.area_ha[i]), km, targets, float(self.score[i]), name, terms)

    def sites(self) -> list[Site]:
        return [self.site(i) for i in range(len(self))]

    def head(self, n: int) -> SiteResults:
        """The best ``n`` (all when there are fewer)."""
        if n >= len(self):
            return self
        end = int(self.offsets[n])
        return SiteResults(self.zone_ids[:n], self.area_ha[:n], {k: v[:n] for k, v in self.km.items()},
                           {k: v[:n] for k, v in self.targets.items()}, self.score[:n], self.offsets[:n + 1],
                           self.ids[:end], self.rows[:end], self.zone_info, self.total)

    def columns(self) -> dict[str, list]:
        """The JSON fields (SCHEMA.md section 3) as Python lists, one a field, rounded as
        ``Site.to_dict`` rounds (bulk conversions: no object per site)."""
        out: dict[str, list] = {"zone_id": [str(z) for z in self.zone_ids.tolist()],
                                "area_ha": _rounded(self.area_ha, 4)}
        for key in DISTANCES:
            out[f"km_{key}"] = _rounded(self.km[key], 3)
        out["score"] = _rounded(self.score, 4)
        for key in TARGETS:
            out[f"{key}_id"] = self.targets[key].tolist()
        return out

    def records(self) -> list[dict]:
        """``[site.to_dict() for site in self.sites()]``, made from the columns."""
        cols = self.columns()
        ids = [str(p) for p in self.ids.tolist()]
        bounds = self.offsets.tolist()
        out = []
        for i, zone_id in enumerate(cols["zone_id"]):
            name, terms = self.zone_info.get(zone_id, (None, {}))
            rec: dict[str, object] = {"plot_ids": ids[bounds[i]:bounds[i + 1]], "zone_id": zone_id,
                                      "area_ha": cols["area_ha"][i]}
            for key in DISTANCES:
                rec[f"km_{key}"] = cols[f"km_{key}"][i]
            rec["score"] = cols["score"][i]
            rec["zone_name"] = name
            for key in TARGETS:
                rec[f"{key}_id"] = cols[f"{key}_id"][i]
            rec["terms"] = dict(terms)
            out.append(rec)
        return out


def _rounded(values: np.ndarray, digits: int) -> list:
    """Each value as ``round(float, digits)`` (None where not finite), for a whole column.

    numpy's ``rint(x * 10**digits) / 10**digits`` is the same double as Python's correctly
    rounded ``round`` whenever both pick the same last digit: the division is correctly rounded
    too. They can pick differently only when ``x * 10**digits`` lies within its rounding
    error of a half: those few (and huge values) go through ``round`` itself."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    scaled = np.where(finite, values, 0.0) * 10.0 ** digits
    out = (np.rint(scaled) / 10.0 ** digits).tolist()
    doubtful = finite & ((np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-6) | (np.abs(scaled) > 1e12))
    for k in np.flatnonzero(doubtful).tolist():
        out[k] = round(float(values[k]), digits)
    for k in np.flatnonzero(~finite).tolist():
        out[k] = None
    return out
