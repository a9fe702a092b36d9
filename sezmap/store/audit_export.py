"""Audit rows as CSV or JSON, and the date bounds of an audit query.

Shared by ``sezmap audit`` and the desktop app's audit view (its CSV export), so that both
write the same columns the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sezmap.formats.untrusted import json_text, spreadsheet_csv
from sezmap.store.geopackage_sql import datetime_text

AUDIT_FIELDS = ("at", "actor", "plot_id", "field", "old_value", "new_value", "reason")
CSV_COLUMNS = ("id", *AUDIT_FIELDS)

_TIME_PRECISION = (  # the time part as written -> how long the stated instant lasts
    (re.compile(r"^\d{2}$"), dt.timedelta(hours=1)),
    (re.compile(r"^\d{2}:?\d{2}$"), dt.timedelta(minutes=1)),
    (re.compile(r"^\d{2}:?\d{2}:?\d{2}$"), dt.timedelta(seconds=1)),
)


def audit_bound(text: str, end: bool = False) -> str:
    """A date or date-time bound of an audit query as ``YYYY-MM-DDTHH:MM:SS.SSSZ`` (UTC).

    Both bounds include what they name: a date as ``since`` starts at 00:00:00.000 of that
    day, as ``until`` ends at 23:59:59.999; a date-time as ``until`` ends at the last
    millisecond of its stated precision (``…T10:30`` ends at 10:30:59.999). A date-time
    without an offset is UTC. Raises ValueError on anything else.
    """
    value = str(text).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("not a date (YYYY-MM-DD)") from None
        start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        return datetime_text(start + dt.timedelta(days=1, milliseconds=-1) if end else start)
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ]([0-9:.,]+)(Z|z|[+-]\d{2}:?\d{2})?", value)
    if not match:
        raise ValueError("not a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM:SS, UTC unless it says)")
    try:
        stamp = dt.datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
    except ValueError:
        raise ValueError("not a valid date-time (YYYY-MM-DDTHH:MM:SS)") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    if end:
        lasts = next((span for pattern, span in _TIME_PRECISION if pattern.match(match.group(2))),
                     dt.timedelta(milliseconds=1))
        stamp += lasts - dt.timedelta(milliseconds=1)
    return datetime_text(stamp)


def audit_row_dicts(entries: Iterable) -> list[dict]:
    """AuditEntry objects as dicts with the CSV columns (id, at, actor, ...)."""
    return [{name: getattr(e, name) for name in CSV_COLUMNS} for e in entries]


def audit_rows_csv(entries: Iterable, raw: bool = False) -> str:
    """Audit rows as CSV text: a header ``id,at,actor,plot_id,field,old_value,new_value,reason``
    then one line per row; an empty value (NULL) is an empty cell. A cell a spreadsheet would
    take for a formula starts with ``'`` (sezmap.formats.untrusted.spreadsheet_csv) unless
    ``raw``."""
    rows = ([row[c] for c in CSV_COLUMNS] for row in audit_row_dicts(entries))
    return spreadsheet_csv(CSV_COLUMNS, rows, raw=raw)


def audit_rows_json(entries: Iterable) -> str:
    """Audit rows as a JSON list of objects (the CSV columns; NULL is null); control
    characters as ``\\uXXXX`` escapes (sezmap.formats.untrusted.json_text)."""
    return json_text(audit_row_dicts(entries), indent=2) + "\n"
