"""Idle plot review: the plots held without the promised investment past their deadline
(the analysis engine's idle flags), oldest deadline first; tick some and withdraw them in one
audited step, and see how much land that frees.
"""

from __future__ import annotations

import contextlib
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
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
from sezmap.ui.tasks import LISTS, Task
from sezmap.ui.text_table import TextTableModel, list_view, size_columns

COLUMNS = ("plot_id", "zone_id", "tenant", "status", "contract_deadline", "investment_committed_kzt",
           "investment_actual_kzt", "hectares")
NUMERIC = ("investment_committed_kzt", "investment_actual_kzt", "hectares")
MAX_COLUMN = 320  # px: a long tenant name does not push the other columns out of sight


class IdleTableModel(TextTableModel):
    """The idle plots (project row positions) with a check box each in the first column.

    Columnar: the project's columns are kept as arrays and a row's texts are made when the view
    asks for them (a cache of the rows drawn), the plot ids are one Arrow array and the ticks
    one boolean array: no Python object per listed plot (257k on the 1M-plot benchmark)."""

    keys = COLUMNS
    right_aligned = frozenset(NUMERIC)
    decorated = frozenset({"status"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = np.zeros(0, np.int64)
        self.hectares = np.zeros(0)
        self.id_array: pa.Array = pa.array([], pa.string())
        self.ticked = np.zeros(0, bool)
        self._values: dict[str, Any] = {}  # column -> numpy or pandas array, by project row
        self._zone_names: dict[str, str] = {}

    def set_list(self, plots, listed: ip.IdleList | None, zone_names: dict[str, str] | None = None) -> None:
        """List the plots of ``listed`` (rows of ``plots``); ticks of plots still listed stay."""
        rows = np.zeros(0, np.int64) if listed is None or plots is None else np.asarray(listed.rows, np.int64)
        ids = listed.ids if listed is not None and len(rows) else pa.array([], pa.string())
        hectares = listed.hectares if listed is not None and len(rows) else np.zeros(0)
        kept = self.id_array.filter(pa.array(self.ticked)) if self.ticked.any() else None
        self.beginResetModel()
        self.rows, self.id_array = rows, ids
        self.hectares = np.asarray(hectares, float)
        self.ticked = (pc.is_in(ids, value_set=kept).to_numpy(zero_copy_only=False).astype(bool)
                       if kept is not None and len(ids) else np.zeros(len(rows), bool))
        self._values = {}
        for c in COLUMNS:
            if plots is not None and c in plots.columns:
                series = plots[c]
                self._values[c] = series.to_numpy() if getattr(series.dtype, "kind", "O") in "fiub" else series.array
        self._zone_names = dict(zone_names or {})
        self.forget_texts()
        self.endResetModel()

    @property
    def ids(self) -> list[str]:
        """The listed plot ids, in order (a list made when asked for)."""
        return self.id_array.to_pylist()

    def id_at(self, position: int) -> str:
        return str(self.id_array[position].as_py())

    def value(self, position: int, column: str):
        """A listed plot's value (None when it has none)."""
        if column == "hectares":
            return float(self.hectares[position])
        values = self._values.get(column)
        value = None if values is None else values[int(self.rows[position])]
        return None if numbers.missing(value) else value

    def row_count(self) -> int:
        return len(self.rows)

    def caption(self, key: str) -> str:
        return self.tr("Area, ha") if key == "hectares" else names.field_label(key)

    def row_texts(self, position: int) -> tuple[str, ...]:
        language = numbers.ui_language()  # (once a row: it asks Qt's locale)
        return tuple(self._text(column, self.value(position, column), language) for column in COLUMNS)

    def _text(self, column: str, value, language: str) -> str:
        if column == "hectares":
            return numbers.grouped(value, 2, language)
        if column in NUMERIC:
            return numbers.grouped(value, 0, language)
        if column == "status":
            return names.status_label(str(value)) if value else ""
        if column == "zone_id":
            return "" if value is None else self._zone_names.get(str(value), str(value))
        if column == "contract_deadline":
            return ff.display_text("contract_deadline", value)
        return "" if value is None else str(value)

    def extra_width(self, column: int) -> int:
        return 36 if column == 0 else super().extra_width(column)  # the check box

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell_data(self, row: int, key: str, role):
        if role == Qt.ItemDataRole.CheckStateRole and key == COLUMNS[0]:
            return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            status = self.value(row, "status")
            return QColor(STATUS_COLOURS.get(str(status), "#FF00FF")) if status else None
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.ticked[index.row()] = on
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_count(self) -> int:
        return int(self.ticked.sum())

    def set_checked(self, plot_ids) -> None:
        """Tick exactly the listed plots among ``plot_ids``."""
        wanted = pa.array([str(p) for p in plot_ids], pa.string())
        self._set_ticks(pc.is_in(self.id_array, value_set=wanted).to_numpy(zero_copy_only=False).astype(bool)
                        if len(self.id_array) else np.zeros(0, bool))

    def tick_all(self, on: bool) -> None:
        self._set_ticks(np.full(len(self.rows), bool(on)))

    def _set_ticks(self, ticked: np.ndarray) -> None:
        self.ticked = ticked
        if len(self.rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_positions(self) -> np.ndarray:
        """Table rows of the ticked plots, in the listed order."""
        return np.flatnonzero(self.ticked)


class IdleReview(ProjectPanel):
    """The idle plots of the current zone (or of every zone) and their withdrawal."""

    def __init__(self, session, language=None, parent=None):
        super().__init__(session, language, parent)
        self._engine = session.engine  # the analysis the list was last built from
        self.freed_ha: float | None = None  # what the last withdrawal freed
        self.model = IdleTableModel(self)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.view = list_view("idleTable", self.model, many=True)
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
        self._generation = 0  # of the list asked for last (a list ordered on a worker shows if still wanted)
        self._task: Task | None = None  # the list being ordered on a worker
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
        self.model.tick_all(False)

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

    def _plots_changed(self, event) -> None:
        if self.lazy or event.structural or not self._unaffected(event):
            self.refresh()

    def _unaffected(self, event) -> bool:
        """Whether an edit leaves the list as it is: none of its plots is listed or idle now
        (most edits, e.g. a vacant plot reserved; the list of 257k plots is not made again)."""
        engine = self.session.engine
        if engine is None or engine is not self._engine or len(engine.idle) != len(self.session.project.plots):
            return False
        rows = np.asarray(event.rows, np.int64)
        return not (np.asarray(engine.idle)[rows].any() or np.isin(rows, self.model.rows).any())

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

    def zone_names(self) -> dict[str, str]:
        """Each zone's name in the UI language, by zone id (one pass over the zones)."""
        project = self.session.project
        if project is None:
            return {}
        return {str(rec["zone_id"]): names.feature_name(rec, self.language) or str(rec["zone_id"])
                for rec in project.zones.drop(columns="geometry", errors="ignore").to_dict("records")}

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
            self._generation += 1
            self._task = None
            self.model.set_list(None, None)
            self.note.setText(self.tr("No project is open.") if project is None
                              else self.tr("Computing the zone figures…"))
            return
        zone_id = self.zone_filter()
        request = ip.idle_request(engine, project, zone_id)
        self._generation += 1
        if not request.big:
            self._task = None
            self._show_list(project, engine, zone_id, request.ordered())
            return
        # a long list (257k plots at 1M) is ordered on a worker; the latest request is shown
        generation = self._generation
        task = Task(request.ordered, lane=LISTS)
        task.signals.finished.connect(lambda listed: self._listed(generation, project, engine, zone_id, listed),
                                      Qt.ConnectionType.QueuedConnection)
        self._task = task
        task.start()

    @property
    def listing(self) -> bool:
        """Whether a list being ordered off the UI thread is still to be shown."""
        return self._task is not None

    def _listed(self, generation: int, project, engine, zone_id, listed: ip.IdleList) -> None:
        if generation != self._generation or project is not self.session.project or engine is not self.session.engine:
            return  # a newer list was asked for meanwhile
        self._task = None
        self._show_list(project, engine, zone_id, listed)

    def _show_list(self, project, engine, zone_id, listed: ip.IdleList) -> None:
        first = self.model.rowCount() == 0
        self.model.set_list(project.plots, listed, self.zone_names())
        if first and len(listed.rows):
            self.size_columns()
        n = len(listed.rows)
        where = self.zone_name(zone_id) if zone_id else self.tr("all zones")
        if n == 0:
            text = self.tr("No idle plots in %1 as of %2.")
        else:
            text = (self.tr("%n idle plot in %1 as of %2, %3:", "", n) if n == 1
                    else self.tr("%n idle plots in %1 as of %2, %3:", "", n))
        self.note.setText(text.replace("%1", where).replace("%2", str(engine.as_of)).replace(
            "%3", numbers.hectares(float(listed.hectares.sum()), 2)))

    def size_columns(self) -> None:
        size_columns(self.view, self.model, MAX_COLUMN)

    def _update_buttons(self) -> None:
        n = self.model.checked_count()
        self.withdraw_button.setEnabled(n > 0)
        self.check_all.setEnabled(self.model.rowCount() > 0)
        all_ticked = n and n == self.model.rowCount()
        self.check_all.setText(self.tr("Untick all") if all_ticked else self.tr("Tick all"))

    def _toggle_all(self) -> None:
        self.model.tick_all(self.model.checked_count() != self.model.rowCount())

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
        if not len(positions):
            return False
        reason = self.ask_reason(len(positions))
        if reason is None:
            return False
        if not reason.strip():
            self._error(self.tr("Nothing was withdrawn: a reason is required."))
            return False
        ids = self.model.id_array.take(pa.array(positions)).to_pylist()
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
        self.model.tick_all(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("%1 done: freed %2.").replace("%1", step_text(text)).replace(
            "%2", numbers.hectares(freed, 2)))
        return True

    def _error(self, text: str) -> None:
        self.result.setStyleSheet("color: #C0392B;")
        self.result.setText(text)
