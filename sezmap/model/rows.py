"""Rows taken out of arrays and frames by copying the runs between them (no Qt).

Taking a few rows out of a million with a boolean mask or a ``take`` gathers every row kept
one by one (pandas' Arrow columns: a ``take`` of each, ~0.45 s at a million plots under load).
The rows kept are a few runs, so here they are copied run by run: numpy arrays with
``np.concatenate`` of slices (one memory copy each), pandas objects with ``pd.concat`` of
``iloc`` slices (Arrow columns become chunks of the same buffers, no copy; pandas' copy on
write keeps the frame before as it was).
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import pandas as pd

T = TypeVar("T", pd.DataFrame, pd.Series)


def kept_runs(n: int, gone) -> list[tuple[int, int]]:
    """The runs [start, end) of ``range(n)`` left when the rows ``gone`` are taken out."""
    gone = np.unique(np.asarray(gone, np.int64))
    starts = np.concatenate([[0], gone + 1])
    ends = np.concatenate([gone, [n]])
    return [(int(a), int(b)) for a, b in zip(starts.tolist(), ends.tolist(), strict=True) if b > a]


def array_without(values: np.ndarray, gone) -> np.ndarray:
    """A new array (never a view: callers write into it) without the rows ``gone``."""
    runs = kept_runs(len(values), gone)
    if not runs:
        return values[:0].copy()
    return np.concatenate([values[a:b] for a, b in runs])


def frame_without(values: T, gone) -> T:
    """``values`` (a DataFrame or Series) without the rows ``gone``, positions renumbered
    from 0."""
    runs = kept_runs(len(values), gone)
    if len(runs) == 1:
        out = values.iloc[runs[0][0]:runs[0][1]]
    elif runs:
        out = pd.concat([values.iloc[a:b] for a, b in runs])
    else:
        out = values.iloc[:0]
    return out.reset_index(drop=True)
