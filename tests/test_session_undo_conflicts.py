"""Undo and redo never overwrite someone else's later change.

The colleague is a real second writer: a ``sezmap plot set`` subprocess, or ``ogrinfo -sql
"UPDATE plots ..."`` on the file. The undo of a step expects each plot as the step left it
(values): otherwise it is refused naming who changed what, or, when asked, applied only to the
plots and fields nobody touched. The saved undo stack belongs to the file's identity (project
UUID and audit head), so a restored backup drops it and a copy keeps it only where it fits.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.edits import PlotCreate, PlotEdit, StepConflict
from sezmap.session import ProjectSession
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

AS_OF = "2026-06-01"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def session(tmp_path):
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=f.cell(k % 5, k // 5), jobs_planned=554) for k in range(6)]
    s = f.open_session(tmp_path / "p.gpkg", f.layers(plots=plots), as_of=AS_OF)
    s.undo_dir = tmp_path / "undo"
    return s


def plot_set(path, plot_id, *options, actor="colleague"):
    """``sezmap plot set`` in its own process, as a colleague at another desk runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "sezmap", "plot", "set", plot_id, *options, "--actor", actor,
                           "--reason", "by phone", "--project", str(path)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def ogrinfo_update(path, sql):
    done = subprocess.run(["ogrinfo", "-q", str(path), "-sql", sql], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr


def jobs(path, plot_id):
    return GpkgStore(path).read_plots([plot_id])[plot_id]["jobs_planned"]


def settled(path) -> None:
    """``path`` as a file is with the app closed: the open file's background integrity check
    done and its connection closed, the -wal's committed pages folded into the file and the
    -wal emptied. A plain copy of a live WAL file lacks those pages, and a file copied over one
    finds its stale -wal: under load the check's connection, opened before an edit, kept SQLite
    from folding the edit in when the edit's connection closed."""
    for thread in threading.enumerate():
        if thread.name == "sezmap-integrity-check":
            thread.join(timeout=60)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def closed_copy(path, target) -> None:
    """``path`` copied to ``target`` as a user copies a file with the app closed."""
    settled(path)
    if Path(target).exists():
        settled(target)
    shutil.copyfile(path, target)


def reopen(path, undo_dir, actor="Khorgos MC"):
    """A new session on the file, as after closing (or killing) the app and starting it again."""
    again = ProjectSession(actor=actor)
    again.undo_dir = undo_dir
    store = GpkgStore(path)
    project = store.load()
    again.set_project(store, project)
    again.set_engine(AnalysisEngine(project, AS_OF))
    return again, [again.undo_kept.notice] if again.undo_kept.notice else []


def test_undo_is_refused_naming_the_colleague_and_the_field(session):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    plot_set(path, "KEG-0001", "--jobs-planned", "700")
    assert session.poll_external() is not None  # the app reloads the colleague's change
    with pytest.raises(StepConflict) as refused:
        session.undo()
    (conflict,) = refused.value.conflicts
    assert (conflict.plot_id, conflict.kind, conflict.fields, conflict.actor) == \
        ("KEG-0001", "changed", ("jobs_planned",), "colleague")
    assert "colleague" in str(refused.value) and "jobs_planned" in str(refused.value)
    assert jobs(path, "KEG-0001") == 700
    assert session.undo_stack.undo_text == "Jobs 600"  # the step stays, to be undone another way
    assert session.plot_record(session.row_of("KEG-0001"))["jobs_planned"] == 700


def test_a_change_made_with_ogrinfo_refuses_the_undo_too(session):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0002", {"jobs_planned": 600}, session.actor, "plan")])
    ogrinfo_update(path, "UPDATE plots SET jobs_planned = 700, version = version + 1 WHERE plot_id = 'KEG-0002'")
    with pytest.raises(StepConflict, match="jobs_planned") as refused:
        session.undo()  # not even polled first: the store checks the file itself
    assert refused.value.conflicts[0].fields == ("jobs_planned",)
    assert jobs(path, "KEG-0002") == 700


def test_partial_undo_puts_back_only_the_untouched_plots_and_fields(session):
    path = session.store.path
    session.edit("Batch", [PlotEdit("KEG-0001", {"jobs_planned": 600, "tenant": "Alpha LLP"}, session.actor, "b"),
                           PlotEdit("KEG-0002", {"jobs_planned": 600}, session.actor, "b"),
                           PlotEdit("KEG-0003", {"jobs_planned": 600}, session.actor, "b")])
    plot_set(path, "KEG-0001", "--jobs-planned", "700")
    plot_set(path, "KEG-0003", "--jobs-planned", "800", actor="planner")
    with pytest.raises(StepConflict) as refused:
        session.undo()
    assert {(c.plot_id, c.actor) for c in refused.value.conflicts} == {("KEG-0001", "colleague"),
                                                                       ("KEG-0003", "planner")}
    assert jobs(path, "KEG-0002") == 600  # nothing written
    session.undo(untouched_only=True)
    store = GpkgStore(path)
    rows = store.read_plots(["KEG-0001", "KEG-0002", "KEG-0003"])
    assert (rows["KEG-0001"]["jobs_planned"], rows["KEG-0001"]["tenant"]) == (700, None)  # tenant undone
    assert rows["KEG-0002"]["jobs_planned"] == 554 and rows["KEG-0003"]["jobs_planned"] == 800
    for pid in ("KEG-0001", "KEG-0002", "KEG-0003"):  # the session's frame is the file's
        rec = session.plot_record(session.row_of(pid))
        assert (rec["jobs_planned"], rec["tenant"], rec["version"]) == \
            (rows[pid]["jobs_planned"], rows[pid]["tenant"], rows[pid]["version"])
    # redo does again what the undo did, no more
    session.redo()
    rows = store.read_plots(["KEG-0001", "KEG-0002", "KEG-0003"])
    assert (rows["KEG-0001"]["jobs_planned"], rows["KEG-0001"]["tenant"]) == (700, "Alpha LLP")
    assert rows["KEG-0002"]["jobs_planned"] == 600 and rows["KEG-0003"]["jobs_planned"] == 800


def test_redo_is_refused_and_partial_redo_keeps_the_colleagues_change(session):
    path = session.store.path
    session.edit("Batch", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "b"),
                           PlotEdit("KEG-0002", {"jobs_planned": 600}, session.actor, "b")])
    session.undo()
    plot_set(path, "KEG-0001", "--jobs-planned", "700")
    with pytest.raises(StepConflict, match="colleague"):
        session.redo()
    assert jobs(path, "KEG-0002") == 554 and session.undo_stack.redo_text == "Batch"
    session.redo(untouched_only=True)
    assert (jobs(path, "KEG-0001"), jobs(path, "KEG-0002")) == (700, 600)


