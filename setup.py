"""The wheel's build step: sezmap's run-time data into the package (pyproject.toml has the rest).

The checkout keeps its top-level layout (``layers/``, ``resources/``, ``seeds/``); a wheel carries
them inside the package as ``sezmap/_data/<folder>/``, with Leaflet and its plugins in
``sezmap/_data/web/`` (fetched and checked against their pins by packaging/web_assets.py), so an
installed wheel needs neither the checkout nor the network. sezmap.paths finds either layout.
The sdist carries the same files (MANIFEST.in); an editable install reads the checkout and
gets nothing copied.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# (folder, file globs): what sezmap reads at run time, found by sezmap.paths
DATA = (
    ("layers", ("default.gpkg", "basemap.gpkg", "BASEMAP.md")),
    ("resources", ("i18n/sezmap_*.qm", "i18n/sezmap_*.ts", "icons/sezmap*.svg", "icons/sezmap-*.png",
                   "sezmap.desktop")),
    ("seeds", ("SOURCES.md", "*.csv")),
)


def _web_assets():
    """packaging/web_assets.py (by path: a folder named ``packaging`` would hide the library)."""
    spec = importlib.util.spec_from_file_location("sezmap_web_assets", ROOT / "packaging" / "web_assets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """build_py, then the data folders and the web assets into ``<build>/sezmap/_data``."""

    def run(self):
        super().run()
        if self.editable_mode:  # the checkout is the data
            return
        target = Path(self.build_lib) / "sezmap" / "_data"  # sezmap.paths.INSTALLED_DATA
        if target.exists():
            shutil.rmtree(target)
        for folder, globs in DATA:
            for pattern in globs:
                found = sorted((ROOT / folder).glob(pattern))
                if not found:
                    raise SystemExit(f"sezmap build: {folder}/{pattern} matches no file (a file sezmap reads "
                                     "at run time is missing from the source)")
                for file in found:
                    dest = target / file.relative_to(ROOT)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(file, dest)
        web = _web_assets()
        try:
            web.install(target / "web")
        except web.FetchError as exc:
            raise SystemExit(f"sezmap build: the web map's scripts: {exc}") from None


setup(cmdclass={"build_py": BuildWithData})
