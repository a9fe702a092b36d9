"""Idle plot review: the plots held without the promised investment past their deadline
(the analysis engine's idle flags), oldest deadline first; tick some and withdraw them in one
audited step, and see how much land that frees.
"""

from __future__ import annotations

import contextlib

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sezmap.model.edits import ConflictError, PlotEdit
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render import names, numbers
from sezmap.session import form_fields as ff
from sezmap.session import idle_plots as ip
from sezmap.session.step_names import counted
from sezmap.ui import problem_text
from sezmap.ui.panel import ProjectPanel
from sezmap.ui.step_text import step_text

COLUMNS = ("plot_id", "zone_id", "tenant", "status", "contract_deadline", "investment_committed_kzt",
           "investment_actual_kzt", "hectares")
NUMERIC = ("investment_committed_kzt", "investment_actual_kzt", "hectares")


class IdleTableModel(QAbstractTableModel):
    """The idle plots (project row positions) with a check box each in the first column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = np.zeros(0, np.int64)
        self.ids: list[str] = []
        self.cells: list[dict] = []
        self.hectares = np.zeros(0)
        self.checked: set[str] = set()

    def set_rows(self, rows, cells: list[dict], hectares) -> None:
        self.beginResetModel()
        self.rows = np.asarray(rows, np.int64)
        self.cells = cells
        self.ids = [c["plot_id"] for c in cells]
        self.hectares = np.asarray(hectares, float)
        self.checked &= set(self.ids)  # ticks of plots still listed stay
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[section]
        return self.tr("Area, ha") if column == "hectares" else names.field_label(column)

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        cell = self.cells[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = cell.get(column)
            if column == "hectares":
                return numbers.number(value, 2)
            if column in NUMERIC:
                return numbers.number(value, 0)
            if column == "status":
                return names.status_label(str(value)) if value else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if cell["plot_id"] in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == "status" and cell.get("status"):
            return QColor(STATUS_COLOURS.get(str(cell["status"]), "#FF00FF"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        pid = self.cells[index.row()]["plot_id"]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if on:
            self.checked.add(pid)
        else:
            self.checked.discard(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, plot_ids) -> None:
        self.checked = set(plot_ids) & set(self.ids)
        if self.cells:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cells) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_positions(self) -> list[int]:
        """Table rows of the ticked plots, in the listed order."""
        return [i for i, pid in enumerate(self.ids) if pid in self.checked]


class IdleReview(ProjectPanel):
    """The idle plots of the current zone (or of every zone) and their withdrawal."""

    def __init__(self, session, language=None, parent=None):
        super().__init__(session, language, parent)
        self._engine = session.engine  # the analysis the list was last built from
        self.freed_ha: float | None = None  # what the last withdrawal freed
        self.model = IdleTableModel(self)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.view = QTableView()
        self.view.setObjectName("idleTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._show_plot)
        self.all_zones = QCheckBox()
        self.all_zones.setObjectName("idleAllZones")
        self.all_zones.toggled.connect(lambda _on: self.refresh())
        self.check_all = QPushButton()
        self.check_all.setObjectName("idleCheckAll")
        self.check_all.clicked.connect(self._toggle_all)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("idleWithdraw")
        self.withdraw_button.clicked.connect(self.withdraw_checked)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.note.setObjectName("idleNote")
        self.note.setWordWrap(True)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.result.setObjectName("idleResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.all_zones)
        top.addStretch(1)
        top.addWidget(self.check_all)
        top.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        # while ``lazy`` (the window sets it while the panel's dock is hidden), refresh() only
        # notes that the list is stale: on a million plots the list takes seconds to build
        self.lazy = False
        self._stale = False
        self.retranslate()

    # --- panel --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Idle plots")

    def retranslate_captions(self) -> None:
        self.all_zones.setText(self.tr("All zones"))
        self.check_all.setText(self.tr("Tick all"))
        self.withdraw_button.setText(self.tr("Withdraw ticked…"))
        self.withdraw_button.setToolTip(self.tr("Set the ticked plots' status to withdrawn, in one step "
                                                "that Undo takes back"))
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def clear(self) -> None:
        self.freed_ha = None
        self.result.clear()
        self.model.checked.clear()

    # --- listening ----------------------------------------------------------------------------

    def _project_changed(self, _session) -> None:
        self.project, self._engine = self.session.project, self.session.engine
        self.clear()
        self.refresh()

    def _engine_changed(self, engine) -> None:
        if engine is not self._engine:  # (a project opened says "no engine yet" once more)
            self._engine = engine
            self.refresh()

    def _zone_changed(self, _zone_id) -> None:
        self.refresh()

    def _plots_changed(self, _event) -> None:
        self.refresh()

    # --- contents -----------------------------------------------------------------------------

    def zone_filter(self) -> str | None:
        return None if self.all_zones.isChecked() else self.session.current_zone

    def zone_name(self, zone_id) -> str:
        project = self.session.project
        if project is None or zone_id is None:
            return "" if zone_id is None else str(zone_id)
        rows = project.zones[project.zones["zone_id"] == zone_id]
        if not len(rows):
            return str(zone_id)
        return names.feature_name(rows.iloc[0].to_dict(), self.language) or str(zone_id)

    def set_lazy(self, lazy: bool) -> None:
        """Refresh only when shown (``lazy``), or always; a stale list is built now when shown."""
        self.lazy = lazy
        if not lazy and self._stale:
            self.refresh()

    def refresh(self) -> None:
        if self.lazy:
            self._stale = True
            return
        self._stale = False
        session = self.session
        engine, project = session.engine, session.project
        if project is None or engine is None or engine.project is not project:
            self.model.set_rows([], [], [])
            self.note.setText(self.tr("No project is open.") if project is None
                              else self.tr("Computing the zone figures…"))
            return
        zone_id = self.zone_filter()
        rows = ip.idle_rows(engine, project, zone_id)
        plots = project.plots
        cells = []
        names_of: dict = {}
        present = [c for c in COLUMNS if c in plots.columns]
        values = {c: plots[c].iloc[rows].tolist() for c in present}  # each column looked up once
        for i in range(len(rows)):
            rec = {c: values[c][i] for c in present}
            rec = {c: (None if numbers.missing(v) else v) for c, v in rec.items()}
            zid = rec.get("zone_id")
            if zid not in names_of:
                names_of[zid] = self.zone_name(zid)
            rec["zone_id"] = names_of[zid]
            rec["plot_id"] = str(rec["plot_id"])
            rec["contract_deadline"] = ff.display_text("contract_deadline", rec.get("contract_deadline"))
            cells.append(rec)
        hectares = ip.plot_hectares(plots.geometry.values[rows]) if len(rows) else np.zeros(0)
        for rec, ha in zip(cells, hectares, strict=True):
            rec["hectares"] = float(ha)
        self.model.set_rows(rows, cells, hectares)
        self.view.resizeColumnsToContents()
        n = len(rows)
        where = self.zone_name(zone_id) if zone_id else self.tr("all zones")
        if n == 0:
            text = self.tr("No idle plots in %1 as of %2.")
        else:
            text = (self.tr("%n idle plot in %1 as of %2, %3:", "", n) if n == 1
                    else self.tr("%n idle plots in %1 as of %2, %3:", "", n))
        self.note.setText(text.replace("%1", where).replace("%2", str(engine.as_of)).replace(
            "%3", numbers.hectares(float(hectares.sum()), 2)))

    def _update_buttons(self) -> None:
        n = len(self.model.checked)
        self.withdraw_button.setEnabled(n > 0)
        self.check_all.setEnabled(self.model.rowCount() > 0)
        all_ticked = n and n == self.model.rowCount()
        self.check_all.setText(self.tr("Untick all") if all_ticked else self.tr("Tick all"))

    def _toggle_all(self) -> None:
        everything = len(self.model.checked) == self.model.rowCount()
        self.model.set_checked([] if everything else self.model.ids)

    def _show_plot(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session.set_selection([int(self.model.rows[index.row()])])

    # --- withdrawing --------------------------------------------------------------------------

    def ask_reason(self, count: int) -> str | None:
        """The reason for withdrawing ``count`` plots (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Withdraw idle plots"),
            self.tr("Why are these plots withdrawn? (required; written to the audit log)"))
        return text if ok else None

    def withdraw_checked(self) -> bool:
        """Withdraw the ticked plots in one undo step; True when written."""
        positions = self.model.checked_positions()
        if not positions:
            return False
        reason = self.ask_reason(len(positions))
        if reason is None:
            return False
        if not reason.strip():
            self._error(self.tr("Nothing was withdrawn: a reason is required."))
            return False
        ids = [self.model.ids[i] for i in positions]
        freed = float(self.model.hectares[positions].sum())
        session = self.session
        edits = [PlotEdit(pid, {"status": ff.WITHDRAWN}, session.actor, reason.strip(),
                          expect_version=session.version_of(pid)) for pid in ids]
        text = counted("withdraw_idle_plot", "withdraw_idle_plots", ids)
        try:
            session.edit(text, edits)
        except DataError as exc:
            lines = problem_text.error_text(exc, 12)
            head = (self.tr("Nothing was withdrawn: a plot was changed meanwhile.")
                    if isinstance(exc, ConflictError) else self.tr("Nothing was withdrawn:"))
            self._error(head + "\n" + lines)
            if isinstance(exc, ConflictError):
                with contextlib.suppress(DataError):
                    session.poll_external()
            return False
        self.freed_ha = freed
        self.model.set_checked([])
        self.result.setStyleSheet("")
        self.result.setText(self.tr("%1 done: freed %2.").replace("%1", step_text(text)).replace(
            "%2", numbers.hectares(freed, 2)))
        return True

    def _error(self, text: str) -> None:
        self.result.setStyleSheet("color: #C0392B;")
        self.result.setText(text)
