"""The GeoPackage project store: one file, every write one SQLite transaction.

Reads go through GDAL (pyogrio) for speed; writes go through sqlite3 so that a
plot edit, its version bump and its audit rows commit or roll back together.
A crash mid-write leaves SQLite's journal, which the next open rolls back: the
file always holds the last committed state.
"""

from __future__ import annotations

import contextlib
import functools
import datetime as dt
import os
import sqlite3
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from sezmap.formats import wkb
from sezmap.formats.input_files import regular_file
from sezmap.model import plot_geometry, schema, workflow
from sezmap.model.edits import (
    AuditEntry,
    ConflictError,
    CreateResult,
    DeleteResult,
    EditResult,
    PlotCreate,
    PlotDelete,
    PlotEdit,
    StepConflict,
    fit_geometry_type,
)
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.model.project import AuditHead, FileIdentity, Project
from sezmap.model.validation import attribute_problems, row_labels, validate_project
from sezmap.model.values import same_value
from sezmap.store import geopackage_sql as sql
from sezmap.store import audit_chain, audit_triggers, disk, file_guard, migrations, qgis_styles, step_check
from sezmap.store.encoding import sql_column
from sezmap.store.layer_crs import LONLAT, layer_crs
from sezmap.store.errors import ProjectBusy, constraint_reason, insert_naming_rows


