"""Attribute table: the plots of the current zone, sortable, filterable by status and text.

The state - the zone's rows, the sort and filters, the order shown, the selection kept as
project rows - is ``sezmap.session.plot_table.TableState`` (Qt-free; its order computed over
whole columns with Arrow). Here it is shown:

* ``PlotsTableModel`` (``sezmap.ui.plots_table_model``) reads a cell from the project's column
  only when a row is shown; the texts of a shown row are kept in a row cache (cleared when the
  language changes or the plot is edited).
* ``PlotsFilter``, the model the view shows, shows the state's order; from ``ASYNC_ROWS`` plots
  on that order is computed on a worker thread and shown when ready (the latest request only).
* An edit shows the edited rows again from the project's columns (no copy of the frame); the
  order is computed again only when the sort or a filter reads an edited field.
* A new order is a model reset (the view never keeps indexes into an old order); the selected
  plots are selected again as row ranges. Select-all is one range.

The table follows the session (project, zone, plots, selection) and reports the user's
selection as project row positions, so the map and the table stay in step.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from sezmap.model.statuses import STATUSES
from sezmap.render import names, numbers
from sezmap.session import plot_rows, plot_table
from sezmap.session.plot_rows import AREA_COLUMN
from sezmap.session.plot_table import OrderRequest, TableState, row_ranges
from sezmap.ui.panel import Later, ProjectPanel
from sezmap.ui.plots_table_model import PlotsFilter, PlotsTableModel, cell_text, status_ranks  # noqa: F401 (cell_text: this module's, as before)
from sezmap.ui.table_rows import TableRowsOut

SIZE_ROWS = 40  # rows looked at to size the columns to their contents
MAX_COLUMN = 320  # px: a long tenant name does not push the other columns out of sight

_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-table")


class _Results(QObject):
    ready = Signal(int, object)  # generation, order (emitted on the worker, received on the UI thread)


class AttributeTable(ProjectPanel):
    selectionChanged = Signal(object)  # list of project row positions
    zoomRequested = Signal(object)  # list of project row positions
    panRequested = Signal(object)  # rows the user selected, with "Pan map to selected rows" on
    orderShown = Signal()  # a new sort or filter is shown

    def __init__(self, session=None, language=None, parent=None):
        super().__init__(session, language, parent)
        self.refresh_later = Later(self, self._rebuild)  # after plots came or went (``panel.Later``)
        self.state = TableState()  # zone, sort, filters, order shown, selection (sezmap.session.plot_table)
        self._sized = False  # columns sized to their contents for this project (then left as the user sets them)
        self._syncing = False
        self._emitting = False  # telling the window of a selection made here (not shown again when it comes back)
        self._results = _Results(self)
        self._results.ready.connect(self._order_ready)
        self.model = PlotsTableModel(self)
        self.proxy = PlotsFilter(self.model, self.state, self)
        self.view = QTableView()
        self.view.setObjectName("plotsTable")
        self.view.setModel(self.proxy)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(22)
        self.view.horizontalHeader().setResizeContentsPrecision(SIZE_ROWS)
        # the column header asks its selection model, row by row (a call into Python for each),
        # whether each column is selected: with 470,000 rows selected its paint took seconds. Rows
        # are what is selected here, so the header gets a selection model of its own, always empty.
        self.view.horizontalHeader().setHighlightSections(False)
        self._header_selection = QItemSelectionModel(self.proxy, self)
        self.view.horizontalHeader().setSelectionModel(self._header_selection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._view_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.zoomRequested.emit(self.selected_rows()))
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        self.status_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_box.currentIndexChanged.connect(lambda _i: self._set_filter(status=self.status_box.currentData()))
        self.search = QLineEdit()
        self.search.setObjectName("plotSearch")
        self.search.setClearButtonEnabled(True)
        self._text_timer = QTimer(self)  # typing: filter once the keys pause (at once for a small zone)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(0)
        self._text_timer.timeout.connect(lambda: self._set_filter(text=self.search.text()))
        self.search.textChanged.connect(lambda _text: self._text_timer.start())
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.count_label.setObjectName("plotCount")
        self.pan_box = QCheckBox()  # as QGIS's "Pan map to selected rows"
        self.pan_box.setObjectName("panToSelected")
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.status_box)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.pan_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.proxy.sortRequested.connect(self._reorder)
        self.rows_out = TableRowsOut(self)  # the selected rows copied or exported as CSV
        self.retranslate_captions()
        self._update_count()

    @property
    def zone_id(self) -> str | None:
        return self.state.zone_id

    @property
    def _pending(self) -> bool:
        return self.state.pending

    def title(self) -> str:
        return self.tr("Attribute table")

    def retranslate_captions(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self.search.setPlaceholderText(self.tr("Search plot, tenant, project…"))
        self.pan_box.setText(self.tr("Pan map to selected rows"))
        if hasattr(self, "rows_out"):
            self.rows_out.retranslate()
        current = self.status_box.currentData()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_box.addItem(names.status_label(status), status)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(current)) if current else 0)
        self.status_box.blockSignals(False)
        # the texts are formatted again when drawn; no layout change: the rows stay where they are
        self.model.forget_texts()
        self.proxy.refresh_cells()
        if self.proxy.columnCount():
            self.proxy.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.proxy.columnCount() - 1)
            self._size_columns()
        if self.proxy.sort_key()[0] == "status":
            self._reorder()  # the status column sorts by its labels, in the new language

    def retranslate(self) -> None:
        """Captions and count; the cells are formatted again when drawn (no new order)."""
        self.retranslate_captions()
        self._update_count()

    def clear(self) -> None:
        self._sized = False
        self.state.zone_id = None

    def set_project(self, project, scene=None) -> None:
        self.project = project
        self.clear()
        self.refresh()

    # --- listening to the session -------------------------------------------------------------

    def _project_changed(self, session) -> None:
        self.project = session.project
        self.clear()
        self.state.zone_id = session.current_zone
        self.refresh()

    def _selection_changed(self, rows) -> None:
        if not self._emitting and not self.refresh_later.waits:  # (one waiting selects them)
            self.select_rows(rows)

    def _engine_changed(self, _engine) -> None:
        if self.zone_id is not None:  # the plots' areas, measured by the analysis
            self.plots_edited(self.state.rows.tolist())

    def _plots_changed(self, event) -> None:
        if event.structural:  # rows came or went: the zone's rows read again on a later turn
            self.refresh_later.ask()
            return
        self.refresh_later.flush()
        if "zone_id" in event.fields:
            self._rebuild()  # rows moved zone
        else:
            self.plots_edited(list(event.rows), event.fields)

    def _rebuild(self) -> None:
        self.refresh()
        self.select_rows(self.session.selection)

    # --- contents -----------------------------------------------------------------------------

    def set_zone(self, zone_id: str | None) -> None:
        self.state.zone_id = zone_id
        self.refresh()

    def refresh(self) -> None:
        """The zone's plots read again from the project, then sorted and filtered."""
        zone_id = self.state.zone_id
        plots = self.project.plots if zone_id is not None and self.project is not None else None
        areas = self._areas(plots)
        self._syncing = True
        try:
            self.proxy.beginResetModel()
            self.state.set_zone(plots, zone_id, areas)
            self.model.set_plots(plots, self.state.rows, areas)
            self.proxy.endResetModel()
        finally:
            self._syncing = False
        if len(self.state.rows) and not self._sized:
            self._size_columns()  # once per project (then as the user leaves them)
            self._sized = True
        self._reorder()

    def _areas(self, plots):
        """The plots' area column (ha; sezmap.session.plot_rows), None without plots. The table
        holds it beside the project's frame, never a frame with it (a frame sharing the
        project's columns makes pandas copy each column an edit writes)."""
        if plots is None:
            return None
        return plot_rows.areas_ha(plots, self.session.engine if self.session is not None else None)

    def _size_columns(self) -> None:
        """Each column as wide as its caption and the first rows' texts (at most MAX_COLUMN px):
        measured here from the cached row texts, ~10x cheaper than asking the view to (its
        resizeColumnsToContents asks the model for every role of every sampled cell)."""
        header = self.view.horizontalHeader()
        caption, cell = header.fontMetrics(), self.view.fontMetrics()
        order = self.proxy.order
        texts = [self.model.texts(int(order[i])) for i in range(min(SIZE_ROWS, len(order)))]
        for c, name in enumerate(self.model.columns):
            wanted = caption.horizontalAdvance(names.field_label(name)) + 28  # the sort arrow, margins
            if texts:
                icon = 22 if name == "status" else 0
                wanted = max(wanted, max(cell.horizontalAdvance(t[c]) for t in texts) + 14 + icon)
            if name == "status":  # every status, not only those of the first rows (they are few)
                wanted = max(wanted, max(cell.horizontalAdvance(names.status_label(s)) for s in STATUSES) + 36)
            header.resizeSection(c, min(wanted, MAX_COLUMN))

    def plots_edited(self, rows, fields=None) -> None:
        """Edited plots (project row positions) shown again, keeping the selection and the sort
        (and filter). ``fields``: the fields the edit changed (None: any, the areas too); the
        order is computed again when the sort or a filter reads one of them. No copy of the
        project's columns is made: the table reads them as they are now."""
        if self.project is None or self.zone_id is None:
            return
        plots = self.project.plots
        areas = self._areas(plots) if fields is None or "geometry" in fields else None
        self.model.update_rows(plots, rows, areas)
        self.state.plots_edited(plots, self.model.areas())
        self.proxy.refresh_cells()
        if fields is None or self.state.order_reads(set(fields) | plot_table.EDIT_STAMPS
                                                    | ({AREA_COLUMN} if "geometry" in fields else set())):
            self._reorder()

    def _set_filter(self, **changes) -> None:
        self.state.set_filter(**changes)
        self._reorder()

    def _reorder(self) -> None:
        """Sort and filter the zone's rows again: here for a small zone, else on the worker."""
        request: OrderRequest = self.state.request()
        ranks = status_ranks() if request.sort_column == "status" else None
        self._text_timer.setInterval(250 if request.big else 0)
        if not request.big:
            self._show_order(request.compute(ranks))
            return
        self._update_count()
        results, generation = self._results, request.generation

        def work():
            try:
                order = request.compute(ranks)
            except Exception:  # noqa: BLE001 - shown as an empty table rather than lost silently
                import traceback

                traceback.print_exc()
                order = np.zeros(0, np.int64)
            with contextlib.suppress(RuntimeError):  # the table may be gone
                results.ready.emit(generation, order)

        _EXECUTOR.submit(work)

    def _order_ready(self, generation: int, order) -> None:
        if self.state.is_current(generation):
            self._show_order(order)

    def _show_order(self, order: np.ndarray) -> None:
        self._syncing = True
        try:
            self.proxy.set_order(order)
        finally:
            self._syncing = False
        self._select(self.state.wanted, scroll=False)
        self._update_count()
        self.orderShown.emit()

    def wait_for_order(self, timeout: float = 10.0) -> bool:
        """Until the order for the filters set is shown (tests and benchmarks); True if it is."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        if self._text_timer.isActive():  # typed, not yet applied
            self._text_timer.stop()
            self._set_filter(text=self.search.text())
        deadline = QDeadlineTimer(int(timeout * 1000))
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._pending

    def _update_count(self) -> None:
        total = self.model.rowCount()
        if self.zone_id is None:
            self.count_label.setText(self.tr("Pick a zone to list its plots"))
        elif self._pending:
            self.count_label.setText(self.tr("Sorting %Ln plots…", "", total))
        else:
            shown = numbers.number(self.proxy.rowCount())
            text = self.tr("%1 of %Ln plot", "", total) if total == 1 else self.tr("%1 of %Ln plots", "", total)
            self.count_label.setText(text.replace("%1", shown))

    # --- selection ----------------------------------------------------------------------------

    def selected_positions(self) -> np.ndarray:
        """Positions (in the order shown) of the selected rows, from the selection's row ranges."""
        n = len(self.proxy.order)
        selection = self.view.selectionModel().selection()
        ranges = [(selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count())]
        if not ranges or not n:
            return np.zeros(0, np.int64)
        if len(ranges) == 1:
            top, bottom = ranges[0]
            return np.arange(max(top, 0), min(bottom, n - 1) + 1, dtype=np.int64)
        mask = np.zeros(n, dtype=bool)  # ranges may overlap: a mask, not a sort
        for top, bottom in ranges:
            mask[max(top, 0):bottom + 1] = True
        return np.flatnonzero(mask)

    def selected_rows(self) -> list[int]:
        """The selected plots as project row positions, ascending."""
        return self.state.rows_at(self.selected_positions())

    def _view_selection_changed(self, *_args) -> None:
        if not self._syncing:
            rows = self.selected_rows()
            self.state.select(rows)
            self._emitting = True
            try:
                self.selectionChanged.emit(rows)
            finally:
                self._emitting = False
            if rows and self.pan_box.isChecked():
                self.panRequested.emit(rows)

    def select_rows(self, project_rows) -> None:
        """Select these plots (project row positions) without echoing the change back."""
        self._select(self.state.select(project_rows), scroll=True)

    def _select(self, wanted: np.ndarray, scroll: bool) -> None:
        positions = self.state.positions_of(wanted)
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for first, end in row_ranges(positions):
            selection.select(self.proxy.index(first, 0), self.proxy.index(end, last))
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(selection, flags)
            if scroll and len(positions):
                self.view.scrollTo(self.proxy.index(int(positions[0]), 0))
        finally:
            self._syncing = False
