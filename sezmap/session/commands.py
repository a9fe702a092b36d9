"""Commands: one user step (an edit, a batch, a split, a merge) that can be done and undone.

A command holds plot changes (``model.edits``). Doing it commits them in one store
transaction; undoing commits the inverse of what was committed (each result's ``inverse()``),
and redoing the inverse of that, so every step and every undo is a committed, audited
transaction, and versions always come from the last commit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sezmap.model.edits import PlotChange


class Command:
    """A step of the undo stack: ``text`` names it in the Edit menu."""

    text: str = ""

    def redo(self, session) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def undo(self, session) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class ChangePlots(Command):
    """Any list of plot changes as one step (a form edit, a batch withdraw, a split, a merge)."""

    def __init__(self, text: str, changes: Sequence[PlotChange]):
        self.text = text
        self.changes = list(changes)
        self.results: list = []  # what the last commit of this step gave (for its inverse)
        self.done = False

    def redo(self, session) -> None:
        if not self.results:  # the first time: the changes as built
            changes = self.changes
            origin = "edit"
        else:
            changes = self._inverse(session, "redo")
            origin = "redo"
        self.results = session.apply(changes, origin=origin)
        self.done = True

    def undo(self, session) -> None:
        self.results = session.apply(self._inverse(session, "undo"), origin="undo")
        self.done = False

    def _inverse(self, session, word: str) -> list[PlotChange]:
        """The inverse of the last commit, expecting the versions the session knows now (a
        later step and its undo may have moved them on; another program's change is refused)."""
        reason = f"{word}: {self.text}"
        out = []
        for r in reversed(self.results):
            if not r.changed:
                continue
            change = r.inverse(session.actor, reason)
            if hasattr(change, "expect_version"):
                change = dataclasses.replace(change, expect_version=session.version_of(change.plot_id))
            out.append(change)
        return out

    @property
    def changes_anything(self) -> bool:
        return any(r.changed for r in self.results)
