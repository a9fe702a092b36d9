"""Plots' audit rows as the history panel and the audit log show them, without Qt."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sezmap.model.edits import AuditEntry


def newest_first(entries: Iterable[AuditEntry]) -> list[AuditEntry]:
    return sorted(entries, key=lambda e: e.id, reverse=True)


def history_of(store, plot_ids: Sequence[str], limit: int = 50) -> list[AuditEntry]:
    """The audit rows of these plots (at most ``limit`` plots), newest first."""
    if store is None:
        return []
    return newest_first(store.audit(plot_id=list(dict.fromkeys(plot_ids))[:limit]))


def short_value(field_name: str, value: str | None, width: int = 80) -> str:
    """An audit value to read in a table cell: geometry and a removed plot's JSON abridged."""
    if value is None:
        return ""
    text = str(value)
    if field_name == "geometry" and len(text) > width:
        return text[: width - 1] + "…"
    if len(text) > 4 * width:
        return text[: 4 * width - 1] + "…"
    return text


FOLD_WIDTH = 120  # characters of a long value shown before it is unfolded


@dataclass(frozen=True)
class Folded:
    """A value as the audit dialog's detail shows it: ``head`` (its start, on one line) while
    ``folded``; ``whole`` (JSON laid out on lines) when the user unfolds it."""

    head: str
    whole: str
    folded: bool


def fold(value: str | None, width: int = FOLD_WIDTH) -> Folded:
    """A long value (geometry WKT, a removed plot's JSON) folded to its first ``width``
    characters on one line; a short one whole. JSON is unfolded with one key per line."""
    if value is None:
        return Folded("", "", False)
    text = str(value)
    whole = text
    if text[:1] in "{[":
        with contextlib.suppress(ValueError):
            whole = json.dumps(json.loads(text), ensure_ascii=False, indent=2)
    if len(text) <= width and "\n" not in text:
        return Folded(text, whole, False)
    return Folded(" ".join(text.split())[: width - 1] + "…", whole, True)
