"""The idle plots a review lists (oldest contract deadline first) and their areas, without Qt
(``sezmap.ui.idle_review`` shows them).

Columnar, so that the 257k idle plots of a million-plot project are listed in tens of
milliseconds: the engine's arrays (idle flags, zones, deadlines, equal-area areas) and one
Arrow sort, no Python object per plot.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.analysis import geodesy
from sezmap.session.plot_table import arrow_slice


def idle_rows(engine, project, zone_id: str | None = None) -> np.ndarray:
    """Positions in ``project.plots`` of the engine's idle plots (of ``zone_id``, or of every
    zone), oldest contract deadline first (then by plot id; no deadline last)."""
    if engine is None or project is None:
        return np.zeros(0, np.int64)
    mask = np.asarray(engine.idle, dtype=bool).copy()
    if zone_id is not None:
        if zone_id not in engine.zone_ids:
            return np.zeros(0, np.int64)
        mask &= np.asarray(engine.zone) == engine.zone_ids.index(zone_id)
    rows = np.flatnonzero(mask).astype(np.int64)
    if len(rows) < 2:
        return rows
    deadline = np.asarray(engine.deadline, dtype=float)[rows]  # days since 1970, NaN: none
    keys = pa.table({"deadline": np.where(np.isnan(deadline), np.inf, deadline),
                     "plot_id": pc.cast(arrow_slice(project.plots["plot_id"], rows), pa.string())})
    order = pc.sort_indices(keys, sort_keys=[("deadline", "ascending"), ("plot_id", "ascending")])
    return rows[order.to_numpy()]


def idle_hectares(engine, rows: np.ndarray) -> np.ndarray:
    """The areas of plots (engine rows) in hectares: the analysis's equal-area areas (each zone's
    cylindrical equal-area projection on the WGS84 ellipsoid; agrees with pyproj.Geod to ~1e-6
    on plots), taken, not computed again (a Geod call per plot took ~20 s for the 257k idle
    plots of the 1M-plot benchmark project)."""
    rows = np.asarray(rows, np.int64)
    if not len(rows):
        return np.zeros(0)
    return np.asarray(engine.area, dtype=float)[rows] / geodesy.M2_PER_HA
