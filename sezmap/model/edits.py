"""Audited plot edits: what changes, who changes it and why.

An edit is a small value object; the store applies it in one transaction and
returns an :class:`EditResult`, whose ``inverse()`` is the edit that undoes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from sezmap.model import schema
from sezmap.model.problems import DataError, Problem, Reason, reason_of
from sezmap.model.validation import check_value, check_value_rules
from sezmap.model.values import actor_problem, flat_geometries, is_missing, name_problem, nfc


def normalize_geometry(value) -> BaseGeometry:
    """A plot geometry from shapely or WKT: polygonal, valid, as a MultiPolygon."""
    geom = value
    if isinstance(value, str):
        try:
            geom = shapely.from_wkt(value)
        except shapely.errors.GEOSException as exc:
            raise ValueError(f"geometry: not readable WKT ({exc})") from None
    if not isinstance(geom, BaseGeometry) or geom.is_empty:
        raise ValueError("geometry: empty or missing")
    geom = flat_geometries([geom])[0]  # Z and M dropped before anything checks or audits it
    if geom.geom_type not in schema.POLYGONAL:
        raise ValueError(f"geometry: a {geom.geom_type}, not a Polygon or MultiPolygon")
    if not geom.is_valid:
        raise ValueError(f"geometry: invalid ({shapely.is_valid_reason(geom)})")
    return promote_to_multi([geom])[0]


def promote_to_multi(geoms) -> np.ndarray:
    """Polygons and LineStrings become one-part Multi geometries (vectorised)."""
    geoms = np.asarray(geoms, dtype=object).copy()
    types = shapely.get_type_id(geoms)
    for single, make in ((3, shapely.multipolygons), (1, shapely.multilinestrings)):
        idx = np.flatnonzero(types == single)
        if len(idx):
            geoms[idx] = make(geoms[idx], indices=np.arange(len(idx)))
    return geoms


SINGLE_TYPES = {"POLYGON": (6, "MultiPolygon"), "LINESTRING": (5, "MultiLineString")}


def fit_geometry_type(geoms, declared: str | None, default: str | None = None) -> tuple[np.ndarray, dict[int, str]]:
    """Geometries as a layer's declared GeoPackage geometry type (``gpkg_geometry_columns``)
    takes them, and the positions of those it cannot take, with the reason.

    A Polygon (LineString) layer, as QGIS makes them, gets single parts: a one-part
    MultiPolygon is written as its Polygon, one of several parts cannot be written there.
    A MultiPolygon (MultiLineString) layer gets Multi geometries (singles promoted). Another
    declared type (GEOMETRY, POINT, none) is treated as ``default`` (the layer's type in
    model.schema), else as it comes."""
    geoms = np.asarray(geoms, dtype=object)
    kind = (declared or "").upper()
    if kind not in SINGLE_TYPES and not kind.startswith("MULTI"):
        kind = (default or "").upper()
    if kind in ("MULTIPOLYGON", "MULTILINESTRING"):
        return promote_to_multi(geoms), {}
    if kind not in SINGLE_TYPES:
        return geoms, {}
    code, multi = SINGLE_TYPES[kind]
    out, faults = geoms.copy(), {}
    idx = np.flatnonzero(shapely.get_type_id(geoms) == code)
    for i, parts in zip(idx, shapely.get_num_geometries(geoms[idx]), strict=True):
        if parts == 1:
            out[i] = shapely.get_geometry(geoms[i], 0)
        else:
            faults[int(i)] = (f"geometry: a {multi} of {parts} parts, but this layer holds single "
                              f"{kind.title().replace('string', 'String')}s (its geometry type in the file)")
    return out, faults


def value_text(value) -> str | None:
    """How a value is written in the audit log (TEXT): WKT for geometry, round-trip floats."""
    if is_missing(value, blank_text=False):
        return None
    if isinstance(value, BaseGeometry):
        return shapely.to_wkt(value, rounding_precision=-1, trim=True)
    if isinstance(value, float):
        return repr(value)
    return str(value)


# the fields every write sets itself (not what a user changes)
BOOKKEEPING = ("plot_id", "version", "updated_at", "updated_by")


@dataclass(frozen=True)
class PlotEdit:
    plot_id: str
    changes: Mapping[str, Any]
    actor: str
    reason: str
    expect_version: int | None = None
    # an undo puts back what was, whatever the status workflow says
    check_workflow: bool = True
    # an undo or redo: the values these fields must still hold (what the step left), else the
    # store refuses it as a StepConflict (someone changed the plot after the step)
    expect: Mapping[str, Any] | None = None

    def __post_init__(self):
        _nfc_names(self)

    def normalized(self) -> dict[str, Any]:
        """The changes coerced to their field types; raises DataError naming every bad value."""
        problems = _who_and_why(self.plot_id, self.actor, self.reason)
        if not self.changes:
            problems.append(Problem("plots", str(self.plot_id), Reason("the edit changes nothing", "changes_nothing")))
        return coerce_plot_values(self.plot_id, self.changes, problems)


def _nfc_names(change) -> None:
    """The plot id and the actor of a change (a frozen dataclass) in NFC (model.values.nfc)."""
    for name in ("plot_id", "actor"):
        object.__setattr__(change, name, nfc(getattr(change, name)))


def _who_and_why(plot_id, actor, reason) -> list[Problem]:
    problems = []
    if is_missing(actor):
        problems.append(Problem("plots", str(plot_id), Reason("an edit needs an actor (who makes it)", "needs_actor")))
    elif why := actor_problem(actor):
        problems.append(Problem("plots", str(plot_id), Reason(why, "bad_actor")))
    if is_missing(reason):
        problems.append(Problem("plots", str(plot_id), Reason("an edit needs a reason", "needs_reason")))
    return problems


def coerce_plot_values(plot_id, values: Mapping[str, Any], problems: list[Problem] | None = None) -> dict[str, Any]:
    """Plot field values coerced to their types (geometry normalised); raises DataError naming
    every bad value (and the ``problems`` found before)."""
    problems = list(problems or [])
    row = str(plot_id)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in schema.EDITABLE_PLOT_FIELDS:
            problems.append(Problem("plots", row, f"{name!r} is not an editable plot field"))
            continue
        try:
            if name == "geometry":
                out[name] = normalize_geometry(value)
                continue
            coerced = check_value(schema.PLOTS.field(name), value)
        except ValueError as exc:
            problems.append(Problem("plots", row, reason_of(exc)))
            continue
        if name == "zone_id" and coerced is not None:  # an id, as ids are taken in
            coerced = nfc(coerced)
        reason = check_value_rules("plots", name, coerced)
        if reason:
            problems.append(Problem("plots", row, reason))
        out[name] = coerced
    if problems:
        raise DataError(problems)
    return out


@dataclass(frozen=True)
class EditResult:
    plot_id: str
    version: int
    at: str
    actor: str
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)

    def inverse(self, actor: str, reason: str) -> PlotEdit:
        """The edit that puts back what this one changed (for undo)."""
        return PlotEdit(
            self.plot_id,
            {name: old for name, (old, _new) in self.changed.items()},
            actor,
            reason,
            check_workflow=False,
            expect={name: new for name, (_old, new) in self.changed.items()},
        )


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    plot_id: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None


class ConflictError(DataError):
    """The plot changed since the editor read it (optimistic version check)."""


@dataclass(frozen=True)
class Conflict:
    """A plot that is no longer as an undone (or redone) step left it, and who made it so
    (from the audit log: empty when the log does not say, e.g. another tool wrote it)."""

    plot_id: str
    kind: str  # "changed" (fields hold other values), "removed" (gone), "exists" (there again)
    fields: tuple[str, ...] = ()
    actor: str = ""
    at: str = ""

    def text(self) -> str:
        who = f"by {self.actor} at {self.at}" if self.actor else "by another program (not in the audit log)"
        what = {"changed": f"{', '.join(self.fields)} changed", "removed": "removed",
                "exists": "added again"}[self.kind]
        return f"{what} after this step {who}"


class StepConflict(ConflictError):
    """An undo or redo refused: plots changed after the step (``conflicts`` says which, by whom)."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = list(conflicts)
        super().__init__([Problem("plots", c.plot_id, Reason(
            f"{c.text()}; undo or redo would overwrite it; nothing was written", f"{c.kind}_since_step",
            plot=c.plot_id, actor=c.actor, at=c.at, fields=c.fields, kind=c.kind)) for c in self.conflicts])


