"""The plot form: edit the selected plot (or, in batch, every selected plot) in one audited step.

Thin: reading the fields and building the edits is ``sezmap.session.form_fields`` and ``batch_edits``; the change
goes through ``ProjectSession.edit`` (one undo step); the form reloads from the session's
project whenever the selection or the shown plots change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html

import numpy as np
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sezmap.model import workflow
from sezmap.model.edits import ConflictError
from sezmap.model.problems import DataError
from sezmap.render import names, numbers
from sezmap.session import batch_edits as be
from sezmap.session import form_fields as ff
from sezmap.session import form_state as fs
from sezmap.session.step_names import counted
from sezmap.ui.file_wait import FileWait
from sezmap.ui.hint_label import HintLabel
from sezmap.ui.panel import Later, ProjectPanel
from sezmap.ui.problem_text import problem_line
from sezmap.ui.step_text import step_text

ERROR_STYLE = "color: #C0392B;"
HINT_STYLE = "color: palette(mid);"
DONE_STYLE = "color: #1E7D32;"
SHOW_IDS = 12  # plot ids named in a message before "and N more"


def id_list(ids, limit: int = SHOW_IDS) -> str:
    ids = list(ids)
    text = ", ".join(ids[:limit])
    return text + (f" … (+{len(ids) - limit})" if len(ids) > limit else "")


class PlotForm(ProjectPanel):
    """Edits the plots of ``session.selection``: one plot, or several at once (batch)."""

    def __init__(self, session, language=None, parent=None):
        super().__init__(session, language, parent)
        self.reload_later = Later(self, self.reload)  # after plots came or went (``panel.Later``)
        self.records = be.PlotRecords(None, [])  # the shown plots, as read from session.project.plots
        self._loading = False
        self._shown: dict = {}  # the fields' texts as last loaded (has_unapplied compares)
        self.pending: fs.ChangedElsewhere | None = None  # a change by others not yet reloaded or kept
        self.read_only = False  # the file cannot be changed (session.file_notices): Apply is off
        self.reloads = 0  # times the form was loaded from the project (an Apply loads it once)
        self.heading = QLabel()
        self.heading.setObjectName("plotFormHeading")
        self.heading.setWordWrap(True)
        self.status_box = QComboBox()
        self.status_box.setObjectName("field_status")
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ff.FORM_FIELDS:
            if name == ff.STATUS:
                widget: QWidget = self.status_box
            else:
                edit = QLineEdit()
                edit.textChanged.connect(self._changed)
                self.edits[name] = widget = edit
            widget.setObjectName(f"field_{name}")
            self._add_row(name, widget)
        self.status_box.currentIndexChanged.connect(self._changed)
        self.reason = QLineEdit()
        self.reason.setObjectName("field_reason")
        self.reason.textChanged.connect(self._changed)
        self.reason.returnPressed.connect(self.apply)
        self._add_row("reason", self.reason)
        self.why = QLabel()
        self.why.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.why.setObjectName("plotFormWhy")
        self.why.setWordWrap(True)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.error.setObjectName("plotFormError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.note.setObjectName("plotFormNote")
        self.note.setWordWrap(True)
        self.conflict = QWidget()
        self.conflict.setObjectName("plotFormConflict")
        self.conflict_text = QLabel()
        self.conflict_text.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.conflict_text.setObjectName("plotFormConflictText")
        self.conflict_text.setWordWrap(True)
        self.conflict_text.setStyleSheet(ERROR_STYLE)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadTheirs")
        self.reload_button.clicked.connect(self.reload_theirs)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepMine")
        self.keep_button.clicked.connect(self.keep_mine)
        conflict_box = QVBoxLayout(self.conflict)
        conflict_box.setContentsMargins(0, 0, 0, 0)
        conflict_box.addWidget(self.conflict_text)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.reload_button)
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addStretch(1)
        conflict_box.addLayout(conflict_buttons)
        self.conflict.hide()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyPlot")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("revertPlot")
        self.revert_button.clicked.connect(self.reload)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawPlots")
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.heading)
        box.addLayout(self.form)
        box.addWidget(self.why)
        box.addWidget(self.conflict)
        box.addLayout(buttons)
        self.file_wait = FileWait()  # Apply on a file another program is writing: waits there, not here
        self.file_wait.finished.connect(self._wait_over)
        box.addWidget(self.file_wait)
        box.addWidget(self.note)
        box.addWidget(self.error)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_captions()
        self.reload()

    def _add_row(self, name: str, widget) -> None:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        message = HintLabel()  # its line is kept, so typing never moves the fields below
        message.setObjectName(f"message_{name}")
        column.addWidget(message)
        caption = QLabel()
        caption.setBuddy(widget)
        self.form.addRow(caption, cell)
        self.messages[name] = message
        self.captions[name] = caption

    # --- panel ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Editor")  # a tab title: short enough in every language

    def retranslate_captions(self) -> None:
        for name, caption in self.captions.items():
            text = self.tr("Reason (required)") if name == "reason" else names.field_label(name)
            caption.setText(text + ":")
        self.reason.setPlaceholderText(self.tr("Why the change is made; written to the audit log"))
        self.apply_button.setText(self.tr("Apply"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Show the plot's stored values again"))
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Show their values; what you typed is dropped"))
        self.keep_button.setText(self.tr("Keep mine"))
        self.keep_button.setToolTip(self.tr("Keep what you typed, to apply it over their change"))
        self._conflict_text()
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Set the status of the selected plots to withdrawn"))
        self.file_wait.retranslate()
        self._placeholders()

    def refresh(self) -> None:
        self._fill_status_box(self.status_box.currentData())
        self._heading()
        self._changed()

    def clear(self) -> None:
        self.records = be.PlotRecords(None, [])

    # --- listening to the session ---------------------------------------------------------

    def _project_changed(self, _session) -> None:
        self.project = self.session.project
        self.error.clear()
        self.note.clear()
        self.reload()

    def _selection_changed(self, _rows) -> None:
        self.error.clear()
        self.note.clear()
        self.reason.clear()  # a reason is given for one change, not carried to another plot
        if not self.reload_later.waits:  # (one waiting reads the selection when it runs)
            self.reload()

    def _plots_changed(self, event) -> None:
        self.reload_later.flush()
        shown = self.plot_ids()
        external = event.origin == "external"
        action = fs.on_change(shown, event.plot_ids, event.structural, external, self.has_unapplied())
        if action == fs.IGNORE:
            return
        if action == fs.ASK:  # never written over what the user typed: say so, and ask
            self._ask_about(set(shown) & set(event.plot_ids), event.actors)
            return
        if event.structural and not external:  # plots came or went: on a later turn (``Later``)
            self.reload_later.ask()
            return
        self.reload()
        if external and set(shown) & set(event.plot_ids):
            who = ", ".join(event.actors) or "?"
            self.note.setStyleSheet("")
            self.note.setText(self.tr("Changed meanwhile by %1; the form shows the new values.").replace("%1", who))

    def _ask_about(self, plot_ids, actors=()) -> None:
        """Show who changed these shown plots and when, with Reload and Keep mine; Apply waits."""
        rows = [r for r in (self.session.row_of(p) for p in plot_ids) if r is not None][:200]
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.pending = fs.changed_elsewhere([self.session.plot_record(r) for r in rows], plot_ids, actors, now)
        self._conflict_text()
        self.conflict.show()
        self._changed()

    def _conflict_text(self) -> None:
        p = self.pending
        if p is None:
            self.conflict_text.clear()
            return
        who = ", ".join(p.actors) or self.tr("another program")
        self.conflict_text.setText(self.tr("Changed by %1 at %2 while you were typing. Reload shows their values; "
                                           "Keep mine keeps what you typed, to apply over theirs.")
                                   .replace("%1", who).replace("%2", p.at or "?"))

    def reload_theirs(self) -> None:
        """Drop what was typed and show the plots as they are now."""
        self.reload()

    def keep_mine(self) -> None:
        """Take the plots as they are now as the base of the edit, keeping what the user typed."""
        loaded, typed, reason = self._shown, self.texts(), self.reason.text()
        self.reload()
        self._set_texts(fs.keep_mine(loaded, typed, self._shown))
        self.reason.setText(reason)
        self._changed()

    def _set_texts(self, texts: dict) -> None:
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setText(texts.get(name) or "")
            at = self.status_box.findData(texts.get(ff.STATUS))
            if at >= 0:
                self.status_box.setCurrentIndex(at)
        finally:
            self._loading = False

    # --- loading ----------------------------------------------------------------------------

    @property
    def batch(self) -> bool:
        return len(self.records) > 1

    def plot_ids(self) -> list[str]:
        return [str(v) for v in self.records.column("plot_id")] if self.records else []

    def reload(self) -> None:
        """Show the selected plots' values as they are in ``session.project.plots``."""
        self.pending = None
        self.reloads += 1
        self.conflict.hide()
        session = self.session
        plots = session.project.plots if session.project is not None else None
        rows = np.asarray(session.selection, dtype=np.int64)
        rows = rows[(rows >= 0) & (rows < (len(plots) if plots is not None else 0))]
        self.records = be.PlotRecords(plots, rows)  # read when needed: a select-all costs nothing
        self._loading = True
        try:
            point = QLocale().decimalPoint()
            for name, edit in self.edits.items():
                value = self.records[0].get(name) if len(self.records) == 1 else None
                edit.setText(ff.display_text(name, value, point))
                edit.setEnabled(bool(self.records))
            self.status_box.setEnabled(bool(self.records))
            current = self.records[0].get(ff.STATUS) if len(self.records) == 1 else None
            self._fill_status_box(current)
            self.reason.setEnabled(bool(self.records))
            self._placeholders()
        finally:
            self._loading = False
        self._shown = self.texts()
        self._heading()
        self._changed()

    def has_unapplied(self) -> bool:
        """Whether a field was changed since the plots were loaded (the reason aside)."""
        return bool(self.records) and self.texts() != self._shown

    def _fill_status_box(self, current) -> None:
        box = self.status_box
        box.blockSignals(True)
        try:
            box.clear()
            if not self.records:
                pass
            elif self.batch:
                box.addItem(self.tr("(keep each plot's status)"), None)
                for status in be.batch_statuses(self.records.distinct(ff.STATUS)):
                    box.addItem(names.status_label(status), status)
            else:
                old = self.records[0].get(ff.STATUS)
                allowed = workflow.allowed_transitions(old)
                if old is not None and old not in allowed:
                    box.addItem(str(old), old)  # a status from elsewhere, kept unless changed
                for status in allowed:
                    box.addItem(names.status_label(status), status)
            at = box.findData(current) if current is not None else -1
            box.setCurrentIndex(at if at >= 0 else 0)
        finally:
            box.blockSignals(False)

    def _placeholders(self) -> None:
        for name, edit in self.edits.items():
            if self.batch:
                edit.setPlaceholderText(self.tr("(keep)"))
            elif name in ff.DATE_FIELDS:
                edit.setPlaceholderText(self.tr("YYYY-MM-DD, empty: no date"))
            elif name in ff.MONEY_FIELDS:
                edit.setPlaceholderText(self.tr("tenge, empty: not known"))
            else:
                edit.setPlaceholderText("")

    def _heading(self) -> None:
        n = len(self.records)
        if self.session.project is None:
            text = self.tr("No project is open.")
        elif n == 0:
            text = self.tr("Select a plot on the map or in the attribute table to edit it.")
        elif n == 1:
            r = self.records[0]
            text = "<b>" + self.tr("Plot %1, version %2").replace("%1", html.escape(str(r["plot_id"]))).replace(
                "%2", ff.display_text("jobs_planned", r.get("version"))) + "</b>"
        else:
            text = "<b>" + self.tr("%n plots selected", "", n) + "</b><br>" + self.tr(
                "The fields you fill in are applied to every selected plot; empty fields are kept.")
        self.heading.setText(text)

    # --- checking ----------------------------------------------------------------------------

    def texts(self) -> dict:
        out = {name: edit.text() for name, edit in self.edits.items()}
        out[ff.STATUS] = self.status_box.currentData()
        return out

    def read(self) -> ff.FormValues:
        locale = QLocale()
        return ff.read_form(self.texts(), batch=self.batch, decimal_point=locale.decimalPoint(),
                            group_separator=locale.groupSeparator())

    def plan(self, values: dict | None = None) -> be.EditPlan:
        values = self.read().values if values is None else values
        return be.plan_edits(self.records, values, self.session.actor, self.reason.text())

    def problem_text(self, code: str) -> str:
        return {
            ff.NOT_A_DATE: self.tr("Write the date as YYYY-MM-DD, for example 2026-03-31."),
            ff.NOT_A_NUMBER: self.tr("Not a number."),
            ff.NEGATIVE: self.tr("Cannot be negative."),
            ff.NOT_WHOLE: self.tr("Must be a whole number."),
            ff.TOO_LARGE: self.tr("Too large: at most 9,007,199,254,740,992."),
            ff.CONTROL_CHARACTERS: self.tr("Contains control characters."),
        }.get(code, code)

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        form = self.read()
        why = self._blocked(form)
        for name, message in self.messages.items():
            text, style = "", ERROR_STYLE
            if name in form.problems:
                text = self.problem_text(form.problems[name])
            elif name in ff.MONEY_FIELDS and form.values.get(name) is not None:
                text, style = numbers.tenge(form.values[name]), HINT_STYLE
            elif name == "reason" and why == self._reason_wanted():  # (only once there is a change to apply)
                text = self.tr("Required: the audit log keeps why every change was made.")
            message.setText(text)
            message.setStyleSheet(style)
        self.why.setText(why)
        self.apply_button.setEnabled(not why)
        self.apply_button.setToolTip(why)
        withdraw_why = self._withdraw_blocked()
        self.withdraw_button.setEnabled(not withdraw_why)
        if self.file_wait.waiting:  # an Apply waits for the file: one at a time
            self.apply_button.setEnabled(False)
            self.withdraw_button.setEnabled(False)
        self.withdraw_button.setToolTip(withdraw_why or self.tr("Set the status of the selected plots to withdrawn"))

    def _blocked(self, form: ff.FormValues) -> str:
        """Why Apply cannot be pressed now ("" when it can)."""
        if not self.records:
            return self.tr("Select a plot to edit.")
        if self.read_only:
            return self.tr("The project file is read-only: nothing can be changed.")
        if self.pending is not None:
            return self.tr("Another user changed this plot: choose Reload or Keep mine first.")
        if form.problems:
            return self.tr("Correct the fields marked in red.")
        plan = self.plan(form.values)
        if plan.refused:
            return self.refused_text(form.values.get(ff.STATUS), plan.refused)
        if plan.unchanged:
            return self.tr("Nothing to apply: the fields hold the plot's stored values.")
        if not self.reason.text().strip():
            return self._reason_wanted()
        return ""

    def _reason_wanted(self) -> str:
        return self.tr("Give a reason to apply the change.")

    def _withdraw_blocked(self) -> str:
        if not self.records:
            return self.tr("Select a plot to edit.")
        if self.read_only:
            return self.tr("The project file is read-only: nothing can be changed.")
        if not be.can_withdraw(self.records.distinct(ff.STATUS)):
            return self.tr("No selected plot can be withdrawn (only allocated, under construction or "
                           "operational plots can).")
        if not self.reason.text().strip():
            return self._reason_wanted()
        return ""

    def refused_text(self, status, refused: dict) -> str:
        label = names.status_label(str(status)) if status else ""
        return self.tr("Nothing was saved: status “%1” is not allowed for %2.").replace("%1", label).replace(
            "%2", id_list(refused))

    # --- writing ----------------------------------------------------------------------------

    def apply(self) -> bool:
        """Write the form's changes as one undo step; True if something was written."""
        form = self.read()
        why = self._blocked(form)
        if why:
            self.error.setText(why if self.plan(form.values).refused else "")
            self.why.setText(why)
            return False
        plan = self.plan(form.values)
        text = counted("edit_plot", "edit_plots", [e.plot_id for e in plan.edits])
        return self._run(text, plan)

    def withdraw(self) -> bool:
        """Withdraw every selected plot (status withdrawn), one undo step."""
        why = self._withdraw_blocked()
        if why:
            self.why.setText(why)
            return False
        plan = self.plan({ff.STATUS: ff.WITHDRAWN})
        if plan.refused:
            self.error.setText(self.refused_text(ff.WITHDRAWN, plan.refused))
            return False
        if not plan.edits:
            return False
        text = counted("withdraw_plot", "withdraw_plots", [e.plot_id for e in plan.edits])
        return self._run(text, plan)

    def _wait_over(self, written: bool) -> None:
        self._changed()
        if not written:
            self.note.setStyleSheet("")
            self.note.setText(self.tr("Nothing was saved: you stopped waiting for the file."))

    def error_text(self, exc: DataError) -> str:
        """A store refusal in words: nothing was saved, and each problem the store named."""
        lines = [problem_line(p) for p in exc.problems[:20]]  # in the UI language
        if len(exc.problems) > 20:
            lines.append("…")
        if isinstance(exc, ConflictError):
            head = self.tr("Nothing was saved: the plot was changed meanwhile (by another program or "
                           "user). What you typed is kept: choose Reload or Keep mine.")
        else:
            head = self.tr("Nothing was saved:")
        return head + "\n" + "\n".join(lines)

    def _run(self, text: str, plan: be.EditPlan) -> bool:
        self.error.clear()
        self.note.clear()
        if not self.file_wait.ready(self.session.store):  # another program is writing: wait off this thread
            self.file_wait.wait_then(self.session.store, lambda: self._run(text, plan))
            self._changed()
            return False
        reloads = self.reloads
        try:
            self.session.edit(text, plan.edits)
        except DataError as exc:
            if isinstance(exc, ConflictError):
                with contextlib.suppress(DataError):
                    self.session.poll_external()  # bring the plots up to date (the form asks)
                if self.pending is None and self.has_unapplied():
                    self._ask_about(self.plot_ids())
            self.error.setText(self.error_text(exc))
            return False
        self.reason.clear()
        if self.reloads == reloads:  # (the form already follows the edit's event: not loaded twice)
            self.reload()
        self.note.setStyleSheet(DONE_STYLE)
        n = len(plan.edits)
        self.note.setText(self.tr("Saved: %1").replace("%1", step_text(text)) if n else "")
        return True
