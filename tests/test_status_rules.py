"""What each status needs (model.status_rules): refused by the store for the app and the CLI,
by the file's triggers for other programs (sqlite3, ogrinfo -sql), with the field named."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from factories import layers, plot

from sezmap.model import status_rules
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError
from sezmap.store import audit_check, migrations
from sezmap.store.audit_triggers import STATUS_RULE_TRIGGERS
from sezmap.store.gpkg import GpkgStore

ROOT = Path(__file__).resolve().parents[1]
FULL = dict(tenant="Kaz Steel", allocated_on="2025-01-15", contract_deadline="2027-06-30",
            investment_committed_kzt=4.5e9)


@pytest.fixture
def store(tmp_path):
    return GpkgStore.create(tmp_path / "p.gpkg", layers(plots=[plot("p1"), plot("old", status="allocated",
                                                                             geometry=None, tenant="Legacy")]))


def _audit_rows(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_the_rules_name_what_each_status_needs():
    assert status_rules.required_fields("reserved") == ("tenant",)
    for status in ("allocated", "under_construction", "operational"):
        assert status_rules.required_fields(status) == (
            "tenant", "allocated_on", "contract_deadline", "investment_committed_kzt")
    for status in ("vacant", "withdrawn", "infrastructure", None, "nonsense"):
        assert status_rules.required_fields(status) == ()
    assert status_rules.missing_fields({"status": "reserved", "tenant": "  "}) == ("tenant",)


def test_vacant_to_operational_without_a_tenant_is_refused_naming_the_fields(store):
    before = _audit_rows(store.path)
    with pytest.raises(DataError) as caught:
        store.apply_edit(PlotEdit("p1", {"status": "operational"}, "ana", "opened"))
    problem = caught.value.problems[0]
    assert problem.code == status_rules.NEEDS_FIELDS
    assert problem.args["fields"] == ("tenant", "allocated_on", "contract_deadline", "investment_committed_kzt")
    assert "tenant" in str(caught.value) and "investment_committed_kzt" in str(caught.value)
    assert _audit_rows(store.path) == before
    assert store.load().plots.set_index("plot_id").loc["p1", "status"] == "vacant"
    result = store.apply_edit(PlotEdit("p1", {"status": "operational", **FULL}, "ana", "opened"))
    assert result.changed["status"] == ("vacant", "operational")


def test_a_plot_from_before_the_rules_is_bound_only_by_changes_to_them(store):
    # 'old' is allocated with a tenant but no dates or investment: written before the rules
    store.apply_edit(PlotEdit("old", {"project_name": "Warehouse"}, "ana", "named"))  # not bound
    with pytest.raises(DataError, match="allocated_on, contract_deadline, investment_committed_kzt"):
        store.apply_edit(PlotEdit("old", {"tenant": "New tenant"}, "ana", "renamed"))
    done = store.apply_edit(PlotEdit("old", {"tenant": "New tenant", **{k: v for k, v in FULL.items()
                                                                      if k != "tenant"}}, "ana", "completed"))
    undo = store.apply_edit(done.inverse("ana", "undo"))  # an undo puts back what was
    assert undo.changed["tenant"] == ("New tenant", "Legacy")


def test_clearing_a_needed_field_is_refused(store):
    store.apply_edit(PlotEdit("p1", {"status": "reserved", "tenant": "Kaz Steel"}, "ana", "reserved"))
    with pytest.raises(DataError, match="needs tenant"):
        store.apply_edit(PlotEdit("p1", {"tenant": ""}, "ana", "cleared"))


def _cli(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sezmap", *map(str, argv)], capture_output=True, text=True)


def test_the_cli_refuses_operational_without_a_tenant(store):
    done = _cli("plot", "set", "p1", "--status", "operational", "--actor", "ana", "--reason", "opened",
                "--project", store.path)
    assert done.returncode != 0
    assert "tenant" in done.stderr and "nothing was written" in done.stderr
    done = _cli("plot", "set", "p1", "--status", "reserved", "--tenant", "Kaz Steel", "--actor", "ana",
                "--reason", "reserved", "--project", store.path)
    assert done.returncode == 0, done.stderr


def _ogrinfo(path, statement) -> subprocess.CompletedProcess:
    # (the plain sqlite3 shell cannot write a GeoPackage's feature table: its R-tree triggers call
    # ST_IsEmpty, which only GeoPackage-aware programs provide)
    return subprocess.run(["ogrinfo", str(path), "-sql", statement], capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs GDAL's ogrinfo")
def test_another_program_is_refused_by_the_files_trigger_naming_the_field(store):
    before = _audit_rows(store.path)
    done = _ogrinfo(store.path, "UPDATE plots SET status = 'operational' WHERE plot_id = 'p1'")
    assert "needs tenant (the status rules)" in done.stderr
    done = _ogrinfo(store.path, "UPDATE plots SET status = 'allocated', tenant = 'X' WHERE plot_id = 'p1'")
    assert "needs allocated_on (the status rules)" in done.stderr
    assert _audit_rows(store.path) == before
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT status, version FROM plots WHERE plot_id = 'p1'").fetchone() == ("vacant", 1)
    done = _ogrinfo(store.path, "UPDATE plots SET status = 'reserved', tenant = 'X' WHERE plot_id = 'p1'")
    assert "ERROR" not in done.stderr, done.stderr
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT status, version FROM plots WHERE plot_id = 'p1'").fetchone() == ("reserved", 2)
        assert not audit_check.findings(conn).errors
    # a plot from before the rules: another program may still change what the rules do not bind
    done = _ogrinfo(store.path, "UPDATE plots SET project_name = 'Depot' WHERE plot_id = 'old'")
    assert "ERROR" not in done.stderr, done.stderr


def test_a_file_without_the_rule_triggers_is_warned_about_and_the_next_write_adds_them(store):
    with sqlite3.connect(store.path) as conn:
        for name in STATUS_RULE_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
    with sqlite3.connect(store.path) as conn:
        found = audit_check.findings(conn)
    assert not found.errors
    assert any("status rules" in str(w) for w in found.warnings)
    store.apply_edit(PlotEdit("p1", {"project_name": "x"}, "ana", "a write"))
    with sqlite3.connect(store.path) as conn:
        assert not migrations.protection_status(conn)


def test_the_bundled_project_and_the_synthetic_generator_keep_the_rules():
    project = GpkgStore(ROOT / "layers" / "default.gpkg").load()
    records = project.plots.drop(columns="geometry").to_dict("records")
    assert [r["plot_id"] for r in records if status_rules.missing_fields(r)] == []
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    import make_synthetic

    plots = make_synthetic.make_layers(2000)["plots"].drop(columns="geometry").to_dict("records")
    assert {r["status"] for r in plots} >= {"reserved", "allocated", "operational"}
    assert [r["plot_id"] for r in plots if status_rules.missing_fields(r)] == []
