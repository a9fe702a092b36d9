"""Apply on a project file another program is writing (pytest-qt, offscreen): the wait for its
write lock runs off the UI thread, with "Waiting for the file…" and Cancel; the edit is written
when the lock is let go, or not at all when the user cancelled. The other program is a plain
sqlite3 connection holding the write lock (``BEGIN IMMEDIATE``), as QGIS's would. The window's
own work holding the file up (a transaction on one of its task lanes, a GDAL read) is told
apart from another program's: the line says which, and says it again when that changes."""

import sqlite3
import threading
import time

import pytest

from sezmap.store import file_guard, write_lock
from sezmap.store import geopackage_sql as sql
from sezmap.store.gpkg import GpkgStore, transaction
from sezmap.ui import tasks
from tests import factories as f

ANOTHER_PROGRAM = "Waiting for the file… another program is writing to it."
OWN_WRITE = "Waiting for the previous change to be saved…"
OWN_READ = "Waiting for the file… this window is still reading it."


class OwnWrite:
    """A write transaction of this process (the store's own, gpkg.transaction) on one of the
    window's task lanes (KEEPS: what keeps the undo steps), holding the write lock until
    ``let_go()``."""

    def __init__(self, path):
        self.taken, self.release = threading.Event(), threading.Event()

        def hold():
            conn = sql.connect(path)
            try:
                with transaction(conn):
                    self.taken.set()
                    self.release.wait(20)
            finally:
                conn.close()

        tasks.keep_later(hold)
        assert self.taken.wait(10)

    def let_go(self):
        self.release.set()
        tasks.kept()


class OwnRead:
    """A GDAL read of the file by another thread of this process, until ``let_go()``."""

    def __init__(self, path):
        self.taken, self.release = threading.Event(), threading.Event()

        def read():
            with file_guard.using(path, file_guard.GDAL):
                self.taken.set()
                self.release.wait(20)

        self.thread = threading.Thread(target=read)
        self.thread.start()
        assert self.taken.wait(10)

    def let_go(self):
        self.release.set()
        self.thread.join(10)


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "3000")  # a write on the UI thread would freeze it this long
    plots = [f.plot(f"P{k}", "z1", geometry=f.cell(k, 0)) for k in range(3)]
    return f.open_session(tmp_path / "p.gpkg", f.layers(plots=plots))


@pytest.fixture
def holder(session):
    """Another program holding the project's write lock until ``let_go()``."""

    class Holder:
        def __init__(self):
            self.conn = sqlite3.connect(session.store.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("BEGIN IMMEDIATE")
            self.held = True

        def let_go(self):
            if self.held:
                self.conn.execute("ROLLBACK")
                self.held = False

    h = Holder()
    yield h
    h.let_go()
    h.conn.close()


@pytest.fixture
def form(qtbot, session):
    from sezmap.ui.plot_form import PlotForm

    w = PlotForm(session)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.file_wait.shutdown()


def stored_tenant(session, pid="P1"):
    return GpkgStore(session.store.path).read_plots([pid])[pid]["tenant"]


def fill(session, form, tenant="Waited LLP"):
    session.set_selection([session.row_of("P1")])
    form.edits["tenant"].setText(tenant)
    form.reason.setText("lease signed")


def test_the_write_lock_is_looked_at_without_waiting(session, holder):
    path = session.store.path
    started = time.monotonic()
    assert not write_lock.write_lock_free(path, 0.0)
    assert time.monotonic() - started < 0.5  # not the busy timeout
    holder.let_go()
    assert write_lock.write_lock_free(path, 0.0)
    # a GDAL read of the file in this process: busy too, without waiting for it to end
    with file_guard.using(path, file_guard.GDAL):
        result = []
        looker = threading.Thread(target=lambda: result.append(write_lock.write_lock_free(path, 0.0)))
        looker.start()
        looker.join(2)
        assert result == [False]
    assert write_lock.write_lock_free(path, 0.0)


def test_who_holds_the_file_up_is_told_apart(session, holder):
    path = session.store.path
    assert write_lock.write_blocker(path) == write_lock.ANOTHER_PROGRAM  # (a connection sezmap did not open)
    holder.let_go()
    assert write_lock.write_blocker(path) is None
    own = OwnWrite(path)
    try:
        assert write_lock.write_blocker(path) == write_lock.OWN_WRITE
    finally:
        own.let_go()
    read = OwnRead(path)
    try:
        assert write_lock.write_blocker(path) == write_lock.OWN_READ
    finally:
        read.let_go()
    assert write_lock.write_blocker(path) is None


def test_apply_on_a_locked_file_waits_off_the_ui_thread_then_writes(qtbot, session, form, holder):
    fill(session, form)
    started = time.monotonic()
    form.apply_button.click()
    assert time.monotonic() - started < 1.0  # the window answers: it did not wait for the lock here
    assert form.file_wait.waiting and form.file_wait.isVisible()
    assert form.file_wait.label.text() == ANOTHER_PROGRAM
    assert not form.apply_button.isEnabled()  # one Apply at a time
    qtbot.wait(400)  # the event loop runs meanwhile; nothing is written while the lock is held
    assert form.file_wait.waiting and stored_tenant(session) is None
    holder.let_go()
    qtbot.waitUntil(lambda: stored_tenant(session) == "Waited LLP", timeout=5000)
    qtbot.waitUntil(lambda: not form.file_wait.isVisible(), timeout=2000)
    assert session.undo_stack.undo_text == "Edit P1"
    assert form.note.text() == "Saved: Edit P1"


def test_the_wait_for_a_locked_file_can_be_cancelled(qtbot, session, form, holder):
    fill(session, form)
    form.apply_button.click()
    assert form.file_wait.waiting
    form.file_wait.cancel_button.click()
    assert not form.file_wait.waiting and not form.file_wait.isVisible()
    assert "Nothing was saved" in form.note.text()
    assert form.apply_button.isEnabled()  # the typing is still there, to apply again
    assert form.edits["tenant"].text() == "Waited LLP"
    holder.let_go()
    qtbot.wait(800)  # the lock is free now: a cancelled wait writes nothing
    assert stored_tenant(session) is None and not session.undo_stack.can_undo


def test_undo_on_a_locked_file_waits_in_the_status_bar_then_undoes(qtbot, open_window, project_path, monkeypatch):
    from sezmap.model.edits import PlotEdit

    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "3000")
    w = open_window(project_path, analyse=True)
    refusals = []
    monkeypatch.setattr(w.edits, "show_refusal", refusals.append)  # (not a modal box, if it came)
    w.session.edit("Edit p0", [PlotEdit("p0", {"tenant": "Undone LLP"}, w.session.actor, "r")])
    holder = sqlite3.connect(project_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        w.edits.undo_action.trigger()
        assert time.monotonic() - started < 1.0  # not frozen for the busy timeout
        assert w.edits.file_wait.waiting and not w.edits.undo_action.isEnabled()
        assert w.edits.file_wait.label.text() == ANOTHER_PROGRAM
        qtbot.wait(300)
        assert GpkgStore(project_path).read_plots(["p0"])["p0"]["tenant"] == "Undone LLP"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: GpkgStore(project_path).read_plots(["p0"])["p0"]["tenant"] != "Undone LLP", timeout=5000)
    assert not w.edits.file_wait.waiting and w.edits.redo_action.isEnabled() and refusals == []
    assert w.statusBar().currentMessage() == "Undone: Edit p0"


