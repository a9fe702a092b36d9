"""The PostGIS store: publish a GeoPackage, read it back through Arrow, report the same numbers, pull it."""

import inspect
import json
import math
import shutil
import sqlite3

import psycopg
import pytest

from pg_fixtures import login_name
from sezmap import paths
from sezmap.cli import main
from sezmap.model.problems import DataError
from sezmap.store.gpkg import GpkgStore
from sezmap.store.postgis.logins import grant_login
from sezmap.store.postgis.store import PostgisStore
from sezmap.store.protocol import ProjectStore

AS_OF = "2026-06-01"


@pytest.fixture(scope="module")
def edited_project(tmp_path_factory):
    """The bundled project with a few audited edits (so it has an audit log to publish)."""
    path = tmp_path_factory.mktemp("pg") / "edited.gpkg"
    shutil.copy(paths.default_project(), path)
    plot_ids = [r[0] for r in sqlite3.connect(path).execute(
        "SELECT plot_id FROM plots WHERE status = 'vacant' ORDER BY plot_id LIMIT 2")]
    for pid, tenant in zip(plot_ids, ("Acme", "Бета ЖШС"), strict=True):
        assert main(["plot", "set", pid, "--status", "allocated", "--tenant", tenant, "--deadline", "2026-01-01",
                     "--allocated-on", "2025-06-01",
                     "--investment-committed", "1000000", "--actor", "planner", "--reason", "lease",
                     "--project", str(path)]) == 0
    return path


def report(project) -> dict:
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.analysis.report import report_dict

    import datetime as dt

    return report_dict(AnalysisEngine(project, dt.date.fromisoformat(AS_OF)))


