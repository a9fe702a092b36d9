"""A read-only table model of texts, the part the review lists share (idle plots, imagery
checks, site search results): a row's texts are made when the view first draws it and kept
(``ROW_CACHE`` rows), numeric columns are right-aligned, the header says each column's caption;
and the columns sized from their captions and the first rows, without the view's own sizing
(which makes every row's texts).

A subclass names its ``keys`` (column keys) and ``right_aligned`` ones, and says how many rows
there are (``row_count``), a column's caption and a row's texts; other roles (colours, check
boxes, sort keys) it answers in ``cell_data``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

ROW_CACHE = 4096  # rows' texts kept
ROW_PX = 22  # a row's height in the views
SIZE_ROWS = 40  # rows looked at to size the columns
DECORATION_PX = 22  # a colour square before a cell's text
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TextTableModel(QAbstractTableModel):
    keys: ClassVar[tuple[str, ...]] = ()  # the columns, in order
    right_aligned: ClassVar[frozenset[str]] = frozenset()  # columns of figures
    decorated: ClassVar[frozenset[str]] = frozenset()  # columns with a colour square

    def __init__(self, parent=None):
        super().__init__(parent)
        self._texts: dict[int, tuple[str, ...]] = {}

    # --- what a subclass says ------------------------------------------------------------------

    def row_count(self) -> int:
        raise NotImplementedError

    def caption(self, key: str) -> str:
        raise NotImplementedError

    def row_texts(self, row: int) -> tuple[str, ...]:
        """A row's cells as shown, one a column."""
        raise NotImplementedError

    def cell_data(self, row: int, key: str, role) -> Any:
        """What the table shows in a role other than text and alignment (None: nothing)."""
        return None

    def extra_width(self, column: int) -> int:
        """Pixels a column's cells take beside their text (a colour square, a check box)."""
        return DECORATION_PX if self.keys[column] in self.decorated else 0

    # --- shared --------------------------------------------------------------------------------

    def texts(self, row: int) -> tuple[str, ...]:
        """A row's cells as shown (made when first asked for, then kept)."""
        cached = self._texts.get(row)
        if cached is None:
            if len(self._texts) >= ROW_CACHE:
                self._texts.clear()
            cached = self._texts[row] = self.row_texts(row)
        return cached

    def forget_texts(self) -> None:
        """The rows or the language changed: texts are made again when shown."""
        self._texts.clear()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.caption(self.keys[section])

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        key = self.keys[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in self.right_aligned else None
        return self.cell_data(index.row(), key, role)


def size_columns(view: QTableView, model: TextTableModel, max_px: int) -> None:
    """Each column as wide as its caption and the first rows' texts, at most ``max_px`` (a long
    name does not push the other columns out of sight), measured here: the view's
    resizeColumnsToContents took 0.7 s over 257k rows."""
    header = view.horizontalHeader()
    caption, cell = header.fontMetrics(), view.fontMetrics()
    texts = [model.texts(i) for i in range(min(SIZE_ROWS, model.rowCount()))]
    for c in range(model.columnCount()):
        wanted = caption.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal))) + 16
        if texts:
            wanted = max(wanted, max(cell.horizontalAdvance(t[c]) for t in texts) + 14 + model.extra_width(c))
        header.resizeSection(c, min(wanted, max_px))


def list_view(name: str, model, many: bool = False) -> QTableView:
    """The view of such a list: rows picked whole (one, or ``many``), never edited there, no row
    numbers, the last column taking the width left."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_PX)
    view.horizontalHeader().setStretchLastSection(True)
    return view
