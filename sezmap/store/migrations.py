"""Schema versions of the project file, the steps between them, and the file's protections.

Version 0 is a GeoPackage with the four feature layers but none of sezmap's own
tables (made in QGIS, say). Reading never changes a file; the first write brings
it up to date inside the write's own transaction.

Every write (``upgrade`` runs inside every write transaction) also puts back what another
tool may have dropped or laid out differently, idempotently: the audit log's append-only
triggers and index, the plots' version trigger (``ensure_protections``), and the layout of
sezmap's tables (``repair_layout``: project_meta with an INTEGER primary key, audit_log's
columns, standard last_change stamps). ``ogr2ogr``, for one, copies tables but not their
triggers, and GDAL gives every attribute table an ``fid`` key of its own.
"""

from __future__ import annotations

import re
import sqlite3

from sezmap.model import schema
from sezmap.model.problems import DataError
from sezmap.store import geopackage_sql as sql

AUDIT_LOG_SQL = (
    "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at DATETIME NOT NULL, actor TEXT NOT NULL, "
    "plot_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT"
)
AUDIT_COLUMNS = {"at": "DATETIME", "actor": "TEXT", "plot_id": "TEXT", "field": "TEXT",
                 "old_value": "TEXT", "new_value": "TEXT", "reason": "TEXT"}

# An attribute table has an INTEGER primary key (GeoPackage requirement 119); key stays unique.
PROJECT_META_SQL = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT"

APPEND_ONLY_INDEX = "CREATE INDEX IF NOT EXISTS audit_log_plot_id ON audit_log (plot_id)"

# name -> (table, statement); ensure_protections creates what is missing and replaces what differs
TRIGGERS = {
    "audit_log_no_update": ("audit_log", """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""),
    "audit_log_no_delete": ("audit_log", """
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""),
    # Every change to a plot bumps its version by one (optimistic concurrency, as FAO SOLA
    # does): another tool that edits the file without doing so is refused.
    "plots_version_bump": ("plots", """
CREATE TRIGGER plots_version_bump BEFORE UPDATE ON plots
WHEN NEW.version IS NOT OLD.version + 1
BEGIN SELECT RAISE(ABORT, 'plots.version must go up by one on every change'); END"""),
}
APPEND_ONLY_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")
VERSION_TRIGGER = "plots_version_bump"

STANDARD_DATETIME_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z"


def _normal(statement: str | None) -> str:
    text = re.sub(r"\s+", " ", statement or "").strip().rstrip(";").lower()
    return text.replace(" if not exists", "")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _has_version(conn: sqlite3.Connection) -> bool:
    return "version" in sql.table_columns(conn, "plots")


def protection_status(conn: sqlite3.Connection) -> dict[str, str]:
    """Which protections the file lacks: trigger name -> 'missing' or 'altered'. Reads only.

    Only what applies is looked at: the audit log's triggers if it exists, the version
    trigger if plots has a version column.
    """
    tables = _tables(conn)
    present = {name: stmt for name, stmt in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    out = {}
    for name, (table, statement) in TRIGGERS.items():
        if table not in tables or (name == VERSION_TRIGGER and not _has_version(conn)):
            continue
        if name not in present:
            out[name] = "missing"
        elif _normal(present[name]) != _normal(statement):
            out[name] = "altered"
    return out


def ensure_protections(conn: sqlite3.Connection) -> None:
    """(Re)create the audit log's append-only triggers and index and the plots' version trigger.

    Idempotent and cheap when all is in place (no write at all); call inside a write
    transaction. A trigger of the same name that says something else is replaced.
    """
    tables = _tables(conn)
    if "audit_log" in tables:
        conn.execute(APPEND_ONLY_INDEX)
    for name, state in protection_status(conn).items():
        if state == "altered":
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(TRIGGERS[name][1])


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


def create_project_tables(conn: sqlite3.Connection, meta: dict[str, str], at: str) -> None:
    """sezmap's own tables: audit_log, project_meta, their protections and the version trigger."""
    sql.create_attribute_table(conn, "audit_log", AUDIT_LOG_SQL, "append-only log of plot changes", at)
    sql.create_attribute_table(conn, "project_meta", PROJECT_META_SQL, "project settings", at)
    values = {"title": "", **meta, "schema_version": str(schema.SCHEMA_VERSION)}
    sql.insert_rows(conn, "project_meta", ["key", "value"], sorted(values.items()))
    ensure_protections(conn)


def _v0_to_v1(conn: sqlite3.Connection, at: str) -> None:
    tables = _tables(conn)
    if "audit_log" in tables or "project_meta" in tables:
        raise DataError("project_meta has no schema_version, but sezmap tables exist: cannot tell the version")
    create_project_tables(conn, {}, at)


def _v1_to_v2(conn: sqlite3.Connection, at: str) -> None:
    """Version 2 adds the extension fields (name_kk of corridors and hubs)."""
    for spec in schema.FEATURE_LAYERS.values():
        present = {row[1] for row in conn.execute(f'PRAGMA table_info("{spec.name}")')}
        for f in spec.fields:
            if f.extension and f.name not in present:
                conn.execute(f'ALTER TABLE "{spec.name}" ADD COLUMN "{f.name}" {f.type}')


# MIGRATIONS[n] brings a file from version n to n + 1.
MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2}


def upgrade(conn: sqlite3.Connection, at: str) -> None:
    """Bring the file to the current schema version and put its protections back (call inside
    every write transaction; when all is in place it writes nothing)."""
    version = schema_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise DataError(f"schema_version {version} is newer than this sezmap ({schema.SCHEMA_VERSION})")
    while version < schema.SCHEMA_VERSION:
        MIGRATIONS[version](conn, at)
        version += 1
        set_meta(conn, "schema_version", str(version))
    repair_layout(conn, at)
    ensure_protections(conn)
