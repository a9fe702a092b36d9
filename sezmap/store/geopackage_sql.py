"""The GeoPackage 1.2 encoding, written with the standard library's sqlite3.

What lives here is the file format itself: the core metadata tables, the
geometry blob (``GP`` header + WKB), feature and attribute tables, and the R-tree
spatial index with the spec's triggers. The SQL functions those triggers call
(``ST_MinX`` ...) are registered on every connection, so any edit made through
sqlite3 keeps the index right, and GDAL, QGIS and GeoPandas read the file as-is.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import struct
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

import numpy as np
import shapely

from sezmap.model.problems import DataError
from sezmap.model.schema import SRS_ID, LayerSpec
from sezmap.store import disk, file_guard
from sezmap.store.disk import is_wal, is_writable, on_network_share, real_path
from sezmap.store.errors import sql_errors, translate

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2
GEOM_COLUMN = "geom"
FID_COLUMN = "fid"

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

CORE_DDL = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
"""

RTREE_TRIGGERS = """
CREATE TRIGGER rtree_{t}_{c}_insert AFTER INSERT ON "{t}"
WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW."{i}",
  ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END;
CREATE TRIGGER rtree_{t}_{c}_update1 AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW."{i}",
  ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END;
CREATE TRIGGER rtree_{t}_{c}_update2 AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM rtree_{t}_{c} WHERE id = OLD."{i}"; END;
CREATE TRIGGER rtree_{t}_{c}_update3 AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM rtree_{t}_{c} WHERE id = OLD."{i}";
  INSERT OR REPLACE INTO rtree_{t}_{c} VALUES (NEW."{i}",
  ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END;
CREATE TRIGGER rtree_{t}_{c}_update4 AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM rtree_{t}_{c} WHERE id IN (OLD."{i}", NEW."{i}"); END;
CREATE TRIGGER rtree_{t}_{c}_delete AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL
BEGIN DELETE FROM rtree_{t}_{c} WHERE id = OLD."{i}"; END;
"""

ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


# --- geometry blobs -------------------------------------------------------------------------


def encode_geometries(geoms: Sequence, srs_id: int = SRS_ID) -> list[bytes | None]:
    """Shapely geometries to GeoPackage blobs (little-endian, XY envelope; points without)."""
    array = np.asarray(geoms, dtype=object)
    wkb = shapely.to_wkb(array, byte_order=1, output_dimension=2, flavor="iso")
    bounds = shapely.bounds(array)
    empty = shapely.is_empty(array)
    points = shapely.get_type_id(array) == 0
    out: list[bytes | None] = []
    head_env = b"GP\x00\x03" + struct.pack("<i", srs_id)
    head_pt = b"GP\x00\x01" + struct.pack("<i", srs_id)
    head_empty = b"GP\x00\x11" + struct.pack("<i", srs_id)
    for i, blob in enumerate(wkb):
        if blob is None:
            out.append(None)
        elif empty[i]:
            out.append(head_empty + blob)
        elif points[i]:
            out.append(head_pt + blob)
        else:
            minx, miny, maxx, maxy = bounds[i]
            out.append(head_env + struct.pack("<4d", minx, maxx, miny, maxy) + blob)
    return out


