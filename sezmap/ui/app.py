"""The desktop application's entry point: ``run_app(path) -> exit code``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from sezmap import paths


def make_app(argv=None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none yet (a bare QCoreApplication cannot show windows)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("sezmap")
    QCoreApplication.setApplicationName("sezmap")
    QGuiApplication.setDesktopFileName("sezmap")  # resources/sezmap.desktop
    from sezmap.ui.icon import app_icon

    app.setWindowIcon(app_icon())
    return app


def startup_target(path: str | None, settings) -> str:
    """The project to open: ``path``; without one, the last project opened (``settings``, an
    AppSettings) if it is still there, else the bundled default one."""
    return path or settings.startup_project() or str(paths.default_project())


def run_app(path: str | None = None, smoke_seconds: float | None = None) -> int:
    """Open the main window on a project (without a path: the last project opened, if it is still
    there, else the bundled default one).

    With ``smoke_seconds``, print the start-up times and quit that long after the first map
    (sezmap.ui.startup)."""
    from sezmap.ui import i18n
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.main_window import MainWindow

    app = make_app()
    settings = AppSettings()
    target = startup_target(path, settings)
    from sezmap.store.postgis.connection import is_postgis_location, parameters

    if is_postgis_location(target):
        from sezmap.model.problems import DataError

        try:
            parameters(target)  # a location holding a password is refused, not echoed
        except DataError as exc:
            print(f"sezmap: {exc.summary()}", file=sys.stderr)
            return 2
    elif not Path(target).exists():
        print(f"sezmap: {target}: no such file", file=sys.stderr)
        return 2
    i18n.set_language(settings.language)
    window = MainWindow(settings)
    from sezmap.ui.startup import SmokeRun

    smoke = SmokeRun(window, app, smoke_seconds) if smoke_seconds is not None else None
    window.show()
    window.open_project(target)
    code = app.exec()
    del smoke  # it watched the window until the event loop ended
    return code
