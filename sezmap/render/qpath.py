"""QPainterPath built from numpy arrays in one call (no Python loop per vertex).

QPainterPath's QDataStream form is: int32 element count, then per element int32
type (0 MoveTo, 1 LineTo) and two float64, then int32 cStart and int32 fill
rule (big-endian by default; we ask for little-endian). We write that with numpy and let Qt read it back, which is
how pyqtgraph turns large arrays into paths.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream
from PySide6.QtGui import QPainterPath

_ELEMENT = np.dtype([("type", "<i4"), ("x", "<f8"), ("y", "<f8")])
ODD_EVEN, WINDING = 0, 1


def path_from_arrays(px: np.ndarray, py: np.ndarray, part_start: np.ndarray,
                     fill_rule: int = WINDING) -> QPainterPath:
    """A path through the points; a new sub-path wherever ``part_start`` is true."""
    n = len(px)
    path = QPainterPath()
    if n == 0:
        return path
    finite = np.isfinite(px) & np.isfinite(py)
    if not finite.all():
        # a dropped vertex must not glue two parts together
        starts = np.asarray(part_start, bool).copy()
        nxt = np.flatnonzero(~finite) + 1
        starts[nxt[nxt < n]] = True
        px, py, part_start = px[finite], py[finite], starts[finite]
        n = len(px)
        if n == 0:
            return path
    buf = np.empty(4 + n * _ELEMENT.itemsize + 8, dtype=np.uint8)
    buf[:4] = np.frombuffer(np.array([n], "<i4").tobytes(), np.uint8)
    elements = buf[4:4 + n * _ELEMENT.itemsize].view(_ELEMENT)
    elements["type"] = np.where(part_start, 0, 1)
    elements["type"][0] = 0
    elements["x"] = px
    elements["y"] = py
    buf[4 + n * _ELEMENT.itemsize:] = np.frombuffer(np.array([0, fill_rule], "<i4").tobytes(), np.uint8)
    data = QByteArray(buf.tobytes())  # kept alive while the stream reads it
    stream = QDataStream(data)
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)  # numpy's native order: no swapping
    stream >> path
    del stream
    return path
