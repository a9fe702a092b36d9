"""The undo/redo check: a step's inverse is written only over plots still as the step left them.

Run by the store inside its write transaction, before each change of an undo or redo is
applied: a PlotEdit's or PlotDelete's ``expect`` values must still be what the plot holds
(model.values.same_value, the one equality rule), a plot put back (PlotCreate ``restores``)
must not be there again. What is not so is a :class:`~sezmap.model.edits.Conflict` naming who
made it so, from the audit log: the latest row of that plot and field whose new value is the
value the plot holds now (none: another program wrote it without an audit row).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import shapely

from sezmap.model.edits import Conflict, PlotCreate, PlotEdit, promote_to_multi, value_text
from sezmap.model.values import same_value
from sezmap.store.audit_triggers import HEX_BLOB
from sezmap.store.layer_crs import layer_crs


class FileAudit:
    """The audit log questions the check asks, of a GeoPackage's (sqlite3) connection; a PostGIS
    store asks them of its server (store.postgis.writes.ServerAudit)."""

    def __init__(self, conn):
        self.conn = conn

    def last_change(self, pid: str, name: str) -> tuple[str, str, str | None] | None:
        """(at, actor, new value) of the latest audit row of this plot and field."""
        return self.conn.execute("SELECT at, actor, new_value FROM audit_log WHERE plot_id = ? AND field = ? "
                                 "ORDER BY rowid DESC LIMIT 1", (pid, name)).fetchone()

    def last_values(self, pid: str, name: str) -> tuple | None:
        """(old value, new value) of the latest audit row of this plot and field; a geometry the
        file's triggers wrote (a GeoPackage blob's hex) as a lon/lat geometry."""
        row = self.conn.execute("SELECT old_value, new_value FROM audit_log WHERE plot_id = ? AND field = ? "
                                "ORDER BY rowid DESC LIMIT 1", (pid, name)).fetchone()
        if row is None or name != "geometry":
            return row
        return tuple(self._geometry(v) for v in row)

    def removed_state(self, pid: str) -> dict | None:
        """The last state a removal kept of the plot ({field: value}, a geometry decoded), if its
        latest created/removed row is that removal; else None."""
        row = self.conn.execute("SELECT old_value, new_value FROM audit_log WHERE plot_id = ? AND field = 'plot' "
                                "ORDER BY rowid DESC LIMIT 1", (pid,)).fetchone()
        if row is None or row[1] != "removed" or not row[0]:
            return None
        try:
            state = json.loads(row[0])
        except ValueError:
            return None
        if not isinstance(state, dict):
            return None
        geometry = state.get("geometry")
        if isinstance(geometry, str) and HEX_BLOB.fullmatch(geometry):
            decoded = self._geometry(geometry)  # as a change takes it: Multi
            state["geometry"] = promote_to_multi([decoded])[0] if hasattr(decoded, "geom_type") else decoded
        return state

    def _geometry(self, value):
        """An audited geometry the file's triggers wrote (a GeoPackage blob's hex) as a lon/lat
        geometry; anything else (WKT, a blob no reader takes) as it is."""
        if not (isinstance(value, str) and HEX_BLOB.fullmatch(value)):
            return value
        try:
            return layer_crs(self.conn, "plots").decode(bytes.fromhex(value))
        except (ValueError, shapely.errors.GEOSException):
            return value

    def last_plot_row(self, pid: str, what: str) -> tuple[str, str] | None:
        """(actor, at) of the latest audit row saying the plot was ``what`` (created, removed)."""
        row = self.conn.execute("SELECT actor, at FROM audit_log WHERE plot_id = ? AND field = 'plot' AND "
                                "new_value = ? ORDER BY rowid DESC LIMIT 1", (pid, what)).fetchone()
        return (row[0], row[1]) if row else None


def conflicts(conn, change, read_row: Callable[[str], dict | None]) -> list[Conflict]:
    """What keeps ``change`` (of an undo or redo) from being written as it is: [] if nothing
    does, or it is no undo or redo (it expects nothing). ``conn``: the file's connection, or
    an object that answers FileAudit's questions."""
    audit = conn if hasattr(conn, "last_change") else FileAudit(conn)
    pid = str(change.plot_id)
    if isinstance(change, PlotCreate):
        if not change.restores or read_row(pid) is None:
            return []
        return [_who_added(audit, pid)]
    expect = change.expect
    if expect is None:
        return []
    row = read_row(pid)
    if row is None:
        return [_who_removed(audit, pid, tuple(expect))]
    fields = [name for name, value in expect.items() if not same_value(row.get(name), value)]
    return _who_changed(audit, pid, fields, row) if fields else []


