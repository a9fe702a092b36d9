"""The GeoPackage project store: one file, every write one SQLite transaction.

Reads go through GDAL (pyogrio) for speed; writes go through sqlite3 so that a
plot edit, its version bump and its audit rows commit or roll back together.
A crash mid-write leaves SQLite's journal, which the next open rolls back: the
file always holds the last committed state.

GpkgStore opens, creates and reads the file and holds each write's transaction; the work
inside is in smaller modules: plot_writes (one plot edit, creation or removal, checked),
feature_rows (features inserted as the layer takes them), layer_reads (a large layer read
in two scans at once) and audit_query (the audit log read back).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pyproj
import numpy as np
import pyogrio
import shapely

from sezmap.formats.input_files import regular_file
from sezmap.model import schema
from sezmap.model.edits import (
    AuditEntry,
    Conflict,
    CreateResult,
    DeleteResult,
    EditResult,
    PlotCreate,
    PlotEdit,
    StepConflict,
    fit_geometry_type,
)
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.model.project import AuditHead, FileIdentity, Project
from sezmap.model.validation import row_labels
from sezmap.store import (
    audit_chain,
    audit_query,
    audit_triggers,
    disk,
    file_guard,
    file_sound,
    integrity_child,
    layer_reads,
    migrations,
    plot_writes,
    qgis_styles,
    step_check,
    write_lock,
)
from sezmap.store import geopackage_sql as sql
from sezmap.store.audit_export import audit_bound
from sezmap.store.errors import ProjectBusy, constraint_reason
from sezmap.store.feature_rows import geometry_column, geometry_type, insert_features
from sezmap.store.layer_crs import LONLAT, layer_crs
from sezmap.store.protocol import FILE_RIGHTS, WriteRights


def utc_now() -> str:
    """Now as a GeoPackage DATETIME: ``YYYY-MM-DDTHH:MM:SS.SSSZ`` (UTC, milliseconds)."""
    return sql.datetime_text(dt.datetime.now(dt.UTC))


@contextlib.contextmanager
def transaction(conn: sql.Connection):
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. After a commit that changed
    rows, and only then, the file gets the journal mode its disk wants
    (geopackage_sql.settle_journal_mode): a refused write, or one that changes nothing, leaves
    every byte of the file as it was."""
    changes = conn.total_changes
    conn.execute("BEGIN IMMEDIATE")
    with write_lock.own_write(conn.file):  # (a wait for this lock is the window's own: ui/file_wait.py)
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    if conn.total_changes != changes:
        sql.settle_journal_mode(conn)


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

    def connect(self, readonly: bool = False) -> sql.Connection:
        """A connection to the file (geopackage_sql.connect): for writing (WAL, busy timeout)
        unless ``readonly``, which never changes the file. Faults of the file (locked,
        read-only, full, damaged) come out as ProjectBusy or DataError naming it. Until it is
        closed, GDAL reads of the file in this process wait (file_guard): close it soon."""
        return sql.connect(self.path, readonly=readonly)

    def stored_crs(self, layer: str) -> pyproj.CRS | None:
        """The CRS of ``layer``'s geometry column (None: lon/lat), as another program may have
        written the file in UTM metres, say."""
        conn = self.connect(readonly=True)
        try:
            return layer_crs(conn, layer).crs
        finally:
            conn.close()

    def write_rights(self) -> WriteRights:
        """Every zone: a file has no logins (whoever may write the file changes all of it)."""
        return FILE_RIGHTS

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

    def _read(self, name: str, bbox=None, where: str | None = None, columns=None, meanwhile=None, begun=None):
        """(frame, the coordinate stream of its geometries if it was read with them, else None,
        what ``meanwhile(attributes)`` gave if the layer was read in two scans, else None).
        ``begun``: the layer's two scans begun already (``project_reads.begin_plots``)."""
        frame, known, found = None, None, None
        try:
            if begun is not None:
                frame, known, found = begun.finish()
            elif bbox is None and where is None and columns is None:
                frame, known, found = layer_reads.read_in_two(self.path, name, meanwhile)
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

    def load_zone(self, zone_id: str, around: bool = True, validate: bool = True, own_read=None) -> Project:
        """One zone's plots (with ``around``, those near it too) and the whole outline (store/zone_reads.py)."""
        from sezmap.store.zone_reads import load_zone

        return load_zone(self, zone_id, around, validate, own_read)

    def load(self, validate: bool = True) -> Project:
        """The whole project; with ``validate``, raises DataError listing every problem
        (store/project_reads.py)."""
        from sezmap.store.project_reads import load

        return load(self, validate)

    def read_parts(self, name: str, meanwhile=None, begun=None):
        """A whole layer as ``_read`` gives it, for ``project_reads``."""
        return self._read(name, meanwhile=meanwhile, begun=begun)

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
        bounds: list[str | None] = []
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
            return audit_query.audit_entries(conn, bounds, zone, actor, field, plot_id, limit, layer)
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

    def writable(self) -> bool:
        """Whether this process may change the file (and its folder, where SQLite keeps its journal)."""
        return disk.is_writable(self.path)

    def missing_protections(self) -> list[str]:
        """The triggers the file should have and lacks (a copy by a tool that drops them, such as
        ogr2ogr): until the next sezmap write restores them, other programs' changes go unaudited.
        Reads only."""
        conn = self.connect(readonly=True)
        try:
            return sorted(n for n, (_t, state) in migrations.protection_status(conn).items() if state == "missing")
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
            file_sound.found_sound(self.path, checked)
            return []
        return [Problem("", "", Reason(f"{self.path}: the file is damaged ({fault}); restore it from a backup",
                                       "damaged_file", path=str(self.path), detail=str(fault)))]

    def readable_now(self) -> bool:
        """Whether a connection would open now without waiting for a GDAL read of this process."""
        return file_guard.free_for(self.path, file_guard.SQLITE)

    def unchanged_since(self, mark) -> tuple[bool, tuple]:
        """Whether nothing wrote the file since ``mark`` (None, or an earlier answer's mark), and
        the mark to ask with next (disk.unchanged_since: a stat, not a connection)."""
        return disk.unchanged_since(self.path, mark)

    def write_blocker(self, wait_s: float = 0.0) -> str | None:
        """Who would keep a write from starting within ``wait_s`` seconds (0: now, waiting for
        nobody): None when nobody (write_lock.write_blocker)."""
        return write_lock.write_blocker(self.path, wait_s)

    def wait_until_writable(self, cancelled: Callable[[], bool], seen: Callable[[str], object] | None = None) -> bool:
        """Blocks until a write could start (True) or ``cancelled()`` (False), telling ``seen``
        who holds it up (write_lock.wait_until_writable): for a worker thread."""
        return write_lock.wait_until_writable(self.path, cancelled, seen=seen)

    def check_integrity_soon(self) -> None:
        """SQLite's integrity check of the file, started now in the background (the app calls
        it when it opens a project), so that the first write, which checks a file not known to
        be sound, finds it checked (~1 s per 300 MB) and need not wait. A damaged file is found
        again, and refused, by the write itself. The check runs in a child process at the lowest
        priority (store/integrity_child.py: it starts while the analysis runs, and a thread of
        this process, even lowered, held the GIL at times); a thread here only waits for it. A
        frozen bundle, which has no Python to start a child with, checks on that thread."""
        path = self.path

        def check():
            with contextlib.suppress(Exception):  # (no answer: the first write checks itself)
                if not integrity_child.available():
                    self.integrity_problems()
                    return
                checked = disk.file_signature(path)  # the state checked (a later write changes it)
                if integrity_child.quick_check_in_child(path) is None and disk.file_signature(path) == checked:
                    file_sound.found_sound(path, checked)

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
                file_sound.check(conn, self.path)
                found = migrations.upgrade(conn, now)
                plot_writes.check_plot_columns(conn, self.path)
                geom_col = geometry_column(conn, "plots")
                results: list[EditResult | CreateResult | DeleteResult] = []
                conflicts: list[Conflict] = []
                audited = audit_chain.AuditedWrite(conn, changes[0].actor, changes[0].reason, now, found) \
                    if changes else None
                for change, values in zip(changes, normalized, strict=True):
                    clashes = step_check.conflicts(conn, change, lambda pid: plot_writes.plot_row(conn, pid, geom_col))
                    if clashes:
                        conflicts += clashes
                        change, values = step_check.untouched(change, values, clashes)
                        if change is None:
                            continue
                    assert audited is not None  # made above, as there are changes
                    audited.acting(change.actor, change.reason, getattr(change, "lineage", None))
                    try:
                        if isinstance(change, PlotEdit):
                            results.append(plot_writes.edit_plot(conn, change, values, now, geom_col, audited))
                        elif isinstance(change, PlotCreate):
                            results.append(plot_writes.create_plot(conn, change, values, now, geom_col, audited))
                        else:
                            results.append(plot_writes.delete_plot(conn, change, now, geom_col, audited))
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
                file_sound.remember(self.path)

    def read_plots(self, plot_ids) -> dict[str, dict]:
        """The current rows (every field, geometry as shapely) of these plots; absent ids are left out."""
        conn = self.connect(readonly=True)
        try:
            geom_col = geometry_column(conn, "plots")
            out = {}
            for pid in plot_ids:
                row = plot_writes.plot_row(conn, pid, geom_col)
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
            return audit_query.audit_tail(conn, after)
        finally:
            conn.close()

    def append_features(self, layer: str, frame: gpd.GeoDataFrame, actor: str, reason: str,
                        now: str | None = None, row_numbers=None) -> int:
        """Add features to a layer in one transaction; ids must not exist yet.

        ``row_numbers`` (each feature's row in its source file) label the problems found.

        New plots start at version 1 (a plot removed before: the one after the version it was
        removed at). Every feature is audited by the file's triggers: a row
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
                file_sound.check(conn, self.path)
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
                if layer == "plots":  # a plot removed before goes on from its version
                    first = audit_triggers.first_versions(conn, frame["plot_id"].astype(str))
                    frame["version"] = [first[str(p)] for p in frame["plot_id"]]
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
                file_sound.remember(self.path)


def _in_file(problem: Problem, path: Path) -> Problem:
    return Problem(problem.layer, problem.row, problem.reason, source=str(path))


def with_extension_fields(frame: gpd.GeoDataFrame, spec: schema.LayerSpec) -> gpd.GeoDataFrame:
    """Add sezmap's extension fields a file from elsewhere lacks, empty."""
    for f in spec.fields:
        if f.extension and f.name not in frame.columns:
            frame[f.name] = None
    return frame


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
