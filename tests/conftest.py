import os

# Qt without a display: every test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# One QApplication for the whole run, made before any test: code that makes a QGuiApplication
# when there is none (the exporters, the command line) then finds it, and widget tests that
# come after them do not abort for want of a QApplication.
from PySide6.QtWidgets import QApplication  # noqa: E402

_APP = QApplication.instance() or QApplication(["sezmap-tests"])
