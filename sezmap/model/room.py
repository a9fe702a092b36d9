"""Room at the end of growing arrays, so that adding to them is not a copy (Qt-free).

The map's arrays are immutable versions (``geometry_arrays``): an edit makes new arrays and a
render on another thread keeps drawing the old ones. Made by concatenation, adding one plot's
vertices copied all the layer's (80 MB at a million plots) on the UI thread. Here an array that
grows at its end is a read-only view of the first rows of a larger buffer: the next version
writes its rows after them, in place, and is the longer view. The versions before see only
their own rows, which nobody writes again, so they stay as they were. When the buffer is full,
or the array is not the buffer's latest version (another version grew from it meanwhile), the
rows are copied into a new buffer a quarter larger than needed: growing is amortised O(rows
added).

The analysis engine's per-plot arrays grow the same way (``writable``: the engine writes its
rows in place; it is touched by one thread at a time), and keep room when plots are taken out
(``taken_out``: the rows kept are copied run by run into a new buffer with room).

So do the plots frame's columns (``seated_frame``, ``frame_extended``, ``frame_taken_out``):
its numpy-backed columns (numbers, dates, objects, geometries) are writable views of buffers
with room, its Arrow columns gain or lose chunks; a plot added is no ``pd.concat`` of the
million rows (0.1-0.2 s at 1M plots on the UI thread). The frame is edited on one thread and
its cells are written in place (pandas keeps arrays given with ``copy=False``), so a frame
before a restructure sees them too: nobody reads it any more.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from sezmap.model.rows import arrow_like, kept_runs

SLACK = 4  # a new buffer has a quarter more rows than asked for
MIN_SLACK = 1024


def frozen(array: np.ndarray) -> np.ndarray:
    """The array, marked read-only (a write in place raises instead of racing a render)."""
    array.flags.writeable = False
    return array


@dataclass(eq=False)
class _Buffer:
    data: np.ndarray  # writable; its first ``used`` rows are the latest version's
    used: int


class Room:
    """The buffers behind a line of versions' growing arrays, by name (``coords``, ...).
    Edits are made on one thread (the UI's); renders only read the versions' views."""

    def __init__(self) -> None:
        self._buffers: dict[str, _Buffer] = {}
        # what reads these buffers on another thread, while it is alive (a render's snapshot of
        # the layer): while none is, the latest version may be written in place (``alone``)
        self.readers: weakref.WeakSet = weakref.WeakSet()

    def alone(self) -> bool:
        """No reader alive: nobody but the editing thread reads the versions' arrays."""
        return not len(self.readers)

    def _holds(self, buf: _Buffer | None, head: np.ndarray, more: int) -> bool:
        return (buf is not None and buf.used == len(head) and len(buf.data) >= len(head) + more
                and buf.data.dtype == head.dtype and buf.data.shape[1:] == head.shape[1:]
                and buf.data.strides == head.strides
                and (len(head) == 0 or head.__array_interface__["data"][0] == buf.data.__array_interface__["data"][0]))

    def extended(self, name: str, head: np.ndarray, tail: np.ndarray, writable: bool = False) -> np.ndarray:
        """``head`` followed by ``tail`` (read-only unless ``writable``), written after ``head``
        in its buffer if ``head`` is that buffer's latest version and there is room, else copied
        into a new one."""
        n, k = len(head), len(tail)
        buf = self._buffers.get(name)
        if not self._holds(buf, head, k):
            buf = self._new(name, head, n + k)
            buf.data[:n] = head
        assert buf is not None
        buf.data[n:n + k] = tail
        buf.used = n + k
        view = buf.data[:n + k]
        return view if writable else frozen(view)

    def seated(self, name: str, array: np.ndarray, writable: bool = False) -> np.ndarray:
        """``array`` copied into a buffer with room after it (when it is made: the first
        addition is then in place too)."""
        return self.extended(name, array[:0], array, writable)

    def inserted(self, name: str, array: np.ndarray, at, values) -> np.ndarray:
        """``np.insert(array, at, values)`` (a sorted array's new items, read-only), written in
        ``array``'s room when all go after its last item (a split's new plots, ids and numbers:
        the next ones), else a copy."""
        where = np.asarray(at)
        if where.size and bool((where >= len(array)).all()):
            return self.extended(name, array, np.asarray(values, dtype=array.dtype).reshape(-1))
        return frozen(np.insert(array, at, values))

    def fresh(self, name: str, rows: int, dtype, shape=()) -> np.ndarray:
        """A new buffer with room, its first ``rows`` rows (of ``shape``) to be filled in place
        by the caller: an array made where it is kept, not made and then seated (a copy)."""
        buf = self._new(name, np.empty((0, *shape), dtype), rows)
        buf.used = rows
        return buf.data[:rows]

    def taken_out(self, name: str, array: np.ndarray, gone, writable: bool = False) -> np.ndarray:
        """``array`` without the rows ``gone``, copied run by run into a new buffer with room
        (one copy, as ``rows.array_without``; the next addition is then in place). A
        ``writable`` array that loses its last rows is not copied: see below."""
        runs = kept_runs(len(array), gone)
        kept = sum(b - a for a, b in runs)
        buf = self._buffers.get(name)
        if writable and runs in ([(0, kept)], []) and self._holds(buf, array, 0) and self.alone():
            # the last rows taken out (the undo of a split): the shorter view of the same
            # buffer, whose next addition writes over them (a writable line of versions is
            # one owner's: with no reader alive, the versions before are not read any more)
            assert buf is not None
            buf.used = kept
            return buf.data[:kept]
        buf = self._new(name, array, kept)
        at = 0
        for a, b in runs:
            buf.data[at:at + b - a] = array[a:b]
            at += b - a
        buf.used = at
        view = buf.data[:at]
        return view if writable else frozen(view)

    def _new(self, name: str, like: np.ndarray, rows: int) -> _Buffer:
        size = rows + max(rows // SLACK, MIN_SLACK)
        buf = self._buffers[name] = _Buffer(np.empty((size, *like.shape[1:]), like.dtype), len(like))
        return buf


# --- a frame's columns ------------------------------------------------------------------------

def _backing(values) -> np.ndarray | None:
    """The numpy array behind a frame column's values (numbers, objects, dates, geometries),
    or None (an Arrow column)."""
    if isinstance(values, np.ndarray):
        return values
    for name in ("_ndarray", "_data"):  # pandas' numpy-backed arrays; geopandas' GeometryArray
        data = getattr(values, name, None)
        if isinstance(data, np.ndarray) and data.ndim == 1:
            return data
    return None


def _around(values, data: np.ndarray):
    """An array of ``values``'s kind around ``data`` (no copy)."""
    if hasattr(values, "_from_backing_data"):  # dates (and pandas' numpy wrapper)
        return values._from_backing_data(data) if values.dtype.kind in "mM" else data
    if hasattr(values, "crs"):  # geometries
        return type(values)(data, crs=values.crs)
    return data


def _columns(frame: pd.DataFrame) -> list[tuple[str, Any, np.ndarray | None]]:
    out = []
    for i, name in enumerate(frame.columns):
        values = frame.iloc[:, i].array
        out.append((str(name), values, _backing(values)))
    return out


def _frame(frame: pd.DataFrame, columns: dict) -> pd.DataFrame:
    """A frame of ``frame``'s type (a GeoDataFrame keeps its geometry column) over ``columns``,
    not copied (a GeoDataFrame made from a DataFrame copies every column by default)."""
    geometry = getattr(frame, "_geometry_column_name", None)
    more = {"geometry": geometry} if geometry is not None else {}
    return type(frame)(columns, columns=frame.columns, copy=False, **more)


def seated_frame(room: Room, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame``'s numpy-backed columns copied into buffers with room (once: on a task thread,
    while nothing edits the frame), its Arrow columns as they are."""
    return _frame(frame, {name: values if data is None else _around(values, room.seated(name, data, writable=True))
                          for name, values, data in _columns(frame)})


def frame_extended(room: Room, frame: pd.DataFrame, extra: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the rows ``extra`` (the same columns and dtypes) after its own: written in
    its buffers' room (a copy into new ones when there is none, as ``Room.extended``); an Arrow
    column gets them as a chunk."""
    if list(extra.columns) != list(frame.columns):
        raise ValueError("the rows added have other columns than the frame")
    out = {}
    for i, ((name, values, data), (_, more, more_data)) in enumerate(zip(_columns(frame), _columns(extra), strict=True)):
        if data is not None and (more_data is None or more_data.dtype != data.dtype):  # (a None in an int
            out[name] = pd.concat([frame.iloc[:, i], extra.iloc[:, i]], ignore_index=True).array  # column...)
        elif data is not None and more_data is not None:
            out[name] = _around(values, room.extended(name, data, more_data, writable=True))
        else:
            column = values._pa_array
            more_column = getattr(more, "_pa_array", None)
            tail = (more_column.cast(column.type).chunks if more_column is not None
                    else [pa.array(np.asarray(more, dtype=object), type=column.type, from_pandas=True)])
            out[name] = arrow_like(values, pa.chunked_array([*column.chunks, *tail], type=column.type))
    return _frame(frame, out)


def frame_taken_out(room: Room, frame: pd.DataFrame, gone) -> pd.DataFrame:
    """``frame`` without the rows ``gone``, renumbered from 0: numpy-backed columns as
    ``Room.taken_out`` (the last rows, a split undone: a shorter view, no copy), Arrow columns as
    slices of their chunks around the rows gone."""
    runs = kept_runs(len(frame), gone)
    out = {}
    for name, values, data in _columns(frame):
        if data is not None:
            out[name] = _around(values, room.taken_out(name, data, gone, writable=True))
        else:
            column = values._pa_array
            chunks = [c for a, b in runs for c in column.slice(a, b - a).chunks]
            out[name] = arrow_like(values, pa.chunked_array(chunks, type=column.type))
    return _frame(frame, out)


def frame_cells_written(room: Room, frame: pd.DataFrame, column: int, rows, values) -> bool:
    """The cells ``rows`` of ``frame``'s column (a position) set to ``values`` in place in its
    buffer, if the column is that buffer's latest version (True), else nothing (False: set them
    as usual). pandas would copy the whole column (8 MB at 1M plots) whenever another frame
    shares it (the attribute table's frame with its areas), and the copy would have no room:
    the next plot added would copy it again."""
    if not room.alone():  # (another thread reads the frame: it must not change under it)
        return False
    name, current = str(frame.columns[column]), frame.iloc[:, column].array
    data = _backing(current)
    buf = room._buffers.get(name)
    if data is None or not room._holds(buf, data, 0):
        return False
    assert buf is not None
    target = _around(current, buf.data[:buf.used])  # (writable: pandas hands out read-only views)
    try:
        target[np.asarray(rows, np.int64)] = values
    except (TypeError, ValueError):  # (a value the column cannot hold: pandas widens it)
        return False
    return True
