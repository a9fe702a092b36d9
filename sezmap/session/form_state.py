"""What the plot form does when the plots it shows change under it, without Qt.

Another user's (or program's) change never replaces what the user typed and has not applied:
with nothing typed the form shows the new values; with something typed it keeps the typing and
asks (``ASK``: "changed by X at T", Reload or Keep mine), and Apply waits for the answer, so an
edit is never written over a change the user has not seen. Keep mine takes the new version
as the one the edit is made on, with the user's texts (``keep_mine``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

IGNORE = "ignore"  # the change is not about the plots shown
RELOAD = "reload"  # nothing typed: show the new values
ASK = "ask"  # typed and not applied: keep the typing, say who changed what, ask


def on_change(shown_ids: Iterable[str], changed_ids: Iterable[str], structural: bool, external: bool,
              typed: bool) -> str:
    """What the form does with a change of ``changed_ids`` (``structural``: plots added or
    taken out) while it shows ``shown_ids``; ``typed``: the user has unapplied changes."""
    touched = bool(set(shown_ids) & set(changed_ids))
    if not touched and not structural:
        return IGNORE
    return ASK if external and touched and typed else RELOAD


@dataclass(frozen=True)
class ChangedElsewhere:
    """Who last changed the shown plots, and when (from their ``updated_by``/``updated_at``)."""

    plot_ids: tuple[str, ...]
    actors: tuple[str, ...]
    at: str  # the latest change, "YYYY-MM-DD HH:MM UTC" ("" if the file does not say)


def moment(at) -> str:
    """A stored UTC time (``2026-12-06T20:37:39.126Z``) as the form says it: ``2026-12-06 20:37 UTC``."""
    text = "" if at is None else str(at)
    if len(text) < 16 or text[10] not in "T ":
        return text
    return f"{text[:10]} {text[11:16]} UTC"


def changed_elsewhere(records: Iterable[Mapping], plot_ids: Iterable[str], actors: Iterable[str] = (),
                      noticed_at: str = "") -> ChangedElsewhere:
    """Who changed the shown plots among ``plot_ids``, and when: the event's ``actors`` when it
    names them, else the records' ``updated_by``; the records' latest ``updated_at`` when they
    were stamped by one of those actors, else ``noticed_at`` (a change with no audit row, by a
    program that stamps nothing, is known only from when it was noticed)."""
    wanted = {str(p) for p in plot_ids}
    hits = [r for r in records if str(r.get("plot_id")) in wanted]
    stamped = tuple(dict.fromkeys(str(r.get("updated_by")) for r in hits if r.get("updated_by")))
    who = tuple(dict.fromkeys(str(a) for a in actors if a)) or stamped
    times = [str(r.get("updated_at")) for r in hits if r.get("updated_at") and str(r.get("updated_by")) in who]
    at = moment(max(times)) if times else moment(noticed_at)
    return ChangedElsewhere(tuple(str(r.get("plot_id")) for r in hits), who, at)


def keep_mine(loaded: Mapping[str, object], typed: Mapping[str, object],
              reloaded: Mapping[str, object]) -> dict[str, object]:
    """The texts the form shows after Keep mine: the user's where they changed a field since it
    was ``loaded``, the new stored values elsewhere (only what the user typed goes over the
    other change)."""
    return {name: typed[name] if name in typed and typed[name] != loaded.get(name) else value
            for name, value in reloaded.items()}
