"""Seals over the audit log: a hash chain that shows rows inserted, altered, reordered or
removed outside sezmap.

Each audit row sezmap's own write produced is sealed, in the same transaction, by a row of
``audit_chain``: ``hash = sha256(canonical(previous seal's hash, the row))``. Rows the triggers
wrote for another program (actor :data:`audit_triggers.OTHER_PROGRAM`) stay unsealed: they are
reported as changes made by another program (a warning). Anything else that does not check out
is tampering: an unsealed row that names any other actor, a sealed row altered, removed or
moved, an unsealed row dated before the row above it (backdated).

What a file cannot show: someone who rewrites it whole (recomputing every seal) leaves a
consistent chain. docs/promises.md says so; a server (PostGIS) is the answer there.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field

import shapely

from sezmap.model.problems import Problem, counted
from sezmap.store import geopackage_sql as sql
from sezmap.store.audit_triggers import CHAIN_TABLE, CONTEXT_TABLE, OTHER_PROGRAM, geometry_wkt

ROW_COLUMNS = ("at", "actor", "plot_id", "field", "old_value", "new_value", "reason", "layer")
GENUINE, OTHER, FORGED = "sealed", "changed by another program", "not genuine"


def row_hash(previous: str, key: int, row) -> str:
    """The seal of one audit row (its key and ROW_COLUMNS values) after ``previous``."""
    values = [f"X'{bytes(v).hex().upper()}'" if isinstance(v, (bytes, memoryview)) else v for v in row]
    text = json.dumps([previous, int(key), *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _select(conn: sqlite3.Connection) -> str:
    present = set(sql.table_columns(conn, "audit_log"))
    cols = ", ".join(f'a."{c}"' if c in present else ("'plots'" if c == "layer" else "NULL") for c in ROW_COLUMNS)
    return f"SELECT a.{sql.integer_key(conn, 'audit_log')}, {cols} FROM audit_log a"


def head(conn: sqlite3.Connection) -> int:
    """The audit log's last key (0 if empty): rows after it are what the write in progress adds."""
    key = sql.integer_key(conn, "audit_log")
    return conn.execute(f"SELECT coalesce(max({key}), 0) FROM audit_log").fetchone()[0]


def seal_after(conn: sqlite3.Connection, mark: int) -> int:
    """Seal the audit rows after key ``mark`` (those this write produced, inside its
    transaction), chained after the last seal. Returns how many were sealed."""
    key = sql.integer_key(conn, "audit_log")
    rows = conn.execute(f"{_select(conn)} WHERE a.{key} > ? ORDER BY a.{key}", (mark,)).fetchall()
    if not rows:
        return 0
    last = conn.execute(f"SELECT hash FROM {CHAIN_TABLE} ORDER BY audit_id DESC LIMIT 1").fetchone()
    previous, seals = last[0] if last else "", []
    for r in rows:
        previous = row_hash(previous, r[0], r[1:])
        seals.append((r[0], previous))
    conn.executemany(f"INSERT INTO {CHAIN_TABLE} (audit_id, hash) VALUES (?, ?)", seals)
    return len(seals)


def genesis(conn: sqlite3.Connection) -> int:
    """Seal every audit row not sealed yet (once, when a file comes to schema 3)."""
    last = conn.execute(f"SELECT max(audit_id) FROM {CHAIN_TABLE}").fetchone()[0]
    return seal_after(conn, last or 0)


