"""The GeoPackage project store: one file, every write one SQLite transaction.

Reads go through GDAL (pyogrio) for speed; writes go through sqlite3 so that a
plot edit, its version bump and its audit rows commit or roll back together.
A crash mid-write leaves SQLite's journal, which the next open rolls back: the
file always holds the last committed state.
"""

from __future__ import annotations

import contextlib
import functools
import datetime as dt
import os
import sqlite3
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from sezmap.formats import wkb
from sezmap.model import schema
from sezmap.model.coords import KnownRings
from sezmap.model.edits import AuditEntry, ConflictError, EditResult, PlotEdit, promote_to_multi, value_text
from sezmap.model.problems import DataError, Problem
from sezmap.model.project import Project
from sezmap.model.validation import attribute_problems, row_labels, validate_project
from sezmap.store import geopackage_sql as sql
from sezmap.store import migrations
from sezmap.store.encoding import sql_column


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


SPLIT_READ_MIN = 100_000  # features: larger layers are read as two scans at once (read_layer)


class GpkgStore:
    """A project in a GeoPackage file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise DataError(f"{self.path}: no such file")
        if not sql.is_geopackage(self.path):
            raise DataError(f"{self.path}: not a GeoPackage (SQLite file with application_id GPKG)")

    def __repr__(self) -> str:
        return f"GpkgStore({str(self.path)!r})"

    @property
    def location(self) -> str:
        return str(self.path)

    # --- creating ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, layers: dict[str, gpd.GeoDataFrame] | None = None,
               meta: dict[str, str] | None = None, overwrite: bool = False,
               now: str | None = None) -> GpkgStore:
        """Write a new project file atomically (a temporary file renamed into place).

        Layers must be valid (model.validation); missing layers are created empty.
        ``now`` stamps gpkg_contents.last_change (fixed for reproducible builds).
        """
        path = Path(path)
        now = now or utc_now()
        if path.exists() and not overwrite:
            raise DataError(f"{path}: already exists")
        layers = layers or {}
        fd, tmp = tempfile.mkstemp(suffix=".gpkg.tmp", dir=path.parent or ".")
        os.close(fd)
        os.unlink(tmp)
        try:
            conn = sql.connect(tmp)
            try:
                conn.execute("PRAGMA page_size = 4096")
                with transaction(conn):
                    sql.create_core(conn)
                    for name, spec in schema.FEATURE_LAYERS.items():
                        sql.create_feature_table(conn, spec, now)
                        frame = layers.get(name)
                        if frame is not None and len(frame):
                            insert_features(conn, spec, frame)
                        sql.create_spatial_index(conn, name)
                        sql.update_contents(conn, name, now)
                    migrations.create_project_tables(conn, meta or {}, now)
                conn.execute("VACUUM")
            finally:
                conn.close()
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return cls(path)

    # --- reading ----------------------------------------------------------------------------

    def connect(self) -> sqlite3.Connection:
        return sql.connect(self.path)

    def meta(self) -> dict[str, str]:
        conn = self.connect()
        try:
            if "project_meta" not in sql.table_names(conn):
                return {}
            return dict(conn.execute("SELECT key, value FROM project_meta"))
        finally:
            conn.close()

    def schema_problems(self) -> list[Problem]:
        """Layers and fields of SCHEMA.md present, with the right geometry types."""
        problems: list[Problem] = []
        try:
            listed = {name: gtype for name, gtype in pyogrio.list_layers(self.path)}
        except Exception as exc:  # GDAL's own words on a damaged file
            return [Problem("-", "-", f"{self.path}: cannot be read: {exc}")]
        for name, spec in schema.FEATURE_LAYERS.items():
            if name not in listed:
                problems.append(Problem(name, "-", "layer is missing"))
                continue
            gtype = (listed[name] or "").replace(" ", "").upper()
            allowed = {g.upper() for g in spec.accepted_geometries} | {"UNKNOWN", "GEOMETRY"}
            if gtype not in allowed:
                problems.append(Problem(name, "-", f"geometry type is {listed[name]}, not "
                                        + " or ".join(spec.accepted_geometries)))
        version = self.meta().get("schema_version")
        if version is not None and int(version) > schema.SCHEMA_VERSION:
            problems.append(Problem("project_meta", "schema_version",
                                    f"is {version}; this sezmap reads up to {schema.SCHEMA_VERSION}"))
        return problems

    def read_layer(self, name: str, bbox=None, where: str | None = None, columns=None) -> gpd.GeoDataFrame:
        return self._read(name, bbox, where, columns)[0]

    def _read(self, name: str, bbox=None, where: str | None = None, columns=None, meanwhile=None):
        """(frame, the coordinate stream of its geometries if it was read with them, else None,
        what ``meanwhile(attributes)`` gave if the layer was read in two scans, else None)."""
        frame, known, found = None, None, None
        if bbox is None and where is None and columns is None:
            frame, known, found = self._read_in_two(name, meanwhile)
        if frame is None:
            frame = pyogrio.read_dataframe(self.path, layer=name, bbox=bbox, where=where, columns=columns,
                                           use_arrow=True)  # through Arrow: ~8x faster
        if frame.crs is None:
            frame = frame.set_crs(schema.CRS)
        if frame.geometry.name != "geometry":
            frame = frame.rename_geometry("geometry")
        return frame, known, found

    def _read_in_two(self, name: str, meanwhile=None):
        """A large layer read as two scans at once, attributes and geometries: GDAL reads one
        while the other's WKB is decoded (formats.wkb, which keeps the coordinate stream), and
        ``meanwhile`` looks at the attributes. The rows are matched on fid and version (every
        edit bumps the version), so a layer written in between gives None: the caller reads
        it in one scan. Returns (frame, coordinate stream, what ``meanwhile`` gave)."""
        info = pyogrio.read_info(self.path, layer=name)
        if info["features"] < SPLIT_READ_MIN or "version" not in list(info["fields"]):
            return None, None, None
        with ThreadPoolExecutor(max_workers=1) as pool:
            geo = pool.submit(self._geometries, name)
            attrs = pyogrio.read_dataframe(self.path, layer=name, read_geometry=False, use_arrow=True,
                                           fid_as_index=True)
            found = meanwhile(attrs) if meanwhile is not None else None
            fids, versions, geoms, known, crs = geo.result()
        if not (np.array_equal(attrs.index.to_numpy(), fids) and np.array_equal(attrs["version"].to_numpy(), versions)):
            return None, None, None
        return gpd.GeoDataFrame(attrs.reset_index(drop=True), geometry=geoms, crs=crs), known, found

    def _geometries(self, name: str):
        meta, table = pyogrio.read_arrow(self.path, layer=name, columns=["version"], return_fids=True)
        geoms, known = wkb.decode_polygons(table.column(meta["geometry_name"]))
        fids = table.column(meta["fid_column"]).to_numpy()
        versions = table.column("version").to_numpy(zero_copy_only=False)
        return fids, versions, geoms, known, meta["crs"]

    def load(self, validate: bool = True) -> Project:
        """The whole project; with ``validate``, raises DataError listing every problem."""
        problems = self.schema_problems()
        if problems:
            raise DataError([_in_file(p, self.path) for p in problems])
        layers, known, attributes = {}, {}, {}
        for name, spec in schema.FEATURE_LAYERS.items():
            # a large layer's attributes are checked while its geometries are decoded
            frame, rings, found = self._read(name, meanwhile=functools.partial(attribute_problems, spec)
                                             if validate else None)
            layers[name] = with_extension_fields(frame, spec)
            if rings is not None:
                known[name] = rings
            if found is not None:
                attributes[name] = found
        if validate:
            problems = validate_project(layers, known, attributes)
            if problems:
                raise DataError([_in_file(p, self.path) for p in problems])
        return Project(**layers, meta=self.meta(), location=str(self.path), plot_rings=known.get("plots"))

    def history(self, plot_id: str) -> list[AuditEntry]:
        conn = self.connect()
        try:
            if "audit_log" not in sql.table_names(conn):
                return []
            rows = conn.execute(
                "SELECT id, at, actor, plot_id, field, old_value, new_value, reason "
                "FROM audit_log WHERE plot_id = ? ORDER BY id", (plot_id,))
            return [AuditEntry(*r) for r in rows]
        finally:
            conn.close()

    # --- writing ----------------------------------------------------------------------------

    def apply_edit(self, edit: PlotEdit, now: str | None = None) -> EditResult:
        """One audited change to a plot, in one transaction."""
        changes = edit.normalized()
        now = now or utc_now()
        conn = self.connect()
        try:
            with transaction(conn):
                migrations.upgrade(conn, now)
                result = _apply(conn, edit, changes, now)
            return result
        finally:
            conn.close()

    def append_features(self, layer: str, frame: gpd.GeoDataFrame, actor: str, reason: str,
                        now: str | None = None, row_numbers=None) -> int:
        """Add features to a layer in one transaction; ids must not exist yet.

        ``row_numbers`` (each feature's row in its source file) label the problems found.

        New plots start at version 1 and get an audit row (field 'plot', new value 'created').
        """
        spec = schema.FEATURE_LAYERS[layer]
        now = now or utc_now()
        frame = frame.copy()
        if layer == "plots":
            frame["version"] = 1
            frame["updated_at"] = now
            frame["updated_by"] = actor
        conn = self.connect()
        try:
            with transaction(conn):
                migrations.upgrade(conn, now)
                labels = row_labels(spec, frame, row_numbers)
                problems = _existing_id_problems(conn, spec, frame, labels)
                if layer == "plots":
                    problems += _unknown_zone_problems(conn, frame, labels)
                if problems:
                    raise DataError(problems)
                insert_features(conn, spec, frame)
                if layer == "plots":
                    sql.insert_rows(
                        conn, "audit_log",
                        ["at", "actor", "plot_id", "field", "old_value", "new_value", "reason"],
                        [(now, actor, pid, "plot", None, "created", reason) for pid in frame["plot_id"]],
                    )
                if len(frame):
                    sql.extend_contents(conn, layer, frame.total_bounds, now)
            return len(frame)
        finally:
            conn.close()


def _in_file(problem: Problem, path: Path) -> Problem:
    return Problem(problem.layer, problem.row, problem.reason, source=str(path))


def with_extension_fields(frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> gpd.GeoDataFrame:
    """Add sezmap's extension fields a file from elsewhere lacks, empty."""
    for f in spec.fields:
        if f.extension and f.name not in frame.columns:
            frame[f.name] = None
    return frame


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def geometry_column(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                       (table,)).fetchone()
    return row[0] if row else sql.GEOM_COLUMN


def insert_features(conn: sqlite3.Connection, spec: schema.LayerSpec, frame: gpd.GeoDataFrame) -> None:
    """Insert (already validated) features; geometry promoted to the layer's multi type."""
    geom_col = geometry_column(conn, spec.name)
    geoms = np.asarray(frame.geometry.values, dtype=object)
    if spec.geometry_type.startswith("MULTI"):
        geoms = promote_to_multi(geoms)
    present = table_columns(conn, spec.name)
    fields = [f for f in spec.fields if f.name in frame.columns and f.name in present]
    columns = [geom_col] + [f.name for f in fields]
    data = [sql.encode_geometries(geoms)] + [sql_column(f, frame[f.name]) for f in fields]
    sql.insert_rows(conn, spec.name, columns, zip(*data))


def _existing_id_problems(conn, spec: schema.LayerSpec, frame, labels) -> list[Problem]:
    if not spec.unique_id:
        return []
    existing = {r[0] for r in conn.execute(f'SELECT "{spec.id_field}" FROM "{spec.name}"')}
    return [Problem(spec.name, labels[k], f"{spec.id_field} {i!r} is already in the project")
            for k, i in enumerate(frame[spec.id_field]) if i in existing]


def _unknown_zone_problems(conn, frame, labels) -> list[Problem]:
    zones = {r[0] for r in conn.execute('SELECT zone_id FROM zones')}
    return [Problem("plots", labels[k], f"zone_id {z!r} is not a zone of the project")
            for k, z in enumerate(frame["zone_id"]) if z not in zones]


def _plot_row(conn, plot_id: str, geom_col: str) -> dict | None:
    names = [f.name for f in schema.PLOTS.fields]
    cols = ", ".join(f'"{n}"' for n in names)
    row = conn.execute(f'SELECT fid, "{geom_col}", {cols} FROM plots WHERE plot_id = ?',
                       (plot_id,)).fetchone()
    if row is None:
        return None
    out = dict(zip(["fid", "geometry", *names], row))
    out["geometry"] = sql.decode_geometry(out["geometry"])
    return out


def _same(old, new) -> bool:
    if isinstance(new, shapely.Geometry):
        return old is not None and shapely.equals_exact(old, new, tolerance=0.0)
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return float(old) == float(new)
    return old == new


def _apply(conn, edit: PlotEdit, changes: dict, now: str) -> EditResult:
    geom_col = geometry_column(conn, "plots")
    row = _plot_row(conn, edit.plot_id, geom_col)
    if row is None:
        raise DataError(Problem("plots", str(edit.plot_id), "no such plot"))
    if edit.expect_version is not None and row["version"] != edit.expect_version:
        raise ConflictError(Problem(
            "plots", edit.plot_id,
            f"changed meanwhile: version is {row['version']}, the edit expected {edit.expect_version}"))
    changed = {k: (row[k], v) for k, v in changes.items() if not _same(row[k], v)}
    if not changed:
        return EditResult(edit.plot_id, row["version"], now, edit.actor, {})
    zone_id = changed.get("zone_id", (None, row["zone_id"]))[1]
    zone = conn.execute(f'SELECT "{geometry_column(conn, "zones")}" FROM zones WHERE zone_id = ?',
                        (zone_id,)).fetchone()
    if zone is None:
        raise DataError(Problem("plots", edit.plot_id, f"zone_id {zone_id!r} is not a zone of the project"))
    geom = changed.get("geometry", (None, row["geometry"]))[1]
    if geom is not None and not shapely.intersects(geom, sql.decode_geometry(zone[0])):
        raise DataError(Problem("plots", edit.plot_id, f"the geometry lies outside its zone {zone_id!r}"))
    sets, params = [], []
    for name, (_old, new) in changed.items():
        column = geom_col if name == "geometry" else name
        sets.append(f'"{column}" = ?')
        params.append(sql.encode_geometries([new])[0] if name == "geometry" else new)
    version = row["version"] + 1
    sets += ["version = ?", "updated_at = ?", "updated_by = ?"]
    params += [version, now, edit.actor, row["fid"], row["version"]]
    cur = conn.execute(f'UPDATE plots SET {", ".join(sets)} WHERE fid = ? AND version = ?', params)
    if cur.rowcount != 1:
        raise ConflictError(Problem("plots", edit.plot_id, "changed meanwhile"))
    sql.insert_rows(
        conn, "audit_log", ["at", "actor", "plot_id", "field", "old_value", "new_value", "reason"],
        [(now, edit.actor, edit.plot_id, name, value_text(old), value_text(new), edit.reason)
         for name, (old, new) in changed.items()],
    )
    if "geometry" in changed:
        sql.extend_contents(conn, "plots", changed["geometry"][1].bounds, now)
    else:
        sql.touch_contents(conn, "plots", now)
    return EditResult(edit.plot_id, version, now, edit.actor, changed)
