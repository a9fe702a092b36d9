"""The record cannot be bypassed, overwritten or forged unnoticed.

Real tools write the project as another program would: ``ogrinfo -sql`` and ``ogr2ogr``
(GDAL), the ``sqlite3`` command line, and QGIS when Debian's python3-qgis is installed. Each
case asserts the tool's outcome and message, what ``sezmap validate`` says (exit 0 with a
warning for what a sezmap write repairs, exit 2 naming table, row and reason for tampering)
and the file's state afterwards. (The plain ``sqlite3`` shell cannot change a feature table of
any GeoPackage with an R-tree index: the standard's R-tree triggers call ``ST_IsEmpty``, which
only GeoPackage-aware programs provide. It is used here on sezmap's own tables.)
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import textwrap
import tokenize
from pathlib import Path

import pytest
import shapely

from sezmap.cli import main
from sezmap.model.edits import PlotCreate, PlotDelete, PlotEdit
from sezmap.model.problems import counted
from sezmap.store import geopackage_sql
from sezmap.store.audit_triggers import OTHER_PROGRAM
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests import needs

STAMP = "2026-01-01T00:00:00.000Z"


def _tool(name: str) -> str:
    exe = shutil.which(name)
    assert exe, f"{name} is missing: run packaging/setup.sh (Debian packages gdal-bin and sqlite3)"
    return exe


@pytest.fixture
def store(tmp_path):
    layers = f.layers(
        zones=[f.zone("z1")],
        plots=[f.plot("p1", "z1", updated_at=STAMP),
               f.plot("p2", "z1", geometry=shapely.box(70.02, 45.0, 70.03, 45.01), updated_at=STAMP)])
    store = GpkgStore.create(tmp_path / "p.gpkg", layers, {"title": "t"}, now=STAMP)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))
    store.apply_edit(PlotEdit("p2", {"tenant": "Beta"}, "ana", "second"))
    return store


def ogrinfo(path, statement: str) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("ogrinfo"), "-q", "-sql", statement, str(path)], capture_output=True, text=True, check=False)


def sqlite(path, statement: str) -> subprocess.CompletedProcess:
    return subprocess.run([_tool("sqlite3"), str(path), statement], capture_output=True, text=True, check=False)


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def plot_row(path, plot_id: str) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM plots WHERE plot_id = ?", (plot_id,)).fetchone())
    finally:
        conn.close()


def validate(path, capsys) -> tuple[int, str]:
    code = main(["validate", "--project", str(path)])
    return code, capsys.readouterr().err


def history(path, plot_id, capsys) -> list[list[str]]:
    assert main(["plot", "history", plot_id, "--project", str(path)]) == 0
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


# --- other programs' changes are audited by the file itself --------------------------------------

OTHER_WRITES = [
    # (statement through ogrinfo -sql, plot, [(field, old, new)], version after)
    ("UPDATE plots SET status = 'reserved' WHERE plot_id = 'p1'", "p1", [("status", "vacant", "reserved")], 3),
    ("UPDATE plots SET tenant = 'Gamma', version = version + 1 WHERE plot_id = 'p2'", "p2",
     [("tenant", "Beta", "Gamma")], 3),
    ("UPDATE plots SET jobs_planned = 12, investment_committed_kzt = 0.1 + 0.2 WHERE plot_id = 'p1'", "p1",
     [("investment_committed_kzt", None, "0.30000000000000004"), ("jobs_planned", None, "12")], 3),
    ("UPDATE plots SET geom = (SELECT geom FROM plots WHERE plot_id = 'p2') WHERE plot_id = 'p1'", "p1",
     [("geometry", "MULTIPOLYGON (((70.01 45, 70.01 45.01, 70 45.01, 70 45, 70.01 45)))",
       "MULTIPOLYGON (((70.03 45, 70.03 45.01, 70.02 45.01, 70.02 45, 70.03 45)))")], 3),
    # a stamp another program gives with a change is replaced by the file's own
    ("UPDATE plots SET tenant = 'Delta', updated_by = 'Minister', updated_at = '2020-01-01T00:00:00.000Z', "
     "version = version + 1 WHERE plot_id = 'p1'", "p1", [("tenant", "Alpha", "Delta")], 3),
]


@pytest.mark.parametrize("statement, plot_id, changes, version", OTHER_WRITES)
def test_an_ogrinfo_update_is_audited_as_another_program(store, capsys, statement, plot_id, changes, version):
    done = ogrinfo(store.path, statement)
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr
    row = plot_row(store.path, plot_id)
    assert (row["version"], row["updated_by"]) == (version, OTHER_PROGRAM)  # raised once, stamped
    new = [e for e in GpkgStore(store.path).history(plot_id) if e.actor == OTHER_PROGRAM]
    assert row["updated_at"] == new[-1].at  # stamped with the time of its audit rows
    assert [(e.field, e.old_value, e.new_value) for e in new] == changes
    lines = history(store.path, plot_id, capsys)
    assert lines[-1][1] == OTHER_PROGRAM and lines[-1][-1] == "[changed by another program]"
    code, err = validate(store.path, capsys)
    assert code == 0 and f"sezmap: warning: {store.path}: audit_log -: {counted(len(changes), 'row')} written by another " \
                          "program" in err
    # sezmap's next edit goes on from the version the other program left
    assert main(["plot", "set", plot_id, "--project-name", "next", "--actor", "bo", "--reason", "r",
                 "--expect-version", str(version), "--project", str(store.path)]) == 0


def test_ogr2ogr_appends_and_ogrinfo_deletes_a_plot_audited(store, tmp_path, capsys):
    source = tmp_path / "new.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": shapely.geometry.mapping(shapely.box(70.05, 45.05, 70.06, 45.06)),
        "properties": {"plot_id": "p9", "zone_id": "z1", "status": "vacant", "tenant": "Nu", "version": 1,
                       "updated_by": "Minister", "updated_at": "2020-01-01T00:00:00.000Z"}}]}))
    done = subprocess.run([_tool("ogr2ogr"), "-update", "-append", "-nln", "plots", str(store.path), str(source)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    created = GpkgStore(store.path).history("p9")
    row = plot_row(store.path, "p9")  # the stamp it gave is replaced by the file's
    assert (row["version"], row["updated_by"], row["updated_at"]) == (1, OTHER_PROGRAM, created[0].at)
    assert [(e.actor, e.field, e.new_value) for e in created][:4] == [
        (OTHER_PROGRAM, "plot", "created"), (OTHER_PROGRAM, "zone_id", "z1"), (OTHER_PROGRAM, "status", "vacant"),
        (OTHER_PROGRAM, "tenant", "Nu")]
    # as ogr2ogr wrote it (a Polygon), readable
    assert created[-1].field == "geometry" and created[-1].new_value.startswith("POLYGON ((70.06 45.05, 70.06 45.06")
    done = ogrinfo(store.path, "DELETE FROM plots WHERE plot_id = 'p9'")
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr
    last = GpkgStore(store.path).history("p9")[-1]
    assert (last.actor, last.field, last.new_value) == (OTHER_PROGRAM, "plot", "removed")
    state = json.loads(last.old_value)
    assert state["tenant"] == "Nu" and state["geometry"].startswith("POLYGON ((70.06 45.05, 70.06 45.06")
    assert validate(store.path, capsys)[0] == 0


QGIS_EDIT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(sys.argv[1] + "|layername=plots", "plots", "ogr")
    feature = next(f for f in layer.getFeatures() if f["plot_id"] == "p1")
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), "reserved")
    print("committed" if layer.commitChanges() else "refused: " + "; ".join(layer.commitErrors()), flush=True)
    os._exit(0)
""")


