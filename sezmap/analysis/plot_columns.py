"""The plot columns the analysis reads, as numpy arrays (no Qt).

A zone or status becomes its position in a list of labels (-1: missing or unknown), a number
column becomes floats (NaN where missing). The first analysis codes whole columns at once;
plots added later are coded by the same functions, so they get the same codes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.analysis import idle
from sezmap.model.values import is_missing


def text(value) -> str | None:
    if is_missing(value, blank_text=False):
        return None
    return str(value)


def codes(values: pd.Series, labels: list[str]) -> np.ndarray:
    """Position of each value in ``labels`` (-1: missing or unknown), without Python strings:
    pyarrow's ``index_in`` on the (arrow-backed) column; pandas for anything else."""
    try:
        arr = pa.array(values, from_pandas=True)
        if pa.types.is_null(arr.type):
            return np.full(len(values), -1, dtype=np.int64)
        if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            raise TypeError(arr.type)
        found = pc.index_in(arr, value_set=pa.array(labels, type=arr.type))
        return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    except (pa.ArrowException, TypeError, ValueError):
        return pd.Index(labels).get_indexer(values).astype(np.int64)


def floats(values: pd.Series) -> np.ndarray:
    """:func:`idle.floats` of a column, in an array of the engine's own (edits write into it)."""
    return idle.floats(values).copy()


def number(value) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(v) else v
