"""Undo steps and undo reasons in the UI language, rendered when shown.

The undo stack keeps each step's name as a code (``session.step_names.StepName``); the Edit
menu, the status bar and the forms call :func:`step_text` each time they show one, so a step
made in English reads in Russian after the language is switched. The audit log holds undo and
redo reasons in English ("undo: Split P1"); :func:`reason_text` says them in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from sezmap.session.step_names import parse_reason, parse_step


class StepTexts(QObject):
    """The translated words of steps (a QObject so that ``tr`` knows plurals: context StepTexts)."""

    def templates(self, n: int) -> dict[str, str]:
        """code -> the step in the UI language (%1: the plot id, %2: the other ids; %n: the count)."""
        return {
            "edit_plot": self.tr("Edit %1"),
            "edit_plots": self.tr("Edit %n plots", "", n),
            "withdraw_plot": self.tr("Withdraw %1"),
            "withdraw_plots": self.tr("Withdraw %n plots", "", n),
            "withdraw_idle_plot": self.tr("Withdraw idle plot %1"),
            "withdraw_idle_plots": self.tr("Withdraw %n idle plots", "", n),
            "draw_plot": self.tr("Draw plot %1"),
            "split": self.tr("Split %1"),
            "merge": self.tr("Merge %2 into %1"),
            "move_vertex": self.tr("Move vertex of %1"),
            "add_vertex": self.tr("Add vertex to %1"),
            "delete_vertex": self.tr("Delete vertex of %1"),
        }

    def reason_word(self, word: str) -> str:
        return self.tr("undo: %1") if word == "undo" else self.tr("redo: %1")


def step_text(text: str) -> str:
    """A step's name in the UI language; a text that names no known step, as it is."""
    step = parse_step(text)
    if step is None:
        return str(text)
    args = step.args
    template = StepTexts().templates(int(args.get("n", -1)))[step.code]
    return template.replace("%2", ", ".join(args.get("ids", ()))).replace("%1", str(args.get("id", "")))


def reason_text(reason: str | None) -> str:
    """An audit reason in the UI language: an undo's or redo's reason names its step in words
    of the language; any other reason (what a user typed) as it was written."""
    parsed = parse_reason(reason)
    if parsed is None:
        return "" if reason is None else str(reason)
    return StepTexts().reason_word(parsed.word).replace("%1", step_text(parsed.step))
