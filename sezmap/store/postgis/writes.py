"""sezmap's plot changes on PostGIS: edits, creations and removals in ONE server transaction.

Each change runs under the server's rules (sql/0002_server_rules.sql): the reason goes in as
``sezmap.reason`` for that change, the server stamps version, who (the login: ``session_user``,
whatever ``actor`` the change names) and when (the server's clock), checks the zone rights and the
workflow and the status rules (sql/0010_status_rules.sql, refused as a DataError naming the
missing fields), and writes the audit rows. What is checked here first, so that a refusal says what a
person can act on: the plot exists; the version the editor saw (``expect_version``: a stale edit
is a ConflictError naming who changed what); for an undo or redo, that the plot is as the step
left it (store.step_check, the file's rule). The plot's row is locked (``FOR UPDATE``) from that
check to the write, so two clients editing one plot at once are served one after the other: the
second finds the first's version and is refused as stale.

An undo or redo (a PlotEdit that does not check the workflow: ``EditResult.inverse``; a plot put
back: ``PlotCreate.restores``) names the audit row of the change it reverses as
``sezmap.undo_of``: the server (sql/0011_undo_rule.sql) then lets it put back a status the
workflow would not allow, or a plot's incomplete state from before the status rules, only if it
truly reverses that change of this login.

A plot created or removed with a ``lineage`` (a split, a merge, an undo) says it as
``sezmap.lineage``: the server's audit adds the 'lineage' row (sql/0012_plot_lineage.sql).

Not here yet: the geometry rules (inside the zone, no overlap) are the server's alone.
"""

from __future__ import annotations

import shapely
from psycopg import sql

from sezmap.model import schema
from sezmap.model.edits import (
    ConflictError,
    CreateResult,
    DeleteResult,
    EditResult,
    PlotCreate,
    PlotEdit,
    StepConflict,
)
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.model.values import same_value
from sezmap.store import step_check
from sezmap.store.postgis.migrate import SCHEMA as S

FIELDS = [f.name for f in schema.PLOTS.fields]
_STAMP = "YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\""


def _picked() -> str:
    cols = [f"to_char({f.name}, 'YYYY-MM-DD')" if f.type == "DATE"
            else f"to_char({f.name} AT TIME ZONE 'UTC', '{_STAMP}')" if f.type == "DATETIME" else f.name
            for f in schema.PLOTS.fields]
    return ", ".join([*cols, "ST_AsBinary(geom)"])


def plot_row(conn, plot_id: str, lock: bool = False) -> dict | None:
    """The plot's fields as GpkgStore's plot_row gives them (dates and DATETIME as text,
    geometry as shapely), or None."""
    row = conn.execute(f"SELECT {_picked()} FROM {S}.plots WHERE plot_id = %s" + (" FOR UPDATE" if lock else ""),
                       (plot_id,)).fetchone()
    if row is None:
        return None
    out = dict(zip(FIELDS, row[:-1], strict=True))
    out["geometry"] = None if row[-1] is None else shapely.from_wkb(bytes(row[-1]))
    return out


class ServerAudit:
    """step_check's audit questions, asked of the server's audit log."""

    def __init__(self, conn):
        self.conn = conn

    def last_change(self, pid: str, name: str):
        return self.conn.execute(
            f"SELECT to_char(at AT TIME ZONE 'UTC', '{_STAMP}'), actor, new_value FROM {S}.audit_log "
            "WHERE plot_id = %s AND field = %s ORDER BY id DESC LIMIT 1", (pid, name)).fetchone()

    def last_plot_row(self, pid: str, what: str):
        row = self.conn.execute(
            f"SELECT actor, to_char(at AT TIME ZONE 'UTC', '{_STAMP}') FROM {S}.audit_log WHERE plot_id = %s "
            "AND field = 'plot' AND new_value = %s ORDER BY id DESC LIMIT 1", (pid, what)).fetchone()
        return (row[0], row[1]) if row else None


def _conflict(conn, plot_id: str, version: int, expected: int) -> ConflictError:
    """A stale change refused, saying who changed what since (the latest transaction's rows)."""
    last = conn.execute(
        f"SELECT to_char(min(at) AT TIME ZONE 'UTC', '{_STAMP}'), actor, string_agg(field, ', ' ORDER BY id) "
        f"FROM {S}.audit_log WHERE plot_id = %s AND layer = 'plots' GROUP BY xid, actor ORDER BY max(id) DESC "
        "LIMIT 1", (plot_id,)).fetchone()
    who = f" (last change by {last[1]} at {last[0]}: {last[2]})" if last else ""
    return ConflictError(Problem("plots", plot_id, Reason(
        f"changed meanwhile: version is {version}, the edit expected {expected}{who}; nothing was written",
        "changed_meanwhile", plot=str(plot_id), version=int(version), expected=int(expected),
        actor=last[1] if last else "", at=last[0] if last else "", fields=last[2] if last else "")))


def _value(name: str, value):
    """A value as the query takes it: geometry as WKB for ST_GeomFromWKB."""
    return shapely.to_wkb(value) if name == "geometry" and value is not None else value


def _column(name: str) -> sql.Composable:
    return sql.SQL("geom = ST_GeomFromWKB(%s, 4326)") if name == "geometry" else \
        sql.SQL("{} = %s").format(sql.Identifier(name))


