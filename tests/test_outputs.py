"""Outputs never destroy inputs: no ``--out`` (nor the app's audit CSV)
writes over the project it reads - through any name -, over a special file, or loosens a
file's permissions. Each refusal is exit 2 with the path and the reason, the project's bytes
unchanged and nothing left beside it. The CLI runs as a real process with a timeout, so a
named pipe that would block fails the test instead of hanging it."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from sezmap.formats.atomic import atomic_output, check_output, write_text
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path) -> Path:
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=[f.plot("p1"), f.plot("p2", geometry=f.cell(3, 3))]))
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha LLP"}, "ana", "lease"))
    return store.path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sezmap(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "sezmap", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


def _fifo(tmp: Path, name: str) -> str:
    os.mkfifo(tmp / name)
    return name


def _socket(tmp: Path, name: str) -> str:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(tmp / name))
    sock.close()  # the socket file stays
    return name


def _symlink(tmp: Path, name: str, to: str) -> str:
    (tmp / name).symlink_to(to)
    return name


def _hardlink(tmp: Path, name: str) -> str:
    os.link(tmp / "p.gpkg", tmp / name)
    return name


def _folder(tmp: Path, name: str) -> str:
    (tmp / name).mkdir()
    return name


@dataclass(frozen=True)
class Refusal:
    """An output path (made in the project's folder for ``suffix``) and the reason given."""

    name: str
    make: Callable[[Path, str], str]
    reason: str
    suffixed: bool = True  # the path ends with the suffix asked for (else not for export)
    project: str = "p.gpkg"  # the name --project gives


REFUSALS = [
    Refusal("the project itself", lambda t, s: "p.gpkg", "is the same file as", suffixed=False),
    Refusal("the project by another relative path", lambda t, s: (t / "sub").mkdir() or "sub/../p.gpkg",
            "is the same file as", suffixed=False),
    Refusal("the project by its absolute path", lambda t, s: str(t / "p.gpkg"), "is the same file as",
            suffixed=False),
    Refusal("a symlink to the project", lambda t, s: _symlink(t, "link" + s, "p.gpkg"), "is the same file as"),
    Refusal("a hard link to the project", lambda t, s: _hardlink(t, "hard" + s), "is the same file as"),
    Refusal("the project through a symlinked folder", lambda t, s: _symlink(t, "alias", ".") and "alias/p.gpkg",
            "is the same file as", suffixed=False),
    Refusal("the project's WAL file", lambda t, s: "p.gpkg-wal", "is the wal file of", suffixed=False),
    Refusal("the project's rollback journal", lambda t, s: "p.gpkg-journal", "is the journal file of",
            suffixed=False),
    Refusal("the journal beside a symlink to the project",
            lambda t, s: _symlink(t, "link.gpkg", "p.gpkg") and "link.gpkg-journal", "is the journal file of",
            suffixed=False, project="link.gpkg"),
    Refusal("a named pipe", lambda t, s: _fifo(t, "fifo" + s), "is a named pipe"),
    Refusal("a symlink to a named pipe", lambda t, s: _fifo(t, "fifo2") and _symlink(t, "to-fifo" + s, "fifo2"),
            "is a named pipe"),
    Refusal("a socket", lambda t, s: _socket(t, "sock" + s), "is a socket"),
    Refusal("a folder", lambda t, s: _folder(t, "dir" + s), "is a folder"),
    Refusal("a device", lambda t, s: "/dev/null", "is a device", suffixed=False),
    Refusal("standard output as a device", lambda t, s: "/dev/stdout", "standard output", suffixed=False),
    Refusal("a dash", lambda t, s: "-", "leave out the output option to write to standard output", suffixed=False),
    Refusal("a missing folder", lambda t, s: "missing/out" + s, "no such folder"),
]

COMMANDS = {  # command -> (arguments before --out, the suffix its output takes)
    "audit": (["audit"], ".csv"),
    "report": (["report", "--format", "md"], ".md"),
    "export": (["export"], ".html"),
}


def _cases():
    for command in COMMANDS:
        for case in REFUSALS:
            if command == "export" and not case.suffixed:
                continue
            yield pytest.param(command, case, id=f"{command}-{case.name.replace(' ', '-')}")


@pytest.mark.parametrize(("command", "case"), list(_cases()))
def test_an_output_that_would_destroy_an_input_or_a_special_file_is_refused(project, command, case):
    tmp = project.parent
    before = sha256(project)
    args, suffix = COMMANDS[command]
    out = case.make(tmp, suffix)
    kinds = {p.name: stat.S_IFMT(p.lstat().st_mode) for p in tmp.iterdir()}
    done = sezmap(*args, "--project", case.project, "--out", out, cwd=tmp)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert case.reason in done.stderr and done.stderr.startswith("sezmap: error: "), done.stderr
    shown = out if out == "-" else str(Path(out))
    assert shown in done.stderr and "nothing was written" in done.stderr or case.reason == "no such folder"
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert sha256(project) == before
    # the special file (or link) is still what it was, nothing was added beside it
    assert {p.name: stat.S_IFMT(p.lstat().st_mode) for p in tmp.iterdir()} == kinds
    assert leftovers(tmp) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file: read-only means nothing to it")
def test_a_read_only_file_is_not_replaced(project):
    tmp = project.parent
    out = tmp / "ro.csv"
    out.write_text("keep")
    out.chmod(0o444)
    done = sezmap("audit", "--project", "p.gpkg", "--out", "ro.csv", cwd=tmp)
    assert done.returncode == 2 and "ro.csv: refused: the file there is read-only" in done.stderr
    assert out.read_text() == "keep"


@pytest.mark.parametrize(("command", "mode"), [("audit", 0o600), ("report", 0o640), ("export", 0o600)])
def test_replacing_a_file_keeps_its_permissions(project, command, mode):
    tmp = project.parent
    args, suffix = COMMANDS[command]
    out = tmp / f"out{suffix}"
    out.write_text("old secret")
    out.chmod(mode)
    done = sezmap(*args, "--project", "p.gpkg", "--out", out.name, cwd=tmp)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") != "old secret"
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert leftovers(tmp) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_replacing_another_users_file_as_root_keeps_its_owner(project):
    tmp = project.parent
    out = tmp / "theirs.csv"
    out.write_text("theirs")
    os.chown(out, 65534, 65534)
    out.chmod(0o640)
    done = sezmap("audit", "--project", "p.gpkg", "--out", out.name, cwd=tmp)
    assert done.returncode == 0, done.stderr
    st = out.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o640)
    assert out.read_text().startswith("id,at,actor")