@dataclass(frozen=True)
class PlotCreate:
    """A new plot (drawn, split off another, or put back by an undo).

    ``values`` holds its fields (zone_id, status and the rest; plot_id comes from ``plot_id``);
    ``lineage`` says where it came from ("split from KEG-0012"), written to the audit log;
    ``version`` is 1 for a new plot, or the next version of a plot that is put back.
    """

    plot_id: str
    values: Mapping[str, Any]
    actor: str
    reason: str
    lineage: str | None = None
    version: int = 1
    # an undo or redo putting a removed plot back: a plot of that id there again is a Conflict
    restores: bool = False

    def __post_init__(self):
        _nfc_names(self)

    def normalized(self) -> dict[str, Any]:
        """Every field of the new plot, coerced; raises DataError naming every problem."""
        problems = _who_and_why(self.plot_id, self.actor, self.reason)
        bad_id = "plot_id is missing" if self.plot_id is None else name_problem(self.plot_id, "plot_id")
        if bad_id:
            problems.append(Problem("plots", repr(self.plot_id), f"a plot needs a readable id: {bad_id}"))
        for name in ("zone_id", "status", "geometry"):
            if is_missing(self.values.get(name)) if name != "geometry" else self.values.get(name) is None:
                problems.append(Problem("plots", str(self.plot_id), f"a new plot needs {name}"))
        return coerce_plot_values(self.plot_id, self.values, problems)


