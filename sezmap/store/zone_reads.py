"""One zone of a GeoPackage project, read without the rest of its plots (``sezmap export --zone``,
through ``GpkgStore.load_zone``; ``PostgisStore.load_zone`` reads a database's the same way, the
server's GiST index finding the plots around).

A one-zone page needs that zone's plots for its figures and the plots it shows around the zone
for its map. ``load_zone`` reads the zones, corridors and hubs whole (a few hundred features),
the zone's own plots (``zone_id = …``, wherever they lie) and, with ``around``, the other
zones' plots whose boxes reach into the zone's surroundings (their ids found through the
R-tree and the zone index in SQLite, then read by id; GDAL's bbox read without an R-tree): a box
around the zone as wide and tall again as the zone on every side, and at least square on the
ground, so that any page proportion up to 1:2 that fits the zone shows no blank where plots are.
Everything read is validated as ``GpkgStore.load`` validates it. The project says which zone
it holds whole (``Project.whole_zones``): exports show no figures for the others. A zone's figures from this
project equal those of the whole project (tests/test_zone_reads.py): a zone's metrics depend
only on its own plots, its outline and the corridors and hubs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from sezmap.model import schema
from sezmap.model.problems import DataError, Problem
from sezmap.model.coords import KnownRings, Rings
from sezmap.model.project import Project
from sezmap.model.validation import attribute_problems, row_labels, validate_project
from sezmap.store import layer_reads

if TYPE_CHECKING:
    from sezmap.store.gpkg import GpkgStore


def _literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def surroundings(bounds, margin: float = 1.0) -> tuple[float, float, float, float]:
    """(minx, miny, maxx, maxy) lon/lat: the zone's box widened by ``margin`` times its larger
    side (on the ground) on every side."""
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    shrink = max(math.cos(math.radians((miny + maxy) / 2.0)), 0.1)  # a degree of longitude on the ground
    side = max(maxx - minx, (maxy - miny) / shrink)  # in degrees of longitude
    dx, dy = side * (0.5 + margin), side * shrink * (0.5 + margin)
    cx, cy = (minx + maxx) / 2.0, (miny + maxy) / 2.0
    return cx - dx, max(cy - dy, -90.0), cx + dx, min(cy + dy, 90.0)


def load_zone(store: GpkgStore, zone_id: str, around: bool = True, validate: bool = True,
              own_read: Callable[[Project], object] | None = None) -> Project:
    """The project with the plots of zone ``zone_id`` (and, with ``around``, the other plots
    near it); DataError when the zone is unknown or what was read is not valid. ``own_read``
    is called with the project of the zone's own plots (``own_project``) as soon as they are
    read, not checked yet (on the geometries' thread when they are read in two scans), before
    the whole read is checked."""
    from sezmap.store.gpkg import _in_file, with_extension_fields

    problems = store.schema_problems()
    if problems:
        raise DataError([_in_file(p, store.path) for p in problems])
    layers = {name: with_extension_fields(store.read_layer(name), spec)
              for name, spec in schema.FEATURE_LAYERS.items() if name != "plots"}
    zones = layers["zones"]
    mine = zones[zones["zone_id"].astype(str) == str(zone_id)]
    if mine.empty:
        names = ", ".join(str(z) for z in zones["zone_id"])
        raise DataError(f"--zone {zone_id!r}: no such zone in {store.location}; zones: {names}")
    box = surroundings(mine.total_bounds)
    spec = schema.FEATURE_LAYERS["plots"]
    # the plots' ids need no duplicate check where the file keeps them unique itself
    unique = validate and "plot_id" in layer_reads.unique_columns(store.path, ["plots"])["plots"]

    def neighbours(own=None):
        return _neighbour_fids(store, zone_id, box, own)

    def meanwhile(attributes):
        """Once GDAL's attribute scan of the zone has ended, while the other thread decodes the
        zone's geometries and GEOS builds them: the zone's attribute checks, the neighbours' ids
        looked up in SQLite (no GIL; GDAL and sqlite3 never hold the file at once: file_guard)
        and their plots read (the zone's own geometries were 0.1-0.3 s from built when this
        began, for the largest zone of a 1M-plot project)."""
        try:
            checks = attribute_problems(schema.PLOTS, with_extension_fields(attributes.reset_index(drop=True), spec),
                                        unique_ids=unique) if validate else None
        except BaseException:
            clean.set_result(False)  # (the geometries' thread waits for it)
            raise
        clean.set_result(checks == [] or not validate)  # (None: a required field is missing)
        # (the zone's own ids are the scan's fids: no second pass over them in SQLite)
        others = _around(store, zone_id, box, neighbours(attributes.index.to_numpy())) if around else None
        return OwnChecks(len(attributes), checks), others

    meta = store.meta()
    handed = []
    clean: Future = Future()  # whether the own plots' attribute checks (meanwhile's) found nothing

    def built(frame, known):
        """On the geometries' thread, as soon as the zone's own plots are in: ``own_read``, once
        their attribute checks (meanwhile, at the same time) found nothing: work on plots known
        to be bad would only hold up the command's message."""
        handed.append(frame)
        if own_read is not None and clean.result():
            own_read(own_project(layers, with_extension_fields(frame, spec), known, meta, str(store.path), zone_id))

    own, rings_own, slot = _plots(store, f"zone_id = {_literal(zone_id)}", meanwhile=meanwhile, built=built)
    checked, others = slot if slot is not None else (None, None)  # (None: read in one scan)
    if not handed:  # (read in one scan: checked with the rest, below)
        if not clean.done():
            clean.set_result(True)
        built(own, rings_own)
    parts = [(own, rings_own)]
    if around:
        parts.append(others if others is not None else _around(store, zone_id, box, neighbours()))
    plots, rings = join_parts(parts)
    layers["plots"] = with_extension_fields(plots, spec)
    if validate:
        attributes = {"plots": plot_checks(layers["plots"], with_extension_fields(own.copy(deep=False), spec),
                                             checked, unique)}
        found = validate_project(layers, {"plots": rings} if rings is not None else None,
                                 {k: v for k, v in attributes.items() if v is not None})
        if found:
            raise DataError([_in_file(p, store.path) if isinstance(p, Problem) else p for p in found])
    return Project(**layers, meta=meta, location=str(store.path), plot_rings=rings,
                   whole_zones=(str(zone_id),))


def own_project(layers: dict, plots, rings: KnownRings | None, meta: dict, location: str, zone_id: str) -> Project:
    """The project of zone ``zone_id``'s own ``plots`` (with the other ``layers`` read whole),
    not checked yet: what ``load_zone``'s ``own_read`` is given. Its zone's figures are those of
    the project ``load_zone`` returns (a zone's figures depend on its own plots only)."""
    return Project(**{k: v for k, v in layers.items() if k != "plots"}, plots=plots, meta=meta,
                   location=location, plot_rings=rings, whole_zones=(str(zone_id),))


@dataclass(frozen=True)
class OwnChecks:
    """The attribute checks of the first ``rows`` rows of the plots (the zone's own, as read)."""

    rows: int
    problems: list[Problem] | None


def plot_checks(plots: pd.DataFrame, own: pd.DataFrame, checked: OwnChecks | None, unique: bool):
    """``attribute_problems(PLOTS, plots, unique_ids=unique)``, where ``plots`` is ``own`` (the zone's
    plots) followed by others: with ``checked`` (``own``'s checks, made while it was read) only
    the other rows are checked, when that gives the same: ``own`` had no problem, its columns
    kept their types in ``plots`` (so its values are the same) and no duplicate check spans both.
    A value's check does not depend on the other rows' (validation.suspect_mask, check_value)."""
    n = len(own)
    same = (checked is not None and checked.problems == [] and checked.rows == n and unique
            and list(own.columns) == list(plots.columns)
            and all(own[c].dtype == plots[c].dtype for c in plots.columns))
    if not same:
        return attribute_problems(schema.PLOTS, plots, unique_ids=unique)
    if n == len(plots):
        return []
    rest = plots.iloc[n:]
    return attribute_problems(schema.PLOTS, rest, row_labels(schema.PLOTS, rest, range(n + 1, len(plots) + 1)),
                              unique_ids=True)


def _plots(store, where: str, bbox=None, meanwhile=None, built=None):
    """(plots that match, their coordinate stream or None, what ``meanwhile(attributes)`` gave or
    None): read as two scans at once, the geometries decoded in bulk (store/layer_reads.py), as a
    whole project's plots are, ``meanwhile`` called on this thread once the attributes are read,
    ``built`` on the other once both are in; in one scan (GpkgStore.read_layer), without
    ``meanwhile`` and ``built``, when that is not possible."""
    from sezmap.store.layer_crs import LONLAT

    def lonlat(frame) -> bool:
        return frame.crs is not None and frame.crs.equals(LONLAT, ignore_axis_order=True)

    def told(frame, known):
        if lonlat(frame):  # (else read again, in one scan, and told of then)
            built(frame, known)

    frame, rings, found = layer_reads.read_in_two(store.path, "plots", meanwhile, where=where, bbox=bbox,
                                                  built=told if built is not None else None)
    if frame is not None and lonlat(frame):
        return frame, rings, found
    return store.read_layer("plots", bbox=bbox, where=where), None, None


def _around(store, zone_id: str, box, fids: tuple[str, np.ndarray] | None):
    """(the other zones' plots whose boxes reach into ``box``, their coordinate stream or None).
    In a GeoPackage with the plots' R-tree, in lon/lat: the R-tree's candidates less the zone's
    own plots (the zone_id index) are found in SQLite (``fids``: ``_neighbour_fids``), read by
    id, and kept where their exact boxes meet ``box`` (the R-tree's are rounded outwards). GDAL's
    bbox read would fetch and test every row the box holds, the zone's own included: most of
    the largest zone's read."""
    others = f"zone_id <> {_literal(zone_id)}"
    if fids is None:
        return _plots(store, others, box)[:2]
    key, ids = fids
    if not len(ids):
        return pd.DataFrame(), None  # (none: the caller adds nothing)
    frame, known, _ = _plots(store, f'{others} AND "{key}" IN ({",".join(map(str, ids.tolist()))})')
    minx, miny, maxx, maxy = box
    b = frame.geometry.bounds.to_numpy() if len(frame) else np.zeros((0, 4))
    keep = np.flatnonzero((b[:, 0] <= maxx) & (b[:, 2] >= minx) & (b[:, 1] <= maxy) & (b[:, 3] >= miny))
    if len(keep) == len(frame):
        return frame, known
    frame = frame.iloc[keep].reset_index(drop=True)
    return frame, (KnownRings(frame.geometry.to_numpy(), known.rings.take(keep)) if known is not None else None)


def _neighbour_fids(store, zone_id: str, box, own=None) -> tuple[str, np.ndarray] | None:
    """(the plots' id column, the sorted ids of plots of other zones whose R-tree boxes meet
    ``box``), or None when the file has no R-tree for them in lon/lat (then GDAL's bbox read).
    ``own``: the zone's own plots' ids as its scan read them (None: looked up here). Left out of
    the ids only to shorten them: the read of the others asks for ``zone_id <>`` the zone too."""
    from sezmap.store import geopackage_sql as sql
    from sezmap.store.feature_rows import geometry_column
    from sezmap.store.layer_crs import layer_crs

    conn = sql.connect(store.path, readonly=True)
    try:
        rtree = f"rtree_plots_{geometry_column(conn, 'plots')}"
        keys = [r[1] for r in conn.execute('PRAGMA table_info("plots")') if r[5]]
        if (len(keys) != 1 or not layer_crs(conn, "plots").is_lonlat
                or not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()):
            return None
        minx, miny, maxx, maxy = box
        near = _ids(conn, f'SELECT group_concat(id) FROM "{rtree}" WHERE maxx >= ? AND minx <= ? '
                          "AND maxy >= ? AND miny <= ?", (minx, maxx, miny, maxy))
        if own is None:
            own = _ids(conn, f'SELECT group_concat("{keys[0]}") FROM plots WHERE zone_id = ?', (str(zone_id),))
    finally:
        conn.close()
    # np.isin picks a lookup table over the ids' range when that is small (fids are): 0.02 s for
    # the largest zone, where searchsorted of the unsorted R-tree ids took 0.18-0.32 s and
    # np.setdiff1d, sorting both, ~0.8 s
    return keys[0], np.sort(near[~np.isin(near, own)])


def _ids(conn, query: str, args) -> np.ndarray:
    """The integers a ``group_concat`` query gives (one text: far fewer Python objects than rows)."""
    text = conn.execute(query, args).fetchone()[0]
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


def join_parts(parts) -> tuple[pd.DataFrame, KnownRings | None]:
    """The plots read in ``parts`` ((frame, coordinate stream or None) each; the first the zone's
    own, the others' empty ones left out) as one frame, and its coordinate stream when every
    part has one."""
    parts = [parts[0], *(p for p in parts[1:] if len(p[0]))]
    plots = parts[0][0] if len(parts) == 1 else pd.concat([p[0] for p in parts], ignore_index=True)
    return plots, _joined(plots, [p[1] for p in parts])


def _joined(plots, known) -> KnownRings | None:
    """The coordinate stream of ``plots`` from those of its parts, when every part has one."""
    if any(k is None for k in known):
        return None
    streams = [k.rings for k in known]
    offsets = [streams[0].offsets]
    for stream in streams[1:]:
        offsets.append(stream.offsets[1:] + offsets[-1][-1])
    joined = Rings(np.concatenate([s.xy for s in streams]), np.concatenate(offsets),
                   np.concatenate([s.simple for s in streams]))
    return KnownRings(plots.geometry.to_numpy(), joined)
