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


def _frame(entries: Sequence[AuditEntry]) -> pd.DataFrame:
    keep = set(FIELDS) | {ENTITY, "plot_id"}
    rows = [(e.id, str(e.at)[:10], str(e.plot_id), e.field, e.old_value, e.new_value)
            for e in entries if e.field in keep]
    return pd.DataFrame(rows, columns=["id", "day", "plot_id", "field", "old", "new"]).sort_values("id")


def _state_rows(removed: pd.DataFrame) -> pd.DataFrame:
    """A removed plot's fields from its 'removed' row (its last state as JSON) as rows of their
    own, with that row's id."""
    out = []
    for rid, pid, text in zip(removed["id"], removed["plot_id"], removed["old"], strict=True):
        try:
            state = json.loads(text) if text else {}
        except ValueError:
            state = {}
        if isinstance(state, dict):
            out += [(rid, pid, f, None if state.get(f) is None else str(state.get(f))) for f in FIELDS]
    return pd.DataFrame(out, columns=["id", "plot_id", "field", "old"])


def _value(field: str, text):
    if field == "geometry":
        return None if text is None else shapely.from_wkt(text)
    return text


class Replay:
    """The engine taken back in time. Its rows never move: a plot that did not exist yet is put
    in no zone (hidden: it counts nowhere), one that existed then but is gone now is appended."""

    def __init__(self, engine: AnalysisEngine):
        self.engine = engine
        self._index = pd.Index(np.asarray(engine.plot_ids, dtype=object))
        self._added: dict[str, int] = {}
        self.hidden: set[int] = set()

    def rows(self, plot_ids) -> np.ndarray:
        """Each plot's row (-1: not in the engine)."""
        ids = np.asarray(plot_ids, dtype=object)
        out = self._index.get_indexer(ids) if len(ids) else np.zeros(0, dtype=np.int64)
        if self._added:
            out = np.where(out < 0, [self._added.get(p, -1) for p in ids], out)
        return np.asarray(out, dtype=np.int64)

    def append(self, rows: gpd.GeoDataFrame) -> None:
        start = len(self.engine.zone)
        self.engine.add_plots(rows)
        self._added.update({str(p): start + k for k, p in enumerate(rows["plot_id"])})

    def undo(self, batch: pd.DataFrame, as_of: dt.date) -> None:
        """The audit rows ``batch`` (those after ``as_of`` not yet undone) undone: the engine
        then holds the project as it stood at the end of ``as_of``, analysed then."""
        changes: dict[str, dict[int, object]] = {}
        self._renames(batch[batch["field"] == "plot_id"])
        entity = batch[batch["field"] == ENTITY]
        first_entity = entity.groupby("plot_id", sort=False)["new"].first()
        values = pd.concat([batch.loc[batch["field"].isin(FIELDS), ["id", "plot_id", "field", "old"]],
                            _state_rows(entity[entity["new"] == "removed"])]).sort_values("id", kind="stable")
        first = values.groupby(["plot_id", "field"], sort=False)["old"].first()
        created = list(first_entity.index[first_entity == "created"])
        for r in self.rows(created).tolist():  # not there yet: in no zone
            if r >= 0:
                changes.setdefault("zone_id", {})[r] = None
                self.hidden.add(r)
        back = list(first_entity.index[first_entity == "removed"])
        missing = [p for p, r in zip(back, self.rows(back).tolist(), strict=True) if r < 0]
        if missing:
            self.append(_new_rows(first, missing))
        if len(first):
            table = first.reset_index()
            table = table[~table["plot_id"].isin(set(created) | set(missing))]
            rows = self.rows(table["plot_id"].to_numpy(dtype=object))
            table, rows = table[rows >= 0], rows[rows >= 0]
            old = table["old"].to_numpy(dtype=object)
            for field, at in table.groupby("field", sort=False).indices.items():
                part = changes.setdefault(str(field), {})
                for r, v in zip(rows[at].tolist(), old[at].tolist(), strict=True):
                    part[r] = _value(str(field), v)
            self.hidden -= set(changes.get("zone_id", {}))  # a plot put back gets its zone again
            self.hidden |= {r for r, z in changes.get("zone_id", {}).items() if z is None}
        self.engine.replace_values({f: pd.Series(list(v.values()), index=list(v.keys()), dtype=object)
                                    for f, v in changes.items()}, as_of)

    def _renames(self, renames: pd.DataFrame) -> None:
        """An id changed after the period end: the plot is hidden under its new id and appended
        under the one it had."""
        for old, new in zip(renames["old"].iloc[::-1], renames["new"].iloc[::-1], strict=True):
            row = int(self.rows([new])[0]) if new is not None else -1
            if old is None or row < 0 or row in self.hidden:
                continue
            self.append(_rows_of(self.engine, row, str(old)))
            self.engine.replace_values({"zone_id": pd.Series([None], index=[row], dtype=object)})
            self.hidden.add(row)


def _new_rows(first: pd.Series, ids: list[str]) -> gpd.GeoDataFrame:
    """Plots put back: their fields from the batch's first values (missing ones empty)."""
    data: dict[str, list] = {"plot_id": ids}
    for f in FIELDS:
        data[f] = [_value(f, first.get((p, f))) for p in ids]
    geometry = data.pop("geometry")
    return gpd.GeoDataFrame(data, geometry=geometry, crs=schema.CRS)


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
    frame = _frame(entries)
    replay = Replay(engine)
    out: dict[str, list[TrendPoint]] = {z: [] for z in engine.zone_ids}
    days = frame["day"].to_numpy(dtype=object)
    undone = np.zeros(len(frame), dtype=bool)
    for end in sorted(ends, reverse=True):
        batch = (days > end.isoformat()) & ~undone
        undone |= batch
        replay.undo(frame[batch], end)
        for zid in engine.zone_ids:
            m = engine.metrics[zid]
            out[zid].append(TrendPoint(end.isoformat(), round(m.allocated_ratio, 6), round(m.infrastructure_ratio, 6),
                                       round(m.unused_ratio, 6), int(m.idle_plots), round(m.idle_area_ha, 4),
                                       int(m.plots)))
    return {z: points[::-1] for z, points in out.items()}


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
