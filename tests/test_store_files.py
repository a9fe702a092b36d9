"""The project file itself: what sezmap does to its bytes, its journal and its links.

* A refused or read-only command leaves the file byte-identical (sha256 before and after),
  whatever its journal mode: the journal mode is set only after a write commits.
* A committed write puts a file on a local disk in WAL mode (header bytes 18-19 = 2) and keeps a
  file on a network share (NFS, SMB/CIFS, sshfs ...: the mount table says) in rollback-journal
  mode (bytes 18-19 = 1), switching a WAL file there back.
* A damaged file is never written, even by a long-lived store after the damage's mtime was put
  back with os.utime.
* A project named through a symbolic link (or a relative path) after a crash: the hot journal
  beside the real file is rolled back, and the project reads through the link.
"""

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pyogrio
import pytest
import shapely

from sezmap.cli import main
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import DataError
from sezmap.store import disk
from sezmap.store import geopackage_sql as sql
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests.sqlite_writers import WRITE_LOCK_PROBE, crash_mid_write

ROOT = Path(__file__).resolve().parent.parent
STAMP = "2026-01-01T00:00:00.000Z"
WAL, ROLLBACK = b"\x02\x02", b"\x01\x01"  # SQLite header bytes 18-19 (write and read versions)
PLOTS = 3


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _modes(path: Path) -> bytes:
    return path.read_bytes()[18:20]


