"""What each plot status needs: the fields a plot of that status must have filled in.

- ``reserved``: the tenant it is reserved for;
- ``allocated``, ``under_construction``, ``operational`` (the active statuses): the tenant, the
  allocation date, the contract deadline and the investment committed;
- ``vacant``, ``withdrawn``, ``infrastructure``: nothing.

The rules bind changes, not the data as it lies: a plot written before them keeps its values
until an edit touches its status or one of the fields its status needs; that edit must leave the
plot complete, or it is refused naming the missing fields. A new plot (drawn, split off, merged)
must be complete; an undo puts back what was, as the workflow does. The store checks this for
every sezmap write (``store.plot_writes``); the file's triggers refuse the same for other
programs (``store.audit_triggers.status_rule_triggers``), with the field named.
"""

from __future__ import annotations

from collections.abc import Mapping

from sezmap.model.problems import Reason
from sezmap.model.statuses import ACTIVE_STATUSES, STATUSES
from sezmap.model.values import is_missing

TENANT = "tenant"
ALLOCATED_ON = "allocated_on"
DEADLINE = "contract_deadline"
COMMITTED = "investment_committed_kzt"
RULE_FIELDS = (TENANT, ALLOCATED_ON, DEADLINE, COMMITTED)

REQUIRED: dict[str, tuple[str, ...]] = {
    status: ((TENANT,) if status == "reserved" else RULE_FIELDS if status in ACTIVE_STATUSES else ())
    for status in STATUSES
}
# the statuses that need each field, in the order of STATUSES (the triggers' conditions)
NEEDED_BY: dict[str, tuple[str, ...]] = {
    name: tuple(s for s in STATUSES if name in REQUIRED[s]) for name in RULE_FIELDS
}
NEEDS_FIELDS = "status_needs_fields"  # the problem code


def required_fields(status) -> tuple[str, ...]:
    """The fields a plot of ``status`` must have (none for an unknown or missing status)."""
    return REQUIRED.get(status, ()) if isinstance(status, str) else ()


def missing_fields(values: Mapping) -> tuple[str, ...]:
    """The fields the plot's status needs that ``values`` (a plot's state) leaves empty."""
    return tuple(name for name in required_fields(values.get("status"))
                 if is_missing(values.get(name)))


def touches_rules(changed) -> bool:
    """Whether a change of these fields is bound by the rules (status or a field it needs)."""
    return any(name == "status" or name in RULE_FIELDS for name in changed)


def status_rule_problem(values: Mapping) -> Reason | None:
    """None if the plot's state has what its status needs, else why not, e.g. ``"status
    'operational' needs tenant, contract_deadline: fill them in the same edit"``."""
    missing = missing_fields(values)
    if not missing:
        return None
    status = values.get("status")
    return Reason(f"status {status!r} needs {', '.join(missing)}: fill {'it' if len(missing) == 1 else 'them'} "
                  "in the same edit; nothing was written", NEEDS_FIELDS, status=status, fields=missing)
