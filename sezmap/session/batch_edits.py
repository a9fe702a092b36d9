"""The edits an Apply or a Withdraw makes, without Qt: one per plot, only the fields that
change, refused as a whole when the status workflow forbids a plot's move; and the selected
plots' fields read lazily (a select-all of half a million plots costs nothing until applied).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sezmap.model import workflow
from sezmap.model.edits import PlotEdit
from sezmap.model.values import is_missing, same_value
from sezmap.session.form_fields import STATUS, WITHDRAWN


@dataclass(frozen=True)
class EditPlan:
    """What an Apply would write: one PlotEdit per plot that changes, or why nothing may be.

    ``refused``: plot id -> why the workflow forbids its status change (then ``edits`` is empty:
    a batch is written whole or not at all); ``unchanged``: the plots already hold these values.
    """

    edits: list[PlotEdit] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    missing_reason: bool = False
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.edits) and not self.refused and not self.missing_reason


def plan_edits(records: Sequence[Mapping], values: Mapping[str, Any], actor: str, reason: str | None) -> EditPlan:
    """The edits that give every plot of ``records`` (its fields, as ``ProjectSession.plot_record``
    gives them, ``version`` included) these ``values``: only the fields that differ, the version
    each was read at expected, the status move checked against the workflow first."""
    edits: list[PlotEdit] = []
    refused: dict[str, str] = {}
    reason = (reason or "").strip()
    for rec in records:
        pid = str(rec["plot_id"])
        changes = {k: v for k, v in values.items() if not same_value(rec.get(k), v)}
        if not changes:
            continue
        if STATUS in changes:
            problem = workflow.transition_problem(rec.get(STATUS), changes[STATUS])
            if problem:
                refused[pid] = problem
                continue
        version = rec.get("version")
        edits.append(PlotEdit(pid, changes, actor, reason,
                              expect_version=None if version is None or is_missing(version) else int(version)))
    if refused:
        edits = []
    return EditPlan(edits, refused, missing_reason=not reason, unchanged=not edits and not refused)


FEW = 64  # selected plots read one by one (PlotRecords._taken)


class PlotRecords(Sequence):
    """Selected plots' fields as ``ProjectSession.plot_record`` gives them (missing values as
    None), each read when asked for from the project's columns: selecting every plot of a zone
    (half a million) costs nothing until they are listed one by one (a batch applied)."""

    def __init__(self, plots, rows):
        self.rows = np.asarray(rows, dtype=np.int64)
        self.names = [] if plots is None else list(plots.columns)
        self._values = {} if plots is None else {
            name: (plots[name].to_numpy() if getattr(plots[name].dtype, "kind", "O") in "fiub" else plots[name].array)
            for name in self.names}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        row = int(self.rows[i])
        out = {}
        for name in self.names:
            v = self._values[name][row]
            out[name] = None if not hasattr(v, "geom_type") and is_missing(v) else v
        return out

    def _taken(self, name: str):
        """One field of the selected plots. A few are read one by one: a take from an Arrow
        column of many chunks (a frame after splits and merges) joins all its chunks first,
        0.1-0.3 s at 1M plots, on every reload of the form."""
        values = self._values[name]
        if len(self.rows) <= FEW:
            return [values[int(r)] for r in self.rows]
        return values[self.rows]

    def column(self, name: str) -> list:
        """One field of every plot, in order (missing values as None)."""
        if name not in self._values or not len(self.rows):
            return []
        return [None if is_missing(v) else v for v in np.asarray(self._taken(name), dtype=object)]

    def distinct(self, name: str) -> list:
        """The different values of one field (missing as None), each once."""
        if name not in self._values or not len(self.rows):
            return []
        import pandas as pd

        values = pd.unique(pd.Series(self._taken(name), dtype=object if len(self.rows) <= FEW else None))
        return [None if is_missing(v) else v for v in values]


def batch_statuses(statuses: Iterable) -> tuple[str, ...]:
    """The statuses a batch form offers: those at least one of the plots may go to (a plot that
    may not is named when the batch is applied)."""
    allowed: set[str] = set()
    for s in statuses:
        allowed.update(workflow.allowed_transitions(None if is_missing(s) else s))
    return tuple(s for s in workflow.STATUSES if s in allowed)


def can_withdraw(statuses: Iterable) -> bool:
    """Whether a Withdraw would change any of these plots."""
    return any(s != WITHDRAWN and WITHDRAWN in workflow.allowed_transitions(None if is_missing(s) else s)
               for s in statuses)
