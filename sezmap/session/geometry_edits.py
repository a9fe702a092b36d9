"""Digitising gestures turned into the plot changes of one step (Qt-free).

Each function reads what it needs from a :class:`~sezmap.session.ProjectSession` (the plots as
they are in ``session.project``, their versions, the actor) and returns the list of
``model.edits`` changes that ``session.edit(text, changes)`` commits in one transaction:

- :func:`draw_plot_changes`: a new plot drawn in a zone (``PlotCreate``);
- :func:`split_changes`: a plot cut by a line (``PlotEdit`` of the largest piece, which keeps
  the id, attributes and cadastral number, then a ``PlotCreate`` per other piece, lineage
  "split from <id>", cadastral number empty); investment and jobs are shared out by area
  (``model.apportion``);
- :func:`merge_changes`: plots joined into the largest (``PlotDelete`` of the others, lineage
  "merged into <id>", then a ``PlotEdit`` of the survivor's geometry and of its investment and
  jobs, the sums of all the plots'); :func:`merge_selection` commits that for the session's
  selection;
- :func:`vertex_move_changes`, :func:`vertex_insert_changes`, :func:`vertex_delete_changes`:
  one vertex of a plot changed (``PlotEdit`` of its geometry).

Gestures that cannot make a plot (a line that does not cross, plots that are not adjacent, a
ring left with fewer than 3 vertices) raise ValueError with the reason. The rules a plot must
keep (inside its zone, no overlap, valid) are the store's: it refuses with DataError and
writes nothing, so these functions do not check them twice.

Coordinates are lon/lat (EPSG:4326), as stored. Rings of a plot are numbered over its parts in
order, each part's exterior first, then its holes; vertices of a ring are numbered without the
closing point (vertex 0 is also the last point of the closed ring).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from sezmap.model import apportion, plot_geometry, schema
from sezmap.model.edits import PlotChange, PlotCreate, PlotDelete, PlotEdit
from sezmap.model.problems import DataError
from sezmap.model.values import same_value
from sezmap.session import plot_ids
from sezmap.session.step_names import StepName

DEFAULT_STATUS = "vacant"
NOT_COPIED = ("plot_id", "version", "updated_at", "updated_by")


# --- reading the session ----------------------------------------------------------------------

def _row(session, plot_id: str) -> int:
    row = session.row_of(str(plot_id))
    if row is None:
        raise ValueError(f"plot {plot_id!r} is not in the project")
    return row


def plot_geometry_of(session, plot_id: str) -> BaseGeometry:
    """A plot's current geometry (lon/lat) as the session has it."""
    return session.project.plots.geometry.iloc[_row(session, plot_id)]


def plot_values(session, plot_id: str) -> dict[str, Any]:
    """The editable fields of a plot (geometry included), missing ones as None."""
    rec = session.plot_record(_row(session, plot_id))
    return {k: rec.get(k) for k in schema.EDITABLE_PLOT_FIELDS if k in rec and k not in NOT_COPIED}


def new_plot_ids(session, zone_id: str, count: int) -> list[str]:
    """``count`` fresh ids following the zone's pattern, unique over the whole plots layer
    (``plot_ids``: without a Python pass over the layer's ids)."""
    return plot_ids.new_plot_ids(session.project.plots, session.plot_ids, zone_id, count)


# --- geometry helpers -------------------------------------------------------------------------

def polygon_from_lonlat(points) -> Polygon:
    """A Polygon from a ring of (lon, lat) points (closed or not; repeated points dropped), or a
    shapely polygon as given. ValueError with fewer than 3 distinct vertices."""
    if isinstance(points, BaseGeometry):
        if points.geom_type not in ("Polygon", "MultiPolygon"):
            raise ValueError(f"a plot must be a polygon, not a {points.geom_type}")
        return points
    xy = _clean_ring(np.asarray(points, dtype=float).reshape(-1, 2))
    if len(xy) < 3:
        raise ValueError("a plot needs at least 3 distinct vertices")
    return Polygon(xy)


