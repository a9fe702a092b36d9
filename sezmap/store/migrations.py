"""Schema versions of the project file, the steps between them, and the file's protections.

Version 0 is a GeoPackage with the four feature layers but none of sezmap's own
tables (made in QGIS, say). Reading never changes a file; the first write brings
it up to date inside the write's own transaction.

Every write (``upgrade`` runs inside every write transaction) also puts back what another
tool may have dropped or laid out differently, idempotently: the triggers that audit every
change and keep the audit log and its seals append-only (store.audit_triggers; planted ones
dropped; ``ensure_protections``), the audit log's index, and the layout of
sezmap's tables (``repair_layout``: project_meta with an INTEGER primary key, audit_log's
columns, standard last_change stamps). ``ogr2ogr``, for one, copies tables but not their
triggers, and GDAL gives every attribute table an ``fid`` key of its own.
"""

from __future__ import annotations

import sqlite3
import uuid

from sezmap.model import schema
from sezmap.model.problems import DataError
from sezmap.store import audit_chain, audit_triggers
from sezmap.store import geopackage_sql as sql

AUDIT_LOG_SQL = (
    "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at DATETIME NOT NULL, actor TEXT NOT NULL, "
    "plot_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT, "
    "layer TEXT NOT NULL DEFAULT 'plots'"
)
AUDIT_COLUMNS = {"at": "DATETIME", "actor": "TEXT", "plot_id": "TEXT", "field": "TEXT",
                 "old_value": "TEXT", "new_value": "TEXT", "reason": "TEXT",
                 "layer": "TEXT NOT NULL DEFAULT 'plots'"}

# An attribute table has an INTEGER primary key (GeoPackage requirement 119); key stays unique.
PROJECT_META_SQL = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT"

APPEND_ONLY_INDEX = "CREATE INDEX IF NOT EXISTS audit_log_plot_id ON audit_log (plot_id)"

# The protections of files written by sezmap before schema 3 (kept while such a file is only read)
LEGACY_TRIGGERS = {
    "audit_log_no_update": ("audit_log", """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""),
    "audit_log_no_delete": ("audit_log", """
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""),
    "plots_version_bump": ("plots", """
CREATE TRIGGER plots_version_bump BEFORE UPDATE ON plots
WHEN NEW.version IS NOT OLD.version + 1
BEGIN SELECT RAISE(ABORT, 'plots.version must go up by one on every change'); END"""),
}
STANDARD_DATETIME_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z"
CHAINED_VERSION = 3  # the schema version from which the triggers audit and seals chain


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_version(conn: sqlite3.Connection) -> bool:
    return "version" in sql.table_columns(conn, "plots")


