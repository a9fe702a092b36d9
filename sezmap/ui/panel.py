"""The dock panels' common shape: what the main window tells every panel that shows project data.

A panel has a translated ``title()``, fixed captions set in ``retranslate_captions()`` and
contents drawn from the project in ``refresh()``. The main window calls ``set_project``,
``set_language``, ``set_zone`` and ``retranslate``; panels override only what they need.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ProjectPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.project = None
        self.language = "en"

    def title(self) -> str:
        raise NotImplementedError

    def retranslate_captions(self) -> None:
        """Set the fixed texts (labels, buttons, titles) through ``self.tr``."""

    def refresh(self) -> None:
        """Show the project's data again (after a change of project, zone or language)."""

    def clear(self) -> None:
        """Forget what was shown for the previous project."""

    def retranslate(self) -> None:
        self.retranslate_captions()
        self.refresh()

    def set_language(self, language: str) -> None:
        """The language of names taken from the data (name_en, name_ru, name_kk)."""
        self.language = language
        self.refresh()

    def set_project(self, project, scene=None) -> None:
        self.project = project
        self.clear()
        self.refresh()

    def set_zone(self, zone_id: str | None) -> None:
        """The current zone changed (the map, the toolbar or another panel picked it)."""
