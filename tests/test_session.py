"""The one edit path: command -> store transaction with audit rows -> session project and engine
-> events; undo/redo as committed transactions; changes by another program picked up."""

import sqlite3

import pytest
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import ConflictError, PlotCreate, PlotDelete, PlotEdit
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUSES
from sezmap.session import ChangePlots, ProjectSession
from pg_fixtures import actor_on
from sezmap.store import open_store
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

AS_OF = "2026-06-01"

# what an allocated plot needs (model.status_rules): the vacant plots have it, so a status change alone may
# make one allocated
DEAL = dict(tenant="Prospect LLP", allocated_on="2026-01-10", contract_deadline="2028-01-10",
            investment_committed_kzt=1e9)

cell = f.cell


@pytest.fixture
def session(tmp_path):
    """The project in a GeoPackage (for what only a file has)."""
    return f.open_session(tmp_path / "p.gpkg", ten_plots(), as_of=AS_OF)


@pytest.fixture
def any_session(tmp_path, on_store):
    """The project on each store: the GeoPackage, and a PostGIS database it was published into."""
    path = GpkgStore.create(tmp_path / "p.gpkg", ten_plots()).path
    return f.session_on(open_store(on_store(path)), as_of=AS_OF)


def ten_plots():
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=cell(k % 5, k // 5), status="vacant", **DEAL)
             for k in range(10)]
    plots[3].update(status="allocated", contract_deadline="2025-01-01", investment_committed_kzt=1e9,
                    investment_actual_kzt=0.0, tenant="Old LLP")
    plots[4].update(status="under_construction", contract_deadline="2024-05-01", investment_committed_kzt=2e9,
                    investment_actual_kzt=1e8)
    return f.layers(zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))], plots=plots)


def assert_engine_matches_file(session):
    """The session's engine equals a fresh analysis of what is in the file."""
    fresh = AnalysisEngine(session.store.load(), session.engine.as_of, logistics=False)
    for zid in fresh.zone_ids:
        a, b = session.engine.metrics[zid], fresh.metrics[zid]
        for key in ("allocated_ratio", "infrastructure_ratio", "unused_ratio", "idle_area_ha", "plots", "idle_plots"):
            assert getattr(a, key) == pytest.approx(getattr(b, key), abs=1e-9), (zid, key)
        for st in STATUSES:
            assert a.status_area_ha[st] == pytest.approx(b.status_area_ha[st], abs=1e-7), (zid, st)


def assert_matches_file(session):
    """The session's engine and plots frame equal what is in the file."""
    assert_engine_matches_file(session)
    frame = session.store.load().plots.set_index("plot_id")
    mine = session.project.plots.set_index("plot_id")
    assert sorted(frame.index) == sorted(mine.index)
    for col in ("status", "tenant", "version", "zone_id"):
        assert frame[col].fillna("").astype(str).sort_index().tolist() == \
            mine[col].fillna("").astype(str).sort_index().tolist(), col


def audit(session, plot_id):
    return [(e.field, e.old_value, e.new_value) for e in session.store.history(plot_id)]


def test_an_edit_goes_through_store_engine_and_events(any_session):
    session = any_session
    seen = []
    session.plots_changed.connect(seen.append)
    before = session.engine.metrics["z1"].allocated_ratio
    session.edit("Allocate KEG-0001", [PlotEdit("KEG-0001", {"status": "allocated", "tenant": "New LLP"},
                                                session.actor, "contract signed", expect_version=1)])
    assert session.engine.metrics["z1"].allocated_ratio > before
    assert len(seen) == 1 and seen[0].plot_ids == ("KEG-0001",) and seen[0].zones == {"z1"}
    assert seen[0].fields == {"status", "tenant"} and seen[0].origin == "edit"
    assert session.version_of("KEG-0001") == 2
    assert ("status", "vacant", "allocated") in audit(session, "KEG-0001")
    assert {e.actor for e in session.store.history("KEG-0001")} == {actor_on(session.store, "Khorgos MC")}
    assert_matches_file(session)


