"""Editing in the main window: Undo/Redo actions, changes made elsewhere picked up and told.

The session (``sezmap.session``) does the work; the panels follow its events themselves and the
map's scene through ``render.scene_sync``; this only says in the status bar who changed what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from sezmap.model.edits import StepConflict
from sezmap.ui import problem_text, shortcuts, tool_icons
from sezmap.ui.edit_merge import merge_selected
from sezmap.ui.file_wait import FileWait
from sezmap.ui.reason_dialog import ask_reason
from sezmap.ui.status_text import Piece, Translated, joined, rendered, translate
from sezmap.ui.step_text import step_text

if TYPE_CHECKING:
    from sezmap.ui.audit_dialog import AuditDialog

POLL_MS = 1500  # how often the file is checked for changes made by another program


class WindowEdits(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts(shortcuts.key_sequences(QKeySequence.StandardKey.Undo, ("Ctrl+Z",)))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts(shortcuts.key_sequences(QKeySequence.StandardKey.Redo, shortcuts.REDO_KEYS))
        self.redo_action.triggered.connect(self.redo)
        d = window.docks
        self.act = {
            "edit_plots": self._action("edit_plots", lambda: self._show(d.plot_form_dock), "F2"),
            "history": self._action("history", lambda: self._show(d.history_dock), "Ctrl+H"),
            "idle_review": self._action("idle_review", lambda: self._show(d.idle_dock), "Ctrl+Shift+L"),
            "audit_log": self._action("audit_log", self.audit_dialog, "Ctrl+Shift+H"),
        }
        self.audit: AuditDialog | None = None  # the audit log window, made when first asked for
        # an undo or redo on a file another program is writing waits there, in the status bar
        self.file_wait = FileWait()
        self.file_wait.started.connect(self.update_actions)
        self.file_wait.finished.connect(self._wait_over)
        window.statusBar().addPermanentWidget(self.file_wait)
        for tool in window.tools.values():  # a map edit on a busy file waits there too
            if hasattr(tool, "file_wait"):
                tool.file_wait = self.file_wait
        self.session.undo_stack.changed.connect(self.update_actions)
        self.session.plots_changed.connect(self.plots_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll_external)
        self.timer.start()
        self.update_actions()

    # --- undo and redo --------------------------------------------------------------------

    def update_actions(self) -> None:
        stack = self.session.undo_stack
        free = not self.file_wait.waiting  # one step at a time
        self.undo_action.setEnabled(stack.can_undo and free)
        self.redo_action.setEnabled(stack.can_redo and free)
        self.undo_action.setText(self.tr("Undo %1").replace("%1", step_text(stack.undo_text)) if stack.can_undo else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo %1").replace("%1", step_text(stack.redo_text)) if stack.can_redo else self.tr("Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(tool_icons.tooltip(action))

    def undo_notice(self) -> Piece | None:
        """What became of the undo steps kept from the last run, to say in the UI language (None:
        nothing to say)."""
        kept = self.session.undo_kept
        texts = {
            "older_file": translate("WindowEdits", "Undo history dropped: this file is older than the one the steps "
                                                   "were made in (a restored backup or an older copy)."),
            "history_differs": translate("WindowEdits", "Undo history dropped: this file's history differs from the "
                                                        "one the steps were made in (a copy changed elsewhere)."),
            "moved": translate("WindowEdits", "Undo history kept from %1 (the same project, copied or moved)."),
            "changed_since": translate("WindowEdits", "The project was changed since by %1: each undo and redo is "
                                                      "checked not to overwrite their changes."),
        }
        if kept.code in texts:
            return texts[kept.code].arg(kept.arg)
        return kept.notice or None  # (a notice the app has no words for: the session's English)

    def _action(self, key, slot, shortcut) -> QAction:
        act = QAction(self.window)
        act.setObjectName(key)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    @staticmethod
    def _show(dock) -> None:
        dock.show()
        dock.raise_()

    def audit_dialog(self) -> None:
        """The project-wide audit log (filters, CSV export), beside the map (not modal)."""
        from sezmap.ui.audit_dialog import AuditDialog

        if self.audit is None:
            self.audit = AuditDialog(self.session, self.window)
        self.audit.show()
        self.audit.raise_()

    def retranslate(self) -> None:
        texts = {"edit_plots": self.tr("Edit &selected plots…"), "history": self.tr("Plot &history"),
                 "idle_review": self.tr("&Idle plots review"), "audit_log": self.tr("&Audit log…")}
        for key, text in texts.items():
            self.act[key].setText(text)
        self.file_wait.retranslate()
        self.update_actions()

    def undo(self) -> None:
        self._step(self.session.undo, translate("WindowEdits", "Undone: %1"), self.tr("Undo the rest"))

    def redo(self) -> None:
        self._step(self.session.redo, translate("WindowEdits", "Redone: %1"), self.tr("Redo the rest"))

    def _step(self, fn, done: Translated, rest: str) -> None:
        """Undo or redo. If others changed the step's plots since, nothing is written: the user
        is told who changed what and may have the rest done (what nobody touched). On a file
        another program is writing, the step waits for it off the UI thread (``file_wait``)."""
        store = self.session.store
        if store is not None and not self.file_wait.ready(store):
            self.file_wait.wait_then(store, lambda: self._step(fn, done, rest))
            return
        except_theirs = None
        try:
            command = fn()
        except StepConflict as exc:
            if not self.ask_rest(exc, rest):
                self.window.status_message.show(
                    translate("WindowEdits", "Nothing was changed: others changed these plots after the step."), 10000)
                return
            command = self.run(fn, True)
            except_theirs = translate("WindowEdits", "(except what others changed since)")
        except Exception as exc:  # noqa: BLE001 - shown as run() shows it
            self.show_refusal(exc)
            return
        if command is not None:
            self.window.status_message.show(joined(done.arg(rendered(step_text, command.text)), except_theirs), 8000)

    def _wait_over(self, written: bool) -> None:
        self.update_actions()
        if not written:
            self.window.status_message.show(
                translate("WindowEdits", "Nothing was changed: you stopped waiting for the file."), 8000)

    def ask_rest(self, exc: StepConflict, rest: str) -> bool:
        """Whether to do only what nobody else changed (the dialog names the conflicts)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by others since"),
                          self.tr("Others changed these plots after this step; doing it all would overwrite "
                                  "their changes, so nothing was written:")
                          + "\n\n" + problem_text.error_text(exc), parent=self.window)
        box.setObjectName("step_conflict")
        rest_button = box.addButton(rest, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is rest_button

    def run(self, fn, *args):
        """Call a session method; a refusal (bad input, a conflict, a busy file) is shown, not raised."""
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - bad input, a locked or unwritable file: shown to the user
            self.show_refusal(exc)
        return None

    def show_refusal(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot change the plots"), problem_text.error_text(exc))

    def merge_selected(self) -> None:
        """Edit → Merge: the selected plots into one (ui.edit_merge), waiting here for a busy file."""
        w = self.window
        merge_selected(self.session, lambda message: w.status_message.show(message, 8000),
                       lambda what: ask_reason(w, what, self.session.last_reason), self.file_wait)

    # --- changes made elsewhere ----------------------------------------------------------

    def poll_external(self) -> None:
        store = self.session.store
        if self.session.project is None or self.window.tasks.current is not None or store is None:
            return
        readable_now = getattr(store, "readable_now", None)  # (a GpkgStore's file guard)
        if readable_now is not None and not readable_now():  # a GDAL read under way: look next time, not wait
            return
        try:
            event = self.session.poll_external()
        except Exception:  # noqa: BLE001 - the file is busy or gone for a moment: look again later
            return
        if event is not None:
            self.window.status_message.show(
                joined(rendered(self.reloaded_text, len(event.plot_ids)), ", ".join(event.actors)), 10000)

    def reloaded_text(self, n: int) -> str:
        """"… 1 plot reloaded." / "… 2 plots reloaded." (English has plurals too; a plural is
        ``self.tr``'s: lupdate sees a count only there)."""
        if n == 1:
            return self.tr("The project file was changed by another program: %Ln plot reloaded.", "", n)
        return self.tr("The project file was changed by another program: %Ln plots reloaded.", "", n)

    # --- showing changed plots -----------------------------------------------------------

    def plots_changed(self, event) -> None:
        """Plots changed by another program: who, in the status bar."""
        w = self.window
        if event.origin == "external":
            w.status_message.show(translate("WindowEdits", "%1 changed by %2").arg(", ".join(event.plot_ids[:5]),
                                                                                   ", ".join(event.actors)), 10000)