def _clean_ring(xy: np.ndarray) -> np.ndarray:
    """Ring vertices without the closing point and without consecutive repeats."""
    if len(xy) == 0:
        return xy
    keep = np.r_[True, (np.diff(xy, axis=0) != 0).any(axis=1)]
    xy = xy[keep]
    while len(xy) > 1 and (xy[0] == xy[-1]).all():
        xy = xy[:-1]
    return xy


def polygon_parts(geom: BaseGeometry) -> list[Polygon]:
    return [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]


def ring_list(geom: BaseGeometry) -> list[np.ndarray]:
    """Every ring of a polygonal geometry as an (n, 2) array without its closing point, numbered
    as in this module (parts in order, exterior then holes)."""
    rings = []
    for part in polygon_parts(geom):
        for ring in (part.exterior, *part.interiors):
            xy = np.asarray(ring.coords, dtype=float)[:, :2]
            rings.append(xy[:-1] if len(xy) > 1 and (xy[0] == xy[-1]).all() else xy)
    return rings


def _rebuild(geom: BaseGeometry, rings: Sequence[np.ndarray]) -> BaseGeometry:
    """The geometry with its rings replaced (same parts, same type), each ring closed."""
    parts, k = [], 0
    for part in polygon_parts(geom):
        n = 1 + len(part.interiors)
        shell, *holes = [np.vstack([r, r[:1]]) for r in rings[k:k + n]]
        parts.append(Polygon(shell, holes))
        k += n
    if geom.geom_type == "MultiPolygon":
        return MultiPolygon(parts)
    return parts[0]


def _ring(rings: list[np.ndarray], ring_index: int) -> np.ndarray:
    if not 0 <= ring_index < len(rings):
        raise ValueError(f"the plot has no ring {ring_index} (it has {len(rings)})")
    return rings[ring_index]


def point_on_edge(a, b, near) -> tuple[float, float]:
    """The point of the edge from ``a`` to ``b`` (lon/lat) nearest to ``near`` (lon/lat), the
    edge taken as the geodesic it is for ``split_plot`` and the store's rules (a gnomonic
    projection makes it straight). Where a vertex snapped or added on an edge goes, so that it
    lies on the neighbour's boundary and not a centimetre inside it. The ends come back exactly."""
    a, b, p = (np.asarray(v, dtype=float).reshape(2) for v in (a, b, near))
    if (a == b).all():
        return float(a[0]), float(a[1])
    mid = (a + b) / 2
    gn = plot_geometry.Gnomonic(float(mid[0]), float(mid[1]))
    pa, pb, pp = gn.forward(np.vstack([a, b, p]))
    d = pb - pa
    t = float(np.clip(np.dot(pp - pa, d) / np.dot(d, d), 0.0, 1.0))
    if t == 0.0:
        return float(a[0]), float(a[1])
    if t == 1.0:
        return float(b[0]), float(b[1])
    lon, lat = gn.inverse((pa + t * d)[None, :])[0]
    return float(lon), float(lat)


def _lonlat(value) -> np.ndarray:
    xy = np.asarray(value, dtype=float).reshape(-1)[:2]
    if len(xy) != 2 or not np.isfinite(xy).all():
        raise ValueError(f"not a lon/lat point: {value!r}")
    return xy


# --- drawing ----------------------------------------------------------------------------------

def draw_plot_changes(session, zone_id: str, polygon_lonlat, values: Mapping[str, Any] | None = None, *,
                      reason: str) -> list[PlotChange]:
    """A new plot drawn in ``zone_id``: one PlotCreate with the next id of the zone's pattern,
    status 'vacant' unless ``values`` says otherwise, no lineage."""
    if not zone_id:
        raise ValueError("choose the zone to draw the plot in")
    geom = polygon_from_lonlat(polygon_lonlat)
    record = {k: v for k, v in dict(values or {}).items() if k not in NOT_COPIED}
    record.update(zone_id=str(zone_id), geometry=geom)
    if not record.get("status"):
        record["status"] = DEFAULT_STATUS
    (plot_id,) = new_plot_ids(session, zone_id, 1)
    return [PlotCreate(plot_id, record, session.actor, reason)]


# --- split and merge --------------------------------------------------------------------------

