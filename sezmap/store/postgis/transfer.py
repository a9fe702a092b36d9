"""``sezmap db publish`` and ``sezmap db pull``: a project from a GeoPackage into an empty PostGIS
database, and a snapshot of one back into a new GeoPackage, audit log included.

Publish reads the GeoPackage as sezmap loads it (validated), then in ONE transaction, holding
the tables locked, checks the database is empty and COPYs the four layers (CSV made column by column), the
project's meta and the audit log (its ids, times, actors and values as they were) in, its plain
indexes dropped before and made again after. The plots' triggers are
disabled for that transaction only (as ``sezmap_owner``: publishing needs a login that may
become it, a superuser say): the rows come with their own versions, stamps and history, which
the triggers would otherwise rewrite and audit again.

Pull loads the database as the PostGIS store does, with its audit log and meta in the same
snapshot (one REPEATABLE READ transaction), and writes a new GeoPackage with
GpkgStore.create, then the server's audit rows, sealed as sezmap's own (audit_chain): the pulled
file's record checks out as the server's was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from sezmap.model import schema
from sezmap.model.problems import DataError, Reason
from sezmap.store.postgis import migrate
from sezmap.store.postgis.connection import connect, parameters, scalar, server_error, server_name

S = migrate.SCHEMA
AUDIT_COLUMNS = ("id", "at", "actor", "plot_id", "field", "old_value", "new_value", "reason", "layer")
NULL = "\\N"  # COPY's NULL (CSV): an empty unquoted field is an empty text
CHUNK = 50_000
# a multi column: how to make a multi of parts, and the type id of a part
MULTI = {"MULTIPOLYGON": (shapely.multipolygons, 3), "MULTILINESTRING": (shapely.multilinestrings, 1)}


@dataclass(frozen=True)
class Transferred:
    server: str
    features: dict[str, int]  # layer -> features copied
    audit_rows: int


def _geometry_hex(geoms, column_type: str | None) -> np.ndarray:
    """Hex EWKB (SRID 4326) of a geometry column, made multi where the column is; None for a
    missing or empty geometry."""
    geoms = np.asarray(geoms, dtype=object).copy()
    geoms[shapely.is_missing(geoms) | shapely.is_empty(geoms)] = None
    multi = MULTI.get(column_type or "")
    if multi is not None:  # the parts as one-part multis
        make, single_type = multi
        single = np.flatnonzero(shapely.get_type_id(geoms) == single_type)
        if len(single):
            geoms[single] = make(geoms[single], indices=np.arange(len(single)))
    return shapely.to_wkb(shapely.set_srid(geoms, schema.SRS_ID), hex=True, include_srid=True)


def _gpkg_audit_rows(store) -> list[tuple]:
    """The GeoPackage's audit rows as stored (values verbatim), in order."""
    from sezmap.store import geopackage_sql as gsql

    conn = store.connect(readonly=True)
    try:
        if not gsql.has_table(conn, "audit_log"):
            return []
        present = set(gsql.table_columns(conn, "audit_log"))
        key = gsql.integer_key(conn, "audit_log")
        picked = [key, *(c if c in present else ("'plots'" if c == "layer" else "NULL") for c in AUDIT_COLUMNS[1:])]
        return conn.execute(f"SELECT {', '.join(picked)} FROM audit_log ORDER BY {key}").fetchall()
    finally:
        conn.close()


def publish(gpkg: str | Path, location: str) -> Transferred:
    """Copy the project in ``gpkg`` into the empty sezmap database at ``location``."""
    from sezmap.store.gpkg import GpkgStore

    server = server_name(parameters(location))
    store = GpkgStore(gpkg)
    project = store.load()
    audit = _gpkg_audit_rows(store)
    meta = {k: v for k, v in store.meta().items()}
    counts = {}
    with connect(location) as conn:
        try:
            with conn.transaction():
                applied = migrate.applied_migrations(conn)
                if applied is None:
                    raise DataError(Reason(f"{server}: no sezmap schema: run `sezmap db init` first",
                                           "not_initialised", server=server))
                migrate.check_applied(applied, migrate.shipped(), server)
                tables = [*schema.FEATURE_LAYERS, "audit_log", "project_meta"]
                conn.execute(sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(
                    sql.SQL(", ").join(sql.Identifier(S, t) for t in tables)))
                filled = [t for t in tables if scalar(conn, sql.SQL("SELECT count(*) FROM {}").format(
                    sql.Identifier(S, t))) > 0]
                if filled:
                    raise DataError(Reason(f"{server}: the database already holds a project ({', '.join(filled)} not "
                                           "empty); publish goes into an empty one", "not_empty", server=server))
                conn.execute(f"SET LOCAL ROLE {migrate.OWNER}")
                for name in schema.FEATURE_LAYERS:  # the rows come with their history: not audited again
                    conn.execute(f"ALTER TABLE {S}.{name} DISABLE TRIGGER USER")
                indexes = _drop_indexes(conn, [*schema.FEATURE_LAYERS, "audit_log"])
                for name, spec in schema.FEATURE_LAYERS.items():
                    counts[name] = _copy_layer(conn, spec, project.layer(name))
                _copy_rows(conn, "audit_log", AUDIT_COLUMNS, audit)
                conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
                for definition in indexes:  # built once over all rows: ~2x faster than row by row
                    conn.execute(definition)
                if audit:
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{S}.audit_log', 'id'), "
                                 f"(SELECT max(id) FROM {S}.audit_log))")
                _copy_rows(conn, "project_meta", ("key", "value"), list(meta.items()))
                for name in schema.FEATURE_LAYERS:
                    conn.execute(f"ALTER TABLE {S}.{name} ENABLE TRIGGER USER")
                conn.execute("RESET ROLE")
        except psycopg.Error as exc:
            raise server_error(exc, server) from None
    return Transferred(server, counts, len(audit))