def test_undo_and_redo_are_committed_audited_transactions(any_session):
    session = any_session
    session.edit("Allocate", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "why")])
    assert session.undo_stack.undo_text == "Allocate"
    session.undo()
    assert session.store.read_plots(["KEG-0001"])["KEG-0001"]["status"] == "vacant"
    assert session.version_of("KEG-0001") == 3  # the undo is a change of its own
    assert audit(session, "KEG-0001")[-1] == ("status", "allocated", "vacant")
    assert session.store.history("KEG-0001")[-1].reason == "undo: Allocate"
    assert_matches_file(session)
    session.redo()
    assert session.store.read_plots(["KEG-0001"])["KEG-0001"]["status"] == "allocated"
    assert session.version_of("KEG-0001") == 4
    assert_matches_file(session)
    assert not session.undo_stack.can_redo and session.undo_stack.can_undo


def test_undo_puts_back_a_status_the_workflow_would_not_allow(session):
    session.edit("Withdraw", [PlotEdit("KEG-0004", {"status": "withdrawn"}, session.actor, "idle")])
    session.undo()  # withdrawn -> allocated is not a workflow step, but an undo puts back what was
    assert session.store.read_plots(["KEG-0004"])["KEG-0004"]["status"] == "allocated"


def test_a_forbidden_transition_writes_nothing_and_names_the_allowed_ones(any_session):
    session = any_session
    with pytest.raises(DataError, match="withdrawn"):
        session.edit("x", [PlotEdit("KEG-0004", {"status": "vacant"}, session.actor, "r")])
    assert session.version_of("KEG-0004") == 1 and not session.undo_stack.can_undo
    assert audit(session, "KEG-0004") == []


def test_a_batch_is_one_step_with_one_audited_change_per_plot(any_session):
    session = any_session
    ids = ["KEG-0004", "KEG-0005"]
    session.edit("Withdraw 2 plots", [PlotEdit(p, {"status": "withdrawn"}, session.actor, "idle since 2024",
                                               expect_version=session.version_of(p)) for p in ids])
    assert len(session.undo_stack) == 1
    for p in ids:
        assert audit(session, p) == [("status", session.store.history(p)[0].old_value, "withdrawn")]
    assert session.engine.metrics["z1"].idle_plots == 0
    assert_matches_file(session)
    session.undo()
    assert session.engine.metrics["z1"].idle_plots == 2
    assert_matches_file(session)


def test_a_batch_with_one_bad_plot_writes_nothing(any_session):
    session = any_session
    with pytest.raises(DataError):
        session.edit("bad batch", [PlotEdit("KEG-0004", {"status": "withdrawn"}, session.actor, "r"),
                                   PlotEdit("KEG-0001", {"status": "withdrawn"}, session.actor, "r")])
    assert session.store.read_plots(["KEG-0004"])["KEG-0004"]["status"] == "allocated"
    assert session.version_of("KEG-0004") == 1


def test_split_and_merge_keep_lineage_and_undo(any_session):
    session = any_session
    whole = cell(0, 0)
    left, right = shapely.box(70.0, 45.0, 70.005, 45.01), shapely.box(70.005, 45.0, 70.01, 45.01)
    session.edit("Split KEG-0001", [
        PlotEdit("KEG-0001", {"geometry": left}, session.actor, "split", expect_version=1),
        PlotCreate("KEG-0011", {"zone_id": "z1", "status": "vacant", "geometry": right}, session.actor, "split",
                   lineage="split from KEG-0001")])
    assert session.row_of("KEG-0011") is not None
    assert ("lineage", None, "split from KEG-0001") in audit(session, "KEG-0011")
    assert_matches_file(session)
    session.edit("Merge", [
        PlotDelete("KEG-0011", session.actor, "merge", lineage="merged into KEG-0001"),
        PlotEdit("KEG-0001", {"geometry": whole}, session.actor, "merge")])
    assert session.row_of("KEG-0011") is None
    assert audit(session, "KEG-0011")[-1] == ("lineage", None, "merged into KEG-0001")
    assert_matches_file(session)
    session.undo()  # the merge: KEG-0011 back with its attributes
    assert session.row_of("KEG-0011") is not None
    assert shapely.equals(session.store.read_plots(["KEG-0001"])["KEG-0001"]["geometry"], left)
    session.undo()  # the split
    assert session.row_of("KEG-0011") is None
    assert shapely.equals(session.store.read_plots(["KEG-0001"])["KEG-0001"]["geometry"], whole)
    assert_matches_file(session)