def split_changes(session, plot_id: str, line_lonlat, *, reason: str) -> list[PlotChange]:
    """A plot cut by a line across it: the largest piece keeps the id, attributes and cadastral
    number (PlotEdit, checked against the session's version), every other piece is a new plot
    with the same attributes but no cadastral number (PlotCreate, lineage "split from <id>").
    Investment committed and made and jobs planned are shared out by the pieces' ellipsoidal
    areas (``apportion.split_amounts``), so the zone's totals do not change. ValueError if the
    line does not cut it."""
    plot_id = str(plot_id)
    values = plot_values(session, plot_id)
    pieces = plot_geometry.split_plot(values["geometry"], line_lonlat)
    amounts = apportion.split_amounts(values, [plot_geometry.geodesic_area_m2(p) for p in pieces])
    zone_id = str(values["zone_id"])
    ids = new_plot_ids(session, zone_id, len(pieces) - 1)
    changes: list[PlotChange] = [PlotEdit(plot_id, {"geometry": pieces[0], **_changed(values, amounts[0])},
                                          session.actor, reason, expect_version=session.version_of(plot_id))]
    for new_id, piece, share in zip(ids, pieces[1:], amounts[1:], strict=True):
        record = {**values, **share, "cadastral_no": None, "geometry": piece}
        changes.append(PlotCreate(new_id, record, session.actor, reason, lineage=f"split from {plot_id}"))
    return changes


