"""A zone's parts reported apart (no Qt), e.g. Astana New City's industrial park.

A part is the set of the zone's plots whose ``part`` attribute names it (schema version 4; empty:
in no part). It has no outline of its own: its area is the area of its plots (their union,
clipped to the zone, as for a zone's figures), so its unused land is the land of its plots that
is neither under an active plot nor infrastructure, never land between plots. Its figures use
the definitions of a zone's (SCHEMA.md section 2) through the same code (``landuse.dirty_part``
unions, the zone's equal-area projection scaled to the zone's ellipsoidal area).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from sezmap.analysis import geodesy, idle
from sezmap.analysis.landuse import IDLE_CODES, Landuse, ZoneFrame, dirty_part
from sezmap.model.statuses import status_codes

HA = geodesy.M2_PER_HA


@dataclass
class PartMetrics:
    """One part's figures, keys as in the report's JSON (``zones[].parts``)."""

    part: str
    area_ha: float
    allocated_ratio: float
    infrastructure_ratio: float
    unused_ratio: float
    plots: int
    idle_plots: int
    idle_area_ha: float

    def to_dict(self) -> dict:
        out = asdict(self)
        for key, digits in (("area_ha", 4), ("idle_area_ha", 4), ("allocated_ratio", 6),
                            ("infrastructure_ratio", 6), ("unused_ratio", 6)):
            out[key] = round(float(out[key]), digits)
        return out


def part_metrics(frame: ZoneFrame, part: str, plots: pd.DataFrame, as_of) -> PartMetrics:
    """The figures of one part: ``plots`` are its plots (geometry, status, contract_deadline,
    investment_committed_kzt, investment_actual_kzt)."""
    geoms = np.asarray(plots.geometry, dtype=object)
    status = status_codes(plots["status"])
    idle_mask = idle.idle_candidates_mask(np.isin(status, IDLE_CODES), idle.deadline_days(plots["contract_deadline"]),
                                          plots["investment_committed_kzt"], plots["investment_actual_kzt"], as_of)
    d = dirty_part(frame, geoms, status, idle_mask)
    lu = Landuse(d.covered_m2, d.status_m2, d.allocated_m2, d.infrastructure_m2, d.idle_m2, d.covered_m2)
    scale = frame.area_m2 / frame.cea_area_m2 if frame.cea_area_m2 > 0 else 0.0  # CEA -> ellipsoidal
    alloc = lu.ratio(lu.allocated_m2)
    infra = min(lu.ratio(lu.infrastructure_m2), 1.0 - alloc)
    return PartMetrics(part, lu.zone_m2 * scale / HA, alloc, infra, max(0.0, 1.0 - alloc - infra) if lu.zone_m2 > 0 else 0.0,
                       int(len(plots)), int(idle_mask.sum()), min(lu.idle_m2, lu.zone_m2) * scale / HA)


def zone_parts(frames: dict[str, ZoneFrame], plots: pd.DataFrame, as_of) -> dict[str, list[PartMetrics]]:
    """zone_id -> its parts' figures, by part name; zones without parts are left out."""
    if "part" not in plots.columns or len(plots) == 0:
        return {}
    named = plots[plots["part"].notna().to_numpy()]  # (few: the strings of these only)
    part = named["part"].astype("string").str.strip()
    marked = named[(part != "").to_numpy()].assign(part=part[(part != "").to_numpy()])
    out: dict[str, list[PartMetrics]] = {}
    for (zone_id, name), rows in marked.groupby([marked["zone_id"].astype(str), "part"], sort=True):
        frame = frames.get(str(zone_id))
        if frame is not None:
            out.setdefault(str(zone_id), []).append(part_metrics(frame, str(name), rows, as_of))
    return out