def test_a_geometry_breaking_a_rule_writes_nothing(any_session):
    session = any_session
    overlapping = shapely.box(70.005, 45.0, 70.015, 45.01)  # over KEG-0001 and KEG-0002
    with pytest.raises(DataError, match="KEG-000"):
        session.edit("move", [PlotEdit("KEG-0001", {"geometry": overlapping}, session.actor, "r")])
    outside = shapely.box(70.5, 45.5, 70.51, 45.51)
    with pytest.raises(DataError, match="zone"):
        session.edit("move", [PlotEdit("KEG-0001", {"geometry": outside}, session.actor, "r")])
    assert session.version_of("KEG-0001") == 1 and audit(session, "KEG-0001") == []


def test_another_programs_change_is_picked_up_and_a_stale_edit_refused(any_session):
    session = any_session
    other = open_store(session.store.location)
    other.apply_edit(PlotEdit("KEG-0002", {"status": "reserved", "tenant": "Rival LLP"}, "cli user", "phone call"))
    # an edit made on the version the session still has is refused, naming who changed it
    with pytest.raises(ConflictError, match=actor_on(other, "cli user")):
        session.edit("x", [PlotEdit("KEG-0002", {"status": "allocated"}, session.actor, "r",
                                    expect_version=session.version_of("KEG-0002"))])
    seen = []
    session.plots_changed.connect(seen.append)
    event = session.poll_external()
    assert event is not None and event.origin == "external" and event.actors == (actor_on(other, "cli user"),)
    assert event.plot_ids == ("KEG-0002",) and {"status", "tenant"} <= event.fields
    assert seen == [event]
    assert session.version_of("KEG-0002") == 2
    assert_matches_file(session)
    assert session.poll_external() is None  # nothing new
    session.edit("ok", [PlotEdit("KEG-0002", {"status": "allocated"}, session.actor, "r",
                                 expect_version=session.version_of("KEG-0002"))])
    assert session.poll_external() is None  # its own edit is not news


def test_external_additions_reload_the_plots(any_session):
    session = any_session
    open_store(session.store.location).apply_changes([PlotCreate(
        "KEG-0099", {"zone_id": "z2", "status": "vacant", "geometry": shapely.box(71.0, 45.0, 71.01, 45.01)},
        "cli", "new")])
    event = session.poll_external()
    assert event.structural and session.row_of("KEG-0099") is not None
    assert_matches_file(session)


def test_a_refused_undo_stays_on_the_stack(any_session):
    session = any_session
    session.edit("Allocate", [PlotEdit("KEG-0001", {"status": "allocated", "tenant": "A"}, session.actor, "r")])
    open_store(session.store.location).apply_edit(PlotEdit("KEG-0001", {"tenant": "X"}, "other", "r"))
    with pytest.raises(ConflictError):
        session.undo()
    assert session.undo_stack.can_undo and session.undo_stack.undo_text == "Allocate"


def test_an_undo_leaves_fields_the_step_did_not_change_to_whoever_changed_them(any_session):
    session = any_session
    """A colleague's change to another field of the plot is no conflict: the undo puts back
    only the step's own fields, and the session's frame gets the colleague's value too."""
    session.edit("Allocate", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "r")])
    open_store(session.store.location).apply_edit(PlotEdit("KEG-0001", {"tenant": "X"}, "other", "r"))
    session.undo()  # not polled before: the session learns the tenant from the undo's commit
    row = session.store.read_plots(["KEG-0001"])["KEG-0001"]
    assert (row["status"], row["tenant"], row["version"]) == ("vacant", "X", 4)
    assert session.plot_record(session.row_of("KEG-0001"))["tenant"] == "X"
    assert_matches_file(session)


def test_selection_and_zone_events(session):
    zones, rows = [], []
    session.zone_changed.connect(zones.append)
    session.selection_changed.connect(rows.append)
    session.set_zone("z2")
    session.set_zone("z2")
    session.set_selection([3, 1, 3])
    assert zones == ["z2"] and rows == [(1, 3)]


def test_a_command_that_changes_nothing_is_not_a_step(any_session):
    session = any_session
    command = ChangePlots("nothing", [PlotEdit("KEG-0001", {"status": "vacant"}, session.actor, "r")])
    session.run(command)
    assert not session.undo_stack.can_undo


