"""``sezmap report --trend``: every zone's land use at each month's or quarter's end, rebuilt by
replaying the audit log backwards over the project as it is now (no Qt, no store of its own).

The project's current plots are analysed once (``AnalysisEngine``); then, from the latest period
end to the earliest, the audit rows dated after that end (UTC) and not yet undone are undone on
the engine in one go:

* a plot whose first such row says it was ``created`` did not exist then: taken out;
* a plot whose first such row says it was ``removed`` existed then: put back from the state the
  row holds (its fields as JSON), changed further by any older row of the batch;
* any other plot gets, for each field the analysis reads (geometry, zone, status, deadline,
  investments), the ``old_value`` of the first row of the batch about that field.

The figures at that end are then the engine's own (``ZoneMetrics``, the definitions of the
report, idle plots as of that day). A rename of a plot id (field ``plot_id``) is followed too.

Speed: the log is read once into arrays (``AuditTable``, in id order, each row's period found by
one binary search); a batch's first values are found by numpy grouping, its plots by key (no id
lookups per batch); the engine takes the batch as arrays (``replace_values``, whose geometry
work for many plots is done per zone in a few vectorised calls), and a plot put back is
appended in no zone and placed with the batch.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model import schema
from sezmap.model.edits import AuditEntry

PERIODS = ("monthly", "quarterly")
FIELDS = schema.ANALYSIS_FIELDS
ENTITY = "plot"  # the audit field of a plot created or removed


@dataclass(frozen=True)
class TrendPoint:
    period_end: str
    allocated_ratio: float
    infrastructure_ratio: float
    unused_ratio: float
    idle_plots: int
    idle_area_ha: float
    plots: int


def period_ends(kind: str, since: dt.date, until: dt.date) -> list[dt.date]:
    """The ends of the months (quarters) from the one holding ``since`` up to ``until`` (an end
    after ``until`` is not included)."""
    step = {"monthly": 1, "quarterly": 3}[kind]
    year, month = since.year, since.month
    month = ((month - 1) // step + 1) * step  # the period's last month
    out: list[dt.date] = []
    while True:
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        if end > until:
            return out
        out.append(end)
        month += step
        if month > 12:
            year, month = year + 1, month - 12


RENAME = "plot_id"  # the audit field of a plot id changed (by another program: the triggers')
CODES = (*FIELDS, ENTITY, RENAME)  # the fields the replay reads, by code
ENTITY_CODE, RENAME_CODE = len(FIELDS), len(FIELDS) + 1


@dataclass(frozen=True)
class AuditTable:
    """The audit rows the replay reads (the fields the analysis reads, plots created and removed,
    ids changed) as arrays, in id order: each row's day (UTC, "YYYY-MM-DD"), its plot (a key
    into ``plot_ids``), its field (a code into ``CODES``), its old and new values."""

    day: np.ndarray
    plot: np.ndarray
    plot_ids: np.ndarray
    field: np.ndarray
    old: np.ndarray
    new: np.ndarray

    def __len__(self) -> int:
        return len(self.day)


def audit_table(entries: Sequence[AuditEntry]) -> AuditTable:
    entries = list(entries)
    of = {f: k for k, f in enumerate(CODES)}
    code = np.array([of.get(e.field, -1) for e in entries], dtype=np.int64)  # (a column at a time: quickest)
    ids = np.array([e.id for e in entries], dtype=np.int64)
    take = np.flatnonzero(code >= 0)
    take = take[np.argsort(ids[take], kind="stable")]

    keys, plot_ids = pd.factorize(np.array([e.plot_id for e in entries], dtype=object)[take])
    return AuditTable(np.array([e.at for e in entries], dtype="U10")[take], np.asarray(keys, dtype=np.int64),
                      np.asarray(plot_ids, dtype=object), code[take].astype(np.int64),
                      np.array([e.old_value for e in entries], dtype=object)[take],
                      np.array([e.new_value for e in entries], dtype=object)[take])


def _positions(values: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each value's position among ``labels`` (-1: not there), by arrow's hash lookup."""
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    found = pc.index_in(pa.array(values, type=pa.string()), value_set=pa.array(labels, type=pa.string()))
    return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)


