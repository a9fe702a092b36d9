"""The project's audit log: every recorded change, filtered by zone, actor, dates and field,
exported as CSV.

The rows come from ``GpkgStore.audit`` and the CSV from ``sezmap.store.audit_export`` (the
same columns as ``sezmap audit``); the file is written whole or not at all.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from sezmap.formats.atomic import write_text
from sezmap.model.problems import DataError
from sezmap.render import names
from sezmap.session import events
from sezmap.session import plot_history as ph
from sezmap.store.audit_export import audit_rows_csv
from sezmap.ui import i18n, problem_text
from sezmap.ui.history_panel import COLUMNS, AuditTableModel, value_cell, when_text
from sezmap.ui.step_text import reason_text

SHOW_ROWS = 5000  # rows listed (the latest); the export writes every row that matches
AUDIT_FIELDS = ("status", "tenant", "project_name", "cadastral_no", "allocated_on", "contract_deadline",
                "investment_committed_kzt", "investment_actual_kzt", "jobs_planned", "zone_id", "geometry",
                "plot", "lineage")


def ui_language() -> str:
    """The UI language as ``sezmap.ui.i18n.set_language`` set the default locale: en, ru or kk."""
    code = QLocale().name()[:2]
    return code if code in ("ru", "kk") else "en"


class AuditDialog(i18n.Retranslated, QDialog):
    """The project-wide audit view (non-modal; it follows the session's changes)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.session = session
        self.entries: list = []
        self.total = 0
        self.more = False  # more rows match than are listed
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("auditZone")
        self.actor_edit = QLineEdit()
        self.actor_edit.setObjectName("auditActor")
        self.actor_edit.setClearButtonEnabled(True)
        self.since_check, self.until_check = QCheckBox(), QCheckBox()
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for check, edit, day in ((self.since_check, self.since_edit, today.addDays(-30)),
                                 (self.until_check, self.until_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._schedule)
            edit.dateChanged.connect(self._schedule)
        self.since_edit.setObjectName("auditSince")
        self.until_edit.setObjectName("auditUntil")
        self.field_box = QComboBox()
        self.field_box.setObjectName("auditField")
        self.model = AuditTableModel(self, COLUMNS)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        # the selected row in full: long values folded (unfolded on demand), reasons whole
        self.detail = QTextBrowser()
        self.detail.setObjectName("auditDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._toggle_fold)
        self.unfolded: set[str] = set()  # the detail's values shown whole ("old_value", "new_value")
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.count_label.setObjectName("auditCount")
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.error.setObjectName("auditError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B;")
        self.export_button = QPushButton()
        self.export_button.setObjectName("auditExport")
        self.export_button.setAutoDefault(False)  # Enter in a field or the detail is not "export"
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.captions = {key: QLabel() for key in ("zone", "actor", "field")}
        filters = QGridLayout()
        filters.addWidget(self.captions["zone"], 0, 0)
        filters.addWidget(self.zone_box, 0, 1)
        filters.addWidget(self.captions["actor"], 0, 2)
        filters.addWidget(self.actor_edit, 0, 3)
        filters.addWidget(self.captions["field"], 0, 4)
        filters.addWidget(self.field_box, 0, 5)
        filters.addWidget(self.since_check, 1, 0)
        filters.addWidget(self.since_edit, 1, 1)
        filters.addWidget(self.until_check, 1, 2)
        filters.addWidget(self.until_edit, 1, 3)
        filters.setColumnStretch(3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        self.zone_box.currentIndexChanged.connect(self._schedule)
        self.field_box.currentIndexChanged.connect(self._schedule)
        self.actor_edit.textChanged.connect(self._schedule)
        self.destroyed.connect(events.listen(
            (session.project_changed, self._project_changed),
            (session.plots_changed, self._plots_changed)))
        self.resize(1000, 560)
        self.retranslate()
        self.refresh()

    # --- captions -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.captions["zone"].setText(self.tr("Zone:"))
        self.captions["actor"].setText(self.tr("Who:"))
        self.captions["field"].setText(self.tr("Field:"))
        self.actor_edit.setPlaceholderText(self.tr("any (exact name)"))
        self.since_check.setText(self.tr("From"))
        self.until_check.setText(self.tr("To"))
        self.export_button.setText(self.tr("Export CSV…"))
        self._fill_zones()
        self._fill_fields()
        self.model.retranslate()
        self._show_count()
        self.show_detail()

    def _fill_zones(self) -> None:
        box = self.zone_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All zones"), None)
        project = self.session.project
        if project is not None:
            language = ui_language()
            zones = [(names.feature_name(row, language) or str(row["zone_id"]), str(row["zone_id"]))
                     for row in project.zones.drop(columns="geometry").to_dict("records")]
            for name, zid in i18n.sorted_by_text(zones, lambda t: t[0]):
                box.addItem(name, zid)
        at = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(at, 0))
        box.blockSignals(False)

    def _fill_fields(self) -> None:
        box = self.field_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All fields"), None)
        for name in AUDIT_FIELDS:
            box.addItem(self.model.field_text(name), name)
        at = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(at, 0))
        box.blockSignals(False)

    # --- listening ----------------------------------------------------------------------------

    def _project_changed(self, _session) -> None:
        self._fill_zones()
        self.refresh()

    def _plots_changed(self, _event) -> None:
        self._schedule()

    def _schedule(self, *_args) -> None:
        self.timer.start()

    # --- rows ---------------------------------------------------------------------------------

    def filters(self) -> dict:
        """The filters as ``GpkgStore.audit`` takes them."""
        actor = self.actor_edit.text().strip()
        return {
            "zone": self.zone_box.currentData(),
            "actor": actor or None,
            "since": self.since_edit.date().toString("yyyy-MM-dd") if self.since_check.isChecked() else None,
            "until": self.until_edit.date().toString("yyyy-MM-dd") if self.until_check.isChecked() else None,
            "field": self.field_box.currentData(),
        }

    def set_filters(self, zone=None, actor: str = "", since: str | None = None, until: str | None = None,
                    field: str | None = None) -> None:
        """Set every filter at once (dates as YYYY-MM-DD, None: open) and list the rows."""
        widgets = (self.zone_box, self.field_box, self.actor_edit, self.since_check, self.until_check,
                   self.since_edit, self.until_edit)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.zone_box.setCurrentIndex(max(0, self.zone_box.findData(zone)) if zone else 0)
            self.field_box.setCurrentIndex(max(0, self.field_box.findData(field)) if field else 0)
            self.actor_edit.setText(actor or "")
            for check, edit, value in ((self.since_check, self.since_edit, since),
                                       (self.until_check, self.until_edit, until)):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                if value is not None:
                    edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.refresh()

    def query(self, limit: int | None = None) -> list:
        store = self.session.store
        if store is None:
            return []
        return store.audit(**self.filters(), limit=limit)

    def refresh(self) -> None:
        """List the rows that match the filters, newest first."""
        self.timer.stop()
        self.error.clear()
        try:
            entries = self.query(SHOW_ROWS + 1)
        except DataError as exc:
            entries = []
            self.error.setText(self.tr("The audit log could not be read: %1").replace("%1", problem_text.error_text(exc, 5)))
        self.more = len(entries) > SHOW_ROWS
        self.entries = ph.newest_first(entries)[:SHOW_ROWS]
        self.model.set_entries(self.entries)
        self.view.resizeColumnsToContents()
        for row, entry in enumerate(self.entries):
            if entry.reason and "\n" in entry.reason:
                self.view.resizeRowToContents(row)  # a reason of several lines is read whole
        self.unfolded.clear()
        self.show_detail()
        self._show_count()
        self.export_button.setEnabled(self.session.store is not None)

    def _show_count(self) -> None:
        if self.session.store is None:
            text = self.tr("No project is open.")
        else:
            n = len(self.entries)
            text = (self.tr("%n recorded change", "", n) if n == 1 else self.tr("%n recorded changes", "", n))
            if self.more:
                text += " " + self.tr("(the latest %1 are listed; the export has them all)").replace(
                    "%1", str(SHOW_ROWS))
        self.count_label.setText(text)

    # --- the selected row -------------------------------------------------------------------

    def _row_changed(self, *_args) -> None:
        self.unfolded.clear()
        self.show_detail()

    def show_detail(self) -> None:
        """The selected row in full below the table: a long value folded to its start with
        "Show all", a reason of several lines whole."""
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.entries):
            self.detail.setHtml("<i>" + html.escape(self.tr("Select a row to see it in full.")) + "</i>")
            return
        e, m = self.entries[row], self.model
        parts = [(m.header("at"), html.escape(when_text(e.at))), (m.header("plot_id"), html.escape(str(e.plot_id))),
                 (m.header("field"), html.escape(m.field_text(e.field)))]
        for column in ("old_value", "new_value"):
            parts.append((m.header(column), self._value_html(column, e.field, getattr(e, column))))
        parts += [(m.header("actor"), html.escape(str(e.actor or ""))),
                  (m.header("reason"), f"<span style='white-space: pre-wrap'>{html.escape(reason_text(e.reason))}</span>")]
        self.detail.setHtml("<table cellpadding='2'>" + "".join(
            f"<tr><td valign='top'><b>{name}</b></td><td>{value}</td></tr>" for name, value in parts) + "</table>")

    def _value_html(self, column: str, field: str, value) -> str:
        folded = ph.fold(value)
        if field not in ("geometry", "plot", "lineage") and not folded.folded:
            return html.escape(value_cell(field, value))
        if not folded.folded:
            return html.escape(folded.whole)
        if column in self.unfolded:
            fold_word = html.escape(self.tr("Fold"))
            return (f"<pre style='white-space: pre-wrap'>{html.escape(folded.whole)}</pre>"
                    f"<a href='fold:{column}'>{fold_word}</a>")
        more = self.tr("Show all (%n characters)", "", len(str(value)))
        return f"{html.escape(folded.head)} <a href='unfold:{column}'>{html.escape(more)}</a>"

    def _toggle_fold(self, url: QUrl) -> None:
        action, _, column = url.toString().partition(":")
        if action == "unfold":
            self.unfolded.add(column)
        else:
            self.unfolded.discard(column)
        self.show_detail()

    # --- export -------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where, then write the matching rows as CSV."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit rows"), "audit.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> bool:
        """Every row that matches the filters (not only those listed) as CSV at ``path``,
        written to a temporary file beside it and renamed; True when written."""
        try:
            text = audit_rows_csv(self.query())
            store = self.session.store
            write_text(path, text, inputs=[] if store is None else [store.location])
        except DataError as exc:
            self.error.setText(self.tr("Nothing was exported: %1").replace("%1", problem_text.error_text(exc, 5)))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("%1 could not be written: %2").replace("%1", str(path)).replace(
                                    "%2", exc.strerror or str(exc)))
            return False
        self.count_label.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return True
