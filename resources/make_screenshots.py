"""Screenshots of the desktop app on the bundled project, in English, Russian and Kazakh.

    xvfb-run -a -s "-screen 0 1600x1000x24" python resources/make_screenshots.py OUT_DIR [--resources]

Per language: the full extent, the Khorgos zone with its dashboard, and a route in the
logistics panel. With --resources the three README pictures are written to resources/ too,
and beside them the full extent in each language and the Kazakh zone (screenshot-full-en.png,
screenshot-full-ru.png, screenshot-full-kk.png, screenshot-kk.png): with screenshot.png and
screenshot-ru.png, the full extent and a zone in all three languages.
Settings are kept in a temporary folder, so the user's saved layout is neither used nor changed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ZONE = "khorgos_eastern_gate"
ROUTE = ("khorgos_eastern_gate", "port_aktau")


def settle(app, window, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    app.processEvents()
    while time.monotonic() < end:
        app.processEvents()
        if not window.canvas.is_rendering():
            time.sleep(0.05)
            app.processEvents()
            if not window.canvas.is_rendering():
                return
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings

    config = tempfile.mkdtemp(prefix="sezmap-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)
    from sezmap import paths
    from sezmap.ui import i18n
    from sezmap.ui.app import make_app
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.main_window import MainWindow

    app = make_app()
    written = []
    for lang in ("en", "ru", "kk"):
        settings = AppSettings()
        settings.q.clear()
        settings.language = lang
        i18n.set_language(lang)
        window = MainWindow(settings)
        window.resize(1600, 1000)
        window.show()
        window.open_project(str(paths.default_project()), wait=True)
        window.start_analysis(wait=True)
        settle(app, window)

        window.canvas.zoom_full()
        settle(app, window)
        shot = out / f"{lang}-full.png"
        window.grab().save(str(shot))
        written.append(shot)

        window.select_zone(ZONE)
        window.zoom_to_zone(ZONE)
        window.dashboard_dock.raise_()
        settle(app, window)
        shot = out / f"{lang}-zone.png"
        window.grab().save(str(shot))
        written.append(shot)

        panel = window.logistics
        panel.zone_box.setCurrentIndex(panel.zone_box.findData(ROUTE[0]))
        panel.hub_box.setCurrentIndex(panel.hub_box.findData(ROUTE[1]))
        window.logistics_dock.raise_()
        panel.show_button.click()
        settle(app, window)
        shot = out / f"{lang}-route.png"
        window.grab().save(str(shot))
        written.append(shot)
        window.canvas.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    if "--resources" in argv:
        res = Path(__file__).resolve().parent
        shutil.copy(out / "en-zone.png", res / "screenshot.png")
        shutil.copy(out / "ru-zone.png", res / "screenshot-ru.png")
        shutil.copy(out / "kk-route.png", res / "screenshot-kk-route.png")
        for lang in ("en", "ru", "kk"):
            shutil.copy(out / f"{lang}-full.png", res / f"screenshot-full-{lang}.png")
        shutil.copy(out / "kk-zone.png", res / "screenshot-kk.png")
    shutil.rmtree(config, ignore_errors=True)
    print("\n".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
