"""session.file_notices: what the window says about the open file, looked at without opening the
file again while nothing wrote it (the window looks every 1.5 s)."""

import time

from sezmap.model.edits import PlotEdit
from sezmap.session import file_notices as fn
from sezmap.store import disk
from sezmap.store.gpkg import GpkgStore


class CountingStore(GpkgStore):
    """A real store that counts how often the file's protections are read."""

    reads = 0

    def missing_protections(self):
        self.reads += 1
        return super().missing_protections()


def test_the_protections_are_read_again_only_after_the_file_was_written(project_path):
    store = CountingStore(project_path)
    time.sleep(disk.COARSE_S + 0.05)  # (a look within the file times' tick of a write looks again anyway)
    first = fn.look(store)
    assert first.missing == () and not first.read_only and store.reads == 1
    again = fn.look(store, first)
    assert again == first and store.reads == 1  # a stat, no connection
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "a write"))
    after = fn.look(store, again)
    assert after == first and store.reads == 2  # the file changed: its protections read again


def test_a_file_looked_at_soon_after_a_write_is_known_unchanged_at_a_later_look(project_path):
    store = GpkgStore(project_path)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha"}, "ana", "a write"))
    changed, mark = disk.unchanged_since(project_path, None)
    assert not changed
    assert disk.unchanged_since(project_path, mark)[0] is False  # too soon after the write to vouch
    time.sleep(disk.COARSE_S + 0.1)
    unchanged, mark = disk.unchanged_since(project_path, mark)
    assert not unchanged  # (the first mark was taken too soon after the write; this one is not)
    assert disk.unchanged_since(project_path, mark)[0] is True
    store.apply_edit(PlotEdit("p1", {"tenant": "Beta"}, "ana", "another write"))
    assert disk.unchanged_since(project_path, mark)[0] is False
