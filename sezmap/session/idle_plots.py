"""The idle plots a review lists (oldest contract deadline first) and their areas, without Qt
(``sezmap.ui.idle_review`` shows them).

Columnar, so that the 257k idle plots of a million-plot project cost no Python object each: the
engine's arrays (idle flags, zones, deadlines, equal-area areas) are read on the caller's thread
in milliseconds (``idle_request``), and the plot ids are taken and sorted with Arrow
(``IdleRequest.ordered``), which may run on a worker thread (Arrow releases the GIL; the ids
are a pandas column captured at the request, which an edit meanwhile does not change).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.analysis import geodesy
from sezmap.session.plot_table import arrow_slice

ASYNC_ROWS = 20_000  # from this many idle plots on, the list is ordered off the UI thread


@dataclass(frozen=True)
class IdleList:
    """The idle plots listed, in order: project rows, plot ids (Arrow), hectares."""

    rows: np.ndarray
    ids: pa.Array
    hectares: np.ndarray


@dataclass(frozen=True)
class IdleRequest:
    """What ordering the idle list needs, read from the engine (rows in project order)."""

    rows: np.ndarray
    deadline: np.ndarray  # days since 1970; inf: none
    hectares: np.ndarray
    plot_ids: pd.Series | None

    @property
    def big(self) -> bool:
        return len(self.rows) >= ASYNC_ROWS

    def ordered(self) -> IdleList:
        """Oldest contract deadline first, then by plot id (from any thread)."""
        if self.plot_ids is None or not len(self.rows):
            return IdleList(self.rows, pa.array([], pa.string()), self.hectares)
        ids = pc.cast(arrow_slice(self.plot_ids, self.rows), pa.string())
        order = pc.sort_indices(pa.table({"deadline": self.deadline, "plot_id": ids}),
                                sort_keys=[("deadline", "ascending"), ("plot_id", "ascending")])
        return IdleList(self.rows[order.to_numpy()], ids.take(order), self.hectares[order.to_numpy()])


def idle_request(engine, project, zone_id: str | None = None) -> IdleRequest:
    """The engine's idle plots (of ``zone_id``, or of every zone), not yet ordered."""
    none = IdleRequest(np.zeros(0, np.int64), np.zeros(0), np.zeros(0), None)
    if engine is None or project is None:
        return none
    mask = np.asarray(engine.idle, dtype=bool).copy()
    if zone_id is not None:
        if zone_id not in engine.zone_ids:
            return none
        mask &= np.asarray(engine.zone) == engine.zone_ids.index(zone_id)
    rows = np.flatnonzero(mask).astype(np.int64)
    deadline = np.asarray(engine.deadline, dtype=float)[rows]  # days since 1970, NaN: none
    return IdleRequest(rows, np.where(np.isnan(deadline), np.inf, deadline), idle_hectares(engine, rows),
                       project.plots["plot_id"])


def idle_rows(engine, project, zone_id: str | None = None) -> np.ndarray:
    """Positions in ``project.plots`` of the engine's idle plots (of ``zone_id``, or of every
    zone), oldest contract deadline first (then by plot id; no deadline last)."""
    return idle_request(engine, project, zone_id).ordered().rows


def idle_hectares(engine, rows: np.ndarray) -> np.ndarray:
    """The areas of plots (engine rows) in hectares: the analysis's equal-area areas (each zone's
    cylindrical equal-area projection on the WGS84 ellipsoid; agrees with pyproj.Geod to ~1e-6
    on plots), taken, not computed again (a Geod call per plot took ~20 s for the 257k idle
    plots of the 1M-plot benchmark project)."""
    rows = np.asarray(rows, np.int64)
    if not len(rows):
        return np.zeros(0)
    return np.asarray(engine.area, dtype=float)[rows] / geodesy.M2_PER_HA


class ZoneIdleRows:
    """The idle plots of one zone (project rows, ascending), as the dashboard lists them: read
    from the engine once (the zone's members, not every plot), then kept in step with attribute
    edits by looking at the edited rows only (an Apply at 1M plots read 1M zone codes)."""

    def __init__(self) -> None:
        self.rows = np.zeros(0, np.int64)
        self._key: tuple | None = None  # (engine, zone code, plots) the rows were read for

    def of(self, engine, zone_id: str, edited=None) -> np.ndarray:
        """The zone's idle rows; ``edited``: the rows an attribute edit changed since the last
        call for the same engine and zone (None: read them all again)."""
        k = engine.zone_ids.index(zone_id)
        key = (id(engine), k, len(engine.idle))
        if edited is None or key != self._key:
            members = getattr(engine, "members", None)
            if members is not None and k < len(members):
                rows = np.asarray(members[k], np.int64)
                self.rows = rows[np.asarray(engine.idle)[rows]]
            else:
                self.rows = np.flatnonzero((np.asarray(engine.zone) == k) & np.asarray(engine.idle)).astype(np.int64)
        else:
            edited = np.unique(np.asarray(list(edited), np.int64))
            edited = edited[(edited >= 0) & (edited < len(engine.idle))]
            now = (np.asarray(engine.zone)[edited] == k) & np.asarray(engine.idle)[edited]
            rows = self.rows  # sorted: the edited rows found by binary search, not a pass
            at = np.searchsorted(rows, edited)
            there = at < len(rows)
            there[there] = rows[at[there]] == edited[there]
            rows = np.delete(rows, at[there])
            add = edited[now]
            self.rows = np.insert(rows, np.searchsorted(rows, add), add)
        self._key = key
        return self.rows
