"""Shared test set-up: Qt offscreen with one QApplication, and the fixtures the window tests share."""

import os

# Qt without a display: every test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# One QApplication for the whole run, made before any test: code that makes a QGuiApplication
# when there is none (the exporters, the command line) then finds it, widget tests that come
# after them do not abort for want of a QApplication, and QPainter on a QImage has its fonts
# (pytest-qt's ``qapp`` fixture returns this one).
import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from factories import make_project  # noqa: E402
from needs import in_ci  # noqa: E402
from pg_fixtures import on_store, pg_empty, pg_project, pg_seeded, pg_server, pg_template  # noqa: E402,F401 - PostgreSQL per test

_APP = QApplication.instance() or QApplication(["sezmap-tests"])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true), a test skipped for want of a tool that setup.sh installs fails instead
    (tests/needs.py fails those itself; this catches a skip written without it)."""
    outcome = yield
    report = outcome.get_result()
    if in_ci() and report.skipped and isinstance(report.longrepr, tuple) and "setup.sh" in str(report.longrepr[2]):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every tool must be installed: {report.longrepr[2]}"


@pytest.fixture
def isolated_settings(tmp_path):
    """The app's settings in a fresh file of the test's own, empty."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    from sezmap.ui.app_settings import AppSettings

    s = AppSettings()
    s.q.clear()
    return s


@pytest.fixture
def project_path(tmp_path):
    return make_project(tmp_path / "test.gpkg")


@pytest.fixture
def open_window(qtbot, isolated_settings):
    """Opens shown main windows (English, the isolated settings), optionally on a project and
    analysed; their threads are shut down after the test."""
    from sezmap.ui import i18n
    from sezmap.ui.main_window import MainWindow

    opened = []

    def open_(path=None, size=(1000, 700), analyse=False):
        i18n.set_language("en")
        w = MainWindow(isolated_settings)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        if path is not None:
            w.open_project(path, wait=True)
        if analyse:
            w.start_analysis(wait=True)
        return w

    yield open_
    for w in opened:
        w.canvas.shutdown()
        w.tasks.shutdown()
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():  # the windows' dialogs (help, audit log) too: a
        if top.isVisible():                     # dialog left open takes the next test's mouse moves
            top.close()
    i18n.set_language("en")


@pytest.fixture
def window(open_window, project_path):
    """A main window on a small project: zone z1 with 16 plots of every status, zone z2, a corridor, two hubs."""
    return open_window(project_path)


@pytest.fixture(autouse=True)
def _own_cache_dir(tmp_path_factory, monkeypatch):
    """Each test's own sezmap cache folder (paths.cache_dir): none writes to the user's."""
    monkeypatch.setenv("SEZMAP_CACHE_DIR", str(tmp_path_factory.mktemp("sezmap-cache")))