@dataclass
class Findings:
    """What the audit log's check found: ``errors`` are tampering, ``warnings`` are not (changes
    made by another program); ``status`` gives each row's state (GENUINE, OTHER, FORGED + why)."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    status: dict[int, str] = field(default_factory=dict)


def _unsealed_state(actor, at, before) -> str:
    """The state of a row without a seal, given the row before it (key, at) or None."""
    if actor != OTHER_PROGRAM:
        return f"{FORGED}: not sealed by sezmap, yet it names {actor!r} (inserted outside sezmap)"
    if before is not None and before[1] is not None and str(at) < str(before[1]):
        return f"{FORGED}: dated {at}, before row {before[0]} ({before[1]}): backdated"
    return OTHER


def check(conn: sqlite3.Connection) -> Findings:
    """Walk the audit log against its seals. Reads only."""
    out = Findings()
    if not (sql.has_table(conn, "audit_log") and sql.has_table(conn, CHAIN_TABLE)):
        return out
    key = sql.integer_key(conn, "audit_log")
    seals = dict(conn.execute(f"SELECT audit_id, hash FROM {CHAIN_TABLE} ORDER BY audit_id"))
    chained = list(seals.values())
    # each seal follows the one before it (with no seals, the leading "" pairs with none)
    previous_of = dict(zip(seals, ["", *chained[:-1]], strict=False))
    before, others, seen = None, [], set()
    for r in conn.execute(f"{_select(conn)} ORDER BY a.{key}"):
        k, values = r[0], r[1:]
        seen.add(k)
        stored = seals.get(k)
        if stored is not None:
            good = stored == row_hash(previous_of[k], k, values)
            out.status[k] = GENUINE if good else f"{FORGED}: does not match its seal"
        else:
            out.status[k] = _unsealed_state(values[1], values[0], before)
        if out.status[k] == OTHER:
            others.append(k)
        elif out.status[k] != GENUINE:
            why = out.status[k].split(": ", 1)[1]
            if stored is not None:
                why += ": altered or moved outside sezmap (or its seal, or the seal before it, was)"
            out.errors.append(Problem("audit_log", str(k), why))
        before = (k, values[0])
    for k in sorted(set(seals) - seen):
        out.errors.append(Problem("audit_chain", str(k), "seals an audit_log row that is gone: a sealed row was "
                                  "removed outside sezmap"))
    if others:
        shown = ", ".join(str(k) for k in others[:10]) + (" ..." if len(others) > 10 else "")
        out.warnings.append(Problem("audit_log", "-", f"{counted(len(others), 'row')} written by another program (not "
                                    f"through sezmap; the file's triggers recorded them): {shown}"))
    return out


def row_states(conn: sqlite3.Connection, keys) -> dict[int, str]:
    """The state (GENUINE, OTHER, or FORGED and why) of some audit rows, each checked against
    its own seal and the seal before it (not the whole chain). Reads only."""
    if not (sql.has_table(conn, "audit_log") and sql.has_table(conn, CHAIN_TABLE)):
        return {}
    key = sql.integer_key(conn, "audit_log")
    out = {}
    for k in keys:
        row = conn.execute(f"{_select(conn)} WHERE a.{key} = ?", (k,)).fetchone()
        if row is None:
            continue
        stored = conn.execute(f"SELECT hash FROM {CHAIN_TABLE} WHERE audit_id = ?", (k,)).fetchone()
        if stored is not None:
            prev = conn.execute(f"SELECT hash FROM {CHAIN_TABLE} WHERE audit_id < ? ORDER BY audit_id DESC LIMIT 1",
                                (k,)).fetchone()
            good = stored[0] == row_hash(prev[0] if prev else "", k, row[1:])
            out[k] = GENUINE if good else f"{FORGED}: does not match its seal"
        else:
            before = conn.execute(f"SELECT {key}, at FROM audit_log WHERE {key} < ? ORDER BY {key} DESC LIMIT 1",
                                  (k,)).fetchone()
            out[k] = _unsealed_state(row[2], row[1], before)
    return out


def _same_value(audited: str | None, current) -> bool:
    if audited is None or current is None:
        return audited is None and current is None
    if isinstance(current, (bytes, memoryview)):
        blob = bytes(current)
        if audited.upper() == blob.hex().upper():
            return True
        wkt = geometry_wkt(blob.hex().upper())
        try:
            return shapely.equals_exact(shapely.from_wkt(audited), shapely.from_wkt(wkt), tolerance=1e-12)
        except (shapely.errors.GEOSException, TypeError):
            return False
    if isinstance(current, (int, float)):
        try:
            return float(audited) == float(current)
        except ValueError:
            return False
    return str(current) == audited


def value_problems(conn: sqlite3.Connection) -> list[Problem]:
    """Plots whose current value of a field differs from the last value the audit log gives
    it: changed while the audit triggers were off (fields never audited are not looked at);
    and plots changed by another program whose change the log did not record
    (:func:`unrecorded_changes`)."""
    if not sql.has_table(conn, "audit_log") or "layer" not in sql.table_columns(conn, "audit_log"):
        return []
    key = sql.integer_key(conn, "audit_log")
    geom = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'plots'").fetchone()
    present = set(sql.table_columns(conn, "plots"))
    latest = conn.execute(
        f"SELECT plot_id, field, new_value, max({key}) FROM audit_log WHERE layer = 'plots' "
        "AND field NOT IN ('plot', 'lineage') GROUP BY plot_id, field").fetchall()
    removed = dict(conn.execute(f"SELECT plot_id, max({key}) FROM audit_log WHERE layer = 'plots' AND field = 'plot' "
                                "AND new_value = 'removed' GROUP BY plot_id").fetchall())
    problems = []
    for plot_id, name, value, k in latest:
        column = geom[0] if name == "geometry" and geom else name
        if column not in present or removed.get(plot_id, -1) > k:
            continue
        row = conn.execute(f'SELECT "{column}" FROM plots WHERE plot_id = ?', (plot_id,)).fetchone()
        if row is None:
            continue
        if not _same_value(value, row[0]):
            problems.append(Problem("plots", str(plot_id), f"{name} differs from its last audited value (audit_log "
                                    f"row {k}): changed while the file's audit triggers were off"))
    return problems + unrecorded_changes(conn)


def unrecorded_changes(conn: sqlite3.Connection) -> list[Problem]:
    """Plots the file's own trigger stamped as changed by another program with no audit row for
    that change: the trigger writes both, at the same moment, so the row was kept from the log
    (a temporary trigger of the other program's connection, say: SQLite runs it and the file
    keeps no trace of it) or removed with its seal-less neighbours."""
    present = set(sql.table_columns(conn, "plots"))
    if not {"plot_id", "updated_by", "updated_at"} <= present:
        return []
    rows = conn.execute(
        "SELECT p.plot_id, p.updated_at FROM plots AS p WHERE p.updated_by = ? AND NOT EXISTS (SELECT 1 FROM "
        "audit_log AS a WHERE a.layer = 'plots' AND a.plot_id = p.plot_id AND a.at = p.updated_at) ORDER BY p.plot_id",
        (OTHER_PROGRAM,)).fetchall()
    return [Problem("plots", str(plot_id), f"was changed by another program at {at} (the file stamped it) with no "
                    "audit row for that change: the audit log was kept from recording it") for plot_id, at in rows]


def _skip_keys(conn: sqlite3.Connection, last: int) -> None:
    """Let the audit log's next key come after ``last`` (its AUTOINCREMENT counter)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() is None:
        return
    if conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (last,)).rowcount == 0:
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ?)", (last,))


