"""The site search of the open project, without Qt: the query, the index and the results.

``SiteSearch(session, run)`` follows the session. The ``SiteIndex`` (the vacant plots' areas,
distances and adjacency: tens of seconds on a million plots) is read from the disk cache
``sezmap sites`` keeps (``analysis.sites_cache.index_for``: only while the session's project is
the file as it is now), else built once and saved there, on the task thread
(``run(fn, on_done, on_failed, on_cancelled)``: ``fn(cancelled, progress)`` there, then
``on_done`` or ``on_failed`` on the session's thread, ``on_cancelled()`` if the window's Cancel
gave it up; the ``SiteIndex`` looks at ``cancelled()`` and reports ``progress(done, total)``
zone by zone), and kept; each search then only ranks (under a second at 1M). What makes it wrong:

* another project, or zones, corridors or hubs imported: the index and the results go;
* an edit of the status, geometry, zone or id of a plot that was or is vacant: the index goes,
  the results stay on the map marked ``stale`` (the next search builds the index again);
  added or removed plots move the rows the results point at: the results go too;
* any other edit (a tenant, a status change between two non-vacant statuses) leaves both.

Events: ``changed`` (state: building, message), ``results_changed`` (the results, or None),
``selected_changed`` (a result's position, or None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np

from sezmap.analysis import sites_cache
from sezmap.analysis.site_results import SiteResults
from sezmap.analysis.sites import SiteIndex, SiteQuery
from sezmap.session.events import PlotsChanged, Signal

INDEXED_FIELDS = frozenset({"status", "geometry", "zone_id", "plot_id"})

Run = Callable[..., Any]  # run(fn, on_done, on_failed, on_cancelled) -> a handle with cancel()


class SiteSearch:
    def __init__(self, session, run: Run):
        self.session = session
        self.run = run
        self.index: SiteIndex | None = None
        self.from_cache = False  # the index was read from the disk cache, not built
        self.query: SiteQuery | None = None  # of the results shown (or being searched)
        self.results: SiteResults | None = None
        self.as_of: dt.date | None = None
        self.selected: int | None = None
        self.stale = False  # the plots changed since the results were found
        self.error = ""  # why the last search failed
        self._task: Any = None  # the index being built
        self._generation = 0  # of the index asked for last (an older one arriving is dropped)
        self.changed = Signal()  # (self)
        self.results_changed = Signal()  # (results or None)
        self.selected_changed = Signal()  # (position or None)
        session.project_changed.connect(self._project_changed)
        session.layers_changed.connect(self._layers_changed)
        session.plots_changed.connect(self._plots_changed)

    @property
    def building(self) -> bool:
        return self._task is not None

    # --- searching ------------------------------------------------------------------------------

    def search(self, query: SiteQuery, as_of: dt.date | None = None) -> None:
        """Rank the sites for ``query`` (building the index first when there is none)."""
        bad = query.problems()
        if bad:
            raise ValueError("; ".join(bad))
        project = self.session.project
        if project is None:
            return
        engine = self.session.engine
        self.query, self.error = query, ""
        self.as_of = as_of or (engine.as_of if engine is not None else dt.date.today())
        if self.index is not None and self.index.project is project:
            self._rank()
            return
        if self._task is None:
            self._build(project)
        self.changed.emit(self)

    def _build(self, project) -> None:
        self._generation += 1
        generation = self._generation

        def done(found: sites_cache.FoundIndex) -> None:
            if generation != self._generation:
                return
            self._task = None
            self.index, self.from_cache = found.index, found.from_cache
            if self.query is not None:
                self._rank()
            else:
                self.changed.emit(self)

        def failed(message: str) -> None:
            if generation != self._generation:
                return
            self._task, self.error = None, message
            self.changed.emit(self)

        store, in_step = self.session.store, self.session.matches_file  # project == file now (asked on the task thread)
        def work(cancelled, progress):
            return sites_cache.index_for(store, project, in_step, cancelled, progress)

        self.session.hold_plots(work)  # (edits meanwhile copy the frame)
        self._task = self.run(work, done, failed, self._cancelled)

    def _rank(self) -> None:
        assert self.index is not None and self.query is not None
        self._set_results(self.index.rank(self.query, self.as_of))
        self.changed.emit(self)

    def cancel(self) -> None:
        """Stop building the index (the query waits for the next Search)."""
        if self._task is not None:
            self._task.cancel()
        self._cancelled()

    def _cancelled(self) -> None:
        """The index's build was given up (here, or by the window's Cancel)."""
        if self._task is None:
            return
        self._generation += 1
        self._task = None
        self.changed.emit(self)

    def select(self, position: int | None) -> None:
        if self.results is None or position is None or not 0 <= position < len(self.results):
            position = None
        if position != self.selected:
            self.selected = position
            self.selected_changed.emit(position)

    def selected_rows(self) -> np.ndarray:
        """The plots (project rows) of the selected result."""
        if self.results is None or self.selected is None:
            return np.zeros(0, np.int64)
        return self.results.plot_rows(self.selected)

    def _set_results(self, results: SiteResults | None) -> None:
        self.results, self.selected, self.stale = results, None, False
        self.results_changed.emit(results)
        self.selected_changed.emit(None)

    # --- what makes it wrong --------------------------------------------------------------------

    def forget(self, results: bool = True) -> None:
        """Drop the index (a build under way is given up) and, with ``results``, the results."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1
        self.index, self.from_cache = None, False
        if results and self.results is not None:
            self._set_results(None)
        elif self.results is not None:
            self.stale = True
        self.changed.emit(self)

    def _project_changed(self, _session) -> None:
        self.query, self.error = None, ""
        self.forget()

    def _layers_changed(self, _event) -> None:
        self.forget()

    def _plots_changed(self, event: PlotsChanged) -> None:
        if event.structural:
            self.forget()
        elif self.index is not None or self._task is not None:
            if self._touches_vacant(event):
                self.forget(results=False)
        elif self.results is not None and event.fields & INDEXED_FIELDS:
            self.stale = True
            self.changed.emit(self)

    def _touches_vacant(self, event: PlotsChanged) -> bool:
        if not event.fields & INDEXED_FIELDS:
            return False
        if self.index is None:
            return True
        rows = np.asarray(event.rows, np.int64)
        plots = self.session.project.plots
        now_vacant = (plots["status"].to_numpy(dtype=object)[rows] == "vacant").any() if len(rows) else False
        return bool(now_vacant or np.isin(rows, self.index.rows).any())