def _firsts(keys: np.ndarray) -> np.ndarray:
    """The positions of each key's first occurrence (``keys`` in id order)."""
    return np.unique(keys, return_index=True)[1] if len(keys) else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class FirstValues:
    """Per (plot, field) of a batch, the old value of its first row: what the plot held then."""

    plot: np.ndarray
    field: np.ndarray
    old: np.ndarray

    def of(self, keys: np.ndarray) -> dict[tuple[int, int], object]:
        """(plot, field) -> value, for the plots ``keys`` only."""
        mine = np.isin(self.plot, keys)
        return dict(zip(zip(self.plot[mine].tolist(), self.field[mine].tolist(), strict=True),
                        self.old[mine].tolist(), strict=True))


def _first_values(t: AuditTable, sel: np.ndarray) -> FirstValues:
    """The batch ``sel``'s rows about the analysed fields and, for each plot it removed, the
    fields its 'removed' row holds (its last state as JSON; a field missing there is empty),
    taken in id order: the first old value of each (plot, field)."""
    vals = sel[t.field[sel] < ENTITY_CODE]
    removed = sel[(t.field[sel] == ENTITY_CODE) & (t.new[sel] == "removed")]
    pos, plot, field, old = [vals], [t.plot[vals]], [t.field[vals]], [t.old[vals]]
    for r in removed.tolist():
        try:
            state = json.loads(t.old[r]) if t.old[r] else {}
        except ValueError:
            state = {}
        if isinstance(state, dict):
            pos.append(np.full(len(FIELDS), r))
            plot.append(np.full(len(FIELDS), t.plot[r]))
            field.append(np.arange(len(FIELDS)))
            old.append(np.array([None if state.get(f) is None else str(state.get(f)) for f in FIELDS], dtype=object))
    order = np.argsort(np.concatenate(pos), kind="stable")
    plot_, field_ = np.concatenate(plot)[order], np.concatenate(field)[order]
    first = _firsts(plot_ * len(CODES) + field_)
    return FirstValues(plot_[first], field_[first], np.concatenate(old)[order][first])


def _values(field: str, texts: np.ndarray) -> np.ndarray:
    if field == "geometry":
        return np.asarray(shapely.from_wkt(texts), dtype=object)
    return texts


