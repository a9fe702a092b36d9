"""The status rules (model.status_rules) on PostGIS: the server refuses, whoever writes, what the
GeoPackage's triggers refuse, naming the field (migration 10, generated from the Python table)."""

import shutil
import sqlite3
import subprocess

import psycopg
import pytest
from factories import layers, plot

from pg_fixtures import SQUARE, as_login
from sezmap.cli import main
from sezmap.model.problems import DataError
from sezmap.model.status_rules import NEEDS_FIELDS, REQUIRED, RULE_FIELDS
from sezmap.model.statuses import STATUSES
from sezmap.store.gpkg import GpkgStore
from sezmap.store.postgis import status_rules_sql
from sezmap.store.postgis.connection import server_error
from sezmap.store.postgis.migrate import shipped

FULL = dict(tenant="Kaz Steel", allocated_on="2025-01-15", contract_deadline="2027-06-30",
            investment_committed_kzt=4.5e9)
CASES = [(status, field) for status in STATUSES for field in RULE_FIELDS]


def _values_sql(values: dict) -> str:
    return ", ".join("NULL" if v is None else repr(v) if isinstance(v, float) else f"'{v}'" for v in values.values())


def test_the_status_rules_migration_is_generated_from_the_rules():
    assert {m.name: m.sql for m in shipped()}["status_rules"] == status_rules_sql.migration_sql()


def test_a_company_login_leaving_a_needed_field_empty_is_refused_naming_it(pg_seeded):
    _name, conn = as_login(pg_seeded, "company", ["Z1"], reason="opened")
    with conn:
        with pytest.raises(psycopg.Error) as caught:
            conn.execute("UPDATE sezmap.plots SET status = 'allocated', tenant = 'Acme', allocated_on = '2025-01-15', "
                         "investment_committed_kzt = 1e9 WHERE plot_id = 'P1'")
        conn.rollback()
        assert caught.value.sqlstate == status_rules_sql.SQLSTATE
        assert "needs contract_deadline (the status rules)" in caught.value.diag.message_primary
        refused = server_error(caught.value, "db")
        assert isinstance(refused, DataError) and "contract_deadline" in str(refused)
        assert refused.problems[0].code == NEEDS_FIELDS and refused.problems[0].args["fields"] == ("contract_deadline",)
        conn.execute("UPDATE sezmap.plots SET status = 'reserved', tenant = 'Acme' WHERE plot_id = 'P1'")
        conn.commit()
        with pytest.raises(psycopg.Error, match="needs tenant"):
            conn.execute("UPDATE sezmap.plots SET tenant = ' ' WHERE plot_id = 'P1'")
    with psycopg.connect(pg_seeded) as conn:
        assert conn.execute("SELECT status, tenant, version FROM sezmap.plots WHERE plot_id = 'P1'").fetchone() == (
            "reserved", "Acme", 2)


def test_plot_set_on_postgis_without_the_tenant_exits_2_naming_it(pg_seeded, capsys):
    assert main(["plot", "set", "P1", "--status", "operational", "--actor", "a", "--reason", "opened",
                 "--project", pg_seeded]) == 2
    err = capsys.readouterr().err
    assert "needs tenant, allocated_on, contract_deadline, investment_committed_kzt" in err
    assert "nothing was written" in err


def test_a_legacy_incomplete_plot_keeps_its_values_and_its_geometry_can_be_edited(pg_seeded):
    with psycopg.connect(pg_seeded) as conn:  # written before the rules: the trigger off, as migration 10 found it
        conn.execute("SET sezmap.reason = 'legacy'")
        conn.execute("ALTER TABLE sezmap.plots DISABLE TRIGGER e_status_rules")
        conn.execute("UPDATE sezmap.plots SET status = 'allocated', tenant = 'Legacy' WHERE plot_id = 'P1'")
        conn.execute("ALTER TABLE sezmap.plots ENABLE TRIGGER e_status_rules")
        conn.commit()
        conn.execute(f"UPDATE sezmap.plots SET geom = {SQUARE.format(0, 0.9)}, project_name = 'Depot' "
                     "WHERE plot_id = 'P1'")
        conn.commit()
        with pytest.raises(psycopg.Error, match="needs allocated_on, contract_deadline, investment_committed_kzt"):
            conn.execute("UPDATE sezmap.plots SET tenant = 'New' WHERE plot_id = 'P1'")
        conn.rollback()
        assert conn.execute("SELECT tenant, project_name, version FROM sezmap.plots WHERE plot_id = 'P1'"
                            ).fetchone() == ("Legacy", "Depot", 3)


