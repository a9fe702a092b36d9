"""The attribute table's models (``sezmap.ui.attribute_table`` shows them): the zone's plots
read from the project's columns when a row is shown, and the order the view shows.

* ``PlotsTableModel`` reads a cell from the project's column only when a row is shown; the texts
  of a shown row are kept in a row cache (cleared when the language changes or the plot is edited).
  After an edit it reads the project's columns as they are (no copy of the frame); the area
  column (the analysis's, in hectares) is kept beside them, and the frame with it is made only
  when asked for (copy, export).
* ``PlotsFilter``, the model the view shows, shows the state's order (``TableState``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import names, numbers
from sezmap.session import plot_rows
from sezmap.session.plot_rows import AREA_COLUMN, AREA_DECIMALS
from sezmap.session.plot_table import COLUMNS, TableState

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# roles as the ints the view asks with (an enum attribute costs ~0.3 µs, and a paint asks ~4,000 times)
DISPLAY, DECORATION, ALIGNMENT = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.DecorationRole),
                                  int(Qt.ItemDataRole.TextAlignmentRole))
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ANSWERED = frozenset({DISPLAY, DECORATION, ALIGNMENT, ROW_ROLE})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROW_CACHE = 4096  # formatted rows kept


_COLOURS: dict[str, QColor] = {}


def _colour(status: str) -> QColor:
    if status not in _COLOURS:
        _COLOURS[status] = QColor(STATUS_COLOURS.get(status, "#FF00FF"))
    return _COLOURS[status]


def cell_text(column: str, value) -> str:
    """How a value reads in the table: words for codes, grouped digits, dates without clock noise."""
    if column == AREA_COLUMN:  # hectares to the hundredth, trailing zeros kept: the column lines up
        return names.value_text(column, value, AREA_DECIMALS, fixed=True)
    return names.value_text(column, value)


def status_ranks(locale: QLocale | None = None) -> dict[str, int]:
    """Each status's place when the status column is sorted: by its label in the UI language."""
    collator = QCollator(locale or QLocale())
    labels = sorted(STATUSES, key=lambda s: collator.sortKey(names.status_label(s)))
    return {s: i for i, s in enumerate(labels)}


