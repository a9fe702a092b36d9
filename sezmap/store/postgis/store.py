"""The PostGIS project store, for reading: the project loaded through Arrow (ADBC), the audit log.

``PostgisStore(location)`` offers the reading half of :class:`sezmap.store.protocol.ProjectStore`
on a database that ``sezmap db init`` set up: ``load`` gives the same :class:`Project` (same
columns, same types) that GpkgStore gives for the GeoPackage it was published from, so the
analysis, which sees only the Project, gives the same report. Layers are read with ADBC
(``adbc-driver-postgresql``: Arrow batches, ~2x faster than rows through psycopg on 1M plots);
geometry comes as WKB. Audit rows and plots by id go through psycopg.

Plot changes (``apply_edit``, ``apply_changes``) go to the server in one transaction
(store.postgis.writes), under the server's rules (sql/0002_server_rules.sql); ``append_features``
(import) adds plots the same way. docs/postgis.md says what is left.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
import pyproj
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from sezmap.formats import wkb
from sezmap.model import schema
from sezmap.model.edits import AuditEntry, EditResult
from sezmap.model.problems import DataError, Problem, Reason
from sezmap.model.project import Project
from sezmap.model.validation import attribute_problems, validate_project
from sezmap.store.audit_chain import Findings
from sezmap.store.audit_export import audit_bound
from sezmap.store.audit_triggers import readable_value
from sezmap.store.postgis import migrate
from sezmap.store.postgis.connection import connect, conninfo, parameters, server_error, server_name
from sezmap.store.protocol import WriteRights

S = migrate.SCHEMA
STAMP = "YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\""  # GeoPackage DATETIME text (SCHEMA.md section 1), UTC


def stamp_sql(column: str) -> str:
    """A timestamptz column as GeoPackage DATETIME text."""
    return f"to_char({column} AT TIME ZONE 'UTC', '{STAMP}')"


class PostgisStore:
    """A project in a PostgreSQL/PostGIS database (schema ``sezmap``), read by sezmap."""

    def __init__(self, location: str):
        self._location = str(location).strip()
        self.params = parameters(self._location)  # a password in it: refused
        self.server = server_name(self.params)
        self._writer: psycopg.Connection | None = None  # kept for the writes (connecting costs ~50-90 ms)
        self._writing = threading.Lock()
        self._local = threading.local()  # .reader: this thread's ADBC connection while load reads
        with self._connect() as conn:
            try:
                applied = migrate.applied_migrations(conn)
            except psycopg.Error as exc:
                raise server_error(exc, self.server) from None
        if applied is None:
            raise DataError(Reason(f"{self.server}: no sezmap project in this database (run `sezmap db init` and "
                                   "`sezmap db publish`)", "not_initialised", server=self.server))
        shipped = migrate.shipped()
        migrate.check_applied(applied, shipped, self.server)
        done = {a.version for a in applied}
        self.pending = [m for m in shipped if m.version not in done]  # rules this server lacks yet

    def __repr__(self) -> str:
        return f"PostgisStore({self.server!r})"

    @property
    def location(self) -> str:
        return self._location

    @property
    def key(self) -> str:
        """What tells this project from others: user@host:port/db."""
        return self.server

    def _connect(self) -> psycopg.Connection:
        return connect(self._location, autocommit=True)

    def rows(self, query, params=None) -> list[tuple]:
        """The rows of one query (psycopg), the server's refusal as DataError."""
        with self._connect() as conn:
            try:
                return conn.execute(query, params).fetchall()
            except psycopg.Error as exc:
                raise server_error(exc, self.server) from None

    # --- reading ----------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.snapshot_rows(f"SELECT key, value FROM {S}.project_meta ORDER BY key"))

    def stored_crs(self, layer: str) -> pyproj.CRS | None:
        """Every layer of a PostGIS project is kept in lon/lat (EPSG:4326, the columns' SRID)."""
        return None

    def write_rights(self) -> WriteRights:
        """The login's rights as the server's own rule (``sezmap.may_write``) gives them: an admin
        every zone; a company login its granted zones; a planner (or a login in no group) none."""
        [(login, admin, company, zones)] = self.rows(
            "SELECT session_user::text, pg_has_role(session_user, 'sezmap_admin', 'MEMBER'), "
            "pg_has_role(session_user, 'sezmap_company', 'MEMBER'), "
            f"ARRAY(SELECT zone_id FROM {S}.zones WHERE {S}.may_write(zone_id) ORDER BY zone_id)")
        if admin:
            return WriteRights(login, "admin", None)
        planner = self.rows("SELECT pg_has_role(session_user, 'sezmap_planner', 'MEMBER')")[0][0]
        role = "company" if company else "planner" if planner else "none"
        return WriteRights(login, role, frozenset(zones))

    def schema_problems(self) -> list[Problem]:
        """The database holds sezmap's layers as its migrations made them (checked when opened)."""
        problems = []
        version = self.meta().get("schema_version")
        if version is not None and version.strip().isdigit() and int(version) > schema.SCHEMA_VERSION:
            problems.append(Problem("project_meta", "schema_version",
                                    f"is {version}; this sezmap reads up to {schema.SCHEMA_VERSION}"))
        return problems

    def read_layer(self, name: str, bbox=None, where: str | None = None, columns=None) -> gpd.GeoDataFrame:
        """A layer as GpkgStore.read_layer gives it. ``bbox``: (minx, miny, maxx, maxy) in lon/lat;
        ``where``: an SQL condition on the layer's columns (sezmap's own, never a user's text)."""
        return self._read(name, bbox, where, columns)[0]

    def _read(self, name: str, bbox=None, where: str | None = None, columns=None):
        """(the layer's frame, the coordinate stream of its polygons as formats.wkb decoded them in
        bulk, or None for a layer of other geometries)."""
        spec = schema.FEATURE_LAYERS.get(name)
        if spec is None:
            raise DataError(f"{name}: not a layer of a sezmap project")
        fields = [f for f in spec.fields if columns is None or f.name in columns]
        query = f"SELECT {', '.join([*(f.name for f in fields), 'ST_AsBinary(geom) AS geometry'])} FROM {S}.{name}"
        conditions = []
        if bbox is not None:
            conditions.append("geom && ST_MakeEnvelope({}, {}, {}, {}, 4326)".format(*(float(v) for v in bbox)))
        if where:
            conditions.append(f"({where})")
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        table = self._arrow(query + " ORDER BY fid")
        frame = table.drop(["geometry"]).to_pandas()
        for f in fields:
            frame[f.name] = _like_geopackage(frame[f.name], f)
        known = None
        if spec.geometry_type == "MULTIPOLYGON":  # as GpkgStore decodes them: in bulk, the stream kept
            geometry, known = wkb.decode_polygons(table.column("geometry"))
        else:
            geometry = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=schema.CRS), crs=schema.CRS), known

    def _arrow(self, query: str):
        import adbc_driver_postgresql.dbapi as adbc

        try:
            reader = getattr(self._local, "reader", None)
            if reader is not None:  # load's one connection for all layers
                with reader.cursor() as cur:
                    cur.execute(query)
                    return cur.fetch_arrow_table()
            with adbc.connect(conninfo(self._location)) as conn, conn.cursor() as cur:
                cur.execute(query)
                return cur.fetch_arrow_table()
        except adbc.Error as exc:
            raise DataError(Reason(f"{self.server}: reading failed: {' '.join(str(exc).split())}", "server_refused",
                                   server=self.server)) from None

    @contextlib.contextmanager
    def snapshot(self):
        """Reads meanwhile (layers, ``meta``, ``snapshot_rows``) on one ADBC connection, in one
        REPEATABLE READ, READ ONLY transaction: one snapshot of the database, whoever writes
        meanwhile (and one connection: connecting costs ~0.1-0.2 s each). Nested: the outer one."""
        import adbc_driver_postgresql.dbapi as adbc

        if getattr(self._local, "reader", None) is not None:
            yield
            return
        try:
            conn = adbc.connect(conninfo(self._location))  # not autocommit: one transaction until closed
            with conn.cursor() as cur:
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        except adbc.Error as exc:
            raise DataError(Reason(f"{self.server}: reading failed: {' '.join(str(exc).split())}", "server_refused",
                                   server=self.server)) from None
        self._local.reader = conn
        try:
            yield
        finally:
            self._local.reader = None
            conn.close()

    def snapshot_rows(self, query: str) -> list[tuple]:
        """The rows of one query, in the snapshot when one is open (else through psycopg)."""
        if getattr(self._local, "reader", None) is None:
            return self.rows(query)
        table = self._arrow(query)
        return list(zip(*(table.column(i).to_pylist() for i in range(table.num_columns)), strict=True))

    def load(self, validate: bool = True) -> Project:
        """The whole project; with ``validate``, raises DataError listing every problem.

        Validation is the GeoPackage's (validate_project), less what the server guarantees
        for every row whoever wrote it: an id its UNIQUE constraint keeps unique is not checked
        for duplicates again (~0.4 s at a million plots; without the constraint it is). The rest
        is checked as on a file: the triggers' rules bind writes, not rows as they lie (publish
        copies with them off, a superuser can turn them off, a rule may be newer than the data,
        and zones, corridors and hubs have none), and what is left costs ~0.6 s a million."""
        layers, known = {}, {}
        with self.snapshot():  # one connection: the schema's check, the layers and meta
            self._check_schema()
            unique = self._unique_columns() if validate else {}
            for name in schema.FEATURE_LAYERS:
                layers[name], rings = self._read(name)
                if rings is not None:
                    known[name] = rings
            meta = self.meta()
        if validate:
            self._validate(layers, known, unique)
        return Project(**layers, meta=meta, location=self._location, plot_rings=known.get("plots"))

    def load_zone(self, zone_id: str, around: bool = True, validate: bool = True, own_read=None) -> Project:
        """The project with the plots of zone ``zone_id`` only (and, with ``around``, the other
        zones' plots whose boxes reach into its surroundings, found through the GiST index),
        validated as ``load`` validates (``sezmap export --zone``; store/zone_reads.py says why
        the box); DataError when the zone is unknown."""
        from sezmap.store.zone_reads import join_parts, own_project, surroundings

        zone = "'" + str(zone_id).replace("'", "''") + "'"
        layers, known = {}, {}
        with self.snapshot():
            self._check_schema()
            unique = self._unique_columns() if validate else {}
            for name in schema.FEATURE_LAYERS:
                if name != "plots":
                    layers[name], rings = self._read(name)
                    if rings is not None:
                        known[name] = rings
            mine = layers["zones"][layers["zones"]["zone_id"].astype(str) == str(zone_id)]
            if mine.empty:
                names = ", ".join(str(z) for z in layers["zones"]["zone_id"])
                raise DataError(f"--zone {zone_id!r}: no such zone in {self.server}; zones: {names}")
            parts = [self._read("plots", where=f"zone_id = {zone}")]
            meta = self.meta()
            if own_read is not None:
                own_read(own_project(layers, parts[0][0], parts[0][1], meta, self._location, zone_id))
            if around:
                parts.append(self._read("plots", bbox=surroundings(mine.total_bounds),
                                        where=f"zone_id <> {zone}"))
        layers["plots"], known["plots"] = join_parts(parts)
        if validate:
            self._validate(layers, known, unique)
        return Project(**layers, meta=meta, location=self._location, plot_rings=known["plots"],
                       whole_zones=(str(zone_id),))

    def _check_schema(self) -> None:
        problems = self.schema_problems()
        if problems:
            raise DataError(problems)

    def _validate(self, layers: dict, known: dict, unique: dict[str, set[str]]) -> None:
        """validate_project on what was read, the ids the server keeps unique not checked again."""
        attributes = {}
        for name, spec in schema.FEATURE_LAYERS.items():
            found = attribute_problems(spec, layers[name], unique_ids=spec.id_field in unique.get(name, ()))
            if found is not None:
                attributes[name] = found
        problems = validate_project(layers, known, attributes)
        if problems:
            raise DataError([Problem(p.layer, p.row, p.reason, source=self.server) for p in problems])

    def _unique_columns(self) -> dict[str, set[str]]:
        """table -> its columns the server keeps unique (a UNIQUE constraint or unique index on
        that column alone, whole, under a deterministic collation: equal only byte for byte)."""
        rows = self.snapshot_rows(
            "SELECT c.relname::text, a.attname::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
            f"JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
            "LEFT JOIN pg_collation co ON co.oid = i.indcollation[0] "
            f"WHERE c.relnamespace = '{S}'::regnamespace AND i.indisunique AND i.indnkeyatts = 1 "
            "AND i.indpred IS NULL AND i.indexprs IS NULL AND coalesce(co.collisdeterministic, true)")
        out: dict[str, set[str]] = {}
        for table, column in rows:
            out.setdefault(table, set()).add(column)
        return out

    def read_plots(self, plot_ids: Iterable[str]) -> dict[str, dict]:
        """The current rows (every field, geometry as shapely) of these plots; absent ids are left out."""
        ids = list(dict.fromkeys(str(p) for p in plot_ids))
        if not ids:
            return {}
        frame = self.read_layer("plots", where="plot_id = ANY(ARRAY[" + ", ".join(
            "'" + i.replace("'", "''") + "'" for i in ids) + "])")
        out = {}
        for row in frame.to_dict("records"):
            out[row["plot_id"]] = {k: (None if _missing(v) else v) for k, v in row.items()}
        return out

    # --- the audit log ----------------------------------------------------------------------

    def history(self, plot_id: str) -> list[AuditEntry]:
        return self.audit(plot_id=plot_id)

    def audit(self, zone: str | None = None, actor: str | None = None, since: str | None = None,
              until: str | None = None, field: str | None = None, plot_id: str | list[str] | None = None,
              limit: int | None = None, layer: str | None = "plots") -> list[AuditEntry]:
        """Audit rows as GpkgStore.audit selects them (see there), oldest first."""
        where: list[sql.Composable] = []
        params: list[Any] = []
        for column, value in (("layer", layer), ("actor", actor), ("field", field)):
            if value is not None:
                where.append(sql.SQL("{} = %s").format(sql.Identifier(column)))
                params.append(value)
        if plot_id is not None:
            where.append(sql.SQL("plot_id = ANY(%s)"))
            params.append([plot_id] if isinstance(plot_id, str) else list(plot_id))
        if zone is not None:
            where.append(sql.SQL(f"plot_id IN (SELECT plot_id FROM {S}.plots WHERE zone_id = %s)"))
            params.append(zone)
        for name, value, end, op in (("since", since, False, ">="), ("until", until, True, "<=")):
            if value:
                try:
                    bound = audit_bound(value, end)
                except ValueError as exc:
                    raise DataError(f"{name} {value!r}: {exc}") from None
                where.append(sql.SQL(f"date_trunc('milliseconds', at) {op} %s::timestamptz"))
                params.append(bound)
        if limit is not None and limit < 0:
            raise DataError(f"limit {limit} is negative")
        query: sql.Composable = sql.SQL(f"SELECT id, {stamp_sql('at')}, actor, plot_id, field, old_value, new_value, reason "
                        f"FROM {S}.audit_log")
        if where:
            query += sql.SQL(" WHERE ") + sql.SQL(" AND ").join(where)
        if limit is not None:
            query = sql.SQL("SELECT * FROM (") + query + sql.SQL(f" ORDER BY id DESC LIMIT {int(limit)}) AS latest")
        return [_entry(r) for r in self.rows(query + sql.SQL(" ORDER BY 1"), params)]

    def audit_tail(self, after: Any = 0) -> tuple[Any, list[AuditEntry]]:
        """The plots' audit rows committed since the mark ``after``, and the mark to pass next.

        The mark is the server's transaction snapshot (``pg_current_snapshot()`` as text), taken
        in the same REPEATABLE READ transaction as the rows: what comes next is every row whose
        writing transaction that snapshot did not see, so a transaction that took its audit ids
        early and committed late is not missed (``id > last`` would miss it). An integer ``after``
        (0: from the start; a large one: from now, as the session begins) selects by id once.
        """
        picked = (f"SELECT id, {stamp_sql('at')}, actor, plot_id, field, old_value, new_value, reason, layer "
                  f"FROM {S}.audit_log WHERE ")
        with self._connect() as conn:
            try:
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    mark = conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0]  # type: ignore[index]
                    if isinstance(after, str):
                        rows = conn.execute(picked + "xid >= pg_snapshot_xmin(%s::pg_snapshot) AND NOT "
                                            "pg_visible_in_snapshot(xid, %s::pg_snapshot) ORDER BY id",
                                            (after, after)).fetchall()
                    else:
                        rows = conn.execute(picked + "id > %s ORDER BY id", (int(after),)).fetchall()
            except psycopg.Error as exc:
                raise server_error(exc, self.server) from None
        return mark, [_entry(r[:8]) for r in rows if r[8] == "plots"]

    def listen(self) -> ChangeListener:
        """A listener for others' changes (its socket readable when one commits)."""
        return ChangeListener(self._location, self.server)

    def audit_states(self, keys) -> dict[int, str]:
        """{}: every audit row here was written by the server (as GpkgStore.audit_states leaves out
        the rows of a file without seals)."""
        return {}

    # --- the project's health ---------------------------------------------------------------

    def audit_findings(self, values: bool = True) -> Findings:
        """No seals to check: on PostGIS the server writes every audit row and refuses any change to
        them for every role (sql/0002_server_rules.sql). A warning for each migration of this sezmap
        the database lacks (its rules are not enforced until ``sezmap db init`` applies it); a changed
        or newer one was refused when the store opened."""
        return Findings(warnings=[Problem("schema_migrations", str(m.version), Reason(
            f"the database lacks migration {m.version} ({m.name}) of this sezmap, so the server "
            "does not enforce its rules yet: run `sezmap db init` (as the database's operator)",
            "migration_pending", server=self.server, version=m.version)) for m in self.pending])

    def integrity_problems(self) -> list[Problem]:
        """[]: the server keeps its own pages (checksums, WAL); sezmap has no file to check."""
        return []

    def check_integrity_soon(self) -> None:
        """Nothing to check (integrity_problems)."""

    def writable(self) -> bool:
        """True: what a login may not change the server refuses, naming why (session.file_notices)."""
        return True

    def missing_protections(self) -> list[str]:
        """[]: the server's rules and audit triggers are its migrations' (``sezmap db status``)."""
        return []

    # --- writing ------------------------------------------------------------------------------

    def apply_edit(self, edit, now: str | None = None) -> EditResult:
        """One change to a plot (apply_changes)."""
        return self.apply_changes([edit], now)[0]

    def apply_changes(self, changes: Sequence[Any], now: str | None = None, untouched_only: bool = False) -> list:
        """Plot edits, creations and removals in ONE server transaction (store.postgis.writes):
        all or nothing. The server stamps who (the login) and when (its clock: ``now`` is not
        used), checks zones and workflow, and audits."""
        from sezmap.store.postgis import writes

        with self._write() as conn:
            return writes.apply_changes(conn, changes, untouched_only)

    @contextlib.contextmanager
    def _write(self):
        """The connection kept for writes (connected again when the server dropped it) in one
        transaction; the server's refusal as DataError (exit 2), a lost connection exit 3."""
        with self._writing:
            if self._writer is None or self._writer.closed or self._writer.broken:
                self._writer = connect(self._location)
            try:
                with self._writer.transaction():
                    yield self._writer
            except psycopg.Error as exc:
                raise server_error(exc, self.server) from None

    def close(self) -> None:
        """Close the connection kept for writing (the next write opens one again)."""
        with self._writing:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def append_features(self, layer: str, frame: gpd.GeoDataFrame, actor: str, reason: str,
                        now: str | None = None, row_numbers=None) -> int:
        """Import, in ONE server transaction, audited by the server with the login and ``reason``:
        plots each as a creation (apply_changes: the server checks the login's zones, the workflow,
        the status and geometry rules); zones, corridors and hubs copied in (transfer.append_layer:
        only an admin may). An id already there refuses the whole import, nothing written."""
        from sezmap.model.edits import PlotCreate
        from sezmap.model.validation import row_labels
        from sezmap.store.postgis import transfer

        if layer != "plots":
            spec = schema.FEATURE_LAYERS[layer]
            with self._write() as conn:
                return transfer.append_layer(conn, spec, frame, row_labels(spec, frame, row_numbers), reason)
        fields = [n for n in schema.FEATURE_LAYERS["plots"].field_names
                  if n in frame.columns and n not in ("plot_id", "version", "updated_at", "updated_by")]
        changes = []
        for record, geometry in zip(frame[["plot_id", *fields]].to_dict("records"), frame.geometry.values,
                                    strict=True):
            values = {n: None if _missing(record[n]) else record[n] for n in fields}
            changes.append(PlotCreate(str(record["plot_id"]), {**values, "geometry": geometry}, actor, reason))
        self.apply_changes(changes)
        return len(changes)


