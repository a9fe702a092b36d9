"""Opening a project, step by step, without Qt.

A project opens in named steps, each done on the task thread and reported by ``loaded``
(a ``LoadStep``) once the session has taken its result:

* ``whole``: a project of fewer than ``OUTLINE_MIN_PLOTS`` plots, read, checked and mapped;
* or ``outline`` (its zones, corridors and hubs, no plots: a few hundred rows, read at once;
  nothing to edit yet), ``plots map`` (the plots drawn from their coordinate stream as the
  file's geometry scan gives it, their statuses read with it: no GEOS, no pandas, not checked
  yet, as the outline; the session still holds the outline, so nothing is picked or edited
  yet; reported only for a file read so, ``store.layer_reads.BegunRead``) and then ``plots``
  (the whole project, checked; its map holds only what is not on the map already: nothing
  if the read matched and the outline read before is the project's);
* ``analysis``: the per-zone figures and the corridor network (``AnalysisEngine``).

Each step waits for the map of the one before to be drawn (``after_map``): the work that
follows wants the GIL too, and the map is what the user waits for. (Started right behind the
plots' read instead, the analysis filled the dashboard 0.5-1.8 s sooner at 1M plots but drew
the plots up to 0.9 s later and stalled the window 2-3x longer: docs/benchmarks.md.) The
plots' map is the exception: the rest of their read goes on at once (the attributes were
being read on their worker since the plots' step began). The
window only starts a load and listens; how work reaches the task thread is its ``run`` (one
small door: ``run(fn, on_done, on_failed)`` calls ``fn()`` on the task thread, then
``on_done(result)`` or ``on_failed(message)`` on the session's thread). What the map is made
of comes from the caller's ``maps`` (``render.project_map.ProjectMap``: whole, outline,
plots), also called on the task thread; the session only hands its result on.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Protocol

from sezmap.background import beside
from sezmap.model.project import Project
from sezmap.session.events import Signal
from sezmap.session.plot_ids import PlotIdIndex

OUTLINE_MIN_PLOTS = 50_000  # from here on a project opens in two steps (outline, then plots)
OUTLINE_LAYERS = ("zones", "corridors", "hubs")

Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], Any]


class MapMaker(Protocol):
    """What the map of each step is made by (on the task thread)."""

    def whole(self, project: Project) -> Any: ...

    def outline(self, project: Project) -> Any: ...

    def plots(self, project: Project, drawn: bool = False, shown: Project | None = None) -> Any: ...

    def stream(self, geoms, stream, statuses) -> Any: ...


@dataclass(frozen=True)
class LoadStep:
    """A step of opening a project, done. ``step``: whole, outline, plots map, plots or
    analysis; ``map``: what ``maps`` made for it (None for the analysis); ``engine``: the
    analysis; ``read``: the plots' read under way (``plots map``), which ``plots`` finishes."""

    step: str
    path: str
    project: Project
    map: Any = None
    engine: Any = None
    read: Any = None


@dataclass(frozen=True)
class LoadFailure:
    """A step that failed: ``message`` says why (in the words ``run`` gave)."""

    step: str
    path: str
    message: str


def plot_count(path: str) -> int:
    """The plots a project file says it holds (0 if it cannot say: the whole load says why)."""
    import pyogrio

    from sezmap.store import file_guard
    from sezmap.store.postgis.connection import is_postgis_location

    if is_postgis_location(path):
        return _database_plot_count(path)
    try:
        with file_guard.using(path, file_guard.GDAL):  # never while this process's sqlite3 holds the file
            return int(pyogrio.read_info(path, layer="plots")["features"])
    except Exception:  # noqa: BLE001 - not a project: the whole load says why
        return 0


def _database_plot_count(location: str) -> int:
    """The plots a database holds, by the planner's estimate (pg_class.reltuples; counted when
    the table was never analysed); 0 if it cannot say: the whole load says why."""
    from sezmap.model.problems import DataError
    from sezmap.store.postgis.store import PostgisStore

    try:
        store = PostgisStore(location)
        estimate = store.rows("SELECT reltuples FROM pg_class WHERE oid = 'sezmap.plots'::regclass")[0][0]
        if estimate is None or estimate < 0:
            return int(store.rows("SELECT count(*) FROM sezmap.plots")[0][0])
        return int(estimate)
    except DataError:
        return 0


