"""What an install of sezmap has: ``sezmap --version`` and ``sezmap doctor``.

Each check names a thing sezmap reads or loads at run time, says where it was found (or that
it was not, and what to do), and whether sezmap needs it. ``sezmap doctor`` prints them all and
fails when a required one is missing; ``sezmap --version`` prints the version, where the data
is and the libraries' versions.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sezmap import __version__, paths

SOURCES = {"bundle": "desktop bundle", "wheel": "installed package", "checkout": "source checkout"}
LANGUAGES = ("ru", "kk")
# PostgreSQL drivers sezmap can use for postgresql:// projects: (distribution, module)
POSTGRES_DRIVERS = (("psycopg", "psycopg"), ("adbc-driver-postgresql", "adbc_driver_postgresql"))
REINSTALL = "reinstall sezmap (pip install sezmap-*.whl), or run packaging/setup.sh in a checkout"


@dataclass(frozen=True)
class Check:
    """One thing of the install: found (``ok``) with ``detail``, or missing with what to do."""

    name: str
    ok: bool
    detail: str
    required: bool = True


def _files(name: str, files: list[Path], hint: str) -> Check:
    missing = [f for f in files if not f.is_file()]
    if missing:
        return Check(name, False, f"missing: {', '.join(str(f) for f in missing)} ({hint})")
    return Check(name, True, ", ".join(str(f) for f in files) if len(files) == 1 else str(files[0].parent))


def data_checks() -> list[Check]:
    i18n = paths.translations_dir()
    return [
        _files("default project", [paths.default_project()], REINSTALL),
        _files("basemap", [paths.basemap_path()], REINSTALL),
        _files("translations", [i18n / f"sezmap_{lang}.{ext}" for lang in LANGUAGES for ext in ("qm", "ts")],
               REINSTALL),
        _files("icons", [paths.icon_path(), paths.icon_path(64)], REINSTALL),
        _files("sources cited", [paths.seeds_dir() / "SOURCES.md"], REINSTALL),
    ]


def web_check() -> Check:
    from sezmap.export.web.assets import ASSET_CSS, ASSET_JS, assets_dir

    root = assets_dir()
    missing = [f"{name}/{file}" for name, file in (*ASSET_JS, *ASSET_CSS) if not (root / name / file).is_file()]
    if missing:
        return Check("web map scripts", False,
                     f"missing in {root}: {', '.join(missing)} (the web map export inlines Leaflet: {REINSTALL}, "
                     "or set SEZMAP_WEB_ASSETS)")
    versions = []
    for name in dict(ASSET_JS):
        try:
            versions.append(f"{name} {json.loads((root / name / 'package.json').read_text('utf-8'))['version']}")
        except (OSError, ValueError, KeyError):
            versions.append(name)
    return Check("web map scripts", True, f"{', '.join(versions)} in {root}")


def _library(name: str, probe: Callable[[], str], hint: str) -> Check:
    try:
        return Check(name, True, probe())
    except Exception as exc:  # noqa: BLE001 - any failure to load is the finding
        return Check(name, False, f"cannot load: {exc} ({hint})")


def _gdal() -> str:
    import pyogrio
    import rasterio

    return f"{pyogrio.__gdal_version_string__} (pyogrio {pyogrio.__version__}), " \
           f"{rasterio.__gdal_version__} (rasterio {rasterio.__version__})"


def _proj() -> str:
    import pyproj
    from pyproj.datadir import get_data_dir

    data = Path(get_data_dir())
    if not (data / "proj.db").is_file():
        raise RuntimeError(f"proj.db is not in {data}")
    return f"{pyproj.proj_version_str} (pyproj {pyproj.__version__}), data in {data}"


def _qt() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def library_checks() -> list[Check]:
    hint = "reinstall sezmap's dependencies: pip install sezmap"
    return [_library("GDAL", _gdal, hint), _library("PROJ", _proj, hint), _library("Qt", _qt, hint)]


def postgres_check() -> Check:
    found = []
    for dist, module in POSTGRES_DRIVERS:
        if importlib.util.find_spec(module) is not None:
            try:
                found.append(f"{dist} {importlib.metadata.version(dist)}")
            except importlib.metadata.PackageNotFoundError:
                found.append(dist)
    if found:
        return Check("PostgreSQL driver", True, ", ".join(found), required=False)
    return Check("PostgreSQL driver", False,
                 "none installed; only projects in a PostgreSQL database need one "
                 "(pip install 'psycopg[binary]' or adbc-driver-postgresql)", required=False)


def checks() -> list[Check]:
    return [*data_checks(), web_check(), *library_checks(), postgres_check()]


def data_line() -> str:
    return f"data: {paths.app_root()} ({SOURCES[paths.data_source()]})"


def version_text() -> str:
    """``sezmap --version``: the version, where the data is, and the libraries' versions."""
    lines = [f"sezmap {__version__}", data_line(), f"Python {platform.python_version()}"]
    lines += [f"{c.name} {c.detail}" if c.ok else f"{c.name}: {c.detail}" for c in library_checks()]
    return "\n".join(lines)


def doctor_text(found: list[Check]) -> str:
    width = max(len(c.name) for c in found)
    lines = [f"sezmap {__version__} (Python {platform.python_version()})", data_line()]
    for c in found:
        mark = "ok" if c.ok else ("MISSING" if c.required else "absent")
        lines.append(f"  {mark:<8}{c.name:<{width}}  {c.detail}")
    missing = [c.name for c in found if c.required and not c.ok]
    lines.append(f"sezmap doctor: missing {', '.join(missing)}" if missing
                 else "sezmap doctor: everything sezmap needs is here")
    return "\n".join(lines)
