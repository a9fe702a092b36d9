"""The store's protections and faults: files from other tools (pyogrio, ogr2ogr) get their
append-only audit log and version trigger back on the first sezmap write; validate reports a
copy that lost them; the file stays a valid GeoPackage (GDAL's validate_gpkg.py); a locked,
read-only, full, damaged or foreign file is a clear error (exit 2), never a traceback."""

import gzip
import glob
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
import shapely

from sezmap.cli import main
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError
from sezmap.store import geopackage_sql, migrations
from sezmap.store.gpkg import GpkgStore, utc_now
from tests import factories as f
from tests import needs

STAMP = "2026-01-01T00:00:00.000Z"
ROOT = Path(__file__).resolve().parent.parent


def _layers():
    return f.layers(
        zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))],
        plots=[f.plot("p1", "z1", updated_at=STAMP),
               f.plot("p2", "z1", geometry=shapely.box(70.02, 45.0, 70.03, 45.01), updated_at=STAMP),
               f.plot("p3", "z2", geometry=shapely.box(71.0, 45.0, 71.01, 45.01), updated_at=STAMP)],
    )


@pytest.fixture
def store(tmp_path):
    store = GpkgStore.create(tmp_path / "p.gpkg", _layers(), {"title": "t"}, now=STAMP)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))
    store.apply_edit(PlotEdit("p2", {"tenant": "Beta"}, "ana", "second"))
    return store


def _refuses_delete(path) -> bool:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DELETE FROM audit_log")
    except sqlite3.DatabaseError as exc:
        assert "append-only" in str(exc)
        return True
    finally:
        conn.rollback()
        conn.close()
    return False


def _ogr2ogr() -> str:
    exe = shutil.which("ogr2ogr")
    assert exe, "ogr2ogr (GDAL's command line, Debian package gdal-bin) is missing: run packaging/setup.sh"
    return exe


# --- GDAL's validator ------------------------------------------------------------------------

def _validator(tmp_path) -> list[str]:
    """The command that runs GDAL's validate_gpkg.py (Debian's python3-gdal ships it)."""
    found = []
    for pattern in ("/usr/lib/python3*/dist-packages/osgeo_utils/samples/validate_gpkg.py",
                    "/usr/share/doc/python3-gdal/examples/validate_gpkg.py*",
                    "/usr/local/lib/python3*/*-packages/osgeo_utils/samples/validate_gpkg.py"):
        found += sorted(glob.glob(pattern))
    if not found:
        if shutil.which("dpkg-query") and subprocess.run(
                ["dpkg-query", "-W", "-f=${Status}", "python3-gdal"], capture_output=True,
                text=True).stdout.endswith("installed"):
            pytest.fail("python3-gdal is installed but validate_gpkg.py was not found")
        needs.missing("GDAL's validate_gpkg.py is absent (Debian package python3-gdal; packaging/setup.sh --test "
                      "installs it)")
    script = Path(found[0])
    if script.suffix == ".gz":
        plain = tmp_path / "validate_gpkg.py"
        plain.write_bytes(gzip.decompress(script.read_bytes()))
        script = plain
    python = sys.executable
    system = shutil.which("python3", path="/usr/bin")
    if system and subprocess.run([system, "-c", "import osgeo.ogr"], capture_output=True).returncode == 0:
        python = system  # with GDAL's bindings the validator also checks every geometry
    return [python, str(script)]


def _validate(cmd, path, strict=False) -> None:
    args = [*cmd, "-k", *(["--warning-as-error"] if strict else []), str(path)]
    out = subprocess.run(args, capture_output=True, text=True)
    assert out.returncode == 0 and "Req " not in out.stdout, (path, out.stdout, out.stderr[-2000:])


def test_new_file_and_edits_pass_gdal_validator(store, tmp_path):
    cmd = _validator(tmp_path)
    fresh = GpkgStore.create(tmp_path / "fresh.gpkg", _layers(), now=STAMP)
    _validate(cmd, fresh.path, strict=True)  # warnings too: every DATETIME in the standard form
    _validate(cmd, store.path, strict=True)
    store.apply_edit(PlotEdit("p3", {"status": "reserved", "tenant": "Res LLP", "geometry": shapely.box(71.001, 45.001, 71.02, 45.01)},
                              "ana", "resurvey"))
    _validate(cmd, store.path, strict=True)
    # the bundled project, and a copy after a sezmap write
    copy = tmp_path / "default.gpkg"
    shutil.copy(ROOT / "layers" / "default.gpkg", copy)
    _validate(cmd, copy)
    assert main(["plot", "set", "KEG-0001", "--tenant", "Validator LLP", "--actor", "t", "--reason", "r",
                 "--project", str(copy)]) == 0
    _validate(cmd, copy)