class ChangeListener:
    """Others' changes as they commit: LISTEN on channel ``sezmap_changes`` (migration 0004).

    ``fileno()`` is the connection's socket, for the UI to watch (a QSocketNotifier) or for
    ``select``; when it is readable, ``changed()`` gives the layers changed since the last call
    (without waiting), and ``PostgisStore.audit_tail`` what changed in them."""

    CHANNEL = "sezmap_changes"

    def __init__(self, location: str, server: str):
        self.server = server
        self._conn = connect(location, autocommit=True)
        try:
            self._conn.execute(f"LISTEN {self.CHANNEL}")
        except psycopg.Error as exc:
            self._conn.close()
            raise server_error(exc, server) from None

    def fileno(self) -> int:
        return self._conn.fileno()

    def changed(self) -> set[str]:
        """The layers named by the notices received so far (empty if none); never waits."""
        try:
            return {n.payload for n in self._conn.notifies(timeout=0)}
        except psycopg.Error as exc:
            raise server_error(exc, self.server) from None

    def close(self) -> None:
        self._conn.close()


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NaT


def _like_geopackage(column: pd.Series, field: schema.Field) -> pd.Series:
    """A column with the dtype GpkgStore's reading gives the same field: dates as datetime.date
    objects (None when empty), DATETIME as UTC milliseconds, integers as int64 (float64 with gaps)."""
    if field.type == "DATE":
        return column.astype(object).where(column.notna(), None)
    if field.type == "DATETIME":  # Arrow's microseconds, cut to milliseconds as the file keeps them
        return pd.to_datetime(column, utc=True).dt.floor("ms").astype("datetime64[ms, UTC]")
    if field.type == "INTEGER":
        return column.astype("int64") if column.notna().all() else column.astype("float64")
    if field.type == "REAL":
        return column.astype("float64")
    return column


def _entry(row) -> AuditEntry:
    """An audit row as people read it: a geometry published from a GeoPackage (the hex of its
    blob) as WKT, like those the server writes (audit_triggers.readable_value)."""
    key, at, actor, plot_id, name, old, new, reason = row
    return AuditEntry(key, at, actor, plot_id, name, readable_value(name, old), readable_value(name, new), reason)