def _changed(values: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of ``new`` that differ from ``values``."""
    return {k: v for k, v in new.items() if not same_value(values.get(k), v)}


def merge_changes(session, plot_ids: Iterable[str], *, reason: str) -> list[PlotChange]:
    """Plots of one zone that share edges joined into one: the largest (by ellipsoidal area; the
    first given on a tie) keeps its id, attributes and cadastral number and gets the union and
    the sums of the plots' investment and jobs (PlotEdit, ``apportion.merged_amounts``); the others
    are taken out (PlotDelete, lineage "merged into <id>"), before the survivor grows so that
    the store never sees an overlap. ValueError naming the plots if they are in different zones
    or not adjacent."""
    ids = list(dict.fromkeys(str(p) for p in plot_ids))
    if len(ids) < 2:
        raise ValueError("select two or more plots to merge")
    values = {pid: plot_values(session, pid) for pid in ids}
    zones = {pid: str(v["zone_id"]) for pid, v in values.items()}
    if len(set(zones.values())) > 1:
        listing = ", ".join(f"{pid} ({z})" for pid, z in zones.items())
        raise ValueError(f"plots of different zones cannot be merged: {listing}")
    geoms = [values[pid]["geometry"] for pid in ids]
    merged = plot_geometry.merge_plots(geoms, ids)
    areas = [plot_geometry.geodesic_area_m2(g) for g in geoms]
    keep = ids[max(range(len(ids)), key=lambda i: (round(areas[i], 6), -i))]
    changes: list[PlotChange] = [
        PlotDelete(pid, session.actor, reason, lineage=f"merged into {keep}", expect_version=session.version_of(pid))
        for pid in ids if pid != keep]
    sums = _changed(values[keep], apportion.merged_amounts(list(values.values())))
    changes.append(PlotEdit(keep, {"geometry": merged, **sums}, session.actor, reason,
                            expect_version=session.version_of(keep)))
    return changes


def merge_survivor(changes: Sequence[PlotChange]) -> str | None:
    """The id that a merge's changes keep (its PlotEdit)."""
    return next((c.plot_id for c in changes if isinstance(c, PlotEdit)), None)


NO_PROJECT = "no_project"
TOO_FEW = "too_few"
REFUSED = "refused"


@dataclass(frozen=True)
class MergeOutcome:
    """What a merge of the selection did: ``kept`` the surviving id; or ``problem`` (NO_PROJECT,
    TOO_FEW, or REFUSED with the ``error`` the gesture or the store raised), ``what`` the step."""

    kept: str | None = None
    problem: str | None = None
    what: str = ""  # a StepName
    error: Exception | None = None


def merge_selection(session, reason: str, plot_ids: Sequence[str] | None = None) -> MergeOutcome:
    """Merge the selected plots (or ``plot_ids``, the plots selected when the merge was asked
    for; adjacent, one zone) into the largest, as one undoable step; the survivor becomes the
    selection."""
    if session.project is None:
        return MergeOutcome(problem=NO_PROJECT)
    ids = list(plot_ids) if plot_ids is not None else [session.plot_id(r) for r in session.selection]
    if len(ids) < 2:
        return MergeOutcome(problem=TOO_FEW)
    what = StepName("merge", ids=tuple(ids[1:]), id=ids[0])  # named again once the survivor is known
    try:
        changes = merge_changes(session, ids, reason=reason)
        keep = merge_survivor(changes)
        what = StepName("merge", ids=tuple(p for p in ids if p != keep), id=keep)
        session.edit(what, changes)
    except (DataError, ValueError) as exc:
        return MergeOutcome(problem=REFUSED, what=what, error=exc)
    row = session.row_of(keep)
    session.set_selection([row] if row is not None else [])
    return MergeOutcome(kept=keep, what=what)


# --- vertices ---------------------------------------------------------------------------------

def _vertex_edit(session, plot_id: str, geom: BaseGeometry, reason: str) -> list[PlotChange]:
    return [PlotEdit(str(plot_id), {"geometry": geom}, session.actor, reason,
                     expect_version=session.version_of(str(plot_id)))]


def vertex_move_changes(session, plot_id: str, ring_index: int, vertex_index: int, new_lonlat,
                        *, reason: str) -> list[PlotChange]:
    """Vertex ``vertex_index`` of ring ``ring_index`` moved to ``new_lonlat`` (the ring stays
    closed: moving vertex 0 moves its closing point too)."""
    geom = plot_geometry_of(session, plot_id)
    rings = [r.copy() for r in ring_list(geom)]
    ring = _ring(rings, ring_index)
    if not 0 <= vertex_index < len(ring):
        raise ValueError(f"ring {ring_index} has no vertex {vertex_index} (it has {len(ring)})")
    ring[vertex_index] = _lonlat(new_lonlat)
    if len(_clean_ring(ring)) < 3:
        raise ValueError("a ring needs at least 3 distinct vertices")
    return _vertex_edit(session, plot_id, _rebuild(geom, rings), reason)


def vertex_insert_changes(session, plot_id: str, ring_index: int, vertex_index: int, new_lonlat,
                          *, reason: str) -> list[PlotChange]:
    """A vertex at ``new_lonlat`` inserted into ring ``ring_index`` so that it becomes vertex
    ``vertex_index`` (on the edge from vertex ``vertex_index - 1``; ``len(ring)`` appends it on
    the closing edge)."""
    geom = plot_geometry_of(session, plot_id)
    rings = ring_list(geom)
    ring = _ring(rings, ring_index)
    if not 0 <= vertex_index <= len(ring):
        raise ValueError(f"ring {ring_index} has no vertex position {vertex_index} (it has {len(ring)})")
    rings[ring_index] = np.insert(ring, vertex_index, _lonlat(new_lonlat), axis=0)
    return _vertex_edit(session, plot_id, _rebuild(geom, rings), reason)


def vertex_delete_changes(session, plot_id: str, ring_index: int, vertex_index: int, new_lonlat=None,
                          *, reason: str) -> list[PlotChange]:
    """Vertex ``vertex_index`` of ring ``ring_index`` taken out (``new_lonlat`` is ignored; it is
    there so the three vertex functions share a signature). ValueError if the ring would keep
    fewer than 3 distinct vertices."""
    geom = plot_geometry_of(session, plot_id)
    rings = ring_list(geom)
    ring = _ring(rings, ring_index)
    if not 0 <= vertex_index < len(ring):
        raise ValueError(f"ring {ring_index} has no vertex {vertex_index} (it has {len(ring)})")
    left = np.delete(ring, vertex_index, axis=0)
    if len(_clean_ring(left)) < 3:
        raise ValueError("a polygon needs at least 3 vertices: this one cannot lose another")
    rings[ring_index] = left
    return _vertex_edit(session, plot_id, _rebuild(geom, rings), reason)
