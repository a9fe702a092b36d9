"""One plot change written inside the store's transaction: an edit (edit_plot), a new plot
(create_plot) or a removal (delete_plot), each checked first - the plot's version (a stale
edit is a ConflictError saying who changed what), the status workflow and the fields each status
needs (model.status_rules), the geometry rules
against the zone and the neighbouring plots - so a refused change writes nothing. The file's
triggers audit what is written; GpkgStore.apply_changes holds the transaction."""

from __future__ import annotations

import shapely

from sezmap.model import plot_geometry, schema, status_rules, workflow
from sezmap.model.edits import (
    ConflictError,
    CreateResult,
    DeleteResult,
    EditResult,
    PlotCreate,
    PlotDelete,
    PlotEdit,
    fit_geometry_type,
)
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.model.values import same_value
from sezmap.model.validation import missing_fields_problem
from sezmap.store import audit_triggers, step_check
from sezmap.store import geopackage_sql as sql
from sezmap.store.feature_rows import geometry_column, geometry_type, table_columns
from sezmap.store.layer_crs import layer_crs


def check_plot_columns(conn, path) -> None:
    """Refuse to write plots into a file whose plots table lacks a field SCHEMA.md requires
    (another program dropped it): the write could not keep a rule that needs it (a deadline
    for an allocated plot), or would fail half-way, and readers refuse the file anyway."""
    lacking = missing_fields_problem(schema.PLOTS, table_columns(conn, "plots"),
                                     "the file cannot be written until the plots table has them again", str(path))
    if lacking is not None:
        raise DataError(lacking)


def plot_row(conn, plot_id: str, geom_col: str) -> dict | None:
    names = [f.name for f in schema.PLOTS.fields]
    cols = ", ".join(f'"{n}"' for n in names)
    row = conn.execute(f'SELECT fid, "{geom_col}", {cols} FROM plots WHERE plot_id = ?',
                       (plot_id,)).fetchone()
    if row is None:
        return None
    out = dict(zip(["fid", "geometry", *names], row, strict=True))
    try:
        out["geometry"] = layer_crs(conn, "plots").decode(out["geometry"])  # lon/lat, whatever the layer keeps
    except (ValueError, shapely.errors.GEOSException) as exc:  # written so by another program
        raise DataError(Problem("plots", str(plot_id), f"its geometry in the file is not a GeoPackage geometry "
                                f"({exc}): put a valid one with QGIS or ogr2ogr first")) from None
    return out


def _conflict(conn, plot_id: str, version: int, expected: int) -> ConflictError:
    """A stale edit refused, saying who changed what since the version the editor had."""
    last = conn.execute(
        "SELECT at, actor, group_concat(field, ', ') FROM audit_log WHERE plot_id = ? AND layer = 'plots' "
        "GROUP BY at, actor ORDER BY max(rowid) DESC LIMIT 1", (plot_id,)).fetchone()
    who = f" (last change by {last[1]} at {last[0]}: {last[2]})" if last else ""
    return ConflictError(Problem(
        "plots", plot_id,
        Reason(f"changed meanwhile: version is {version}, the edit expected {expected}{who}; nothing was written",
               "changed_meanwhile", plot=str(plot_id), version=int(version), expected=int(expected),
               actor=last[1] if last else "", at=last[0] if last else "", fields=last[2] if last else "")))


def _zone_geometry(conn, zone_id: str, plot_id: str):
    zone = conn.execute(f'SELECT "{geometry_column(conn, "zones")}" FROM zones WHERE zone_id = ?',
                        (zone_id,)).fetchone()
    if zone is None:
        raise DataError(Problem("plots", plot_id, f"zone_id {zone_id!r} is not a zone of the project"))
    return layer_crs(conn, "zones").decode(zone[0])


