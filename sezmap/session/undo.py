"""The undo stack (Qt-free; the Edit menu listens to ``changed``)."""

from __future__ import annotations

from sezmap.session.commands import Command
from sezmap.session.events import Signal


class UndoStack:
    def __init__(self) -> None:
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self.changed = Signal()  # emit() after every push, undo, redo and clear

    def push(self, command: Command, session) -> None:
        """Do the command; if it raises, nothing is pushed (and nothing was committed)."""
        command.redo(session)
        if getattr(command, "changes_anything", True):
            self._done.append(command)
            self._undone.clear()
        self.changed.emit()

    def undo(self, session, untouched_only: bool = False) -> Command | None:
        """Undo the last step; a refusal (StepConflict: someone changed its plots since) leaves
        it where it was; ``untouched_only``: undo what nobody changed since, leave the rest."""
        if not self._done:
            return None
        command = self._done[-1]
        command.undo(session, untouched_only)
        self._undone.append(self._done.pop())
        self.changed.emit()
        return command

    def redo(self, session, untouched_only: bool = False) -> Command | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        command.redo(session, untouched_only)
        self._done.append(self._undone.pop())
        self.changed.emit()
        return command

    def steps(self) -> tuple[list[Command], list[Command]]:
        """The steps done (oldest first) and undone (the next to redo last)."""
        return list(self._done), list(self._undone)

    def restore(self, done: list[Command], undone: list[Command]) -> None:
        """Put back steps kept from an earlier run (session.undo_file)."""
        self._done, self._undone = list(done), list(undone)
        self.changed.emit()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.changed.emit()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def __len__(self) -> int:
        return len(self._done)
