"""A zone's figures from its land-use sums (no Qt): what the dashboard, the report and the
exports read (``ZoneMetrics``).

The engine keeps, per zone, the clean plots' sums (by status and share, see ``zone_sums``) and
the overlapping plots' part; this module adds them up and turns areas into ratios and hectares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from sezmap.analysis import geodesy
from sezmap.analysis.landuse import DirtyPart, Landuse, ZoneFrame
from sezmap.analysis.metrics import ZoneMetrics
from sezmap.model.statuses import STATUSES

HA = geodesy.M2_PER_HA


@dataclass(frozen=True)
class ZoneInfo:
    """What the zones layer says of a zone beyond its polygon."""

    name_en: str | None
    official_area_ha: float | None


@dataclass(frozen=True, eq=False)
class EngineFigures:
    """What the exports read of an analysis, as it was when taken (``AnalysisEngine.figures``):
    the engine's later edits change their own copies, never these, so an export on another
    thread reads one moment's figures while the user goes on editing."""

    as_of: dt.date
    metrics: Mapping[str, ZoneMetrics]  # by zone id, in zone order (each ZoneMetrics is replaced, not changed, by an edit)
    area: np.ndarray  # m² per plot in its zone's equal-area projection, by row of the plots frame (read-only)


def zone_landuse(frame: ZoneFrame, clean: np.ndarray, dirty: DirtyPart) -> Landuse:
    """The zone's land use: the clean plots' sums (``zone_sums.sums`` layout) plus the
    overlapping plots' part."""
    ns = len(STATUSES)
    return Landuse(frame.cea_area_m2, clean[:ns] + dirty.status_m2, float(clean[ns]) + dirty.allocated_m2,
                   float(clean[ns + 1]) + dirty.infrastructure_m2, float(clean[ns + 2]) + dirty.idle_m2,
                   float(clean[ns + 3]) + dirty.covered_m2)


def zone_metrics(frame: ZoneFrame, lu: Landuse, info: ZoneInfo, plots: int, idle_plots: int,
                 old: ZoneMetrics | None = None) -> ZoneMetrics:
    """The zone's figures; the logistics ones (nearest, network, centroid) are kept from ``old``:
    they depend on zones, corridors and hubs only."""
    scale = frame.area_m2 / frame.cea_area_m2 if frame.cea_area_m2 > 0 else 0.0  # CEA -> geodesic

    def ha(m2):
        return float(min(m2, lu.zone_m2) * scale / HA)

    alloc = lu.ratio(lu.allocated_m2)
    infra = min(lu.ratio(lu.infrastructure_m2), 1.0 - alloc)
    return ZoneMetrics(
        zone_id=frame.zone_id,
        name_en=info.name_en,
        area_ha=frame.area_m2 / HA,
        official_area_ha=info.official_area_ha,
        allocated_ratio=alloc,
        infrastructure_ratio=infra,
        unused_ratio=max(0.0, 1.0 - alloc - infra),
        status_area_ha={s: ha(lu.status_m2[c]) for c, s in enumerate(STATUSES)},
        plots=plots,
        idle_plots=idle_plots,
        idle_area_ha=ha(lu.idle_m2),
        nearest=old.nearest if old else {},
        network_km=old.network_km if old else {},
        network_track_km=old.network_track_km if old else {},
        unparcelled_ha=max(0.0, (lu.zone_m2 - lu.covered_m2) * scale / HA),
        centroid=old.centroid if old else None,
    )
