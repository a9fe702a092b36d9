"""``sezmap import``: foreign features into a project layer, all or nothing."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from sezmap.formats.readers import Source, read_source
from sezmap.model import schema, status_rules
from sezmap.model.problems import DataError, Problem
from sezmap.model.validation import row_labels, validate_layer
from sezmap.model.values import actor_problem, name_problem, nfc
from sezmap.store import file_guard
from sezmap.store.errors import ProjectBusy, constraint_reason
from sezmap.store.protocol import ProjectStore

# Fields the store fills in itself on import.
STORE_FIELDS = {"plots": ("version", "updated_at", "updated_by")}


@dataclass
class ImportReport:
    layer: str
    count: int
    repaired: list[Problem] = field(default_factory=list)
    ids: tuple[str, ...] = ()  # the ids of the features added, in the file's order


def match_columns(columns, spec: schema.LayerSpec) -> dict[str, str]:
    """Field name -> source column: same name ignoring case, or as a Shapefile cut it.

    DBF keeps 10 characters, and GDAL launders clashes to ``investme_1`` and the like;
    those are matched in order among the fields that share the first characters.
    """
    free = {c.lower().strip(): c for c in columns if c != "geometry"}
    found: dict[str, str] = {}
    for f in spec.fields:
        for key in (f.name, f.name[:10]):
            if key in free:
                found[f.name] = free.pop(key)
                break
    for f in spec.fields:
        if f.name in found:
            continue
        laundered = sorted(k for k in free if re.fullmatch(re.escape(f.name[:8]) + r"_\d+", k))
        if laundered:
            found[f.name] = free.pop(laundered[0])
    return found


def map_columns(frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> gpd.GeoDataFrame:
    """The layer's fields from the frame's columns; absent optional fields are empty."""
    found = match_columns(frame.columns, spec)
    out = gpd.GeoDataFrame(geometry=frame.geometry, crs=frame.crs)
    for f in spec.fields:
        if f.name in STORE_FIELDS.get(spec.name, ()):
            continue
        out[f.name] = frame[found[f.name]].to_numpy() if f.name in found else None
    return out


def repair_geometries(source: Source, frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> list[Problem]:
    """Repair invalid geometries with GEOS make_valid, keeping the layer's geometry type.

    Returns a note per repaired row; rows that cannot be repaired are left for validation.
    """
    geoms = np.asarray(frame.geometry.values, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    candidates = geoms.copy()
    candidates[~present] = None  # missing and empty geometries are no repair's business
    invalid = np.flatnonzero(present & ~shapely.is_valid(candidates))
    notes = []
    for i in invalid:
        before = shapely.is_valid_reason(geoms[i])
        fixed = shapely.make_valid(geoms[i])
        if spec.accepted_geometries == schema.POLYGONAL:
            parts = [g for g in shapely.get_parts(fixed) if g.geom_type in schema.POLYGONAL]
            fixed = shapely.union_all(parts) if parts else None
        if fixed is None or fixed.is_empty or fixed.geom_type not in spec.accepted_geometries:
            continue
        geoms[i] = fixed
        notes.append(Problem(spec.name, f"row {source.rows[i]}", f"geometry repaired ({before})", str(source.path)))
    frame["geometry"] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)
    return notes


def plot_zone_problems(store: ProjectStore, source: Source, frame: gpd.GeoDataFrame) -> list[Problem]:
    """Plots must lie (at least partly) in the zone they name. A damaged zones table can read as
    fewer zones (GDAL skips what it cannot read): when a plot names no zone that was read, the
    file's integrity check says whether the file is damaged, and that is the problem then."""
    zones = store.read_layer("zones")
    by_id = dict(zip(zones["zone_id"], zones.geometry, strict=True))
    problems = []
    geoms = np.asarray(frame.geometry.values, dtype=object)
    for i, (plot_id, zone_id) in enumerate(zip(frame["plot_id"], frame["zone_id"], strict=True)):
        label = f"{plot_id} (row {source.rows[i]})"
        zone = by_id.get(zone_id)
        if zone is None:
            problems.append(Problem("plots", label, f"zone_id {zone_id!r} is not a zone of the project", str(source.path)))
        elif geoms[i] is not None and not shapely.intersects(geoms[i], zone):
            where = "every zone" if not shapely.intersects(geoms[i], zones.geometry.values).any() else f"its zone {zone_id!r}"
            problems.append(Problem("plots", label, f"lies outside {where}", str(source.path)))
    if any(by_id.get(zone_id) is None for zone_id in frame["zone_id"]):
        damage = store.integrity_problems()
        if damage:
            raise DataError(damage)
    return problems


