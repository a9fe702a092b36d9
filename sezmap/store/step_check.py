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
from collections.abc import Callable

from sezmap.model.edits import Conflict, PlotCreate, PlotEdit, value_text
from sezmap.model.values import same_value


class FileAudit:
    """The audit log questions the check asks, of a GeoPackage's (sqlite3) connection; a PostGIS
    store asks them of its server (store.postgis.writes.ServerAudit)."""

    def __init__(self, conn):
        self.conn = conn

    def last_change(self, pid: str, name: str) -> tuple[str, str, str | None] | None:
        """(at, actor, new value) of the latest audit row of this plot and field."""
        return self.conn.execute("SELECT at, actor, new_value FROM audit_log WHERE plot_id = ? AND field = ? "
                                 "ORDER BY rowid DESC LIMIT 1", (pid, name)).fetchone()

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