def read_outline(path: str) -> Project:
    """The project with its zones, corridors and hubs but no plots (the plots' columns, no
    rows). Not validated: the whole project is, when it comes."""
    from sezmap.model import schema
    from sezmap.model.problems import DataError
    from sezmap.store import open_store
    from sezmap.store.gpkg import with_extension_fields

    store = open_store(path)
    problems = store.schema_problems()
    if problems:
        raise DataError(problems)
    frames = {name: with_extension_fields(store.read_layer(name), schema.FEATURE_LAYERS[name])
              for name in OUTLINE_LAYERS}
    frames["plots"] = with_extension_fields(store.read_layer("plots", where="1 = 0"), schema.FEATURE_LAYERS["plots"])
    return Project(**frames, meta=store.meta(), location=store.location)


def read_project(path: str) -> Project:
    """The whole project, validated."""
    from sezmap.store import open_store

    return open_store(path).load()


def first_step(path: str, maps: MapMaker, whole: bool = False) -> LoadStep:
    """The first step of opening ``path``: ``whole`` for a small project (or when asked),
    else ``outline``."""
    if whole or plot_count(path) < OUTLINE_MIN_PLOTS:
        project = read_project(path)
        return LoadStep("whole", path, project, maps.whole(project))
    project = read_outline(path)
    return LoadStep("outline", path, project, maps.outline(project))


def plots_map_step(path: str, maps: MapMaker, outline: Project) -> LoadStep:
    """The plots' map from their coordinate stream, their read begun
    (``store.project_reads.begin_plots``: the attributes on a worker meanwhile); ``outline``:
    the project shown. Its ``map`` is None
    where the plots are not read so (a database, a layer too small for two scans): the plots
    step then reads them whole."""
    from sezmap.store import open_store, project_reads
    from sezmap.store.gpkg import GpkgStore

    store = open_store(path)
    begun = project_reads.begin_plots(store) if isinstance(store, GpkgStore) else None
    if begun is None:
        return LoadStep("plots map", path, outline)
    try:
        scan = begun.scan
        scene = maps.stream(scan.decoded.geoms, scan.decoded.stream, scan.columns["status"].to_pandas())
    except BaseException:
        begun.abandon()
        raise
    return LoadStep("plots map", path, outline, scene, read=begun)


def plots_step(path: str, maps: MapMaker, drawn: LoadStep | None = None) -> LoadStep:
    """The whole project, validated, and its layers' map; ``drawn``: the plots map step, whose
    read is finished here and whose plots' layer is kept if the read matched."""
    from sezmap.store import project_reads
    from sezmap.store.gpkg import GpkgStore

    begun = drawn.read if drawn is not None else None
    if begun is None:
        project = read_project(path)
        return LoadStep("plots", path, project, maps.plots(project))
    project = project_reads.load(GpkgStore(path), begun=begun)
    if not begun.used or drawn is None:
        return LoadStep("plots", path, project, maps.plots(project))
    return LoadStep("plots", path, project, maps.plots(project, drawn=True, shown=drawn.project))


def analyse(project: Project, before: Prepared | None = None, cancelled: Callable[[], bool] | None = None):
    """The analysis of ``project`` (its import too, if ``prepare_analysis`` did not come first);
    ``before``: what ``prepare_analysis`` made of its outline (used if the outline is the
    project's); ``cancelled()``: True once it is not wanted (it then raises
    ``plot_distances.Cancelled`` between its work units)."""
    from sezmap.analysis.engine import AnalysisEngine

    values = before.logistics if before is not None and before.outline.same_outline(project) else None
    return AnalysisEngine(project, logistics_values=values, cancelled=cancelled)


