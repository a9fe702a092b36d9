"""The editing widgets on a real project file (pytest-qt, offscreen): the plot form, the plot
history, the audit log dialog and the idle plot review, all listening to one ProjectSession."""

import csv

import pyproj
import pytest
import shapely
from PySide6.QtCore import Qt

from sezmap.model.edits import PlotEdit
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests.test_session import assert_engine_matches_file

AS_OF = "2026-06-01"
GEOD = pyproj.Geod(ellps="WGS84")


cell = f.cell


@pytest.fixture
def session(tmp_path):
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=cell(k % 5, k // 5), status="vacant") for k in range(10)]
    plots[3].update(status="allocated", contract_deadline="2025-01-01", investment_committed_kzt=1e9,
                    investment_actual_kzt=0.0, tenant="Old LLP", allocated_on="2022-01-01")
    plots[4].update(status="under_construction", contract_deadline="2024-05-01", investment_committed_kzt=2e9,
                    investment_actual_kzt=1e8)
    plots[5].update(status="operational", tenant="Running LLP")
    plots[6].update(status="allocated", contract_deadline="2025-09-01", investment_committed_kzt=5e8,
                    investment_actual_kzt=None)
    plots[7].update(status="allocated", contract_deadline="2027-01-01", investment_committed_kzt=5e8,
                    investment_actual_kzt=0.0)  # deadline not passed: not idle
    layers = f.layers(zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))],
                      plots=plots)
    return f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)


def select(session, *ids):
    session.set_selection([session.row_of(pid) for pid in ids])


def stored(session, pid):
    return GpkgStore(session.store.path).read_plots([pid])[pid]


@pytest.fixture
def form(qtbot, session):
    from sezmap.ui.plot_form import PlotForm

    w = PlotForm(session)
    qtbot.addWidget(w)
    return w


# --- the plot form ------------------------------------------------------------------------------

def test_form_edit_writes_the_file_with_an_audited_actor(session, form):
    select(session, "KEG-0004")
    assert form.edits["tenant"].text() == "Old LLP" and form.edits["contract_deadline"].text() == "2025-01-01"
    form.edits["tenant"].setText("New Tenant LLP")
    form.edits["investment_actual_kzt"].setText("250000000")
    assert not form.apply_button.isEnabled()  # no reason yet
    form.reason.setText("contract reassigned")
    assert form.apply_button.isEnabled()
    assert form.apply()
    row = stored(session, "KEG-0004")
    assert row["tenant"] == "New Tenant LLP" and row["investment_actual_kzt"] == 2.5e8 and row["version"] == 2
    entries = session.store.history("KEG-0004")
    assert {e.field for e in entries} == {"tenant", "investment_actual_kzt"}  # only what changed
    assert {e.actor for e in entries} == {"Khorgos MC"} and {e.reason for e in entries} == {"contract reassigned"}
    assert session.undo_stack.undo_text == "Edit KEG-0004"
    # the form shows the stored values again, and the reason is asked anew
    assert form.edits["tenant"].text() == "New Tenant LLP" and form.reason.text() == ""
    assert "version 2" in form.heading.text()
    # ...once there is a change to apply: right after the save no red line says it is missing
    assert form.messages["reason"].text() == "" and "nothing to apply" in form.why.text().lower()
    form.edits["tenant"].setText("Another LLP")
    assert form.messages["reason"].text() != "" and "reason" in form.why.text().lower()


def test_a_forbidden_status_is_not_offered(session, form):
    select(session, "KEG-0006")  # operational: may only be kept or withdrawn
    offered = [form.status_box.itemData(i) for i in range(form.status_box.count())]
    assert offered == ["operational", "withdrawn"]
    select(session, "KEG-0001")  # vacant
    offered = [form.status_box.itemData(i) for i in range(form.status_box.count())]
    assert "withdrawn" not in offered and "allocated" in offered