def utc_now() -> str:
    """Now as a GeoPackage DATETIME: ``YYYY-MM-DDTHH:MM:SS.SSSZ`` (UTC, milliseconds)."""
    return sql.datetime_text(dt.datetime.now(dt.timezone.utc))


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. After a commit that changed
    rows, and only then, the file gets the journal mode its disk wants
    (geopackage_sql.settle_journal_mode): a refused write, or one that changes nothing, leaves
    every byte of the file as it was."""
    changes = conn.total_changes
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if conn.total_changes != changes:
        sql.settle_journal_mode(conn)


SPLIT_READ_MIN = 100_000  # features: larger layers are read as two scans at once (read_layer)


class GpkgStore:
    """A project in a GeoPackage file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise DataError(Reason(f"{self.path}: no such file", "no_such_file", path=str(self.path)))
        regular_file(self.path, "project")  # a FIFO would keep the next read waiting for ever
        if not sql.is_geopackage(self.path):
            raise DataError(Reason(f"{self.path}: not a GeoPackage (SQLite file with application_id GPKG)",
                                   "not_a_geopackage", path=str(self.path)))
        sql.recover_after_crash(self.path)  # a crashed writer's journal: rolled back before GDAL reads

    def __repr__(self) -> str:
        return f"GpkgStore({str(self.path)!r})"

    @property
    def location(self) -> str:
        return str(self.path)

    # --- creating ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, layers: dict[str, gpd.GeoDataFrame] | None = None,
               meta: dict[str, str] | None = None, overwrite: bool = False,
               now: str | None = None) -> GpkgStore:
        """Write a new project file atomically (a temporary file renamed into place).

        Layers must be valid (model.validation); missing layers are created empty.
        ``now`` stamps gpkg_contents.last_change (fixed for reproducible builds).
        """
        path = Path(path)
        now = now or utc_now()
        if path.exists() and not overwrite:
            raise DataError(f"{path}: already exists")
        layers = layers or {}
        fd, tmp = tempfile.mkstemp(suffix=".gpkg.tmp", dir=path.parent or ".")
        os.close(fd)
        os.unlink(tmp)
        try:
            conn = sql.connect(tmp)
            try:
                conn.execute("PRAGMA page_size = 4096")
                with transaction(conn):
                    sql.create_core(conn)
                    for name, spec in schema.FEATURE_LAYERS.items():
                        sql.create_feature_table(conn, spec, now)
                        frame = layers.get(name)
                        if frame is not None and len(frame):
                            insert_features(conn, spec, frame)
                        sql.create_spatial_index(conn, name)
                        sql.update_contents(conn, name, now)
                    migrations.create_project_tables(conn, meta or {}, now)
                    qgis_styles.write_layer_styles(conn, now)  # QGIS opens it in sezmap's colours
                conn.execute("VACUUM")
            finally:
                conn.close()
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return cls(path)

    # --- reading ----------------------------------------------------------------------------

    def connect(self, readonly: bool = False) -> sqlite3.Connection:
        """A connection to the file (geopackage_sql.connect): for writing (WAL, busy timeout)
        unless ``readonly``, which never changes the file. Faults of the file (locked,
        read-only, full, damaged) come out as ProjectBusy or DataError naming it. Until it is
        closed, GDAL reads of the file in this process wait (file_guard): close it soon."""
        return sql.connect(self.path, readonly=readonly)

    def meta(self) -> dict[str, str]:
        conn = self.connect(readonly=True)
        try:
            if not sql.has_table(conn, "project_meta"):
                return {}
            key = sql.integer_key(conn, "project_meta")
            return {k: v for k, v in conn.execute(f"SELECT key, value FROM project_meta ORDER BY {key}")}
        finally:
            conn.close()

    def schema_problems(self) -> list[Problem]:
        """Layers and fields of SCHEMA.md present, with the right geometry types."""
        problems: list[Problem] = []
        try:
            with file_guard.using(self.path, file_guard.GDAL):
                listed = {name: gtype for name, gtype in pyogrio.list_layers(self.path)}
        except Exception as exc:  # SQLite's words on a damaged file if it has any, else GDAL's
            try:
                conn = self.connect(readonly=True)
                try:
                    check = conn.execute("PRAGMA quick_check(1)").fetchall()
                finally:
                    conn.close()
            except DataError as fault:
                return fault.problems
            if check and check[0][0] != "ok":
                return [Problem("", "", Reason(f"{self.path}: the file is damaged ({check[0][0]}); restore it from a "
                                               "backup", "damaged_file", path=str(self.path), detail=str(check[0][0])))]
            return [Problem("", "", Reason(f"{self.path}: cannot be read: {exc}", "unreadable_file",
                                           path=str(self.path), detail=str(exc)))]
        for name, spec in schema.FEATURE_LAYERS.items():
            if name not in listed:
                problems.append(Problem(name, "-", Reason("layer is missing", "missing_layer", layer=name)))
                continue
            gtype = (listed[name] or "").replace(" ", "").upper()
            allowed = {g.upper() for g in spec.accepted_geometries} | {"UNKNOWN", "GEOMETRY"}
            if gtype not in allowed:
                problems.append(Problem(name, "-", f"geometry type is {listed[name]}, not "
                                        + " or ".join(spec.accepted_geometries)))
        version = self.meta().get("schema_version")
        try:
            number = None if version is None else int(str(version).strip())
        except ValueError:
            problems.append(Problem("project_meta", "schema_version", f"{version!r} is not a number"))
            number = None
        if number is not None and number > schema.SCHEMA_VERSION:
            problems.append(Problem("project_meta", "schema_version",
                                    f"is {version}; this sezmap reads up to {schema.SCHEMA_VERSION}"))
        return problems

    def read_layer(self, name: str, bbox=None, where: str | None = None, columns=None) -> gpd.GeoDataFrame:
        return self._read(name, bbox, where, columns)[0]

    def _read(self, name: str, bbox=None, where: str | None = None, columns=None, meanwhile=None):
        """(frame, the coordinate stream of its geometries if it was read with them, else None,
        what ``meanwhile(attributes)`` gave if the layer was read in two scans, else None)."""
        frame, known, found = None, None, None
        try:
            if bbox is None and where is None and columns is None:
                frame, known, found = self._read_in_two(name, meanwhile)
            if frame is None:
                with file_guard.using(self.path, file_guard.GDAL):
                    frame = pyogrio.read_dataframe(self.path, layer=name, bbox=bbox, where=where, columns=columns,
                                                   use_arrow=True)  # through Arrow: ~8x faster
        except DataError:
            raise
        except Exception as exc:  # GDAL's words for a damaged page: SQLite's own check names it
            fault = self.integrity_problems()
            if fault:
                raise DataError(fault) from exc
            raise
        if frame.crs is None:
            frame = frame.set_crs(schema.CRS)
        elif not frame.crs.equals(LONLAT, ignore_axis_order=True):  # a layer another program keeps in UTM...
            frame, known = frame.to_crs(schema.CRS), None
        if frame.geometry.name != "geometry":
            frame = frame.rename_geometry("geometry")
        return frame, known, found

    def _read_in_two(self, name: str, meanwhile=None):
        """A large layer read as two scans at once, attributes and geometries: GDAL reads one
        while the other's WKB is decoded (formats.wkb, which keeps the coordinate stream), and
        ``meanwhile`` looks at the attributes. The rows are matched on fid and version (every
        edit bumps the version), so a layer written in between gives None: the caller reads
        it in one scan. Returns (frame, coordinate stream, what ``meanwhile`` gave)."""
        with file_guard.using(self.path, file_guard.GDAL):
            info = pyogrio.read_info(self.path, layer=name)
        if info["features"] < SPLIT_READ_MIN or "version" not in list(info["fields"]):
            return None, None, None
        with ThreadPoolExecutor(max_workers=1) as pool:
            geo = pool.submit(self._geometries, name)
            with file_guard.using(self.path, file_guard.GDAL):  # each GDAL call held on its own thread
                attrs = pyogrio.read_dataframe(self.path, layer=name, read_geometry=False, use_arrow=True,
                                               fid_as_index=True)
            found = meanwhile(attrs) if meanwhile is not None else None
            fids, versions, geoms, known, crs = geo.result()
        if not (np.array_equal(attrs.index.to_numpy(), fids) and np.array_equal(attrs["version"].to_numpy(), versions)):
            return None, None, None
        return gpd.GeoDataFrame(attrs.reset_index(drop=True), geometry=geoms, crs=crs), known, found

    def _geometries(self, name: str):
        with file_guard.using(self.path, file_guard.GDAL):
            meta, table = pyogrio.read_arrow(self.path, layer=name, columns=["version"], return_fids=True)
        geoms, known = wkb.decode_polygons(table.column(meta["geometry_name"]))
        fids = table.column(meta["fid_column"]).to_numpy()
        versions = table.column("version").to_numpy(zero_copy_only=False)
        return fids, versions, geoms, known, meta["crs"]

    def load(self, validate: bool = True) -> Project:
        """The whole project; with ``validate``, raises DataError listing every problem."""
        problems = self.schema_problems()
        if problems:
            raise DataError([_in_file(p, self.path) for p in problems])
        layers, known, attributes = {}, {}, {}
        for name, spec in schema.FEATURE_LAYERS.items():
            # a large layer's attributes are checked while its geometries are decoded
            frame, rings, found = self._read(name, meanwhile=functools.partial(attribute_problems, spec)
                                             if validate else None)
            layers[name] = with_extension_fields(frame, spec)
            if rings is not None:
                known[name] = rings
            if found is not None:
                attributes[name] = found
        if validate:
            problems = validate_project(layers, known, attributes)
            if problems:
                # a damaged page can read as rows of nothing: then the damage is the reason
                damage = self.integrity_problems()
                raise DataError(damage or [_in_file(p, self.path) for p in problems])
        return Project(**layers, meta=self.meta(), location=str(self.path), plot_rings=known.get("plots"))

    def history(self, plot_id: str) -> list[AuditEntry]:
        """The plot's audit trail, oldest first."""
        return self.audit(plot_id=plot_id)

    # --- audit ------------------------------------------------------------------------------

    def audit(self, zone: str | None = None, actor: str | None = None, since: str | None = None,
              until: str | None = None, field: str | None = None, plot_id: str | list[str] | None = None,
              limit: int | None = None, layer: str | None = "plots") -> list[AuditEntry]:
        """Audit rows of the whole project, oldest first, filtered by what is given.

        ``zone``: rows of plots whose CURRENT zone_id (in plots) is this zone, so a plot that
        moved counts for the zone it is in now, and rows of plots no longer in the file match
        no zone. ``plot_id``: one id, or a list of ids (rows of any of them). ``since``/``until``: ISO dates (whole days, both included) or date-times
        (naive ones are UTC). ``limit``: the latest ``limit`` rows. ``AuditEntry.id`` is the
        table's integer primary key (``id``, or ``fid`` in a file GDAL wrote), which orders
        the rows. ``layer``: the rows of this layer (plots by default; 'zones', 'corridors',
        'hubs', or 'file' for what a write found wrong with the file's protections; None: all);
        ``plot_id`` then holds the feature's id. Values as people read them (geometry as WKT:
        audit_triggers.readable_value). Reads only; raises DataError on a bad bound.
        """
        from sezmap.store.audit_export import AUDIT_FIELDS, audit_bound

        bounds = []
        for name, value, end in (("since", since, False), ("until", until, True)):
            if value is None or value == "":
                bounds.append(None)
                continue
            try:
                bounds.append(audit_bound(value, end))
            except ValueError as exc:
                raise DataError(f"{name} {value!r}: {exc}") from None
        if limit is not None and limit < 0:
            raise DataError(f"limit {limit} is negative")
        conn = self.connect(readonly=True)
        try:
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
            return [_entry(r, lonlat) for r in rows]
        finally:
            conn.close()

    def audit_findings(self, values: bool = True) -> audit_chain.Findings:
        """Is the record whole (store.audit_check): ``errors`` (tampering, a broken contract),
        ``warnings`` (what the next sezmap write repairs, changes made by another program) and
        each audit row's state. ``values``: also compare plots with their last audited values.
        Reads only."""
        from sezmap.store import audit_check

        conn = self.connect(readonly=True)
        try:
            return audit_check.findings(conn, values)
        finally:
            conn.close()

    def audit_states(self, keys) -> dict[int, str]:
        """The state of these audit rows (by ``AuditEntry.id``): ``audit_chain.GENUINE`` (sealed by
        sezmap), ``OTHER`` (written by the file's triggers for another program) or ``FORGED``
        and why. Rows of a file without seals are left out. Reads only."""
        conn = self.connect(readonly=True)
        try:
            return audit_chain.row_states(conn, keys)
        finally:
            conn.close()

    # --- writing ----------------------------------------------------------------------------

    def integrity_problems(self) -> list[Problem]:
        """SQLite's integrity check of the file (``PRAGMA quick_check``): [] if it is sound,
        else one problem naming the file and SQLite's complaint. Reads only."""
        conn = self.connect(readonly=True)
        try:
            checked = disk.file_signature(self.path)  # the state checked (a later write changes it)
            fault = sql.integrity_problem(conn)
        except ProjectBusy:
            raise
        except DataError as exc:  # SQLite's own words: damaged, not a database
            return exc.problems
        finally:
            conn.close()
        if fault is None:
            _SOUND[disk.real_path(self.path)] = checked
            return []
        return [Problem("", "", Reason(f"{self.path}: the file is damaged ({fault}); restore it from a backup",
                                       "damaged_file", path=str(self.path), detail=str(fault)))]

    def check_integrity_soon(self) -> None:
        """SQLite's integrity check of the file on a background thread, started now (the app
        calls it when it opens a project), so that the first write, which checks a file not
        known to be sound, finds it checked (~1 s per 300 MB) and need not wait. A damaged
        file is found again, and refused, by the write itself."""
        def check():
            with contextlib.suppress(Exception):
                self.integrity_problems()

        threading.Thread(target=check, name="sezmap-integrity-check", daemon=True).start()

    def apply_edit(self, edit: PlotEdit, now: str | None = None) -> EditResult:
        """One audited change to a plot, in one transaction."""
        return self.apply_changes([edit], now)[0]

    def apply_changes(self, changes, now: str | None = None, untouched_only: bool = False) -> list:
        """Plot edits, creations and removals (model.edits) in ONE transaction: all or nothing.

        Each is checked as it comes (values, status workflow, geometry rules against the
        file's state at that point, so a split's shrunk plot is seen by the part split off),
        then written with its version bump and audit rows. Returns one result per change
        (EditResult, CreateResult or DeleteResult), each with ``inverse()`` for undo.

        Changes of an undo or redo expect plots as the step left them (store.step_check): if
        any is not, StepConflict names who changed what, and nothing is written; with
        ``untouched_only`` only the plots and fields nobody changed since are written (the
        results leave the rest out), unless that is nothing.
        """
        normalized = [c.normalized() for c in changes]
        now = now or utc_now()
        conn, written = self.connect(), False
        try:
            with transaction(conn):
                _check_sound(conn, self.path)
                found = migrations.upgrade(conn, now)
                geom_col = geometry_column(conn, "plots")
                results, conflicts = [], []
                audited = audit_chain.AuditedWrite(conn, changes[0].actor, changes[0].reason, now, found) \
                    if changes else None
                for change, values in zip(changes, normalized):
                    clashes = step_check.conflicts(conn, change, lambda pid: _plot_row(conn, pid, geom_col))
                    if clashes:
                        conflicts += clashes
                        change, values = step_check.untouched(change, values, clashes)
                        if change is None:
                            continue
                    audited.acting(change.actor, change.reason, getattr(change, "lineage", None))
                    try:
                        if isinstance(change, PlotEdit):
                            results.append(_apply(conn, change, values, now, geom_col, audited))
                        elif isinstance(change, PlotCreate):
                            results.append(_create(conn, change, values, now, geom_col, audited))
                        else:
                            results.append(_delete(conn, change, now, geom_col, audited))
                    except sqlite3.IntegrityError as exc:  # a UNIQUE index another program added...
                        raise DataError(Problem("plots", str(change.plot_id), constraint_reason(exc))) from None
                if conflicts and not (untouched_only and any(r.changed for r in results)):
                    raise StepConflict(conflicts)
                if audited is not None:
                    audited.finish()
            written = True
            return results
        finally:
            conn.close()
            if written:
                _remember_sound(self.path)

    def read_plots(self, plot_ids) -> dict[str, dict]:
        """The current rows (every field, geometry as shapely) of these plots; absent ids are left out."""
        conn = self.connect(readonly=True)
        try:
            geom_col = geometry_column(conn, "plots")
            out = {}
            for pid in plot_ids:
                row = _plot_row(conn, pid, geom_col)
                if row is not None:
                    row.pop("fid")
                    out[pid] = row
            return out
        finally:
            conn.close()

    def identity(self) -> FileIdentity:
        """The file's project UUID and audit head (what a saved undo stack belongs to). Reads only."""
        conn = self.connect(readonly=True)
        try:
            uuid = None
            if sql.has_table(conn, "project_meta"):
                row = conn.execute("SELECT value FROM project_meta WHERE key = ?", (migrations.PROJECT_UUID,)).fetchone()
                uuid = (row[0] or "").strip() or None if row else None
            head = None
            if sql.has_table(conn, "audit_log"):
                row = conn.execute("SELECT rowid, at, actor FROM audit_log ORDER BY rowid DESC LIMIT 1").fetchone()
                head = AuditHead(int(row[0]), str(row[1]), str(row[2])) if row else None
            return FileIdentity(uuid, head)
        finally:
            conn.close()

    def audit_row(self, row_id: int) -> AuditHead | None:
        """The audit row ``row_id`` as a mark (None if the file has no such row). Reads only."""
        conn = self.connect(readonly=True)
        try:
            if not sql.has_table(conn, "audit_log"):
                return None
            row = conn.execute("SELECT rowid, at, actor FROM audit_log WHERE rowid = ?", (int(row_id),)).fetchone()
            return AuditHead(int(row[0]), str(row[1]), str(row[2])) if row else None
        finally:
            conn.close()

    def audit_tail(self, after: int = 0) -> tuple[int, list[AuditEntry]]:
        """The plots' audit rows after row ``after`` (by rowid) and the last rowid: how a session
        learns what another program changed since it last looked."""
        conn = self.connect(readonly=True)
        try:
            if "audit_log" not in sql.table_names(conn):
                return after, []
            layer = "layer" if "layer" in sql.table_columns(conn, "audit_log") else "'plots'"
            rows = conn.execute(
                f"SELECT rowid, at, actor, plot_id, field, old_value, new_value, reason, {layer} "
                "FROM audit_log WHERE rowid > ? ORDER BY rowid", (after,)).fetchall()
            last = rows[-1][0] if rows else (conn.execute("SELECT max(rowid) FROM audit_log").fetchone()[0] or 0)
            lonlat = audit_triggers.lonlat_reader(conn)
            plots = [_entry(r[:8], lonlat) for r in rows if r[8] == "plots"]  # the other layers' rows: not plots
            return max(last, after) if rows else last, plots
        finally:
            conn.close()

    def append_features(self, layer: str, frame: gpd.GeoDataFrame, actor: str, reason: str,
                        now: str | None = None, row_numbers=None) -> int:
        """Add features to a layer in one transaction; ids must not exist yet.

        ``row_numbers`` (each feature's row in its source file) label the problems found.

        New plots start at version 1. Every feature is audited by the file's triggers: a row
        'created' (field 'plot' for plots, 'feature' for the others) and one per value.
        """
        spec = schema.FEATURE_LAYERS[layer]
        now = now or utc_now()
        frame = frame.copy()
        if layer == "plots":
            frame["version"] = 1
            frame["updated_at"] = now
            frame["updated_by"] = actor
        conn, written = self.connect(), False
        try:
            with transaction(conn):
                _check_sound(conn, self.path)
                found = migrations.upgrade(conn, now)
                labels = row_labels(spec, frame, row_numbers)
                problems = _existing_id_problems(conn, spec, frame, labels)
                if layer == "plots":
                    problems += _unknown_zone_problems(conn, frame, labels)
                _geoms, misfits = fit_geometry_type(frame.geometry.values, geometry_type(conn, layer),
                                                    spec.geometry_type)
                problems += [Problem(layer, labels[i], reason) for i, reason in misfits.items()]
                if problems:
                    raise DataError(problems)
                audited = audit_chain.AuditedWrite(conn, actor, reason, now, found)
                if len(frame):
                    audited.ready()
                insert_features(conn, spec, frame, labels)  # the file's triggers audit each feature
                audited.finish()
                if len(frame):
                    stored = layer_crs(conn, layer).to_layer(np.asarray(frame.geometry.values, dtype=object))
                    sql.extend_contents(conn, layer, shapely.total_bounds(stored), now)
            written = True
            return len(frame)
        finally:
            conn.close()
            if written:
                _remember_sound(self.path)