def test_datetimes_have_milliseconds(store):
    assert len(utc_now()) == 24 and utc_now()[19] == "." and utc_now().endswith("Z")
    conn = sqlite3.connect(store.path)
    stamps = [r[0] for r in conn.execute("SELECT last_change FROM gpkg_contents")]
    stamps += [r[0] for r in conn.execute("SELECT at FROM audit_log")]
    assert stamps and all(len(s) == 24 and s[19] == "." and s.endswith("Z") for s in stamps), stamps
    info = conn.execute("PRAGMA table_info(project_meta)").fetchall()
    assert [(r[1], r[2], r[5]) for r in info] == [("fid", "INTEGER", 1), ("key", "TEXT", 0), ("value", "TEXT", 0)]
    with pytest.raises(sqlite3.IntegrityError):  # key stays unique
        conn.execute("INSERT INTO project_meta (key, value) VALUES ('title', 'again')")


# --- files from other tools -----------------------------------------------------------------

def test_ogr2ogr_copy_is_reported_then_protected_by_the_first_write(store, tmp_path, capsys):
    copy = tmp_path / "copy.gpkg"
    subprocess.run([_ogr2ogr(), "-f", "GPKG", str(copy), str(store.path)], check=True, capture_output=True)
    conn = sqlite3.connect(copy)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    conn.close()
    assert not triggers & {"audit_log_no_update", "audit_log_no_delete", "sezmap_plots_audit_update"}  # dropped

    before = copy.read_bytes()
    assert main(["validate", "--project", str(copy)]) == 0  # what the next write repairs is a warning
    err = capsys.readouterr().err
    assert f"sezmap: warning: {copy}: audit_log -: is not protected: triggers missing (audit_log_no_delete, " \
           "audit_log_no_replace, audit_log_no_update): the file was copied by a tool that drops triggers; any " \
           "sezmap write restores them" in err
    assert "plots -: is not protected: triggers missing (sezmap_plots_audit_delete" in err
    assert "error" not in err and "Traceback" not in err
    assert copy.read_bytes() == before  # reading never changes a file
    assert [e.field for e in GpkgStore(copy).history("p1")] == ["tenant"]

    assert main(["plot", "set", "p1", "--status", "reserved", "--actor", "bob", "--reason", "after copy",
                 "--expect-version", "2", "--project", str(copy)]) == 0
    assert _refuses_delete(copy)
    conn = geopackage_sql.connect(copy)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="stale"):
        conn.execute("UPDATE plots SET project_name = 'Depot', version = 7 WHERE plot_id = 'p2'")
    conn.close()
    history = GpkgStore(copy).history("p1")
    assert [(h.field, h.new_value, h.actor) for h in history] == [("tenant", "Alpha", "ana"),
                                                                   ("status", "reserved", "bob")]
    assert history[0].id < history[1].id
    assert main(["validate", "--project", str(copy)]) == 0
    assert capsys.readouterr().err == ""
    restored = GpkgStore(copy).audit(layer="file")
    assert [(e.actor, e.field, e.new_value) for e in restored] == [("bob", "protections", "restored")]
    assert restored[0].old_value.startswith("triggers missing: audit_chain_no_delete, ")
    _validate(_validator(tmp_path), copy)


