"""Plots' audit rows as the history panel and the audit log show them, without Qt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
