"""What the session, the command line, the UI and import ask of a project store.

:class:`ProjectStore` is the interface :class:`sezmap.store.gpkg.GpkgStore` offers them, as a
typed ``Protocol``: code that holds "a store" (``ProjectSession.store``, the dialogs) is typed
with it, so another store (PostGIS, say) needs only these methods, and a type checker sees a
misspelt call. tests/test_store_protocol.py checks that GpkgStore satisfies it, and
tests/test_postgis_store.py that sezmap.store.postgis.store.PostgisStore does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import geopandas as gpd
    import pyproj

    from sezmap.model.edits import AuditEntry, EditResult, PlotEdit
    from sezmap.model.problems import Problem
    from sezmap.model.project import Project
    from sezmap.store.audit_chain import Findings


@dataclass(frozen=True)
class WriteRights:
    """What the person at this store may change: ``login`` is who the store writes as (the
    server's login; None for a file, where the actor is the Settings' name); ``role`` one of
    "file", "admin", "company", "planner" (or "none": a login in none of sezmap's groups);
    ``zones`` the zones whose plots they may change, None meaning every zone."""

    login: str | None
    role: str
    zones: frozenset[str] | None

    def may_change(self, zone_id: str | None) -> bool:
        """Whether plots of this zone may be changed (None: no zone chosen, any zone will do)."""
        if self.zones is None:
            return True
        return bool(self.zones) if zone_id is None else zone_id in self.zones

    @property
    def read_only(self) -> bool:
        return self.zones is not None and not self.zones


FILE_RIGHTS = WriteRights(None, "file", None)  # a GeoPackage: whoever can write the file changes every zone


@runtime_checkable
class ProjectStore(Protocol):
    @property
    def location(self) -> str:
        """Where the project is (a file path, or a PostgreSQL URI or service), as the user named it."""
        ...

    # --- reading ----------------------------------------------------------------------------

    def meta(self) -> dict[str, str]: ...

    def write_rights(self) -> WriteRights:
        """Which zones' plots this store's writer may change (a file: all; a server: its login's)."""
        ...

    def schema_problems(self) -> list[Problem]: ...

    def stored_crs(self, layer: str) -> pyproj.CRS | None:
        """The CRS ``layer``'s coordinates are stored in; None for lon/lat (sezmap's own files,
        every PostGIS project)."""
        ...

    def read_layer(self, name: str, bbox=None, where: str | None = None, columns=None) -> gpd.GeoDataFrame: ...

    def load(self, validate: bool = True) -> Project: ...

    def load_zone(self, zone_id: str, around: bool = True, validate: bool = True,
                  own_read: Callable[[Project], object] | None = None) -> Project:
        """The project with zone ``zone_id``'s plots (and, with ``around``, the other plots near
        it), ``whole_zones`` naming it; DataError when the zone is unknown or what was read is not valid.
        ``own_read`` is called with the project of the zone's own plots (``zone_reads.own_project``)
        as soon as they are read (not checked yet, perhaps on another thread), before the whole
        read is checked: work that needs only those (the zone's figures: ``analysis.engine_job``)
        begins then."""
        ...

    def read_plots(self, plot_ids: Iterable[str]) -> dict[str, dict]: ...

    # --- the audit log ----------------------------------------------------------------------

    def history(self, plot_id: str) -> list[AuditEntry]: ...

    def audit(self, zone: str | None = None, actor: str | None = None, since: str | None = None,
              until: str | None = None, field: str | None = None, plot_id: str | list[str] | None = None,
              limit: int | None = None, layer: str | None = "plots") -> list[AuditEntry]: ...

    def audit_tail(self, after: Any = 0) -> tuple[Any, list[AuditEntry]]:
        """The plots' audit rows after the mark ``after`` and the mark to pass next (opaque: a
        file's last rowid; a server's transaction snapshot)."""
        ...

    # --- the file's health ------------------------------------------------------------------

    def audit_findings(self, values: bool = True) -> Findings: ...

    def writable(self) -> bool: ...

    def missing_protections(self) -> list[str]: ...

    def integrity_problems(self) -> list[Problem]: ...

    def check_integrity_soon(self) -> None: ...

    # --- writing ----------------------------------------------------------------------------

    def apply_edit(self, edit: PlotEdit, now: str | None = None) -> EditResult: ...

    def apply_changes(self, changes: Sequence[Any], now: str | None = None, untouched_only: bool = False) -> list: ...

    def append_features(self, layer: str, frame: gpd.GeoDataFrame, actor: str, reason: str,
                        now: str | None = None, row_numbers=None) -> int: ...
