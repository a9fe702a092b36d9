"""The attribute table over columns: sort, filters and selection computed over
whole columns, never a Python call per plot; a large zone sorted off the UI thread."""

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from sezmap.session import plot_table
from sezmap.ui import attribute_table as at


class Project:
    """What the table reads of a project: its plots frame."""

    def __init__(self, plots):
        self.plots = plots


def plots_frame(n, zone_of=lambda i: "z1", tenant_of=lambda i: f"Tenant {i % 7}", status_of=None):
    statuses = ("vacant", "reserved", "allocated", "under_construction", "operational", "withdrawn",
                "infrastructure")
    return pd.DataFrame({
        "plot_id": pd.array([f"P-{i:06d}" for i in range(n)], dtype="str"),
        "zone_id": pd.array([zone_of(i) for i in range(n)], dtype="str"),
        "cadastral_no": pd.array([f"15-{i:06d}" for i in range(n)], dtype="str"),
        "status": pd.array([status_of(i) if status_of else statuses[i % 7] for i in range(n)], dtype="str"),
        "tenant": pd.array([tenant_of(i) for i in range(n)], dtype="str"),
        "project_name": pd.array([None if i % 3 else f"Проект {i}" for i in range(n)], dtype="str"),
        "investment_committed_kzt": np.where(np.arange(n) % 5 == 0, np.nan, np.arange(n) * 1e6),
        "version": np.ones(n, np.int64),
    })


@pytest.fixture
def table(qtbot):
    t = at.AttributeTable()
    qtbot.addWidget(t)
    t.resize(900, 400)
    t.show()
    return t


def shown(table, column):
    col = table.model.columns.index(column)
    return [table.proxy.index(r, col).data() for r in range(table.proxy.rowCount())]


def test_sort_is_stable_with_missing_values_last_both_ways(table):
    tenants = ["b", None, "A", "b", None, "a", "B"]
    table.set_project(Project(plots_frame(7, tenant_of=lambda i: tenants[i])))
    table.set_zone("z1")
    table.view.sortByColumn(table.model.columns.index("tenant"), Qt.SortOrder.AscendingOrder)
    ids = shown(table, "plot_id")
    # case ignored, ties in the file's order, missing last
    assert ids == ["P-000002", "P-000005", "P-000000", "P-000003", "P-000006", "P-000001", "P-000004"]
    table.view.sortByColumn(table.model.columns.index("tenant"), Qt.SortOrder.DescendingOrder)
    assert shown(table, "plot_id") == ["P-000000", "P-000003", "P-000006", "P-000002", "P-000005",
                                       "P-000001", "P-000004"]
    table.view.sortByColumn(table.model.columns.index("investment_committed_kzt"), Qt.SortOrder.DescendingOrder)
    assert shown(table, "investment_committed_kzt")[-2:] == ["", ""]  # P-0 and P-5 have none
    assert shown(table, "plot_id")[0] == "P-000006"


def test_status_and_text_filters_combine(table):
    table.set_project(Project(plots_frame(50)))
    table.set_zone("z1")
    table.status_box.setCurrentIndex(table.status_box.findData("vacant"))  # rows 0, 7, 14, ...
    assert table.proxy.rowCount() == 8
    table.search.setText("  проект 2 ")  # stripped, case ignored, Cyrillic: Проект 21, 28?
    table.wait_for_order()
    assert shown(table, "plot_id") == ["P-000021"]
    table.search.setText("tenant 0")  # every 7th row's tenant
    table.wait_for_order()
    assert table.proxy.rowCount() == 8
    table.status_box.setCurrentIndex(0)
    assert table.proxy.rowCount() == 8
    table.search.clear()
    table.wait_for_order()
    assert table.proxy.rowCount() == 50
    assert "50" in table.count_label.text()


