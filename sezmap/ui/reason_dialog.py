"""The reason a map edit (draw, split, merge, a vertex) is made, asked when it is committed.

The field is prefilled with the last reason used (``ProjectSession.last_reason``) and selected,
so Enter repeats it and typing replaces it; OK waits for a reason (the audit log keeps why
every change was made); Cancel commits nothing. No text is made up for the user.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class ReasonDialog(QDialog):
    def __init__(self, what: str, last: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Reason for the change"))
        label = QLabel(self.tr("Why is this change made? (%1; written to the audit log)").replace("%1", what))
        label.setWordWrap(True)
        self.field = QLineEdit(last)
        self.field.setObjectName("reasonField")
        self.field.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._changed)
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(self.field)
        box.addWidget(self.buttons)
        self._changed()

    def _changed(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:
        if self.reason():  # (Enter in an empty field does nothing)
            super().accept()


def ask_reason(parent, what: str, last: str) -> str | None:
    """The reason the user gives for ``what``, or None if they cancel."""
    dialog = ReasonDialog(what, last, parent)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
