"""The triggers that make the file audit itself, whoever writes it.

Every change to a plot (and to a zone, corridor or hub) is written to ``audit_log`` by a
trigger of the file, so an edit made with sqlite3, ``ogrinfo -sql``, ogr2ogr or QGIS is
audited as one made by sezmap is: one place. The triggers use only SQLite's built-in
functions (a function sezmap registers would make every other program's write fail).

Who, why and when come from the one-row table ``sezmap_edit_context``, which sezmap fills at
the start of its write transaction and empties before COMMIT (a trigger of the main schema
cannot read a temporary table). Without it the actor is :data:`OTHER_PROGRAM` and the time
SQLite's clock. Values are written as SQLite holds them (:func:`value_sql`), geometry as the
hex of its GeoPackage blob (:func:`readable_value` turns it back into WKT).

What is here generates the SQL for one file (its columns, its geometry column, its audit key)
and recognises the triggers other tools legitimately put on sezmap's tables (GDAL's R-tree and
feature-count triggers); ``migrations`` creates, checks and restores them.
"""

from __future__ import annotations

import json
import re
import sqlite3

import shapely

from sezmap.model import schema, status_rules, values
from sezmap.store import geopackage_sql as sql

OTHER_PROGRAM = values.OTHER_PROGRAM  # the actor of a change made without sezmap
CONTEXT_TABLE = "sezmap_edit_context"
CONTEXT_SQL = ("id INTEGER PRIMARY KEY CHECK (id = 1), actor TEXT NOT NULL, reason TEXT, "
               "at TEXT NOT NULL, lineage TEXT")
CHAIN_TABLE = "audit_chain"
CHAIN_SQL = "audit_id INTEGER PRIMARY KEY NOT NULL, hash TEXT NOT NULL"
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
BOOKKEEPING = ("version", "updated_at", "updated_by")  # kept by the store: not audited as changes
ENTITY_FIELD = {"plots": "plot"}  # the audit field of a whole feature created or removed
SEZMAP_TABLES = (*schema.FEATURE_LAYERS, "audit_log", CHAIN_TABLE, "project_meta", CONTEXT_TABLE)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def value_sql(ref: str, kind: str = "numeric") -> str:
    """A column value as the audit log keeps it (its TEXT columns convert what they get as
    ``CAST(... AS TEXT)`` does): a REAL that 15 digits do not give back exactly as 17 digits
    (``%!.17g``); geometry (``kind`` 'geometry') as the hex of its blob; a TEXT column's value
    as it is (``kind`` 'text': no REAL is stored there)."""
    if kind == "geometry":
        return f"hex({ref})"
    if kind == "text":
        return ref
    return (f"CASE WHEN typeof({ref}) = 'real' AND CAST(CAST({ref} AS TEXT) AS REAL) IS NOT {ref} "
            f"THEN printf('%!.17g', {ref}) ELSE {ref} END")


def _context(column: str, default: str) -> str:
    return f"coalesce((SELECT {column} FROM {CONTEXT_TABLE}), {default})"


ACTOR = _context("actor", f"'{OTHER_PROGRAM}'")
AT = _context("at", NOW_SQL)
REASON = f"(SELECT reason FROM {CONTEXT_TABLE})"
LINEAGE = f"(SELECT lineage FROM {CONTEXT_TABLE})"


