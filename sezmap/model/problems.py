"""Problems found in data: each names the layer, the row and the reason.

The reason is English (the command line and the files written say it as it is). A problem a
user meets often also carries a ``code`` (what kind of problem) and ``args`` (its particulars:
field, value, plot, ...), so that the desktop app says it in the UI language
(``sezmap.ui.problem_text``). Where a reason is made, it is made a :class:`Reason` (an English
text that knows its code and arguments); a Problem built from one takes them over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Reason(str):
    """An English reason that also knows what kind of problem it is and its particulars.

    A plain ``str`` wherever text is expected (printed, compared, joined); ``Problem`` and
    :func:`reason_of` read ``code`` and ``args`` from it."""

    code: str
    args: dict

    def __new__(cls, text: str, code: str, **args: Any) -> Reason:
        self = super().__new__(cls, text)
        self.code = code
        self.args = dict(args)
        return self

    def __reduce__(self):
        return (_reason, (str(self), self.code, self.args))


def _reason(text: str, code: str, args: dict) -> Reason:
    return Reason(text, code, **args)


def reason_of(exc: BaseException) -> str:
    """The reason an exception gives: its first argument if that is a Reason (which ``str(exc)``
    would turn into plain text, losing its code), else ``str(exc)``."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Reason) else str(exc)


@dataclass(frozen=True)
class Problem:
    layer: str
    row: str  # the feature's id, or "row N" where the id itself is at fault
    reason: str
    source: str = ""  # file the row comes from, when it is not the project itself
    # what kind of problem, and its particulars, for the UI's own words (not compared)
    code: str = field(default="", compare=False)
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.code and isinstance(self.reason, Reason):
            object.__setattr__(self, "code", self.reason.code)
            object.__setattr__(self, "args", dict(self.reason.args))

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if self.layer in ("", "-") and self.row in ("", "-"):  # about the whole file
            return f"{where}{self.reason}"
        return f"{where}{self.layer} {self.row}: {self.reason}"


class DataError(Exception):
    """Bad input: carries every problem found, and nothing was changed."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):  # a Reason keeps its code
            problems = [Problem("", "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__(self.summary())

    def summary(self, limit: int = 20) -> str:
        lines = [str(p) if p.layer else p.reason for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"... and {len(self.problems) - limit} more problems")
        return "\n".join(lines)


def counted(n: int, one: str, many: str | None = None) -> str:
    """A count with its noun in English ("1 feature", "3 features"), never a noun with "s" in brackets."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