def test_split_and_merge_on_a_locked_file_wait_off_the_ui_thread_then_are_made(qtbot, open_window, project_path,
                                                                            monkeypatch):
    from sezmap.ui import edit_tools, window_edits

    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "3000")
    for module in (edit_tools, window_edits):  # the reason dialogs, answered as typed
        monkeypatch.setattr(module, "ask_reason", lambda parent, what, last: "surveyed")
    w = open_window(project_path, analyse=True)
    session, n = w.session, len(w.session.project.plots)
    session.set_selection([session.row_of("p0")])
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("p0")].bounds
    w.set_tool("split_plot")
    tool = w.tools["split_plot"]

    def locked():
        holder = sqlite3.connect(project_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        return holder

    holder = locked()
    try:
        tool.points = [((x0 + x1) / 2, y0 - (y1 - y0)), ((x0 + x1) / 2, y1 + (y1 - y0))]
        started = time.monotonic()
        assert tool.complete()
        assert time.monotonic() - started < 1.0  # not frozen for the busy timeout
        tool.reset()  # (as finish() does: the sketch is gone while the change waits)
        assert w.edits.file_wait.waiting and w.edits.file_wait.isVisible()
        qtbot.wait(300)
        assert len(session.project.plots) == n and len(GpkgStore(project_path).read_layer("plots")) == n
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: len(session.project.plots) == n + 1, timeout=5000)
    assert len(GpkgStore(project_path).read_layer("plots")) == n + 1 and not w.edits.file_wait.waiting
    assert session.undo_stack.undo_text == "Split p0"

    halves = [session.plot_id(r) for r in session.selection]
    assert len(halves) == 2
    holder = locked()
    try:
        w.act["merge_plots"].trigger()
        assert w.edits.file_wait.waiting
        session.set_selection([session.row_of("p1")])  # the user moves on while it waits
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: len(session.project.plots) == n, timeout=5000)  # the halves chosen, merged
    (kept,) = [session.plot_id(r) for r in session.selection]  # the survivor became the selection
    assert kept in halves and {session.row_of(p) is None for p in halves} == {True, False}


def test_undo_waiting_for_the_windows_own_work_says_so_not_another_program(qtbot, open_window, project_path,
                                                                          monkeypatch):
    from sezmap.model.edits import PlotEdit

    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "3000")
    w = open_window(project_path, analyse=True)
    wait = w.edits.file_wait
    w.session.edit("Edit p0", [PlotEdit("p0", {"tenant": "Undone LLP"}, w.session.actor, "r")])
    tasks.kept()  # (the undo steps of that edit kept: the lane is free for the transaction below)
    own = OwnWrite(project_path)
    try:
        started = time.monotonic()
        w.edits.undo_action.trigger()
        assert time.monotonic() - started < 1.0
        assert wait.waiting and wait.isVisible()
        assert wait.label.text() == OWN_WRITE  # the window's own lane, not "another program"
        qtbot.wait(300)
        assert wait.label.text() == OWN_WRITE and wait.waiting
    finally:
        own.let_go()
    qtbot.waitUntil(lambda: not wait.waiting, timeout=5000)
    assert GpkgStore(project_path).read_plots(["p0"])["p0"]["tenant"] != "Undone LLP"
    assert w.statusBar().currentMessage() == "Undone: Edit p0"

    # a read of the window's holds it up first, another program after: the line follows
    w.edits.redo_action.trigger()
    qtbot.waitUntil(lambda: not wait.waiting, timeout=5000)
    tasks.kept()
    read = OwnRead(project_path)
    other = sqlite3.connect(project_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        w.edits.undo_action.trigger()
        assert wait.waiting and wait.label.text() == OWN_READ
        read.let_go()
        qtbot.waitUntil(lambda: wait.label.text() == ANOTHER_PROGRAM, timeout=5000)
        assert wait.waiting
    finally:
        read.let_go()
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not wait.waiting, timeout=5000)
    assert w.statusBar().currentMessage() == "Undone: Edit p0"
