"""The desktop app on a PostGIS project (a real throw-away cluster, tests/pg_fixtures.py): opened
from File → Open database (a service entry, no password), edited and undone, another client's
change shown within a second (the server's notice, no polling), the login as the actor, a
company login's tools off outside its zones, a planner's off, the password asked for and
written to .pgpass only on request."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sezmap.model.edits import PlotEdit
from sezmap.store.postgis.connection import remember_password
from sezmap.store.postgis.logins import grant_login


@pytest.fixture
def libpq_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "services.conf"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    return tmp_path


@pytest.fixture
def published(pg_project, tmp_path):
    from factories import make_project
    from sezmap.store.postgis.transfer import publish

    publish(make_project(tmp_path / "p.gpkg"), pg_project)
    return pg_project


def answer_dialog(name: str, fill) -> None:
    """Fill and accept the modal dialog ``name`` as soon as it shows."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(20, look)
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, look)


def login_uri(uri: str, login: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(uri)
    return f"postgresql://{login}@{params['host']}:{params['port']}/{params['dbname']}"


def test_the_app_opens_a_database_from_the_dialog_edits_undoes_and_sees_another_clients_change(
        published, libpq_files, open_window, qtbot):
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(published)
    w = open_window()

    def fill(dialog) -> None:
        dialog.host.setText(params["host"])
        dialog.port.setValue(int(params["port"]))
        dialog.dbname.setText(params["dbname"])
        dialog.user.setText(params["user"])
        dialog.service.setText("sez_test")

    answer_dialog("connectionDialog", fill)
    w.act["open_database"].trigger()
    qtbot.waitUntil(lambda: w.session.store is not None and w.database.listener is not None, timeout=20000)
    assert "password" not in (libpq_files / "services.conf").read_text()
    assert w.project_path == "service=sez_test"
    assert w.windowTitle() == f"{params['dbname']} — {params['host']} — sezmap"
    assert w.session.actor == params["user"] and w.database.login_label.text() == f"Login: {params['user']}"
    assert "service=sez_test" in w.app_settings.recent_projects()
    assert not w.edits.timer.isActive()  # the server's notices, not polling

    pid = str(w.project.plots["plot_id"].iat[0])
    w.session.edit("tenant", [PlotEdit(pid, {"tenant": "Mine"}, w.session.actor, "lease")])
    w.edits.undo_action.trigger()
    # the analysis (started once the first map is drawn) done: the app idle
    qtbot.waitUntil(lambda: w.engine is not None and w.tasks.current is None, timeout=20000)
    with psycopg.connect(published) as conn:
        assert conn.execute("SELECT tenant, version FROM sezmap.plots WHERE plot_id = %s", (pid,)).fetchone() \
            == (None, 3)
        actors = {r[0] for r in conn.execute("SELECT DISTINCT actor FROM sezmap.audit_log WHERE plot_id = %s "
                                             "AND reason = 'lease'", (pid,))}
        assert actors == {params["user"]}
        conn.execute("SET LOCAL sezmap.reason = 'elsewhere'")
        conn.execute("UPDATE sezmap.plots SET tenant = 'Theirs' WHERE plot_id = %s", (pid,))
    started = time.monotonic()
    qtbot.waitUntil(lambda: w.session.plot_record(w.session.row_of(pid))["tenant"] == "Theirs", timeout=1000)
    assert time.monotonic() - started < 1.0 and w.session.version_of(pid) == 4


def test_a_company_logins_edit_tools_are_off_outside_its_zones(published, open_window, qtbot):
    login = f"co_{int(time.time() * 1000) % 10**9}"
    grant_login(published, login, "company", ["z1"], "pw-" + login)
    location = login_uri(published, login)
    remember_password(location, "pw-" + login)
    try:
        w = open_window(location)
        assert w.database.rights.zones == frozenset({"z1"}) and w.session.actor == login
        w.select_zone("z2")
        assert not any(w.act[k].isEnabled() for k in ("draw_plot", "edit_vertices", "split_plot", "merge_plots"))
        w.select_zone("z1")
        assert all(w.act[k].isEnabled() for k in ("draw_plot", "edit_vertices", "split_plot", "merge_plots"))
        from sezmap.ui.settings_dialog import SettingsDialog

        name = w.app_settings.user_name
        dialog = SettingsDialog(w.app_settings, w)
        w.database.show_login_in(dialog)  # the login shown, not an editable name
        assert dialog.user_edit.text() == login and dialog.user_edit.isReadOnly()
        dialog.accept()
        assert w.app_settings.user_name == name
    finally:
        remember_password(location, None)


def test_a_planners_edit_tools_are_off_with_a_notice(published, open_window):
    login = f"pl_{int(time.time() * 1000) % 10**9}"
    grant_login(published, login, "planner", [], "pw-" + login)
    location = login_uri(published, login)
    remember_password(location, "pw-" + login)
    try:
        w = open_window(location)
        w.select_zone("z1")
        assert w.database.rights.read_only and not w.act["draw_plot"].isEnabled()
        assert login in w.statusBar().currentMessage() and "Read only" in w.statusBar().currentMessage()
    finally:
        remember_password(location, None)


@pytest.mark.parametrize("remember", [False, True])
def test_the_password_is_asked_and_written_to_pgpass_0600_only_on_request(published, libpq_files, open_window,
                                                                          monkeypatch, remember):
    login = f"pw_{int(time.time() * 1000) % 10**9}_{int(remember)}"
    grant_login(published, login, "planner", [], "pw-" + login)
    monkeypatch.delenv("PGPASSWORD", raising=False)  # (the cluster's superuser's): libpq has none for the login
    location = login_uri(published, login)
    w = open_window()

    def fill(dialog) -> None:
        dialog.password.setText("pw-" + login)
        dialog.remember.setChecked(remember)

    answer_dialog("passwordDialog", fill)
    try:
        w.open_project(location, wait=True)
        assert w.session.store is not None and w.session.actor == login
    finally:
        remember_password(location, None)
    pgpass = libpq_files / "pgpass"
    if remember:
        assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600 and pgpass.read_text().endswith(f":{login}:pw-{login}\n")
    else:
        assert not pgpass.exists()
    w.app_settings.sync()  # the settings (recent projects) never hold the password
    assert location in w.app_settings.recent_projects() and f"pw-{login}" not in Path(w.app_settings.q.fileName()).read_text()


def test_recent_projects_keep_database_locations_and_refuse_one_with_a_password(isolated_settings):
    isolated_settings.add_recent("postgresql://me@db.example.kz:5432/sez")
    isolated_settings.add_recent("postgresql://me:secret@db.example.kz:5432/sez")
    assert isolated_settings.drop_missing_recent() == ["postgresql://me@db.example.kz:5432/sez"]


def test_the_last_project_reopens_at_startup_when_it_was_a_database(isolated_settings):
    from sezmap import paths
    from sezmap.ui.app import startup_target

    for location in ("service=sez_main", "postgresql://me@db.example.kz:5432/sez"):
        isolated_settings.last_project = location
        assert startup_target(None, isolated_settings) == location  # its server is asked when it opens
    isolated_settings.last_project = "postgresql://me:secret@db.example.kz:5432/sez"  # never kept, never opened
    assert startup_target(None, isolated_settings) == str(paths.default_project())


def test_an_unreachable_server_is_asked_off_the_ui_thread_and_named(open_window, qtbot, monkeypatch):
    """A server that takes the TCP connection and never answers (each closed after 0.7 s): opening
    it leaves the window live meanwhile, then says which server does not answer; nothing opened."""
    import socket
    import threading

    from PySide6.QtWidgets import QMessageBox

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def hold() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            time.sleep(0.7)
            conn.close()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a, **_k: warned.append((title, text)))
    w = open_window()
    ticks = []
    timer = QTimer(w)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    location = f"postgresql://me@127.0.0.1:{port}/sez"
    try:
        started = time.monotonic()
        w.open_project(location)
        assert time.monotonic() - started < 0.3  # the server is asked on the task thread
        assert f"me@127.0.0.1:{port}/sez" in w.statusBar().currentMessage()  # "Connecting to ..."
        qtbot.waitUntil(lambda: bool(warned), timeout=15000)
    finally:
        stop.set()
        holder.join()
        listener.close()
    assert len([t for t in ticks if t - started < 0.7]) >= 5  # the UI thread kept running meanwhile
    (title, text), = warned
    assert title == "Cannot open the database"
    assert f"The database server me@127.0.0.1:{port}/sez does not answer" in text
    assert w.session.store is None and w.project_path is None
