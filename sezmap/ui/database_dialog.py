"""Dialogs for a project on a database server: where it is (written as a libpq service entry,
session.database.write_service; never a password) and the password the server asks for."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from sezmap.session.database import ConnectionSettings


class ConnectionDialog(QDialog):
    """Host, port, database, login and (optionally) the service entry's name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Open a database"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.dbname = QLineEdit()
        self.user = QLineEdit(getpass.getuser())
        self.service = QLineEdit()
        self.service.setPlaceholderText(self.tr("made from the database and host"))
        form = QFormLayout()
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.dbname)
        form.addRow(self.tr("Login:"), self.user)
        form.addRow(self.tr("Service name:"), self.service)
        note = QLabel(self.tr("The connection is saved as a service in ~/.pg_service.conf, without a password: "
                              "the server asks for one when it needs it."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def settings(self) -> ConnectionSettings:
        return ConnectionSettings(self.host.text(), self.port.value(), self.dbname.text(), self.user.text(),
                                  self.service.text())


class PasswordDialog(QDialog):
    """The password the server wants, kept in memory for the session; written to ~/.pgpass only
    if "remember" is ticked."""

    def __init__(self, server: str, parent=None, retry: bool = False):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password"))
        text = (self.tr("The server refused the password. Password for %1:") if retry
                else self.tr("Password for %1:")).replace("%1", server)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in .pgpass"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
