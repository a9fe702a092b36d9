"""Schema versions of the project file and the steps between them.

Version 0 is a GeoPackage with the four feature layers but none of sezmap's own
tables (made in QGIS, say). Reading never changes a file; the first write brings
it up to date inside the write's own transaction.
"""

from __future__ import annotations

import sqlite3

from sezmap.model import schema
from sezmap.model.problems import DataError
from sezmap.store import geopackage_sql as sql

AUDIT_LOG_SQL = (
    "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at DATETIME NOT NULL, actor TEXT NOT NULL, "
    "plot_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT"
)

APPEND_ONLY = """
CREATE INDEX audit_log_plot_id ON audit_log (plot_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""

# Every change to a plot bumps its version by one (optimistic concurrency, as FAO SOLA does):
# another tool that edits the file without doing so is refused.
PLOT_VERSION_CHECK = """
CREATE TRIGGER plots_version_bump BEFORE UPDATE ON plots
WHEN NEW.version IS NOT OLD.version + 1
BEGIN SELECT RAISE(ABORT, 'plots.version must go up by one on every change'); END;
"""


def schema_version(conn: sqlite3.Connection) -> int:
    if "project_meta" not in sql.table_names(conn):
        return 0
    row = conn.execute("SELECT value FROM project_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def create_project_tables(conn: sqlite3.Connection, meta: dict[str, str], at: str) -> None:
    """sezmap's own tables: audit_log, project_meta, the plot version trigger."""
    sql.create_attribute_table(conn, "audit_log", AUDIT_LOG_SQL, "append-only log of plot changes", at)
    sql.run_script(conn, APPEND_ONLY)
    sql.create_attribute_table(conn, "project_meta", "key TEXT PRIMARY KEY NOT NULL, value TEXT",
                               "project settings", at)
    values = {"title": "", **meta, "schema_version": str(schema.SCHEMA_VERSION)}
    conn.executemany("INSERT INTO project_meta VALUES (?, ?)", sorted(values.items()))
    sql.run_script(conn, PLOT_VERSION_CHECK)


def _v0_to_v1(conn: sqlite3.Connection, at: str) -> None:
    tables = sql.table_names(conn)
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
    """Bring the file to the current schema version (call inside a write transaction)."""
    version = schema_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise DataError(f"schema_version {version} is newer than this sezmap ({schema.SCHEMA_VERSION})")
    while version < schema.SCHEMA_VERSION:
        MIGRATIONS[version](conn, at)
        version += 1
        conn.execute("INSERT OR REPLACE INTO project_meta VALUES ('schema_version', ?)", (str(version),))