def test_a_qgis_edit_is_audited_as_another_program(store, tmp_path):
    python = needs.system_python_with("qgis.core", "python3-qgis")
    script = tmp_path / "edit.py"
    script.write_text(QGIS_EDIT)
    done = subprocess.run([python, str(script), str(store.path)], capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0 and done.stdout.strip().endswith("committed"), (done.stdout, done.stderr[-2000:])
    assert plot_row(store.path, "p1")["version"] == 3
    last = GpkgStore(store.path).history("p1")[-1]
    assert (last.actor, last.field, last.old_value, last.new_value) == (OTHER_PROGRAM, "status", "vacant", "reserved")


# --- what the file refuses --------------------------------------------------------------------------

STAMP_REFUSED = "plots: updated_at, updated_by and version are kept by the file"
REFUSED = [
    # (tool, statement, words of the refusal)
    ("ogrinfo", ("REPLACE INTO plots (fid, geom, plot_id, zone_id, status, version) SELECT fid, geom, plot_id, zone_id, "
                "'vacant', version FROM plots WHERE plot_id = 'p2'"), "plots: a row with this fid exists"),
    ("ogrinfo", ("INSERT OR REPLACE INTO plots (geom, plot_id, zone_id, status, version) SELECT geom, plot_id, "
                "zone_id, 'vacant', 1 FROM plots WHERE plot_id = 'p2'"), "plots: a row with this plot_id exists"),
    ("ogrinfo", "UPDATE plots SET status = 'reserved', version = 1 WHERE plot_id = 'p1'", "stale version"),
    ("ogrinfo", "UPDATE plots SET status = 'reserved', version = version + 5 WHERE plot_id = 'p1'", "stale version"),
    ("ogrinfo", "UPDATE plots SET plot_id = 'p2' WHERE plot_id = 'p1'", "plots: a row with this plot_id exists"),
    # the stamp alone (who and when of the last change) is the file's to write, not another program's
    ("ogrinfo", ("UPDATE plots SET updated_by = 'Minister', updated_at = '2020-01-01T00:00:00.000Z' "
                 "WHERE plot_id = 'p1'"), STAMP_REFUSED),
    ("ogrinfo", "UPDATE plots SET updated_by = 'Minister', version = version + 1 WHERE plot_id = 'p1'",
     STAMP_REFUSED),
    ("ogrinfo", "UPDATE plots SET updated_at = '2030-01-01T00:00:00.000Z' WHERE plot_id = 'p2'",
     STAMP_REFUSED),
    ("ogrinfo", "UPDATE plots SET version = version + 1 WHERE plot_id = 'p2'",
     STAMP_REFUSED),
    ("sqlite3", ("INSERT OR REPLACE INTO audit_log (id, at, actor, plot_id, field, old_value, new_value, reason) "
                "VALUES (1, '2026-01-01T00:00:00.000Z', 'ana', 'p1', 'tenant', NULL, 'Forged', 'r')"),
     "audit_log is append-only: that row exists"),
    ("sqlite3", "UPDATE audit_log SET new_value = 'Forged' WHERE id = 1", "audit_log is append-only"),
    ("sqlite3", "DELETE FROM audit_log WHERE id = 1", "audit_log is append-only"),
    ("sqlite3", "INSERT OR REPLACE INTO audit_chain (audit_id, hash) VALUES (1, 'x')",
     "audit_chain is append-only: that row exists"),
    ("sqlite3", "DELETE FROM audit_chain", "audit_chain is append-only"),
]


@pytest.mark.parametrize("tool, statement, words", REFUSED)
def test_the_file_refuses(store, tool, statement, words):
    before = dump(store.path)
    done = (ogrinfo if tool == "ogrinfo" else sqlite)(store.path, statement)
    # ogrinfo says ERROR and still exits 0; the sqlite3 shell exits with SQLite's code (19: constraint)
    assert done.returncode == (19 if tool == "sqlite3" else 0) and words in done.stderr, done.stderr
    assert dump(store.path) == before


def test_a_stale_sezmap_edit_after_another_programs_change_is_refused(store, capsys):
    assert ogrinfo(store.path, "UPDATE plots SET status = 'reserved' WHERE plot_id = 'p1'").returncode == 0
    before = dump(store.path)
    assert main(["plot", "set", "p1", "--tenant", "Late", "--actor", "bo", "--reason", "r", "--expect-version", "2",
                 "--project", str(store.path)]) == 2
    err = capsys.readouterr().err
    assert "plots p1: changed meanwhile: version is 3, the edit expected 2 (last change by another program" in err
    assert dump(store.path) == before


def _removed_then_appended(store, tmp_path, version):
    """p1 (version 2) removed with ogrinfo, then appended again with ogr2ogr at ``version``."""
    done = ogrinfo(store.path, "DELETE FROM plots WHERE plot_id = 'p1'")
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr
    source = tmp_path / "again.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": shapely.geometry.mapping(shapely.box(70.0, 45.0, 70.01, 45.01)),
        "properties": {"plot_id": "p1", "zone_id": "z1", "status": "vacant", "tenant": "Other", "version": version}}]}))
    before = dump(store.path)
    done = subprocess.run([_tool("ogr2ogr"), "-update", "-append", "-nln", "plots", str(store.path), str(source)],
                          capture_output=True, text=True, check=False)
    return done, before