class Replay:
    """The engine taken back in time. Its rows never move: a plot that did not exist yet is put
    in no zone (hidden: it counts nowhere), one that existed then but is gone now is appended.
    Each batch of audit rows is undone as arrays (numpy's grouping, the engine's
    ``replace_values``), never row by row."""

    def __init__(self, engine: AnalysisEngine, table: AuditTable):
        self.engine = engine
        self.table = table
        self._index = pd.Index(np.asarray(engine.plot_ids, dtype=object))
        self.key_row = _positions(table.plot_ids, engine.plot_ids)  # per plot key: its row (-1: none)
        self._key_of: dict[str, int] | None = None
        self._added: dict[str, int] = {}
        self.hidden: set[int] = set()
        # plots removed since and gone now: appended at once, in no zone (they count nowhere)
        # until the batch that puts them back gives them their fields and zone
        gone = np.unique(table.plot[(table.field == ENTITY_CODE) & (table.new == "removed")])
        gone = gone[self.key_row[gone] < 0]
        if len(gone):
            empty: dict[str, list] = {name: [None] * len(gone) for name in FIELDS}
            empty.pop("geometry")
            rows = gpd.GeoDataFrame({"plot_id": [str(p) for p in table.plot_ids[gone]], **empty},
                                    geometry=[None] * len(gone), crs=schema.CRS)
            self.append(rows, gone)
            self.hidden |= set(self.key_row[gone].tolist())

    def rows(self, plot_ids) -> np.ndarray:
        """Each plot's row (-1: not in the engine)."""
        ids = np.asarray(plot_ids, dtype=object)
        out = self._index.get_indexer(ids) if len(ids) else np.zeros(0, dtype=np.int64)
        if self._added:
            out = np.where(out < 0, [self._added.get(p, -1) for p in ids], out)
        return np.asarray(out, dtype=np.int64)

    def append(self, rows: gpd.GeoDataFrame, keys: np.ndarray | None = None) -> np.ndarray:
        """Plots added after the engine's last row (``keys``: their plot keys, when known);
        returns their rows."""
        start = len(self.engine.zone)
        self.engine.add_plots(rows)
        new = np.arange(start, start + len(rows))
        ids = [str(p) for p in rows["plot_id"]]
        self._added.update(zip(ids, new.tolist(), strict=True))
        if keys is None:
            if self._key_of is None:
                self._key_of = {str(p): k for k, p in enumerate(self.table.plot_ids)}
            found = [(self._key_of.get(p), r) for p, r in zip(ids, new.tolist(), strict=True)]
            keys = np.asarray([k for k, _r in found if k is not None], dtype=np.int64)
            new = np.asarray([r for k, r in found if k is not None], dtype=np.int64)
        self.key_row[keys] = new
        return new

    def undo(self, sel: np.ndarray, as_of: dt.date) -> None:
        """The audit rows at positions ``sel`` of the table (those after ``as_of`` not yet
        undone, in id order) undone: the engine then holds the project as it stood at the end
        of ``as_of``, analysed then."""
        t = self.table
        fld = t.field[sel]
        renames = sel[fld == RENAME_CODE]
        if len(renames):
            self._renames(t.old[renames], t.new[renames])
        entity = sel[fld == ENTITY_CODE]
        entity = entity[_firsts(t.plot[entity])]  # each plot's first such row
        created = t.plot[entity[t.new[entity] == "created"]]
        first = _first_values(t, sel)
        created_rows = self.key_row[created]
        created_rows = created_rows[created_rows >= 0]
        rows = self.key_row[first.plot]
        keep = ~np.isin(first.plot, created) & (rows >= 0)
        rows, field, old = rows[keep], first.field[keep], first.old[keep]
        changes: dict[str, pd.Series] = {}
        for k, name in enumerate(FIELDS):
            at = field == k
            if name == "zone_id":  # not there yet: in no zone
                at_rows = np.concatenate([created_rows, rows[at]])
                values = np.concatenate([np.full(len(created_rows), None, dtype=object), old[at]])
            else:
                at_rows, values = rows[at], _values(name, old[at]) if at.any() else old[at]
            if len(at_rows):
                changes[name] = pd.Series(values, index=at_rows, dtype=object)
        zones = changes.get("zone_id")
        if zones is not None:
            self.hidden -= set(zones.index.tolist())  # a plot put back gets its zone again
            self.hidden |= set(zones.index[zones.isna().to_numpy()].tolist())
        self.engine.replace_values(changes, as_of)

    def _renames(self, olds: np.ndarray, news: np.ndarray) -> None:
        """An id changed after the period end: the plot is hidden under its new id and appended
        under the one it had."""
        for old, new in zip(olds[::-1].tolist(), news[::-1].tolist(), strict=True):
            row = int(self.rows([new])[0]) if new is not None else -1
            if old is None or row < 0 or row in self.hidden:
                continue
            self.append(_rows_of(self.engine, row, str(old)))
            self.engine.replace_values({"zone_id": pd.Series([None], index=[row], dtype=object)})
            self.hidden.add(row)


def _rows_of(engine: AnalysisEngine, row: int, plot_id: str) -> gpd.GeoDataFrame:
    """One plot of the engine as a row to add again under another id."""
    from sezmap.model.statuses import STATUSES

    code = int(engine.status[row])
    day = engine.deadline[row]
    data = {"plot_id": [plot_id], "zone_id": [engine.zone_ids[engine.zone[row]] if engine.zone[row] >= 0 else None],
            "status": [STATUSES[code] if code >= 0 else None],
            "contract_deadline": [None if np.isnan(day) else (dt.date(1970, 1, 1) + dt.timedelta(days=int(day))).isoformat()],
            "investment_committed_kzt": [engine.committed[row]], "investment_actual_kzt": [engine.actual[row]]}
    return gpd.GeoDataFrame(data, geometry=[engine.geoms[row]], crs=schema.CRS)


