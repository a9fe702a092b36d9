"""What keeps the window answering between edits (pytest-qt, offscreen): the look for other
programs' changes is a stat while the file is unchanged (no connection every 1.5 s), and the
map's patch after an edit is drawn on the next turn of the event loop, not inside the edit."""

import os

from sezmap.model.edits import PlotEdit
from sezmap.store import disk
from sezmap.store.gpkg import GpkgStore


def test_the_poll_opens_no_connection_while_the_file_is_unchanged(open_window, project_path, monkeypatch):
    w = open_window(project_path, analyse=True)
    store, session = w.session.store, w.session
    looks = []
    real_tail = store.audit_tail
    monkeypatch.setattr(store, "audit_tail", lambda after=0: looks.append(after) or real_tail(after))
    # the file's last change is long past (as after a while of reading): no look at all
    past = os.stat(project_path).st_mtime - 60
    os.utime(project_path, (past, past))  # (its ctime is now: the first poll looks, once)
    session.poll_external()
    monkeypatch.setattr(disk, "COARSE_S", -1e9)  # as if the first look were long after that change
    session.poll_external()
    session.poll_external()
    assert len(looks) == 1
    # another program writes: the next poll looks, and the change is picked up
    GpkgStore(project_path).apply_edit(PlotEdit("p0", {"tenant": "Other LLP"}, "cli user", "by phone"))
    event = session.poll_external()
    assert len(looks) == 2 and event is not None and "p0" in event.plot_ids
    assert session.project.plots.set_index("plot_id").loc["p0", "tenant"] == "Other LLP"


def test_an_edit_draws_its_patch_on_the_next_turn_of_the_loop(qtbot, open_window, project_path, monkeypatch):
    w = open_window(project_path, analyse=True)
    qtbot.waitUntil(lambda: not w.canvas.is_rendering(), timeout=10000)
    drawn = []
    import sezmap.render.renderer as renderer

    real = renderer.render_patch
    monkeypatch.setattr(renderer, "render_patch", lambda *a: drawn.append(a[3]) or real(*a))
    w.session.edit("Edit p0", [PlotEdit("p0", {"status": "reserved", "tenant": "T"}, w.session.actor, "r")])
    w.session.edit("Edit p1", [PlotEdit("p1", {"status": "reserved", "tenant": "T"}, w.session.actor, "r")])
    assert drawn == [] and len(w.canvas._patches) == 2  # not inside the edits
    qtbot.waitUntil(lambda: bool(drawn), timeout=2000)
    assert len(drawn) == 1 and w.canvas._patches == []  # both edits in one patch, on the next turn
    layer = w.scene.layer("plots")
    for pid in ("p0", "p1"):
        x0, y0, x1, y1 = layer.arrays.bounds[w.session.row_of(pid)]
        assert drawn[0][0] <= x0 and drawn[0][1] <= y0 and drawn[0][2] >= x1 and drawn[0][3] >= y1


def test_the_poll_does_not_wait_for_a_gdal_read_of_the_file(qtbot, open_window, project_path):
    import threading
    import time

    from sezmap.store import file_guard

    w = open_window(project_path, analyse=True)
    qtbot.waitUntil(lambda: w.tasks.current is None, timeout=20000)  # (the poll waits for tasks to end)
    holding, release = threading.Event(), threading.Event()

    def gdal_read():  # as the task thread's reload of a large project holds the file for seconds
        with file_guard.using(project_path, file_guard.GDAL):
            holding.set()
            release.wait(5)

    reader = threading.Thread(target=gdal_read)
    reader.start()
    try:
        assert holding.wait(5)
        w.session._polled = None  # (the file as if never looked at)
        started = time.monotonic()
        w.edits.poll_external()
        assert time.monotonic() - started < 0.5  # it looks next time instead of waiting here
    finally:
        release.set()
        reader.join()