def test_pyogrio_file_with_version_1_meta_and_gdal_audit_log(store, tmp_path, capsys):
    """Every layer rewritten by pyogrio: attribute tables get GDAL's ``fid`` key, the audit log
    keeps ``id`` as a plain column, project_meta says schema_version 1 in (fid, key, value),
    hubs lack name_kk. The first write migrates and protects it; history orders by fid."""
    out = tmp_path / "pyogrio.gpkg"
    for name in ("zones", "plots", "corridors", "hubs"):
        frame = pyogrio.read_dataframe(store.path, layer=name)
        if name == "hubs":
            frame = frame.drop(columns=["name_kk"])
        pyogrio.write_dataframe(frame, out, layer=name)
    audit = pyogrio.read_dataframe(store.path, layer="audit_log", read_geometry=False, fid_as_index=True)
    audit = audit.reset_index(names="id")
    audit["id"] = audit["id"] * 10  # not the row order of the new table: its fid is what counts
    pyogrio.write_dataframe(audit, out, layer="audit_log")
    pyogrio.write_dataframe(pd.DataFrame({"key": ["schema_version", "title"], "value": ["1", "from GDAL"]}),
                            out, layer="project_meta")
    conn = sqlite3.connect(out)
    assert [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")][:2] == ["fid", "id"]
    assert [r[1] for r in conn.execute("PRAGMA table_info(project_meta)")] == ["fid", "key", "value"]
    conn.close()

    reader = GpkgStore(out)
    assert [(e.id, e.new_value) for e in reader.history("p1")] == [(1, "Alpha")]
    found = reader.audit_findings()
    assert found.errors == [] and {p.layer for p in found.warnings} == {"audit_log", "plots", "project_meta"}
    assert main(["plot", "set", "p1", "--tenant", "Gamma", "--actor", "cy", "--reason", "r", "--expect-version", "2",
                 "--project", str(out)]) == 0
    assert main(["plot", "set", "p2", "--tenant", "Delta", "--actor", "cy", "--reason", "r",
                 "--project", str(out)]) == 0
    capsys.readouterr()
    meta = reader.meta()
    assert len(meta.pop("project_uuid")) == 36  # the first sezmap write gives the file its identity
    assert meta == {"schema_version": "4", "title": "from GDAL"}
    assert "name_kk" in pyogrio.read_info(out, layer="hubs")["fields"]
    assert [(e.id, e.old_value, e.new_value) for e in reader.history("p1")] == [(1, None, "Alpha"), (3, "Alpha", "Gamma")]
    assert [e.id for e in reader.audit()] == [1, 2, 3, 4]
    assert reader.audit_findings().errors == [] and reader.audit_findings().warnings == []
    assert _refuses_delete(out)
    assert main(["validate", "--project", str(out)]) == 0


def test_a_renamed_trigger_body_is_put_back(store):
    """A trigger of the right name that does nothing is not a protection."""
    conn = geopackage_sql.connect(store.path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END")
    conn.close()
    assert [(p.layer, p.row, p.reason) for p in store.audit_findings().errors] == [(
        "audit_log", "audit_log_no_delete", "trigger altered: its SQL is not the one sezmap writes; the next sezmap "
        "write puts sezmap's back and records it in the audit log")]
    store.apply_edit(PlotEdit("p3", {"tenant": "x"}, "a", "r"))
    assert store.audit_findings().errors == [] and store.audit_findings().warnings == []
    assert [e.old_value for e in store.audit(layer="file")] == ["trigger audit_log_no_delete on audit_log altered"]
    assert _refuses_delete(store.path)


def test_ensure_protections_is_idempotent_and_writes_nothing_when_in_place(store):
    before = store.path.read_bytes()
    conn = geopackage_sql.connect(store.path)
    conn.execute("BEGIN IMMEDIATE")
    migrations.upgrade(conn, utc_now())
    migrations.ensure_protections(conn)
    assert conn.total_changes == 0
    conn.execute("COMMIT")
    conn.close()
    assert store.path.read_bytes() == before


def test_an_old_project_meta_keyed_by_text_is_rebuilt_on_write(tmp_path):
    """Files made before the contract gave project_meta an INTEGER key (``key`` TEXT PRIMARY KEY)."""
    store = GpkgStore.create(tmp_path / "old.gpkg", _layers(), {"title": "old"}, now=STAMP)
    conn = geopackage_sql.connect(store.path)
    conn.execute("DROP TABLE project_meta")
    conn.execute("CREATE TABLE project_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
    conn.execute("INSERT INTO project_meta (key, value) VALUES ('schema_version', '2'), ('title', 'old')")
    conn.execute("UPDATE gpkg_contents SET last_change = '2026-01-01T00:00:00Z'")
    conn.close()
    assert store.meta() == {"schema_version": "2", "title": "old"}
    store.apply_edit(PlotEdit("p1", {"tenant": "x"}, "a", "r"))
    conn = sqlite3.connect(store.path)
    assert geopackage_sql.integer_key(conn, "project_meta") == "fid"
    assert conn.execute("SELECT value FROM project_meta WHERE key = 'schema_version'").fetchone() == ("4",)
    assert {r[0] for r in conn.execute("SELECT last_change FROM gpkg_contents")} <= {
        "2026-01-01T00:00:00.000Z", *[r[0] for r in conn.execute("SELECT at FROM audit_log")]}
    conn.close()
    assert set(store.meta()) == {"schema_version", "title", "project_uuid"} and store.meta()["title"] == "old"
    assert store.meta()["schema_version"] == "4"


# --- faults ------------------------------------------------------------------------------------

def test_damaged_file_is_a_clear_error(store, tmp_path, capsys):
    bad = tmp_path / "bad.gpkg"
    data = bytearray(store.path.read_bytes())
    data[4096:] = bytes((i * 7919 + 13) % 251 for i in range(len(data) - 4096))  # every page but the first
    bad.write_bytes(data)
    for argv in (["plot", "history", "p1"], ["audit"], ["validate"],
                 ["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r"]):
        assert main([*argv, "--project", str(bad)]) == 2, argv
        err = capsys.readouterr().err
        assert f"{bad}: the file is damaged" in err and "Traceback" not in err, (argv, err)
    with pytest.raises(DataError, match="damaged"):
        GpkgStore(bad).history("p1")


def test_not_a_database_is_a_clear_error(store, tmp_path, capsys):
    bad = tmp_path / "nodb.gpkg"
    data = bytearray(store.path.read_bytes())
    data[16:18] = b"\x00\x03"  # an impossible page size; the header still says GPKG
    bad.write_bytes(data)
    for argv in (["plot", "history", "p1"], ["validate"],
                 ["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r"]):
        assert main([*argv, "--project", str(bad)]) == 2, argv
        err = capsys.readouterr().err
        assert f"{bad}: not a GeoPackage: file is not a database" in err and "Traceback" not in err, err


def test_full_disk_is_a_clear_error_and_changes_nothing(store, monkeypatch, capsys):
    real = geopackage_sql.connect

    def no_room(path, readonly=False):  # the file may not grow by a single page
        conn = real(path, readonly)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    before = store.history("p1")
    monkeypatch.setattr(geopackage_sql, "connect", no_room)
    code = main(["plot", "set", "p1", "--tenant", "Big", "--actor", "a", "--reason", "r" * 300_000,
                 "--project", str(store.path)])
    err = capsys.readouterr().err
    assert code == 2 and f"{store.path}: cannot be written: the disk is full" in err and "Traceback" not in err
    monkeypatch.undo()
    assert store.history("p1") == before
    assert store.load().plots.set_index("plot_id").loc["p1"].version == 2


def test_read_only_file_is_read_and_a_write_is_refused(store, monkeypatch, capsys):
    """Opened where this process may not write (monkeypatched: tests may run as root)."""
    monkeypatch.setattr(geopackage_sql, "is_writable", lambda path: False)
    before = store.path.read_bytes()
    assert main(["plot", "history", "p1", "--project", str(store.path)]) == 0
    assert "Alpha" in capsys.readouterr().out
    assert main(["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r",
                 "--project", str(store.path)]) == 2
    err = capsys.readouterr().err
    assert f"{store.path}: cannot be changed: the file or its folder is read-only" in err and "Traceback" not in err
    assert store.path.read_bytes() == before


def _read_only_runner(folder: Path):
    """How to run a command that sees ``folder`` read-only: chmod for a normal user; for root
    (whom chmod does not stop) a private read-only bind mount."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        for p in folder.iterdir():
            p.chmod(0o444)
        return lambda argv: subprocess.run(argv, capture_output=True, text=True)
    probe = subprocess.run(["unshare", "-m", "sh", "-c",
                            f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}'"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"running as root and cannot make a read-only mount here: {probe.stderr.strip()}")

    def run(argv):
        script = (f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && exec \"$@\"")
        return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *argv], capture_output=True, text=True)

    return run


@pytest.mark.slow
def test_wal_project_in_a_read_only_folder_is_readable(store, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(store.path, folder / "p.gpkg")
    assert geopackage_sql.is_wal(folder / "p.gpkg")
    run = _read_only_runner(folder)
    sezmap = [sys.executable, "-m", "sezmap"]
    project = ["--project", str(folder / "p.gpkg")]
    for argv, expect in ((["validate"], "valid (2 zones, 3 plots"), (["plot", "history", "p2"], "Beta"),
                         (["audit", "--format", "json"], '"new_value": "Alpha"')):
        out = run([*sezmap, *argv, *project])
        assert out.returncode == 0 and expect in out.stdout, (argv, out.stdout, out.stderr)
    out = run([*sezmap, "plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r", *project])
    assert out.returncode == 2 and "read-only" in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert sorted(os.listdir(folder)) == ["p.gpkg"]


def test_a_dropped_audit_log_is_tampering_and_recreated_empty(store, capsys):
    conn = geopackage_sql.connect(store.path)
    conn.execute("DROP TABLE audit_log")
    conn.close()
    assert [(p.layer, p.reason) for p in store.audit_findings().errors] == [
        ("audit_log", "is missing: the audit log was removed")]
    assert store.history("p1") == []
    assert main(["validate", "--project", str(store.path)]) == 2
    assert "audit_log -: is missing: the audit log was removed" in capsys.readouterr().err
    store.apply_edit(PlotEdit("p1", {"tenant": "again"}, "a", "r"))
    assert [e.new_value for e in store.history("p1")] == ["again"]
    assert _refuses_delete(store.path)
    # the seals of the rows that were there still say so
    assert [(p.layer, p.row) for p in store.audit_findings().errors] == [("audit_chain", "1"), ("audit_chain", "2")]
    assert "audit_log" in dict(pyogrio.list_layers(store.path))