def split_blob(blob: bytes) -> tuple[int, tuple[float, float, float, float] | None, bytes]:
    """A blob's flags, its stored envelope (minx, maxx, miny, maxy) if any, and its WKB."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    env_kind = (flags >> 1) & 0x07
    order = "<" if flags & 1 else ">"
    size = ENVELOPE_SIZES.get(env_kind)
    if size is None:
        raise ValueError("bad envelope indicator in geometry blob")
    envelope = struct.unpack_from(order + "4d", blob, 8) if size else None
    return flags, envelope, blob[8 + size :]


def decode_geometry(blob: bytes | None):
    if blob is None:
        return None
    return shapely.from_wkb(split_blob(blob)[2])


def _blob_envelope(blob):
    if blob is None:
        return None
    flags, envelope, wkb = split_blob(bytes(blob))
    if flags & 0x10:
        return None
    if envelope is None:
        minx, miny, maxx, maxy = shapely.from_wkb(wkb).bounds
        envelope = (minx, maxx, miny, maxy)
    return envelope


def _envelope_part(k):
    def fn(blob):
        env = _blob_envelope(blob)
        return None if env is None else env[k]

    return fn


def _is_empty(blob):
    if blob is None:
        return None
    return 1 if split_blob(bytes(blob))[0] & 0x10 else 0


def register_functions(conn: sqlite3.Connection) -> None:
    """The spatial SQL functions the R-tree triggers of the GeoPackage spec call."""
    for name, fn in (
        ("ST_MinX", _envelope_part(0)),
        ("ST_MaxX", _envelope_part(1)),
        ("ST_MinY", _envelope_part(2)),
        ("ST_MaxY", _envelope_part(3)),
        ("ST_IsEmpty", _is_empty),
    ):
        conn.create_function(name, 1, fn, deterministic=True)


# --- connections and tables --------------------------------------------------------------

# How long a connection waits for another program's write lock before giving up (ProjectBusy).
# SEZMAP_BUSY_TIMEOUT_MS in the environment overrides it (tests use a short one).
BUSY_TIMEOUT_MS = 10_000


def busy_timeout_ms() -> int:
    text = os.environ.get("SEZMAP_BUSY_TIMEOUT_MS", "").strip()
    try:
        value = int(text) if text else BUSY_TIMEOUT_MS
    except ValueError:
        value = BUSY_TIMEOUT_MS
    return max(value, 0)


class Cursor(sqlite3.Cursor):
    """A cursor whose SQLite faults name the file (errors.sql_errors); rows as usual."""

    def _fault(self, exc: sqlite3.Error):
        conn = self.connection  # a Connection: this cursor is its factory's
        error = translate(exc, conn.path, conn.readonly_reason) if isinstance(conn, Connection) else None
        if error is None:
            raise exc
        raise error from exc

    def execute(self, sql, parameters=(), /):
        if not self.connection.in_transaction and sql.strip().upper() == "ROLLBACK":
            # SQLite already rolled back (a full disk, an I/O error): keep the real error
            return self
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            self._fault(exc)

    def executemany(self, sql, seq_of_parameters, /):
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as exc:
            self._fault(exc)

    def executescript(self, script, /):
        try:
            return super().executescript(script)
        except sqlite3.Error as exc:
            self._fault(exc)

    def fetchone(self):
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            self._fault(exc)

    def fetchmany(self, size=None):
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.Error as exc:
            self._fault(exc)

    def fetchall(self):
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            self._fault(exc)

    def __next__(self):
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            self._fault(exc)


class Connection(sqlite3.Connection):
    """sqlite3.Connection whose statements go through :class:`Cursor`.

    ``path`` is the file as the user named it (what messages say), ``file`` the real file
    (disk.real_path: symbolic links and relative paths resolved), which SQLite opened."""

    path: str = ""
    file: str = ""
    readonly_reason: str | None = None
    hold: file_guard.Hold | None = None

    def cursor(self, factory=None):
        return super().cursor(factory or Cursor)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, script, /):
        return self.cursor().executescript(script)

    def commit(self):
        with sql_errors(self.path, self.readonly_reason):
            super().commit()

    def close(self):
        super().close()
        if self.hold is not None:  # the file is free for GDAL (file_guard)
            self.hold.release()


def recover_after_crash(path: str | Path) -> None:
    """Roll back what a crashed writer left half-done, so that every reader sees the last
    committed state at once.

    A program killed in the middle of a write leaves a hot rollback journal (``-journal``)
    or a write-ahead log (``-wal``) beside the file. SQLite rolls a hot journal back (or
    rebuilds the WAL index) on the next open that may write; GDAL and QGIS open a file for
    reading only, and then fail ("sqlite3_prepare_v2 ...") or see nothing new. So when one
    of those files is present and this process may write the file and its folder, the file
    is opened read-write once, briefly: SQLite recovers, and nothing else changes. (A
    ``-journal`` of another program's write in progress is not hot: SQLite leaves it alone.)
    Where the folder is read-only nothing can be recovered: a hot journal there is refused
    with a DataError saying what to do. The journal is looked for beside the REAL file
    (disk.real_path), where SQLite keeps it when the project is opened through a symbolic link.
    """
    shown, real = str(path), real_path(path)
    sizes = []
    for suffix in ("-journal", "-wal"):
        try:
            sizes.append(os.stat(real + suffix).st_size)
        except OSError:
            sizes.append(0)
    hot, wal = sizes[0] > 0, sizes[1] > 0
    if not hot and not wal:
        return
    if not is_writable(real):
        if hot:  # the journal by its name, or by its whole path when it is not beside the name given
            beside = os.path.dirname(real) == os.path.dirname(os.path.abspath(shown))
            journal = Path(real).name + "-journal" if beside else real + "-journal"
            raise DataError(f"{shown}: a crashed program left its unfinished write ({journal}) beside it, "
                            "and the file or its folder is read-only, so it cannot be rolled back: open it once "
                            "where it can be written (sezmap, QGIS or sqlite3 roll it back), then read it")
        return
    try:
        conn = _open(shown, real, None, None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DataError:
        if hot:
            raise
        # a write-ahead log that cannot be recovered here (a full disk): readers try themselves


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's first complaint about the file (``PRAGMA quick_check``: every page of every
    table and index read and checked, in about a second per 300 MB), or None if it is sound."""
    return quick_check_fault(conn.execute("PRAGMA quick_check(3)").fetchall())


def quick_check_fault(rows) -> str | None:
    """What ``PRAGMA quick_check``'s rows say: None for a sound file, else SQLite's complaints."""
    if [tuple(r) for r in rows] == [("ok",)]:
        return None
    lines = [line.strip() for r in rows for line in str(r[0]).splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def _open(shown: str, real: str, uri: str | None, readonly_reason: str | None) -> Connection:
    """SQLite's connection to the real file ``real`` (or ``uri``); messages name ``shown``."""
    timeout = busy_timeout_ms() / 1000.0
    hold = file_guard.held(real, file_guard.SQLITE)  # no GDAL read meets it until it is closed
    try:
        with sql_errors(shown, readonly_reason):
            if uri is None:
                conn = sqlite3.connect(real, isolation_level=None, timeout=timeout, factory=Connection)
            else:
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=timeout, factory=Connection)
    except BaseException:
        hold.release()
        raise
    conn.path, conn.file, conn.readonly_reason, conn.hold = shown, real, readonly_reason, hold
    return conn


def connect(path: str | Path, readonly: bool = False) -> Connection:
    """A connection in autocommit mode (transactions are explicit) with the ST_ functions.

    Waits up to the busy timeout for another program's lock, then raises ProjectBusy; other
    faults of the file (read-only, full, damaged, not a database) raise DataError naming it.

    Opening never changes the file: its journal mode is left as it is, and is set by
    :func:`settle_journal_mode` only after a write has committed. ``readonly`` opens for
    reading: a write is refused. A file or folder this process may not change is always
    opened for reading (a WAL file in a read-only folder, where SQLite cannot make its
    shared-memory file, is read as immutable). The real file is opened (symbolic links and
    relative paths resolved first, disk.real_path); messages name ``path`` as given.
    """
    shown, real = str(path), real_path(path)
    writable = is_writable(real)
    if not writable:
        uri = "file:" + quote(real) + "?mode=ro"
        conn = _open(shown, real, uri, None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DataError:
            conn.close()
            wal = Path(real + "-wal")
            if not is_wal(real) or (wal.exists() and wal.stat().st_size > 0):
                raise
            conn = _open(shown, real, uri + "&immutable=1", None)
    else:
        conn = _open(shown, real, None, "the connection was opened for reading" if readonly else None)
    try:
        if writable and readonly:
            conn.execute("PRAGMA query_only = ON")
        register_functions(conn)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # "not a database" shows here
    except BaseException:
        conn.close()
        raise
    return conn


# How long the switch of journal mode after a commit waits for other programs' locks (ms): it
# needs the file to itself for a moment; if others are reading, the next commit tries again.
JOURNAL_SWITCH_WAIT_MS = 200


def settle_journal_mode(conn: Connection) -> str:
    """After a write has committed: the journal mode the file's disk wants, returned.

    On a local disk, write-ahead logging (WAL), so that readers (GDAL, the app) and the one
    writer do not block each other; on a network share (disk.on_network_share) SQLite's
    rollback journal (DELETE), since WAL's shared memory does not reach other machines (a WAL
    file copied onto a share is switched back). Only here, after a commit, so that opening the
    file, reading it, or a write that is refused (or a damaged file, which is never written)
    leaves the file's bytes as they were. Another rollback mode a tool chose (TRUNCATE,
    PERSIST) is kept on a share; MEMORY and OFF are left alone. When other programs hold the
    file the switch waits briefly (JOURNAL_SWITCH_WAIT_MS) and is otherwise left to the next
    commit.
    """
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode in ("memory", "off") or conn.readonly_reason is not None or conn.in_transaction:
        return mode
    network = on_network_share(conn.file or conn.path)
    want = ("delete" if mode == "wal" else mode) if network else "wal"
    if mode == want:
        return mode
    wait = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {JOURNAL_SWITCH_WAIT_MS}")
    try:
        return conn.execute(f"PRAGMA journal_mode = {want}").fetchone()[0].lower()
    except DataError:  # busy, or the disk refused the shared-memory file: the next commit tries again
        return mode
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(wait)}")


def datetime_text(value: str | dt.datetime) -> str:
    """A DATETIME as the GeoPackage standard writes it: ``YYYY-MM-DDTHH:MM:SS.SSSZ`` (UTC).

    Accepts a datetime (naive is taken as UTC) or ISO 8601 text with or without the
    fraction and with ``Z`` or an offset; raises ValueError on anything else.
    """
    if isinstance(value, str):
        text = value.strip()
        stamp = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    else:
        stamp = value
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    stamp = stamp.astimezone(dt.UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements one by one (executescript would commit the open transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def create_core(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {USER_VERSION}")
    run_script(conn, CORE_DDL)
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", SRS_ID, "EPSG", SRS_ID, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )


def column_ddl(spec: LayerSpec, unique: bool = True) -> str:
    cols = []
    for f in spec.fields:
        if spec.geometry_type is None and f.name == spec.id_field and f.type == "INTEGER":
            continue  # the integer primary key
        ddl = f'"{f.name}" {f.type}'
        if not f.nullable:
            ddl += " NOT NULL"
        if unique and spec.unique_id and f.name == spec.id_field:
            ddl += " UNIQUE"
        cols.append(ddl)
    return ", ".join(cols)


def create_feature_table(conn: sqlite3.Connection, spec: LayerSpec, at: str, description: str = "") -> None:
    at = datetime_text(at)
    conn.execute(
        f'CREATE TABLE "{spec.name}" ("{FID_COLUMN}" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, '
        f'"{GEOM_COLUMN}" {spec.geometry_type}, {column_ddl(spec)})'
    )
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
        "VALUES (?, 'features', ?, ?, ?, ?)",
        (spec.name, spec.name, description, at, SRS_ID),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, ?, ?, ?, 0, 0)",
        (spec.name, GEOM_COLUMN, spec.geometry_type, SRS_ID),
    )


def create_attribute_table(conn: sqlite3.Connection, name: str, columns_sql: str, description: str,
                           at: str) -> None:
    at = datetime_text(at)
    conn.execute(f'CREATE TABLE "{name}" ({columns_sql})')
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
        "VALUES (?, 'attributes', ?, ?, ?)",
        (name, name, description, at),
    )


def create_spatial_index(conn: sqlite3.Connection, table: str) -> None:
    """R-tree index (extension gpkg_rtree_index), filled from the table, then kept by triggers."""
    t, c, i = table, GEOM_COLUMN, FID_COLUMN
    conn.execute(f"CREATE VIRTUAL TABLE rtree_{t}_{c} USING rtree(id, minx, maxx, miny, maxy)")
    rows = []
    for fid, blob in conn.execute(f'SELECT "{i}", "{c}" FROM "{t}" WHERE "{c}" IS NOT NULL'):
        envelope = _blob_envelope(blob)
        if envelope is not None:
            rows.append((fid, *envelope))
    conn.executemany(f"INSERT INTO rtree_{t}_{c} (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)", rows)
    run_script(conn, RTREE_TRIGGERS.format(t=t, c=c, i=i))
    conn.execute(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, ?, 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (t, c),
    )


def update_contents(conn: sqlite3.Connection, table: str, at: str) -> None:
    """Refresh a feature table's extent and last_change in gpkg_contents."""
    at = datetime_text(at)
    row = conn.execute(
        f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_{table}_{GEOM_COLUMN}'
    ).fetchone()
    conn.execute(
        "UPDATE gpkg_contents SET last_change = ?, min_x = ?, min_y = ?, max_x = ?, max_y = ? "
        "WHERE table_name = ?",
        (at, *row, table),
    )


def extend_contents(conn: sqlite3.Connection, table: str, bounds, at: str) -> None:
    """Grow a table's extent in gpkg_contents to cover ``bounds`` (minx, miny, maxx, maxy).

    Cheaper than update_contents on big tables; the extent may stay larger than the data
    after a geometry shrinks, which the GeoPackage spec allows (it is informative).
    """
    at = datetime_text(at)
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    conn.execute(
        "UPDATE gpkg_contents SET last_change = ?, min_x = min(coalesce(min_x, ?), ?), "
        "min_y = min(coalesce(min_y, ?), ?), max_x = max(coalesce(max_x, ?), ?), "
        "max_y = max(coalesce(max_y, ?), ?) WHERE table_name = ?",
        (at, minx, minx, miny, miny, maxx, maxx, maxy, maxy, table),
    )


def touch_contents(conn: sqlite3.Connection, table: str, at: str) -> None:
    at = datetime_text(at)
    conn.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (at, table))


def insert_rows(conn: sqlite3.Connection, table: str, columns: list[str], rows: Iterable[Sequence]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the table exists (listed in gpkg_contents or not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def integer_key(conn: sqlite3.Connection, table: str) -> str:
    """The table's INTEGER PRIMARY KEY column (``id``, ``fid`` as GDAL names it, ...), or
    ``rowid`` when it has none: what orders its rows as they were added."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) == 1 and keys[0][2].upper() == "INTEGER":
        return keys[0][1]
    return "rowid"


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT table_name FROM gpkg_contents")}


def is_geopackage(path: str | Path) -> bool:
    head = disk.read_head(path, 72)
    return head[:16] == b"SQLite format 3\x00" and head[68:72] == struct.pack(">I", APPLICATION_ID)
