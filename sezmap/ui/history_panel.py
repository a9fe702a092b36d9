"""The history panel: the audit trail of the selected plots, newest first.

Reads ``session.store.history``; refreshes when the selection changes and when the session says
the shown plots changed (edits, undo, redo, and changes another program made).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from sezmap.model.edits import AuditEntry
from sezmap.model.problems import DataError
from sezmap.render import names
from sezmap.session import form_fields as ff
from sezmap.session import plot_history as ph
from sezmap.ui import problem_text
from sezmap.ui.panel import Later, ProjectPanel
from sezmap.ui.step_text import reason_text

MAX_PLOTS = 50  # plots whose history is listed at once
COLUMNS = ("at", "plot_id", "field", "old_value", "new_value", "actor", "reason")


def when_text(at: str | None) -> str:
    """An audit timestamp (UTC, ISO) to the minute: "2026-03-31 14:05 UTC"."""
    if not at:
        return ""
    text = str(at).replace("T", " ")
    return (text[:16] + " UTC") if text.endswith("Z") else text[:16]


def value_cell(field: str, value: str | None) -> str:
    """An audit value as a table cell: status codes in words, long geometry abridged."""
    if value is None:
        return ""
    if field == "status":
        return names.status_label(str(value))
    if field in ff.MONEY_FIELDS or field in ff.COUNT_FIELDS:
        try:
            return names.value_text(field, float(value), decimals=2)  # grouped digits
        except ValueError:
            pass
    return ph.short_value(field, value)


class AuditTableModel(QAbstractTableModel):
    """Audit entries as rows: when, plot, field (its label), old, new, who, why."""

    def __init__(self, parent=None, columns=COLUMNS):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.entries: list[AuditEntry] = []
        self.texts: dict[tuple[int, str], str] = {}  # (row, column) -> its cell's text, made once

    def retranslate(self) -> None:
        """Headers and cells said again in the UI language (field names, undo reasons)."""
        self.texts.clear()
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_entries(self, entries) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.texts.clear()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def field_text(self, field: str) -> str:
        """A field's caption: the table's label, or the audit log's own rows in words."""
        own = {"geometry": self.tr("Geometry"), "lineage": self.tr("Lineage"),
               "plot": self.tr("Plot (created or removed)")}
        return own[field] if field in own else names.field_label(field)

    def header(self, column: str) -> str:
        return {
            "at": self.tr("When"), "plot_id": names.field_label("plot_id"), "field": self.tr("Field"),
            "old_value": self.tr("Before"), "new_value": self.tr("After"), "actor": self.tr("Who"),
            "reason": self.tr("Reason"),
        }[column]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns[section])
        return None

    def text(self, row: int, column: str) -> str:
        e = self.entries[row]
        if column == "at":
            return when_text(e.at)
        if column == "field":
            return self.field_text(e.field)
        if column in ("old_value", "new_value"):
            value = getattr(e, column)
            if e.field == "plot" and value in ("created", "removed"):
                return self.tr("created") if value == "created" else self.tr("removed")
            return value_cell(e.field, value)
        value = getattr(e, column)
        if column == "reason":
            return reason_text(value)  # an undo's or redo's reason in the UI language
        return "" if value is None else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # (asked for again by each sizing and paint)
            key = (index.row(), column)
            text = self.texts.get(key)
            if text is None:
                text = self.texts[key] = self.text(index.row(), column)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            e = self.entries[index.row()]
            if column == "field":
                return e.field  # the field's name in the file
            if column in ("old_value", "new_value", "reason"):
                value = getattr(e, column)
                return None if value is None else str(value)[:2000]
        return None


class HistoryPanel(ProjectPanel):
    """The audit trail of the selected plot (of every selected plot, up to MAX_PLOTS)."""

    def __init__(self, session, language=None, parent=None):
        super().__init__(session, language, parent)
        self.plot_ids: list[str] = []  # of the plots listed (the first MAX_PLOTS selected)
        self.selected = 0  # how many plots are selected
        self.refresh_later = Later(self, self.refresh)  # after plots came or went
        self.size_later = Later(self, self.view_sized)  # the columns, a turn after their rows
        self.model = AuditTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Plot history")

    def retranslate_captions(self) -> None:
        self.model.retranslate()

    def clear(self) -> None:
        self.plot_ids = []
        self.selected = 0
        self.model.set_entries([])

    # --- listening ----------------------------------------------------------------------------

    def _project_changed(self, _session) -> None:
        self.project = self.session.project
        self.refresh()

    def _selection_changed(self, _rows) -> None:
        if not self.refresh_later.waits:  # (one waiting reads the selection when it runs)
            self.refresh()

    def _plots_changed(self, event) -> None:
        if event.structural:  # (a file read and the columns sized: on a later turn)
            self.refresh_later.ask()
        elif set(self.plot_ids) & set(event.plot_ids):
            self.refresh()

    # --- contents -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """The audit rows of the selected plots, read from the file again."""
        session = self.session
        plots = session.project.plots if session.project is not None else None
        rows = np.asarray(session.selection, dtype=np.int64)
        rows = rows[(rows >= 0) & (rows < (len(plots) if plots is not None else 0))]
        self.selected = len(rows)
        self.plot_ids = [session.plot_id(r) for r in rows[:MAX_PLOTS]]  # only those listed (a select-all is 470k)
        entries = []
        error = ""
        try:
            entries = ph.history_of(session.store, self.plot_ids, MAX_PLOTS)
        except DataError as exc:
            error = self.tr("The history could not be read: %1").replace("%1", problem_text.error_text(exc, 5))
        self.model.set_entries(entries)
        self.view.setColumnHidden(COLUMNS.index("plot_id"), len(self.plot_ids) <= 1)
        self.size_later.ask()  # (measuring every cell: 20-100 ms at load, a turn of its own)
        self.note.setStyleSheet("color: #C0392B;" if error else "")
        self.note.setText(error or self._note(len(entries)))

    def view_sized(self) -> None:
        """The columns as wide as their contents."""
        self.view.resizeColumnsToContents()

    def _note(self, count: int) -> str:
        if self.session.project is None:
            return self.tr("No project is open.")
        n = self.selected
        if n == 0:
            return self.tr("Select a plot to see who changed what, when and why.")
        if count == 0:
            return self.tr("No recorded changes.")
        if n == 1:
            return self.tr("Changes to %1, newest first.").replace("%1", self.plot_ids[0])
        text = self.tr("Changes to the %n selected plots, newest first.", "", n)
        if n > MAX_PLOTS:
            text += " " + self.tr("Only the first %1 plots are listed.").replace("%1", str(MAX_PLOTS))
        return text
