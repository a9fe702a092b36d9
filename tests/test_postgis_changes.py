"""Others' changes on PostGIS: a notice when they commit, and an audit tail that misses no late committer."""

import select
import time

import psycopg
import pytest

from sezmap.model.problems import DataError
from sezmap.store.postgis.store import PostgisStore


def edit(conn, plot_id, tenant, commit=True):
    conn.execute("SELECT set_config('sezmap.reason', 'test', true)")
    conn.execute("UPDATE sezmap.plots SET tenant = %s WHERE plot_id = %s", (tenant, plot_id))
    if commit:
        conn.commit()


def test_the_tail_by_snapshot_sees_a_transaction_that_took_its_ids_early_and_committed_late(pg_seeded):
    store = PostgisStore(pg_seeded)
    mark, rows = store.audit_tail(2**62)  # from now, as a session starts
    assert rows == []
    with psycopg.connect(pg_seeded) as late, psycopg.connect(pg_seeded) as early:
        edit(late, "P1", "late", commit=False)  # takes its audit ids first ...
        edit(early, "P2", "early")  # ... this one takes later ids and commits first
        mark, rows = store.audit_tail(mark)
        assert [(e.plot_id, e.new_value) for e in rows] == [("P2", "early")]
        late_seen_by_id = rows[0].id
        late.commit()
    mark, rows = store.audit_tail(mark)
    assert [(e.plot_id, e.new_value) for e in rows] == [("P1", "late")]
    assert rows[0].id < late_seen_by_id  # a tail by id (id > last) would have missed it
    assert store.audit_tail(mark)[1] == []


def test_a_listener_hears_a_commit_at_once_and_nothing_of_a_rollback(pg_seeded):
    listener = PostgisStore(pg_seeded).listen()
    try:
        assert listener.changed() == set()
        with psycopg.connect(pg_seeded) as other:
            edit(other, "P1", "x", commit=False)
            other.rollback()
            assert select.select([listener], [], [], 0.3)[0] == [] and listener.changed() == set()
            started = time.monotonic()
            edit(other, "P1", "y")
        readable, _w, _x = select.select([listener], [], [], 1.0)
        assert readable == [listener] and time.monotonic() - started < 1.0
        assert listener.changed() == {"plots"}
        assert listener.changed() == set()
    finally:
        listener.close()


def test_the_integer_mark_reads_by_id(pg_seeded):
    store = PostgisStore(pg_seeded)
    _mark, rows = store.audit_tail(0)
    assert {e.plot_id for e in rows} == {"P1", "P2"} and all(e.reason == "seed" for e in rows)
    with pytest.raises(DataError, match="refused by the server"):  # a mark that is no snapshot
        store.audit_tail("not a snapshot")


def test_a_session_on_postgis_edits_undoes_and_picks_up_another_clients_change(pg_project, tmp_path):
    from factories import make_project
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.model.edits import PlotEdit
    from sezmap.session import ProjectSession
    from sezmap.store.postgis.transfer import publish

    publish(make_project(tmp_path / "p.gpkg"), pg_project)
    store = PostgisStore(pg_project)
    project = store.load()
    session = ProjectSession(actor="someone")
    session.set_project(store, project)
    session.set_engine(AnalysisEngine(project, "2026-06-01"))
    listener = store.listen()
    try:
        pid = str(project.plots["plot_id"].iat[0])
        session.edit("tenant", [PlotEdit(pid, {"tenant": "Mine"}, session.actor, "lease")])
        assert session.plot_record(session.row_of(pid))["tenant"] == "Mine" and session.version_of(pid) == 2
        session.undo()
        assert session.version_of(pid) == 3 and store.read_plots([pid])[pid]["tenant"] is None
        with psycopg.connect(pg_project) as other:
            edit(other, pid, "Theirs")
        assert select.select([listener], [], [], 1.0)[0] == [listener] and "plots" in listener.changed()
        event = session.poll_external()
        assert event is not None and pid in event.plot_ids
        assert session.plot_record(session.row_of(pid))["tenant"] == "Theirs" and session.version_of(pid) == 4
    finally:
        listener.close()


def unchanged(uri) -> bool:
    with psycopg.connect(uri) as conn:
        tenant = conn.execute("SELECT tenant, version FROM sezmap.plots WHERE plot_id = 'P1'").fetchone()
        audited = conn.execute("SELECT count(*) FROM sezmap.audit_log WHERE reason <> 'seed'").fetchone()[0]
    return tenant == (None, 1) and audited == 0


def test_a_server_backend_killed_mid_transaction_leaves_nothing_partial(pg_seeded):
    from sezmap.store.postgis.connection import ServerUnreachable, server_error

    writer = psycopg.connect(pg_seeded)
    edit(writer, "P1", "half", commit=False)  # the plot row and its audit rows written, not committed
    pid = writer.info.backend_pid
    with psycopg.connect(pg_seeded, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
    with pytest.raises(psycopg.OperationalError) as caught:
        writer.commit()
    assert isinstance(server_error(caught.value, "db"), ServerUnreachable)  # exit 3: try again
    writer.close()
    assert unchanged(pg_seeded)


def test_a_client_killed_mid_edit_leaves_nothing_partial(pg_seeded):
    import os
    import signal
    import subprocess
    import sys

    script = ("import sys, time, psycopg\n"
              "c = psycopg.connect(sys.argv[1])\n"
              "c.execute(\"SELECT set_config('sezmap.reason', 'killed', true)\")\n"
              "c.execute(\"UPDATE sezmap.plots SET tenant = 'half' WHERE plot_id = 'P1'\")\n"
              "print(c.info.backend_pid, flush=True)\n"
              "time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script, pg_seeded], stdout=subprocess.PIPE, text=True)
    backend = int(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    with psycopg.connect(pg_seeded, autocommit=True) as admin:
        for _ in range(100):  # the server notices the closed socket and rolls the transaction back
            if not admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (backend,)).fetchone()[0]:
                break
            time.sleep(0.05)
    assert unchanged(pg_seeded)


def test_the_kept_write_connection_lost_is_exit_3_once_then_writes_go_on(pg_seeded):
    from sezmap.model.edits import PlotEdit
    from sezmap.store.postgis.connection import ServerUnreachable

    store = PostgisStore(pg_seeded)
    assert store.apply_edit(PlotEdit("P1", {"tenant": "a"}, "x", "r")).version == 2
    with psycopg.connect(pg_seeded, autocommit=True) as admin:  # the server drops every other connection
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                      "AND pid <> pg_backend_pid()")
    with pytest.raises(ServerUnreachable):
        store.apply_edit(PlotEdit("P1", {"tenant": "b"}, "x", "r"))
    assert store.apply_edit(PlotEdit("P1", {"tenant": "c"}, "x", "r")).version == 3
    store.close()