def test_the_audit_log_stays_append_only(session):
    session.edit("Allocate", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "r")])
    conn = sqlite3.connect(session.store.path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("DELETE FROM audit_log")
    conn.close()


def test_undo_and_redo_go_on_after_a_restart(session, tmp_path):
    session.undo_dir = tmp_path / "undo"
    session.edit("Allocate KEG-0001", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "r")])
    session.edit("Split KEG-0002", [
        PlotEdit("KEG-0002", {"geometry": shapely.box(70.01, 45.0, 70.015, 45.01)}, session.actor, "split"),
        PlotCreate("KEG-0011", {"zone_id": "z1", "status": "vacant", "tenant": "Т",
                                "geometry": shapely.box(70.015, 45.0, 70.02, 45.01)}, session.actor, "split",
                   lineage="split from KEG-0002")])
    session.undo()  # the split, undone before the "restart"
    # a new session on the same file, as after closing or killing the app
    again = ProjectSession(actor="Khorgos MC")
    again.undo_dir = tmp_path / "undo"
    store = open_store(session.store.location)
    project = store.load()
    again.set_project(store, project)
    again.set_engine(AnalysisEngine(project, AS_OF))
    assert again.undo_stack.undo_text == "Allocate KEG-0001" and again.undo_stack.redo_text == "Split KEG-0002"
    again.redo()
    assert again.row_of("KEG-0011") is not None
    assert_matches_file(again)
    again.undo()
    again.undo()
    assert again.store.read_plots(["KEG-0001"])["KEG-0001"]["status"] == "vacant"
    assert again.row_of("KEG-0011") is None
    assert_matches_file(again)


def test_the_undo_steps_can_be_written_later_in_order_as_they_were_then(session, tmp_path):
    later = []
    session.undo_dir, session.keep_undo_later = tmp_path / "undo", later.append
    session.edit("Allocate KEG-0001", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "r")])
    session.edit("Reserve KEG-0002", [PlotEdit("KEG-0002", {"status": "reserved"}, session.actor, "r")])
    session.undo()
    assert len(later) == 3 and not (tmp_path / "undo").exists()  # nothing written on the caller's thread
    for keep in later:  # (as the window's lane runs them: in order, after the steps were made)
        keep()
    again = ProjectSession()
    again.undo_dir = tmp_path / "undo"
    again.set_project(open_store(session.store.location), session.store.load())
    assert again.undo_stack.undo_text == "Allocate KEG-0001" and again.undo_stack.redo_text == "Reserve KEG-0002"


def test_an_unreadable_undo_file_gives_an_empty_stack(session, tmp_path):
    session.undo_dir = tmp_path / "undo"
    session.edit("Allocate", [PlotEdit("KEG-0001", {"status": "allocated"}, session.actor, "r")])
    for kept in (tmp_path / "undo").iterdir():
        kept.write_text("{not json")
    again = ProjectSession()
    again.undo_dir = tmp_path / "undo"
    again.set_project(open_store(session.store.location), session.store.load())
    assert not again.undo_stack.can_undo


def test_a_split_and_its_undo_change_the_engine_in_place(session):
    """Plots added or taken out reach the engine at once: no fresh analysis, no engine event."""
    engine, engines = session.engine, []
    session.engine_changed.connect(engines.append)
    left, right = shapely.box(70.0, 45.0, 70.005, 45.01), shapely.box(70.005, 45.0, 70.01, 45.01)
    session.edit("Split", [PlotEdit("KEG-0001", {"geometry": left}, session.actor, "split"),
                           PlotCreate("KEG-0011", {"zone_id": "z1", "status": "vacant", "geometry": right},
                                      session.actor, "split", lineage="split from KEG-0001")])
    assert session.engine is engine and engines == []
    assert session.row_of("KEG-0011") == 10 and engine.plot_id(10) == "KEG-0011"
    assert_matches_file(session)
    session.undo()
    assert session.engine is engine and session.row_of("KEG-0011") is None
    assert_matches_file(session)


def opened_before_its_analysis(tmp_path) -> ProjectSession:
    """A session on a new file of four vacant plots in a row (KEG-0001 to KEG-0004) in zone z1,
    opened as the app opens one: its project set, its engine not come yet."""
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=cell(k, 0), status="vacant", **DEAL) for k in range(4)]
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(zones=[f.zone("z1")], plots=plots))
    session = ProjectSession(actor="me")
    session.set_project(store, store.load())
    return session


