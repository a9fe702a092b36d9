"""Preferences: interface language and the offline basemap (saved with QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from sezmap.ui.app_settings import AppSettings
from sezmap.ui.i18n import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.basemap_box = QCheckBox(self.tr("Show the bundled offline basemap"))
        self.basemap_box.setChecked(settings.basemap_enabled)
        note = QLabel(self.tr("Online tile basemaps are not available in this version."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(self.tr("Basemap:"), self.basemap_box)
        form.addRow(note)
        form.addRow(buttons)
        self.basemap_changed = False

    def language(self) -> str:
        return self.language_box.currentData()

    def accept(self) -> None:
        self.settings.language = self.language()
        self.basemap_changed = self.basemap_box.isChecked() != self.settings.basemap_enabled
        self.settings.basemap_enabled = self.basemap_box.isChecked()
        self.settings.sync()
        super().accept()
