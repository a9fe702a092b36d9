"""The row of a plot id, kept in step when plots are added or taken out (no Qt).

    index = PlotIndex(plots["plot_id"])
    index.row("p-123")                   # -> row position (KeyError if absent)
    index = index.without(np.array([5, 9]))        # rows 5 and 9 taken out, later rows move up
    index = index.with_added(pd.Series(["p-9"]))   # appended after the last row

The ids' sort order is held as row numbers; a look-up is a binary search over it. Building it
is one pyarrow sort (which releases the GIL, so the analysis workers run on meanwhile; a hash
index of a million Python strings would hold it for ~0.2 s). Adding or taking out rows costs
array operations over the order (milliseconds at a million plots), not a new sort.
"""

from __future__ import annotations

import bisect

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.model.room import Room
from sezmap.model.rows import MAX_CHUNKS


def _large_strings(ids) -> pa.Array:
    arr = pa.array(ids, from_pandas=True)  # (nulls stay nulls and sort last)
    arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
    return arr if pa.types.is_large_string(arr.type) else arr.cast(pa.large_string())


class PlotIndex:
    """Row of a plot id, by binary search over the ids' sort order (KeyError if absent)."""

    def __init__(self, ids: pd.Series | None = None, *, _ids: pa.Array | None = None,
                 _order: np.ndarray | None = None, _room: Room | None = None):
        self.ids: pa.Array | pa.ChunkedArray = _large_strings(ids) if _ids is None else _ids
        self._room: Room = Room() if _room is None else _room  # ``order``'s, shared by the versions after it
        self.order: np.ndarray = (  # rows in id order (seated with room where the index is made)
            self._room.seated("order", pc.sort_indices(self.ids).to_numpy().astype(np.int64)) if _order is None
            else _order)
        self.count: int = len(self.ids) - self.ids.null_count  # ids that are not null

    def __getitem__(self, k: int) -> str:
        return self.ids[int(self.order[k])].as_py()

    def __len__(self) -> int:
        return self.count

    def row(self, plot_id: str) -> int:
        at = bisect.bisect_left(self, plot_id)
        if at < self.count and self[at] == plot_id:
            return int(self.order[at])
        raise KeyError(plot_id)

    def without(self, gone: np.ndarray) -> PlotIndex:
        """The index after the rows ``gone`` (sorted, unique) were taken out."""
        gone = np.asarray(gone, dtype=np.int64)
        if not len(gone):
            return self
        n = len(self.ids)
        if gone[0] == n - len(gone) and gone[-1] == n - 1:  # the last rows (the undo of a split):
            kept = n - len(gone)                               # a slice of the ids, no copy
            tail = self.order[kept:]  # (the split's ids sort after the others: the order's last)
            order = self.order[:kept] if bool((tail >= kept).all()) else self.order[self.order < kept]
            return PlotIndex(_ids=self.ids.slice(0, kept), _order=order)
        keep = np.ones(n, dtype=bool)
        keep[gone] = False
        order = self.order[keep[self.order]]
        order = order - np.searchsorted(gone, order)
        return PlotIndex(_ids=self.ids.filter(pa.array(keep)), _order=order)

    def with_added(self, ids: pd.Series) -> PlotIndex:
        """The index after plots with these ids were appended (rows after the last)."""
        new = _large_strings(ids)
        if not len(new):
            return self
        n = len(self.ids)
        rows = n + pc.sort_indices(new).to_numpy().astype(np.int64)  # the new ids in sort order (nulls last)
        values = [new[int(r - n)].as_py() for r in rows]
        # (a null id goes after every null already there)
        at = [len(self.order) if v is None else bisect.bisect_left(self, v) for v in values]
        order = self._room.inserted("order", self.order, at, rows)  # (new ids after the others: no copy)
        # the new ids as a chunk after the others (a concatenation copied the million ids: ~10 ms
        # at every split), joined into one past MAX_CHUNKS
        chunks = [*(self.ids.chunks if isinstance(self.ids, pa.ChunkedArray) else [self.ids]), new]
        ids = pa.chunked_array(chunks, type=new.type)
        if ids.num_chunks > MAX_CHUNKS:
            ids = pa.chunked_array([ids.combine_chunks()], type=new.type)
        return PlotIndex(_ids=ids, _order=order, _room=self._room)