class Layout:
    """What the triggers of one feature table depend on in this file."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        spec = schema.FEATURE_LAYERS[table]
        present = sql.table_columns(conn, table)
        row = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                           (table,)).fetchone() if sql.has_table(conn, "gpkg_geometry_columns") else None
        self.table = table
        self.key = sql.integer_key(conn, table)
        self.geometry = row[0] if row and row[0] in present else None
        self.id_field = spec.id_field if spec.id_field in present else None
        self.unique_field = self.id_field if spec.unique_id else None  # refused twice in the table
        self.fields = [f.name for f in spec.fields if f.name in present]
        self.audited = [n for n in self.fields if n not in BOOKKEEPING and n != self.id_field]
        self.versioned = table == "plots" and "version" in present
        self.kinds = {f.name: "text" if f.type == "TEXT" else "numeric" for f in spec.fields}
        declared = {r[1]: (r[2] or "").upper() for r in conn.execute(f'PRAGMA table_info("{table}")')}
        for name in self.kinds:  # a column another tool declared otherwise may hold REALs
            if "TEXT" not in declared.get(name, "TEXT") and "CHAR" not in declared.get(name, "TEXT"):
                self.kinds[name] = "numeric"

    def feature_id(self, row: str) -> str:
        if self.id_field is None:
            return f"'#' || {row}.{_q(self.key)}"
        return f"coalesce(CAST({row}.{_q(self.id_field)} AS TEXT), '#' || {row}.{_q(self.key)})"

    def changes(self, with_id: bool = False):
        """(audit field name, column, kind) of what a change is audited for, geometry last; the
        id too with ``with_id`` (a renamed feature)."""
        out = [(n, n, self.kinds[n]) for n in ([self.id_field] if with_id and self.id_field else []) + self.audited]
        if self.geometry:
            out.append(("geometry", self.geometry, "geometry"))
        return out


# a removed plot's version, from its 'removed' audit row (whose old_value is its last state as JSON)
_REMOVED_VERSION = ("CAST(json_extract(a.old_value, '$.version') AS INTEGER) FROM audit_log a WHERE a.layer = 'plots' "
                    "AND a.field = 'plot' AND a.new_value = 'removed' AND json_valid(a.old_value)")


def first_versions(conn: sqlite3.Connection, plot_ids) -> dict[str, int]:
    """The version each plot written anew starts at: 1, or the one after the version it was last
    removed at (the plots trigger refuses a lower one)."""
    wanted = {str(p) for p in plot_ids}
    out = dict.fromkeys(wanted, 1)
    if not wanted or "layer" not in sql.table_columns(conn, "audit_log"):
        return out
    for plot_id, version in conn.execute(f"SELECT a.plot_id, {_REMOVED_VERSION} ORDER BY a.rowid"):
        if plot_id in wanted:
            out[plot_id] = (version or 0) + 1
    return out


def _insert_audit(select: str) -> str:
    return f"INSERT INTO audit_log (at, actor, plot_id, field, old_value, new_value, reason, layer) {select};"


def feature_triggers(lay: Layout) -> dict[str, str]:
    """name -> CREATE TRIGGER statement, for one feature table."""
    t, k = lay.table, _q(lay.key)
    entity = ENTITY_FIELD.get(t, "feature")
    out: dict[str, str] = {}
    refuse = [(f"SELECT RAISE(ABORT, '{t}: a row with this {lay.key} exists (REPLACE is refused: it would "
               f"remove a row unaudited)') WHERE EXISTS (SELECT 1 FROM {_q(t)} WHERE {k} = NEW.{k});")]
    if lay.unique_field is not None:
        i = _q(lay.unique_field)
        refuse.append(f"SELECT RAISE(ABORT, '{t}: a row with this {lay.unique_field} exists (REPLACE is refused: it "
                      f"would remove a row unaudited)') WHERE EXISTS (SELECT 1 FROM {_q(t)} WHERE {i} = NEW.{i});")
    if lay.versioned and lay.unique_field is not None:
        # a plot removed and put back goes on from the version it was removed at: an edit
        # expecting an earlier version must stay stale
        last = (f"(SELECT {_REMOVED_VERSION} AND a.plot_id = CAST(NEW.{_q(lay.unique_field)} AS TEXT) "
                "ORDER BY a.rowid DESC LIMIT 1)")
        refuse.append(f"SELECT RAISE(ABORT, '{t}: a removed plot put back must have a version above the one it "
                      f"was removed at (its last removed row in audit_log): an edit made before its removal would "
                      f"not be seen as stale') WHERE coalesce(NEW.version, 0) <= {last};")
    out[f"sezmap_{t}_before_insert"] = (f"CREATE TRIGGER sezmap_{t}_before_insert BEFORE INSERT ON {_q(t)}\n"
                                        f"BEGIN {' '.join(refuse)} END")
    guard = [f"SELECT RAISE(ABORT, '{t}.{lay.key} cannot change') WHERE NEW.{k} IS NOT OLD.{k};"]
    if lay.unique_field is not None:
        i = _q(lay.unique_field)
        guard.append(f"SELECT RAISE(ABORT, '{t}: a row with this {lay.unique_field} exists') WHERE NEW.{i} IS NOT "
                     f"OLD.{i} AND EXISTS (SELECT 1 FROM {_q(t)} WHERE {i} = NEW.{i});")
    if lay.versioned:
        guard.append("SELECT RAISE(ABORT, 'plots.version must stay or go up by one: the edit was made on a stale "
                     "version of the plot') WHERE NEW.version IS NOT OLD.version "
                     "AND NEW.version IS NOT OLD.version + 1;")
    out[f"sezmap_{t}_before_update"] = (f"CREATE TRIGGER sezmap_{t}_before_update BEFORE UPDATE ON {_q(t)}\n"
                                        f"BEGIN {' '.join(guard)} END")
    values = " UNION ALL ".join(
        f"SELECT {i} AS n, '{name}' AS field, {value_sql('NEW.' + _q(col), kind)} AS value "
        f"WHERE NEW.{_q(col)} IS NOT NULL" for i, (name, col, kind) in enumerate(lay.changes()))
    created = (f"SELECT {AT}, {ACTOR}, {lay.feature_id('NEW')}, '{entity}', NULL, 'created', {REASON}, '{t}' "
               f"UNION ALL SELECT {AT}, {ACTOR}, {lay.feature_id('NEW')}, 'lineage', NULL, {LINEAGE}, {REASON}, "
               f"'{t}' WHERE {LINEAGE} IS NOT NULL")
    if values:
        created += (f" UNION ALL SELECT * FROM (SELECT {AT}, {ACTOR}, {lay.feature_id('NEW')}, v.field, NULL, "
                    f"v.value, {REASON}, '{t}' FROM ({values}) AS v ORDER BY v.n)")
    stamped = {c: v for c, v in (("updated_at", NOW_SQL), ("updated_by", f"'{OTHER_PROGRAM}'")) if c in lay.fields}
    stamp_new = ""
    if lay.versioned and stamped:  # who and when another program gave a new plot are the file's own
        stamp_new = (f" UPDATE plots SET {', '.join(f'{_q(c)} = {v}' for c, v in stamped.items())} WHERE {k} = NEW.{k} "
                     f"AND NOT EXISTS (SELECT 1 FROM {CONTEXT_TABLE}) AND NOT ("
                     + " AND ".join(f"NEW.{_q(c)} IS {v}" for c, v in stamped.items()) + ");")
    out[f"sezmap_{t}_audit_insert"] = (f"CREATE TRIGGER sezmap_{t}_audit_insert AFTER INSERT ON {_q(t)}\n"
                                       f"BEGIN {_insert_audit(created)}{stamp_new} END")
    changed = " UNION ALL ".join(
        f"SELECT {i} AS n, '{name}' AS field, {value_sql('OLD.' + _q(col), kind)} AS old, "
        f"{value_sql('NEW.' + _q(col), kind)} AS new WHERE OLD.{_q(col)} IS NOT NEW.{_q(col)}"
        for i, (name, col, kind) in enumerate(lay.changes(with_id=True)))
    any_change = " OR ".join(f"OLD.{_q(col)} IS NOT NEW.{_q(col)}" for _n, col, _k in lay.changes(with_id=True)) or "0"
    body = ""
    if lay.versioned and stamped:
        # another program may not set the stamp alone (it would change who and when unaudited);
        # the trigger's own stamps (here below, and of a new plot) may
        kept = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in ("version", *stamped))
        own = " AND ".join(f"NEW.{_q(c)} IS {v}" for c, v in stamped.items())
        body = (f"SELECT RAISE(ABORT, '{t}: updated_at, updated_by and version are kept by the file (stamped when a "
                f"value changes): another program cannot set them alone') WHERE NOT EXISTS (SELECT 1 FROM "
                f"{CONTEXT_TABLE}) AND NOT ({any_change}) AND ({kept}) AND NOT ({own});")
    body += _insert_audit(f"SELECT {AT}, {ACTOR}, {lay.feature_id('NEW')}, d.field, d.old, d.new, {REASON}, '{t}' "
                         f"FROM ({changed}) AS d ORDER BY d.n") if changed else ""
    if lay.versioned:
        # a writer that did not raise the version (QGIS, ogrinfo) gets it raised; another
        # program's change is stamped as its own
        stamps = ["version = CASE WHEN NEW.version IS OLD.version THEN OLD.version + 1 ELSE NEW.version END"]
        present = set(lay.fields)
        if "updated_at" in present:
            stamps.append(f"updated_at = {AT}")
        if "updated_by" in present:
            stamps.append(f"updated_by = {ACTOR}")
        body += (f" UPDATE plots SET {', '.join(stamps)} WHERE {k} = NEW.{k} AND ({any_change}) AND "
                 f"(NEW.version IS OLD.version OR NOT EXISTS (SELECT 1 FROM {CONTEXT_TABLE}));")
    if body:
        out[f"sezmap_{t}_audit_update"] = (f"CREATE TRIGGER sezmap_{t}_audit_update AFTER UPDATE ON {_q(t)}\n"
                                           f"BEGIN {body.strip()} END")
    state = ", ".join(f"'{n}', OLD.{_q(n)}" for n in lay.fields)
    if lay.geometry:
        state += (", " if state else "") + f"'geometry', hex(OLD.{_q(lay.geometry)})"
    removed = (f"SELECT {AT}, {ACTOR}, {lay.feature_id('OLD')}, '{entity}', json_object({state}), 'removed', "
               f"{REASON}, '{t}' UNION ALL SELECT {AT}, {ACTOR}, {lay.feature_id('OLD')}, 'lineage', NULL, "
               f"{LINEAGE}, {REASON}, '{t}' WHERE {LINEAGE} IS NOT NULL")
    out[f"sezmap_{t}_audit_delete"] = (f"CREATE TRIGGER sezmap_{t}_audit_delete AFTER DELETE ON {_q(t)}\n"
                                       f"BEGIN {_insert_audit(removed)} END")
    out.update(status_rule_triggers(lay))
    return out


STATUS_RULE_TRIGGERS = ("sezmap_plots_status_rules_insert", "sezmap_plots_status_rules_update")


def status_rule_triggers(lay: Layout) -> dict[str, str]:
    """The plots triggers that refuse another program's change leaving a plot without a field
    its status needs (model.status_rules), naming the field: a new plot, and a change of its status
    or of one of those fields. sezmap's own writes (the context row present) are checked by the
    store before they are written (an undo may put back what was)."""
    if lay.table != "plots" or "status" not in lay.fields:
        return {}
    rules = [n for n in status_rules.RULE_FIELDS if n in lay.fields]
    refuse = []
    for name in rules:
        needed = status_rules.NEEDED_BY[name]
        statuses = ", ".join(f"'{s}'" for s in needed)
        words = ", ".join(needed[:-1]) + (" or " if len(needed) > 1 else "") + needed[-1]
        refuse.append(f"SELECT RAISE(ABORT, 'plots: a plot of status {words} needs {name} (the status rules): "
                      f"nothing was written') WHERE NOT EXISTS (SELECT 1 FROM {CONTEXT_TABLE}) AND NEW.status IN "
                      f"({statuses}) AND (NEW.{_q(name)} IS NULL OR trim(CAST(NEW.{_q(name)} AS TEXT)) = '');")
    touched = " OR ".join(f"NEW.{_q(n)} IS NOT OLD.{_q(n)}" for n in ("status", *rules))
    insert, update = STATUS_RULE_TRIGGERS
    return {
        insert: f"CREATE TRIGGER {insert} BEFORE INSERT ON plots\nBEGIN {' '.join(refuse)} END",
        update: f"CREATE TRIGGER {update} BEFORE UPDATE ON plots WHEN {touched}\nBEGIN {' '.join(refuse)} END",
    }


def append_only_triggers(table: str, key: str) -> dict[str, str]:
    """An append-only table: no UPDATE, no DELETE, no INSERT over an existing key (REPLACE)."""
    k = _q(key)
    return {
        f"{table}_no_update": f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}\n"
                              f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        f"{table}_no_delete": f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}\n"
                              f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END",
        f"{table}_no_replace": f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table}\n"
                               f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: that row exists') "
                               f"WHERE EXISTS (SELECT 1 FROM {table} WHERE {k} = NEW.{k}); END",
    }


def expected_triggers(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """name -> (table, statement) of every trigger sezmap keeps in this file (schema 3)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, tuple[str, str]] = {}
    for table in ("audit_log", CHAIN_TABLE):
        if table in tables:
            key = sql.integer_key(conn, table)
            out.update({n: (table, s) for n, s in append_only_triggers(table, key).items()})
    for table in schema.FEATURE_LAYERS:  # (audit_log and the context table come back with them)
        if table in tables:
            out.update({n: (table, s) for n, s in feature_triggers(Layout(conn, table)).items()})
    return out