def test_selection_goes_in_as_row_ranges_and_survives_sort_and_filter(table):
    table.set_project(Project(plots_frame(200, zone_of=lambda i: "z1" if i % 2 else "z2")))
    table.set_zone("z1")
    zone_rows = table.model.rows
    assert list(zone_rows[:3]) == [1, 3, 5]
    table.select_rows(zone_rows.tolist())  # everything, as the map would
    ranges = table.view.selectionModel().selection()
    assert len(ranges) == 1 and ranges[0].top() == 0 and ranges[0].bottom() == 99
    assert table.selected_rows() == zone_rows.tolist()
    table.select_rows([3, 5, 7, 41, 199, 198])  # 198 is in the other zone
    assert len(table.view.selectionModel().selection()) == 3  # rows 3-7, 41, 199
    assert table.selected_rows() == [3, 5, 7, 41, 199]
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert table.selected_rows() == [3, 5, 7, 41, 199]
    assert table.proxy.rows[0] == 199
    table.status_box.setCurrentIndex(table.status_box.findData("reserved"))  # rows 1, 15, 29, ...
    assert table.selected_rows() == []  # none of them is shown...
    table.status_box.setCurrentIndex(0)
    assert table.selected_rows() == [3, 5, 7, 41, 199]  # ...and they come back with the rest


def test_select_all_is_one_range_and_reports_every_plot(table, qtbot):
    table.set_project(Project(plots_frame(3000)))
    table.set_zone("z1")
    with qtbot.waitSignal(table.selectionChanged) as signal:
        table.view.selectAll()
    assert len(table.view.selectionModel().selection()) == 1
    assert signal.args[0] == list(range(3000))


def test_edited_plots_are_shown_again_keeping_selection_and_sort(table):
    project = Project(plots_frame(30))
    table.set_project(project)
    table.set_zone("z1")
    table.view.sortByColumn(table.model.columns.index("status"), Qt.SortOrder.AscendingOrder)
    table.select_rows([4, 9])
    project.plots.iloc[9, project.plots.columns.get_loc("tenant")] = "Edited LLP"
    table.plots_edited([9])
    col = table.model.columns.index("tenant")
    rows = list(table.proxy.rows)
    assert table.proxy.index(rows.index(9), col).data() == "Edited LLP"
    assert table.selected_rows() == [4, 9]
    assert table.proxy.sort_key() == ("status", False)


def test_a_large_zone_is_sorted_off_the_ui_thread_and_a_stale_order_is_dropped(table, monkeypatch, qtbot):
    monkeypatch.setattr(plot_table, "ASYNC_ROWS", 10)
    table.set_project(Project(plots_frame(500, zone_of=lambda i: "z1" if i < 300 else "z2")))
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.set_zone("z1")
    table.set_zone("z2")  # before z1's order came back
    assert table.wait_for_order()
    assert table.proxy.rowCount() == 200
    assert shown(table, "plot_id")[0] == "P-000499"
    qtbot.wait(100)  # z1's order, if it still arrived, is not shown
    assert shown(table, "plot_id")[0] == "P-000499"
    table.status_box.setCurrentIndex(table.status_box.findData("vacant"))
    assert table.wait_for_order()
    assert set(table.proxy.rows % 7) == {0}


def test_no_python_work_per_plot_when_listing_sorting_and_filtering(table, monkeypatch):
    """A zone of 30,000 plots: cells are read only for the rows drawn or measured, never for every
    plot (the old table read every cell through Python to sort it: minutes at 470,000 plots)."""
    from sezmap.render import numbers

    calls = [0]
    real = numbers.missing

    def counting(value):
        calls[0] += 1
        return real(value)

    monkeypatch.setattr(numbers, "missing", counting)
    monkeypatch.setattr(plot_table, "ASYNC_ROWS", 10**9)  # all on this thread, so that nothing is missed
    table.set_project(Project(plots_frame(30_000)))
    table.set_zone("z1")
    table.view.sortByColumn(table.model.columns.index("tenant"), Qt.SortOrder.DescendingOrder)
    table.status_box.setCurrentIndex(table.status_box.findData("withdrawn"))
    table.search.setText("tenant 5")
    table.wait_for_order()
    table.view.selectAll()
    table.grab()
    assert table.proxy.rowCount() == len([i for i in range(30_000) if i % 7 == 5])
    assert calls[0] < 5000, calls[0]


