"""``sezmap.analysis.trend`` on random histories (hypothesis): the replay's figures at every
quarter end (and, at the first, its land by status and unparcelled land) equal a fresh analysis
of the plots as they stood then, whatever the mix of status,
deadline, investment, zone and geometry changes (overlapping plots and plots over the zone's edge
included), plots created and removed; with the geometry work done as arrays or row by row."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import shapely
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st

from sezmap.analysis import plot_edits, trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import AuditEntry
from sezmap.model.project import Project
from sezmap.model.statuses import STATUSES
from tests.factories import layers, plot, zone

START, UNTIL = dt.date(2024, 1, 1), dt.date(2025, 12, 31)
ZONES = {"z1": (70.0, 45.0), "z2": (70.1, 45.0)}  # each a 0.1° square, side by side
KINDS = ("status", "contract_deadline", "investment_committed_kzt", "investment_actual_kzt", "zone_id",
         "geometry", "create", "remove")


def _box(zid: str, cell: int, scale: float, shift: float):
    x0, y0 = ZONES[zid]
    cx, cy = x0 + 0.01 + 0.02 * (cell % 5) + shift, y0 + 0.01 + 0.02 * (cell // 5)
    h = 0.0075 * scale  # 0.015° wide at scale 1, in 0.02° cells: from 1.34 on it overlaps a neighbour
    return shapely.box(cx - h, cy - h, cx + h, cy + h)


def _text(value):
    return None if value is None else (value if isinstance(value, str) else repr(float(value)))


# cells 0-7 of a zone (its first row and a half): plots crowd, so new shapes often overlap others
step = st.tuples(st.integers(0, (UNTIL - START).days), st.sampled_from(KINDS), st.integers(0, 40),
                 st.integers(0, 7), st.floats(0.5, 2.2), st.floats(-0.012, 0.012))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=40), batch_min=st.sampled_from([1, 1000]),
       first=st.lists(st.sampled_from(STATUSES), min_size=10, max_size=10))
def test_every_quarter_matches_a_fresh_analysis(steps, batch_min, first):
    plots = {f"p{k}": plot(f"p{k}", "z1" if k < 6 else "z2", _box("z1" if k < 6 else "z2", k % 6, 1.0, 0.0),
                           status=first[k], contract_deadline="2024-09-01" if k % 3 == 0 else None,
                           investment_committed_kzt=1e9 if k % 2 else None, investment_actual_kzt=0.0)
             for k in range(10)}
    entries, ends = [], trend.period_ends("quarterly", START, UNTIL)
    states, k_end, created = {}, 0, 0
    for n, (day, kind, who, cell, scale, shift) in enumerate(sorted(steps, key=lambda s: s[0])):
        date = START + dt.timedelta(days=day)
        while k_end < len(ends) and ends[k_end] < date:
            states[ends[k_end]] = {p: dict(r) for p, r in plots.items()}
            k_end += 1
        at = f"{date.isoformat()}T10:00:00.000Z"
        ids = sorted(plots)
        if kind == "create" or not ids:
            created += 1
            pid, zid = f"new{created}", "z1" if cell % 2 else "z2"
            plots[pid] = plot(pid, zid, _box(zid, cell, scale, shift), status=STATUSES[who % len(STATUSES)],
                              contract_deadline=(date + dt.timedelta(days=who * 9)).isoformat())
            entries.append(AuditEntry(n + 1, at, "t", pid, "plot", None, "created", "r"))
            continue
        pid = ids[who % len(ids)]
        row = plots[pid]
        if kind == "remove":
            state = {f: (row[f].wkt if f == "geometry" else row[f]) for f in trend.FIELDS}
            entries.append(AuditEntry(n + 1, at, "t", pid, "plot", json.dumps({"plot_id": pid, **state}), "removed", "r"))
            del plots[pid]
            continue
        new = {"status": STATUSES[cell % len(STATUSES)],
               "contract_deadline": (START + dt.timedelta(days=who * 23)).isoformat() if cell % 4 else None,
               "investment_committed_kzt": float(cell) * 1e8 if cell % 3 else None,
               "investment_actual_kzt": float(who) * 1e7,
               "zone_id": "z2" if row["zone_id"] == "z1" else "z1",
               "geometry": _box(row["zone_id"], cell, scale, shift)}[kind]
        if kind == "zone_id":  # moved with its land: the other zone's cell
            entries.append(AuditEntry(n + 1, at, "t", pid, "geometry", row["geometry"].wkt, None, "r"))
            row["geometry"] = _box(new, cell, 1.0, 0.0)
        old = row[kind].wkt if kind == "geometry" else _text(row[kind])
        entries.append(AuditEntry(n + 1, at, "t", pid, kind, old, None if kind == "geometry" else _text(new), "r"))
        row[kind] = new
    for end in ends[k_end:]:
        states[end] = {p: dict(r) for p, r in plots.items()}
    zones = [zone(z, shapely.box(x, y, x + 0.1, y + 0.1)) for z, (x, y) in ZONES.items()]
    saved = plot_edits.BATCH_MIN
    plot_edits.BATCH_MIN = batch_min
    try:
        engine = AnalysisEngine(Project(**layers(zones, list(plots.values()))), UNTIL, logistics=False)
        found = trend.zone_trends(engine, entries, ends)
    finally:
        plot_edits.BATCH_MIN = saved
    fresh_engines = [AnalysisEngine(Project(**layers(zones, list(states[end].values()))), end, logistics=False)
                     for end in ends]
    target(float(sum(len(e.partners) for e in fresh_engines)), label="overlapping plots")  # seek overlaps
    for j, end in enumerate(ends):
        fresh = fresh_engines[j].metrics
        for zid in ZONES:
            got, want = found[zid][j], fresh[zid]
            assert got.period_end == end.isoformat()
            assert got.plots == want.plots, (zid, end)
            assert got.idle_plots == want.idle_plots, (zid, end)
            for name in ("allocated_ratio", "infrastructure_ratio", "unused_ratio"):
                assert getattr(got, name) == pytest.approx(getattr(want, name), abs=2e-6), (zid, end, name)
            assert got.idle_area_ha == pytest.approx(want.idle_area_ha, abs=2e-4), (zid, end)
    for zid in ZONES:  # the engine is left at the first end: every figure of its land use, overlaps' too
        got, want = engine.metrics[zid], fresh_engines[0].metrics[zid]
        assert got.unparcelled_ha == pytest.approx(want.unparcelled_ha, abs=2e-4), zid
        for status, area in want.status_area_ha.items():
            assert got.status_area_ha.get(status, 0.0) == pytest.approx(area, abs=2e-4), (zid, status)