def normal(statement: str | None) -> str:
    """A trigger's SQL as compared: whitespace collapsed, case folded, no trailing ``;``."""
    text = re.sub(r"\s+", " ", statement or "").strip().rstrip(";").lower()
    return text.replace(" if not exists", "").replace('"', "")


_GDAL_COUNT = re.compile(
    r"create trigger trigger_(insert|delete)_feature_count_(\w+) after (insert|delete) on (\w+) begin update "
    r"gpkg_ogr_contents set feature_count = feature_count ([+-]) 1 where lower\(table_name\) = "
    r"lower\('(\w+)'\); end")
_RTREE_NAME = re.compile(r"rtree_(\w+?)_(\w+)_(insert|update\d|delete)$")


def is_gdal_trigger(name: str, table: str, statement: str | None) -> bool:
    """GDAL's own triggers on a feature table (GeoPackage R-tree index, OGR feature count):
    they write only their index or count and never refuse or skip a row."""
    text = normal(statement)
    if "raise" in text:
        return False
    match = _GDAL_COUNT.fullmatch(text)
    if match:
        kind, named, event, on, sign, counted = match.groups()
        return (named == on == counted == table.lower() and kind == event
                and sign == ("+" if kind == "insert" else "-") and name.lower() == f"trigger_{kind}_feature_count_{on}")
    match = _RTREE_NAME.match(name)
    if not match or match.group(1) != table:
        return False
    index = f"rtree_{table}_{match.group(2)}".lower()
    body = text.split(" begin ", 1)
    if len(body) != 2 or not re.search(r"(;| )end$", body[1]):
        return False
    statements = [s.strip() for s in body[1][:-3].split(";") if s.strip()]
    allowed = (f"insert or replace into {index} ", f"insert into {index} ", f"delete from {index} ",
               f"update {index} ")
    return bool(statements) and all(s.startswith(allowed) for s in statements)


