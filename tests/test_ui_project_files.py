"""File → New project from the template, and Save a copy as…: the copy is SQLite's backup of
the project with its audit record and seals intact, and the window goes on with the original."""

import sqlite3
import subprocess
import sys

import pyogrio
import pytest

from sezmap import paths
from sezmap.model.edits import PlotEdit
from sezmap.store import open_store


def audit_rows(path) -> list:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT plot_id, field, old_value, new_value, reason FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_save_a_copy_keeps_the_record_sealed_and_the_session_on_the_original(open_window, project_path, tmp_path):
    window = open_window(project_path)
    session = window.session
    session.edit("Allocate", [PlotEdit("p0", {"status": "reserved", "tenant": "Copy LLP"}, session.actor, "before the copy")])
    out = tmp_path / "copies" / "saved copy.gpkg"
    out.parent.mkdir()
    window.files.save_copy(str(out), wait=True)
    assert "still working on" in window.statusBar().currentMessage()
    copied = audit_rows(out)
    assert copied == audit_rows(project_path) and any(r[4] == "before the copy" for r in copied)
    assert open_store(out).audit_findings().errors == []  # triggers and seals as valid as the original's
    assert not (tmp_path / "copies" / "saved copy.gpkg-wal").exists()  # one self-contained file
    assert pyogrio.read_info(str(out), layer="plots")["features"] == len(window.project.plots)
    # the window works on the original: the next edit goes there, the copy stays as it was
    session.edit("Allocate", [PlotEdit("p0", {"status": "allocated", "tenant": "After LLP", "allocated_on": "2026-01-10",
                                              "contract_deadline": "2027-01-10", "investment_committed_kzt": 1e9},
                                       session.actor,
                                       "after the copy")])
    assert session.store.location == project_path
    assert any(r[4] == "after the copy" for r in audit_rows(project_path))
    assert audit_rows(out) == copied
    # another program reads the copy as a GeoPackage (SQLite's own check too)
    check = subprocess.run([sys.executable, "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                            "print(c.execute('PRAGMA integrity_check').fetchone()[0])", str(out)],
                           capture_output=True, text=True, check=True)
    assert check.stdout.strip() == "ok"


def test_the_copy_is_never_written_over_the_project(open_window, project_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(project_path)
    before = open(project_path, "rb").read()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    window.files.save_copy(project_path, wait=True)
    assert warned and open(project_path, "rb").read() == before


def test_a_new_project_from_the_template_has_its_zones_and_no_plots_and_opens(open_window, tmp_path,
                                                                             monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    if not paths.default_project().exists():
        pytest.skip("no bundled project")
    window = open_window()
    out = tmp_path / "my project.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.files.new_project = (lambda original: lambda path, wait=False: original(path, wait=True))(
        window.files.new_project)
    window.act["new_project"].trigger()
    assert window.project is not None and window.project.location == str(out)
    template = open_store(paths.default_project()).load()
    assert sorted(window.project.zones["zone_id"]) == sorted(template.zones["zone_id"])
    assert len(window.project.hubs) == len(template.hubs) and len(window.project.plots) == 0
    meta = open_store(out).meta()
    assert meta["project_uuid"] != template.meta.get("project_uuid")  # a project of its own
    assert meta["title"] == "my project" and audit_rows(out) == []
    assert window.act["new_project"].shortcut().toString() == "Ctrl+N"


def test_a_new_project_is_never_asked_to_replace_a_file_it_then_refuses(open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if not paths.default_project().exists():
        pytest.skip("no bundled project")
    window = open_window()
    existing = tmp_path / "existing.gpkg"
    existing.write_bytes(b"someone's file")
    asked = {}

    def save_name(*args, **kwargs):
        asked.update(kwargs)
        return str(existing), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    window.act["new_project"].trigger()
    assert asked["options"] & QFileDialog.Option.DontConfirmOverwrite  # no "replace it?" first
    assert warned and "already exists" in warned[0][2] and existing.read_bytes() == b"someone's file"
    # a name with a dot in it keeps it: ".gpkg" is added, not put in place of ".5"
    window.files.new_project(str(tmp_path / "plan v1.5"), wait=True)
    assert (tmp_path / "plan v1.5.gpkg").exists() and window.project.location == str(tmp_path / "plan v1.5.gpkg")
