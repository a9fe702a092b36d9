"""The plot status workflow: which status a plot may go to from the one it has.

The life of a plot runs forward along ``vacant -> reserved -> allocated ->
under_construction -> operational`` (steps may be skipped: a vacant plot can be recorded
as operational at once). Going back is limited to the ways land really returns:

- a reservation lapses: ``reserved -> vacant``;
- an active plot (allocated, under construction, operational) is taken back: ``-> withdrawn``;
- withdrawn land is offered again: ``withdrawn -> vacant``.

Infrastructure (roads, utilities) is kept apart: only ``vacant <-> infrastructure``.
A status may always be kept (``s -> s``). Everything else is refused.

A plot whose current status is missing or not a known one (data from elsewhere) may go to
any status: the workflow cannot say where it stands, and the edit is how it gets fixed.

The statuses themselves come from :mod:`sezmap.model.statuses`; this module only says
which moves between them are allowed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sezmap.model.problems import Reason
from sezmap.model.statuses import ACTIVE_STATUSES, INFRASTRUCTURE, STATUSES

VACANT = "vacant"
RESERVED = "reserved"
WITHDRAWN = "withdrawn"
if not {VACANT, RESERVED, WITHDRAWN, INFRASTRUCTURE} <= set(STATUSES):  # renamed in statuses.py?
    raise ImportError("model.workflow names a status that model.statuses does not define")

# The forward path, in the order of STATUSES: vacant, reserved, then the active statuses.
FORWARD: tuple[str, ...] = tuple(s for s in STATUSES if s in ({VACANT, RESERVED} | ACTIVE_STATUSES))

# Message codes (stable, for translation and for callers that branch on them).
OK = "ok"
UNKNOWN_STATUS = "unknown_status"
FORBIDDEN = "forbidden_transition"


def _targets(old: str) -> frozenset[str]:
    """Where a plot with the known status ``old`` may go (``old`` itself included)."""
    out = {old}
    if old in FORWARD:
        out.update(FORWARD[FORWARD.index(old) + 1:])
    if old == RESERVED:
        out.add(VACANT)
    if old in ACTIVE_STATUSES:
        out.add(WITHDRAWN)
    if old == WITHDRAWN:
        out.add(VACANT)
    if old == VACANT:
        out.add(INFRASTRUCTURE)
    if old == INFRASTRUCTURE:
        out.add(VACANT)
    return frozenset(out)


_ALLOWED: dict[str, tuple[str, ...]] = {
    old: tuple(s for s in STATUSES if s in _targets(old)) for old in STATUSES
}


def _known(status) -> str | None:
    """The status if it is one of STATUSES, else None (missing, NaN, blank or unknown)."""
    if status is None or (isinstance(status, float) and math.isnan(status)):
        return None
    if not isinstance(status, str):
        return None
    return status if status in _ALLOWED else None


def allowed_transitions(old: str | None) -> tuple[str, ...]:
    """The statuses a plot whose status is ``old`` may be given, in the order of STATUSES.

    ``old`` itself is included (keeping a status is always fine). A missing or unknown
    ``old`` allows every status.
    """
    known = _known(old)
    return STATUSES if known is None else _ALLOWED[known]


@dataclass(frozen=True)
class Transition:
    """One status change checked against the workflow.

    ``allowed``: where ``old`` may go (``old`` included, order of STATUSES); ``code``: ``"ok"``,
    ``"unknown_status"`` (``new`` is not a status at all) or ``"forbidden_transition"``.
    """

    old: str | None
    new: str | None
    allowed: tuple[str, ...]

    @property
    def code(self) -> str:
        if _known(self.new) is None:
            return UNKNOWN_STATUS
        return OK if self.new in self.allowed else FORBIDDEN

    @property
    def ok(self) -> bool:
        return self.code == OK

    @property
    def onward(self) -> tuple[str, ...]:
        """The statuses ``old`` may change to (``allowed`` without ``old`` itself)."""
        return tuple(s for s in self.allowed if s != self.old)

    def message(self) -> str | None:
        """None if allowed, else the English reason."""
        code = self.code
        if code == OK:
            return None
        if code == UNKNOWN_STATUS:
            return Reason(f"status {self.new!r} is not one of {', '.join(STATUSES)}", UNKNOWN_STATUS,
                          value=self.new, allowed=tuple(STATUSES))
        return Reason(f"status cannot go from {self.old!r} to {self.new!r}; "
                      f"from {self.old!r} it can go to: {', '.join(self.onward)}", FORBIDDEN,
                      old=self.old, new=self.new, onward=self.onward)


class TransitionError(ValueError):
    """A status change the workflow does not allow; ``transition`` says which and why."""

    def __init__(self, transition: Transition):
        self.transition = transition
        super().__init__(transition.message())


def check_transition(old: str | None, new: str | None) -> Transition:
    """The change ``old -> new`` against the workflow (never raises)."""
    return Transition(old, new, allowed_transitions(old))


def transition_problem(old: str | None, new: str | None) -> str | None:
    """None if a plot may go from status ``old`` to ``new``, else why not, e.g.
    ``"status cannot go from 'operational' to 'vacant'; from 'operational' it can go to: withdrawn"``."""
    return check_transition(old, new).message()


def require_transition(old: str | None, new: str | None) -> None:
    """Raise :class:`TransitionError` unless a plot may go from ``old`` to ``new``."""
    t = check_transition(old, new)
    if not t.ok:
        raise TransitionError(t)
