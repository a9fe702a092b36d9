"""The attribute table's state without Qt: zone rows, sort and filters over Arrow columns, the
selection kept as project rows across new orders, stale orders dropped."""

import numpy as np
import pandas as pd

from sezmap.session.plot_table import TableState, row_ranges, zone_rows


def plots(n=10):
    return pd.DataFrame({
        "plot_id": pd.array([f"P-{i:03d}" for i in range(n)], dtype="str"),
        "zone_id": pd.array(["z1" if i % 2 == 0 else "z2" for i in range(n)], dtype="str"),
        "status": pd.array(["vacant" if i % 4 == 0 else "allocated" for i in range(n)], dtype="str"),
        "tenant": pd.array([None if i % 3 == 0 else f"Tenant {9 - i}" for i in range(n)], dtype="str"),
        "investment_committed_kzt": np.where(np.arange(n) == 4, np.nan, np.arange(n) * 1e6),
    })


def test_zone_rows_are_the_zones_positions_ascending():
    assert zone_rows(plots(), "z2").tolist() == [1, 3, 5, 7, 9]
    assert zone_rows(plots(), "nowhere").tolist() == []
    assert zone_rows(None, "z1").tolist() == []


def test_sort_puts_missing_values_last_both_ways_and_filters_combine():
    state = TableState()
    state.set_zone(plots(), "z1")  # rows 0 2 4 6 8
    assert state.rows.tolist() == [0, 2, 4, 6, 8]
    state.set_sort("investment_committed_kzt", descending=True)
    assert state.rows[state.request().compute()].tolist() == [8, 6, 2, 0, 4]  # row 4 has none: last
    state.set_sort("investment_committed_kzt", descending=False)
    assert state.rows[state.request().compute()].tolist() == [0, 2, 6, 8, 4]
    state.set_filter(status="vacant")  # rows 0, 4, 8
    assert state.rows[state.request().compute()].tolist() == [0, 8, 4]
    state.set_filter(text="  tenant 1 ")  # row 8 is "Tenant 1" (case ignored, spaces trimmed)
    assert state.text == "tenant 1"
    assert state.rows[state.request().compute()].tolist() == [8]


def test_status_sorts_by_the_ranks_given():
    state = TableState()
    state.set_zone(plots(), "z1")
    state.set_sort("status", descending=False)
    by_rank = state.request().compute({"vacant": 0, "allocated": 1})
    assert state.rows[by_rank].tolist() == [0, 4, 8, 2, 6]
    by_rank = state.request().compute({"allocated": 0, "vacant": 1})
    assert state.rows[by_rank].tolist() == [2, 6, 0, 4, 8]


def test_the_selection_is_kept_as_project_rows_across_orders():
    state = TableState()
    state.set_zone(plots(), "z1")
    state.select([8, 2, 3])  # 3 is not in the zone
    state.order = np.arange(5)
    assert state.positions_of(state.wanted).tolist() == [1, 4]
    state.set_sort("plot_id", descending=True)
    state.order = state.request().compute()  # 8 6 4 2 0
    assert state.positions_of(state.wanted).tolist() == [0, 3]
    assert state.rows_at([3, 0]) == [2, 8]
    assert row_ranges(np.array([0, 1, 2, 5, 7, 8])) == [(0, 2), (5, 5), (7, 8)]


def test_only_the_latest_request_is_shown():
    state = TableState()
    state.set_zone(plots(), "z1")
    first = state.request()
    second = state.request()
    assert not state.is_current(first.generation)
    assert state.is_current(second.generation)
    state.set_zone(plots(), "z2")  # another zone: an order asked for before is stale too
    assert not state.is_current(second.generation)


def test_a_big_zone_is_pending_and_shows_nothing_while_filtered(monkeypatch):
    from sezmap.session import plot_table

    monkeypatch.setattr(plot_table, "ASYNC_ROWS", 3)
    state = TableState()
    state.set_zone(plots(), "z1")
    assert state.order.tolist() == [0, 1, 2, 3, 4]  # the file's order until its own is ready
    request = state.request()
    assert request.big and state.pending
    assert state.is_current(request.generation) and not state.pending
    state.set_filter(status="vacant")
    state.set_zone(plots(), "z1")
    assert state.order.tolist() == []
