"""The dashboard's idle list of a zone, kept in step with edits by looking at the edited rows
only: after random edits it is what a fresh read of the engine gives."""

import numpy as np
import shapely

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from sezmap.model.statuses import STATUSES
from sezmap.session.idle_plots import ZoneIdleRows

SIZE = 0.004
ZONES = {"z1": shapely.box(70.0, 45.0, 70.04, 45.04), "z2": shapely.box(70.04, 45.0, 70.08, 45.04)}


def engine_of(n_side=10):
    records = []
    for z, zid in enumerate(ZONES):
        for i in range(n_side):
            for j in range(n_side):
                x, y = 70.0 + 0.04 * z + i * SIZE, 45.0 + j * SIZE
                k = len(records)
                extra = dict(contract_deadline="2025-01-01", investment_committed_kzt=1e6,
                             investment_actual_kzt=0.0) if k % 3 == 0 else {}
                records.append(f.plot(f"{zid}-{i}-{j}", zid, shapely.box(x, y, x + SIZE, y + SIZE),
                                      STATUSES[k % 4 + 1], **extra))
    layers = f.layers(zones=[f.zone(z, g) for z, g in ZONES.items()], plots=records)
    return AnalysisEngine(Project(**layers), "2026-01-01", logistics=False)


def fresh(engine, zone_id):
    k = engine.zone_ids.index(zone_id)
    return np.flatnonzero((engine.zone == k) & engine.idle)


def test_the_zone_idle_rows_follow_random_edits_as_a_fresh_read_gives():
    engine = engine_of()
    rng = np.random.default_rng(3)
    kept = {z: ZoneIdleRows() for z in ZONES}
    for z in ZONES:
        np.testing.assert_array_equal(kept[z].of(engine, z), fresh(engine, z))
    n = len(engine.idle)
    changed = 0
    for _ in range(200):
        rows = sorted({int(r) for r in rng.integers(0, n, rng.integers(1, 4))})
        for r in rows:
            values = {"status": str(rng.choice(["allocated", "operational", "vacant", "reserved"]))}
            if rng.random() < 0.5:
                values["investment_actual_kzt"] = float(rng.choice([0.0, 2e6]))
            engine.update_plot(engine.plot_id(r), values)
        for z in ZONES:
            before = kept[z].rows.copy()
            np.testing.assert_array_equal(kept[z].of(engine, z, rows), fresh(engine, z))
            changed += not np.array_equal(before, kept[z].rows)
    assert changed > 20  # the edits did make plots idle and not idle


def test_another_engine_or_zone_is_read_again():
    engine, kept = engine_of(4), ZoneIdleRows()
    kept.of(engine, "z1")
    np.testing.assert_array_equal(kept.of(engine, "z2", [0]), fresh(engine, "z2"))
    other = engine_of(5)
    np.testing.assert_array_equal(kept.of(other, "z2", [0]), fresh(other, "z2"))


def test_dates_are_made_days_a_slice_at_a_time_as_in_one_call(monkeypatch):
    import datetime as dt

    import numpy as np

    from sezmap.analysis import idle

    values = np.array([dt.date(2024, 1, 1), None, dt.date(1970, 1, 2), None, None, None, dt.date(2030, 5, 6)],
                      dtype=object)
    monkeypatch.setattr(idle, "DATE_CHUNK", 3)  # a slice of nulls alone among them
    days = idle._date_days(values)
    assert days is not None and np.array_equal(days, [19723, np.nan, 1, np.nan, np.nan, np.nan, 22040], equal_nan=True)
    assert idle._date_days(np.array([dt.date(2024, 1, 1), None, None, "2024-01-02"], dtype=object)) is None