def _entry(row, lonlat=None) -> AuditEntry:
    """An audit row (key and the seven columns) as people read it (geometry as lon/lat WKT)."""
    key, at, actor, plot_id, name, old, new, reason = row
    return AuditEntry(key, at, actor, plot_id, name, audit_triggers.readable_value(name, old, lonlat),
                      audit_triggers.readable_value(name, new, lonlat), reason)


def _in_file(problem: Problem, path: Path) -> Problem:
    return Problem(problem.layer, problem.row, problem.reason, source=str(path))


# file -> its signature (disk.file_signature) when it was last found sound or written
# by this process: a write checks the file's integrity only if another program changed it since
_SOUND: dict[str, tuple] = {}


def _check_sound(conn, path: Path) -> None:
    """Refuse to write into a damaged file (inside the write transaction, before any change):
    SQLite's quick_check, skipped when nothing but this process wrote the file since it was
    last found sound.

    Why not a quick_check before every write: it reads every page, measured 0.47-0.55 s on the
    1M-plot synthetic project (325 MB, warm cache), against ~4 ms for a whole store edit there
    (tests/benchmarks/bench_edit.py's goal: 50 ms for form to redrawn map). SQLite's own change
    signals (the file change counter, PRAGMA data_version) move only on commits, never on bytes
    damaged in place, so they cannot stand in for it. What does: disk.file_signature (~10 us),
    which holds the file's and its WAL's ctime, a time os.utime cannot put back; what it cannot
    see is written there."""
    if _SOUND.get(disk.real_path(path)) == disk.file_signature(path):
        return
    fault = sql.integrity_problem(conn)
    if fault is not None:
        raise DataError(f"{path}: the file is damaged ({fault}); nothing was written; restore it from a backup")


