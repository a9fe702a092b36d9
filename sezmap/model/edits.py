"""Audited plot edits: what changes, who changes it and why.

An edit is a small value object; the store applies it in one transaction and
returns an :class:`EditResult`, whose ``inverse()`` is the edit that undoes it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from sezmap.model import schema
from sezmap.model.problems import DataError, Problem
from sezmap.model.validation import check_value, check_value_rules, is_missing


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


def value_text(value) -> str | None:
    """How a value is written in the audit log (TEXT): WKT for geometry, round-trip floats."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, BaseGeometry):
        return shapely.to_wkt(value, rounding_precision=-1, trim=True)
    if isinstance(value, float):
        return repr(value)
    return str(value)


@dataclass(frozen=True)
class PlotEdit:
    plot_id: str
    changes: Mapping[str, Any]
    actor: str
    reason: str
    expect_version: int | None = None

    def normalized(self) -> dict[str, Any]:
        """The changes coerced to their field types; raises DataError naming every bad value."""
        problems = []
        row = str(self.plot_id)
        if is_missing(self.actor):
            problems.append(Problem("plots", row, "an edit needs an actor (who makes it)"))
        if is_missing(self.reason):
            problems.append(Problem("plots", row, "an edit needs a reason"))
        if not self.changes:
            problems.append(Problem("plots", row, "the edit changes nothing"))
        out: dict[str, Any] = {}
        for name, value in self.changes.items():
            if name not in schema.EDITABLE_PLOT_FIELDS:
                problems.append(Problem("plots", row, f"{name!r} is not an editable plot field"))
                continue
            try:
                if name == "geometry":
                    out[name] = normalize_geometry(value)
                    continue
                coerced = check_value(schema.PLOTS.field(name), value)
            except ValueError as exc:
                problems.append(Problem("plots", row, str(exc)))
                continue
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
            expect_version=self.version,
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