@pytest.mark.parametrize("version", [1, 2, None])
def test_a_removed_plot_put_back_by_another_program_cannot_restart_its_version(store, tmp_path, capsys, version):
    done, before = _removed_then_appended(store, tmp_path, version)
    assert "plots: a removed plot put back must have a version above the one it was removed at" in done.stderr, done.stderr
    assert dump(store.path) == before
    # a sezmap edit made against the version the plot had before its removal is not applied
    assert main(["plot", "set", "p1", "--tenant", "Late", "--actor", "bo", "--reason", "r", "--expect-version", "1",
                 "--project", str(store.path)]) == 2


def test_a_removed_plot_put_back_above_its_version_is_audited(store, tmp_path, capsys):
    done, _before = _removed_then_appended(store, tmp_path, 3)
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr
    assert plot_row(store.path, "p1")["version"] == 3
    last = [(e.actor, e.field, e.new_value) for e in GpkgStore(store.path).history("p1")][-5:]
    assert last[:2] == [(OTHER_PROGRAM, "plot", "created"), (OTHER_PROGRAM, "zone_id", "z1")]
    assert main(["plot", "set", "p1", "--tenant", "Late", "--actor", "bo", "--reason", "r", "--expect-version", "1",
                 "--project", str(store.path)]) == 2
    assert "plots p1: changed meanwhile: version is 3, the edit expected 1" in capsys.readouterr().err
    assert validate(store.path, capsys)[0] == 0


