"""What the analysis engine holds, declared once for all its parts (no Qt).

The engine (``engine.py``) is made of parts, each a class in a module of its own that works on
this state: ``first_analysis.FirstAnalysis``, ``plot_edits.PlotEdits`` and
``zone_sums.ZoneSums``. ``AnalysisEngine.__init__`` gives every attribute its first value.

Per plot, one entry per row of the plots frame, in its order:

====================  ===============================================================
``geoms``, ``bounds``  the polygon (lon/lat) and its box (n x 4)
``zone``, ``status``   codes: position in ``zone_ids`` and in ``STATUSES`` (-1: none)
``deadline``           the contract deadline, days since 1970 (NaN: none)
``committed``,         investment, KZT (NaN: none)
``actual``
``idle``               idle as of ``as_of``
``area``, ``clipped``  m² in the zone's equal-area projection: the whole plot, and the
                       part inside its zone
``covered``            wholly inside its zone
``dirty``              overlaps another plot of its zone (``partners``)
====================  ===============================================================

Per zone (by code ``k``): ``members[k]`` its plots' rows (sorted), ``frames[k]`` its polygon
and projection, ``_clean_sums[k]`` and ``_clusters[k]`` its land-use state (``zone_sums``),
``_zone_bounds[k]`` its plots' boxes by column (for an edit's box test).
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from sezmap.analysis import landuse, network
from sezmap.analysis.figures import ZoneInfo
from sezmap.analysis.landuse import ZoneFrame
from sezmap.analysis.metrics import ZoneMetrics
from sezmap.analysis.plot_index import PlotIndex
from sezmap.model import coords
from sezmap.model.project import Project
from sezmap.model.room import Room

if TYPE_CHECKING:
    from sezmap.analysis.box_tree import BoxTree
    from sezmap.analysis.zone_sums import Clusters


class EngineState:
    """The engine's attributes and the methods its parts call on one another."""

    project: Project
    as_of: dt.date
    # zones
    zone_ids: list[str]
    _zone_code: dict[str, int]
    frames: list[ZoneFrame]
    _zone_info: list[ZoneInfo]
    _locks: list[threading.Lock]  # one per zone, for the first analysis's threads
    members: list[np.ndarray]
    _zone_bounds: dict[int, np.ndarray]
    _box_tree: BoxTree | None  # plot_edits: every plot's box, for many geometry changes at once
    _clean_sums: dict[int, np.ndarray]
    _clusters: dict[int, Clusters]
    _cluster_ids: itertools.count
    _editing: int  # the row being edited: its share is out of the sums meanwhile
    # plots
    _ids: pd.Series
    _plot_ids: np.ndarray | None
    _plot_index: PlotIndex | None
    _edits: bool  # the plot-id index is built during the first analysis (for edits)
    _cancelled: Callable[[], bool] | None  # the first analysis stops between its work units when it says so
    _room: Room  # the buffers with room behind the per-plot arrays (plot_edits.PER_PLOT)
    geoms: np.ndarray
    bounds: np.ndarray
    zone: np.ndarray
    status: np.ndarray
    deadline: np.ndarray
    committed: np.ndarray
    actual: np.ndarray
    idle: np.ndarray
    area: np.ndarray
    clipped: np.ndarray
    covered: np.ndarray
    dirty: np.ndarray
    partners: dict[int, set[int]]  # row -> rows whose interiors overlap it
    # the first analysis, while it runs
    _rings: coords.Rings | None
    _units_left: collections.Counter[int]
    _attributes: threading.Event
    # results
    metrics: dict[str, ZoneMetrics]
    _landuse: dict[str, landuse.Landuse]
    network: network.NetworkResult | None

    # --- what the parts call on one another (each defined in one part) ---------------------------

    def row(self, plot_id: str) -> int:  # engine
        raise NotImplementedError

    def _idle(self, idx: np.ndarray) -> np.ndarray:  # engine
        raise NotImplementedError

    def _analyse_zone(self, k: int, full: bool = False, stale=None) -> None:  # engine
        raise NotImplementedError

    def set_as_of(self, as_of) -> None:  # engine
        raise NotImplementedError

    def _zone_boxes(self, k: int) -> np.ndarray:  # plot_edits
        raise NotImplementedError

    def _count(self, rows, sign: float = 1.0) -> None:  # zone_sums
        raise NotImplementedError

    def _uncount(self, rows) -> None:  # zone_sums
        raise NotImplementedError

    def _set_dirty(self, p: int, flag: bool) -> None:  # zone_sums
        raise NotImplementedError

    def _renumber_clusters(self, new_row) -> None:  # zone_sums
        raise NotImplementedError

