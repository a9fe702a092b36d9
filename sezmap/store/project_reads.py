"""A GeoPackage project read whole (``GpkgStore.load``), or with its plots' read begun first
for opening it in the window (``begin_plots``, then ``load``): the plots' map is drawn from the
geometries' coordinate stream while their attributes are read and their geometries built
(``session.loading``'s plots map step).

Every feature layer is read (a large one in two scans at once, its attributes checked while its
geometries are decoded: ``layer_reads``) and, with ``validate``, checked whole
(``model.validation``); the plots begun are read as begun, or again in one scan if the file was
written between their two scans.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pyogrio
import pyproj

from sezmap.model import schema
from sezmap.model.problems import DataError
from sezmap.model.project import Project
from sezmap.model.validation import attribute_problems, validate_project
from sezmap.store import file_guard, layer_reads
from sezmap.store.layer_crs import LONLAT

if TYPE_CHECKING:
    from sezmap.store.gpkg import GpkgStore


def begin_plots(store: GpkgStore) -> layer_reads.BegunRead | None:
    """The plots' two scans begun (``layer_reads.BegunRead``, their statuses read with their
    geometries: the map can be drawn from its ``scan``), for ``load(store, begun=...)``; None
    for a layer too small to be read in two scans, a file whose schema or plots' CRS the load
    has to handle first, or whose layer cannot be read (the load says why)."""
    try:
        if store.schema_problems() or not layer_reads.split_read(store.path, "plots"):
            return None
        with file_guard.using(store.path, file_guard.GDAL):
            crs = pyogrio.read_info(store.path, layer="plots")["crs"]
        if crs is not None and not pyproj.CRS(crs).equals(LONLAT, ignore_axis_order=True):
            return None
        return layer_reads.BegunRead(store.path, "plots", _check(store, "plots", True), columns=("status",))
    except Exception:  # noqa: BLE001 - the load reads the layer again and says why
        return None


def _check(store: GpkgStore, name: str, validate: bool):
    """What looks at a large layer's attributes while its geometries are decoded (its ids only
    if the file does not keep them unique itself), if ``validate``."""
    if not validate:
        return None
    spec = schema.FEATURE_LAYERS[name]
    unique = layer_reads.unique_columns(store.path, [name])[name]
    return functools.partial(attribute_problems, spec, unique_ids=spec.id_field in unique)


def load(store: GpkgStore, validate: bool = True, begun: layer_reads.BegunRead | None = None) -> Project:
    """The whole project; with ``validate``, raises DataError listing every problem. ``begun``:
    the plots' read begun by ``begin_plots`` (ended here, whatever happens)."""
    from sezmap.store.gpkg import _in_file, with_extension_fields

    try:
        problems = store.schema_problems()
        if problems:
            raise DataError([_in_file(p, store.path) for p in problems])
        layers, known, attributes = {}, {}, {}
        for name, spec in schema.FEATURE_LAYERS.items():
            frame, rings, found = store.read_parts(name, meanwhile=_check(store, name, validate),
                                                   begun=begun if name == "plots" else None)
            layers[name] = with_extension_fields(frame, spec)
            if rings is not None:
                known[name] = rings
            if found is not None:
                attributes[name] = found
    finally:
        if begun is not None:
            begun.abandon()
    if validate:
        problems = validate_project(layers, known, attributes)
        if problems:
            # a damaged page can read as rows of nothing: then the damage is the reason
            damage = store.integrity_problems()
            raise DataError(damage or [_in_file(p, store.path) for p in problems])
    return Project(**layers, meta=store.meta(), location=str(store.path), plot_rings=known.get("plots"))