def test_a_missing_reason_blocks_apply_and_says_why(session, form):
    select(session, "KEG-0001")
    form.edits["tenant"].setText("Somebody")
    assert not form.apply_button.isEnabled() and "reason" in form.why.text().lower()
    assert form.messages["reason"].isVisibleTo(form)
    assert not form.apply()
    assert stored(session, "KEG-0001")["version"] == 1
    form.reason.setText("   ")
    assert not form.apply_button.isEnabled()


def test_field_checks_are_shown_next_to_the_field(session, form):
    select(session, "KEG-0001")
    form.reason.setText("r")
    form.edits["contract_deadline"].setText("31.12.2026")
    form.edits["investment_committed_kzt"].setText("-5")
    form.edits["jobs_planned"].setText("2.5")
    assert not form.apply_button.isEnabled()
    assert "YYYY-MM-DD" in form.messages["contract_deadline"].text()
    assert form.messages["investment_committed_kzt"].text() and form.messages["jobs_planned"].text()
    form.edits["contract_deadline"].setText("2026-12-31")
    form.edits["investment_committed_kzt"].setText("5")
    form.edits["jobs_planned"].setText("3")
    assert form.apply_button.isEnabled()


def test_batch_withdraw_of_three_plots_is_one_undo_step(session, form):
    ids = ("KEG-0004", "KEG-0005", "KEG-0006")
    select(session, *ids)
    assert form.batch and form.edits["tenant"].text() == ""
    form.reason.setText("idle since 2024")
    steps = len(session.undo_stack)
    assert form.withdraw()
    assert len(session.undo_stack) == steps + 1 and session.undo_stack.undo_text == "Withdraw 3 plots"
    assert {stored(session, p)["status"] for p in ids} == {"withdrawn"}
    before = {"KEG-0004": "allocated", "KEG-0005": "under_construction", "KEG-0006": "operational"}
    session.undo()
    assert {p: stored(session, p)["status"] for p in ids} == before
    assert {p: session.plot_record(session.row_of(p))["status"] for p in ids} == before
    assert_engine_matches_file(session)


def test_a_batch_status_not_allowed_for_some_plots_is_refused_naming_them(session, form):
    select(session, "KEG-0004", "KEG-0001", "KEG-0002")
    form.reason.setText("tidy up")
    form.status_box.setCurrentIndex(form.status_box.findData("withdrawn"))
    assert not form.apply_button.isEnabled()
    assert "KEG-0001" in form.why.text() and "KEG-0002" in form.why.text() and "KEG-0004" not in form.why.text()
    assert not form.apply() and not form.withdraw()
    assert "KEG-0001" in form.error.text()
    assert stored(session, "KEG-0004")["status"] == "allocated" and not session.undo_stack.can_undo


def test_batch_sets_only_the_filled_fields(session, form):
    select(session, "KEG-0001", "KEG-0002")
    form.edits["jobs_planned"].setText("15")
    form.reason.setText("plan")
    assert form.apply()
    assert session.undo_stack.undo_text == "Edit 2 plots"
    for pid in ("KEG-0001", "KEG-0002"):
        assert stored(session, pid)["jobs_planned"] == 15
        assert [e.field for e in session.store.history(pid)] == ["jobs_planned"]


def test_a_change_made_elsewhere_is_not_written_over_and_a_stale_apply_is_refused(session, form):
    select(session, "KEG-0002")
    form.edits["tenant"].setText("Mine LLP")
    form.reason.setText("r")
    GpkgStore(session.store.path).apply_edit(PlotEdit("KEG-0002", {"tenant": "Theirs LLP"}, "cli user", "phone"))
    assert not form.apply()  # the version the form read is stale: refused, shown, not raised
    assert "nothing was saved" in form.error.text().lower()
    assert form.edits["tenant"].text() == "Mine LLP"  # the typing is kept; the form asks (Reload, Keep mine)
    assert "cli user" in form.conflict_text.text()
    assert stored(session, "KEG-0002")["tenant"] == "Theirs LLP"
    form.reload_theirs()
    assert form.edits["tenant"].text() == "Theirs LLP"


# --- history ------------------------------------------------------------------------------------