@dataclass(frozen=True)
class Prepared:
    """What the analysis needs of a project's outline alone (``prepare_analysis``)."""

    outline: Project
    logistics: Any


def prepare_analysis(outline: Project) -> Prepared:
    """The analysis engine's modules imported and the zones'
    logistics (nearest corridor, hubs, crossings; the network's distances: ~0.4 s, from the
    zones, corridors and hubs alone), on a thread of its own (``beside``) while the outline's map
    is drawn and the plots are read: the analysis that follows the plots need not do them."""
    from sezmap.analysis.engine import logistics_of

    return Prepared(outline, logistics_of(outline))


def prepared(preparing: Future | None) -> Prepared | None:
    """What ``prepare_analysis`` made, waited for; None if there is none or it failed (the
    analysis then does it itself)."""
    if preparing is None:
        return None
    try:
        return preparing.result()
    except Exception:  # noqa: BLE001 - the analysis makes the logistics itself and says what fails
        return None


class ProjectLoader:
    """Opens projects into a ``ProjectSession`` step by step; a newer ``open`` (or ``cancel``)
    drops the steps of the one before. ``after_map(fn)``: call ``fn`` once the map now due is
    drawn (by default at once)."""

    def __init__(self, session, run: Run, after_map: Callable[[Callable[[], Any]], None] | None = None):
        self.session = session
        self.run = run
        self.after_map = after_map or (lambda fn: fn())
        self.path: str | None = None  # the project being opened or open
        self._job: object | None = None  # the latest open (an older one's steps are dropped)
        self._preparing: Future | None = None  # (a Prepared) for the analysis, made of the outline shown
        # events
        self.started = Signal()  # (step name, path): "project" (whole or outline), plots, analysis
        self.loaded = Signal()  # (LoadStep), once the session has taken it
        self.failed = Signal()  # (LoadFailure)

    def open(self, path: str, maps: MapMaker, run: Run | None = None) -> None:
        """Open ``path``: its first step now, the others after (``run``: this open's door to the
        task thread, e.g. one that waits; such an open comes whole, in one step)."""
        path = str(path)
        self._job = job = object()
        self._preparing = None
        run_ = run or self.run
        self.started.emit("project", path)
        run_(lambda: first_step(path, maps, whole=run is not None),
             lambda step: self._first_done(job, step, maps, waited=run is not None),
             lambda message: self._failed(job, "project", path, message))

    def cancel(self) -> None:
        """Drop what is still to come of the open under way."""
        self._job = None

    def current(self, job: object) -> bool:
        return job is not None and job is self._job

    def _first_done(self, job, step: LoadStep, maps: MapMaker, waited: bool) -> None:
        if not self.current(job):
            return  # another project was opened meanwhile
        self._take(step)
        if step.step == "outline":  # the plots' load waits for the outline's map (both want the GIL)
            # the analysis prepared (its import, the logistics) on a thread of its own: on the
            # task thread it held up the plots' read behind it by 0.4-0.7 s when the outline was
            # drawn sooner; the analysis waits for it if need be
            self._preparing = beside(lambda: prepare_analysis(step.project), "sezmap-prepare")
            self.after_map(lambda: self._load_plots(job, step.path, maps))
        elif waited:
            self.analyse()
        else:
            self._analyse_after_map(job)

    def _load_plots(self, job, path: str, maps: MapMaker) -> None:
        if not self.current(job):
            return
        self.started.emit("plots", path)
        outline = self.session.project
        self.run(lambda: plots_map_step(path, maps, outline), lambda step: self._plots_drawn(job, step, maps),
                 lambda message: self._plots_failed(job, path, message))

    def _plots_drawn(self, job, step: LoadStep, maps: MapMaker) -> None:
        """The plots' map made: shown (the session keeps the outline), and the rest of their
        read finished on the task thread at once."""
        if not self.current(job) or self.session.project is not step.project:
            if step.read is not None:
                step.read.abandon()
            return
        if step.map is not None:
            self.loaded.emit(step)
        drawn = step.map.layer("plots") if step.map is not None else None
        self.run(lambda: plots_step(step.path, maps, step), lambda done: self._plots_done(job, done, drawn),
                 lambda message: self._plots_failed(job, step.path, message))

    def _plots_done(self, job, step: LoadStep, drawn=None) -> None:
        """The project in; its analysis next: at once if its plots are on the map already
        (``drawn``, and the step's map has no plots' layer: they stay as drawn), else once
        their map is drawn."""
        if self.current(job) and self.session.project is not None:
            self._take(step)  # (first: the analysis seats the frame the session holds then)
            if drawn is not None and step.map is not None and step.map.layer("plots") is None:
                self.analyse()
            else:
                self._analyse_after_map(job)

    def _plots_failed(self, job, path: str, message: str) -> None:
        """The whole project did not load after its outline was shown: nothing stays open."""
        if not self.current(job):
            return
        self.path = None
        self.session.set_project(None, None)
        self._failed(job, "plots", path, message)

    def _take(self, step: LoadStep) -> None:
        """The session takes a step's project: the outline without its store (no undo stack,
        no edits while the plots load), the plots keeping what the outline's session had."""
        from sezmap.store import open_store

        store = open_store(step.path) if step.step != "outline" else None
        self.path = step.path
        self.session.set_project(store, step.project, keep_undo=step.step == "plots")
        self.loaded.emit(step)

    def _analyse_after_map(self, job) -> None:
        project = self.session.project

        def analyse_if_still_open() -> None:
            if self.current(job) and project is self.session.project:
                self.analyse()

        self.after_map(analyse_if_still_open)

    def analyse(self, run: Run | None = None) -> None:
        """The analysis of the open project, on the task thread (or through ``run``); the
        session takes it if that project is still open (``set_engine`` applies to it what was
        edited, added or taken out meanwhile)."""
        project, path, preparing = self.session.project, self.path or "", self._preparing
        if project is None:
            return
        self.started.emit("analysis", path)
        seat = self.session.frame_seat()  # (the frame's rows given room, for the first split)
        since = self.session.analysis_begins()  # what is edited while it runs, for its engine

        job = self._job

        def dropped() -> bool:
            """Another project being opened (its first step queued behind this on the task
            thread), or this one closed: its figures are not wanted."""
            return job is not self._job or project is not self.session.project

        def work():
            # the ids in use too, each zone's id pattern and the numbers in use after it, for
            # the first split or drawn plot (Arrow passes over the ids, 0.4-0.7 s at 1M plots:
            # here, not on the UI thread at the first split; done after the hand-over they
            # made the window's first clicks slower instead), with the frame's rows given room,
            # on a thread of their own; the session takes them once made, after the figures,
            # which no longer wait for them (``take_seat`` and ``adopt`` check that they still fit)
            from sezmap.analysis.plot_distances import Cancelled

            made = beside(lambda: (PlotIdIndex().prepare(project.plots), seat.made()), "sezmap-ids")
            try:
                # given up between its work units once dropped: at 1M plots it held the task
                # thread, and so the next project's open, for up to its whole ~2 s
                return analyse(project, prepared(preparing), cancelled=dropped), made
            except Cancelled:
                return None, made

        def done(result) -> None:
            engine, made = result
            if engine is not None and project is self.session.project:
                self.session.set_engine(engine, since)
                self.loaded.emit(LoadStep("analysis", path, project, engine=engine))
            else:
                self.session.analysis_dropped(since)
            run_(made.result, took_beside, lambda _message: None)  # (without them: made when needed)

        def took_beside(ids_and_seat) -> None:
            ids, seated = ids_and_seat
            if project is self.session.project:
                self.session.plot_ids.adopt(ids, project.plots)
                self.session.take_seat(seated)

        def failed(message: str) -> None:
            self.session.analysis_dropped(since)
            self.failed.emit(LoadFailure("analysis", path, message))

        run_ = run or self.run
        run_(work, done, failed)

    def _failed(self, job, step: str, path: str, message: str) -> None:
        if self.current(job):
            self.failed.emit(LoadFailure(step, path, message))
