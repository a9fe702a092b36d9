"""The main window's side of a project on a database server (the thin Qt layer over
session.database and store.postgis): File → Open database, the password the server asks for,
the login as the actor, the login's write rights on the edit tools, others' changes as the
server announces them (its LISTEN socket watched by a QSocketNotifier), the title."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from sezmap.model.problems import DataError
from sezmap.store.postgis.connection import (
    PasswordNeeded,
    ServerUnreachable,
    is_postgis_location,
    parameters,
    remember_password,
    server_name,
)
from sezmap.store.protocol import FILE_RIGHTS, WriteRights
from sezmap.ui.status_text import translate

PASSWORD_TRIES = 3
BUSY_RETRY_MS = 250  # a notice that came while a task runs is looked at again this much later


class DatabaseLink(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.rights: WriteRights = FILE_RIGHTS
        self.listener = None  # store.postgis.store.ChangeListener of the open database
        self.notifier: QSocketNotifier | None = None
        self.login_label = QLabel()
        self.login_label.setObjectName("loginLabel")
        self.login_label.hide()
        window.statusBar().addPermanentWidget(self.login_label)

    # --- opening ------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """File → Open database: the connection dialog writes a service entry, then opens it."""
        from sezmap.session.database import write_service
        from sezmap.ui.database_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.window)
        if not dialog.exec():
            return
        try:
            location = write_service(dialog.settings())
        except DataError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open the database"), exc.summary())
            return
        self.window.open_project(location)

    def prepare(self, location: str, proceed, wait: bool = False) -> bool:
        """Before a database is opened: True for a file (nothing to do). For a database, False:
        its server is asked on the task thread (``session.database.reach``: an unreachable one
        takes up to libpq's connect timeout, the window meanwhile live), then ``proceed()`` on the
        UI thread once it answered; a password it wants is asked for (kept in memory, written to
        ~/.pgpass once the server took it, if asked) and tried; a server that does not answer or
        a refused location is said, naming the server. ``wait``: the same, waited for."""
        if not is_postgis_location(location):
            return True
        self._check(location, proceed, wait, PASSWORD_TRIES, None)
        return False

    def _check(self, location: str, proceed, wait: bool, tries: int, keep: str | None) -> None:
        from sezmap.session.database import reach

        def refused(message: str) -> None:
            self.window.status_message.clear()
            QMessageBox.warning(self.window, self.tr("Cannot open the database"), message)

        def answered(found) -> None:
            if isinstance(found, ServerUnreachable):
                refused(self.tr("The database server %1 does not answer: it may be down, or its host or port "
                                "wrong. Nothing was opened; try again later.").replace("%1", found.path)
                        + "\n\n" + str(found.problems[0].args.get("detail", "")))
            elif isinstance(found, PasswordNeeded) and tries == 0:
                refused(found.summary())
            elif isinstance(found, PasswordNeeded):
                answer = self.ask_password(location, found.server, tries < PASSWORD_TRIES)
                if answer is not None:
                    self._check(location, proceed, wait, tries - 1, answer[0] if answer[1] else None)
            else:  # the server took the login
                self.window.status_message.clear()
                if keep is not None:
                    self._write_pgpass(location, keep)
                proceed()

        try:
            server = server_name(parameters(location))
        except DataError as exc:  # a location holding a password, say: refused, not echoed
            refused(exc.summary())
            return
        self.window.status_message.show(translate("DatabaseLink", "Connecting to %1…").arg(server))
        run = self.window.tasks.run_waiting if wait else self.window.tasks.start
        run(lambda: reach(location), answered, refused)

    def ask_password(self, location: str, server: str, retry: bool) -> tuple[str, bool] | None:
        """The password the user gave (kept in memory for ``location``) and whether to write it
        to ~/.pgpass; None if cancelled."""
        from sezmap.ui.database_dialog import PasswordDialog

        dialog = PasswordDialog(server, self.window, retry)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        password = dialog.password.text()
        remember_password(location, password)
        return password, dialog.remember.isChecked()

    def _write_pgpass(self, location: str, password: str) -> None:
        """Write ~/.pgpass once the server took the password (a wrong one is never kept)."""
        from sezmap.session.database import write_pgpass

        try:
            write_pgpass(location, password)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot write .pgpass"), str(exc))

    # --- the open project ---------------------------------------------------------------------

    def title(self, location: str) -> str | None:
        """"name — host" for a database (None for a file)."""
        if not is_postgis_location(location):
            return None
        from sezmap.session.database import database_title

        try:
            return database_title(location)
        except DataError:
            return None

    def attach(self) -> None:
        """The project's plots are loaded: its rights, its login as the actor, its notices."""
        self.detach()
        store = self.window.session.store
        self.rights = store.write_rights() if store is not None else FILE_RIGHTS
        listen = getattr(store, "listen", None)
        if listen is not None:
            self.listener = listen()
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._notified)
            self.window.edits.timer.stop()  # the server says when something changed: no polling
        self.apply_actor()
        self.apply_rights()

    def detach(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            with contextlib.suppress(DataError):
                self.listener.close()
            self.listener = None
            self.window.edits.timer.start()
        self.rights = FILE_RIGHTS

    def apply_actor(self) -> None:
        """On a database the audit log names the login: it is the actor shown (not the name in
        Settings, which a file's audit rows keep)."""
        login = self.rights.login
        if login is None:
            self.login_label.hide()
            return
        self.window.session.actor = login
        self.login_label.setText(self.tr("Login: %1").replace("%1", login))
        self.login_label.show()

    def show_login_in(self, settings_dialog) -> None:
        """The Settings dialog shows the login (read only) instead of the name while a database is open."""
        if self.rights.login is not None:
            settings_dialog.show_login(self.rights.login)

    def apply_rights(self) -> None:
        """The edit tools on where the login may change plots (the current zone); a planner's
        tools off, said in the status bar."""
        from sezmap.ui.window_actions import EDIT_TOOLS

        w = self.window
        if w.session.store is None:
            return
        allowed = self.rights.may_change(w.current_zone) and w.file_notice.file_allows_edits()
        for key in EDIT_TOOLS + ("merge_plots",):
            w.act[key].setEnabled(allowed)
        if not allowed and any(w.canvas.tool is w.tools[key] for key in EDIT_TOOLS):
            w.set_tool("pan")
        if self.rights.read_only:
            w.status_message.show(translate("DatabaseLink", "Read only: the login %1 may not change plots.")
                                  .arg(self.rights.login or "?"), 15000)
        elif not allowed:
            w.status_message.show(translate("DatabaseLink", "The login %1 may not change plots of this zone.")
                                  .arg(self.rights.login or "?"), 8000)

    def _notified(self, *_args) -> None:
        if self.listener is None:
            return
        try:
            changed = self.listener.changed()
        except DataError:  # the connection was lost: back to looking now and then
            self.detach()
            return
        if changed:
            self._poll()

    def _poll(self) -> None:
        w = self.window
        if w.session.project is None:
            return
        if w.tasks.current is not None:
            QTimer.singleShot(BUSY_RETRY_MS, self, self._poll)
            return
        w.edits.poll_external()