def _neighbours(conn, geom, plot_id: str, geom_col: str) -> list[tuple[str, object]]:
    """Other plots whose box meets the geometry's box (through the R-tree when the file has one)."""
    minx, miny, maxx, maxy = geom.bounds
    crs = layer_crs(conn, "plots")
    # the R-tree holds the layer's own coordinates: the box's edges bent into them
    box = crs.to_layer(shapely.segmentize(shapely.box(minx, miny, maxx, maxy), max(maxx - minx, maxy - miny) / 8 or 1))
    qminx, qminy, qmaxx, qmaxy = box.bounds
    rtree = f"rtree_plots_{geom_col}"
    has_rtree = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()
    if has_rtree:
        rows = conn.execute(
            f'SELECT plot_id, "{geom_col}" FROM plots WHERE fid IN (SELECT id FROM "{rtree}" '
            "WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?) AND plot_id != ?",
            (qmaxx, qminx, qmaxy, qminy, plot_id)).fetchall()
    else:
        rows = conn.execute(f'SELECT plot_id, "{geom_col}" FROM plots WHERE plot_id != ?', (plot_id,)).fetchall()
    geoms = [crs.decode(blob) for _pid, blob in rows]
    return [(pid, g) for (pid, _b), g in zip(rows, geoms, strict=True)
            if g is not None and shapely.intersects(shapely.box(minx, miny, maxx, maxy), shapely.envelope(g))]


def _check_geometry(conn, plot_id: str, zone_id: str, geom, geom_col: str) -> None:
    """SCHEMA's range, validity, inside the zone (0.5 m), no overlap: or DataError, nothing written."""
    zone = _zone_geometry(conn, zone_id, plot_id)
    problems = plot_geometry.geometry_rule_problems(geom, zone, _neighbours(conn, geom, plot_id, geom_col))
    if problems:
        raise DataError([Problem("plots", plot_id, p) for p in problems])


def _fit_plot(conn, plot_id: str, geom):
    """A plot geometry as the file's plots layer declares its type (Polygon or MultiPolygon)."""
    fitted, misfits = fit_geometry_type([geom], geometry_type(conn, "plots"), schema.PLOTS.geometry_type)
    if misfits:
        raise DataError(Problem("plots", plot_id, misfits[0]))
    return fitted[0]


def _check_status(plot_id: str, old, new) -> None:
    reason = workflow.transition_problem(old, new)
    if reason:
        raise DataError(Problem("plots", plot_id, reason))


def _check_status_fields(plot_id: str, values: dict) -> None:
    """The plot's state as written has the fields its status needs, or DataError naming them."""
    reason = status_rules.status_rule_problem(values)
    if reason:
        raise DataError(Problem("plots", plot_id, reason))


def _ready(audited) -> None:
    """The audit context in place before a change to the data (audit_chain.AuditedWrite)."""
    if audited is not None:
        audited.ready()


