"""Where the bundled data lives.

sezmap reads ``layers/`` (the default project and the basemap), ``resources/`` (translations,
icons), ``seeds/`` (the sources it cites) and, in a wheel, ``web/`` (Leaflet) from one folder,
the app root:

- in a desktop bundle, its data folder (PyInstaller's ``sys._MEIPASS``, packaging/sezmap.spec);
- in an installed wheel, ``sezmap/_data/`` inside the package (the build, setup.py, copies the
  checkout's top-level folders there);
- in a source checkout or an editable install, the checkout (the package's parent).

``SEZMAP_LAYERS`` overrides the layers' folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a desktop bundle (PyInstaller)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


PACKAGE = Path(__file__).resolve().parent
INSTALLED_DATA = "_data"  # the wheel's data folder inside the package (setup.py puts it there)


def data_source() -> str:
    """Where the data comes from: "bundle", "wheel" or "checkout" (see the module's text)."""
    if is_frozen() and getattr(sys, "_MEIPASS", None):
        return "bundle"
    if (PACKAGE / INSTALLED_DATA).is_dir():
        return "wheel"
    return "checkout"


def app_root() -> Path:
    """The folder that holds ``layers/``, ``resources/`` and ``seeds/``: the bundle's data folder
    when frozen, the package's ``_data`` in an installed wheel, else the source checkout."""
    source = data_source()
    if source == "bundle":
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller's boot loader
    if source == "wheel":
        return PACKAGE / INSTALLED_DATA
    return PACKAGE.parent


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


def translations_dir() -> Path:
    """sezmap's translations: ``sezmap_<lang>.qm`` for Qt, ``sezmap_<lang>.ts`` for the exports."""
    return resources_dir() / "i18n"


def seeds_dir() -> Path:
    """The seed tables of the default project and ``SOURCES.md``, the documents they cite."""
    return app_root() / "seeds"


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


def cache_dir() -> Path:
    """Where sezmap keeps what it can compute again (the site search's index): ``$SEZMAP_CACHE_DIR``
    when set, else ``$XDG_CACHE_HOME/sezmap``, else ``~/.cache/sezmap``. Deleting it is always safe."""
    own = os.environ.get("SEZMAP_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base and os.path.isabs(base) else Path.home() / ".cache") / "sezmap"
