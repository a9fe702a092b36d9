"""The per-zone metrics object (SCHEMA.md section 2), in report order."""

from __future__ import annotations

from dataclasses import dataclass, field

from sezmap.model import schema
from sezmap.model.statuses import STATUSES


def _r(value, digits):
    return None if value is None else round(float(value), digits)


@dataclass
class ZoneMetrics:
    zone_id: str
    name_en: str | None
    area_ha: float
    official_area_ha: float | None
    allocated_ratio: float
    infrastructure_ratio: float
    unused_ratio: float
    status_area_ha: dict[str, float]
    plots: int
    idle_plots: int
    idle_area_ha: float
    # "corridor", hub kinds, "border_crossing_<CC>" for each of schema.NEIGHBOURS
    nearest: dict[str, tuple[float | None, str | None]] = field(default_factory=dict)
    network_km: dict[str, float | None] = field(default_factory=dict)
    # beyond the contract
    network_track_km: dict[str, float | None] = field(default_factory=dict)  # (analysis/network.py)
    unparcelled_ha: float = 0.0
    centroid: tuple[float, float] | None = None  # lon/lat, the network entry point

    def km(self, target: str) -> float | None:
        return self.nearest.get(target, (None, None))[0]

    def to_dict(self) -> dict:
        """The zone's object in ``report --format json`` (SCHEMA.md section 3), keys in order."""
        out = {
            "zone_id": self.zone_id,
            "name_en": self.name_en,
            "area_ha": _r(self.area_ha, 4),
            "official_area_ha": _r(self.official_area_ha, 4),
            "allocated_ratio": _r(self.allocated_ratio, 6),
            "infrastructure_ratio": _r(self.infrastructure_ratio, 6),
            "unused_ratio": _r(self.unused_ratio, 6),
            "status_area_ha": {s: _r(self.status_area_ha.get(s, 0.0), 4) for s in STATUSES},
            "plots": int(self.plots),
            "idle_plots": int(self.idle_plots),
            "idle_area_ha": _r(self.idle_area_ha, 4),
        }
        for target in ("corridor", *schema.DISTANCE_HUB_KINDS):
            km, ident = self.nearest.get(target, (None, None))
            out[f"nearest_{target}_km"] = _r(km, 3)
            out[f"nearest_{target}_id"] = ident
        by_country = {}
        for cc in schema.NEIGHBOURS:
            km, ident = self.nearest.get(f"border_crossing_{cc}", (None, None))
            by_country[cc] = {"id": ident, "km": _r(km, 3)}
        out["nearest_border_crossing_by_country"] = by_country
        out["network_km"] = {h: _r(v, 3) for h, v in self.network_km.items()}
        out["network_track_km"] = {h: _r(v, 3) for h, v in self.network_track_km.items()}
        out["unparcelled_ha"] = _r(self.unparcelled_ha, 4)
        return out
