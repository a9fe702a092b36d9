"""The attribute table's selected rows taken away: Copy (Ctrl+C) puts them on the clipboard as
CSV, Export writes them to a CSV file. What is written is ``sezmap.session.plot_rows``'s."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sezmap.model.problems import DataError
from sezmap.session import plot_rows


class TableRowsOut(QObject):
    """The two actions on the table's view, for the rows the table has selected."""

    def __init__(self, table):
        super().__init__(table)
        self.table = table
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.ask_and_export)
        for action in (self.copy_action, self.export_action):
            table.view.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_action.setText(self.tr("Copy selected rows as CSV"))
        self.export_action.setText(self.tr("Export selected rows as CSV…"))

    def _what(self):
        """The plots frame shown, the selected rows (project rows, in the order shown), the columns."""
        table = self.table
        rows = table.state.shown_rows[table.selected_positions()].tolist()
        return table.model.plots, rows, table.model.columns

    def csv_text(self) -> str:
        """The selected rows in the order shown, as CSV ("" when none is selected)."""
        plots, rows, columns = self._what()
        return plot_rows.rows_csv(plots, rows, columns) if plots is not None and rows else ""

    def copy(self) -> None:
        text = self.csv_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.table, self.tr("Export selected rows"), "plots.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """The selected rows written to ``path`` (whole or not at all); True when written."""
        plots, rows, columns = self._what()
        if plots is None or not rows:
            return False
        project = self.table.project
        location = str(getattr(project, "location", "") or "")
        inputs = [location] if location else []
        try:
            plot_rows.write_rows_csv(path, plots, rows, columns, inputs=inputs)
        except DataError as exc:
            QMessageBox.warning(self.table, self.tr("Export failed"), exc.summary())
            return False
        return True
