"""Whole projects written anew: a copy of a project file (Save a copy as…) and a new project
from the template (File → New project from the template).

A copy is made with SQLite's online backup API from a read-only connection to the project: a
consistent snapshot page by page (what a writer commits meanwhile is in the copy or not, never
half), the WAL's committed pages included. Nothing is re-encoded, so the copy holds the same
rows, triggers and audit seals, and its record checks as the original's does (it keeps the
project's identity, ``project_uuid``, which the seals and a saved undo stack belong to). It is
written to a temporary file beside the target and renamed (sezmap.formats.atomic), in the
rollback-journal mode so that it is one self-contained file; the project itself is never the
target. The session goes on with the original.

A new project from the template takes the template's zones, corridors and hubs (the bundled
project's: paths.default_project()) and none of its plots, in a new file with its own
identity and an empty audit log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sezmap.formats.atomic import atomic_output
from sezmap.store.disk import real_path

TEMPLATE_LAYERS = ("zones", "corridors", "hubs")
PAGES_PER_STEP = 1024  # the backup copies this many pages at a time (4 MiB of 4 KiB pages)


def save_copy(store, out_path: str | Path) -> Path:
    """A copy of ``store``'s project file at ``out_path`` (whole or not at all); returns it."""
    source = store.connect(readonly=True)  # holds the file (file_guard) while it is copied
    try:
        with atomic_output(out_path, require_content=True, inputs=[store.location]) as tmp:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target, pages=PAGES_PER_STEP)
                target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
                if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("the copy does not check")
            finally:
                target.close()
    finally:
        source.close()
    return Path(out_path)


def new_from_template(out_path: str | Path, template: str | Path | None = None, title: str | None = None):
    """A new project at ``out_path`` with the template's zones, corridors and hubs and no plots;
    returns its GpkgStore. DataError if ``out_path`` exists or is the template."""
    from sezmap import paths
    from sezmap.model.problems import DataError
    from sezmap.store.gpkg import GpkgStore

    template = Path(template) if template is not None else paths.default_project()
    if Path(out_path).exists() and real_path(out_path) == real_path(template):
        raise DataError(f"{out_path}: is the template itself")
    source = GpkgStore(template)
    layers = {name: source.read_layer(name) for name in TEMPLATE_LAYERS}
    meta = source.meta()
    zones = len(layers["zones"])
    meta = {
        "title": title or Path(out_path).stem,
        "description": (f"Made from the sezmap template ({meta.get('title', Path(template).name)}): {zones} special "
                        "economic zones with schematic boundaries sized to their official areas, the corridors "
                        "and hubs; no plots yet."),
    }
    return GpkgStore.create(out_path, layers, meta=meta)
