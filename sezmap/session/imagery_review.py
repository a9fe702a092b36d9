"""The imagery check in the app, without Qt: what is checked, the run, and the review's state.

``request_for`` takes what the run needs from the session on the UI thread (a copy of the plots'
ids, zones, statuses and geometries of the zone checked, and the display CRS for the raster
overlay): ``run`` then works on that copy on the task thread and never sees the window's project
or engine. It calls ``sezmap.analysis.imagery.check`` in this process (one worker: forking a
process that runs Qt and a render thread is not safe), which reports each tile done, so that the
dialog shows progress and Cancel stops the run between strips of raster rows.

``ImageryReview`` holds the last result and the flags shown; it follows the session: a status
edited re-flags that plot with the figures it had (a plot corrected to vacant is no longer
``looks_unbuilt``), plots taken out leave the list, another project clears it. Listeners hear
``changed`` after each of these.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sezmap.analysis import imagery
from sezmap.analysis.imagery import FLAGS, PlotCheck, RasterSpec, ZonalStats
from sezmap.session.events import Signal

FLAGGED = ("looks_unbuilt", "looks_built")  # the flags that say the reported status is doubtful
COLUMNS = ("plot_id", "zone_id", "status", "geometry")  # what the run reads of the plots


class Cancelled(Exception):
    """The user cancelled the run (raised between strips of raster rows)."""


@dataclass(frozen=True)
class ImageryRequest:
    """What a run checks: the raster and how to read it, the zone (None: all), a copy of the
    plots it checks, the day of the check, and what makes the raster's overlay for the map after
    the check, on the run's thread (given by the window, which knows how the map draws: an RGBA
    array and its bounds; None: no overlay). The session does not draw."""

    spec: RasterSpec
    zone_id: str | None
    plots: Any  # a GeoDataFrame of COLUMNS, the run's own copy
    checked_on: str  # ISO date
    overlay: Callable[[], tuple] | None = None


@dataclass(frozen=True)
class ImageryResult:
    """A finished run: each plot's figures and flag (as checked), and the warped raster for the
    map (``overlay``: an RGBA array and its bounds in the display CRS; None when not asked)."""

    spec: RasterSpec
    zone_id: str | None
    checked_on: str
    checks: tuple[PlotCheck, ...]
    overlay: tuple | None = None


@dataclass(frozen=True)
class ReasonFigures:
    """What a reason for editing a flagged plot says: the day, the flag and its figures."""

    checked_on: str
    flag: str
    built_percent: float | None
    threshold_percent: float
    raster_name: str


def request_for(project, spec: RasterSpec, zone_id: str | None, checked_on: str,
                overlay: Callable[[], tuple] | None = None) -> ImageryRequest:
    """The plots of ``zone_id`` (all when None) copied for a run (on the thread that owns the project)."""
    plots = project.plots
    if zone_id is not None:
        plots = plots[plots["zone_id"].astype(str) == str(zone_id)]
    return ImageryRequest(spec, zone_id, plots[list(COLUMNS)].copy(), checked_on, overlay)


@dataclass(frozen=True)
class _Plots:
    plots: Any


def run(request: ImageryRequest, cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] | None = None) -> ImageryResult | None:
    """Check the request's plots against its raster (any thread); None when cancelled."""
    def tick(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        if progress is not None:
            progress(done, total)

    try:
        checks = imagery.check(_Plots(request.plots), request.spec, None, workers=1, progress=tick)
        overlay = None
        if request.overlay is not None:
            tick(1, 1)
            overlay = request.overlay()
    except Cancelled:
        return None
    return ImageryResult(request.spec, request.zone_id, request.checked_on, tuple(checks), overlay)


def reflag(check: PlotCheck, status: str | None, threshold: float) -> PlotCheck:
    """The check of a plot whose status is now ``status``: the same figures, flagged again."""
    stats = ZonalStats(np.array([np.nan if check.mean is None else check.mean]),
                       np.array([np.nan if check.built_fraction is None else check.built_fraction]),
                       np.array([check.covered_share]))
    flag = str(imagery.flags(np.array([status], dtype=object), stats, threshold)[0])
    return dataclasses.replace(check, status=status, flag=flag)


@dataclass
class ImageryReview:
    """The last check and what the review list shows of it; follows ``session`` when given."""

    session: Any = None  # a ProjectSession (project_changed, plots_changed, row_of)
    result: ImageryResult | None = None
    shown: tuple[str, ...] = FLAGGED  # the flags listed
    checks: list[PlotCheck] = field(default_factory=list)  # as now (statuses edited since re-flagged)
    changed: Signal = field(default_factory=Signal)

    def __post_init__(self) -> None:
        if self.session is not None:
            self.session.project_changed.connect(lambda _session: self.clear())
            self.session.plots_changed.connect(self.plots_changed)

    # --- the result -----------------------------------------------------------------------------

    def set_result(self, result: ImageryResult) -> None:
        self.result = result
        self.checks = list(result.checks)
        self.changed.emit()

    def clear(self) -> None:
        if self.result is None and not self.checks:
            return
        self.result, self.checks = None, []
        self.changed.emit()

    def set_shown(self, flags) -> None:
        """List the plots with these flags (any of ``FLAGS``)."""
        shown = tuple(f for f in FLAGS if f in set(flags))
        if shown != self.shown:
            self.shown = shown
            self.changed.emit()

    # --- what is shown --------------------------------------------------------------------------

    def listed(self) -> list[PlotCheck]:
        """The checks with a flag shown, in the order checked."""
        return [c for c in self.checks if c.flag in self.shown]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(FLAGS, 0)
        for c in self.checks:
            out[c.flag] += 1
        return out

    def flagged(self) -> dict[str, str]:
        """Plot id -> flag of the plots whose status the imagery contradicts (the map outlines them)."""
        return {c.plot_id: c.flag for c in self.checks if c.flag in FLAGGED}

    def check_of(self, plot_id: str) -> PlotCheck | None:
        return next((c for c in self.checks if c.plot_id == plot_id), None)

    def reason(self, plot_id: str) -> ReasonFigures | None:
        """The figures a reason for editing this plot gives (None: not checked)."""
        check, result = self.check_of(plot_id), self.result
        if check is None or result is None:
            return None
        built = None if check.built_fraction is None else 100 * check.built_fraction
        return ReasonFigures(result.checked_on, check.flag, built, 100 * result.spec.threshold,
                             os.path.basename(result.spec.path))

    # --- following the session ------------------------------------------------------------------

    def plots_changed(self, event) -> None:
        """Statuses edited: those plots flagged again; plots taken out: gone from the list."""
        if not self.checks or self.result is None:
            return
        project = getattr(self.session, "project", None)
        if project is None:
            return
        touched = set(event.plot_ids)
        if event.structural:
            present = set(project.plots["plot_id"].astype(str))
            touched |= {c.plot_id for c in self.checks if c.plot_id not in present}
        if "status" not in event.fields and not event.structural:
            return
        if not touched & {c.plot_id for c in self.checks}:
            return
        threshold = self.result.spec.threshold
        checks = []
        for c in self.checks:
            if c.plot_id not in touched:
                checks.append(c)
                continue
            row = self.session.row_of(c.plot_id)
            if row is None:
                continue  # taken out (merged, split, deleted)
            status = project.plots["status"].iloc[row]
            checks.append(reflag(c, None if status is None else str(status), threshold))
        self.checks = checks
        self.changed.emit()