def test_nothing_untouched_left_is_still_a_refusal(session):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    plot_set(path, "KEG-0001", "--jobs-planned", "700")
    with pytest.raises(StepConflict):
        session.undo(untouched_only=True)
    assert jobs(path, "KEG-0001") == 700 and session.undo_stack.can_undo


def test_undo_of_a_creation_is_refused_when_the_new_plot_was_changed(session):
    path = session.store.path
    session.edit("Draw KEG-0099", [PlotCreate("KEG-0099", {"zone_id": "z1", "status": "vacant",
                                                           "geometry": f.cell(0, 5)}, session.actor, "drawn")])
    plot_set(path, "KEG-0099", "--tenant", "Their LLP")
    with pytest.raises(StepConflict, match="colleague") as refused:
        session.undo()
    assert refused.value.conflicts[0].fields == ("tenant",)
    assert "KEG-0099" in GpkgStore(path).read_plots(["KEG-0099"])


def test_undo_after_a_restart_is_checked_against_the_colleagues_change(session, tmp_path):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    plot_set(path, "KEG-0001", "--jobs-planned", "700")  # while the app is closed
    again, notices = reopen(path, session.undo_dir)
    assert again.undo_stack.undo_text == "Jobs 600"
    assert len(notices) == 1 and "colleague" in notices[0]
    with pytest.raises(StepConflict, match="colleague"):
        again.undo()
    assert jobs(path, "KEG-0001") == 700


def test_undo_after_a_restart_with_no_other_change_goes_on_quietly(session):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    again, notices = reopen(path, session.undo_dir)
    assert notices == []
    again.undo()
    assert jobs(path, "KEG-0001") == 554


