"""Importing a file into the open project through the session, without Qt.

``write_import`` reads, checks and commits the file's features (``store.importing``: all or
nothing, audited under the session's actor) and reads the added plots back, on any thread; ``take_import`` then brings the
session's project up to date on its own thread with one event, without reopening the file:

* plots: read back from the store and added as an edit adds them (the frame, the engine in
  place, then one ``plots_changed`` with ``origin="import"``, which the map and panels hear);
* zones, corridors or hubs: that layer read again into the project, then one
  ``layers_changed`` (``LayersChanged``); the analysis those layers feed is dropped
  (``engine_changed(None)``) for the caller to make afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sezmap.session.events import PlotsChanged
from sezmap.store.importing import ImportReport


@dataclass(frozen=True)
class LayersChanged:
    """Features of a layer other than the plots changed in the file and in the project."""

    layer: str
    ids: tuple[str, ...]
    origin: str = "import"


@dataclass(frozen=True)
class _Created:
    """A plot the import added, as the session's event needs it."""

    plot_id: str
    actor: str
    values: dict
    changed: bool = True


@dataclass(frozen=True)
class Imported:
    """An import committed: the store's ``ImportReport`` and, for plots, their rows as the file
    holds them now (id -> fields, read on the task thread: one query a plot)."""

    report: ImportReport
    rows: dict[str, dict]


def write_import(location: str, path: str, layer: str, actor: str, source_layer: str | None = None) -> Imported:
    """Read, check and add the features of ``path`` to ``layer`` of the project at ``location``
    (on any thread: a store of its own), and read the added plots back."""
    from sezmap.store import open_store
    from sezmap.store.importing import import_file

    store = open_store(location)
    report = import_file(store, path, layer, actor=actor, reason=f"import of {Path(path).name}",
                         source_layer=source_layer)
    return Imported(report, store.read_plots(report.ids) if layer == "plots" else {})


def take_import(session, imported: Imported) -> PlotsChanged | LayersChanged | None:
    """Bring ``session`` up to date on an import committed to its file; returns the one event
    sent (None if nothing was added)."""
    report = imported.report
    if session.project is None or session.store is None or not report.ids:
        return None
    if report.layer == "plots":
        return _take_plots(session, imported.rows)
    return _take_layer(session, report.layer, report.ids)


def _take_plots(session, rows: dict[str, dict]) -> PlotsChanged | None:
    added = {pid: rec for pid, rec in rows.items() if session.row_of(pid) is None}
    if not added:
        return None
    created = [_Created(pid, str(rec.get("updated_by") or session.actor), {"zone_id": rec.get("zone_id")})
               for pid, rec in added.items()]
    fields = set(session.project.plots.columns)
    return session._commit_to_project(created, fields, [], [], added, "import")


def _take_layer(session, layer: str, ids) -> LayersChanged:
    from sezmap.model import schema
    from sezmap.store.gpkg import with_extension_fields

    frame = with_extension_fields(session.store.read_layer(layer), schema.FEATURE_LAYERS[layer])
    setattr(session.project, layer, frame)
    session.set_engine(None)  # its figures were made from the layer as it was
    event = LayersChanged(layer, tuple(ids))
    session.layers_changed.emit(event)
    return event