def test_edited_cells_and_order_equal_a_fresh_table_after_random_edits(qtbot):
    """The table keeps step with edits without copying the project's columns: after random
    edits (each shown as the session tells of it), its cells, areas and order are those of a
    table made afresh over the same plots."""
    rng = np.random.default_rng(7)
    project = Project(plots_frame(300, zone_of=lambda i: "z1" if i % 3 else "z2"))

    class Engine:  # what the table reads of the analysis: each plot's area (m²)
        area = rng.uniform(1e4, 9e4, 300)

    class Session:
        engine = Engine()

    def made(sort, status=None):
        t = at.AttributeTable()
        qtbot.addWidget(t)
        t.session = Session()
        t.set_project(project)
        t.set_zone("z1")
        t.view.sortByColumn(t.model.columns.index(sort), Qt.SortOrder.AscendingOrder)
        if status:
            t.status_box.setCurrentIndex(t.status_box.findData(status))
        return t

    for sort, status in (("tenant", None), ("area_ha", "vacant"), ("version", None)):
        table = made(sort, status)
        for _ in range(12):
            rows = sorted({int(r) for r in rng.integers(0, 300, 3)})
            fields = {str(rng.choice(["tenant", "status", "project_name", "geometry"]))}
            plots = project.plots
            for r in rows:
                if "tenant" in fields:
                    plots.iloc[r, plots.columns.get_loc("tenant")] = f"T{rng.integers(0, 50)}"
                if "status" in fields:
                    plots.iloc[r, plots.columns.get_loc("status")] = str(rng.choice(["vacant", "reserved"]))
                if "project_name" in fields:
                    plots.iloc[r, plots.columns.get_loc("project_name")] = f"Project {rng.integers(0, 9)}"
                if "geometry" in fields:
                    Engine.area[r] = rng.uniform(1e4, 9e4)
                plots.iloc[r, plots.columns.get_loc("version")] += 1
            table.plots_edited(rows, fields)
            assert table.wait_for_order()
            fresh = made(sort, status)
            assert fresh.wait_for_order()
            assert list(table.proxy.rows) == list(fresh.proxy.rows), (sort, status, fields)
            for column in table.model.columns:
                assert shown(table, column) == shown(fresh, column), column
            np.testing.assert_array_equal(table.model.plots["area_ha"].to_numpy(), fresh.model.plots["area_ha"].to_numpy())


def test_an_edit_the_order_does_not_read_keeps_the_order_without_computing_it(table):
    project = Project(plots_frame(40))
    table.set_project(project)
    table.set_zone("z1")
    table.view.sortByColumn(table.model.columns.index("tenant"), Qt.SortOrder.DescendingOrder)
    before, generation = list(table.proxy.rows), table.state.generation
    project.plots.iloc[5, project.plots.columns.get_loc("project_name")] = "Renamed"
    table.plots_edited([5], {"project_name"})
    assert table.state.generation == generation and list(table.proxy.rows) == before
    assert shown(table, "project_name")[before.index(5)] == "Renamed"
    project.plots.iloc[5, project.plots.columns.get_loc("tenant")] = "AAA first"
    table.plots_edited([5], {"tenant"})  # the sort reads it: a new order
    assert table.state.generation > generation and list(table.proxy.rows)[-1] == 5


def test_the_table_holds_no_column_an_edit_would_have_to_copy(table):
    """pandas copies a column on write while anything holds it: the table keeps only the
    columns its order reads, so an edit's version written into the frame is not a copy of the
    whole column (8 MB at a million plots)."""
    project = Project(plots_frame(50))
    table.set_project(project)
    table.set_zone("z1")
    table.view.sortByColumn(table.model.columns.index("tenant"), Qt.SortOrder.AscendingOrder)
    assert table.wait_for_order()
    version = project.plots.columns.get_loc("version")
    for edit in (1, 2):  # the first edit after the zone was shown, and the next
        before = project.plots["version"].to_numpy()
        project.plots.iat[3, version] = 1 + edit
        assert np.shares_memory(before, project.plots["version"].to_numpy())  # written in place
        table.plots_edited([3], {"version"})
        assert shown(table, "version")[list(table.proxy.rows).index(3)] == str(1 + edit)
    assert table.model.plots["area_ha"].isna().all() and len(table.model.plots) == 50  # (as copied)