class PlotsTableModel(QAbstractTableModel):
    """The zone's plots in the project's order: row positions in ``project.plots`` and the cells
    read from its columns when asked for (texts cached per row)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._source: pd.DataFrame | None = None  # the project's plots, read after an edit
        self.rows = np.zeros(0, np.int64)  # project row position of each row
        self.columns: list[str] = list(COLUMNS)
        self._values: dict[str, Any] = {}  # column -> numpy array or pandas array, by project row
        self._numeric: set[str] = set()
        self._texts: dict[int, tuple[str, ...]] = {}

    @property
    def plots(self) -> pd.DataFrame | None:
        """The plots with their area column (``plot_rows.with_areas``), as shown (copy, export):
        made when asked for, not kept (a frame sharing the project's columns makes pandas copy
        each column an edit writes)."""
        return None if self._source is None else plot_rows.with_areas(self._source, self.areas())

    def areas(self) -> np.ndarray:
        """The area column (ha, by project row), as shown."""
        if AREA_COLUMN in self._values:
            return self._values[AREA_COLUMN]
        source = self._source
        return np.full(0 if source is None else len(source), np.nan)

    def set_plots(self, plots: pd.DataFrame | None, rows: np.ndarray | None, areas: np.ndarray | None = None) -> None:
        """``plots``: the project's plots; ``areas``: their area column (ha, by row), when
        ``plots`` has none."""
        self.beginResetModel()
        self._source = plots
        self.rows = np.zeros(0, np.int64) if plots is None or rows is None else np.asarray(rows, np.int64)
        if plots is not None:
            self.columns = [c for c in COLUMNS if c in plots.columns or (c == AREA_COLUMN and areas is not None)]
        self._read_columns(areas)
        self.endResetModel()

    def _read_columns(self, areas: np.ndarray | None = None) -> None:
        """The project's columns, as arrays to index by row position (no copies); the area
        column from ``areas`` when the frame read has none."""
        self._texts.clear()
        self._values, self._numeric = {}, set()
        plots = self._source
        if plots is None:
            return
        for c in self.columns:
            if c not in plots.columns and c == AREA_COLUMN and areas is not None:
                self._values[c] = areas
                self._numeric.add(c)
                continue
            series = plots[c]
            kind = getattr(series.dtype, "kind", "O")
            self._values[c] = series.to_numpy() if kind in "fiub" else series.array
            if kind in "fiu":
                self._numeric.add(c)

    def update_rows(self, plots: pd.DataFrame, project_rows, areas: np.ndarray | None = None) -> list[int]:
        """Plots that were edited: their cells are read again (no reset, so views keep their
        selection). ``plots``: the project's plots (no copy is made); ``areas``: the area column
        anew (None: as it was). Returns the positions (in ``rows``) of those shown here."""
        if areas is None:
            areas = self.areas()
        self._source = plots
        self._read_columns(areas)
        wanted = np.asarray(list(project_rows), np.int64)
        at = np.searchsorted(self.rows, wanted)  # (rows ascending: a binary search, not a pass)
        inside = at < len(self.rows)
        positions = np.unique(at[inside][self.rows[at[inside]] == wanted[inside]])
        if len(positions):
            self.dataChanged.emit(self.index(int(positions.min()), 0),
                                  self.index(int(positions.max()), len(self.columns) - 1))
        return positions.tolist()

    def forget_texts(self) -> None:
        """The language changed: texts are formatted again when shown."""
        self._texts.clear()

    def texts(self, position: int) -> tuple[str, ...]:
        """The cells of one row (a position in ``rows``) as shown."""
        row = int(self.rows[position])
        cached = self._texts.get(row)
        if cached is None:
            if len(self._texts) >= ROW_CACHE:
                self._texts.clear()
            cached = tuple("" if numbers.missing(v := self._values[c][row]) else cell_text(c, v)
                           for c in self.columns)
            self._texts[row] = cached
        return cached

    def value(self, position: int, column: int):
        return self._values[self.columns[column]][int(self.rows[position])]

    def cell(self, position: int, column: int, role):
        role = int(role)
        if role == DISPLAY:
            return self.texts(position)[column]
        if role == ROW_ROLE:
            return int(self.rows[position])
        name = self.columns[column]
        if role == DECORATION and name == "status":
            value = self.value(position, column)
            return None if numbers.missing(value) else _colour(str(value))
        if role == ALIGNMENT and name in self._numeric:
            return RIGHT
        return None

    def status_of(self, position: int) -> str:
        return str(self._values["status"][int(self.rows[position])]) if "status" in self._values else ""

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        role = int(role)
        if role == DISPLAY:
            return names.field_label(column)
        if role == TOOLTIP:
            return column  # the field name in the file, for those who script against it
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)


class PlotsFilter(QAbstractTableModel):
    """What the view shows: the rows of a ``PlotsTableModel`` in ``order`` (positions in its
    rows, sorted and filtered). ``sort`` (the header) asks the table for a new order."""

    sortRequested = Signal()

    def __init__(self, source: PlotsTableModel, state: TableState, parent=None):
        super().__init__(parent)
        self.source = source
        self.state = state

    @property
    def order(self) -> np.ndarray:
        return self.state.order

    def sourceModel(self) -> PlotsTableModel:  # noqa: N802 (as QSortFilterProxyModel's)
        return self.source

    @property
    def rows(self) -> np.ndarray:
        """The project row positions of the rows shown, in their order."""
        return self.state.shown_rows

    def sort_key(self) -> tuple[str | None, bool]:
        return self.state.sort_column, self.state.descending

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        columns = self.source.columns
        self.state.set_sort(columns[column] if 0 <= column < len(columns) else None,
                            order == Qt.SortOrder.DescendingOrder)
        self.sortRequested.emit()

    def set_order(self, order: np.ndarray) -> None:
        self.beginResetModel()
        self.state.order = np.asarray(order, np.int64)
        self.endResetModel()

    def mapToSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        return self.source.index(int(self.order[index.row()]), index.column())

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.source.columnCount()

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if int(role) == DISPLAY else None
        return self.source.headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if int(role) not in ANSWERED:
            return None  # font, colours, check state...: the view's defaults
        row = index.row()
        if not 0 <= row < len(self.order):
            return None
        return self.source.cell(int(self.order[row]), index.column(), role)

    def refresh_cells(self) -> None:
        """Every cell may read differently (language, edits): the view draws them again."""
        if len(self.order) and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.order) - 1, self.columnCount() - 1))