def test_history_shows_the_new_row_newest_first(qtbot, session, form):
    from sezmap.ui.history_panel import HistoryPanel

    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    select(session, "KEG-0004")
    assert panel.model.rowCount() == 0
    form.edits["tenant"].setText("Newer LLP")
    form.reason.setText("renamed")
    form.apply()
    assert panel.model.rowCount() == 1
    texts = [panel.model.text(0, c) for c in ("field", "old_value", "new_value", "actor", "reason")]
    assert texts == ["Tenant", "Old LLP", "Newer LLP", "Khorgos MC", "renamed"]
    GpkgStore(session.store.path).apply_edit(PlotEdit("KEG-0004", {"status": "operational"}, "cli user", "opened"))
    session.poll_external()  # a change by another program
    assert panel.model.rowCount() == 2
    assert panel.model.text(0, "actor") == "cli user" and panel.model.text(0, "new_value") == "Operational"
    select(session, "KEG-0001")
    assert panel.model.rowCount() == 0


def test_a_split_rebuilds_the_history_form_and_table_once_on_a_later_turn(qtbot, session, monkeypatch):
    """Plots came or went: the history (a file read), the form and the attribute table rebuild
    after the edit's other listeners, once for the split and the selection that follows it,
    and then show the pieces."""
    from PySide6.QtCore import QCoreApplication

    from sezmap.session import geometry_edits as ge
    from sezmap.ui.attribute_table import AttributeTable
    from sezmap.ui.history_panel import HistoryPanel
    from sezmap.ui.plot_form import PlotForm

    calls = []
    for name, cls, method in (("history", HistoryPanel, "refresh"), ("form", PlotForm, "reload"),
                              ("table", AttributeTable, "refresh")):
        original = getattr(cls, method)
        monkeypatch.setattr(cls, method, lambda self, original=original, name=name: (calls.append(name), original(self))[1])
    panel, table, form = HistoryPanel(session), AttributeTable(session), PlotForm(session)
    for widget in (panel, table, form):
        qtbot.addWidget(widget)
    table.set_zone("z1")
    select(session, "KEG-0002")
    calls.clear()
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("KEG-0002")].bounds
    changes = ge.split_changes(session, "KEG-0002", [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)],
                               reason="resurvey")
    session.edit("Split", changes)
    select(session, "KEG-0002", changes[1].plot_id)  # as the split tool does
    assert calls == []  # nothing rebuilt during the edit
    qtbot.waitUntil(lambda: len(calls) == 3)
    QCoreApplication.processEvents()
    assert sorted(calls) == ["form", "history", "table"]  # once each
    assert sorted(form.plot_ids()) == sorted(["KEG-0002", changes[1].plot_id])
    assert sorted(panel.plot_ids) == sorted(["KEG-0002", changes[1].plot_id])
    assert panel.model.rowCount() > 0
    assert table.model.rowCount() == 11 and len(table.view.selectionModel().selectedRows()) == 2
    select(session, "KEG-0001")  # no rebuild waits: a selection is shown at once
    assert panel.plot_ids == ["KEG-0001"] and form.plot_ids() == ["KEG-0001"]