def edit_plot(conn, edit: PlotEdit, changes: dict, now: str, geom_col: str | None = None,
           audited=None) -> EditResult:
    geom_col = geom_col or geometry_column(conn, "plots")
    row = plot_row(conn, edit.plot_id, geom_col)
    if row is None:
        raise DataError(Problem("plots", str(edit.plot_id), Reason("no such plot", "no_such_plot",
                                                                   plot=str(edit.plot_id))))
    if edit.expect_version is not None and row["version"] != edit.expect_version:
        raise _conflict(conn, edit.plot_id, row["version"], edit.expect_version)
    if changes.get("geometry") is not None:
        changes = {**changes, "geometry": _fit_plot(conn, edit.plot_id, changes["geometry"])}
    changed = {k: (row[k], v) for k, v in changes.items() if not same_value(row[k], v)}
    if not changed:
        return EditResult(edit.plot_id, row["version"], now, edit.actor, {})
    # an undo or redo puts back what was, whatever the workflow and the status rules say: only one
    # that truly reverses the latest audited change of those fields (step_check.reverses)
    checked = edit.check_workflow or not step_check.reverses(conn, str(edit.plot_id), changed)
    if "status" in changed and checked:
        _check_status(edit.plot_id, *changed["status"])
    if checked and status_rules.touches_rules(changed):
        _check_status_fields(edit.plot_id, {**row, **{k: new for k, (_old, new) in changed.items()}})
    zone_id = changed.get("zone_id", (None, row["zone_id"]))[1]
    if "geometry" in changed or "zone_id" in changed:
        _check_geometry(conn, edit.plot_id, zone_id, changed.get("geometry", (None, row["geometry"]))[1], geom_col)
    sets, params = [], []
    for name, (_old, new) in changed.items():
        column = geom_col if name == "geometry" else name
        sets.append(f'"{column}" = ?')
        params.append(layer_crs(conn, "plots").encode([new])[0] if name == "geometry" else new)
    version = row["version"] + 1
    sets += ["version = ?", "updated_at = ?", "updated_by = ?"]
    params += [version, now, edit.actor, row["fid"], row["version"]]
    _ready(audited)
    cur = conn.execute(f'UPDATE plots SET {", ".join(sets)} WHERE fid = ? AND version = ?', params)
    if cur.rowcount != 1:
        raise ConflictError(Problem("plots", edit.plot_id, Reason("changed meanwhile", "changed_meanwhile",
                                                                  plot=str(edit.plot_id))))
    if "geometry" in changed:
        sql.extend_contents(conn, "plots", layer_crs(conn, "plots").to_layer(changed["geometry"][1]).bounds, now)
    else:
        sql.touch_contents(conn, "plots", now)
    return EditResult(edit.plot_id, version, now, edit.actor, changed)


def create_plot(conn, change: PlotCreate, values: dict, now: str, geom_col: str, audited=None) -> CreateResult:
    pid = str(change.plot_id)
    if conn.execute("SELECT 1 FROM plots WHERE plot_id = ?", (pid,)).fetchone():
        raise DataError(Problem("plots", pid, f"plot_id {pid!r} is already in the project"))
    _check_status(pid, None, values["status"])
    if not (change.restores and step_check.puts_back(conn, pid, values)):  # an undo puts back what was
        _check_status_fields(pid, values)
    values = {**values, "geometry": _fit_plot(conn, pid, values["geometry"])}
    _check_geometry(conn, pid, values["zone_id"], values["geometry"], geom_col)
    record = {f.name: values.get(f.name) for f in schema.PLOTS.fields}
    version = max(int(change.version), audit_triggers.first_versions(conn, [pid])[pid])
    record.update(plot_id=pid, version=version, updated_at=now, updated_by=change.actor)
    present = table_columns(conn, "plots")
    names = [n for n in record if n in present]
    _ready(audited)
    sql.insert_rows(conn, "plots", [geom_col, *names],
                    [[layer_crs(conn, "plots").encode([values["geometry"]])[0], *(record[n] for n in names)]])
    sql.extend_contents(conn, "plots", layer_crs(conn, "plots").to_layer(values["geometry"]).bounds, now)
    return CreateResult(pid, version, now, change.actor, {**record, "geometry": values["geometry"]})


def delete_plot(conn, change: PlotDelete, now: str, geom_col: str, audited=None) -> DeleteResult:
    pid = str(change.plot_id)
    row = plot_row(conn, pid, geom_col)
    if row is None:
        raise DataError(Problem("plots", pid, Reason("no such plot", "no_such_plot", plot=pid)))
    if change.expect_version is not None and row["version"] != change.expect_version:
        raise _conflict(conn, pid, row["version"], change.expect_version)
    fid = row.pop("fid")
    _ready(audited)
    conn.execute("DELETE FROM plots WHERE fid = ?", (fid,))  # its last state: audited by the trigger
    sql.touch_contents(conn, "plots", now)
    return DeleteResult(pid, row["version"], now, change.actor, row)
