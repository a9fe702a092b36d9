"""The plot columns the analysis reads, as numpy arrays (no Qt).

A zone or status becomes its position in a list of labels (-1: missing or unknown), a number
column becomes floats (NaN where missing). The first analysis codes whole columns at once;
plots added later are coded by the same functions, so they get the same codes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sezmap.analysis import idle
from sezmap.model.values import is_missing, label_codes


def text(value) -> str | None:
    if is_missing(value, blank_text=False):
        return None
    return str(value)


def codes(values: pd.Series, labels: list[str]) -> np.ndarray:
    """Position of each value in ``labels`` (-1: missing or unknown): :func:`values.label_codes`."""
    return label_codes(values, labels)


def floats(values: pd.Series) -> np.ndarray:
    """:func:`idle.floats` of a column, in an array of the engine's own (edits write into it)."""
    return idle.floats(values).copy()


def number(value) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(v) else v