# --- reading the values back --------------------------------------------------------------------

HEX_BLOB = re.compile(r"4750[0-9A-F]{12,}")


def geometry_wkt(value: str | None, lonlat=None) -> str | None:
    """An audited geometry as WKT: the hex of a GeoPackage blob (written by the triggers) is
    decoded, and brought to lon/lat by ``lonlat(srs_id, geometry)`` when given (a layer kept in
    another CRS); WKT (written by sezmap before schema 3) is given as it is."""
    if value is None or not HEX_BLOB.fullmatch(value):
        return value
    try:
        blob = bytes.fromhex(value)
        geom = sql.decode_geometry(blob)
        if geom is not None and lonlat is not None:
            geom = lonlat(int.from_bytes(blob[4:8], "little" if blob[3] & 1 else "big", signed=True), geom)
    except (ValueError, shapely.errors.GEOSException):
        return value
    return None if geom is None else shapely.to_wkt(geom, rounding_precision=-1, trim=True)


def readable_value(field: str, value: str | None, lonlat=None) -> str | None:
    """An audit value as people read it: geometry as WKT (in lon/lat with ``lonlat``, see
    geometry_wkt), also inside a removed feature's last state (JSON); anything else as stored."""
    if field == "geometry":
        return geometry_wkt(value, lonlat)
    if field in ("plot", "feature") and value and value.startswith("{") and '"geometry"' in value:
        try:
            state = json.loads(value)
        except ValueError:
            return value
        if isinstance(state, dict) and isinstance(state.get("geometry"), str):
            state["geometry"] = geometry_wkt(state["geometry"], lonlat)
            return json.dumps(state, ensure_ascii=False, sort_keys=True)
    return value


def lonlat_reader(conn: sqlite3.Connection):
    """``lonlat(srs_id, geometry)`` for readable_value: the file's CRS of that srs_id to lon/lat."""
    from sezmap.store.layer_crs import LayerCrs, srs_crs

    known: dict[int, LayerCrs] = {}

    def lonlat(srs_id: int, geom):
        if srs_id not in known:
            known[srs_id] = srs_crs(conn, srs_id)
        return known[srs_id].to_lonlat(geom)

    return lonlat
