"""The open project and what the user works on, Qt-free and evented.

One straight walk for every change to plots:
command (do/undo) -> ``ProjectSession.apply`` -> model validation and the store's transaction
with its audit rows -> the session updates its project frame and the engine's touched zones
-> ``plots_changed`` -> the map, dashboard, table, identify and history listen.
Changes another program made to the file come in the same way (``poll_external``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd

from sezmap.model import schema
from sezmap.model.edits import BOOKKEEPING, CreateResult, DeleteResult, EditResult, PlotChange, StepConflict
from sezmap.model.problems import DataError
from sezmap.model.project import Project
from sezmap.model.room import Room, frame_cells_written, frame_column_owned, frame_extended, frame_taken_out
from sezmap.model.rows import with_cells
from sezmap.model.values import OTHER_PROGRAM, checked_actor, is_missing, same_value
from sezmap.session import undo_file, unaudited
from sezmap.session.commands import ChangePlots, Command
from sezmap.session.events import PlotsChanged, Signal
from sezmap.session.frame_seat import FrameSeat
from sezmap.session.plot_ids import PlotIdIndex
from sezmap.session.snapshot import SessionSnapshot, snapshot_of
from sezmap.session.undo import UndoStack

if TYPE_CHECKING:
    from sezmap.store.protocol import ProjectStore

# the plot fields the analysis engine reads (AnalysisEngine.update_plot)
ENGINE_FIELDS = schema.ANALYSIS_FIELDS
DATE_FIELDS = ("allocated_on", "contract_deadline")


def default_actor() -> str:
    """The operating system's user name (the app's Settings may name someone else)."""
    try:
        return getpass.getuser() or "sezmap"
    except Exception:  # noqa: BLE001 - no user database (containers)
        return "sezmap"


@dataclass(eq=False)
class Meanwhile:
    """What changed in the plots frame since an analysis of it began (``analysis_begins``):
    the plots edited or added, and whether any were added or taken out. ``set_engine`` applies
    it to the engine that analysis made before taking it."""

    edited: set[str] = field(default_factory=set)
    restructured: bool = False


class ProjectSession:
    """The open project, the analysis engine, the current zone, the selection and the undo stack."""

    def __init__(self, actor: str | None = None):
        self.store: ProjectStore | None = None  # sezmap.store GpkgStore (or any store with its interface)
        self.project: Project | None = None
        self.engine = None  # sezmap.analysis AnalysisEngine, once computed
        self.current_zone: str | None = None
        self.selection: tuple[int, ...] = ()  # positions in project.plots
        self._actor = default_actor()
        self.actor = default_actor() if actor is None else actor  # checked (model.values.checked_actor)
        self.undo_stack = UndoStack()
        self.last_reason = ""  # the reason of the last change committed through edit (map edits offer it again)
        self.undo_dir: Path | None = None  # where the undo stack is kept between runs (None: not kept)
        # where the undo steps are written to undo_dir (a connection to the file for its audit head,
        # and an fsync: 20-50 ms under load): ``keep_undo_later(fn)`` runs ``fn`` later, in order,
        # off the caller's thread (the window's task lane); None: at once
        self.keep_undo_later: Callable[[Callable[[], None]], None] | None = None
        # what became of the undo steps kept from an earlier run when the project was opened (its
        # notice for the status bar: why they were dropped, or that others changed the file since)
        self.undo_kept = undo_file.Loaded(False)
        self._loading_undo = False
        self.undo_stack.changed.connect(self._keep_undo)
        self._audit_mark = 0  # the last audit row looked at (poll_external)
        self._polled: tuple | None = None  # the file as at that look (store.unchanged_since: no change, no look)
        self._file_stamp: tuple | None = None  # the file as last looked at (unaudited changes)
        # the analyses under way elsewhere (the app's task thread, ``analysis_begins``), each
        # with what changed since it began, for set_engine to bring its engine up to date:
        # whether or not an engine is in place (a new analysis of a project already analysed
        # must not lose the edits made while it ran)
        self._analyses: list[Meanwhile] = []
        self._ids: tuple[pd.DataFrame, pd.Index] | None = None  # (the plots frame, an index of its plot ids) while there is no engine
        self.plot_ids = PlotIdIndex()  # the ids in use, case folded: fresh ids for splits and drawn plots
        self._frame_room = Room()  # the plots frame's buffers with room (rows added in place: model.room)
        self._frame_edits = 0  # writes to the plots frame so far (a FrameSeat made meanwhile is stale)
        # events
        self.project_changed = Signal()  # (session): a project was opened or reloaded
        self.engine_changed = Signal()  # (engine or None)
        self.zone_changed = Signal()  # (zone_id or None)
        self.selection_changed = Signal()  # (rows)
        self.plots_changed = Signal()  # (PlotsChanged)
        self.layers_changed = Signal()  # (session.importing.LayersChanged): zones, corridors or hubs added


    @property
    def actor(self) -> str:
        """Who edits (every audit row says it): NFC, never blank or invisible."""
        return self._actor

    @actor.setter
    def actor(self, value: str) -> None:
        self._actor = checked_actor(value)

    # --- the project ----------------------------------------------------------------------

    def set_project(self, store: ProjectStore | None, project: Project, keep_undo: bool = False) -> None:
        """A newly opened (or reloaded) project; the engine comes later (``set_engine``)."""
        same_file = self.store is not None and store is not None and str(self.store.location) == str(store.location)
        self.store, self.project, self.engine = store, project, None
        self._analyses, self._ids = [], None
        self._file_stamp = unaudited.stamp(store.location) if store is not None else None
        if not (keep_undo and same_file):
            self.undo_kept = undo_file.Loaded(False)
            self._loading_undo = True
            try:
                self.undo_stack.clear()
                if self.undo_dir is not None and store is not None and hasattr(store, "identity"):
                    self.undo_kept = undo_file.load(self.undo_stack, self.undo_dir, store.identity(),
                                                    store.location, store)
            finally:
                self._loading_undo = False
        self._audit_mark = audit_mark_now(store) if store is not None else 0
        self._polled = None
        if store is not None and hasattr(store, "check_integrity_soon"):
            store.check_integrity_soon()  # off this thread, so that the first edit need not wait
        zone_ids = set(map(str, project.zones["zone_id"])) if project is not None else set()
        if not keep_undo or self.current_zone not in zone_ids:
            self.current_zone = None
        self.selection = ()
        self.project_changed.emit(self)
        self.engine_changed.emit(None)

    def _keep_undo(self) -> None:
        store, folder = self.store, self.undo_dir
        if folder is None or store is None or not hasattr(store, "identity") or self._loading_undo:
            return
        steps = undo_file.snapshot(self.undo_stack)

        def keep() -> None:  # the steps are committed either way; only Undo after a restart is lost
            with contextlib.suppress(OSError, DataError):
                undo_file.write(steps, folder, store.identity(), store.location)

        if self.keep_undo_later is not None:
            self.keep_undo_later(keep)
        else:
            keep()

    @property
    def _open_store(self) -> ProjectStore:
        """The open project's store (for steps that only run while a project is open)."""
        if self.store is None:
            raise RuntimeError("no project is open")
        return self.store

    @property
    def _open_project(self) -> Project:
        """The open project (for steps that only run while a project is open)."""
        if self.project is None:
            raise RuntimeError("no project is open")
        return self.project

    def hold_plots(self, reader: object) -> None:
        """While ``reader`` (a task's work, reading the plots frame on another thread) is alive,
        the frame's cells are not written in place nor its last rows reused: edits copy, as
        pandas does, so a reader with its own (shallow) copy of the frame sees it as it was when
        it took that copy. (``project.plots`` itself is the session's, written by every edit:
        a reader that must not see edits takes a ``snapshot``.)"""
        self._frame_room.readers.add(reader)

    def snapshot(self, history: bool = False) -> SessionSnapshot:
        """The project and its analysis's figures as they are now, for a task that reads them on
        another thread while edits go on (an export: ``session.snapshot``); the plots frame is
        held (``hold_plots``) while the snapshot is alive. ``history``: with the audit log's
        mark (a look at the store: the session writes its edits there as it takes them in, so
        the project is the store's up to that mark), for a task that replays the log."""
        mark = audit_mark_now(self.store) if history and self.store is not None else None
        shot = snapshot_of(self._open_project, self.engine, mark)
        self.hold_plots(shot)
        return shot

    def frame_seat(self) -> FrameSeat:
        """The plots frame to seat in buffers with room (``FrameSeat.made`` on a task thread,
        then ``take_seat`` here)."""
        return FrameSeat(self._open_project.plots, self._frame_edits)

    def take_seat(self, seat: FrameSeat) -> None:
        """The seated frame in place of the frame it copies, if nothing wrote that meanwhile."""
        project = self.project
        if project is None or seat.seated is None or project.plots is not seat.frame or self._frame_edits != seat.edits:
            return
        project.plots, self._frame_room = seat.seated, seat.room
        self.plot_ids.moved(seat.frame, seat.seated)
        if self._ids is not None and self._ids[0] is seat.frame:
            self._ids = (seat.seated, self._ids[1])

    def analysis_begins(self) -> Meanwhile:
        """An analysis of the open project begins elsewhere (the app's task thread): what
        changes in the plots frame from now on is kept for it, to give to ``set_engine`` with
        its engine (or to ``analysis_dropped`` if it fails)."""
        since = Meanwhile()
        self._analyses.append(since)
        return since

    @property
    def analysing(self) -> bool:
        """Whether an analysis of the open project is under way (begun, its engine not taken)."""
        return bool(self._analyses)

    def analysis_dropped(self, since: Meanwhile) -> None:
        """The analysis that ``since`` was kept for ends without an engine to take."""
        with contextlib.suppress(ValueError):
            self._analyses.remove(since)

    def set_engine(self, engine, since: Meanwhile | None = None) -> None:
        """The analysis of the open project. ``since``: what ``analysis_begins`` gave when its
        computation began (elsewhere, e.g. on the app's task thread); the plots added, taken out
        or edited since are applied to it before it is taken. Without: computed from the frame as
        it is now."""
        if since is not None:
            self.analysis_dropped(since)
        if engine is not None and engine.project is not self.project:
            return  # computed for a project that is no longer open
        if engine is not None and since is not None:
            self._catch_up(engine, since)
        self.engine = engine
        self.engine_changed.emit(engine)

    def _catch_up(self, engine, since: Meanwhile) -> None:
        plots = self._open_project.plots
        if since.restructured:
            _align_rows(engine, plots)
        self.engine = engine  # (row_of reads its index)
        for pid in sorted(since.edited):
            row = self.row_of(pid)
            if row is not None:
                engine.update_plot(pid, {f: plots[f].iat[row] for f in ENGINE_FIELDS})

    def _changed_meanwhile(self, plot_ids: Iterable[str], restructured: bool = False) -> None:
        """Plots changed in the frame: kept for each analysis under way."""
        ids = list(plot_ids) if self._analyses else []
        for since in self._analyses:
            since.edited.update(ids)
            since.restructured |= restructured

    def set_zone(self, zone_id: str | None) -> None:
        if zone_id == self.current_zone:
            return
        self.current_zone = zone_id
        self.zone_changed.emit(zone_id)

    def set_selection(self, rows: Iterable[int]) -> bool:
        """Select plots (positions in project.plots); False (and no event) if nothing changed."""
        rows = tuple(sorted({int(r) for r in rows}))
        if rows == self.selection:
            return False
        self.selection = rows
        self.selection_changed.emit(rows)
        return True

    # --- plots ----------------------------------------------------------------------------

    def row_of(self, plot_id: str) -> int | None:
        """The position of a plot in ``project.plots`` (None if it is not there)."""
        if self.project is None:
            return None
        if self.engine is not None:
            try:
                return self.engine.row(plot_id)
            except KeyError:
                return None
        if self._ids is None or self._ids[0] is not self.project.plots:
            self._ids = (self.project.plots, pd.Index(self.project.plots["plot_id"]))
        try:
            row = self._ids[1].get_loc(plot_id)
        except KeyError:
            return None
        return int(row) if isinstance(row, (int, np.integer)) else None

    def plot_id(self, row: int) -> str:
        return str(self._open_project.plots["plot_id"].iat[int(row)])

    def plot_record(self, row: int) -> dict:
        """A plot's fields (geometry included) as plain values, missing ones as None."""
        rec = self._open_project.plots.iloc[int(row)].to_dict()
        return {k: (None if not hasattr(v, "geom_type") and is_missing(v) else v) for k, v in rec.items()}

    def version_of(self, plot_id: str) -> int | None:
        row = self.row_of(plot_id)
        return None if row is None else int(self._open_project.plots["version"].iat[row])

    # --- changing plots -------------------------------------------------------------------

    def run(self, command: Command) -> None:
        """Do a command and put it on the undo stack (nothing is pushed if it is refused)."""
        self.undo_stack.push(command, self)

    def edit(self, text: str, changes: Sequence[PlotChange]) -> ChangePlots:
        command = ChangePlots(text, changes)
        self.run(command)
        self.last_reason = next((c.reason for c in changes if c.reason), self.last_reason)
        return command

    def undo(self, untouched_only: bool = False):
        """Undo the last step. Raises StepConflict (model.edits: who changed which plots and
        fields since the step; nothing written) unless every plot is as the step left it; with
        ``untouched_only``, undoes what nobody touched and leaves their changes."""
        return self.undo_stack.undo(self, untouched_only)

    def redo(self, untouched_only: bool = False):
        return self.undo_stack.redo(self, untouched_only)

    def apply(self, changes: Sequence[PlotChange], origin: str = "edit", untouched_only: bool = False) -> list:
        """Commit plot changes in one store transaction, then bring the project, the engine and
        the listeners up to date. Raises the store's DataError (nothing written) on refusal;
        ``untouched_only``: see GpkgStore.apply_changes."""
        try:
            results = self._open_store.apply_changes(list(changes), untouched_only=untouched_only)
        except StepConflict:
            self._catch_up_with_others()  # what the others changed, shown beside the refusal
            raise
        self._absorb(results, origin)
        if untouched_only:
            self._catch_up_with_others()  # the plots left to them
        return results

    def _catch_up_with_others(self) -> None:
        with contextlib.suppress(DataError):
            self.poll_external()

    def _absorb(self, results: Sequence, origin: str) -> None:
        changed = [r for r in results if r.changed]
        if not changed:
            return
        # plots added or taken out: the file's state after the commit decides
        touched = list(dict.fromkeys(r.plot_id for r in results if isinstance(r, (CreateResult, DeleteResult))))
        there = self._open_store.read_plots(touched) if touched else {}
        removed = [p for p in touched if self.row_of(p) is not None]
        added = {p: there[p] for p in touched if p in there}
        edits = [r for r in results if isinstance(r, EditResult) and r.changed]
        fields: set[str] = set()
        for r in changed:
            fields.update(r.changed)
        # a plot another program changed before this commit (an undo needs no version): its
        # whole row is read again, or the frame would keep the other program's fields stale
        behind = [r.plot_id for r in edits if self.version_of(r.plot_id) not in (None, r.version - 1)]
        fresh = self._open_store.read_plots(behind) if behind else {}
        updates = []
        for r in edits:
            if r.plot_id in fresh:
                update, others = self._update_from_file(r.plot_id, fresh[r.plot_id])
                fields.update(others)
                updates.append(update)
            else:
                updates.append((r.plot_id, {k: new for k, (_old, new) in r.changed.items()}, r.version, r.at, r.actor))
        self._commit_to_project(changed, fields, updates, removed, added, origin)

    def _update_from_file(self, plot_id: str, rec: dict):
        """A plot's row as the file holds it now, as an update of the frame ((plot_id, values,
        version, at, actor)), and the fields that differ from the frame."""
        row = self.row_of(plot_id)
        if row is None:
            raise KeyError(f"plot {plot_id!r} is not in the open project")
        old = self.plot_record(row)
        values = {k: v for k, v in rec.items() if k in old and k not in BOOKKEEPING and not same_value(old[k], v)}
        return (plot_id, values, rec["version"], rec["updated_at"] or "", rec["updated_by"] or ""), set(values)

    def _commit_to_project(self, changed, fields, updates, removed, added, origin) -> PlotsChanged:
        """Bring the project frame, the engine and the listeners up to date after a commit
        (``updates``: (plot_id, values, version, at, actor) of existing plots; ``removed``: ids
        taken out; ``added``: id -> the row the store holds now); returns the event sent."""
        zones: set[str] = set()
        structural = bool(removed or added)
        removed_rows: tuple[int, ...] = ()
        added_rows: tuple[int, ...] = ()
        if structural:
            removed_rows, added_rows = self._restructure(removed, added)
            if self.engine is not None:  # its rows follow the frame's: the same rows out, then in
                zones |= self.engine.remove_plots(removed)
                if added_rows:  # (a slice: a take from Arrow columns of many chunks joins them all first)
                    zones |= self.engine.add_plots(self._open_project.plots.iloc[added_rows[0]:added_rows[-1] + 1])
            # (a plot taken out and added again may keep its row: read it again too)
            self._changed_meanwhile(added, restructured=True)
        by_row = []
        for pid, values, version, at, actor in updates:
            row = self.row_of(pid)
            if row is not None:
                by_row.append((row, values, version, at, actor))
        zones |= self._update_rows(by_row)
        for r in changed:
            zone = getattr(r, "values", {}).get("zone_id") if not isinstance(r, EditResult) else None
            if zone:
                zones.add(str(zone))
        rows = {row for row, *_rest in by_row} | set(added_rows)
        event = PlotsChanged(
            plot_ids=tuple(r.plot_id for r in changed), rows=tuple(sorted(rows)),
            fields=frozenset(fields), zones=frozenset(zones), origin=origin, structural=structural,
            actors=tuple(sorted({r.actor for r in changed})), removed_rows=removed_rows, added_rows=added_rows)
        if structural:
            self.selection = _shifted(self.selection, removed_rows)
        self.plots_changed.emit(event)
        return event

    def _restructure(self, removed: Sequence[str], added: Mapping[str, dict]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Plots taken out of and added to the project frame (``added``: their rows as the store
        holds them; they go at the end), in its buffers' room (``model.room``: no copy of the
        million rows for a split or its undo). The caller does the same to the engine, whose
        arrays follow the frame's rows. Returns (rows removed, as they were; rows added)."""
        project = self._open_project
        gone = sorted({r for r in (self.row_of(p) for p in removed) if r is not None})
        plots = before = project.plots
        self._frame_edits += 1
        if gone:
            plots = frame_taken_out(self._frame_room, plots, gone)
        new_rows = list(added.values())
        if new_rows:
            extra = pd.DataFrame([{c: _frame_value(c, rec.get(c)) for c in plots.columns if c != "geometry"}
                                  for rec in new_rows])
            if "updated_at" in extra:
                extra["updated_at"] = pd.to_datetime(extra["updated_at"], utc=True, format="ISO8601")
            for c in extra.columns:
                with contextlib.suppress(TypeError, ValueError):
                    extra[c] = extra[c].astype(plots[c].dtype)
            extra = gpd.GeoDataFrame(extra, geometry=[rec["geometry"] for rec in new_rows], crs=plots.crs)
            plots = frame_extended(self._frame_room, plots, extra[plots.columns])
        project.plots = plots
        project.plot_rings = None  # the stream read from the file no longer fits the rows
        self.plot_ids.restructured(before, project.plots, gone, added.keys())
        start = len(project.plots) - len(new_rows)
        return tuple(gone), tuple(range(start, len(project.plots)))

    def _update_rows(self, updates) -> set[str]:
        """Plots' new values ((row, values, version, at, actor) each) into the project frame and
        the engine; returns the zones touched. The frame is written one column at a time for all
        rows at once; an Arrow-backed column through ``model.rows.with_cells`` (a cell write
        into one copies the whole column: 6-20 ms per column at 1M under load)."""
        if not updates:
            return set()
        plots = self._open_project.plots
        self._frame_edits += 1
        columns: dict[str, tuple[list, list]] = {}

        def put(name, row, value):
            if name in plots.columns:
                rows_, values_ = columns.setdefault(name, ([], []))
                rows_.append(row)
                values_.append(value)

        for row, values, version, at, actor in updates:
            for name, value in values.items():
                put(name, row, _frame_value(name, value))
            put("version", row, int(version))
            put("updated_at", row, pd.Timestamp(at) if at else None)
            put("updated_by", row, actor)
        for name, (rows_, values_) in columns.items():
            col = plots.columns.get_loc(name)
            if frame_cells_written(self._frame_room, plots, col, rows_, values_):
                continue  # (in its buffer with room: no copy of the column)
            new = with_cells(plots[name].array, rows_, values_) if name != "geometry" else None
            if new is not None:  # (an Arrow column: its buffers kept around the new cells)
                plots.isetitem(col, new)
                continue
            frame_column_owned(self._frame_room, plots, col)  # (not written under a snapshot's rows)
            if len(rows_) == 1:
                plots.iat[rows_[0], col] = values_[0]
            else:
                series = plots[name]
                plots.iloc[rows_, col] = pd.Series(values_, dtype=series.dtype if name != "geometry" else object)
        zones: set[str] = set()
        self._changed_meanwhile(self.plot_id(row) for row, *_rest in updates)  # (for the analyses under way)
        if self.engine is None:
            return zones
        for row, values, *_rest in updates:
            engine_values = {k: v for k, v in values.items() if k in ENGINE_FIELDS}
            if engine_values:
                zones |= set(self.engine.update_plot(self.plot_id(row), engine_values))
        return zones

    def import_features(self, path: str, layer: str, run=None, source_layer: str | None = None,
                        on_done=None, on_failed=None) -> None:
        """Import a file's features into ``layer`` (``session.importing``): read, checked and
        committed under this session's actor through ``run(fn, on_done, on_failed)`` (the
        task thread; at once without), then taken into the project with one event; no reopening.
        ``on_done(report)`` (the store's ImportReport) or ``on_failed(message)`` follow."""
        from sezmap.session.importing import take_import, write_import

        if self.store is None:
            raise ValueError("no project open to import into")
        location, actor = str(self.store.location), self.actor

        def done(imported) -> None:
            if self.store is not None and str(self.store.location) == location:
                take_import(self, imported)
            if on_done is not None:
                on_done(imported.report)

        def work():
            return write_import(location, path, layer, actor, source_layer)

        if run is None:
            done(work())
        else:
            run(work, done, on_failed)

    # --- changes made by others -----------------------------------------------------------

    def matches_file(self) -> bool:
        """Whether nothing wrote the file since the last look for others' changes (a stat; safe
        on a task thread): the open project is then the file as it is now. A store that cannot
        tell (a database): False."""
        since, mark = getattr(self.store, "unchanged_since", None), self._polled
        return since is not None and mark is not None and bool(since(mark)[0])

    def poll_external(self) -> PlotsChanged | None:
        """Pick up what another program (or the command line) committed to the file since the
        last look: the changed plots are read again and analysed; returns the event sent."""
        if self.store is None or self.project is None:
            return None
        since = getattr(self.store, "unchanged_since", None)  # (GpkgStore: a stat; other stores: always look)
        unchanged, self._polled = since(self._polled) if since is not None else (False, None)
        if unchanged:
            return None  # nothing wrote the file since the last look (a stat, not a connection)
        mark, entries = self.store.audit_tail(self._audit_mark)
        self._audit_mark = mark
        if not entries:
            return self._poll_unaudited()
        ids = list(dict.fromkeys(e.plot_id for e in entries))
        current = self.store.read_plots(ids)
        removed, added, stale = [], {}, {}
        for pid in ids:
            row = self.row_of(pid)
            if row is None and pid in current:
                added[pid] = current[pid]  # added elsewhere
            elif row is not None and pid not in current:
                removed.append(pid)  # taken out elsewhere
            elif row is not None and int(self.project.plots["version"].iat[row]) != int(current[pid]["version"]):
                stale[pid] = current[pid]
        if not (removed or added or stale):
            return None  # only what this session wrote itself
        updates, fields = [], set()
        for pid, rec in stale.items():
            update, differ = self._update_from_file(pid, rec)
            fields.update(differ)
            updates.append(update)
        news = [e for e in entries if e.plot_id in stale or e.plot_id in removed or e.plot_id in added]
        changed = [_External(pid, actor) for pid, actor in dict.fromkeys((e.plot_id, e.actor) for e in news)]
        if removed or added:
            fields.add("geometry")
        return self._commit_to_project(changed, fields, updates, removed, added, "external")

    def _poll_unaudited(self) -> PlotsChanged | None:
        """What another program changed without an audit row (a copy that lost its triggers:
        session.unaudited), picked up when the file changed since the last look."""
        now = unaudited.stamp(self._open_store.location)
        if now == self._file_stamp:
            return None
        self._file_stamp = now
        if not unaudited.unaudited_possible(self._open_store.missing_protections()):
            return None
        diff = unaudited.differences(self._open_project.plots, self._open_store.read_layer("plots"))
        if not diff:
            return None
        current = self._open_store.read_plots(diff.changed + diff.added)
        updates, fields = [], set()
        for pid in diff.changed:
            update, differ = self._update_from_file(pid, current[pid])
            fields.update(differ)
            updates.append(update)
        added = {pid: current[pid] for pid in diff.added if pid in current}
        if diff.removed or added:
            fields.add("geometry")
        changed = [_External(pid, OTHER_PROGRAM) for pid in [*diff.changed, *diff.removed, *added]]
        return self._commit_to_project(changed, fields, updates, diff.removed, added, "external")