def test_a_symlink_to_another_file_stays_a_link_and_its_file_is_replaced(project):
    tmp = project.parent
    (tmp / "real").mkdir()
    real = tmp / "real" / "audit.csv"
    real.write_text("old")
    real.chmod(0o600)
    (tmp / "audit.csv").symlink_to(real)
    done = sezmap("audit", "--project", "p.gpkg", "--out", "audit.csv", cwd=tmp)
    assert done.returncode == 0, done.stderr
    assert (tmp / "audit.csv").is_symlink() and real.read_text().startswith("id,at,actor")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert leftovers(tmp) == [] and leftovers(tmp / "real") == []


def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_text(tmp_path / "new.csv", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o600


def test_a_file_made_a_fifo_while_the_output_was_written_is_not_replaced(tmp_path):
    out = tmp_path / "late.csv"
    with pytest.raises(DataError, match="named pipe"):
        with atomic_output(out) as tmp:
            tmp.write_text("data")
            os.mkfifo(out)  # another program, meanwhile
    assert stat.S_ISFIFO(out.lstat().st_mode) and leftovers(tmp_path) == []


def test_an_input_that_is_not_a_file_protects_nothing_and_breaks_nothing(tmp_path):
    target = check_output(tmp_path / "a.csv", inputs=["postgresql://host/db", "", None])
    assert target.mode is None and target.real == (tmp_path / "a.csv").resolve()


def test_the_apps_audit_export_refuses_the_project(qtbot, tmp_path):
    from sezmap.session import ProjectSession
    from sezmap.ui.audit_dialog import AuditDialog

    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers())
    store.apply_edit(PlotEdit("p1", {"tenant": "A"}, "ana", "why"))
    session = ProjectSession(actor="ana")
    session.set_project(store, store.load())
    before = sha256(store.path)
    (tmp_path / "link.csv").symlink_to("p.gpkg")
    dialog = AuditDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.export_csv(str(tmp_path / "link.csv"))
    assert "same file as" in dialog.error.text()
    assert sha256(store.path) == before and leftovers(tmp_path) == []


def test_an_export_refuses_the_project_it_draws(tmp_path):
    from sezmap.export import export_map

    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers())
    project = store.load()
    before = sha256(store.path)
    os.link(store.path, tmp_path / "same.png")
    with pytest.raises(DataError, match="same file as"):
        export_map(project, tmp_path / "same.png", width=400, height=300)
    assert sha256(store.path) == before and leftovers(tmp_path) == []


def test_the_apps_map_image_refuses_the_project_and_writes_a_png(window, monkeypatch, tmp_path):
    from sezmap.ui import window_files

    project = Path(window.project.location)
    before = sha256(project)
    (tmp_path / "map.png").symlink_to(project)
    warnings = []
    monkeypatch.setattr(window_files.QMessageBox, "warning", lambda *a: warnings.append(a[-1]))
    for target in (tmp_path / "map.png", tmp_path / "real.png"):
        monkeypatch.setattr(window_files.QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.files.save_image_dialog()
    assert len(warnings) == 1 and "same file as" in warnings[0]
    assert sha256(project) == before and (tmp_path / "real.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert leftovers(tmp_path) == []