def reverses(conn, pid: str, changed: dict) -> bool:
    """Whether an edit's ``changed`` ({field: (value now, value written)}) puts back exactly what the
    latest audited change of each of those fields changed: the plot holds that change's new value
    and the edit writes its old one. The rule that lets an undo or redo go against the status
    workflow and the status rules; the server's is sql/0011_undo_rule.sql (it also asks that the
    change was the login's, one transaction's). ``conn`` as for :func:`conflicts`."""
    audit = conn if hasattr(conn, "last_values") else FileAudit(conn)
    for name, (now, written) in changed.items():
        last = audit.last_values(str(pid), name)
        if last is None or not (_same_text(last[1], now) and _same_text(last[0], written)):
            return False
    return bool(changed)


def puts_back(conn, pid: str, values: dict) -> bool:
    """Whether a plot put back by an undo (``values``: its fields) is exactly as its latest
    removal left it: the rule that lets it past the status rules (the server's:
    sql/0011_undo_rule.sql's ``sezmap.restores``). ``conn``: a file's connection."""
    state = FileAudit(conn).removed_state(str(pid))
    if state is None:
        return False
    return all(_same_text(state.get(name), value) if name == "geometry" else same_value(state.get(name), value)
               for name, value in values.items())


def _same_text(text, value) -> bool:
    """An audit log's value (text; a geometry as WKT or decoded) and a plot's value: the same value?"""
    if hasattr(value, "geom_type") and isinstance(text, str):
        try:
            text = shapely.from_wkt(text)
        except shapely.errors.GEOSException:
            return False
    return same_value(text, value) if hasattr(text, "geom_type") else same_value(text, value_text(value))


def untouched(change, values: dict, found: list[Conflict]):
    """The part of ``change`` (and its normalised ``values``) that no conflict touches, as
    (change, values); (None, None) if nothing is left. Only an edit can be cut down (to the
    fields nobody changed since); a removal or a putting back is all or nothing."""
    if not isinstance(change, PlotEdit) or any(c.kind != "changed" for c in found):
        return None, None
    touched = {name for c in found for name in c.fields}
    keep = {k: v for k, v in values.items() if k not in touched}
    if not keep:
        return None, None
    expect = {k: v for k, v in (change.expect or {}).items() if k in keep}
    return dataclasses.replace(change, changes={k: change.changes[k] for k in keep}, expect=expect), keep


def _who_changed(audit, pid: str, fields: list[str], row: dict) -> list[Conflict]:
    """The fields changed, grouped by who changed them (their latest audit rows)."""
    by: dict[tuple[str, str], list[str]] = {}
    for name in fields:
        last = audit.last_change(pid, name)
        now = value_text(row.get(name))
        known = last is not None and same_value(last[2], now)
        by.setdefault((last[0], last[1]) if known else ("", ""), []).append(name)
    return [Conflict(pid, "changed", tuple(names), actor or "", at or "") for (at, actor), names in by.items()]


def _who_removed(audit, pid: str, fields: tuple[str, ...]) -> Conflict:
    last = audit.last_plot_row(pid, "removed")
    return Conflict(pid, "removed", fields, *(last or ("", "")))


def _who_added(audit, pid: str) -> Conflict:
    last = audit.last_plot_row(pid, "created")
    return Conflict(pid, "exists", (), *(last or ("", "")))