def expected_triggers(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """name -> (table, statement) of the triggers this file should have at its schema version."""
    if schema_version(conn) >= CHAINED_VERSION:
        return audit_triggers.expected_triggers(conn)
    tables = _tables(conn)
    return {name: (table, stmt) for name, (table, stmt) in LEGACY_TRIGGERS.items()
            if table in tables and (table != "plots" or _has_version(conn))}


_STATUS_CACHE: dict[tuple, dict[str, tuple[str, str]]] = {}


def protection_status(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """What is wrong with the triggers on sezmap's tables: name -> (table, state), state one of
    'missing' (a copy that dropped it: repaired by the next write), 'altered' (its SQL is not
    sezmap's) or 'planted' (a trigger sezmap does not know: GDAL's R-tree and feature-count
    triggers are known). Reads only. The answer depends only on the schema (every table's and
    trigger's SQL) and the schema version, so it is remembered for them: every write asks."""
    schema_sql = tuple(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                    "WHERE type IN ('table', 'trigger') ORDER BY type, name"))
    key = (schema_version(conn), schema_sql)
    if key not in _STATUS_CACHE:
        if len(_STATUS_CACHE) > 32:
            _STATUS_CACHE.clear()
        _STATUS_CACHE[key] = _protection_status(conn)
    return dict(_STATUS_CACHE[key])


def _protection_status(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    expected = expected_triggers(conn)
    present = {name: (table, stmt) for name, table, stmt in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")}
    out = {}
    for name, (table, statement) in expected.items():
        if name not in present:
            out[name] = (table, "missing")
        elif audit_triggers.normal(present[name][1]) != audit_triggers.normal(statement):
            out[name] = (table, "altered")
    ours = {t.lower() for t in audit_triggers.SEZMAP_TABLES}
    for name, (table, statement) in present.items():
        if name in expected or str(table).lower() not in ours:
            continue
        if not audit_triggers.is_gdal_trigger(name, table, statement):
            out[name] = (table, "planted")
    return out


def ensure_protections(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Put back the file's protections (call inside a write transaction): the audit log's
    index, every trigger of ``expected_triggers`` (one whose SQL differs is replaced), and
    planted triggers dropped. Idempotent; writes nothing when all is in place. Returns what
    it found (``protection_status``)."""
    if "audit_log" in _tables(conn):
        conn.execute(APPEND_ONLY_INDEX)
    status = protection_status(conn)
    expected = expected_triggers(conn) if status else {}
    for name, (_table, state) in sorted(status.items()):
        if state != "missing":
            conn.execute(f'DROP TRIGGER "{name}"')
        if state != "planted":
            conn.execute(expected[name][1])
    return status


def describe(status: dict[str, tuple[str, str]]) -> list[str]:
    """What ``protection_status`` found, in words (for the audit row that records it)."""
    lines = [f"trigger {name} on {table} {state}" for name, (table, state) in sorted(status.items())
             if state != "missing"]
    missing = sorted(name for name, (_table, state) in status.items() if state == "missing")
    if missing:
        lines.append(f"triggers missing: {', '.join(missing)}")
    return lines


def repair_layout(conn: sqlite3.Connection, at: str) -> None:
    """Put sezmap's tables in the layout this version writes (inside a write transaction):
    project_meta with an INTEGER primary key, an audit_log (empty if it was dropped) with every
    column, both tables listed in gpkg_contents, and gpkg_contents.last_change as
    ``YYYY-MM-DDTHH:MM:SS.SSSZ``."""
    tables = _tables(conn)
    at = sql.datetime_text(at)
    if "project_meta" in tables and sql.integer_key(conn, "project_meta") == "rowid":
        # an earlier sezmap made ``key`` the primary key, which the GeoPackage standard forbids
        key = sql.integer_key(conn, "project_meta")
        rows = conn.execute(f"SELECT key, value FROM project_meta ORDER BY {key}").fetchall()
        latest = dict(rows)
        conn.execute("DROP TABLE project_meta")
        conn.execute(f"CREATE TABLE project_meta ({PROJECT_META_SQL})")
        sql.insert_rows(conn, "project_meta", ["key", "value"], sorted(latest.items()))
        if "gpkg_ogr_contents" in tables:  # GDAL's cached count: let GDAL count again
            conn.execute("UPDATE gpkg_ogr_contents SET feature_count = NULL WHERE table_name = 'project_meta'")
    if "audit_log" not in tables and "project_meta" in tables:  # dropped from a sezmap file
        conn.execute(f"CREATE TABLE audit_log ({AUDIT_LOG_SQL})")
        tables.add("audit_log")
    if schema_version(conn) >= CHAINED_VERSION:  # dropped: recreated empty (the rows stay unsealed)
        _create_chain_tables(conn, at)
    if "audit_log" in tables:
        present = set(sql.table_columns(conn, "audit_log"))
        for column, kind in AUDIT_COLUMNS.items():
            if column not in present:
                conn.execute(f'ALTER TABLE audit_log ADD COLUMN "{column}" {kind}')
    listed = sql.table_names(conn)
    for name, description in (("audit_log", "append-only log of plot changes"),
                              ("project_meta", "project settings")):
        if name in tables and name not in listed:
            conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                         "VALUES (?, 'attributes', ?, ?, ?)", (name, name, description, at))
    ensure_zone_index(conn)
    conn.execute(
        "UPDATE gpkg_contents SET last_change = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', last_change), ?) "
        f"WHERE last_change IS NULL OR last_change NOT GLOB '{STANDARD_DATETIME_GLOB}'", (at,))


def schema_version(conn: sqlite3.Connection) -> int:
    if "project_meta" not in _tables(conn):
        return 0
    key = sql.integer_key(conn, "project_meta")
    row = conn.execute(f"SELECT value FROM project_meta WHERE key = 'schema_version' ORDER BY {key} DESC"
                       ).fetchone()
    if row is None:
        return 0
    try:
        return int(str(row[0]).strip())
    except ValueError:
        raise DataError(f"project_meta schema_version {row[0]!r} is not a number") from None


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set one project_meta key, whatever the table's layout (inside a write transaction)."""
    cur = conn.execute("UPDATE project_meta SET value = ? WHERE key = ?", (value, key))
    if cur.rowcount == 0:
        sql.insert_rows(conn, "project_meta", ["key", "value"], [(key, value)])


PROJECT_UUID = "project_uuid"  # the file's identity (what a saved undo stack belongs to), set once


def ensure_project_uuid(conn: sqlite3.Connection) -> None:
    """Give a file without one its project UUID (inside a write transaction; a copy keeps it)."""
    if "project_meta" not in _tables(conn):
        return
    row = conn.execute("SELECT value FROM project_meta WHERE key = ?", (PROJECT_UUID,)).fetchone()
    if row is None or not (row[0] or "").strip():
        set_meta(conn, PROJECT_UUID, str(uuid.uuid4()))


def create_project_tables(conn: sqlite3.Connection, meta: dict[str, str], at: str) -> None:
    """sezmap's own tables: audit_log, project_meta, their protections and the version trigger."""
    sql.create_attribute_table(conn, "audit_log", AUDIT_LOG_SQL, "append-only log of plot changes", at)
    sql.create_attribute_table(conn, "project_meta", PROJECT_META_SQL, "project settings", at)
    _create_chain_tables(conn, at)
    # a new project is a new identity (``meta`` may fix it, for a reproducible build)
    values = {"title": "", PROJECT_UUID: str(uuid.uuid4()), **meta, "schema_version": str(schema.SCHEMA_VERSION)}
    sql.insert_rows(conn, "project_meta", ["key", "value"], sorted(values.items()))
    ensure_protections(conn)
    ensure_zone_index(conn)


ZONE_INDEX = "plots_zone_id"  # an ordinary SQLite index: GDAL and QGIS read the file as before


def ensure_zone_index(conn: sqlite3.Connection) -> None:
    """The index on ``plots(zone_id)`` that lets one zone's plots be read without scanning the
    table (an export of one zone of a 1M-plot project). Made by creation, by version 4 and by
    any write to a file that lost it (a copy by a tool that leaves indexes out); when it is in
    place nothing is written."""
    if "plots" in _tables(conn) and "zone_id" in sql.table_columns(conn, "plots"):
        conn.execute(f'CREATE INDEX IF NOT EXISTS "{ZONE_INDEX}" ON plots (zone_id)')


def _v0_to_v1(conn: sqlite3.Connection, at: str) -> None:
    tables = _tables(conn)
    if "audit_log" in tables or "project_meta" in tables:
        raise DataError("project_meta has no schema_version, but sezmap tables exist: cannot tell the version")
    create_project_tables(conn, {}, at)


def _add_extension_fields(conn: sqlite3.Connection, at: str) -> None:
    """Versions 2 (name_kk of corridors and hubs) and 4 (``part`` of plots; the index on
    ``plots(zone_id)`` comes with it, made by ``repair_layout``) add the extension fields a file
    lacks, empty (the feature triggers, dropped by ``upgrade`` beforehand, are made again for
    the new columns)."""
    tables = _tables(conn)
    for spec in schema.FEATURE_LAYERS.values():
        if spec.name not in tables:
            continue
        present = {row[1] for row in conn.execute(f'PRAGMA table_info("{spec.name}")')}
        for f in spec.fields:
            if f.extension and f.name not in present:
                conn.execute(f'ALTER TABLE "{spec.name}" ADD COLUMN "{f.name}" {f.type}')


def _create_chain_tables(conn: sqlite3.Connection, at: str) -> None:
    tables = _tables(conn)
    if audit_triggers.CHAIN_TABLE not in tables:  # listed: a GDAL copy keeps the seals
        sql.create_attribute_table(conn, audit_triggers.CHAIN_TABLE, audit_triggers.CHAIN_SQL,
                                   "seals of the audit log (a hash chain)", at)
    if audit_triggers.CONTEXT_TABLE not in tables:  # not listed: empty outside a sezmap write
        conn.execute(f"CREATE TABLE {audit_triggers.CONTEXT_TABLE} ({audit_triggers.CONTEXT_SQL})")


def chained_traces(conn: sqlite3.Connection) -> list[str]:
    """What only a file at schema 3 or later has (its seals, its context table, a project_uuid):
    any of them in a file whose schema_version says less means the version was
    lowered outside sezmap (so that its first write would seal rows inserted meanwhile)."""
    tables = _tables(conn)
    traces = [t for t in (audit_triggers.CHAIN_TABLE, audit_triggers.CONTEXT_TABLE) if t in tables]
    if "project_meta" in tables and conn.execute("SELECT 1 FROM project_meta WHERE key = ?",
                                                 (PROJECT_UUID,)).fetchone():
        traces.append(PROJECT_UUID)
    return traces


def _v2_to_v3(conn: sqlite3.Connection, at: str) -> None:
    """Version 3: the file audits itself (triggers write every audit row, ``audit_log.layer``
    names the layer) and sezmap seals its audit rows (``audit_chain``). The rows there are
    sealed once, as they are (genesis); the old version trigger gives way to the new ones."""
    lowered = chained_traces(conn)  # a schema_version lowered outside sezmap
    if "audit_log" in _tables(conn) and "layer" not in sql.table_columns(conn, "audit_log"):
        conn.execute(f"ALTER TABLE audit_log ADD COLUMN layer {AUDIT_COLUMNS['layer']}")
    _create_chain_tables(conn, at)
    conn.execute("DROP TRIGGER IF EXISTS plots_version_bump")
    if "audit_log" in _tables(conn) and not lowered:  # (never seal rows inserted after the seals began)
        audit_chain.genesis(conn)


# MIGRATIONS[n] brings a file from version n to n + 1.
MIGRATIONS = {0: _v0_to_v1, 1: _add_extension_fields, 2: _v2_to_v3, 3: _add_extension_fields}


def impostors(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> type ('view', 'index') of what stands under the name of one of sezmap's tables
    but is not a table: made outside sezmap (a view named sezmap_edit_context could put a
    person's name on other programs' changes). Reads only."""
    names = [t.lower() for t in audit_triggers.SEZMAP_TABLES]
    marks = ", ".join("?" * len(names))
    return dict(conn.execute(f"SELECT name, type FROM sqlite_master WHERE type IN ('view', 'index') "
                             f"AND lower(name) IN ({marks}) ORDER BY name", names).fetchall())


def upgrade(conn: sqlite3.Connection, at: str) -> list[str]:
    """Bring the file to the current schema version and put its protections back (call inside
    every write transaction; when all is in place it writes nothing). Planted triggers are
    dropped before anything else is written. Returns what was found wrong with the
    protections of a file that had them (for a sealed audit row), in words."""
    found = impostors(conn)
    if found:  # sezmap does not drop what someone made; nothing is written
        raise DataError("; ".join(f"{name} is {'an' if kind == 'index' else 'a'} {kind}, not sezmap's table (made "
                                  "outside sezmap): remove it to let sezmap write" for name, kind in found.items()))
    status = {n: v for n, v in protection_status(conn).items() if v[1] != "missing"}
    for name in status:  # before anything is written (a planted trigger could skip it)
        conn.execute(f'DROP TRIGGER "{name}"')
    version = schema_version(conn)
    had = version
    if version > schema.SCHEMA_VERSION:
        raise DataError(f"schema_version {version} is newer than this sezmap ({schema.SCHEMA_VERSION})")
    while version < schema.SCHEMA_VERSION:
        MIGRATIONS[version](conn, at)
        version += 1
        set_meta(conn, "schema_version", str(version))
    repair_layout(conn, at)
    restored = ensure_protections(conn)
    ensure_project_uuid(conn)
    if had >= schema.SCHEMA_VERSION:  # (in a file just upgraded, the new triggers are new, not restored)
        status = {**restored, **status}
    return describe(status)
