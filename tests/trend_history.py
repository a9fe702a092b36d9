"""A scripted edit history for the trend's tests (tests/test_analysis_trend.py, and the same
history published to PostgreSQL in tests/test_postgis_analysis.py and test_postgis_app_analysis.py):
real edits through the store, with controlled timestamps, on tests.factories.make_project's
project (``write_history``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import shapely

from sezmap.analysis import trend
from sezmap.model.edits import PlotCreate, PlotDelete, PlotEdit
from sezmap.store.gpkg import GpkgStore
from tests.factories import make_project

ACTOR, WHY = "Planner", "scripted history"
# what an active status needs (model/status_rules.py) besides what each step sets
TENANT = {"tenant": "TOO Scripted", "allocated_on": "2025-01-15"}


def _edit(pid, **changes):
    return PlotEdit(pid, changes, ACTOR, WHY)


def _new(pid, geometry, zone_id="z1", status="allocated", **values):
    return PlotCreate(pid, {"zone_id": zone_id, "status": status, "geometry": geometry, **values}, ACTOR, WHY)


# z1 is the box (70, 45)-(70.1, 45.1) cut into 4 × 4 plots p0..p15 (p{4i + j}: 0.9 of the cell
# i east, j north), statuses in STATUSES order; z2 is (76, 43)-(76.2, 43.1), empty
HISTORY = [
    ("2025-02-10T10:00:00.000Z", [_edit("p0", status="allocated", contract_deadline="2027-01-01",
                                        investment_committed_kzt=2e9, **TENANT),
                                  _edit("p2", **TENANT, contract_deadline="2025-06-01", investment_committed_kzt=1e9,
                                        investment_actual_kzt=1e8)]),
    ("2025-04-05T08:30:00.000Z", [_edit("p3", **TENANT, contract_deadline="2025-05-01", investment_committed_kzt=5e8,
                                        investment_actual_kzt=0)]),
    ("2025-05-20T12:00:00.000Z", [_edit("p7", geometry=shapely.box(70.025, 45.075, 70.05, 45.1))]),  # its whole cell
    ("2025-07-15T09:00:00.000Z", [_new("new1", shapely.box(76.01, 43.01, 76.05, 43.04), "z2", "operational",
                                       contract_deadline="2025-12-01", investment_committed_kzt=7e8, **TENANT)]),
    ("2025-08-01T16:45:00.000Z", [PlotDelete("p9", ACTOR, WHY)]),
    ("2025-08-02T07:00:00.000Z", [_edit("p2", investment_actual_kzt=2e9)]),
    ("2025-11-11T11:11:00.000Z", [_edit("p10", zone_id="z2", geometry=shapely.box(76.1, 43.05, 76.12, 43.07))]),
    ("2025-12-10T10:00:00.000Z", [_edit("p5", status="vacant")]),  # withdrawn land offered again
    ("2026-01-20T10:00:00.000Z", [_edit("p0", status="under_construction"), _edit("p4", status="withdrawn"),
                                  _edit("p5", status="allocated", **TENANT, contract_deadline="2026-02-01",
                                        investment_committed_kzt=3e9)]),
    ("2026-02-02T10:00:00.000Z", [PlotDelete("new1", ACTOR, WHY)]),
    ("2026-04-04T10:00:00.000Z", [_edit("p7", geometry=shapely.box(70.025, 45.075, 70.0475, 45.0975)),
                                  _edit("p11", geometry=shapely.box(70.05, 45.075, 70.06, 45.08))]),
    ("2026-05-05T10:00:00.000Z", [_new("new2", shapely.box(70.05, 45.025, 70.07, 45.045), "z1", "under_construction",
                                       contract_deadline="2026-05-06", investment_committed_kzt=1e6, **TENANT)]),
]
UNTIL = dt.date(2026, 6, 30)


def write_history(path: Path, before_step: Callable[[str], None] | None = None) -> Path:
    """make_project's project written at ``path``, then HISTORY's steps applied through the
    store at their times; ``before_step(at)`` is called before each step."""
    path = make_project(path)
    store = GpkgStore(path)
    for at, changes in HISTORY:
        if before_step is not None:
            before_step(at)
        store.apply_changes(changes, now=at)
    return path


def month_end_holding_today() -> dt.date:
    """The end of the month an edit made now is dated in (the audit log's clock: UTC)."""
    today = dt.datetime.now(dt.UTC).date()
    return trend.period_ends("monthly", today, today + dt.timedelta(days=31))[0]
