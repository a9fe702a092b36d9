"""Is the record whole? The file's protections and the audit log's seals, checked (reads only).

Two kinds of finding (``audit_chain.Findings``):

- **warnings**: what the next sezmap write repairs or what is no fault (a copy by a tool that
  drops triggers, a file of an older sezmap, changes made by another program through the
  file's own triggers). ``validate`` prints them and exits 0.
- **errors**: the contract broken or the record tampered with (a trigger altered or planted on
  sezmap's tables, the audit log or its seals removed, audit rows inserted, altered, moved,
  removed or backdated outside sezmap, a plot changed while the triggers were off, a context
  row left behind). ``validate`` exits 2 naming table, row and reason; the app says so on open.
"""

from __future__ import annotations

import sqlite3

from sezmap.model.problems import Problem, Reason
from sezmap.store import audit_chain, migrations
from sezmap.store import geopackage_sql as sql
from sezmap.store.audit_triggers import CHAIN_TABLE, CONTEXT_TABLE, STATUS_RULE_TRIGGERS


def _tampered(layer: str, row: str, text: str) -> Problem:
    return Problem(layer, row, Reason(text, "tampered", table=layer, row=row, detail=text))


def _trigger_findings(conn: sqlite3.Connection, out: audit_chain.Findings) -> None:
    missing: dict[str, list[str]] = {}
    for name, (table, state) in sorted(migrations.protection_status(conn).items()):
        if state == "missing":
            missing.setdefault(table, []).append(name)
        elif state == "altered":
            out.errors.append(_tampered(table, name, "trigger altered: its SQL is not the one sezmap writes; the next "
                                        "sezmap write puts sezmap's back and records it in the audit log"))
        else:
            out.errors.append(_tampered(table, name, "trigger planted: sezmap does not know it (it could skip or "
                                        "change audit rows); the next sezmap write drops it and records it in the "
                                        "audit log"))
    for table, names in missing.items():
        if set(names) <= set(STATUS_RULE_TRIGGERS):  # the only ones a file of an earlier sezmap 3 lacks
            out.warnings.append(Problem(table, "-", "lacks the triggers of the status rules (a file of an earlier "
                                        "sezmap): other programs can leave a plot without a field its status needs "
                                        "until any sezmap write adds them"))
            continue
        out.warnings.append(Problem(table, "-", f"is not protected: {'trigger' if len(names) == 1 else 'triggers'} missing ({', '.join(names)}): the file "
                                    "was copied by a tool that drops triggers; any sezmap write restores them"))


def findings(conn: sqlite3.Connection, values: bool = True) -> audit_chain.Findings:
    """Everything wrong with the file's record (sezmap files only: schema_version 1 or more).
    ``values``: also compare each plot's current values with its last audited ones."""
    out = audit_chain.Findings()
    version = migrations.schema_version(conn)
    if version < 1:
        return out
    chained = version >= migrations.CHAINED_VERSION
    if not sql.has_table(conn, "audit_log"):
        if chained:
            out.errors.append(_tampered("audit_log", "-", "is missing: the audit log was removed"))
        else:
            out.warnings.append(Problem("audit_log", "-", "is missing (the file has sezmap tables); any sezmap "
                                        "write creates it, empty"))
    for name, kind in migrations.impostors(conn).items():
        out.errors.append(_tampered(name, "-", f"is {'an' if kind == 'index' else 'a'} {kind}, not sezmap's table "
                                    "(made outside sezmap): it could change what the triggers record"))
    _trigger_findings(conn, out)
    traces = [] if chained else migrations.chained_traces(conn)
    if traces:
        out.errors.insert(0, _tampered("project_meta", "schema_version", f"is {version}, yet the file has "
                                       f"{', '.join(traces)} (schema {migrations.CHAINED_VERSION}): lowered outside "
                                       "sezmap, so that rows inserted since would be sealed as genuine"))
    if not chained:
        out.warnings.append(Problem("project_meta", "schema_version", f"is {version}: a file of an older sezmap; "
                                    "its next sezmap write makes the file audit itself and seals its audit log"))
        return out
    if sql.has_table(conn, "audit_log") and not sql.has_table(conn, CHAIN_TABLE):
        out.errors.append(_tampered(CHAIN_TABLE, "-", "is missing: the audit log's seals were removed"))
    if not sql.has_table(conn, CONTEXT_TABLE):
        out.warnings.append(Problem(CONTEXT_TABLE, "-", "is missing (a copy); any sezmap write creates it"))
    elif conn.execute(f"SELECT count(*) FROM {CONTEXT_TABLE}").fetchone()[0]:
        out.errors.append(_tampered(CONTEXT_TABLE, "1", "holds a row outside a sezmap write: other programs' "
                                    "changes would be recorded under its name"))
    chain = audit_chain.check(conn)
    out.errors += [_tampered(p.layer, p.row, p.reason) for p in chain.errors]
    out.warnings += chain.warnings
    out.status = chain.status
    if values:
        out.errors += [_tampered(p.layer, p.row, p.reason) for p in audit_chain.value_problems(conn)]
    return out
