"""The idle plot review's table model (pytest-qt, offscreen): columnar and lazy, a row's texts are
made only when the view asks for that row, and ticks follow plot ids across a refresh."""

import pytest
from PySide6.QtCore import Qt

from tests import factories as f

N = 60  # plots: 40 idle (allocated, deadline passed, nothing invested), 20 vacant


@pytest.fixture
def session(tmp_path):
    plots = []
    for k in range(N):
        p = f.plot(f"P{k:03d}", "z1", geometry=f.cell(k % 10, k // 10, size=0.005))
        if k < 40:
            p.update(status="allocated", tenant=f"Tenant {k}", allocated_on="2024-01-15", contract_deadline=f"2025-{1 + k % 12:02d}-01",
                     investment_committed_kzt=1e9 + k, investment_actual_kzt=0.0)
        plots.append(p)
    layers = f.layers(zones=[f.zone("z1")], plots=plots)
    return f.open_session(tmp_path / "p.gpkg", layers, as_of="2026-06-01")


@pytest.fixture
def review(qtbot, session):
    from sezmap.ui.idle_review import IdleReview

    widget = IdleReview(session)
    qtbot.addWidget(widget)
    session.set_zone("z1")
    return widget


def test_idle_model_makes_a_rows_texts_only_when_asked_and_they_are_right(review, session):
    from sezmap.ui.idle_review import COLUMNS

    model = review.model
    model.forget_texts()  # (whatever the view has asked for while the list was built)
    assert model.rowCount() == 40
    assert model._texts == {}  # nothing made per row until a row is asked for
    plots = session.project.plots
    for position in (0, 17, 39):
        row = int(model.rows[position])
        shown = [model.data(model.index(position, c)) for c in range(len(COLUMNS))]
        assert shown[COLUMNS.index("plot_id")] == plots["plot_id"].iat[row]
        assert shown[COLUMNS.index("tenant")] == plots["tenant"].iat[row]
        assert shown[COLUMNS.index("zone_id")] == "Zone z1"  # the zone's name, not its id
        assert shown[COLUMNS.index("contract_deadline")] == str(plots["contract_deadline"].iat[row])[:10]
        assert shown[COLUMNS.index("status")] == "Allocated"
    assert sorted(model._texts) == [0, 17, 39]  # only the rows asked for
    deadlines = [model.data(model.index(i, COLUMNS.index("contract_deadline"))) for i in range(40)]
    assert deadlines == sorted(deadlines)  # oldest deadline first
    assert model.hectares.sum() == pytest.approx(40 * 0.005 ** 2 * 111_320 * 78_850 / 1e4, rel=0.02)


def test_ticks_are_kept_by_plot_id_across_a_refresh(review, session):
    from sezmap.model.edits import PlotEdit

    model = review.model
    first, second = model.id_at(0), model.id_at(5)
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(5, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_count() == 2 and review.withdraw_button.isEnabled()
    # another plot leaves the list (invested): the list is built again, the ticks stay on their plots
    gone = model.id_at(1)
    session.edit("Invested", [PlotEdit(gone, {"investment_actual_kzt": 2e9}, session.actor, "paid")])
    assert model.rowCount() == 39 and gone not in model.ids
    ticked = [model.id_at(int(i)) for i in model.checked_positions()]
    assert ticked == [first, second]
    review.check_all.click()
    assert model.checked_count() == 39
    review.check_all.click()
    assert model.checked_count() == 0


def test_an_edit_of_a_plot_neither_listed_nor_idle_leaves_the_list_as_it_is(review, session):
    from sezmap.model.edits import PlotEdit
    from sezmap.ui.idle_review import COLUMNS

    model = review.model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    session.edit("Reserve", [PlotEdit("P050", {"status": "reserved", "tenant": "New LLP"}, session.actor, "r")])
    assert resets == [] and model.rowCount() == 40  # a vacant plot reserved: the 40 idle plots stay listed
    listed = model.id_at(3)
    session.edit("Rename", [PlotEdit(listed, {"tenant": "Renamed LLP"}, session.actor, "r")])
    assert resets == [1]  # a listed plot changed: made again, with its new value
    position = model.ids.index(listed)
    assert model.data(model.index(position, COLUMNS.index("tenant"))) == "Renamed LLP"


def test_a_long_list_is_ordered_off_the_ui_thread_and_only_the_latest_is_shown(qtbot, review, session, monkeypatch):
    from sezmap.session import idle_plots as ip

    monkeypatch.setattr(ip, "ASYNC_ROWS", 10)  # as for the 257k idle plots of a million-plot project
    model = review.model
    review.all_zones.setChecked(True)  # a new list asked for: ordered on the worker ...
    review.all_zones.setChecked(False)  # ... and another at once: only this one is to be shown
    assert review.listing
    qtbot.waitUntil(lambda: not review.listing, timeout=5000)
    qtbot.wait(100)  # (the first list's answer, if it came after, is dropped)
    assert model.rowCount() == 40 and "in Zone z1" in review.note.text()
    assert model.ids == ip.idle_request(session.engine, session.project, "z1").ordered().ids.to_pylist()


def test_columns_are_sized_from_the_first_rows_not_by_the_view(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QTableView

    from sezmap.ui.idle_review import IdleReview

    def measure_every_row(_view):
        raise AssertionError("the view measured every row (0.7 s over 257k rows)")

    monkeypatch.setattr(QTableView, "resizeColumnsToContents", measure_every_row)
    review = IdleReview(session)
    qtbot.addWidget(review)
    session.set_zone("z1")
    assert review.model.rowCount() == 40
    header, metrics = review.view.horizontalHeader(), review.view.fontMetrics()
    for c in (0, 2):  # the plot id (beside its check box), the tenant
        assert header.sectionSize(c) >= metrics.horizontalAdvance(review.model.texts(0)[c])
