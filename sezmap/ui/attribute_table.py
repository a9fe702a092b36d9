"""Attribute table: the plots of the current zone, sortable, filterable by status and text.

A QAbstractTableModel over the plots GeoDataFrame (row positions of project.plots),
behind a QSortFilterProxyModel. Selection is reported as project row positions so
the map and the table stay in step.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, \
    QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import names, numbers
from sezmap.ui.panel import ProjectPanel

COLUMNS = ("plot_id", "status", "tenant", "project_name", "cadastral_no", "allocated_on", "contract_deadline",
           "investment_committed_kzt", "investment_actual_kzt", "jobs_planned", "version", "updated_at")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def cell_text(column: str, value) -> str:
    """How a value reads in the table: words for codes, grouped digits, dates without clock noise."""
    return names.value_text(column, value)


class PlotsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame(columns=COLUMNS)
        self.rows = np.zeros(0, np.int64)  # project row position of each table row

    def set_plots(self, plots: pd.DataFrame | None, rows: np.ndarray | None) -> None:
        self.beginResetModel()
        if plots is None or rows is None:
            self.frame = pd.DataFrame(columns=COLUMNS)
            self.rows = np.zeros(0, np.int64)
        else:
            self.rows = np.asarray(rows, np.int64)
            cols = [c for c in COLUMNS if c in plots.columns]
            self.frame = plots.iloc[self.rows][cols].reset_index(drop=True)
        self.endResetModel()

    def update_rows(self, plots: pd.DataFrame, project_rows) -> None:
        """Plots that were edited: their cells read again from the project (no reset, so views
        keep their selection and sort)."""
        wanted = np.flatnonzero(np.isin(self.rows, np.asarray(list(project_rows), np.int64)))
        if len(wanted) == 0 or len(self.frame.columns) == 0:
            return
        cols = list(self.frame.columns)
        fresh = plots.iloc[self.rows[wanted]][cols].reset_index(drop=True)
        for k, r in enumerate(wanted):
            for c in range(len(cols)):
                self.frame.iat[int(r), c] = fresh.iat[k, c]
        self.dataChanged.emit(self.index(int(wanted.min()), 0), self.index(int(wanted.max()), len(cols) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = str(self.frame.columns[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return names.field_label(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column  # the field name in the file, for those who script against it
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.frame.columns[index.column()]
        value = self.frame.iat[index.row(), index.column()]
        missing = numbers.missing(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if missing else cell_text(column, value)
        if role == SORT_ROLE:
            if missing:
                return None
            return float(value) if isinstance(value, (int, float, np.integer, np.floating)) else str(value)
        if role == ROW_ROLE:
            return int(self.rows[index.row()])
        if role == Qt.ItemDataRole.DecorationRole and column == "status" and not missing:
            return QColor(STATUS_COLOURS.get(str(value), "#FF00FF"))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (float, int, np.number)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_of(self, row: int) -> str:
        return str(self.frame["status"].iat[row]) if "status" in self.frame.columns else ""


class PlotsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.strip().lower()))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: PlotsTableModel = self.sourceModel()
        if self.status and model.status_of(source_row) != self.status:
            return False
        if self.text:
            frame = model.frame
            for column in ("plot_id", "tenant", "project_name", "cadastral_no"):
                if column in frame.columns:
                    value = frame[column].iat[source_row]
                    if isinstance(value, str) and self.text in value.lower():
                        return True
            return False
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None:
            return b is not None
        if b is None:
            return False
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class AttributeTable(ProjectPanel):
    selectionChanged = Signal(object)  # list of project row positions
    zoomRequested = Signal(object)  # list of project row positions

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone_id: str | None = None
        self._syncing = False
        self.model = PlotsTableModel(self)
        self.proxy = PlotsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("plotsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.selectionModel().selectionChanged.connect(self._view_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.zoomRequested.emit(self.selected_rows()))
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_box.currentData()) or self._update_count())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_text(text) or self._update_count())
        self.count_label = QLabel()
        self.status_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.status_box)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Attribute table")

    def retranslate_captions(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self.search.setPlaceholderText(self.tr("Search plot, tenant, project…"))
        current = self.status_box.currentData()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_box.addItem(names.status_label(status), status)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(current)) if current else 0)
        self.status_box.blockSignals(False)
        self.model.layoutChanged.emit()
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.view.resizeColumnsToContents()

    def refresh(self) -> None:
        self._update_count()

    def clear(self) -> None:
        self.set_zone(None)

    def set_zone(self, zone_id: str | None) -> None:
        self.zone_id = zone_id
        if self.project is None or zone_id is None:
            self.model.set_plots(None, None)
        else:
            rows = np.flatnonzero((self.project.plots["zone_id"] == zone_id).to_numpy())
            self.model.set_plots(self.project.plots, rows)
            self.view.resizeColumnsToContents()
        self._update_count()

    def plots_edited(self, rows) -> None:
        """Edited plots (project row positions) shown again, keeping selection and sort."""
        if self.project is not None and self.zone_id is not None:
            self.model.update_rows(self.project.plots, rows)
            self.proxy.invalidate()
            self._update_count()

    def _update_count(self) -> None:
        if self.zone_id is None:
            self.count_label.setText(self.tr("Pick a zone to list its plots"))
        else:
            self.count_label.setText(self.tr("%1 of %2 plots").replace("%1", str(self.proxy.rowCount()))
                                     .replace("%2", str(self.model.rowCount())))

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [int(self.model.rows[r]) for r in sorted(rows)]

    def _view_selection_changed(self, *_args) -> None:
        if not self._syncing:
            self.selectionChanged.emit(self.selected_rows())

    def select_rows(self, project_rows) -> None:
        """Select these plots (project row positions) without echoing the change back."""
        wanted = set(int(r) for r in project_rows)
        selection = QItemSelection()
        positions = np.flatnonzero(np.isin(self.model.rows, list(wanted))) if wanted else []
        for r in positions:
            src = self.model.index(int(r), 0)
            proxy_index = self.proxy.mapFromSource(src)
            if proxy_index.isValid():
                selection.select(proxy_index, proxy_index)
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(selection, flags)
            if len(positions):
                first = self.proxy.mapFromSource(self.model.index(int(positions[0]), 0))
                if first.isValid():
                    self.view.scrollTo(first)
        finally:
            self._syncing = False
