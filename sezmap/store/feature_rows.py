"""Features written into a GeoPackage layer: the layer's columns, geometry column and declared
geometry type, and a frame's rows inserted as the file takes them (GpkgStore.create and
append_features)."""

from __future__ import annotations

import sqlite3

import geopandas as gpd

from sezmap.model import schema
from sezmap.model.edits import fit_geometry_type
from sezmap.model.problems import DataError, Problem
from sezmap.model.validation import row_labels
from sezmap.store import geopackage_sql as sql
from sezmap.store.encoding import sql_column
from sezmap.store.errors import insert_naming_rows
from sezmap.store.layer_crs import layer_crs


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def geometry_type(conn: sqlite3.Connection, table: str) -> str | None:
    """The layer's declared geometry type (``gpkg_geometry_columns.geometry_type_name``)."""
    row = conn.execute("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = ?",
                       (table,)).fetchone()
    return row[0] if row else None


def geometry_column(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                       (table,)).fetchone()
    return row[0] if row else sql.GEOM_COLUMN


def insert_features(conn: sqlite3.Connection, spec: schema.LayerSpec, frame: gpd.GeoDataFrame, labels=None) -> None:
    """Insert (already validated) features; geometry as the layer's declared type takes it
    (model.edits.fit_geometry_type: promoted in a Multi layer, single parts in a Polygon one).
    A row a constraint of the file refuses is a DataError naming it (``labels``: rows' names)."""
    geom_col = geometry_column(conn, spec.name)
    geoms, misfits = fit_geometry_type(frame.geometry.values, geometry_type(conn, spec.name), spec.geometry_type)
    if misfits:
        raise DataError([Problem(spec.name, f"row {i + 1}", reason) for i, reason in misfits.items()])
    present = table_columns(conn, spec.name)
    fields = [f for f in spec.fields if f.name in frame.columns and f.name in present]
    columns = [geom_col] + [f.name for f in fields]
    data = [layer_crs(conn, spec.name).encode(geoms)] + [sql_column(f, frame[f.name]) for f in fields]
    insert_naming_rows(conn, spec.name, columns, zip(*data, strict=True), labels or row_labels(spec, frame))
