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
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sezmap.model.rows import kept_runs

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

    def taken_out(self, name: str, array: np.ndarray, gone, writable: bool = False) -> np.ndarray:
        """``array`` without the rows ``gone``, copied run by run into a new buffer with room
        (one copy, as ``rows.array_without``; the next addition is then in place). A
        ``writable`` array that loses its last rows is not copied: see below."""
        runs = kept_runs(len(array), gone)
        kept = sum(b - a for a, b in runs)
        buf = self._buffers.get(name)
        if writable and runs in ([(0, kept)], []) and self._holds(buf, array, 0):
            # the last rows taken out (the undo of a split): the shorter view of the same
            # buffer, whose next addition writes over them (a writable line of versions is
            # one owner's: the versions before are not read any more)
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
