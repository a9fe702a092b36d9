"""The integrity check started when a project opens runs in a child process at the lowest
priority (store/integrity_child.py): it answers as SQLite's quick_check in this process does
(sound, damaged, in WAL and rollback modes), marks a sound file as known sound for the first
write, leaves a damaged or unreadable one unmarked, and the child runs at the lowest priority."""

import os
import subprocess
import sys
import threading

import pytest

from sezmap.store import disk, file_sound, integrity_child
from sezmap.store import geopackage_sql as sql
from sezmap.store.gpkg import GpkgStore
from tests.test_store_files import _damage, _project


def in_process(path):
    conn = sql.connect(path, readonly=True)
    try:
        return sql.integrity_problem(conn)
    finally:
        conn.close()


def background_check(store) -> None:
    store.check_integrity_soon()
    for thread in threading.enumerate():
        if thread.name == "sezmap-integrity-check":
            thread.join(timeout=120)


@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_the_child_answers_as_the_check_in_this_process(tmp_path, journal):
    path = _project(tmp_path / "project", journal)
    assert integrity_child.quick_check_in_child(path) is None and in_process(path) is None
    _damage(path, keep_mtime=True)
    fault = integrity_child.quick_check_in_child(path)
    assert fault is not None and fault == in_process(path)


def test_a_sound_file_is_known_sound_after_the_background_check(tmp_path):
    path = _project(tmp_path / "project", "rollback")
    file_sound.SOUND.pop(disk.real_path(path), None)
    background_check(GpkgStore(path))
    assert file_sound.SOUND.get(disk.real_path(path)) == disk.file_signature(path)


@pytest.mark.parametrize("keep_mtime", [True, False], ids=["mtime put back", "mtime changed"])
def test_a_damaged_file_is_not_marked_sound_and_its_first_write_is_refused(tmp_path, keep_mtime):
    path = _project(tmp_path / "project", "rollback")
    file_sound.SOUND.pop(disk.real_path(path), None)
    _damage(path, keep_mtime)
    store = GpkgStore(path)
    background_check(store)
    assert disk.real_path(path) not in file_sound.SOUND
    from sezmap.model.edits import PlotEdit
    from sezmap.model.problems import DataError

    with pytest.raises(DataError, match="the file is damaged"):
        store.apply_edit(PlotEdit("p2", {"tenant": "into damage"}, "a", "r"))


def test_a_file_the_child_cannot_read_is_left_unknown(tmp_path):
    path = tmp_path / "missing.gpkg"
    with pytest.raises(integrity_child.ChildCheckFailed):
        integrity_child.quick_check_in_child(path)
    assert disk.real_path(path) not in file_sound.SOUND


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nice values as Linux has them")
def test_the_child_runs_at_the_lowest_priority(tmp_path):
    path = _project(tmp_path / "project", "rollback")
    code = integrity_child._CHILD + "\nprint(os.getpriority(os.PRIO_PROCESS, 0), file=sys.stderr)\n"
    done = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(path), "5"], capture_output=True, text=True,
                          timeout=60, check=True)
    assert int(done.stderr.strip()) == integrity_child.NICE
    assert os.getpriority(os.PRIO_PROCESS, 0) != integrity_child.NICE  # this process keeps its own


def test_a_frozen_bundle_checks_on_the_thread_itself(tmp_path, monkeypatch):
    """In a PyInstaller bundle ``sys.executable`` is the app: no child is started, the store's
    thread checks the file itself, and a sound file is still marked sound, a damaged one not."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("a child was started"))
    assert not integrity_child.available()
    path = _project(tmp_path / "project", "rollback")
    file_sound.SOUND.pop(disk.real_path(path), None)
    background_check(GpkgStore(path))
    assert file_sound.SOUND.get(disk.real_path(path)) == disk.file_signature(path)
    damaged = _project(tmp_path / "damaged", "rollback")
    file_sound.SOUND.pop(disk.real_path(damaged), None)
    _damage(damaged, keep_mtime=True)
    background_check(GpkgStore(damaged))
    assert disk.real_path(damaged) not in file_sound.SOUND
