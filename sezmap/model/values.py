"""Is a value missing? The one answer every layer uses (cells of files, frames and forms)."""

from __future__ import annotations

import math


def is_missing(value, blank_text: bool = True) -> bool:
    """None, NaN, NaT or pandas' NA; with ``blank_text``, also an empty or all-space string
    (what a form field or a CSV cell holds when nothing was entered)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return blank_text and not value.strip()
    return type(value).__name__ in ("NaTType", "NAType")
