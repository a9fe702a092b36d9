"""What the PostGIS server enforces, whoever writes: raw SQL as different logins (psycopg), no sezmap in between."""

import io

import psycopg
import pytest
from psycopg import errors
from psycopg.conninfo import make_conninfo

from pg_fixtures import SQUARE, as_login, login_name
from sezmap.cli import main
from sezmap.model.statuses import STATUSES
from sezmap.model.workflow import allowed_transitions
from sezmap.store.postgis import workflow_sql
from sezmap.store.postgis.connection import server_error
from sezmap.store.postgis.migrate import shipped


def audit_rows(uri, plot_id):
    with psycopg.connect(uri) as conn:
        return conn.execute("SELECT actor, field, old_value, new_value, reason FROM sezmap.audit_log "
                            "WHERE plot_id = %s AND reason <> 'seed' ORDER BY id", (plot_id,)).fetchall()


def plot(uri, plot_id):
    with psycopg.connect(uri) as conn:
        return conn.execute("SELECT status, tenant, version, updated_by FROM sezmap.plots WHERE plot_id = %s",
                            (plot_id,)).fetchone()


def test_a_change_needs_a_reason(pg_seeded):
    _name, conn = as_login(pg_seeded, "admin")
    with conn, pytest.raises(psycopg.Error) as caught:
        conn.execute("UPDATE sezmap.plots SET tenant = 'X' WHERE plot_id = 'P1'")
    assert caught.value.sqlstate == "SZ002" and "needs a reason" in str(caught.value)
    assert plot(pg_seeded, "P1")[1] is None


def test_a_company_edit_in_its_zone_is_stamped_and_audited_by_the_server(pg_seeded):
    name, conn = as_login(pg_seeded, "company", ["Z1"])
    with conn, conn.transaction():
        conn.execute("SET LOCAL sezmap.reason = 'lease signed'")
        cur = conn.execute("UPDATE sezmap.plots SET tenant = 'Acme', status = 'reserved' WHERE plot_id = 'P1'")
        assert cur.rowcount == 1
    assert plot(pg_seeded, "P1") == ("reserved", "Acme", 2, name)
    assert audit_rows(pg_seeded, "P1") == [(name, "status", "vacant", "reserved", "lease signed"),
                                        (name, "tenant", None, "Acme", "lease signed")]


@pytest.mark.parametrize("statement", [
    "UPDATE sezmap.plots SET tenant = 'X' WHERE plot_id = 'P2'",  # the old row is another zone's
    "UPDATE sezmap.plots SET zone_id = 'Z2' WHERE plot_id = 'P1'",  # the new row would be
    f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) VALUES ('P3', 'Z2', 'vacant', {SQUARE.format(11, 12)})",
    "DELETE FROM sezmap.plots WHERE plot_id = 'P2'",
])
def test_a_company_touching_another_zone_gets_an_error_not_a_silent_no_op(pg_seeded, statement):
    name, conn = as_login(pg_seeded, "company", ["Z1"], reason="tries")
    with conn, pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement)
    assert name in str(caught.value) and "not one of the zones granted" in str(caught.value)
    assert plot(pg_seeded, "P1")[2] == plot(pg_seeded, "P2")[2] == 1 and audit_rows(pg_seeded, "P2") == []


@pytest.mark.parametrize("statement", [
    "UPDATE sezmap.plots SET tenant = 'X' WHERE plot_id = 'P1'",
    f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) VALUES ('P3', 'Z1', 'vacant', {SQUARE.format(1, 2)})",
    "DELETE FROM sezmap.plots WHERE plot_id = 'P1'",
    "UPDATE sezmap.zones SET name_en = 'x'",
    "INSERT INTO sezmap.audit_log (actor, plot_id, field) VALUES ('me', 'P1', 'status')",
])
def test_a_planner_changes_nothing(pg_seeded, statement):
    _name, conn = as_login(pg_seeded, "planner", reason="tries")
    with conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)
    assert plot(pg_seeded, "P1") == ("vacant", None, 1, "postgres")


def test_an_update_naming_a_stale_version_is_refused_as_a_conflict(pg_seeded):
    from sezmap.model.edits import ConflictError

    _name, conn = as_login(pg_seeded, "company", ["Z1"], reason="edit")
    with conn:
        conn.execute("UPDATE sezmap.plots SET tenant = 'A', version = 2 WHERE plot_id = 'P1'")  # 1 + 1: fine
        conn.commit()
        for stale in (2, 4, None):  # the plot is at 2 now: only 3 goes
            with pytest.raises(psycopg.Error) as caught:
                conn.execute("UPDATE sezmap.plots SET tenant = 'B', version = %s WHERE plot_id = 'P1'", (stale,))
            conn.rollback()
            assert caught.value.sqlstate == "SZ001" and "is at version 2" in str(caught.value)
        refused = server_error(caught.value, "db")
        assert isinstance(refused, ConflictError) and "changed meanwhile" in str(refused)
    assert plot(pg_seeded, "P1")[1:3] == ("A", 2)


