"""Where the bundled data lives.

The bundled layers sit in ``layers/`` beside the package (a source checkout or an
editable install), or in the folder of a desktop bundle (PyInstaller's ``sys._MEIPASS``,
see packaging/sezmap.spec). ``SEZMAP_LAYERS`` overrides that.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a desktop bundle (PyInstaller)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder that holds ``layers/`` and ``resources/``: the bundle's data folder when
    frozen, else the source checkout (the package's parent)."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's boot loader
    if is_frozen() and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def layers_dir() -> Path:
    env = os.environ.get("SEZMAP_LAYERS")
    if env:
        return Path(env)
    return app_root() / "layers"


def default_project() -> Path:
    return layers_dir() / "default.gpkg"


def basemap_path() -> Path:
    return layers_dir() / "basemap.gpkg"


def resources_dir() -> Path:
    return app_root() / "resources"


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG of ``size`` pixels."""
    icons = resources_dir() / "icons"
    return icons / ("sezmap.svg" if size is None else f"sezmap-{size}.png")


def location_title(location: str | Path) -> str:
    """A project's place for a window title: "name — folder" for a file (the home folder shown
    as ~), "database — host" for a database URL."""
    text = str(location)
    if "://" in text:
        from urllib.parse import urlsplit

        url = urlsplit(text)
        return f"{url.path.strip('/') or '?'} — {url.hostname or 'localhost'}"
    path = Path(text).absolute()
    folder = str(path.parent)
    home = str(Path.home())
    if home not in ("", "/") and (folder == home or folder.startswith(home + os.sep)):
        folder = "~" + folder[len(home):]
    return f"{path.name} — {folder}"
