"""Settings that persist between runs (QSettings, INI format in the user's config folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 8


class AppSettings:
    def __init__(self):
        self.q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sezmap", "sezmap")

    # language ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.q.value("ui/language", "en"))

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    # projects ---------------------------------------------------------------------------------
    @property
    def last_project(self) -> str | None:
        value = self.q.value("projects/last", "")
        return str(value) or None

    @last_project.setter
    def last_project(self, path: str) -> None:
        self.q.setValue("projects/last", path)

    def recent_projects(self) -> list[str]:
        value = self.q.value("projects/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def add_recent(self, path: str) -> list[str]:
        from sezmap.session.database import recent_location_allowed

        if not recent_location_allowed(path):  # a database location holding a password is never kept
            return self.recent_projects()
        recent = [p for p in self.recent_projects() if p != path]
        recent.insert(0, path)
        recent = recent[:RECENT_LIMIT]
        self.q.setValue("projects/recent", recent)
        return recent

    def clear_recent(self) -> None:
        self.q.setValue("projects/recent", [])

    def drop_missing_recent(self) -> list[str]:
        """The recent projects still on disk (those deleted or moved are taken off the list), and
        the databases (kept: a server down for a moment is no reason to forget one)."""
        recent = self.recent_projects()
        from sezmap.store.postgis.connection import is_postgis_location

        kept = [p for p in recent if is_postgis_location(p) or Path(p).exists()]
        if kept != recent:
            self.q.setValue("projects/recent", kept)
        return kept

    def startup_project(self) -> str | None:
        """The project to open when none is named: the last one opened, if it is still there (a
        database: always; whether its server answers is found when it is opened)."""
        from sezmap.session.database import recent_location_allowed
        from sezmap.store.postgis.connection import is_postgis_location

        last = self.last_project
        if last and is_postgis_location(last):
            return last if recent_location_allowed(last) else None
        return last if last and Path(last).is_file() else None

    # editing ----------------------------------------------------------------------------------
    @property
    def user_name(self) -> str:
        """Who edits, written in every audit row (default: the operating system's user)."""
        from sezmap.session.project_session import default_actor

        from sezmap.model.problems import DataError
        from sezmap.model.values import checked_actor

        stored = str(self.q.value("editing/user_name", "") or "")
        try:
            return checked_actor(stored)
        except DataError:  # none yet, or an unreadable one an older version kept
            return default_actor()

    @user_name.setter
    def user_name(self, value: str) -> None:
        """Refused (DataError, nothing saved) when blank or holding invisible or control characters."""
        from sezmap.model.values import checked_actor

        self.q.setValue("editing/user_name", checked_actor(value))

    # basemap ----------------------------------------------------------------------------------
    @property
    def basemap_enabled(self) -> bool:
        return str(self.q.value("basemap/offline", "true")).lower() == "true"

    @basemap_enabled.setter
    def basemap_enabled(self, value: bool) -> None:
        self.q.setValue("basemap/offline", "true" if value else "false")

    @property
    def xyz_url(self) -> str:
        """An XYZ tile URL template ({z}/{x}/{y}); empty means no online basemap."""
        return str(self.q.value("basemap/xyz_url", "") or "")

    @xyz_url.setter
    def xyz_url(self, value: str) -> None:
        self.q.setValue("basemap/xyz_url", value.strip())

    def tile_cache_dir(self) -> str:
        from PySide6.QtCore import QStandardPaths

        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        return str(Path(base or Path.home() / ".cache" / "sezmap") / "tiles")

    def undo_dir(self) -> Path:
        """Where each project's undo stack is kept between runs (beside the settings file)."""
        return Path(self.q.fileName()).parent / "sezmap-undo"

    # forms that open as they were last used --------------------------------------------------
    def form(self, group: str) -> dict[str, str]:
        """The values a form kept under ``group`` (``save_form``), as text; empty the first time."""
        self.q.beginGroup(group)
        try:
            return {key: str(self.q.value(key, "")) for key in self.q.childKeys()}
        finally:
            self.q.endGroup()

    def save_form(self, group: str, values: dict[str, str]) -> None:
        for key, value in values.items():
            self.q.setValue(f"{group}/{key}", str(value))

    # window layout ----------------------------------------------------------------------------
    def save_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.q.value("window/geometry"), self.q.value("window/state")

    def sync(self) -> None:
        self.q.sync()
