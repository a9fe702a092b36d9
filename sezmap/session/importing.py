"""Importing a file into the open project through the session, without Qt.

``write_import`` reads, checks and commits the file's features (``store.importing``: all or
nothing, audited under the session's actor) on any thread; ``take_import`` then brings the
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


def write_import(location: str, path: str, layer: str, actor: str, source_layer: str | None = None):
    """Read, check and add the features of ``path`` to ``layer`` of the project at ``location``
    (on any thread: a store of its own); returns the store's ``ImportReport``."""
    from sezmap.store import open_store
    from sezmap.store.importing import import_file

    return import_file(open_store(location), path, layer, actor=actor, reason=f"import of {Path(path).name}",
                       source_layer=source_layer)


def take_import(session, report) -> PlotsChanged | LayersChanged | None:
    """Bring ``session`` up to date on an import committed to its file (``report``: the store's
    ``ImportReport``); returns the one event sent (None if nothing was added)."""
    if session.project is None or session.store is None or not report.ids:
        return None
    if report.layer == "plots":
        return _take_plots(session, report.ids)
    return _take_layer(session, report.layer, report.ids)


def _take_plots(session, ids) -> PlotsChanged | None:
    there = session.store.read_plots(ids)
    added = {pid: there[pid] for pid in ids if pid in there and session.row_of(pid) is None}
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
