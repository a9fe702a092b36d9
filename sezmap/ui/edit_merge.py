"""Merge (a menu action, not a tool): the selected plots into one, as one undoable step, for a
reason the user gives; on a file another program is writing, it waits off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from sezmap.session import geometry_edits as ge
from sezmap.ui.edit_tools import no_reason_text, refusal_text, waiting_text
from sezmap.ui.file_wait import FileWait
from sezmap.ui.reason_dialog import ask_reason
from sezmap.ui.status_text import StatusText, rendered, translate


class EditTools(QObject):
    """The words of context "EditTools" with a count: lupdate finds a plural only in ``self.tr``."""

    def merge_what(self, n: int) -> str:
        return self.tr("Merge %n plots", "", n)


def merge_what(n: int) -> str:
    """"Merge 3 plots" in the UI language."""
    return EditTools().merge_what(n)


def merge_selected(session, report: Callable[[StatusText], None] | None = None,
                   ask: Callable[[str], str | None] | None = None, wait: FileWait | None = None) -> str | None:
    """Merge the selected plots (``geometry_edits.merge_selection``) for the reason ``ask`` gets
    from the user (the reason dialog, prefilled with the last reason used); returns the id kept,
    or None after telling ``report`` (the status bar: a ``status_text`` record) why not. With ``wait`` (the window's
    FileWait), a file another program is writing is waited for off the UI thread and those
    plots merged then (None is returned meanwhile)."""
    ids = None
    if session.project is not None and len(session.selection) >= 2:
        what = rendered(merge_what, len(session.selection))
        reason = (ask or (lambda w: ask_reason(None, w, session.last_reason)))(what.text())
        if reason is None:
            if report is not None:
                report(no_reason_text(what))
            return None
        if wait is not None and wait.waiting:  # one change waits for the file at a time
            if report is not None:
                report(waiting_text(what))
            return None
        if wait is not None and not wait.ready(session.store):
            ids, given = [session.plot_id(r) for r in session.selection], reason  # the plots chosen now, merged then
            wait.wait_then(session.store, lambda: _merge(session, given, ids, report))
            return None
    else:
        reason = ""  # (refused below: too few plots or no project)
    return _merge(session, reason, ids, report)


def _merge(session, reason: str, ids, report) -> str | None:
    outcome = ge.merge_selection(session, reason, ids)
    if outcome.problem is not None and report is not None:
        report({ge.NO_PROJECT: translate("EditTools", "Open a project first."),
                ge.TOO_FEW: translate("EditTools", "Select two or more adjacent plots of one zone to merge.")}.get(
            outcome.problem) or refusal_text(outcome.what, outcome.error))
    return outcome.kept