def test_plots_added_and_taken_out_while_the_first_analysis_runs_reach_its_engine(tmp_path):
    """The engine that arrives was computed over the rows as they were: plots taken out and
    added meanwhile (a merge, a drawn plot, a split undone and redone) are applied to it."""
    session = opened_before_its_analysis(tmp_path)
    since = session.analysis_begins()
    engine = AnalysisEngine(session.project, AS_OF)  # computed from the rows as they were
    session.edit("Merge", [PlotDelete("KEG-0002", "me", "merge", lineage="merged into KEG-0001"),
                           PlotEdit("KEG-0001", {"geometry": shapely.box(70.0, 45.0, 70.02, 45.01)}, "me", "merge")])
    session.edit("Draw", [PlotCreate("KEG-0005", {"zone_id": "z1", "status": "allocated", "geometry": cell(0, 2), **DEAL},
                                     "me", "drawn")])
    session.undo()
    session.undo()  # the merge undone: KEG-0002 comes back, after the others
    session.redo()
    session.edit("Allocate", [PlotEdit("KEG-0003", {"status": "allocated"}, "me", "r")])
    session.set_engine(engine, since)
    assert session.engine is engine
    assert [engine.plot_id(i) for i in range(len(session.project.plots))] == list(session.project.plots["plot_id"])
    assert_matches_file(session)


def test_edits_made_while_the_first_analysis_runs_reach_its_engine(tmp_path):
    """The app opens a project, analyses it on its task thread, and the user edits meanwhile:
    the engine that arrives is brought up to date before it is taken."""
    session = opened_before_its_analysis(tmp_path)
    since = session.analysis_begins()
    engine = AnalysisEngine(session.project, AS_OF)  # computed from the rows as they were
    session.edit("Allocate", [PlotEdit("KEG-0002", {"status": "allocated"}, "me", "r")])
    session.set_engine(engine, since)
    assert_matches_file(session)


def test_plots_changed_while_a_new_analysis_runs_reach_its_engine_though_one_was_in_place(tmp_path):
    """A project already analysed is analysed again (the window's analysis after the map is
    drawn, or after an import): plots split, merged, undone and edited while the new analysis
    ran, applied to the engine in place at the time, reach the new engine too. (The new engine
    kept the rows as they were: a split's undo then found no row for the part it took out.)"""
    session = opened_before_its_analysis(tmp_path)
    session.set_engine(AnalysisEngine(session.project, AS_OF))
    since = session.analysis_begins()
    engine = AnalysisEngine(session.project, AS_OF)  # the new analysis, of the rows as they were
    session.edit("Allocate", [PlotEdit("KEG-0003", {"status": "allocated"}, "me", "r")])
    session.edit("Merge", [PlotDelete("KEG-0002", "me", "merge", lineage="merged into KEG-0001"),
                           PlotEdit("KEG-0001", {"geometry": shapely.box(70.0, 45.0, 70.02, 45.01)}, "me", "merge")])
    session.undo()  # KEG-0002 back, after the others
    session.set_engine(engine, since)
    assert session.engine is engine
    assert [engine.plot_id(i) for i in range(len(session.project.plots))] == list(session.project.plots["plot_id"])
    assert_matches_file(session)
    session.redo()  # the merge again: KEG-0002 is found and taken out of the frame and the engine
    assert list(session.project.plots["plot_id"]) == ["KEG-0001", "KEG-0003", "KEG-0004"]
    assert_matches_file(session)


def test_an_engine_computed_now_needs_no_catching_up_and_an_analysis_dropped_keeps_nothing(tmp_path):
    session = opened_before_its_analysis(tmp_path)
    failed = session.analysis_begins()
    assert session.analysing
    session.analysis_dropped(failed)  # its analysis failed
    assert not session.analysing
    session.edit("Allocate", [PlotEdit("KEG-0002", {"status": "allocated"}, "me", "r")])
    assert failed.edited == set()
    session.set_engine(AnalysisEngine(session.project, AS_OF))
    assert_matches_file(session)


def test_a_removal_without_who_or_why_writes_nothing(session):
    for actor, reason, says in (("", "merge", "actor"), ("me", " ", "reason")):
        with pytest.raises(DataError, match=says):
            session.store.apply_changes([PlotEdit("KEG-0001", {"tenant": "X"}, "me", "r"),
                                         PlotDelete("KEG-0002", actor, reason)])
    assert session.store.read_plots(["KEG-0001", "KEG-0002"]).keys() == {"KEG-0001", "KEG-0002"}
    assert audit(session, "KEG-0001") == []