def _drop_indexes(conn: psycopg.Connection, tables: list[str]) -> list[str]:
    """Drop the tables' plain indexes (not those of a key or a unique constraint) and return the
    statements that make them again."""
    rows = conn.execute("SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                        "WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary AND NOT i.indisunique",
                        ([f"{S}.{t}" for t in tables],)).fetchall()
    for name, _ in rows:
        conn.execute(sql.SQL("DROP INDEX {}").format(sql.SQL(name)))
    return [definition for _, definition in rows]


def _copy_layer(conn: psycopg.Connection, spec: schema.LayerSpec, frame) -> int:
    """The layer's rows by COPY in CSV, made column by column (no Python object per value)."""
    columns = {}
    for f in spec.fields:
        column = frame[f.name] if f.name in frame.columns else pd.Series([None] * len(frame), dtype=object)
        if f.type == "INTEGER" and column.dtype.kind == "f":  # an INTEGER column with gaps reads as floats
            whole = column.isna() | (column == np.floor(column))
            column = column.astype("Int64") if whole.all() else column
        if f.type == "TEXT" and column.isin([NULL]).any():
            raise DataError(f"{spec.name}.{f.name}: a value is {NULL!r}, which COPY would read as empty")
        columns[f.name] = column.reset_index(drop=True)
    columns["geom"] = pd.Series(_geometry_hex(frame.geometry.values, spec.geometry_type), dtype=object)
    table = pd.DataFrame(columns)
    query = sql.SQL("COPY {} ({}) FROM STDIN WITH (FORMAT csv, NULL {})").format(
        sql.Identifier(S, spec.name), sql.SQL(", ").join(sql.Identifier(c) for c in table.columns), sql.Literal(NULL))
    with conn.cursor().copy(query) as copy:
        for start in range(0, len(table), CHUNK):
            copy.write(table.iloc[start:start + CHUNK].to_csv(header=False, index=False, na_rep=NULL,
                                                              lineterminator="\n"))
    return len(table)


def _copy_rows(conn: psycopg.Connection, table: str, columns, rows) -> None:
    query = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(S, table),
                                                       sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    with conn.cursor().copy(query) as copy:
        for row in rows:
            copy.write_row(row)


def pull(location: str, out: str | Path) -> Transferred:
    """A snapshot of the database at ``location`` as a new GeoPackage ``out`` (not over a file)."""
    from sezmap.store import audit_chain
    from sezmap.store.gpkg import GpkgStore, transaction
    from sezmap.store.postgis.store import PostgisStore, stamp_sql

    out = Path(out)
    if out.exists():
        raise DataError(f"{out}: already exists; pull writes a new GeoPackage")
    source = PostgisStore(location)
    picked = ", ".join(stamp_sql(c) if c == "at" else c for c in AUDIT_COLUMNS)
    with source.snapshot():  # the layers, meta and audit log as one moment left them
        project = source.load()
        audit = source.snapshot_rows(f"SELECT {picked} FROM {S}.audit_log ORDER BY id")
        meta = {k: v for k, v in source.meta().items() if k != "schema_version"}
    layers = {name: project.layer(name) for name in schema.FEATURE_LAYERS}
    GpkgStore.create(out, layers, meta)
    target = GpkgStore(out)
    file = target.connect()
    try:
        with transaction(file):
            file.executemany(f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES "
                             f"({', '.join('?' for _ in AUDIT_COLUMNS)})", audit)
            audit_chain.seal_after(file, 0)
    finally:
        file.close()
    return Transferred(source.server, {n: len(f) for n, f in layers.items()}, len(audit))