def _remember_sound(path: Path) -> None:
    """After a write of this process into a file found sound: the file as it is now."""
    with contextlib.suppress(OSError):
        _SOUND[disk.real_path(path)] = disk.file_signature(path)


def with_extension_fields(frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> gpd.GeoDataFrame:
    """Add sezmap's extension fields a file from elsewhere lacks, empty."""
    for f in spec.fields:
        if f.extension and f.name not in frame.columns:
            frame[f.name] = None
    return frame


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def geometry_type(conn: sqlite3.Connection, table: str) -> str | None:
    """The layer's declared geometry type (``gpkg_geometry_columns.geometry_type_name``)."""
    row = conn.execute("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = ?",
                       (table,)).fetchone()
    return row[0] if row else None


def geometry_column(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                       (table,)).fetchone()
    return row[0] if row else sql.GEOM_COLUMN


def insert_features(conn: sqlite3.Connection, spec: schema.LayerSpec, frame: gpd.GeoDataFrame, labels=None) -> None:
    """Insert (already validated) features; geometry as the layer's declared type takes it
    (model.edits.fit_geometry_type: promoted in a Multi layer, single parts in a Polygon one).
    A row a constraint of the file refuses is a DataError naming it (``labels``: rows' names)."""
    geom_col = geometry_column(conn, spec.name)
    geoms, misfits = fit_geometry_type(frame.geometry.values, geometry_type(conn, spec.name), spec.geometry_type)
    if misfits:
        raise DataError([Problem(spec.name, f"row {i + 1}", reason) for i, reason in misfits.items()])
    present = table_columns(conn, spec.name)
    fields = [f for f in spec.fields if f.name in frame.columns and f.name in present]
    columns = [geom_col] + [f.name for f in fields]
    data = [layer_crs(conn, spec.name).encode(geoms)] + [sql_column(f, frame[f.name]) for f in fields]
    insert_naming_rows(conn, spec.name, columns, zip(*data), labels or row_labels(spec, frame))


def _existing_id_problems(conn, spec: schema.LayerSpec, frame, labels) -> list[Problem]:
    if not spec.unique_id:
        return []
    existing = {r[0] for r in conn.execute(f'SELECT "{spec.id_field}" FROM "{spec.name}"')}
    return [Problem(spec.name, labels[k], f"{spec.id_field} {i!r} is already in the project")
            for k, i in enumerate(frame[spec.id_field]) if i in existing]


def _unknown_zone_problems(conn, frame, labels) -> list[Problem]:
    zones = {r[0] for r in conn.execute('SELECT zone_id FROM zones')}
    return [Problem("plots", labels[k], f"zone_id {z!r} is not a zone of the project")
            for k, z in enumerate(frame["zone_id"]) if z not in zones]


def _plot_row(conn, plot_id: str, geom_col: str) -> dict | None:
    names = [f.name for f in schema.PLOTS.fields]
    cols = ", ".join(f'"{n}"' for n in names)
    row = conn.execute(f'SELECT fid, "{geom_col}", {cols} FROM plots WHERE plot_id = ?',
                       (plot_id,)).fetchone()
    if row is None:
        return None
    out = dict(zip(["fid", "geometry", *names], row))
    out["geometry"] = layer_crs(conn, "plots").decode(out["geometry"])  # lon/lat, whatever the layer keeps
    return out


def _conflict(conn, plot_id: str, version: int, expected: int) -> ConflictError:
    """A stale edit refused, saying who changed what since the version the editor had."""
    last = conn.execute(
        "SELECT at, actor, group_concat(field, ', ') FROM audit_log WHERE plot_id = ? AND layer = 'plots' "
        "GROUP BY at, actor ORDER BY max(rowid) DESC LIMIT 1", (plot_id,)).fetchone()
    who = f" (last change by {last[1]} at {last[0]}: {last[2]})" if last else ""
    return ConflictError(Problem(
        "plots", plot_id,
        Reason(f"changed meanwhile: version is {version}, the edit expected {expected}{who}; nothing was written",
               "changed_meanwhile", plot=str(plot_id), version=int(version), expected=int(expected),
               actor=last[1] if last else "", at=last[0] if last else "", fields=last[2] if last else "")))


def _zone_geometry(conn, zone_id: str, plot_id: str):
    zone = conn.execute(f'SELECT "{geometry_column(conn, "zones")}" FROM zones WHERE zone_id = ?',
                        (zone_id,)).fetchone()
    if zone is None:
        raise DataError(Problem("plots", plot_id, f"zone_id {zone_id!r} is not a zone of the project"))
    return layer_crs(conn, "zones").decode(zone[0])


def _neighbours(conn, geom, plot_id: str, geom_col: str) -> list[tuple[str, object]]:
    """Other plots whose box meets the geometry's box (through the R-tree when the file has one)."""
    minx, miny, maxx, maxy = geom.bounds
    crs = layer_crs(conn, "plots")
    # the R-tree holds the layer's own coordinates: the box's edges bent into them
    box = crs.to_layer(shapely.segmentize(shapely.box(minx, miny, maxx, maxy), max(maxx - minx, maxy - miny) / 8 or 1))
    qminx, qminy, qmaxx, qmaxy = box.bounds
    rtree = f"rtree_plots_{geom_col}"
    has_rtree = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone()
    if has_rtree:
        rows = conn.execute(
            f'SELECT plot_id, "{geom_col}" FROM plots WHERE fid IN (SELECT id FROM "{rtree}" '
            "WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?) AND plot_id != ?",
            (qmaxx, qminx, qmaxy, qminy, plot_id)).fetchall()
    else:
        rows = conn.execute(f'SELECT plot_id, "{geom_col}" FROM plots WHERE plot_id != ?', (plot_id,)).fetchall()
    geoms = [crs.decode(blob) for _pid, blob in rows]
    return [(pid, g) for (pid, _b), g in zip(rows, geoms)
            if g is not None and shapely.intersects(shapely.box(minx, miny, maxx, maxy), shapely.envelope(g))]


def _check_geometry(conn, plot_id: str, zone_id: str, geom, geom_col: str) -> None:
    """SCHEMA's range, validity, inside the zone (0.5 m), no overlap: or DataError, nothing written."""
    zone = _zone_geometry(conn, zone_id, plot_id)
    problems = plot_geometry.geometry_rule_problems(geom, zone, _neighbours(conn, geom, plot_id, geom_col))
    if problems:
        raise DataError([Problem("plots", plot_id, p) for p in problems])


def _fit_plot(conn, plot_id: str, geom):
    """A plot geometry as the file's plots layer declares its type (Polygon or MultiPolygon)."""
    fitted, misfits = fit_geometry_type([geom], geometry_type(conn, "plots"), schema.PLOTS.geometry_type)
    if misfits:
        raise DataError(Problem("plots", plot_id, misfits[0]))
    return fitted[0]


def _check_status(plot_id: str, old, new) -> None:
    reason = workflow.transition_problem(old, new)
    if reason:
        raise DataError(Problem("plots", plot_id, reason))


def _ready(audited) -> None:
    """The audit context in place before a change to the data (audit_chain.AuditedWrite)."""
    if audited is not None:
        audited.ready()


def _apply(conn, edit: PlotEdit, changes: dict, now: str, geom_col: str | None = None,
           audited=None) -> EditResult:
    geom_col = geom_col or geometry_column(conn, "plots")
    row = _plot_row(conn, edit.plot_id, geom_col)
    if row is None:
        raise DataError(Problem("plots", str(edit.plot_id), Reason("no such plot", "no_such_plot",
                                                                   plot=str(edit.plot_id))))
    if edit.expect_version is not None and row["version"] != edit.expect_version:
        raise _conflict(conn, edit.plot_id, row["version"], edit.expect_version)
    if changes.get("geometry") is not None:
        changes = {**changes, "geometry": _fit_plot(conn, edit.plot_id, changes["geometry"])}
    changed = {k: (row[k], v) for k, v in changes.items() if not same_value(row[k], v)}
    if not changed:
        return EditResult(edit.plot_id, row["version"], now, edit.actor, {})
    if "status" in changed and edit.check_workflow:
        _check_status(edit.plot_id, *changed["status"])
    zone_id = changed.get("zone_id", (None, row["zone_id"]))[1]
    if "geometry" in changed or "zone_id" in changed:
        _check_geometry(conn, edit.plot_id, zone_id, changed.get("geometry", (None, row["geometry"]))[1], geom_col)
    sets, params = [], []
    for name, (_old, new) in changed.items():
        column = geom_col if name == "geometry" else name
        sets.append(f'"{column}" = ?')
        params.append(layer_crs(conn, "plots").encode([new])[0] if name == "geometry" else new)
    version = row["version"] + 1
    sets += ["version = ?", "updated_at = ?", "updated_by = ?"]
    params += [version, now, edit.actor, row["fid"], row["version"]]
    _ready(audited)
    cur = conn.execute(f'UPDATE plots SET {", ".join(sets)} WHERE fid = ? AND version = ?', params)
    if cur.rowcount != 1:
        raise ConflictError(Problem("plots", edit.plot_id, Reason("changed meanwhile", "changed_meanwhile",
                                                                  plot=str(edit.plot_id))))
    if "geometry" in changed:
        sql.extend_contents(conn, "plots", layer_crs(conn, "plots").to_layer(changed["geometry"][1]).bounds, now)
    else:
        sql.touch_contents(conn, "plots", now)
    return EditResult(edit.plot_id, version, now, edit.actor, changed)


def _create(conn, change: PlotCreate, values: dict, now: str, geom_col: str, audited=None) -> CreateResult:
    pid = str(change.plot_id)
    if conn.execute("SELECT 1 FROM plots WHERE plot_id = ?", (pid,)).fetchone():
        raise DataError(Problem("plots", pid, f"plot_id {pid!r} is already in the project"))
    _check_status(pid, None, values["status"])
    values = {**values, "geometry": _fit_plot(conn, pid, values["geometry"])}
    _check_geometry(conn, pid, values["zone_id"], values["geometry"], geom_col)
    record = {f.name: values.get(f.name) for f in schema.PLOTS.fields}
    record.update(plot_id=pid, version=int(change.version), updated_at=now, updated_by=change.actor)
    present = table_columns(conn, "plots")
    names = [n for n in record if n in present]
    _ready(audited)
    sql.insert_rows(conn, "plots", [geom_col, *names],
                    [[layer_crs(conn, "plots").encode([values["geometry"]])[0], *(record[n] for n in names)]])
    sql.extend_contents(conn, "plots", layer_crs(conn, "plots").to_layer(values["geometry"]).bounds, now)
    return CreateResult(pid, record["version"], now, change.actor, {**record, "geometry": values["geometry"]})


def _delete(conn, change: PlotDelete, now: str, geom_col: str, audited=None) -> DeleteResult:
    pid = str(change.plot_id)
    row = _plot_row(conn, pid, geom_col)
    if row is None:
        raise DataError(Problem("plots", pid, Reason("no such plot", "no_such_plot", plot=pid)))
    if change.expect_version is not None and row["version"] != change.expect_version:
        raise _conflict(conn, pid, row["version"], change.expect_version)
    fid = row.pop("fid")
    _ready(audited)
    conn.execute("DELETE FROM plots WHERE fid = ?", (fid,))  # its last state: audited by the trigger
    sql.touch_contents(conn, "plots", now)
    return DeleteResult(pid, row["version"], now, change.actor, row)
