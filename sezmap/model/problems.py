"""Problems found in data: each names the layer, the row and the reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    layer: str
    row: str  # the feature's id, or "row N" where the id itself is at fault
    reason: str
    source: str = ""  # file the row comes from, when it is not the project itself

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.layer} {self.row}: {self.reason}"


class DataError(Exception):
    """Bad input: carries every problem found, and nothing was changed."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
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
