"""Names of undo steps as codes, said in words only when shown.

A step's name is a :class:`StepName`: an English text (what the audit log's undo and redo
reasons and the kept undo file hold, the same whatever the UI language) that also knows its
``code`` and ``args`` (the plot ids, a count), so the app renders it in the current language
at display time (``sezmap.ui.step_text``); switching language renames the steps already made.
Texts read back from the audit log or an undo file become codes again with :func:`parse_step`
and :func:`parse_reason`. One table, :data:`STEPS`, says each step in English; its patterns
are what parsing matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# code -> the English text; {id}: a plot id, {ids}: plot ids joined by ", ", {n}: a count
STEPS: dict[str, str] = {
    "edit_plot": "Edit {id}",
    "edit_plots": "Edit {n} plots",
    "withdraw_plot": "Withdraw {id}",
    "withdraw_plots": "Withdraw {n} plots",
    "withdraw_idle_plot": "Withdraw idle plot {id}",
    "withdraw_idle_plots": "Withdraw {n} idle plots",
    "draw_plot": "Draw plot {id}",
    "split": "Split {id}",
    "merge": "Merge {ids} into {id}",
    "move_vertex": "Move vertex of {id}",
    "add_vertex": "Add vertex to {id}",
    "delete_vertex": "Delete vertex of {id}",
}
# the words an undo or redo writes before the step's name in the audit reason
REASON_WORDS = ("undo", "redo")

_FIELD = {"id": r"(?P<id>.+?)", "ids": r"(?P<ids>.+?)", "n": r"(?P<n>\d+)"}


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    out = "".join(re.escape(p) if i % 2 == 0 else _FIELD[p] for i, p in enumerate(parts))
    return re.compile(out + r"\Z", re.DOTALL)


# the most particular first: "Edit 3 plots" is edit_plots, not edit_plot of a plot "3 plots"
_PATTERNS = {code: _pattern(STEPS[code])
             for code in sorted(STEPS, key=lambda c: -len(re.sub(r"\{\w+\}", "", STEPS[c])))}


class StepName(str):
    """The English name of a step (a plain ``str`` wherever text is expected) with its ``code``
    and ``args``: ``id`` (a plot id), ``ids`` (a tuple of plot ids), ``n`` (a count)."""

    code: str
    args: dict

    def __new__(cls, code: str, **args) -> StepName:
        shown = {k: (", ".join(v) if isinstance(v, (tuple, list)) else v) for k, v in args.items()}
        self = super().__new__(cls, STEPS[code].format(**shown))
        self.code = code
        self.args = {k: (tuple(v) if isinstance(v, (tuple, list)) else v) for k, v in args.items()}
        return self


def counted(code_one: str, code_many: str, ids: list[str]) -> StepName:
    """The step of one plot (named by its id) or of several (counted)."""
    return StepName(code_one, id=ids[0]) if len(ids) == 1 else StepName(code_many, n=len(ids))


def parse_step(text: str) -> StepName | None:
    """The step an English name (as :class:`StepName` writes it) stands for; None if it is
    none of :data:`STEPS` (a text written by an older sezmap or by hand)."""
    if isinstance(text, StepName):
        return text
    for code, pattern in _PATTERNS.items():
        m = pattern.match(str(text))
        if m is None:
            continue
        args: dict = {}
        for k, v in m.groupdict().items():
            args[k] = int(v) if k == "n" else tuple(v.split(", ")) if k == "ids" else v
        return StepName(code, **args)
    return None


@dataclass(frozen=True)
class StepReason:
    """An audit reason an undo or redo wrote: ``word`` ("undo" or "redo") and the step."""

    word: str
    step: StepName


def reason_of_step(word: str, text: str) -> str:
    """The audit reason of undoing (``word`` "undo") or redoing a step: "undo: Split P1"."""
    return f"{word}: {text}"


def parse_reason(reason: str | None) -> StepReason | None:
    """The undo or redo step an audit reason names; None for any other reason."""
    if not reason:
        return None
    word, sep, rest = str(reason).partition(": ")
    if not sep or word not in REASON_WORDS:
        return None
    step = parse_step(rest)
    return None if step is None else StepReason(word, step)
