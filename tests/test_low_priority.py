"""sezmap.low_priority: a background thread that gives way to the others (Linux: its own nice
value), as the integrity check started when a project opens does."""

import os
import sys
import threading

import pytest

from sezmap import paths
from sezmap.low_priority import LOWEST, lower_this_thread
from sezmap.store.gpkg import GpkgStore

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")


def priority_of_this_thread() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@linux
def test_only_the_calling_thread_is_lowered():
    before = priority_of_this_thread()
    seen = {}

    def work():
        seen["lowered"] = lower_this_thread()
        seen["priority"] = priority_of_this_thread()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == {"lowered": True, "priority": LOWEST}
    assert priority_of_this_thread() == before  # the process's other threads keep theirs


@linux
def test_the_integrity_check_of_an_opened_project_runs_lowered(tmp_path, monkeypatch):
    path = tmp_path / "p.gpkg"
    path.write_bytes(paths.default_project().read_bytes())
    seen = []
    done = threading.Event()

    def integrity_problems(self):
        seen.append(priority_of_this_thread())
        done.set()
        return []

    monkeypatch.setattr(GpkgStore, "integrity_problems", integrity_problems)
    GpkgStore(path).check_integrity_soon()
    assert done.wait(30)
    assert seen == [LOWEST]
    assert priority_of_this_thread() != LOWEST
