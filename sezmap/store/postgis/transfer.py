"""``sezmap db publish`` and ``sezmap db pull``: a project from a GeoPackage into an empty PostGIS
database, and a snapshot of one back into a new GeoPackage, audit log included.

Publish reads the GeoPackage as sezmap loads it (validated), then in ONE transaction, holding
the tables locked, checks the database is empty and COPYs the four layers, the project's meta
and the audit log (its ids, times, actors and values as they were) in. The plots' triggers are
disabled for that transaction only (as ``sezmap_owner``: publishing needs a login that may
become it, a superuser say): the rows come with their own versions, stamps and history, which
the triggers would otherwise rewrite and audit again.

Pull loads the database as the PostGIS store does and writes a new GeoPackage with
GpkgStore.create, then the server's audit rows, sealed as sezmap's own (audit_chain): the pulled
file's record checks out as the server's was.
"""

from __future__ import annotations

import math
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
MULTI = {"MULTIPOLYGON": shapely.MultiPolygon, "MULTILINESTRING": shapely.MultiLineString}


@dataclass(frozen=True)
class Transferred:
    server: str
    features: dict[str, int]  # layer -> features copied
    audit_rows: int


def _cell(value):
    """A value as COPY takes it: NaN, NaT and None as NULL, numpy scalars as Python's."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _geometry_hex(geom, column_type: str | None) -> str | None:
    """Hex EWKB (SRID 4326) of a geometry, made multi where the column is."""
    if geom is None or geom.is_empty:
        return None
    multi = MULTI.get(column_type or "")
    if multi is not None and not geom.geom_type.startswith("Multi"):
        geom = multi([geom])
    return shapely.to_wkb(shapely.set_srid(geom, schema.SRS_ID), hex=True, include_srid=True)


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
                for name, spec in schema.FEATURE_LAYERS.items():
                    counts[name] = _copy_layer(conn, spec, project.layer(name))
                _copy_rows(conn, "audit_log", AUDIT_COLUMNS, audit)
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


def _copy_layer(conn: psycopg.Connection, spec: schema.LayerSpec, frame) -> int:
    names = spec.field_names
    geoms = [_geometry_hex(g, spec.geometry_type) for g in frame.geometry.values]
    columns = {n: frame[n].tolist() if n in frame.columns else [None] * len(frame) for n in names}
    for f in spec.fields:  # an INTEGER column with gaps reads as floats: whole ones go as integers
        if f.type == "INTEGER":
            columns[f.name] = [int(v) if isinstance(v, float) and v.is_integer() else v for v in columns[f.name]]
    rows = [tuple(_cell(columns[n][i]) for n in names) + (geoms[i],) for i in range(len(frame))]
    _copy_rows(conn, spec.name, (*names, "geom"), rows)
    return len(rows)


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
    project = source.load()
    picked = ", ".join(stamp_sql(c) if c == "at" else c for c in AUDIT_COLUMNS)
    audit = source.rows(f"SELECT {picked} FROM {S}.audit_log ORDER BY id")
    layers = {name: project.layer(name) for name in schema.FEATURE_LAYERS}
    meta = {k: v for k, v in source.meta().items() if k != "schema_version"}
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