def _project(folder: Path, journal: str = "wal") -> Path:
    """A project with one audited edit, in WAL mode as sezmap leaves it on a local disk, or in
    rollback-journal mode as QGIS, ogr2ogr or sqlite3 leave a file."""
    folder.mkdir(parents=True, exist_ok=True)
    plots = [f.plot(f"p{i}", "z1", geometry=shapely.box(70.005 + i * 0.009, 45.005, 70.011 + i * 0.009, 45.011),
                    updated_at=STAMP) for i in range(PLOTS)]
    store = GpkgStore.create(folder / "p.gpkg", f.layers(plots=plots), now=STAMP)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "first"))
    if journal == "rollback":
        with contextlib.closing(sqlite3.connect(store.path)) as conn:
            assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    assert _modes(store.path) == (WAL if journal == "wal" else ROLLBACK)
    return store.path


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _run(argv, capsys) -> tuple[int, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


SET = ["plot", "set", "--actor", "a", "--reason", "r"]

# name: (argv before --project, exit code, words of the message); {out} is a file in tmp_path
COMMANDS = {
    "forbidden transition": ([*SET, "p1", "--status", "withdrawn"], 2, "status cannot go from 'vacant' to 'withdrawn'"),
    "unknown plot": ([*SET, "nope", "--tenant", "x"], 2, "plots nope: no such plot"),
    "bad value": ([*SET, "p1", "--jobs-planned", "abc"], 2, "jobs_planned: 'abc' is not a number"),
    "negative value": ([*SET, "p1", "--jobs-planned", "-5"], 2, "jobs_planned -5 is negative"),
    "unknown zone": ([*SET, "p1", "--zone", "zz"], 2, "zone_id 'zz' is not a zone of the project"),
    "stale version": ([*SET, "p1", "--tenant", "x", "--expect-version", "9"], 2,
                      "changed meanwhile: version is 2, the edit expected 9"),
    "geometry outside its zone": ([*SET, "p1", "--geometry", "POLYGON ((0 0, 1 0, 1 1, 0 0))"], 2,
                                  "outside its zone"),
    "nothing to change": ([*SET, "p1", "--tenant", "Alpha"], 0, "plot p1: nothing changed (version 2)"),
    "validate": (["validate"], 0, f"valid (1 zones, {PLOTS} plots"),
    "report": (["report"], 0, '"as_of"'),
    "audit": (["audit"], 0, "Alpha"),
    "plot history": (["plot", "history", "p1"], 0, "Alpha"),
    "export": (["export", "--out", "{out}"], 0, "wrote"),
}


@pytest.mark.parametrize("journal", ["wal", "rollback"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_refused_and_read_only_commands_leave_the_file_byte_identical(tmp_path, capsys, journal, name):
    path = _project(tmp_path / "project", journal)
    argv, code, words = COMMANDS[name]
    argv = [a.replace("{out}", str(tmp_path / "map.svg")) for a in argv]
    before = _sha(path)
    got, text = _run([*argv, "--project", str(path)], capsys)
    assert got == code and words in text and "Traceback" not in text, (got, text)
    assert _sha(path) == before, "the file's bytes changed"
    assert _modes(path) == (WAL if journal == "wal" else ROLLBACK)
    assert _beside(path) == []  # no journal, log or shared-memory file left behind


def test_a_committed_write_puts_a_file_on_this_local_disk_in_wal_mode(tmp_path, capsys):
    path = _project(tmp_path / "project", "rollback")
    found = subprocess.run(["findmnt", "-n", "-o", "FSTYPE", "-T", str(path.parent)], capture_output=True, check=False,
                           text=True)
    assert found.returncode == 0, found.stderr
    assert disk.filesystem_type(path) == found.stdout.strip()  # the kernel's mount table, as findmnt reads it
    assert not disk.on_network_share(path)
    assert _run([*SET, "p2", "--tenant", "Beta", "--project", str(path)], capsys)[0] == 0
    assert _modes(path) == WAL
    assert [e.new_value for e in GpkgStore(path).history("p2")] == ["Beta"]


def _mount_table(tmp_path: Path, folder: Path, fstype: str) -> Path:
    """This process's mount table with ``folder`` mounted as ``fstype`` on top (mountinfo's
    octal escapes for spaces), for the detector to read instead of /proc/self/mountinfo."""
    real = Path("/proc/self/mountinfo").read_text()
    point = str(folder).replace("\\", "\\134").replace(" ", "\\040")
    table = tmp_path / "mountinfo"
    table.write_text(real + f"9999 1 0:999 / {point} rw,relatime shared:1 - {fstype} server:/share rw\n")
    return table


NETWORK = ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "fuse.rclone", "9p", "ceph"]
LOCAL = ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "fuseblk", "fuse.gvfsd-fuse-local-only"]


@pytest.mark.parametrize("journal", ["wal", "rollback"])
@pytest.mark.parametrize("fstype", NETWORK + LOCAL)
def test_a_network_share_keeps_a_rollback_journal(tmp_path, monkeypatch, capsys, fstype, journal):
    folder = tmp_path / "share with space"
    path = _project(folder, journal)
    monkeypatch.setattr(disk, "MOUNTINFO", str(_mount_table(tmp_path, folder, fstype)))
    assert disk.filesystem_type(path) == fstype
    network = fstype in NETWORK
    assert disk.on_network_share(path) == network

    before = _sha(path)  # a refused write changes nothing, here too
    assert _run([*SET, "p1", "--status", "withdrawn", "--project", str(path)], capsys)[0] == 2
    assert _sha(path) == before

    code, text = _run([*SET, "p2", "--tenant", "Beta", "--project", str(path)], capsys)
    assert code == 0 and "plot p2: version 2; changed tenant" in text, text
    assert _modes(path) == (ROLLBACK if network else WAL)
    assert _beside(path) == []
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete" if network else "wal",)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert [e.new_value for e in GpkgStore(path).history("p2")] == ["Beta"]


# --- damaged files --------------------------------------------------------------------------

def _damage(path: Path, keep_mtime: bool) -> None:
    """Junk over the plots table's root page, in place (same size); with ``keep_mtime`` the
    file's times are put back afterwards, as a careful program (or attacker) would."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'plots'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    st = os.stat(path)
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size + 8)
        fh.write(bytes((i * 7919 + 13) % 251 for i in range(size - 8)))
    if keep_mtime:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert os.stat(path).st_mtime_ns == st.st_mtime_ns and os.stat(path).st_size == st.st_size


# how the long-lived store last knew the file sound: its own write, or the app's check on open
SOUND_BY = {"its own write": lambda store: store.apply_edit(PlotEdit("p0", {"tenant": "own"}, "a", "r")),
            "the check on open": lambda store: store.integrity_problems() == [] or pytest.fail("unsound")}


@pytest.mark.parametrize("journal", ["wal", "rollback"])
@pytest.mark.parametrize("keep_mtime", [True, False], ids=["mtime put back", "mtime changed"])
@pytest.mark.parametrize("sound_by", list(SOUND_BY))
def test_a_damaged_file_is_never_written_by_a_long_lived_store(tmp_path, journal, keep_mtime, sound_by):
    path = _project(tmp_path / "project", journal)
    store = GpkgStore(path)  # the app keeps its store for the whole session
    SOUND_BY[sound_by](store)
    _damage(path, keep_mtime)
    before = _sha(path)
    with pytest.raises(DataError, match=r"the file is damaged \(.*\); nothing was written; restore it from a backup"):
        store.apply_edit(PlotEdit("p2", {"tenant": "into damage"}, "a", "r"))
    assert _sha(path) == before
    assert _beside(path) == []


def test_a_damaged_file_is_refused_by_the_command_line_unchanged(tmp_path, capsys):
    path = _project(tmp_path / "project", "rollback")
    _damage(path, keep_mtime=True)
    before = _sha(path)
    code, text = _run([*SET, "p2", "--tenant", "x", "--project", str(path)], capsys)
    assert code == 2 and f"{path}: the file is damaged" in text and "Traceback" not in text, text
    assert _sha(path) == before and _modes(path) == ROLLBACK


def test_the_store_does_not_check_again_what_only_it_wrote(tmp_path, monkeypatch):
    """The edit path stays fast: SQLite's quick_check (~0.5 s at 1M plots) runs when the file
    is not known sound (first write, or another program wrote it), not after an own write."""
    path = _project(tmp_path / "project", "wal")
    store = GpkgStore(path)
    checks = []
    real = sql.integrity_problem
    monkeypatch.setattr(sql, "integrity_problem", lambda conn: checks.append(1) or real(conn))
    for other in range(2):
        with contextlib.closing(sqlite3.connect(path)) as conn:  # another program commits
            conn.execute("INSERT INTO project_meta (key, value) VALUES (?, 'other program')", (f"note{other}",))
            conn.commit()
        for k in range(3):
            store.apply_edit(PlotEdit("p2", {"jobs_planned": 10 * other + k + 1}, "a", "r"))
        assert len(checks) == other + 1


# --- symbolic links and relative paths after a crash -----------------------------------------

# name: (the folder the command runs in, the project as named there), relative to tmp_path
NAMES = {
    "symlink": ("", "links/p.gpkg"),
    "symlink, relative": ("links", "p.gpkg"),
    "symlink to a symlink": ("", "links/again.gpkg"),
    "relative path with ..": ("links", "../data/p.gpkg"),
    "relative symlink in another folder": ("elsewhere", "../links/relative.gpkg"),
}


@pytest.mark.parametrize("name", list(NAMES))
def test_a_project_named_through_a_link_is_recovered_after_a_crash(tmp_path, name):
    real = _project(tmp_path / "data", "rollback")
    links = tmp_path / "links"
    links.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (links / "p.gpkg").symlink_to(real)
    (links / "again.gpkg").symlink_to(links / "p.gpkg")
    (links / "relative.gpkg").symlink_to(Path("..") / "data" / "p.gpkg")
    cwd, named = NAMES[name]
    cwd = tmp_path / cwd
    crash_mid_write(cwd / named)
    assert (real.parent / "p.gpkg-journal").stat().st_size > 0  # hot, beside the real file
    assert _beside(links / "p.gpkg") == []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # `report` reads through GDAL first (as the app does on open), which cannot roll back itself
    for argv, words in ((["report"], f'"plots": {PLOTS},'), (["validate"], f"valid (1 zones, {PLOTS} plots"),
                        (["plot", "history", "p1"], "Alpha")):
        out = subprocess.run([sys.executable, "-m", "sezmap", *argv, "--project", named], cwd=cwd, env=env, check=False,
                             capture_output=True, text=True)
        assert out.returncode == 0 and words in out.stdout, (argv, out.stdout, out.stderr)
    assert _beside(real) == []  # rolled back
    before = _sha(real)
    layers = dict(pyogrio.list_layers(cwd / named))
    assert "junk" not in layers and len(pyogrio.read_dataframe(cwd / named, layer="plots")) == PLOTS
    with contextlib.closing(sqlite3.connect(real)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # then a write through the name: into the real file, which stays the real file
    out = subprocess.run([sys.executable, "-m", "sezmap", *SET, "p2", "--tenant", "Beta", "--project", named],
                         cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert _sha(real) != before and _modes(real) == WAL and not real.is_symlink()
    assert (links / "p.gpkg").is_symlink() and _beside(links / "p.gpkg") == [] and _beside(real) == []
    assert [e.new_value for e in GpkgStore(real).history("p2")] == ["Beta"]


def test_a_hot_journal_beside_a_link_target_in_a_read_only_folder_is_named(tmp_path, monkeypatch):
    """Where the real file's folder may not be written, the journal cannot be rolled back: the
    message names the journal beside the real file, not a file beside the link."""
    real = _project(tmp_path / "data", "rollback")
    link = tmp_path / "link.gpkg"
    link.symlink_to(real)
    crash_mid_write(link)
    monkeypatch.setattr(sql, "is_writable", lambda path: Path(path).parent != real.parent)
    with pytest.raises(DataError, match=r"link\.gpkg: a crashed program left its unfinished write \(.*data/p\.gpkg"
                                        r"-journal\) beside it, and the file or its folder is read-only"):
        GpkgStore(link)
    assert (real.parent / "p.gpkg-journal").stat().st_size > 0


# --- two copies of SQLite in one process ----------------------------------------------------

@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_a_gdal_read_during_a_write_keeps_the_write_lock(tmp_path, monkeypatch, journal):
    """The app reads with GDAL on one thread while it writes with sqlite3 on another. Closing any
    descriptor of a file drops every POSIX lock the process holds on it
    (https://sqlite.org/howtocorrupt.html, 2.2): SQLite guards against that among its own
    connections, but pyogrio's GDAL carries a second copy of SQLite that does not know them. So
    after a GDAL read, another program may take the write lock of a transaction still open here
    (two writers at once), or, in WAL mode, checkpoint and delete the log under it (its commit
    lost). store/file_guard.py keeps the GDAL read waiting until the write's connection is closed,
    so the other program stays busy until the write is done."""
    from sezmap.store import gpkg

    path = _project(tmp_path / "project", journal)
    store = GpkgStore(path)
    inside, release = threading.Event(), threading.Event()
    upgrade = gpkg.migrations.upgrade

    def held(conn, now):  # the write transaction is open (BEGIN IMMEDIATE done): hold it there
        upgrade(conn, now)
        inside.set()
        assert release.wait(30)

    monkeypatch.setattr(gpkg.migrations, "upgrade", held)
    writer = threading.Thread(target=store.apply_edit, args=(PlotEdit("p2", {"tenant": "held"}, "a", "r"),))
    writer.start()
    try:
        assert inside.wait(30)
        probe = [sys.executable, "-c", WRITE_LOCK_PROBE, str(path)]
        assert subprocess.run(probe, capture_output=True, text=True, check=False).stdout.startswith("busy")
        reads = {}
        reader = threading.Thread(target=lambda: reads.update(plots=store.read_layer("plots")))
        reader.start()
        reader.join(2)  # a read that waits for the write is fine too
        out = subprocess.run(probe, capture_output=True, text=True, check=False).stdout
        assert out.startswith("busy"), out
    finally:
        release.set()
        writer.join(30)
    reader.join(30)
    assert len(reads["plots"]) == PLOTS
