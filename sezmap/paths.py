"""Where the bundled data lives.

The bundled layers sit in ``layers/`` beside the package (a source checkout or an
editable install). ``SEZMAP_LAYERS`` overrides that, for installed bundles.
"""

from __future__ import annotations

import os
from pathlib import Path


def layers_dir() -> Path:
    env = os.environ.get("SEZMAP_LAYERS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "layers"


def default_project() -> Path:
    return layers_dir() / "default.gpkg"


def basemap_path() -> Path:
    return layers_dir() / "basemap.gpkg"


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"
