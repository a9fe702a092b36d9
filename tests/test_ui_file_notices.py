"""What the window says about the open file, with real files and real second writers
(pytest-qt, offscreen): a read-only file opens with the edit tools off and a notice; a copy that
lost its protections (ogr2ogr) says so until the first write restores them; another program's
change reaches the map and the plot form within seconds."""

import contextlib
import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from sezmap.store.gpkg import GpkgStore
from tests.window_steps import step_written

LEFT = Qt.MouseButton.LeftButton
EDIT_KEYS = ("draw_plot", "edit_vertices", "split_plot", "merge_plots")
needs_gdal = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="needs GDAL's ogr2ogr and ogrinfo")


@contextlib.contextmanager
def read_only(path):
    """``path`` made read-only for this process: chmod for a user; for root, whom chmod does not
    stop, the file made immutable (chattr +i), and made writable again afterwards."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"running as root and cannot make the file immutable here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def open_on(open_window, path):
    w = open_window(path, analyse=True)
    w.docks.plot_form_dock.show()
    w.docks.plot_form_dock.raise_()
    return w


def select(w, pid):
    w.session.set_selection([w.session.row_of(pid)])


def test_a_read_only_file_opens_with_the_edit_tools_off_and_a_notice(qtbot, open_window, project_path):
    GpkgStore(project_path).load()  # (a file sezmap made: settled before it is made read-only)
    with read_only(project_path):
        w = open_on(open_window, project_path)
        assert w.file_notice.label.isVisible() and "Read-only" in w.file_notice.label.text()
        assert not any(w.act[k].isEnabled() for k in EDIT_KEYS)
        select(w, "p0")
        form = w.docks.plot_form
        qtbot.keyClicks(form.edits["project_name"], "x")
        qtbot.keyClicks(form.reason, "r")
        assert not form.apply_button.isEnabled() and "read-only" in form.why.text()


@needs_gdal
def test_an_unprotected_copy_says_so_until_the_first_write(qtbot, open_window, project_path, tmp_path):
    copy = tmp_path / "copy.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(copy), str(project_path)], check=True, capture_output=True)
    w = open_on(open_window, copy)
    assert "Unprotected copy" in w.file_notice.label.text() and w.file_notice.label.isVisible()
    assert all(w.act[k].isEnabled() for k in EDIT_KEYS)
    select(w, "p0")
    form = w.docks.plot_form
    qtbot.keyClicks(form.edits["project_name"], "Depot")
    qtbot.keyClicks(form.reason, "first edit of the copy")
    qtbot.mouseClick(form.apply_button, LEFT)
    step_written(qtbot, w)
    assert GpkgStore(copy).missing_protections() == []
    assert not w.file_notice.label.isVisible()


@needs_gdal
def test_another_programs_change_reaches_the_map_and_the_form_within_seconds(qtbot, open_window, project_path):
    w = open_on(open_window, project_path)
    select(w, "p1")
    form = w.docks.plot_form
    done = subprocess.run(["ogrinfo", str(project_path), "-sql",
                           "UPDATE plots SET project_name = 'Cold store' WHERE plot_id = 'p1'"],
                          capture_output=True, text=True)
    assert "ERROR" not in done.stderr, done.stderr
    qtbot.waitUntil(lambda: form.edits["project_name"].text() == "Cold store", timeout=5000)
    row = w.session.row_of("p1")
    assert w.project.plots["project_name"].iat[row] == "Cold store"


@needs_gdal
def test_an_unaudited_change_to_an_unprotected_copy_reaches_the_form_within_seconds(qtbot, open_window, project_path,
                                                                                  tmp_path):
    copy = tmp_path / "copy.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(copy), str(project_path)], check=True, capture_output=True)
    w = open_on(open_window, copy)
    select(w, "p1")
    form = w.docks.plot_form
    done = subprocess.run(["ogrinfo", str(copy), "-sql", "UPDATE plots SET project_name = 'Cold store' "
                           "WHERE plot_id = 'p1'"], capture_output=True, text=True)
    assert "ERROR" not in done.stderr, done.stderr
    assert GpkgStore(copy).history("p1")[-1:] == [] or GpkgStore(copy).history("p1")[-1].new_value != "Cold store"
    qtbot.waitUntil(lambda: form.edits["project_name"].text() == "Cold store", timeout=6000)
    assert w.project.plots["project_name"].iat[w.session.row_of("p1")] == "Cold store"