def status_rule_problems(source: Source, frame: gpd.GeoDataFrame, labels) -> list[Problem]:
    """Imported plots are new plots: each must have what its status needs (model.status_rules),
    as a drawn plot must; the row and the missing fields named."""
    problems = []
    columns = [name for name in ("status", *status_rules.RULE_FIELDS) if name in frame.columns]
    for i, values in enumerate(frame[columns].to_dict("records")):
        missing = status_rules.missing_fields(values)
        if missing:
            problems.append(Problem("plots", labels[i], f"status {values['status']!r} needs {', '.join(missing)} "
                                    "(the status rules)", str(source.path)))
    return problems


def normalize_ids(frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> None:
    """The layer's id (and, for plots, the zone each names) in NFC (model.values.nfc), in place:
    an id typed in decomposed form is the same id as the composed one."""
    for name in (spec.id_field, "zone_id" if spec.name == "plots" else None):
        if name and name in frame.columns:
            frame[name] = frame[name].map(nfc, na_action="ignore")


def id_problems(source: Source, frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> list[Problem]:
    """Ids with control characters (a NUL, a tab, a line break...) or invisible and bidi control
    characters (model.values.name_problem): refused, naming the row."""
    if spec.id_field is None or spec.id_field not in frame.columns:
        return []
    problems = []
    for i, value in enumerate(frame[spec.id_field]):
        if isinstance(value, str):
            reason = name_problem(value, spec.id_field)
            if reason and value.strip():  # a blank id is validation's "is required"
                problems.append(Problem(spec.name, f"row {source.rows[i]}", reason, str(source.path)))
    return problems


def import_file(store: ProjectStore, path: str | Path, layer: str, crs: str | None = None,
                actor: str = "import", reason: str | None = None, crs_override: bool = False,
                source_layer: str | None = None, max_source_mb: float | None = None) -> ImportReport:
    """Read, check and add the features of ``path`` to ``layer``; on any problem, add nothing.

    ``crs`` supplies the file's coordinate system where it declares none; where it declares
    another, that is refused unless ``crs_override`` says ``crs`` wins. ``source_layer``: the
    file's layer to read where it has several; ``max_source_mb``: the size limit of
    formats.input_files."""
    if layer not in schema.FEATURE_LAYERS:
        raise DataError(f"unknown layer {layer!r} (one of {', '.join(schema.FEATURE_LAYERS)})")
    actor = nfc(actor)
    bad_actor = actor_problem(actor, "--actor") if actor is not None else "--actor is missing"
    if bad_actor:
        raise DataError(f"{bad_actor}: an import needs an actor (who imports, for the audit log)")
    spec = schema.FEATURE_LAYERS[layer]
    with file_guard.using(path, file_guard.GDAL):  # the source may be the project file itself
        source = read_source(path, crs=crs, layer=layer, crs_override=crs_override, source_layer=source_layer,
                             max_source_mb=max_source_mb)
    frame = map_columns(source.frame, spec)
    normalize_ids(frame, spec)
    labels = row_labels(spec, frame, source.rows)
    # rows the reader refused (coordinates that are not numbers, unreadable geometry)
    faulted = {labels[i] for i in source.faults}
    problems = list(source.problems)
    problems += [Problem(layer, labels[i], reason, str(source.path)) for i, reason in sorted(source.faults.items())]
    problems += id_problems(source, frame, spec)
    repaired = repair_geometries(source, frame, spec)
    checked = schema.LayerSpec(spec.name, spec.id_field, spec.unique_id, spec.geometry_type,
                               spec.accepted_geometries,
                               tuple(f for f in spec.fields if f.name not in STORE_FIELDS.get(layer, ())))
    problems += [Problem(p.layer, p.row, p.reason, str(source.path))
                 for p in validate_layer(checked, frame, source.rows)
                 if not (p.row in faulted and p.reason == "has no geometry")]
    if not problems and layer == "plots":
        problems += status_rule_problems(source, frame, labels)
        problems += plot_zone_problems(store, source, frame)
    if not len(frame) and not problems:
        problems.append(Problem(layer, "-", "the file has no features", str(source.path)))
    if problems:
        raise DataError(problems)
    try:
        # The store checks ids against the project inside its transaction.
        count = store.append_features(layer, frame, actor=actor, reason=reason or f"import from {Path(path).name}",
                                      row_numbers=source.rows)
    except DataError as exc:
        if isinstance(exc, ProjectBusy) or not any(p.layer for p in exc.problems):
            raise  # a fault of the project file (busy, read-only, damaged): it names that file
        raise DataError([Problem(p.layer, p.row, p.reason, str(source.path)) for p in exc.problems]) from None
    except sqlite3.IntegrityError as exc:  # a rule of the file met after the rows (by their audit rows, say)
        raise DataError(Problem(layer, "-", constraint_reason(exc), str(source.path))) from None
    return ImportReport(layer, count, source.notes + repaired, ids=tuple(map(str, frame[spec.id_field])))
