"""Preferences: interface language, the user name for the audit log and the basemap (saved with QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from sezmap.session.language import LANGUAGES
from sezmap.ui.app_settings import AppSettings
from sezmap.ui.i18n import Retranslated


class SettingsDialog(Retranslated, QDialog):
    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.basemap_box = QCheckBox()
        self.basemap_box.setChecked(settings.basemap_enabled)
        self.user_edit = QLineEdit(settings.user_name)
        self.user_edit.setObjectName("userName")
        self.user_problem = QLabel()  # why the user name was refused, if it was
        self.user_problem.setObjectName("userNameProblem")
        self.user_problem.setWordWrap(True)
        self.user_problem.hide()
        self.login: str | None = None  # a database's login: shown instead of the name, not editable
        self.xyz_edit = QLineEdit(settings.xyz_url)
        self.xyz_edit.setObjectName("xyzUrl")
        self.xyz_edit.setPlaceholderText("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        self.note = note = QLabel()
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.captions = {key: QLabel() for key in ("language", "user", "basemap", "xyz")}
        form = QFormLayout(self)
        form.addRow(self.captions["language"], self.language_box)
        form.addRow(self.captions["user"], self.user_edit)
        form.addRow("", self.user_problem)
        form.addRow(self.captions["basemap"], self.basemap_box)
        form.addRow(self.captions["xyz"], self.xyz_edit)
        form.addRow(note)
        form.addRow(buttons)
        self.basemap_changed = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.basemap_box.setText(self.tr("Show the bundled offline basemap"))
        self.note.setText(self.tr("Optional online tiles drawn over the offline basemap, cached on disk; "
                                  "without a connection the offline basemap is shown. Respect the tile "
                                  "server's usage policy."))
        for key, text in (("language", self.tr("Language:")), ("user", self.tr("User name (in the audit log):")),
                          ("basemap", self.tr("Basemap:")), ("xyz", self.tr("XYZ tiles:"))):
            self.captions[key].setText(text)

    def language(self) -> str:
        return self.language_box.currentData()

    def show_login(self, login: str) -> None:
        """On a database the audit log names the login: shown, read only, the name kept for files."""
        self.login = login
        self.user_edit.setText(login)
        self.user_edit.setReadOnly(True)
        self.user_problem.setText(self.tr("On a database the audit log names your login."))
        self.user_problem.show()

    def accept(self) -> None:
        from sezmap.model.problems import DataError
        from sezmap.ui.problem_text import error_text

        try:  # a blank or invisible user name is refused: the dialog stays open and says why
            if self.login is None:
                self.settings.user_name = self.user_edit.text()
        except DataError as exc:
            self.user_problem.setText(error_text(exc))
            self.user_problem.show()
            self.user_edit.setFocus()
            return
        self.user_problem.hide()
        self.settings.language = self.language()
        self.basemap_changed = (self.basemap_box.isChecked() != self.settings.basemap_enabled
                                or self.xyz_edit.text().strip() != self.settings.xyz_url)
        self.settings.basemap_enabled = self.basemap_box.isChecked()
        self.settings.xyz_url = self.xyz_edit.text()
        self.settings.sync()
        super().accept()
