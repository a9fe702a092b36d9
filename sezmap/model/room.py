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
(``taken_out``: the rows kept are copied run by run into a new buffer with room). So do its
zones' boxes (4 x n), along their second axis (``axis``): a split's piece's box is written
after the zone's last column, not a copy of its 470k boxes.

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
RUNS_MAX = 64  # items inserted at once in the middle up to which the rows between are copied run by run


def frozen(array: np.ndarray) -> np.ndarray:
    """The array, marked read-only (a write in place raises instead of racing a render)."""
    array.flags.writeable = False
    return array


@dataclass(eq=False)
class _Buffer:
    data: np.ndarray  # writable, rows first (``_first``); its first ``used`` rows are the latest version's
    used: int


class Room:
    """The buffers behind a line of versions' growing arrays, by name (``coords``, ...).
    Edits are made on one thread (the UI's); renders only read the versions' views.

    An array grows along its first axis, or along ``axis``: its buffer is then laid out as a
    C-ordered array with room at the end of that axis (a zone's boxes, 4 x n along axis 1: each
    coordinate's n numbers together, as the box test reads them)."""

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

    def extended(self, name: str, head: np.ndarray, tail: np.ndarray, writable: bool = False,
                 axis: int = 0) -> np.ndarray:
        """``head`` followed by ``tail`` along ``axis`` (read-only unless ``writable``), written
        after ``head`` in its buffer if ``head`` is that buffer's latest version and there is
        room, else copied into a new one."""
        head, tail = _first(head, axis), _first(tail, axis)
        return self._view(self._extend(name, head, tail, axis), writable, axis)

    def seated(self, name: str, array: np.ndarray, writable: bool = False, axis: int = 0) -> np.ndarray:
        """``array`` copied into a buffer with room after it (when it is made: the first
        addition is then in place too)."""
        rows = _first(array, axis)
        return self._view(self._extend(name, rows[:0], rows, axis), writable, axis)

    def inserted(self, name: str, array: np.ndarray, at, values, writable: bool = False,
                 axis: int = 0) -> np.ndarray:
        """``np.insert(array, at, values, axis)`` (a sorted array's new items; ``at``: positions
        from 0 to its length), written in ``array``'s room when all go after its last item (a
        split's new plots, ids and numbers: the next ones, or a split's piece's box: the zone's
        last), else copied around them into a new buffer with room (one copy, as ``np.insert``'s;
        the next addition after the last is then in place)."""
        head = _first(array, axis)
        n = len(head)
        values = np.asarray(values, dtype=head.dtype)  # (items along ``axis``, or one item)
        rows = _first(values, axis) if values.ndim == head.ndim else values.reshape(-1, *head.shape[1:])
        where = np.broadcast_to(np.asarray(at, dtype=np.int64).reshape(-1), (len(rows),))
        if bool((where == n).all()):
            return self._view(self._extend(name, head, rows, axis), writable, axis)
        if bool((where < 0).any()) or bool((where > n).any()):
            raise IndexError(f"positions {where.tolist()} out of 0..{n}")
        k = len(rows)
        order = np.argsort(where, kind="stable")  # (np.insert's order: by position, then as given)
        spots = where[order] + np.arange(k)  # the new rows' places
        buf = self._new(name, head, n + k, axis)
        buf.used = n + k
        out = buf.data[:n + k]
        if k <= RUNS_MAX:  # the rows kept copied run by run (a memory copy each)
            done = 0
            for j, w in enumerate(where[order].tolist()):
                out[done + j:w + j] = head[done:w]
                done = w
            out[done + k:] = head[done:]
        else:  # many runs: through a mask, as np.insert does
            keep = np.ones(n + k, dtype=bool)
            keep[spots] = False
            out[keep] = head
        out[spots] = rows[order]
        return self._view(buf, writable, axis)

    def fresh(self, name: str, rows: int, dtype, shape=(), axis: int = 0) -> np.ndarray:
        """A new buffer with room, its first ``rows`` rows (along ``axis``; ``shape``: the other
        axes' lengths) to be filled in place by the caller: an array made where it is kept, not
        made and then seated (a copy)."""
        buf = self._new(name, np.empty((0, *shape), dtype), rows, axis)
        buf.used = rows
        return self._view(buf, True, axis)

    def taken_out(self, name: str, array: np.ndarray, gone, writable: bool = False, axis: int = 0) -> np.ndarray:
        """``array`` without the rows ``gone`` (along ``axis``), copied run by run into a new
        buffer with room (one copy, as ``rows.array_without``; the next addition is then in
        place). A ``writable`` array that loses its last rows is not copied: see below."""
        array = _first(array, axis)
        runs = kept_runs(len(array), gone)
        kept = sum(b - a for a, b in runs)
        buf = self._buffers.get(name)
        if writable and runs in ([(0, kept)], []) and self._holds(buf, array, 0) and self.alone():
            # the last rows taken out (the undo of a split): the shorter view of the same
            # buffer, whose next addition writes over them (a writable line of versions is
            # one owner's: with no reader alive, the versions before are not read any more)
            assert buf is not None
            buf.used = kept
            return self._view(buf, True, axis)
        buf = self._new(name, array, kept, axis)
        at = 0
        for a, b in runs:
            buf.data[at:at + b - a] = array[a:b]
            at += b - a
        buf.used = at
        return self._view(buf, writable, axis)

    def _extend(self, name: str, head: np.ndarray, tail: np.ndarray, axis: int) -> _Buffer:
        """``extended`` of arrays given rows first: the buffer, its ``used`` rows the result."""
        n, k = len(head), len(tail)
        buf = self._buffers.get(name)
        if not self._holds(buf, head, k):
            buf = self._new(name, head, n + k, axis)
            buf.data[:n] = head
        assert buf is not None
        buf.data[n:n + k] = tail
        buf.used = n + k
        return buf

    @staticmethod
    def _view(buf: _Buffer, writable: bool, axis: int) -> np.ndarray:
        """The buffer's ``used`` rows, with their axis back at ``axis``."""
        view = np.moveaxis(buf.data[:buf.used], 0, axis) if axis else buf.data[:buf.used]
        return view if writable else frozen(view)

    def _new(self, name: str, like: np.ndarray, rows: int, axis: int = 0) -> _Buffer:
        """A new buffer for ``rows`` rows like ``like``'s (given rows first) and room, laid out
        as an array growing along ``axis`` (kept rows first: a view)."""
        size = rows + max(rows // SLACK, MIN_SLACK)
        shape = list(like.shape[1:])
        shape.insert(axis, size)
        buf = self._buffers[name] = _Buffer(_first(np.empty(shape, like.dtype), axis), len(like))
        return buf


def _first(array: np.ndarray, axis: int) -> np.ndarray:
    """``array`` with ``axis`` first (a view): a buffer's rows are along its first axis."""
    return np.moveaxis(array, axis, 0) if axis else array


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


def frame_column_owned(room: Room, frame: pd.DataFrame, column: int) -> None:
    """Before cells of ``frame``'s column (a position) are set as usual (``frame_cells_written``
    said no): while a reader holds the buffers, the column is replaced by a copy of its own.
    pandas copies a column before a write only when another pandas object shares it; a frame
    made over the buffers (``frame_extended``: the rows before are the same memory) shares them
    with the frames before it, one of which a reader may hold (a snapshot), unknown to pandas."""
    if not room.alone():
        frame.isetitem(column, frame.iloc[:, column].array.copy())