def test_an_update_that_does_not_name_the_version_bumps_it_and_is_audited(pg_seeded):
    """What QGIS does (it never names version): checked, audited, last writer wins."""
    name, conn = as_login(pg_seeded, "company", ["Z1"], reason="edited in QGIS")
    with conn:
        conn.execute("UPDATE sezmap.plots SET tenant = 'Q', updated_by = 'someone else', updated_at = '2000-01-01' "
                     "WHERE plot_id = 'P1'")
    assert plot(pg_seeded, "P1") == ("vacant", "Q", 2, name)
    assert audit_rows(pg_seeded, "P1") == [(name, "tenant", None, "Q", "edited in QGIS")]


def test_an_update_that_changes_nothing_writes_nothing(pg_seeded):
    _name, conn = as_login(pg_seeded, "admin", reason="no-op")
    with conn:
        assert conn.execute("UPDATE sezmap.plots SET tenant = tenant, status = status WHERE plot_id = 'P1'").rowcount == 0
    assert plot(pg_seeded, "P1")[2] == 1 and audit_rows(pg_seeded, "P1") == []


def test_the_server_allows_exactly_the_moves_of_the_workflow(pg_seeded):
    with psycopg.connect(pg_seeded) as conn:
        conn.execute("SET sezmap.reason = 'workflow'")
        conn.execute("UPDATE sezmap.plots SET tenant = 'T', allocated_on = '2025-01-15', contract_deadline = '2027-06-30', "
                     "investment_committed_kzt = 1e9 WHERE plot_id = 'P1'")  # what every status needs (migration 10)
        for old in STATUSES:
            for new in STATUSES:
                conn.execute("UPDATE sezmap.plots SET status = %s WHERE plot_id = 'P1'", (old,))  # unknown-safe: from vacant
                conn.commit()
                try:
                    conn.execute("UPDATE sezmap.plots SET status = %s WHERE plot_id = 'P1'", (new,))
                    conn.commit()
                    allowed = True
                except psycopg.Error as exc:
                    conn.rollback()
                    assert exc.sqlstate == "SZ003", exc
                    allowed = False
                assert allowed == (new in allowed_transitions(old)), (old, new)
                # back to a status from which `old` is reachable: through an unknown one (any move allowed)
                conn.execute("ALTER TABLE sezmap.plots DISABLE TRIGGER c_rules")
                conn.execute("UPDATE sezmap.plots SET status = 'unknown' WHERE plot_id = 'P1'")
                conn.execute("ALTER TABLE sezmap.plots ENABLE TRIGGER c_rules")
                conn.commit()


def test_the_workflow_migration_is_generated_from_the_workflow(pg_project):
    assert {m.name: m.sql for m in shipped()}["status_workflow"] == workflow_sql.migration_sql()
    with psycopg.connect(pg_project) as conn:
        rows = conn.execute("SELECT old_status, new_status, new_rank FROM sezmap.status_transitions").fetchall()
    assert sorted(rows) == sorted(workflow_sql.transitions())


def test_a_refused_status_says_where_it_can_go(pg_seeded):
    with psycopg.connect(pg_seeded) as conn:
        conn.execute("SET sezmap.reason = 'x'")
        conn.execute("UPDATE sezmap.plots SET tenant = 'T', allocated_on = '2025-01-15', contract_deadline = '2027-06-30', "
                     "investment_committed_kzt = 1e9 WHERE plot_id = 'P1'")  # what every status needs (migration 10)
        conn.execute("UPDATE sezmap.plots SET status = 'operational' WHERE plot_id = 'P1'")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("UPDATE sezmap.plots SET status = 'vacant' WHERE plot_id = 'P1'")
    assert caught.value.diag.message_primary == ("status cannot go from 'operational' to 'vacant'; from "
                                                 "'operational' it can go to: withdrawn")


@pytest.mark.parametrize("statement", ["UPDATE sezmap.audit_log SET reason = 'forged'",
                                       "DELETE FROM sezmap.audit_log", "TRUNCATE sezmap.audit_log",
                                       "UPDATE sezmap.audit_log SET reason = 'x' WHERE false"])
def test_the_audit_log_is_append_only_for_every_role_its_owner_included(pg_seeded, statement):
    before = audit_rows(pg_seeded, "P1")
    with psycopg.connect(pg_seeded) as conn:  # the superuser, as the owner
        conn.execute("SET ROLE sezmap_owner")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(statement)
        assert caught.value.sqlstate == "SZ004"
    for role in ("admin", "company", "planner"):
        _name, conn = as_login(pg_seeded, role, ["Z1"] if role == "company" else ())
        with conn, pytest.raises(psycopg.Error) as caught:
            conn.execute(statement)
        assert caught.value.sqlstate in ("42501", "SZ004"), role
    assert audit_rows(pg_seeded, "P1") == before
    with psycopg.connect(pg_seeded) as conn:
        assert conn.execute("SELECT count(*) FROM sezmap.audit_log").fetchone()[0] == 2 * 4 + 2 * 3
        # the seed: plots 'created', zone_id, status, geometry; zones 'created', name_en, geometry