def zone_trends(engine: AnalysisEngine, entries: Sequence[AuditEntry], ends: Sequence[dt.date]) -> dict[str, list[TrendPoint]]:
    """Each zone's figures at each of ``ends`` (ascending), the audit rows ``entries`` (at least
    those after the first end) undone on ``engine`` (which is left as it stood at the first end)."""
    table = audit_table(entries)
    replay = Replay(engine, table)
    out: dict[str, list[TrendPoint]] = {z: [] for z in engine.zone_ids}
    ordered = sorted(ends)
    # a row dated after end j (and not after end j + 1) is undone with end j: its bucket is j + 1
    bucket = np.searchsorted(np.array([e.isoformat() for e in ordered], dtype="U10"), table.day, side="left")
    by_bucket = np.argsort(bucket, kind="stable")  # (id order within a bucket)
    bounds = np.searchsorted(bucket[by_bucket], np.arange(len(ordered) + 2), side="left")
    for j in range(len(ordered) - 1, -1, -1):
        replay.undo(by_bucket[bounds[j + 1]:bounds[j + 2]], ordered[j])
        for zid in engine.zone_ids:
            out[zid].append(point_of(ordered[j].isoformat(), engine.metrics[zid]))
    return {z: points[::-1] for z, points in out.items()}


def point_of(end: str, m) -> TrendPoint:
    """A zone's figures ``m`` (``ZoneMetrics``) as its point at ``end``."""
    return TrendPoint(end, round(m.allocated_ratio, 6), round(m.infrastructure_ratio, 6), round(m.unused_ratio, 6),
                      int(m.idle_plots), round(m.idle_area_ha, 4), int(m.plots))


def add_trend(report: dict, trends: dict[str, list[TrendPoint]]) -> dict:
    """The report with each zone's ``trend`` list (SCHEMA.md section 3)."""
    for zone in report["zones"]:
        zone["trend"] = [asdict(p) for p in trends.get(zone["zone_id"], [])]
    return report


TREND_COLUMNS = ("zone_id", "period_end", "allocated_ratio", "infrastructure_ratio", "unused_ratio", "idle_plots",
                 "idle_area_ha", "plots")


def to_csv(report: dict, raw: bool = False) -> str:
    """One row per zone and period end."""
    import csv
    import io

    from sezmap.formats.untrusted import spreadsheet_cell

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TREND_COLUMNS)
    for zone in report["zones"]:
        for point in zone.get("trend", []):
            cells = [zone["zone_id"], *(point[c] for c in TREND_COLUMNS[1:])]
            w.writerow(cells if raw else [spreadsheet_cell(c) for c in cells])
    return buf.getvalue()


def to_markdown(report: dict) -> str:
    from sezmap.formats.untrusted import markdown_cell as _cell

    lines = [f"# Land use over time: {_cell(report['project'])}", ""]
    for zone in report["zones"]:
        lines += [f"## {_cell(zone.get('name_en') or zone['zone_id'])}", "",
                  "| period end | allocated | infrastructure | unused | idle plots | idle ha |",
                  "|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {p['period_end']} | {p['allocated_ratio'] * 100:.1f} % | {p['infrastructure_ratio'] * 100:.1f} % | "
                  f"{p['unused_ratio'] * 100:.1f} % | {p['idle_plots']} | {p['idle_area_ha']:,.1f} |"
                  for p in zone.get("trend", [])]
        lines.append("")
    return "\n".join(lines)


def render(report: dict, fmt: str, raw: bool = False) -> str:
    from sezmap.analysis.report import to_json

    if fmt == "csv":
        return to_csv(report, raw)
    if fmt == "md":
        return to_markdown(report)
    return to_json(report)