def test_the_history_sizes_its_columns_a_turn_after_its_rows_and_says_each_cell_once(qtbot, session, form):
    """The rows are shown at once; measuring every cell (a stall of its own at 1M plots after
    a split) waits for the next turn. A cell's text is made once per set of rows, and made
    again once the rows change."""
    from sezmap.ui.history_panel import HistoryPanel

    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    form_edit = ("tenant", "A much longer tenant name than before LLP", "renamed")
    select(session, "KEG-0004")
    form.edits[form_edit[0]].setText(form_edit[1])
    form.reason.setText(form_edit[2])
    form.apply()
    assert panel.model.rowCount() == 1 and panel.size_later.waits
    narrow = panel.view.columnWidth(panel.model.columns.index("new_value"))
    qtbot.waitUntil(lambda: not panel.size_later.waits)
    assert panel.view.columnWidth(panel.model.columns.index("new_value")) > narrow
    model = panel.model
    cells = {(r, c): model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert cells == {(r, c): model.text(r, model.columns[c]) for (r, c) in cells}
    assert set(model.texts) == {(r, model.columns[c]) for (r, c) in cells}
    select(session, "KEG-0001")  # no history: the texts of the rows before are gone
    assert model.rowCount() == 0 and model.texts == {}


def test_calls_asked_for_later_are_made_once_each_one_per_turn_in_order(qtbot):
    from PySide6.QtWidgets import QWidget

    from sezmap.ui.panel import Later

    made = []
    owners = [QWidget() for _ in range(4)]
    for w in owners[:3]:
        qtbot.addWidget(w)
    a, b, c, gone = (Later(w, lambda k=k: made.append(k)) for k, w in enumerate(owners))
    for later in (a, b, a, gone, c, b):
        later.ask()
    owners[3].deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its owner gone: passed over
    c.flush()  # made now: not again when its turn comes
    assert made == [2]
    Later._next()  # one turn: one call
    assert made == [2, 0]
    Later._next()
    assert made == [2, 0, 1]
    qtbot.wait(20)
    assert made == [2, 0, 1] and not any(later.waits for later in (a, b, c))


# --- audit dialog -------------------------------------------------------------------------------

def test_audit_dialog_filters_by_actor_and_exports_csv(qtbot, session, tmp_path):
    from sezmap.ui.audit_dialog import AuditDialog

    session.edit("a", [PlotEdit("KEG-0001", {"tenant": "A LLP"}, session.actor, "one")])
    GpkgStore(session.store.path).apply_edit(PlotEdit("KEG-0002", {"tenant": "B LLP", "jobs_planned": 5},
                                                      "cli user", "two"))
    session.poll_external()
    dialog = AuditDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert [dialog.zone_box.itemData(i) for i in range(dialog.zone_box.count())] == [None, "z1", "z2"]
    assert dialog.zone_box.itemText(1) == "Zone z1"
    dialog.set_filters(actor="cli user")
    assert dialog.model.rowCount() == 2 and {e.actor for e in dialog.entries} == {"cli user"}
    dialog.set_filters(actor="cli user", field="jobs_planned")
    assert [e.field for e in dialog.entries] == ["jobs_planned"]
    dialog.set_filters(zone="z2")
    assert dialog.model.rowCount() == 0
    dialog.set_filters(since="2000-01-01", until="2000-12-31")
    assert dialog.model.rowCount() == 0
    dialog.set_filters(actor="cli user")
    out = tmp_path / "export" / "audit.csv"
    out.parent.mkdir()
    assert dialog.export_csv(str(out))
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert rows[0][:3] == ["id", "at", "actor"]
    assert sorted((r[2], r[4], r[6]) for r in rows[1:]) == [("cli user", "jobs_planned", "5"),
                                                             ("cli user", "tenant", "B LLP")]
    assert [p.name for p in out.parent.iterdir()] == ["audit.csv"]  # no temporary file left
    session.edit("b", [PlotEdit("KEG-0003", {"tenant": "C LLP"}, "cli user", "three")])
    dialog.refresh()  # (the dialog also refreshes itself shortly after plots_changed)
    assert dialog.model.rowCount() == 3


# --- idle review --------------------------------------------------------------------------------

def test_idle_review_withdraws_and_frees_the_expected_hectares(qtbot, session, monkeypatch):
    from sezmap.ui.idle_review import IdleReview

    review = IdleReview(session)
    qtbot.addWidget(review)
    session.set_zone("z1")
    assert review.model.ids == ["KEG-0005", "KEG-0004", "KEG-0007"]  # oldest deadline first
    assert session.engine.metrics["z1"].idle_plots == 3
    review.model.setData(review.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    review.model.setData(review.model.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert review.withdraw_button.isEnabled()
    monkeypatch.setattr(review, "ask_reason", lambda n: "")
    assert not review.withdraw_checked()  # a reason is required
    assert "reason" in review.result.text()
    monkeypatch.setattr(review, "ask_reason", lambda n: "no investment after the deadline")
    assert review.withdraw_checked()
    expected = sum(abs(GEOD.geometry_area_perimeter(session.plot_record(session.row_of(p))["geometry"])[0])
                   for p in ("KEG-0005", "KEG-0007")) / 1e4
    assert review.freed_ha == pytest.approx(expected, rel=1e-6)  # equal-area computation vs Geod
    assert "freed" in review.result.text()
    assert session.undo_stack.undo_text == "Withdraw 2 idle plots"
    assert {stored(session, p)["status"] for p in ("KEG-0005", "KEG-0007")} == {"withdrawn"}
    assert {e.reason for e in session.store.history("KEG-0005")} == {"no investment after the deadline"}
    assert review.model.ids == ["KEG-0004"]  # the list follows the engine
    assert session.engine.metrics["z1"].idle_plots == 1
    assert_engine_matches_file(session)
    session.undo()
    assert review.model.ids == ["KEG-0005", "KEG-0004", "KEG-0007"]
    assert_engine_matches_file(session)
    review.all_zones.setChecked(True)
    session.set_zone("z2")
    assert len(review.model.ids) == 3
    review.all_zones.setChecked(False)
    assert review.model.ids == []


def test_widgets_let_go_of_the_session_when_destroyed(qtbot, session):
    from sezmap.ui.history_panel import HistoryPanel
    from sezmap.ui.idle_review import IdleReview
    from sezmap.ui.plot_form import PlotForm

    before = len(session.plots_changed)
    widgets = [PlotForm(session), HistoryPanel(session), IdleReview(session)]
    assert len(session.plots_changed) == before + 3
    for w in widgets:
        w.deleteLater()
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(session.plots_changed) == before
    session.set_selection([0])  # no listener left to call a deleted widget


def test_an_apply_loads_the_form_once_with_the_saved_values(session, form):
    select(session, "KEG-0004")
    form.edits["tenant"].setText("Once LLP")
    form.reason.setText("renamed")
    before = form.reloads
    assert form.apply()
    assert form.reloads == before + 1  # by the edit's event, not again after it
    assert form.edits["tenant"].text() == "Once LLP" and not form.has_unapplied() and form.reason.text() == ""


def test_the_history_shown_is_a_fresh_read_of_the_file_after_an_edit_a_split_its_undo_and_a_merge(
        qtbot, session, form):
    from sezmap.session import geometry_edits as ge
    from sezmap.session import plot_history as ph
    from sezmap.ui.history_panel import HistoryPanel

    panel = HistoryPanel(session)
    qtbot.addWidget(panel)

    def shown_is_fresh(*ids):
        qtbot.waitUntil(lambda: not panel.refresh_later.waits and not panel.size_later.waits)
        assert sorted(panel.plot_ids) == sorted(ids)
        fresh = ph.history_of(GpkgStore(session.store.path), list(ids))  # another reader of the file
        assert panel.model.entries == fresh and len(fresh) > 0
        texts = [[panel.model.text(r, c) for c in panel.model.columns] for r in range(len(fresh))]
        assert texts == [[panel.model.data(panel.model.index(r, k)) for k in range(len(panel.model.columns))]
                         for r in range(len(fresh))]

    select(session, "KEG-0002")
    form.edits["tenant"].setText("Split Me LLP")
    form.reason.setText("renamed")
    form.apply()  # an attribute edit
    shown_is_fresh("KEG-0002")
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("KEG-0002")].bounds
    changes = ge.split_changes(session, "KEG-0002", [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)],
                               reason="resurvey")
    session.edit("Split", changes)
    select(session, "KEG-0002", changes[1].plot_id)
    shown_is_fresh("KEG-0002", changes[1].plot_id)
    session.undo()
    select(session, "KEG-0002")
    shown_is_fresh("KEG-0002")
    session.edit("Merge", ge.merge_changes(session, ["KEG-0002", "KEG-0001"], reason="joined"))
    select(session, "KEG-0002")
    shown_is_fresh("KEG-0002")
