"""``sezmap db publish`` and ``sezmap db pull``: a project from a GeoPackage into an empty PostGIS
database, and a snapshot of one back into a new GeoPackage, audit log included.

Publish reads the GeoPackage as sezmap loads it (validated), then in ONE transaction on one ADBC
connection, holding the tables locked, checks the database is empty and COPYs the four layers,
the project's meta and the audit log (its ids, times, actors and values as they were) in, in
PostgreSQL's binary format from Arrow tables (store.postgis.ingest), the tables' plain indexes
dropped before and made again after. A publish that fails or is stopped anywhere (refused, the
client killed, the server's backend ended) commits nothing: the database stays empty. The plots' triggers are
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

import adbc_driver_manager

from sezmap.model import schema
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.store.postgis import ingest, migrate
from sezmap.store.postgis.connection import connect_arrow, parameters, server_error, server_name

S = migrate.SCHEMA
AUDIT_COLUMNS = ("id", "at", "actor", "plot_id", "field", "old_value", "new_value", "reason", "layer")


@dataclass(frozen=True)
class Transferred:
    server: str
    features: dict[str, int]  # layer -> features copied
    audit_rows: int


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
    conn = connect_arrow(location)  # not autocommit: all below is one transaction, or nothing
    try:
        applied = migrate.applied_migrations(conn)
        if applied is None:
            raise DataError(Reason(f"{server}: no sezmap schema: run `sezmap db init` first",
                                   "not_initialised", server=server))
        migrate.check_applied(applied, migrate.shipped(), server)
        tables = [*schema.FEATURE_LAYERS, "audit_log", "project_meta"]
        _run(conn, f"LOCK TABLE {', '.join(f'{S}.{t}' for t in tables)} IN ACCESS EXCLUSIVE MODE")
        filled = [t for t in tables if _run(conn, f"SELECT count(*) FROM {S}.{t}")[0][0] > 0]
        if filled:
            raise DataError(Reason(f"{server}: the database already holds a project ({', '.join(filled)} not "
                                   "empty); publish goes into an empty one", "not_empty", server=server))
        _run(conn, f"SET LOCAL ROLE {migrate.OWNER}")
        for name in schema.FEATURE_LAYERS:  # the rows come with their history: not audited again
            _run(conn, f"ALTER TABLE {S}.{name} DISABLE TRIGGER USER")
        indexes = _drop_indexes(conn, [*schema.FEATURE_LAYERS, "audit_log"])
        for name, spec in schema.FEATURE_LAYERS.items():
            rows = ingest.layer_table(spec, project.layer(name), ingest.server_types(conn, name),
                                      project.plot_rings if name == "plots" else None)
            counts[name] = ingest.copy(conn, name, rows)
        ingest.copy(conn, "audit_log", ingest.rows_table(AUDIT_COLUMNS, audit, ingest.server_types(conn, "audit_log"),
                                                         "audit_log"))
        _run(conn, "SET LOCAL maintenance_work_mem = '256MB'")
        for definition in indexes:  # built once over all rows: ~2x faster than row by row
            _run(conn, definition)
        if audit:
            _run(conn, f"SELECT setval(pg_get_serial_sequence('{S}.audit_log', 'id'), (SELECT max(id) FROM {S}.audit_log))")
        ingest.copy(conn, "project_meta", ingest.rows_table(("key", "value"), meta.items(),
                                                            ingest.server_types(conn, "project_meta"), "project_meta"))
        for name in schema.FEATURE_LAYERS:
            _run(conn, f"ALTER TABLE {S}.{name} ENABLE TRIGGER USER")
        _run(conn, "RESET ROLE")
        conn.commit()
    except adbc_driver_manager.Error as exc:
        raise server_error(exc, server) from None
    finally:
        conn.close()  # uncommitted (refused, failed): rolled back
    return Transferred(server, counts, len(audit))


def _run(conn, query: str) -> list[tuple]:
    """One statement on an ADBC connection: its rows (none for a command)."""
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall() if cur.description else []


def _drop_indexes(conn, tables: list[str]) -> list[str]:
    """Drop the tables' plain indexes (not those of a key or a unique constraint) and return the
    statements that make them again."""
    listed = ", ".join(f"'{S}.{t}'::regclass" for t in tables)
    rows = _run(conn, "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                      f"WHERE i.indrelid IN ({listed}) AND NOT i.indisprimary AND NOT i.indisunique")
    for name, _ in rows:
        _run(conn, f"DROP INDEX {name}")
    return [definition for _, definition in rows]


def append_layer(conn, spec: schema.LayerSpec, frame, labels, reason: str) -> int:
    """Import: ``frame``'s features added to a layer other than the plots in the caller's
    (psycopg) transaction, each audited by the server (migration 8: the login, ``reason``);
    DataError naming every row whose id is already in the layer (the layer locked against another
    import meanwhile). Only an admin may (the server refuses others, 42501). The values are
    converted as publish converts them (store.postgis.ingest); these layers are small (tens of
    rows), so plain INSERTs, which fire the server's audit triggers row by row."""
    from psycopg import sql

    conn.execute("SELECT set_config('sezmap.reason', %s, true)", (reason,))
    conn.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(sql.Identifier(S, spec.name)))
    key = spec.id_field
    if spec.unique_id and key is not None:
        ids = [str(i) for i in frame[key]]
        existing = {r[0] for r in conn.execute(sql.SQL("SELECT {} FROM {} WHERE {} = ANY(%s)").format(
            sql.Identifier(key), sql.Identifier(S, spec.name), sql.Identifier(key)), (ids,))}
        problems = [Problem(spec.name, labels[k], f"{key} {i!r} is already in the project")
                    for k, i in enumerate(ids) if i in existing]
        if problems:
            raise DataError(problems)
    data = ingest.layer_table(spec, frame, ingest.server_types(conn, spec.name))
    names = [c for c in data.column_names if c != "geom"]
    query = sql.SQL("INSERT INTO {} ({}, geom) VALUES ({}, ST_SetSRID(ST_GeomFromWKB(%s), 4326))").format(
        sql.Identifier(S, spec.name), sql.SQL(", ").join(sql.Identifier(c) for c in names),
        sql.SQL(", ").join(sql.Placeholder() for _ in names))
    rows = data.select([*names, "geom"]).to_pylist()
    with conn.cursor() as cur:
        cur.executemany(query, [tuple(r[c] for c in (*names, "geom")) for r in rows])
    return data.num_rows


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
