"""The audit log read back, as people read it: the rows a filter picks (GpkgStore.audit) and
the plots' rows after a mark (GpkgStore.audit_tail), geometry as lon/lat WKT."""

from __future__ import annotations

import sqlite3

from sezmap.model.edits import AuditEntry
from sezmap.store import audit_triggers
from sezmap.store import geopackage_sql as sql
from sezmap.store.audit_export import AUDIT_FIELDS


def audit_entries(conn: sqlite3.Connection, bounds: list[str | None], zone: str | None, actor: str | None,
                  field: str | None, plot_id: str | list[str] | None, limit: int | None,
                  layer: str | None) -> list[AuditEntry]:
    """The rows GpkgStore.audit describes, oldest first; ``bounds``: the since and until
    instants (audit_export.audit_bound) or None."""
    if not sql.has_table(conn, "audit_log"):
        return []
    key = sql.integer_key(conn, "audit_log")
    present = set(sql.table_columns(conn, "audit_log"))
    picked = ", ".join(f'"{c}"' if c in present else "NULL" for c in AUDIT_FIELDS)
    where, params = [], []
    if layer is not None and "layer" in present:
        where.append('"layer" = ?')
        params.append(layer)
    elif layer not in (None, "plots"):
        return []  # a file without the column holds plots' rows only
    for column, value in (("actor", actor), ("field", field), ("plot_id", plot_id)):
        if value is None:
            continue
        if column not in present:
            return []
        if isinstance(value, (list, tuple, set, frozenset)):  # any of several plots
            values = list(value)
            where.append(f'"{column}" IN ({", ".join("?" for _ in values)})' if values else "0")
            params.extend(values)
            continue
        where.append(f'"{column}" = ?')
        params.append(value)
    if zone is not None:
        where.append("plot_id IN (SELECT plot_id FROM plots WHERE zone_id = ?)")
        params.append(zone)
    if (bounds[0] or bounds[1]) and "at" not in present:
        return []
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', at)"
    if bounds[0] is not None:
        where.append(f"{stamp} >= ?")
        params.append(bounds[0])
    if bounds[1] is not None:
        where.append(f"{stamp} <= ?")
        params.append(bounds[1])
    query = f"SELECT {key}, {picked} FROM audit_log"
    if where:
        query += " WHERE " + " AND ".join(where)
    if limit is not None:
        query = f"SELECT * FROM ({query} ORDER BY {key} DESC LIMIT {int(limit)})"
    rows = conn.execute(query + " ORDER BY 1", params).fetchall()
    lonlat = audit_triggers.lonlat_reader(conn)
    return [entry(r, lonlat) for r in rows]


def audit_tail(conn: sqlite3.Connection, after: int) -> tuple[int, list[AuditEntry]]:
    """The plots' audit rows after row ``after`` (by rowid) and the last rowid."""
    if "audit_log" not in sql.table_names(conn):
        return after, []
    layer = "layer" if "layer" in sql.table_columns(conn, "audit_log") else "'plots'"
    rows = conn.execute(
        f"SELECT rowid, at, actor, plot_id, field, old_value, new_value, reason, {layer} "
        "FROM audit_log WHERE rowid > ? ORDER BY rowid", (after,)).fetchall()
    last = rows[-1][0] if rows else (conn.execute("SELECT max(rowid) FROM audit_log").fetchone()[0] or 0)
    lonlat = audit_triggers.lonlat_reader(conn)
    plots = [entry(r[:8], lonlat) for r in rows if r[8] == "plots"]  # the other layers' rows: not plots
    return max(last, after) if rows else last, plots


def entry(row, lonlat=None) -> AuditEntry:
    """An audit row (key and the seven columns) as people read it (geometry as lon/lat WKT)."""
    key, at, actor, plot_id, name, old, new, reason = row
    return AuditEntry(key, at, actor, plot_id, name, audit_triggers.readable_value(name, old, lonlat),
                      audit_triggers.readable_value(name, new, lonlat), reason)