def test_sezmap_writing_a_removed_plot_anew_goes_on_from_its_version(store, tmp_path, capsys):
    store.apply_changes([PlotDelete("p1", "bo", "gone")])
    store.append_features("plots", f.layers(plots=[f.plot("p1", "z1")])["plots"], "bo", "imported again")
    assert plot_row(store.path, "p1")["version"] == 3  # removed at 2
    store.apply_changes([PlotDelete("p1", "bo", "gone again")])
    (created,) = store.apply_changes([PlotCreate("p1", {"zone_id": "z1", "status": "vacant",
                                                        "geometry": shapely.box(70.0, 45.0, 70.01, 45.01)}, "bo", "drawn")])
    assert created.version == plot_row(store.path, "p1")["version"] == 4
    assert validate(store.path, capsys)[0] == 0


# --- tampering is found ------------------------------------------------------------------------------

def _drop_then(statements: str) -> str:
    return ("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
            "DROP TRIGGER audit_chain_no_delete; " + statements)


TAMPERING = [
    # (sqlite3 statements, what validate names, the state plot history shows for p1's rows, or None)
    ("CREATE TRIGGER evil BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END",
     "audit_log evil: trigger planted: sezmap does not know it", None),
    (("INSERT INTO audit_log (at, actor, plot_id, field, old_value, new_value, reason) VALUES "
     "('2020-01-01T00:00:00.000Z', 'another program', 'p1', 'status', 'vacant', 'vacant', 'r')"),
     "audit_log 3: dated 2020-01-01T00:00:00.000Z, before row 2 (", "[not genuine: dated 2020-01-01T00:00:00.000Z"),
    (("INSERT INTO audit_log (at, actor, plot_id, field, old_value, new_value, reason) VALUES "
     "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'ana', 'p1', 'status', 'vacant', 'vacant', 'r')"),
     "audit_log 3: not sealed by sezmap, yet it names 'ana' (inserted outside sezmap)",
     "[not genuine: not sealed by sezmap, yet it names 'ana'"),
    (_drop_then("UPDATE audit_log SET new_value = 'Alfa' WHERE id = 1"),
     "audit_log 1: does not match its seal: altered or moved outside sezmap", "[not genuine: does not match its seal]"),
    (_drop_then("UPDATE audit_log SET at = '2025-01-01T00:00:00.000Z' WHERE id = 1"),
     "audit_log 1: does not match its seal", "[not genuine: does not match its seal]"),
    (_drop_then("DELETE FROM audit_log WHERE id = 1"),
     "audit_chain 1: seals an audit_log row that is gone: a sealed row was removed outside sezmap", None),
    (_drop_then("DELETE FROM audit_log WHERE id = 1; DELETE FROM audit_chain WHERE audit_id = 1"),
     "audit_log 2: does not match its seal", None),
    (_drop_then("UPDATE audit_log SET id = 7 WHERE id = 1"),
     "audit_log 7: not sealed by sezmap, yet it names 'ana'", None),
    (("DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
     "BEGIN SELECT 1; END"), "audit_log audit_log_no_delete: trigger altered", None),
    ("INSERT INTO sezmap_edit_context (id, actor, reason, at) VALUES (1, 'ana', 'r', '2026-01-01T00:00:00.000Z')",
     "sezmap_edit_context 1: holds a row outside a sezmap write", None),
]


