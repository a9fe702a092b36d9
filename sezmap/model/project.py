"""A loaded project: the four feature layers as GeoDataFrames (EPSG:4326) and its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd

from sezmap.model.coords import KnownRings


@dataclass
class Project:
    zones: gpd.GeoDataFrame
    plots: gpd.GeoDataFrame
    corridors: gpd.GeoDataFrame
    hubs: gpd.GeoDataFrame
    meta: dict[str, str] = field(default_factory=dict)
    location: str = ""
    # the plots' coordinate stream as read from the file (used only while it is theirs)
    plot_rings: KnownRings | None = field(default=None, repr=False, compare=False)
    # the zones whose plots it holds all of (store/zone_reads.py reads one zone's); None: every zone.
    # Figures of other zones would be wrong, so exports show none for them.
    whole_zones: tuple[str, ...] | None = None

    def layer(self, name: str) -> gpd.GeoDataFrame:
        return getattr(self, name)

    def same_outline(self, other: Project) -> bool:
        """Whether ``other`` has the same zones, corridors and hubs (and holds the same zones
        whole): two reads of a project, the outline shown before its plots came and the project."""
        return self.whole_zones == other.whole_zones and all(
            self.layer(name).equals(other.layer(name)) for name in ("zones", "corridors", "hubs"))

    def has_whole(self, zone_id) -> bool:
        """Whether the project holds every plot of ``zone_id`` (so its figures are the zone's)."""
        return self.whole_zones is None or str(zone_id) in self.whole_zones

    @property
    def title(self) -> str:
        return self.meta.get("title") or self.location


@dataclass(frozen=True)
class AuditHead:
    """One audit row as a mark of the file's history: its integer key, time and actor."""

    id: int
    at: str
    actor: str


@dataclass(frozen=True)
class FileIdentity:
    """Which project a file is (``project_meta`` project_uuid: kept by copies and backups; None
    before sezmap first wrote it) and how far its history goes (the last audit row, None if
    the log is empty)."""

    uuid: str | None
    head: AuditHead | None