def test_grant_hashes_the_password_on_the_client_and_moves_group_and_zones(pg_seeded, monkeypatch, capsys):
    name = login_name("co")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["db", "grant", name, "--role", "company", "--zone", "Z1", "--zone", "Z2", "--password-stdin",
                 "--project", pg_seeded]) == 0
    assert f"created login {name}: company (zones Z1, Z2)" in capsys.readouterr().out
    with psycopg.connect(pg_seeded) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "s3cret-pw" not in stored
    with psycopg.connect(make_conninfo(pg_seeded, user=name, password="s3cret-pw")) as conn:
        assert conn.execute("SELECT session_user").fetchone()[0] == name
    monkeypatch.setattr("sys.stdin", io.StringIO("other-pw\n"))
    assert main(["db", "grant", name, "--role", "planner", "--password-stdin", "--project", pg_seeded]) == 0
    assert main(["db", "status", "--project", pg_seeded]) == 0
    out = capsys.readouterr().out
    assert f"updated login {name}: planner" in out and f"login {name}: planner\n" in out


@pytest.mark.parametrize("argv, words", [
    (["--role", "company", "--zone", "NOPE"], "not a zone of the project"),
    (["--role", "planner", "--zone", "Z1"], "--zone is for company logins"),
])
def test_grant_refuses_bad_input(pg_seeded, monkeypatch, capsys, argv, words):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["db", "grant", login_name("x"), *argv, "--password-stdin", "--project", pg_seeded]) == 2
    assert words in capsys.readouterr().err


@pytest.mark.parametrize("statement, words", [
    # P2 (zone Z2) moved onto Z1's land: outside its own zone
    (f"UPDATE sezmap.plots SET geom = {SQUARE.format(0.5, 1.5)} WHERE plot_id = 'P2'", "outside its zone"),
    (f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) VALUES ('P3', 'Z1', 'vacant', {SQUARE.format(0.5, 1.5)})",
     "overlap: overlaps plot 'P1' by"),
    (f"UPDATE sezmap.plots SET geom = {SQUARE.format(1.5, 2.5)} WHERE plot_id = 'P1'", "outside its zone (tolerance 0.5 m)"),
    ("UPDATE sezmap.plots SET geom = ST_Multi(ST_GeomFromText('POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))', 4326)) "
     "WHERE plot_id = 'P1'", "validity: Self-intersection"),
])
def test_the_server_checks_the_geometry_rules_whoever_draws(pg_seeded, statement, words):
    with psycopg.connect(pg_seeded) as conn:
        conn.execute("SET sezmap.reason = 'drawn in QGIS'")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(statement)
    assert caught.value.sqlstate == "SZ005" and words in caught.value.diag.message_primary


def test_touching_plots_and_attribute_edits_pass_the_geometry_rules(pg_seeded):
    with psycopg.connect(pg_seeded) as conn:
        conn.execute("SET sezmap.reason = 'next door'")
        conn.execute(f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) VALUES "
                     f"('P3', 'Z1', 'vacant', {SQUARE.format(1, 2)})")  # shares P1's edge
        conn.execute("UPDATE sezmap.plots SET tenant = 'T' WHERE plot_id = 'P3'")
    assert plot(pg_seeded, "P3")[1:3] == ("T", 2)


def test_zones_corridors_and_hubs_are_audited_by_the_server_and_only_admins_change_them(pg_seeded):
    from sezmap.store.postgis.store import PostgisStore

    name, conn = as_login(pg_seeded, "admin", reason="renamed")
    with conn:
        conn.execute("UPDATE sezmap.zones SET name_en = 'One' WHERE zone_id = 'Z1'")
        conn.execute("INSERT INTO sezmap.hubs (hub_id, kind, geom) VALUES ('H1', 'seaport', ST_Point(5, 0, 4326))")
        conn.execute("DELETE FROM sezmap.hubs WHERE hub_id = 'H1'")
    rows = [(e.actor, e.plot_id, e.field, e.old_value, e.new_value, e.reason)
            for e in PostgisStore(pg_seeded).audit(layer=None) if e.reason == "renamed"]
    assert rows[0] == (name, "Z1", "name_en", "one", "One", "renamed")
    assert rows[1:4] == [(name, "H1", "feature", None, "created", "renamed"),
                         (name, "H1", "kind", None, "seaport", "renamed"),
                         (name, "H1", "geometry", None, "POINT(5 0)", "renamed")]
    assert rows[4][2:] == ("feature", rows[4][3], "removed", "renamed") and '"hub_id": "H1"' in rows[4][3]
    _other, company = as_login(pg_seeded, "company", ["Z1"], reason="tries")
    with company, pytest.raises(psycopg.errors.InsufficientPrivilege):
        company.execute("UPDATE sezmap.zones SET name_en = 'mine' WHERE zone_id = 'Z1'")