@pytest.mark.parametrize("statements, named, shown", TAMPERING)
def test_tampering_is_reported_by_validate_and_history(store, capsys, statements, named, shown):
    done = sqlite(store.path, statements)
    assert done.returncode == 0, done.stderr
    before = store.path.read_bytes()
    code, err = validate(store.path, capsys)
    assert code == 2, err
    assert f"sezmap: error: {store.path}: the record was changed outside sezmap (tampering)" in err
    assert f"{store.path}: {named}" in err, err
    assert "Traceback" not in err
    assert store.path.read_bytes() == before  # validate reads only
    if shown:
        assert any(line[-1].startswith(shown) for line in history(store.path, "p1", capsys))


def test_a_plot_changed_while_the_triggers_were_off_is_reported(store, capsys):
    done = sqlite(store.path, "DROP TRIGGER sezmap_plots_audit_update; DROP TRIGGER sezmap_plots_before_update")
    assert done.returncode == 0, done.stderr
    assert ogrinfo(store.path, "UPDATE plots SET tenant = 'Hidden' WHERE plot_id = 'p1'").returncode == 0
    code, err = validate(store.path, capsys)
    assert code == 2
    assert f"{store.path}: plots p1: tenant differs from its last audited value (audit_log row 1): changed while " \
           "the file's audit triggers were off" in err
    assert "sezmap: warning:" in err and "triggers missing (sezmap_plots_audit_update" in err


def test_a_planted_trigger_does_not_make_the_next_sezmap_edit_unaudited(store, capsys):
    assert sqlite(store.path, "CREATE TRIGGER evil BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END; "
                              "CREATE TRIGGER quiet AFTER UPDATE ON plots BEGIN SELECT RAISE(IGNORE); END"
                  ).returncode == 0
    assert main(["plot", "set", "p2", "--status", "reserved", "--actor", "bo", "--reason", "after the plant",
                 "--project", str(store.path)]) == 0
    last = GpkgStore(store.path).history("p2")[-1]
    assert (last.actor, last.field, last.new_value, last.reason) == ("bo", "status", "reserved", "after the plant")
    found = GpkgStore(store.path).audit(layer="file")  # the trace stays, sealed
    assert [(e.actor, e.field, e.old_value, e.new_value) for e in found] == [
        ("bo", "protections", "trigger evil on audit_log planted; trigger quiet on plots planted", "restored")]
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('evil', 'quiet')").fetchone() == (0,)
    conn.close()
    code, err = validate(store.path, capsys)
    assert code == 0 and err == "", err