def _server_refusals(uri) -> dict:
    """(status, field, 'insert' | 'update') -> the message the server refused with, or None."""
    out = {}
    with psycopg.connect(uri) as conn:
        conn.execute("SET sezmap.reason = 'cases'")
        for status, field in CASES:
            values = {**FULL, field: None}
            for op in ("insert", "update"):
                if op == "insert":
                    statement = (f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom, {', '.join(values)}) "
                                 f"VALUES ('N', 'Z1', %s, {SQUARE.format(1, 2)}, %s, %s, %s, %s)")
                    params = (status, *values.values())
                else:  # from the status complete (set with the rules off), the field emptied
                    conn.execute("ALTER TABLE sezmap.plots DISABLE TRIGGER USER")
                    conn.execute("UPDATE sezmap.plots SET status = %s, tenant = %s, allocated_on = %s, "
                                 "contract_deadline = %s, investment_committed_kzt = %s WHERE plot_id = 'P1'",
                                 (status, *FULL.values()))
                    conn.execute("ALTER TABLE sezmap.plots ENABLE TRIGGER USER")
                    statement, params = f"UPDATE sezmap.plots SET {field} = NULL WHERE plot_id = 'P1'", None
                try:
                    conn.execute(statement, params)
                    out[status, field, op] = None
                except psycopg.Error as exc:
                    assert exc.sqlstate == status_rules_sql.SQLSTATE, exc
                    out[status, field, op] = exc.diag.message_primary
                conn.rollback()
                conn.execute("SET sezmap.reason = 'cases'")
    return out


def _file_refusals(tmp_path) -> dict:
    path = tmp_path / "cases.gpkg"
    GpkgStore.create(path, layers(plots=[plot(f"p_{s}", status=s, **FULL) for s in STATUSES]))
    out = {}
    for status, field in CASES:
        values = {**FULL, field: None}
        for op, statement in (
                ("insert", f"INSERT INTO plots (plot_id, zone_id, status, version, updated_at, updated_by, "
                           f"{', '.join(values)}) VALUES ('n', 'z1', '{status}', 1, '2026-01-01T00:00:00Z', 'qgis', "
                           f"{_values_sql(values)})"),
                ("update", f"UPDATE plots SET {field} = NULL WHERE plot_id = 'p_{status}'")):
            before = path.read_bytes()
            done = subprocess.run(["ogrinfo", str(path), "-sql", statement], capture_output=True, text=True)
            out[status, field, op] = done.stderr.strip() or None
            path.write_bytes(before)  # each case from the same file
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM plots").fetchone()[0] == len(STATUSES)
    return out


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs GDAL's ogrinfo")
def test_the_server_and_the_geopackage_triggers_refuse_the_same_cases(pg_seeded, tmp_path):
    server, file = _server_refusals(pg_seeded), _file_refusals(tmp_path)
    for status, field in CASES:
        for op in ("insert", "update"):
            expected = field in REQUIRED[status]
            assert (server[status, field, op] is not None) == expected, (status, field, op, server[status, field, op])
            assert (file[status, field, op] is not None) == expected, (status, field, op, file[status, field, op])
            if expected:
                assert f"needs {field} (the status rules)" in server[status, field, op]
                assert f"needs {field} (the status rules)" in file[status, field, op]


def test_an_undo_puts_back_a_legacy_plots_incomplete_state(pg_seeded):
    from sezmap.model.edits import PlotEdit
    from sezmap.store.postgis.store import PostgisStore

    with psycopg.connect(pg_seeded) as conn:  # written before the rules
        conn.execute("SET sezmap.reason = 'legacy'")
        conn.execute("ALTER TABLE sezmap.plots DISABLE TRIGGER e_status_rules")
        conn.execute("UPDATE sezmap.plots SET status = 'allocated', tenant = 'Legacy' WHERE plot_id = 'P1'")
        conn.execute("ALTER TABLE sezmap.plots ENABLE TRIGGER e_status_rules")
    store = PostgisStore(pg_seeded)
    done = store.apply_edit(PlotEdit("P1", {k: v for k, v in FULL.items() if k != "tenant"}, "ana", "completed"))
    undo = store.apply_edit(done.inverse("ana", "undo"))  # the GeoPackage allows it (tests/test_status_rules.py)
    assert undo.changed["contract_deadline"][1] is None
