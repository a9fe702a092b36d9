"""sezmap.qt_imports: PySide6's import hook taken out for the commands that draw (in a fresh
process: the test process's own imports are pytest-qt's)."""

import subprocess
import sys
import textwrap


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_after_plain_imports_pyside_reads_no_module_imported_and_qt_still_draws():
    done = run("""
        import builtins, sys
        from sezmap.qt_imports import plain_imports
        assert plain_imports()
        assert builtins.__import__ is builtins.__orig_import__
        import colorsys  # a module imported after Qt
        seen = sys.modules["PySide6.support.feature"].pyside_feature_dict
        assert "colorsys" not in seen, "PySide read the module's source"
        from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
        app = QGuiApplication([])
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.fillRect(0, 0, 2, 2, QColor("red"))
        painter.end()
        assert image.pixelColor(1, 1) == QColor("red") and image.pixelColor(3, 3) == QColor("white")
        assert not plain_imports()  # taken out once: nothing more to do
        print("ok")
    """)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_without_plain_imports_pyside_reads_every_module_imported_after_it():
    """The cost plain_imports takes away (if a PySide release drops its hook, this says so)."""
    done = run("""
        import sys
        import PySide6.QtCore
        import colorsys
        print("colorsys" in sys.modules["PySide6.support.feature"].pyside_feature_dict)
    """)
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr
