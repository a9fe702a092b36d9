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
import pyarrow as pa

T = TypeVar("T", pd.DataFrame, pd.Series)
MAX_CHUNKS = 256  # a column edited cell by cell is joined into one chunk again past this many
MAX_CELLS = 64  # more cells at once (a batch over a zone) are written as usual: one copy for all


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


def with_cells(values, rows, new_values):
    """A pandas Arrow-backed array (``series.array``) with the cells ``rows`` set to
    ``new_values``, or None if ``values`` is not one (then set them as usual). Writing a cell
    into such a column copies the whole column (6-20 ms per column at a million plots under
    load, every Apply); here the column becomes slices of its own buffers around the new cells
    (no copy; joined into one chunk again past ``MAX_CHUNKS`` chunks). Not for more than
    ``MAX_CELLS`` cells."""
    column = getattr(values, "_pa_array", None)
    if not isinstance(column, pa.ChunkedArray) or len(rows) > MAX_CELLS:
        return None
    try:
        pieces: list[pa.Array] = []
        at = 0
        for row, value in sorted(zip((int(r) for r in rows), new_values, strict=True), key=lambda rv: rv[0]):
            if row < at:  # the same row twice: the last value given wins, as with iat
                pieces.pop()
            elif row > at:
                pieces += column.slice(at, row - at).chunks
            pieces.append(pa.array([None if _missing(value) else value], type=column.type))
            at = row + 1
        if at < len(column):
            pieces += column.slice(at).chunks
        return arrow_like(values, pa.chunked_array(pieces, type=column.type))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        return None


def arrow_like(values, column: pa.ChunkedArray):
    """A pandas Arrow-backed array of ``values``'s kind over ``column`` (no copy; its chunks
    joined into one past ``MAX_CHUNKS``)."""
    if column.num_chunks > MAX_CHUNKS:
        column = pa.chunked_array([column.combine_chunks()], type=column.type)
    return type(values)(column, dtype=values.dtype) if isinstance(values.dtype, pd.StringDtype) else type(values)(column)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA


def cells(values, rows) -> list:
    """The values at ``rows`` of an array or a pandas array (``series.array``), as a list. Up to
    ``MAX_CELLS`` rows are read one by one: a take from an Arrow column of many chunks (a column
    ``with_cells`` wrote) joins them all first (~10 ms at a million plots, at every edit)."""
    rows = [int(r) for r in rows]
    if len(rows) <= MAX_CELLS:
        return [values[r] for r in rows]
    return list(values[np.asarray(rows, np.int64)])