def test_a_restored_backup_drops_the_undo_stack_and_says_why(session, tmp_path):
    path = session.store.path
    backup = tmp_path / "backup.gpkg"
    closed_copy(path, backup)  # the backup, before the edits
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    session.edit("Jobs 650", [PlotEdit("KEG-0002", {"jobs_planned": 650}, session.actor, "plan")])
    closed_copy(backup, path)  # restored
    again, notices = reopen(path, session.undo_dir)
    assert not again.undo_stack.can_undo and not again.undo_stack.can_redo
    assert len(notices) == 1 and "restored backup" in notices[0]
    assert jobs(path, "KEG-0001") == 554
    again, notices = reopen(path, session.undo_dir)  # said once
    assert not again.undo_stack.can_undo and notices == []


def test_a_restored_backup_with_as_many_later_rows_drops_the_stack_too(session, tmp_path):
    """The audit head is its id AND its time and actor: a backup that got as many rows since,
    from someone else, is still not the file the steps were made in."""
    path = session.store.path
    backup = tmp_path / "backup.gpkg"
    closed_copy(path, backup)
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    plot_set(backup, "KEG-0001", "--jobs-planned", "600", actor="someone else")
    plot_set(backup, "KEG-0002", "--jobs-planned", "1")
    closed_copy(backup, path)
    again, notices = reopen(path, session.undo_dir)
    assert not again.undo_stack.can_undo
    assert len(notices) == 1 and "history differs" in notices[0]


def test_a_copy_under_another_path_keeps_the_steps_where_it_is_the_same_file(session, tmp_path):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    copy = tmp_path / "moved" / "copy.gpkg"
    copy.parent.mkdir()
    closed_copy(path, copy)
    in_copy, notices = reopen(copy, session.undo_dir)
    assert in_copy.undo_stack.undo_text == "Jobs 600"
    assert len(notices) == 1 and "copied or moved" in notices[0]
    in_copy.undo()
    assert (jobs(copy, "KEG-0001"), jobs(path, "KEG-0001")) == (554, 600)
    # the original keeps its own steps
    original, notices = reopen(path, session.undo_dir)
    assert original.undo_stack.undo_text == "Jobs 600" and notices == []
    original.undo()
    assert jobs(path, "KEG-0001") == 554


def test_a_copy_changed_elsewhere_does_not_take_the_steps(session, tmp_path):
    path = session.store.path
    session.edit("Jobs 600", [PlotEdit("KEG-0001", {"jobs_planned": 600}, session.actor, "plan")])
    copy = tmp_path / "copy.gpkg"
    closed_copy(path, copy)
    plot_set(copy, "KEG-0001", "--jobs-planned", "700")
    in_copy, _notices = reopen(copy, session.undo_dir)
    assert not in_copy.undo_stack.can_undo


def test_every_project_has_its_own_identity_from_creation_or_first_write(tmp_path):
    import sqlite3

    a = GpkgStore.create(tmp_path / "a.gpkg", f.layers())
    b = GpkgStore.create(tmp_path / "b.gpkg", f.layers())
    assert a.identity().uuid and b.identity().uuid and a.identity().uuid != b.identity().uuid
    assert a.identity().head is None
    conn = sqlite3.connect(a.path)  # a file from before project_uuid (or one another tool wrote)
    conn.execute("DELETE FROM project_meta WHERE key = 'project_uuid'")
    conn.commit()
    conn.close()
    assert a.identity().uuid is None
    a.apply_edit(PlotEdit("p1", {"tenant": "x"}, "a", "r"))
    first = a.identity()
    assert first.uuid and first.head is not None and first.head.actor == "a"
    a.apply_edit(PlotEdit("p1", {"tenant": "y"}, "a", "r"))
    assert a.identity().uuid == first.uuid and a.identity().head.id > first.head.id


def test_a_geometry_undo_expects_the_geometry_the_step_left(session):
    path = session.store.path
    moved = shapely.box(70.0, 45.05, 70.01, 45.06)
    session.edit("Move", [PlotEdit("KEG-0001", {"geometry": moved}, session.actor, "survey")])
    plot_set(path, "KEG-0001", "--geometry", shapely.to_wkt(shapely.box(70.0, 45.05, 70.009, 45.06)))
    with pytest.raises(StepConflict) as refused:
        session.undo()
    assert refused.value.conflicts[0].fields == ("geometry",)
