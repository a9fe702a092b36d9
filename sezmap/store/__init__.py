"""Project stores: a GeoPackage file (default). All share the GpkgStore interface."""

from __future__ import annotations

from pathlib import Path

from sezmap.model.problems import DataError
from sezmap.store.gpkg import GpkgStore


def open_store(location: str | Path) -> GpkgStore:
    """The store for a project location (a ``.gpkg`` path)."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        raise DataError(f"{text}: PostGIS projects are not supported by this version of sezmap")
    return GpkgStore(location)
