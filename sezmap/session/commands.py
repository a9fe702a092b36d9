"""Commands: one user step (an edit, a batch, a split, a merge) that can be done and undone.

A command holds plot changes (``model.edits``). Doing it commits them in one store
transaction; undoing commits the inverse of what was committed (each result's ``inverse()``),
and redoing the inverse of that, so every step and every undo is a committed, audited
transaction. An inverse expects each plot exactly as the last commit left it (the values it
wrote, not only a version): the store refuses it (StepConflict) if anyone changed those fields
since, or, with ``untouched_only``, writes only what nobody touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from sezmap.model.edits import PlotChange
from sezmap.session.step_names import parse_step, reason_of_step


class Command:
    """A step of the undo stack: ``text`` names it (a :class:`StepName`, said in the UI language
    by ``ui.step_text`` when the Edit menu or a message shows it; English in the audit log)."""

    text: str = ""

    def redo(self, session, untouched_only: bool = False) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def undo(self, session, untouched_only: bool = False) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class ChangePlots(Command):
    """Any list of plot changes as one step (a form edit, a batch withdraw, a split, a merge)."""

    def __init__(self, text: str, changes: Sequence[PlotChange]):
        self.text = parse_step(text) or text  # a code where the text is a known step's English name
        self.changes = list(changes)
        self.results: list = []  # what the last commit of this step gave (for its inverse)
        self.done = False

    def redo(self, session, untouched_only: bool = False) -> None:
        if not self.results:  # the first time: the changes as built
            self.results = session.apply(self.changes, origin="edit")
        else:
            self.results = session.apply(self._inverse(session, "redo"), origin="redo", untouched_only=untouched_only)
        self.done = True

    def undo(self, session, untouched_only: bool = False) -> None:
        self.results = session.apply(self._inverse(session, "undo"), origin="undo", untouched_only=untouched_only)
        self.done = False

    def _inverse(self, session, word: str) -> list[PlotChange]:
        """The inverse of the last commit, each change expecting the plot as that commit left it."""
        reason = reason_of_step(word, self.text)
        return [r.inverse(session.actor, reason) for r in reversed(self.results) if r.changed]

    @property
    def changes_anything(self) -> bool:
        return any(r.changed for r in self.results)