def audit_mark_now(store):
    """The store's audit log's mark as it is now (``audit_tail`` from past any row: none read)."""
    return store.audit_tail(2**62)[0]


class _External:
    """What another program changed, as the session's event needs it (plot id and actor)."""

    changed = True

    def __init__(self, plot_id: str, actor: str):
        self.plot_id, self.actor = plot_id, actor


def _align_rows(engine, plots: pd.DataFrame) -> None:
    """Plots were added or taken out while ``engine`` was computed: its rows made those of
    ``plots`` again. Every change keeps the surviving rows in order and appends the added ones,
    so the frame starts with engine rows in their order; the rest of the frame is added."""
    theirs = pd.Index(engine.ids)
    pos = theirs.get_indexer(plots["plot_id"])
    out_of_step = (pos < 0) | (np.diff(pos, prepend=-1) <= 0)
    kept = int(np.argmax(out_of_step)) if out_of_step.any() else len(pos)
    gone = np.ones(len(theirs), dtype=bool)
    gone[pos[:kept]] = False
    engine.remove_plots(theirs[gone])
    engine.add_plots(plots.iloc[kept:])


def _shifted(rows: tuple[int, ...], removed: tuple[int, ...]) -> tuple[int, ...]:
    """Row positions after the rows ``removed`` (sorted) were taken out."""
    if not removed:
        return rows
    gone = np.asarray(removed)
    return tuple(int(r - np.searchsorted(gone, r)) for r in rows if r not in set(removed))


def _frame_value(name: str, value):
    if value is None:
        return None
    if name in DATE_FIELDS:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if name == "jobs_planned":
        return float(value)
    return value

