"""What the session, the command line, the UI and import ask of a project store.

:class:`ProjectStore` is the interface :class:`sezmap.store.gpkg.GpkgStore` offers them, as a
typed ``Protocol``: code that holds "a store" (``ProjectSession.store``, the dialogs) is typed
with it, so another store (PostGIS, say) needs only these methods, and a type checker sees a
misspelt call. tests/test_store_protocol.py checks that GpkgStore satisfies it, and
tests/test_postgis_store.py that sezmap.store.postgis.store.PostgisStore does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import geopandas as gpd

    from sezmap.model.edits import AuditEntry, EditResult, PlotEdit
    from sezmap.model.problems import Problem
    from sezmap.model.project import Project
    from sezmap.store.audit_chain import Findings


@runtime_checkable
class ProjectStore(Protocol):
    @property
    def location(self) -> str:
        """Where the project is (a file path, or a PostgreSQL URI or service), as the user named it."""
        ...

    # --- reading ----------------------------------------------------------------------------

    def meta(self) -> dict[str, str]: ...

    def schema_problems(self) -> list[Problem]: ...

    def read_layer(self, name: str, bbox=None, where: str | None = None, columns=None) -> gpd.GeoDataFrame: ...

    def load(self, validate: bool = True) -> Project: ...

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