@dataclass(frozen=True)
class PlotDelete:
    """A plot taken out (merged into another, or a drawn plot undone); the audit log keeps its
    last state as JSON in the ``plot`` row's old value."""

    plot_id: str
    actor: str
    reason: str
    lineage: str | None = None
    expect_version: int | None = None
    # an undo or redo of its creation: the plot must still be as created (these values)
    expect: Mapping[str, Any] | None = None

    def __post_init__(self):
        _nfc_names(self)

    def normalized(self) -> None:
        """Raises DataError if the removal lacks who or why (it has no values to coerce)."""
        problems = _who_and_why(self.plot_id, self.actor, self.reason)
        if problems:
            raise DataError(problems)


@dataclass(frozen=True)
class CreateResult:
    plot_id: str
    version: int
    at: str
    actor: str
    values: dict[str, Any] = field(default_factory=dict)  # every field, geometry included

    @property
    def changed(self) -> dict[str, tuple[Any, Any]]:
        return {name: (None, value) for name, value in self.values.items()}

    def inverse(self, actor: str, reason: str) -> PlotDelete:
        return PlotDelete(self.plot_id, actor, reason, lineage="undo of its creation",
                          expect={k: v for k, v in self.values.items() if k not in BOOKKEEPING})


@dataclass(frozen=True)
class DeleteResult:
    plot_id: str
    version: int  # the version it had when it was taken out
    at: str
    actor: str
    values: dict[str, Any] = field(default_factory=dict)  # its last state, geometry included

    @property
    def changed(self) -> dict[str, tuple[Any, Any]]:
        return {name: (value, None) for name, value in self.values.items()}

    def inverse(self, actor: str, reason: str) -> PlotCreate:
        values = {k: v for k, v in self.values.items() if k not in BOOKKEEPING}
        return PlotCreate(self.plot_id, values, actor, reason, lineage="put back (undo of its removal)",
                          version=self.version + 1, restores=True)


PlotChange = PlotEdit | PlotCreate | PlotDelete