def _no_plot(pid: str) -> DataError:
    return DataError(Problem("plots", pid, Reason("no such plot", "no_such_plot", plot=pid)))


def _expected_row(conn, change) -> tuple[str, dict]:
    """(the plot's id, its row locked for this transaction) when it is at the version the change
    expects; DataError when there is no such plot, ConflictError when another writer moved it on."""
    pid = str(change.plot_id)
    row = plot_row(conn, pid, lock=True)
    if row is None:
        raise _no_plot(pid)
    if change.expect_version is not None and row["version"] != change.expect_version:
        raise _conflict(conn, pid, row["version"], change.expect_version)
    return pid, row


def edit(conn, change: PlotEdit, values: dict) -> EditResult:
    pid, row = _expected_row(conn, change)
    changed = {k: (row[k], v) for k, v in values.items() if not same_value(row[k], v)}
    if not changed:
        return EditResult(pid, row["version"], row["updated_at"] or "", row["updated_by"] or "", {})
    sets = [_column(name) for name in changed] + [sql.SQL("version = %s")]
    params = [_value(name, new) for name, (_old, new) in changed.items()] + [row["version"] + 1, pid]
    version, at, who = conn.execute(
        sql.SQL("UPDATE {}.plots SET {} WHERE plot_id = %s RETURNING version, to_char(updated_at AT TIME ZONE "
                f"'UTC', '{_STAMP}'), updated_by").format(sql.Identifier(S), sql.SQL(", ").join(sets)),
        params).fetchone()
    return EditResult(pid, version, at, who, changed)


def create(conn, change: PlotCreate, values: dict) -> CreateResult:
    pid = str(change.plot_id)
    if plot_row(conn, pid) is not None:
        raise DataError(Problem("plots", pid, f"plot_id {pid!r} is already in the project"))
    names = [n for n in FIELDS if n in values and n not in ("plot_id", "version", "updated_at", "updated_by")]
    columns = sql.SQL(", ").join(sql.Identifier(n) for n in ["plot_id", *names, "version"])
    holes = sql.SQL(", ").join(sql.SQL("%s") for _ in range(len(names) + 2))
    version, at, who = conn.execute(
        sql.SQL("INSERT INTO {}.plots ({}, geom) VALUES ({}, ST_GeomFromWKB(%s, 4326)) RETURNING version, "
                f"to_char(updated_at AT TIME ZONE 'UTC', '{_STAMP}'), updated_by").format(
            sql.Identifier(S), columns, holes),
        [pid, *(values[n] for n in names), int(change.version), _value("geometry", values["geometry"])]).fetchone()
    record = {f: values.get(f) for f in FIELDS}
    record.update(plot_id=pid, version=version, updated_at=at, updated_by=who, geometry=values["geometry"])
    return CreateResult(pid, version, at, who, record)


def delete(conn, change) -> DeleteResult:
    pid, row = _expected_row(conn, change)
    conn.execute(f"DELETE FROM {S}.plots WHERE plot_id = %s", (pid,))
    at, who = conn.execute(f"SELECT to_char(now() AT TIME ZONE 'UTC', '{_STAMP}'), session_user").fetchone()
    return DeleteResult(pid, row["version"], at, who, row)


def _undo_of(conn, change, values: dict) -> str:
    """The audit row an undo or redo reverses, by this login, as ``sezmap.undo_of`` takes it: an
    edit's, the latest of its plot's fields it puts back; a plot put back, its removal's; '' for
    any other change."""
    if isinstance(change, PlotCreate) and change.restores:
        fields, removed = ["plot"], "AND new_value = 'removed' "
    elif isinstance(change, PlotEdit) and not change.check_workflow and values:
        fields, removed = list(values), ""
    else:
        return ""
    row = conn.execute(f"SELECT id FROM {S}.audit_log WHERE plot_id = %s AND layer = 'plots' AND field = ANY(%s) "
                       f"{removed}AND actor = session_user::text ORDER BY id DESC LIMIT 1",
                       (str(change.plot_id), fields)).fetchone()
    return str(row[0]) if row else ""


def apply_changes(conn, changes, untouched_only: bool = False) -> list:
    """The changes in the caller's transaction (GpkgStore.apply_changes's contract: all or nothing;
    StepConflict when an undo or redo finds plots changed, unless ``untouched_only`` keeps what
    nobody touched)."""
    normalized = [c.normalized() for c in changes]
    results: list = []
    found: list = []
    audit = ServerAudit(conn)
    for change, values in zip(changes, normalized, strict=True):
        clashes = step_check.conflicts(audit, change, lambda pid: plot_row(conn, pid, lock=True))
        if clashes:
            found += clashes
            change, values = step_check.untouched(change, values, clashes)
            if change is None:
                continue
        conn.execute("SELECT set_config('sezmap.reason', %s, true), set_config('sezmap.undo_of', %s, true), "
                     "set_config('sezmap.lineage', %s, true)",
                     (change.reason, _undo_of(conn, change, values), getattr(change, "lineage", None) or ""))
        if isinstance(change, PlotEdit):
            results.append(edit(conn, change, values))
        elif isinstance(change, PlotCreate):
            results.append(create(conn, change, values))
        else:
            results.append(delete(conn, change))
    if found and not (untouched_only and any(r.changed for r in results)):
        raise StepConflict(found)
    return results
