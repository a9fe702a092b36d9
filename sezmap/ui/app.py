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
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("sezmap")
    QCoreApplication.setApplicationName("sezmap")
    return app


def run_app(path: str | None = None) -> int:
    """Open the main window on a project (the bundled default one without a path)."""
    from sezmap.ui import i18n
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.main_window import MainWindow

    target = path or str(paths.default_project())
    if not Path(target).exists():
        print(f"sezmap: {target}: no such file", file=sys.stderr)
        return 2
    app = make_app()
    settings = AppSettings()
    i18n.set_language(settings.language)
    window = MainWindow(settings)
    window.show()
    window.open_project(target)
    return app.exec()