def test_an_ogr2ogr_copy_validates_with_a_warning_and_the_next_write_restores_it(store, tmp_path, capsys):
    copy = tmp_path / "copy.gpkg"
    done = subprocess.run([_tool("ogr2ogr"), "-f", "GPKG", str(copy), str(store.path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    code, err = validate(copy, capsys)
    assert code == 0 and "error" not in err
    assert f"sezmap: warning: {copy}: plots -: is not protected: triggers missing (sezmap_plots_audit_delete, " in err
    assert "sezmap_edit_context -: is missing (a copy); any sezmap write creates it" in err
    # the seals came along: the history is whole
    assert [line[-1] for line in history(copy, "p1", capsys)] == ["first"]
    assert main(["plot", "set", "p1", "--status", "reserved", "--actor", "bo", "--reason", "r",
                 "--project", str(copy)]) == 0
    code, err = validate(copy, capsys)
    assert (code, err) == (0, "")
    assert ogrinfo(copy, "UPDATE plots SET tenant = 'Q' WHERE plot_id = 'p2'").returncode == 0
    assert GpkgStore(copy).history("p2")[-1].actor == OTHER_PROGRAM


def test_an_older_file_is_sealed_once_on_its_first_write(store, tmp_path, capsys):
    """A schema 2 file (as sezmap wrote before the file audited itself): its rows are sealed as
    they are by the first write (genesis), then every row checks out."""
    conn = geopackage_sql.connect(store.path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'sezmap_%' "
                                "OR name LIKE 'audit_chain_%' OR name = 'audit_log_no_replace')").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE audit_chain")
    conn.execute("DROP TABLE sezmap_edit_context")
    conn.execute("DELETE FROM gpkg_contents WHERE table_name = 'audit_chain'")
    conn.execute("ALTER TABLE audit_log DROP COLUMN layer")
    conn.execute("CREATE TRIGGER plots_version_bump BEFORE UPDATE ON plots WHEN NEW.version IS NOT OLD.version + 1 "
                 "BEGIN SELECT RAISE(ABORT, 'plots.version must go up by one on every change'); END")
    conn.execute("UPDATE project_meta SET value = '2' WHERE key = 'schema_version'")
    conn.execute("DELETE FROM project_meta WHERE key = 'project_uuid'")  # written from schema 3 on
    conn.close()
    code, err = validate(store.path, capsys)
    assert code == 0 and "schema_version: is 2: a file of an older sezmap" in err
    assert main(["plot", "set", "p1", "--status", "reserved", "--actor", "bo", "--reason", "r",
                 "--project", str(store.path)]) == 0
    assert GpkgStore(store.path).meta()["schema_version"] == "4"
    assert validate(store.path, capsys) == (0, "")
    assert [line[1] for line in history(store.path, "p1", capsys)] == ["ana", "bo"]
    assert GpkgStore(store.path).audit(layer="file") == []  # new protections, nothing restored


def test_imports_and_edits_of_hubs_and_zones_are_audited(store, tmp_path, capsys):
    source = tmp_path / "hubs.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [70.5, 45.5]},
        "properties": {"hub_id": "h9", "name_en": "Nine", "name_ru": "Девять", "kind": "dry_port",
                       "country": "KZ"}}]}))
    assert main(["import", str(source), "--layer", "hubs", "--actor", "imp", "--reason", "new hub",
                 "--project", str(store.path)]) == 0
    assert ogrinfo(store.path, "UPDATE zones SET name_en = 'Renamed' WHERE zone_id = 'z1'").returncode == 0
    capsys.readouterr()
    hubs = GpkgStore(store.path).audit(layer="hubs")
    assert [(e.actor, e.plot_id, e.field, e.new_value) for e in hubs][:3] == [
        ("imp", "h9", "feature", "created"), ("imp", "h9", "name_en", "Nine"), ("imp", "h9", "name_ru", "Девять")]
    assert hubs[-1].field == "geometry" and hubs[-1].new_value == "POINT (70.5 45.5)"
    zones = GpkgStore(store.path).audit(layer="zones")
    assert [(e.actor, e.plot_id, e.field, e.old_value, e.new_value) for e in zones] == [
        (OTHER_PROGRAM, "z1", "name_en", "Zone z1", "Renamed")]
    assert GpkgStore(store.path).history("h9") == []  # plot history shows plots only
    assert main(["audit", "--layer", "hubs", "--format", "json", "--project", str(store.path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["new_value"] == "created"
    assert validate(store.path, capsys)[0] == 0


_LOWERED = ("UPDATE project_meta SET value = '{v}' WHERE key = 'schema_version'; "
            "INSERT INTO audit_log (at, actor, plot_id, field, old_value, new_value, reason) VALUES "
            "('2020-01-01T00:00:00.000Z', 'minister', 'p1', 'status', 'vacant', 'vacant', 'approved')")
LOWERED_VERSION = [
    # (sqlite3 statements: schema_version lowered to pass off a forged row as an older file's)
    ("DROP TRIGGER audit_log_no_replace; " + _LOWERED.format(v=2)),
    ("DROP TRIGGER audit_log_no_replace; DROP TRIGGER sezmap_plots_before_update; "
     "DROP TRIGGER sezmap_plots_audit_update; DROP TRIGGER sezmap_plots_audit_insert; "
     "DROP TRIGGER sezmap_plots_audit_delete; DROP TRIGGER sezmap_plots_before_insert; "
     "DROP TRIGGER audit_chain_no_update; DROP TRIGGER audit_chain_no_delete; DROP TRIGGER audit_chain_no_replace; "
     "CREATE TRIGGER plots_version_bump BEFORE UPDATE ON plots WHEN NEW.version IS NOT OLD.version + 1 "
     "BEGIN SELECT RAISE(ABORT, 'plots.version must go up by one on every change'); END; " + _LOWERED.format(v=2)),
    ("DROP TRIGGER audit_log_no_replace; DROP TRIGGER audit_chain_no_update; DROP TRIGGER audit_chain_no_delete; "
     "DROP TRIGGER audit_chain_no_replace; DROP TABLE audit_chain; DELETE FROM gpkg_contents WHERE table_name = "
     "'audit_chain'; DROP TABLE sezmap_edit_context; " + _LOWERED.format(v=2)),  # the seals gone too
]


@pytest.mark.parametrize("statements", LOWERED_VERSION)
def test_a_lowered_schema_version_does_not_seal_a_forged_row(store, capsys, statements):
    """A sealed file whose schema_version is set back (to pass as an older file, whose first
    write seals every row as it is found): validate says so, and the next write does not seal
    the row forged meanwhile."""
    done = sqlite(store.path, statements)
    assert done.returncode == 0, done.stderr
    before = store.path.read_bytes()
    code, err = validate(store.path, capsys)
    assert code == 2, err
    assert f"{store.path}: project_meta schema_version: is 2, yet the file has " in err
    assert "(schema 3): lowered outside sezmap" in err
    assert store.path.read_bytes() == before
    assert main(["plot", "set", "p2", "--status", "reserved", "--actor", "bo", "--reason", "r",
                 "--project", str(store.path)]) == 0
    code, err = validate(store.path, capsys)
    assert code == 2 and "audit_log 3: not sealed by sezmap, yet it names 'minister'" in err, err
    assert history(store.path, "p1", capsys)[-1][-1].startswith("[not genuine: not sealed by sezmap")


IMPOSTORS = [
    # (sqlite3 statements: something else under the name of one of sezmap's tables, what validate names)
    ("DROP TABLE sezmap_edit_context; CREATE VIEW sezmap_edit_context AS SELECT 1 AS id, 'minister' AS actor, "
     "'ok' AS reason, '2020-01-01T00:00:00.000Z' AS at, NULL AS lineage WHERE 0",
     "sezmap_edit_context -: is a view, not sezmap's table"),
    ("DROP TABLE sezmap_edit_context; CREATE INDEX sezmap_edit_context ON plots (tenant)",
     "sezmap_edit_context -: is an index, not sezmap's table"),
    ("DROP TRIGGER audit_chain_no_update; DROP TRIGGER audit_chain_no_delete; DROP TRIGGER audit_chain_no_replace; "
     "DROP TABLE audit_chain; CREATE VIEW audit_chain AS SELECT 1 AS audit_id, 'x' AS hash",
     "audit_chain -: is a view, not sezmap's table"),
]


@pytest.mark.parametrize("statements, named", IMPOSTORS)
def test_a_view_or_index_in_place_of_sezmaps_table_is_tampering_and_stops_the_write(store, capsys, statements,
                                                                                     named):
    """A view could give every other program's change a person's name (a context row that is
    there only when its condition holds); validate says so (exit 2) and a write refuses (exit 2,
    the file unchanged) rather than fail with a traceback."""
    done = sqlite(store.path, statements)
    assert done.returncode == 0, done.stderr
    before = store.path.read_bytes()
    code, err = validate(store.path, capsys)
    assert code == 2 and f"{store.path}: {named} (made outside sezmap)" in err, err
    code = main(["plot", "set", "p2", "--status", "reserved", "--actor", "bo", "--reason", "r",
                 "--project", str(store.path)])
    err = capsys.readouterr().err
    assert code == 2 and named.split(" -: ")[0] in err and "Traceback" not in err, err
    assert store.path.read_bytes() == before


BROKEN_GEOMETRY = [  # (a plot's geometry as another program wrote it)
    "X'0102030405'",  # not a GeoPackage blob
    "X'4750000100000000' || X'01'",  # a GeoPackage header without its WKB
    "CAST('POLYGON((0 0,1 0,1 1,0 0))' AS BLOB)",  # WKT where the blob belongs
]


@pytest.mark.parametrize("blob", BROKEN_GEOMETRY)
def test_an_edit_of_a_plot_whose_stored_geometry_is_not_a_blob_is_exit_2(store, capsys, blob):
    done = ogrinfo(store.path, f"UPDATE plots SET geom = {blob} WHERE plot_id = 'p1'")
    assert done.returncode == 0, done.stderr
    before = store.path.read_bytes()
    code = main(["plot", "set", "p1", "--tenant", "Gamma", "--actor", "bo", "--reason", "r",
                 "--project", str(store.path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"sezmap: error: {store.path}: plots p1: its geometry in the file is not a GeoPackage geometry" in err
    assert "Traceback" not in err
    assert store.path.read_bytes() == before


def test_no_english_count_says_its_noun_with_s_in_brackets():
    """English plurals: "1 row", "2 rows", never "row(s)" in a message of the command line,
    the store or the readers (issue 24)."""
    assert (counted(1, "row"), counted(2, "row"), counted(0, "entry", "entries")) == ("1 row", "2 rows", "0 entries")
    root = Path(__file__).resolve().parents[1] / "sezmap"
    offenders = []
    for path in root.rglob("*.py"):
        with path.open("rb") as f:
            strings = [t for t in tokenize.tokenize(f.readline) if t.type == tokenize.STRING]
        offenders += [f"{path.relative_to(root)}:{t.start[0]}" for t in strings if re.search(r"[a-z]\(s\)", t.string)]
    assert offenders == []


def test_a_change_whose_audit_rows_a_temporary_trigger_swallowed_is_reported(store, capsys):
    # another program's own connection plants a TEMP trigger (the file keeps no trace of it) that
    # drops every audit row, then changes a plot: the file's trigger still stamps the plot
    # (Python's sqlite3 with the GeoPackage functions GDAL's R-tree triggers call, as a script would)
    conn = geopackage_sql.connect(store.path)
    try:
        conn.executescript("CREATE TEMP TRIGGER s BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(IGNORE); END; "
                           "UPDATE plots SET status = 'withdrawn' WHERE plot_id = 'p2';")
    finally:
        conn.close()
    row = plot_row(store.path, "p2")
    assert row["status"] == "withdrawn" and row["updated_by"] == OTHER_PROGRAM  # changed, no audit row
    code, err = validate(store.path, capsys)
    assert code == 2
    assert f"{store.path}: plots p2: was changed by another program at {row['updated_at']}" in err
    assert "plots p1" not in err  # p1's change by sezmap is recorded
    # a change by another program that the file did record is no finding
    assert ogrinfo(store.path, "UPDATE plots SET tenant = 'Gamma' WHERE plot_id = 'p1'").returncode == 0
    code, err = validate(store.path, capsys)
    assert "plots p1" not in err