class AuditedWrite:
    """sezmap's side of an audited write, inside its transaction: who, why and when for the
    triggers (``sezmap_edit_context``), a sealed row recording what was found wrong with the
    file's protections, and at the end the seals of every audit row the write produced.

    The context row is written only when the write is about to change data (``ready``), so a
    write that changes nothing leaves the file as it was."""

    def __init__(self, conn: sqlite3.Connection, actor: str, reason: str | None, at: str,
                 found: list[str] | None = None):
        self.conn, self.at = conn, at
        self.mark = head(conn)
        self.who: tuple = (actor, reason, None)
        self.written: tuple | None = None  # what the context row says, once written
        if found:
            self.ready()
            sql.insert_rows(conn, "audit_log", [*ROW_COLUMNS], [(
                at, actor, "-", "protections", "; ".join(found), "restored",
                "found before this write; sezmap put its protections back", "file")])

    def acting(self, actor: str, reason: str | None, lineage: str | None = None) -> None:
        """Who, why (and where from, for a feature created or removed) for what comes next."""
        self.who = (actor, reason, lineage)
        if self.written is not None and self.written != self.who:
            self.conn.execute(f"UPDATE {CONTEXT_TABLE} SET actor = ?, reason = ?, lineage = ?", self.who)
            self.written = self.who

    def ready(self) -> None:
        """Before a change to the data: the context row in place (the first time, a row another
        program left is replaced; new audit keys come after every sealed one)."""
        if self.written is not None:
            return
        sealed = self.conn.execute(f"SELECT coalesce(max(audit_id), 0) FROM {CHAIN_TABLE}").fetchone()[0]
        if sealed > self.mark:  # sealed rows at the end were removed: new rows must not take their keys
            _skip_keys(self.conn, sealed)
        self.conn.execute(f"DELETE FROM {CONTEXT_TABLE}")
        self.conn.execute(f"INSERT INTO {CONTEXT_TABLE} (id, actor, reason, at, lineage) VALUES (1, ?, ?, ?, ?)",
                          (self.who[0], self.who[1], self.at, self.who[2]))
        self.written = self.who

    def finish(self) -> int:
        """Seal what the write added to the audit log and take the context out (before COMMIT)."""
        if self.written is None:
            return 0
        sealed = seal_after(self.conn, self.mark)
        self.conn.execute(f"DELETE FROM {CONTEXT_TABLE}")
        return sealed
