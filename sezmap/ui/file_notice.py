"""The file's notice in the status bar (session.file_notices): read-only (the edit tools and the
plot form's Apply are off) or unprotected (a copy that lost its triggers, until the next sezmap
write restores them). Thin: what to say is decided in session.file_notices."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from sezmap.session import file_notices as fn

STYLE = "color: #8A4B00; font-weight: bold; padding: 0 6px;"


class FileNoticeBar(QObject):
    def __init__(self, window, edit_keys: tuple[str, ...]):
        super().__init__(window)
        self.window = window
        self.edit_keys = edit_keys
        self.notice: fn.FileNotice | None = None  # (None: not looked at yet)
        self.label = QLabel()
        self.label.setObjectName("fileNotice")
        self.label.setStyleSheet(STYLE)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        window.session.plots_changed.connect(self._written)
        # a look while this process reads the file with GDAL would wait for the read (up to
        # seconds at 1M plots) on the UI thread: it is made once the read is over
        self.again = QTimer(self)
        self.again.setSingleShot(True)
        self.again.setInterval(200)
        self.again.timeout.connect(self.refresh)

    def _written(self, event) -> None:
        # a sezmap write restores the protections; a file with none missing has nothing to say again
        if event.origin != "external" and (self.notice is None or self.notice.codes):
            self.refresh()

    def opened(self) -> None:
        """A project was opened: look at its file."""
        self.notice = None
        self.refresh()

    def refresh(self) -> None:
        """Look at the open file again and, if that changed, say what the user must know."""
        session = self.window.session
        readable_now = getattr(session.store, "readable_now", None)  # (a GpkgStore's file guard)
        if readable_now is not None and not readable_now():
            self.again.start()
            return
        notice = fn.look(session.store, self.notice)
        same, self.notice = notice == self.notice, notice  # (kept: its mark of the file)
        if same:
            return
        if self.file_allows_edits():
            self.window.database.apply_rights()  # the tools as the login's rights have them
        else:
            for key in self.edit_keys:
                self.window.act[key].setEnabled(False)
            if any(self.window.canvas.tool is self.window.tools[k] for k in self.edit_keys if k in self.window.tools):
                self.window.set_tool("pan")
        form = self.window.docks.plot_form
        if form.read_only != self.notice.read_only:  # (the form is refreshed only when that changes)
            form.read_only = self.notice.read_only
            form.refresh()
        self.retranslate()

    def file_allows_edits(self) -> bool:
        """Whether the open file may be changed (not read-only); the login's rights on a database
        are the other half (window_database.DatabaseLink.apply_rights asks this)."""
        return self.window.session.store is not None and (self.notice is None or self.notice.can_edit)

    def retranslate(self) -> None:
        texts = {fn.READ_ONLY: self.tr("Read-only: this file or its folder cannot be changed; editing is off."),
                 fn.UNPROTECTED: self.tr("Unprotected copy: its audit triggers are missing (copied by a tool "
                                         "that drops them), so other programs' changes are not audited; the "
                                         "next change made in sezmap restores them.")}
        lines = [texts[c] for c in (self.notice.codes if self.notice else ())]
        self.label.setText(" ".join(lines))
        self.label.setToolTip("\n".join(lines))
        self.label.setVisible(bool(lines))
