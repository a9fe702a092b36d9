"""Project stores: a GeoPackage file (default). All share the GpkgStore interface.

Faults of the file itself come out as :class:`ProjectBusy` (another program holds the
write lock; a DataError, exit code 3 on the command line) or :class:`DataError` naming
the file and the reason (read-only, disk full, damaged, not a database): see
:mod:`sezmap.store.errors`.

``GpkgStore`` and the audit exports are imported on first use, so that importing
``sezmap.store.errors`` (as the command line does at start) stays light.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from sezmap.model.problems import DataError
from sezmap.store.errors import ProjectBusy, sql_errors

if TYPE_CHECKING:
    from sezmap.store.audit_export import audit_rows_csv, audit_rows_json
    from sezmap.store.gpkg import GpkgStore
    from sezmap.store.postgis.store import PostgisStore

__all__ = ["DataError", "GpkgStore", "ProjectBusy", "audit_rows_csv", "audit_rows_json", "open_store",
           "sql_errors"]

_LAZY = {"GpkgStore": "sezmap.store.gpkg", "audit_rows_csv": "sezmap.store.audit_export",
         "audit_rows_json": "sezmap.store.audit_export"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(location: str | Path) -> GpkgStore | PostgisStore:
    """The store for a project location: a ``.gpkg`` path, or a PostgreSQL database (a libpq URI
    or ``service=NAME``: store.postgis.store.PostgisStore, which reads only in this version)."""
    from sezmap.store.gpkg import GpkgStore
    from sezmap.store.postgis.connection import is_postgis_location

    if is_postgis_location(location):
        from sezmap.store.postgis.store import PostgisStore

        return PostgisStore(str(location))
    return GpkgStore(location)