def assert_same_report(a, b, path="") -> None:
    """Equal within SCHEMA.md's tolerances: ratios 0.001; areas 0.1 %; distances 0.5 % or 0.5 km."""
    if isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            assert_same_report(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same_report(x, y, f"{path}[{i}]")
    elif isinstance(a, float) and isinstance(b, float):
        if path.endswith("_ratio"):
            assert abs(a - b) <= 0.001, path
        elif "_km" in path:
            assert abs(a - b) <= max(0.5, 0.005 * abs(a)), path
        else:
            assert math.isclose(a, b, rel_tol=0.001, abs_tol=1e-9), path
    else:
        assert a == b, path


def test_the_report_on_postgis_equals_the_report_on_the_geopackage_published(edited_project, pg_project, capsys):
    assert main(["db", "publish", str(edited_project), "--project", pg_project]) == 0
    assert "audit rows" in capsys.readouterr().out
    assert main(["report", "--project", str(edited_project), "--as-of", AS_OF]) == 0
    on_file = json.loads(capsys.readouterr().out)
    assert main(["report", "--project", pg_project, "--as-of", AS_OF]) == 0
    on_server = json.loads(capsys.readouterr().out)
    assert on_file.pop("project") == on_server.pop("project")  # the project's title
    assert len(on_file["zones"]) > 5 and sum(z["idle_plots"] for z in on_file["zones"]) >= 2
    assert_same_report(on_file, on_server)


def test_postgis_loads_the_project_the_geopackage_holds(edited_project, pg_project):
    from transfer_helpers import frames_equal

    from sezmap.store.postgis.transfer import publish

    done = publish(edited_project, pg_project)
    on_file, on_server = GpkgStore(edited_project).load(), PostgisStore(pg_project).load()
    for name in ("zones", "plots", "corridors", "hubs"):
        frames_equal(on_file.layer(name), on_server.layer(name), name)
    with sqlite3.connect(edited_project) as db:
        (in_file,) = db.execute("SELECT count(*) FROM plots").fetchone()
    assert done.features["plots"] == len(on_file.plots) == in_file > 1000
    assert on_server.meta == {k: v for k, v in on_file.meta.items()}
    assert on_server.location == pg_project
    with psycopg.connect(pg_project) as conn:  # WKB without an SRID takes the column's
        for name in ("zones", "plots", "corridors", "hubs"):
            assert conn.execute(f"SELECT array_agg(DISTINCT ST_SRID(geom)) FROM sezmap.{name}").fetchone()[0] == [4326]


def test_publish_keeps_the_audit_log_and_the_server_audits_on_from_there(edited_project, pg_project):
    from sezmap.store.postgis.transfer import publish

    publish(edited_project, pg_project)
    on_file, server = GpkgStore(edited_project), PostgisStore(pg_project)
    assert server.audit(layer=None) == on_file.audit(layer=None) and len(server.audit()) >= 8
    pid = on_file.audit()[0].plot_id
    name = login_name("admin")
    grant_login(pg_project, name, "admin", [], "pw")
    with psycopg.connect(pg_project, user=name, password="pw") as conn:
        conn.execute("SET LOCAL sezmap.reason = 'checked on site'")
        conn.execute("UPDATE sezmap.plots SET tenant = 'Gamma' WHERE plot_id = %s", (pid,))
    last = server.history(pid)[-1]
    assert (last.actor, last.field, last.new_value, last.reason) == (name, "tenant", "Gamma", "checked on site")
    assert last.id > max(e.id for e in on_file.audit(layer=None))
    mark, rows = server.audit_tail(last.id - 1)  # an integer mark: by id, once
    assert rows == [last] and server.audit_tail(mark)[1] == []  # then by snapshot: nothing new
    assert server.read_plots([pid, "nope"])[pid]["version"] == on_file.read_plots([pid])[pid]["version"] + 1


def test_publish_goes_into_an_empty_initialised_database_only(edited_project, pg_project, pg_empty, capsys):
    assert main(["db", "publish", str(edited_project), "--project", pg_empty]) == 2
    assert "run `sezmap db init` first" in capsys.readouterr().err
    assert main(["db", "publish", str(edited_project), "--project", pg_project]) == 0
    assert main(["db", "publish", str(edited_project), "--project", pg_project]) == 2
    assert "already holds a project" in capsys.readouterr().err


def test_pull_writes_a_geopackage_that_validates_and_reports_the_same(edited_project, pg_project, tmp_path, capsys):
    from sezmap.store.postgis.transfer import publish

    publish(edited_project, pg_project)
    out = tmp_path / "pulled.gpkg"
    assert main(["db", "pull", str(out), "--project", pg_project]) == 0
    assert main(["validate", "--project", str(out)]) == 0, capsys.readouterr().err
    pulled = GpkgStore(out)
    assert pulled.audit(layer=None) == GpkgStore(edited_project).audit(layer=None)
    assert pulled.audit_findings().errors == []
    assert_same_report(report(GpkgStore(edited_project).load()), report(pulled.load()))
    assert main(["db", "pull", str(out), "--project", pg_project]) == 2  # never over a file


def test_pull_reads_the_layers_and_the_audit_log_in_one_snapshot(edited_project, pg_project, tmp_path, monkeypatch):
    """A change committed after the layers were read and before the audit log is: the pulled
    file has neither its value nor its audit rows (read in two snapshots, it had the rows only)."""
    from sezmap.model.edits import PlotEdit
    from sezmap.store.postgis.transfer import publish, pull

    publish(edited_project, pg_project)
    real_load = PostgisStore.load
    changed = []

    def load_then_a_colleague_writes(self, validate=True):
        project = real_load(self, validate)
        plot = project.plots.iloc[0]
        other = PostgisStore(pg_project)
        other.apply_edit(PlotEdit(plot.plot_id, {"tenant": "meanwhile"}, "x", "late", expect_version=int(plot.version)))
        other.close()
        changed.append(plot.plot_id)
        return project

    monkeypatch.setattr(PostgisStore, "load", load_then_a_colleague_writes)
    pull(pg_project, tmp_path / "pulled.gpkg")
    monkeypatch.undo()
    assert PostgisStore(pg_project).read_plots(changed)[changed[0]]["tenant"] == "meanwhile"  # it did commit
    pulled = GpkgStore(tmp_path / "pulled.gpkg")
    assert pulled.read_plots(changed)[changed[0]]["tenant"] != "meanwhile"
    assert "meanwhile" not in [e.new_value for e in pulled.audit(layer=None)]
    assert pulled.audit(layer=None) == GpkgStore(edited_project).audit(layer=None)


def test_a_large_database_opens_with_its_outline_first(edited_project, pg_project):
    """The app reads zones, corridors and hubs first when a project has many plots: it asks a
    database how many (the planner's estimate once analysed, else a count), as it asks a file."""
    from sezmap.session import loading
    from sezmap.store.postgis.transfer import publish

    plots = len(GpkgStore(edited_project).load().plots)
    publish(edited_project, pg_project)
    assert loading.plot_count(pg_project) == plots
    with psycopg.connect(pg_project, autocommit=True) as conn:
        conn.execute("ANALYZE sezmap.plots")
    assert loading.plot_count(pg_project) == plots
    outline = loading.read_outline(pg_project)
    assert len(outline.plots) == 0 and len(outline.zones) == 14 and list(outline.plots.columns)


def test_the_postgis_store_offers_the_store_interface(pg_project):
    store = PostgisStore(pg_project)
    assert isinstance(store, ProjectStore)
    for name, member in vars(ProjectStore).items():
        if callable(member) and not name.startswith("_"):
            wanted = inspect.signature(member).parameters
            given = inspect.signature(getattr(PostgisStore, name)).parameters
            assert [(p.name, p.kind, p.default) for p in wanted.values()] == \
                [(p.name, p.kind, p.default) for p in given.values()], name


def test_a_project_uri_with_a_password_is_exit_2_and_an_unreachable_server_exit_3(capsys):
    assert main(["report", "--project", "postgresql://u:hunter2@localhost:5432/db"]) == 2
    err = capsys.readouterr().err
    assert "holds a password" in err and "hunter2" not in err
    assert main(["report", "--project", "postgresql://u@127.0.0.1:1/db"]) == 3
    assert "u@127.0.0.1:1/db: the database server cannot be reached" in capsys.readouterr().err


def test_a_database_without_a_project_is_refused(pg_empty, capsys):
    assert main(["report", "--project", pg_empty]) == 2
    assert "no sezmap project in this database" in capsys.readouterr().err


def test_validate_audit_and_plot_history_read_a_database_as_they_read_the_file(edited_project, pg_project, capsys):
    from sezmap.store.postgis.transfer import publish

    publish(edited_project, pg_project)
    pid = GpkgStore(edited_project).audit()[0].plot_id
    zone = GpkgStore(edited_project).read_plots([pid])[pid]["zone_id"]
    for argv in (["audit", "--format", "json"], ["audit", "--format", "csv", "--zone", zone],
                 ["plot", "history", pid]):
        outputs = []
        for location in (str(edited_project), pg_project):
            assert main([*argv, "--project", location]) == 0, argv
            outputs.append(capsys.readouterr().out)
        assert outputs[0] == outputs[1] and "lease" in outputs[0], argv
    assert main(["validate", "--project", pg_project]) == 0
    assert "valid (" in capsys.readouterr().out


@pytest.mark.parametrize("location", ["service=sezmap_test", "postgresql://?service=sezmap_test"])
def test_a_libpq_service_names_the_database(pg_project, tmp_path, monkeypatch, location, capsys):
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(pg_project)
    service = tmp_path / "pg_service.conf"
    service.write_text("[sezmap_test]\n" + "".join(f"{k}={params[k]}\n" for k in ("host", "port", "dbname", "user")))
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    store = PostgisStore(location)
    assert store.server == "service sezmap_test" and len(store.load().zones) == 0
    assert main(["db", "status", "--project", location]) == 0
    assert capsys.readouterr().out.startswith("service sezmap_test\n")


def test_write_rights_are_the_servers_may_write_per_login(pg_seeded):
    """An admin (here the cluster's superuser) every zone; a company login its zones; a planner none."""
    from sezmap.store.postgis.connection import remember_password

    assert PostgisStore(pg_seeded).write_rights().zones is None
    params = psycopg.conninfo.conninfo_to_dict(pg_seeded)
    for role, zones, wanted in (("company", ["Z2"], frozenset({"Z2"})), ("planner", [], frozenset())):
        login = login_name(role)
        grant_login(pg_seeded, login, role, zones, "pw-" + login)
        location = f"postgresql://{login}@{params['host']}:{params['port']}/{params['dbname']}"
        remember_password(location, "pw-" + login)
        try:
            rights = PostgisStore(location).write_rights()
        finally:
            remember_password(location, None)
        assert (rights.login, rights.role, rights.zones) == (login, role, wanted)
        assert rights.may_change("Z2") == (role == "company") and not rights.may_change("Z1")


def database_as_before_publish(uri) -> bool:
    """Every table empty, the plots' triggers on, the indexes publish drops for its copy there."""
    with psycopg.connect(uri) as conn:
        rows = [conn.execute(f"SELECT count(*) FROM sezmap.{t}").fetchone()[0]
                for t in ("zones", "plots", "corridors", "hubs", "audit_log", "project_meta")]
        off = conn.execute("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O' "
                           "AND tgrelid = 'sezmap.plots'::regclass").fetchone()[0]
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'sezmap'")}
    return rows == [0] * 6 and off == 0 and {"plots_geom", "plots_zone_id", "audit_log_plot_id"} <= indexes


def test_a_publish_killed_midway_leaves_the_database_empty(edited_project, pg_project):
    """The client killed after the plots were copied, its transaction open: the server rolls it
    all back (rows, triggers off, indexes dropped), and a publish afterwards goes through."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from sezmap.store.postgis.transfer import publish

    script = ("import sys, time\n"
              "from sezmap.store.postgis import ingest, transfer\n"
              "real = ingest.copy\n"
              "def copy_then_wait(conn, table, data):\n"
              "    copied = real(conn, table, data)\n"
              "    if table == 'plots':\n"
              "        print(transfer._run(conn, 'SELECT pg_backend_pid()')[0][0], flush=True)\n"
              "        time.sleep(60)\n"
              "    return copied\n"
              "ingest.copy = copy_then_wait\n"
              "transfer.publish(sys.argv[1], sys.argv[2])\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", script, str(edited_project), pg_project], stdout=subprocess.PIPE,
                             text=True, env=env)
    backend = int(child.stdout.readline())
    with psycopg.connect(pg_project, autocommit=True) as admin:
        state = admin.execute("SELECT state FROM pg_stat_activity WHERE pid = %s", (backend,)).fetchone()[0]
        assert state == "idle in transaction"  # midway: the layers copied, nothing committed
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        for _ in range(100):  # the server notices the closed socket and rolls the transaction back
            if not admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (backend,)).fetchone()[0]:
                break
            time.sleep(0.05)
    assert database_as_before_publish(pg_project)
    assert publish(edited_project, pg_project).features["plots"] > 1000


def test_a_publish_whose_server_backend_ends_midway_is_exit_3_and_leaves_nothing(edited_project, pg_project,
                                                                                 monkeypatch):
    from sezmap.store.postgis import ingest, transfer
    from sezmap.store.postgis.connection import ServerUnreachable

    real = ingest.copy

    def copy_then_the_backend_ends(conn, table, data):
        copied = real(conn, table, data)
        if table == "plots":
            pid = transfer._run(conn, "SELECT pg_backend_pid()")[0][0]
            with psycopg.connect(pg_project, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return copied

    monkeypatch.setattr(ingest, "copy", copy_then_the_backend_ends)
    with pytest.raises(ServerUnreachable):
        transfer.publish(edited_project, pg_project)
    assert database_as_before_publish(pg_project)


def test_ids_are_checked_for_duplicates_unless_the_server_keeps_them_unique(edited_project, pg_project):
    """load leaves the duplicate check to the server's UNIQUE constraints; without one (a
    superuser dropped it), a duplicate plot id is reported as on a file."""
    from sezmap.store.postgis.transfer import publish

    publish(edited_project, pg_project)
    store = PostgisStore(pg_project)
    with store.snapshot():
        kept = store._unique_columns()
    assert {t: kept.get(t, set()) & {"zone_id", "plot_id", "hub_id", "corridor_id"}
            for t in ("zones", "plots", "corridors", "hubs")} == \
        {"zones": {"zone_id"}, "plots": {"plot_id"}, "corridors": set(), "hubs": {"hub_id"}}
    store.load()
    with psycopg.connect(pg_project) as conn:
        conn.execute("ALTER TABLE sezmap.plots DROP CONSTRAINT plots_plot_id_key")
        conn.execute("ALTER TABLE sezmap.plots DISABLE TRIGGER USER")
        conn.execute("INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) "
                     "SELECT plot_id, zone_id, status, geom FROM sezmap.plots ORDER BY fid LIMIT 1")
        conn.execute("ALTER TABLE sezmap.plots ENABLE TRIGGER USER")
    with pytest.raises(DataError, match="duplicate plot_id"):
        store.load()
