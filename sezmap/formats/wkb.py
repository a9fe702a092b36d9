"""Polygons decoded from a column of WKB in bulk, with their coordinate stream, and encoded back.

A cadastral layer is mostly polygons of one ring. Their WKB records have a fixed layout
(a header, a point count, then x, y doubles), so the coordinates of all of them are read
with a few numpy operations over the column's one data buffer, and GEOS builds the
geometries from that stream (``shapely.from_ragged_array``) without parsing each record.
The stream is kept (:class:`sezmap.model.coords.KnownRings`), so that validation and analysis
need not copy the coordinates out of GEOS again. Every other record (holes, several parts,
Z or M values, big-endian, anything malformed) goes to ``shapely.from_wkb`` as before.

:func:`encode_multipolygons` is the way back (``sezmap db publish``): the records of one ring
written from the stream in bulk, as multipolygons of one polygon, the rest by ``shapely.to_wkb``.
"""

from __future__ import annotations

import struct
from contextlib import nullcontext
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from sezmap.model.collector import lasting_objects_made
from sezmap.model.coords import KnownRings, Rings, one_ring, rings

POLYGON, MULTIPOLYGON = 3, 6
# bytes before the first coordinate: byte order, type, ring count, point count; a
# multipolygon of one polygon adds its own byte order, type and polygon count
HEADER = {POLYGON: 13, MULTIPOLYGON: 22}
KIND = {POLYGON: shapely.GeometryType.POLYGON, MULTIPOLYGON: shapely.GeometryType.MULTIPOLYGON}
# Geometries built per GEOS call. shapely holds the GIL for a whole call (~1-2 s for a million
# plots), and the UI thread waits for it meanwhile (a frozen window while a project loads on
# the task thread); between two calls the GIL changes hands. 50,000 a slice took ~0.1 s, 20,000
# ~0.04 s on a quiet machine, several times that when it is busy (the open's stall goal is
# 100 ms; the plots' map is drawn while they are built): 10,000, ~5-20 ms a slice.
BUILD_CHUNK = 10_000
LASTING = 100_000  # geometries built at once from which the garbage collector is paused, then frozen


def _header_words(data: np.ndarray, at: np.ndarray, skip: int) -> np.ndarray:
    """(m, 3): the little-endian unsigned 32-bit integers at bytes ``skip``, ``skip + 4`` and
    ``skip + 8`` of the records starting at ``at`` (12 bytes of each gathered in one step)."""
    windows = np.lib.stride_tricks.sliding_window_view(data, 12)  # no copy
    return windows[at + skip].view("<u4")


def _buffers(column: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(record start offsets (n + 1), data bytes, valid mask) of a binary Arrow array."""
    if isinstance(column, pa.ExtensionArray):
        column = column.storage
    if not (pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type)):
        column = column.cast(pa.large_binary())  # binary views, fixed-size binary: offsets and data
    width = np.int64 if pa.types.is_large_binary(column.type) else np.int32
    n = len(column)
    validity, offsets, data = column.buffers()
    off = np.frombuffer(offsets, dtype=width)[column.offset:column.offset + n + 1].astype(np.int64)
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    valid = ~np.asarray(column.is_null().to_numpy(zero_copy_only=False), dtype=bool) if validity is not None \
        else np.ones(n, dtype=bool)
    return off, raw, valid


def _one_ring_records(off: np.ndarray, data: np.ndarray, valid: np.ndarray):
    """Records that are a little-endian 2-D polygon, or multipolygon of one polygon, of one
    ring of at least four points, their layout checked against their length.
    Returns (mask, type, first coordinate byte, point count)."""
    n = len(off) - 1
    start, length = off[:-1], np.diff(off)
    kind = np.zeros(n, dtype=np.int64)
    first = start + HEADER[POLYGON]
    points = np.zeros(n, dtype=np.int64)
    idx = np.flatnonzero(valid & (length >= HEADER[POLYGON] + 4 * 16))  # four points at least
    if len(data) < HEADER[MULTIPOLYGON]:
        return np.zeros(n, dtype=bool), kind, first, points
    at = start[idx]
    # a polygon: byte order, type (byte 1), ring count (5), point count (9), coordinates (13);
    # a multipolygon of one polygon: byte order, type (1), polygon count (5), then the
    # polygon's byte order (9), type (10), ring count (14), point count (18), coordinates (22)
    near, far = _header_words(data, at, 1), _header_words(data, at, 10)  # bytes 1, 5, 9; 10, 14, 18
    kind[idx] = near[:, 0]
    multi = kind[idx] == MULTIPOLYGON
    polygon = kind[idx] == POLYGON
    rings_ = np.where(multi, far[:, 1], near[:, 1])
    points[idx] = np.where(multi, far[:, 2], near[:, 2])
    first[idx[multi]] += HEADER[MULTIPOLYGON] - HEADER[POLYGON]
    sound = (data[at] == 1) & (rings_ == 1) & (points[idx] >= 4) & (length[idx] == first[idx] - start[idx] + 16 * points[idx])
    sound &= polygon | (multi & (near[:, 1] == 1) & (data[at + 9] == 1) & (far[:, 0] == POLYGON))
    ok = np.zeros(n, dtype=bool)
    ok[idx[sound]] = True
    return ok, kind, first, points


def decode_polygons(column: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, KnownRings]:
    """Geometries (an object array, None for null records) of a WKB column, and the
    coordinate stream they were built from."""
    return decode_stream(column).geometries()


def decode_stream(column: pa.Array | pa.ChunkedArray) -> Decoded:
    """A WKB column's coordinate stream, its one-ring polygons not built yet (``Decoded``)."""
    if isinstance(column, pa.ChunkedArray):  # decoded as one array: joining streams costs more
        chunks = [c.storage if isinstance(c, pa.ExtensionArray) else c for c in column.chunks]
        column = chunks[0] if len(chunks) == 1 else _joined(chunks)
    return _stream(column)


def _joined(chunks: list[pa.Array]) -> pa.Array:
    """Chunks of a binary column as one array: as they are where they fit one (their offsets
    copied once), else as large binary."""
    if chunks and len({c.type for c in chunks}) == 1:
        try:
            return pa.concat_arrays(chunks)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # over 2 GiB of binary: large offsets
            pass
    return pa.concat_arrays([c.cast(pa.large_binary()) for c in chunks] or [pa.array([], pa.large_binary())])


@dataclass
class Decoded:
    """A WKB column read into its coordinate stream (``stream``, every record's run) before
    GEOS builds the geometries: what the map is drawn from (``GeometryArrays.from_rings``,
    numpy only) while the geometries are still to be built. ``geoms`` holds, already, the
    records the stream alone does not describe (holes, several parts, anything decoded by
    ``shapely.from_wkb``, rings that touch their first point): ``from_rings`` builds those
    from their geometries. ``geometries()`` builds the rest (the one-ring polygons, GEOS)."""

    stream: Rings
    geoms: np.ndarray  # (n,) object: those built so far, None for the others (and nulls)
    _todo: list[tuple[int, np.ndarray, Rings]] = field(repr=False)  # (type, rows, their runs) to build

    def geometries(self) -> tuple[np.ndarray, KnownRings]:
        """Every geometry (the one-ring polygons built now, a slice at a time) and the stream."""
        many = sum(len(rows) for _code, rows, _part in self._todo) >= LASTING
        # the collector's full collections, set off again and again, held the GIL 0.1-0.6 s each
        with lasting_objects_made() if many else nullcontext():
            for code, rows, part in self._todo:
                _build(self.geoms, code, rows, part)
        self._todo = []
        return self.geoms, KnownRings(self.geoms, self.stream)


def _build(geoms: np.ndarray, code: int, rows: np.ndarray, part: Rings) -> None:
    """One-ring polygons (or multipolygons of one) of type ``code`` built into ``geoms[rows]``
    from their runs ``part``."""
    for a in range(0, len(rows), BUILD_CHUNK):  # GEOS holds the GIL: a slice at a time
        piece = part.take(np.arange(a, min(a + BUILD_CHUNK, len(rows))))  # (a range: views)
        parts = np.arange(len(piece.offsets))
        geoms[rows[a:a + BUILD_CHUNK]] = shapely.from_ragged_array(
            KIND[code], piece.xy, (piece.offsets, parts) if code == POLYGON else (piece.offsets, parts, parts))


def _stream(column: pa.Array) -> Decoded:
    off, data, valid = _buffers(column)
    n = len(off) - 1
    fast, kind, first, points = _one_ring_records(off, data, valid)
    idx = np.flatnonzero(fast)
    offsets = np.zeros(len(idx) + 1, dtype=np.int64)
    np.cumsum(points[idx], out=offsets[1:])
    # the fast records' points, in order: 16 bytes each, gathered from the data buffer seen as
    # 16-byte items starting at every byte (a point's place: its record's first coordinate
    # byte, then 16 bytes a point; the items are not aligned, the gather copies them out)
    if len(idx):
        at = np.repeat(first[idx] - 16 * offsets[:-1], points[idx]) + 16 * np.arange(int(offsets[-1]))
        items = np.ndarray((len(data) - 15,), dtype="V16", buffer=data, strides=(1,))
        xy = items[at].view("<f8").astype(float, copy=False).reshape(-1, 2)
    else:
        xy = np.empty((0, 2))
    stream = Rings(xy, offsets, one_ring(xy, offsets, np.ones(len(idx), dtype=bool)))
    # a ring that does not close is no ring: those records go to GEOS, which says why
    points_ = xy.view(np.complex128).ravel()  # (each point one item: one gather, one comparison)
    closed = points_.take(offsets[:-1]) == points_.take(offsets[1:] - 1) if len(idx) else np.zeros(0, bool)
    if not closed.all():
        fast[idx[~closed]] = False
        stream = stream.take(np.flatnonzero(closed))
        idx = idx[closed]
    geoms = np.empty(n, dtype=object)
    todo = []
    for code in (POLYGON, MULTIPOLYGON):
        sel = np.flatnonzero(kind[idx] == code)
        if not len(sel):
            continue
        # a ring that touches its first point is not "simple" in the stream: built now, so
        # that the map made from the stream has its geometry (from_rings)
        now = ~stream.simple[sel]
        if now.any():
            _build(geoms, code, idx[sel[now]], stream.take(sel[now]))
            sel = sel[~now]
        todo.append((code, idx[sel], stream.take(sel)))
    slow = np.flatnonzero(~fast)
    if not len(slow):
        return Decoded(stream, geoms, todo)
    records = np.empty(len(slow), dtype=object)
    records[:] = [None if not valid[i] else data[off[i]:off[i + 1]].tobytes() for i in slow]
    geoms[slow] = shapely.from_wkb(records)
    return Decoded(merged(n, (idx, stream), (slow, rings(geoms[slow]))), geoms, todo)


def encode_multipolygons(geoms: np.ndarray, stream: Rings | None = None) -> pa.Array:
    """ISO WKB (little-endian) of polygonal geometries, each as a MULTIPOLYGON, as an Arrow
    ``large_binary`` array; null for a missing or empty geometry. ``stream``: their coordinate
    stream (``KnownRings.of``): a run of one ring is written from it, its header made with
    numpy and its coordinates' bytes taken as they are (Arrow joins the two per record); every
    other geometry (holes, several parts, Z, no stream) through shapely."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    fast = np.zeros(n, dtype=bool) if stream is None else stream.simple & ~missing & ~shapely.has_z(geoms)
    at, slow = np.flatnonzero(fast), np.flatnonzero(~fast & ~missing)
    pieces = []
    if len(at):
        part = stream.take(at)  # type: ignore[union-attr]
        head = np.empty((len(at), HEADER[MULTIPOLYGON]), dtype=np.uint8)
        head[:] = np.frombuffer(struct.pack("<BIIBIII", 1, MULTIPOLYGON, 1, 1, POLYGON, 1, 0), dtype=np.uint8)
        head[:, 18:22] = part.counts.astype("<u4").view(np.uint8).reshape(-1, 4)
        heads = pa.Array.from_buffers(pa.binary(HEADER[MULTIPOLYGON]), len(at), [None, pa.py_buffer(head)])
        xy = np.ascontiguousarray(part.xy, dtype="<f8")
        coords = pa.Array.from_buffers(pa.large_binary(), len(at), [None, pa.py_buffer(16 * part.offsets),
                                                                    pa.py_buffer(xy)])
        pieces.append(pc.binary_join_element_wise(heads.cast(pa.large_binary()), coords, pa.scalar(b"", pa.large_binary())))
    if len(slow):
        records = geoms[slow]
        single = np.flatnonzero(shapely.get_type_id(records) == shapely.GeometryType.POLYGON)
        if len(single):  # one-part multis, as the column is
            records[single] = shapely.multipolygons(records[single], indices=np.arange(len(single)))
        pieces.append(pa.array(shapely.to_wkb(records), type=pa.large_binary()))
    if not missing.any() and not len(slow):
        return pieces[0] if pieces else pa.array([], type=pa.large_binary())
    pieces.append(pa.nulls(int(missing.sum()), type=pa.large_binary()))
    order = np.empty(n, dtype=np.int64)  # row -> its place in the pieces, one after the other
    order[np.concatenate([at, slow, np.flatnonzero(missing)])] = np.arange(n)
    return pa.concat_arrays(pieces).take(pa.array(order))


def merged(n: int, *parts: tuple[np.ndarray, Rings]) -> Rings:
    """One stream for ``n`` geometries from streams of some of them (positions, stream)."""
    counts = np.zeros(n, dtype=np.int64)
    simple = np.zeros(n, dtype=bool)
    for rows, r in parts:
        counts[rows] = r.counts
        simple[rows] = r.simple
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = np.empty((int(offsets[-1]), 2))
    for rows, r in parts:
        at = np.repeat(offsets[:-1][rows] - r.offsets[:-1], r.counts) + np.arange(len(r.xy))
        xy[at] = r.xy
    return Rings(xy, offsets, simple)


def wkb_finite(blob: bytes) -> bool | None:
    """Whether every coordinate of a WKB record (ISO or EWKB, any dimensions) is a finite
    number; None if the record is not one this can walk."""
    try:
        return _wkb_walk(memoryview(bytes(blob)), 0)[0]
    except (struct.error, ValueError, IndexError, KeyError):
        return None


def _wkb_walk(buf: memoryview, at: int) -> tuple[bool, int]:
    order = "<" if buf[at] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, at + 1)
    at += 5
    dims = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)
    if code & 0x20000000:
        at += 4  # an EWKB SRID
    code &= 0x0FFFFFFF
    dims += {0: 0, 1: 1, 2: 1, 3: 2}[code // 1000]
    base = code % 1000

    def doubles(n: int, at: int) -> tuple[bool, int]:
        values = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=at)
        return bool(np.isfinite(values).all()), at + 8 * n * dims

    if base == 1:
        return doubles(1, at)
    if base == 2:
        (n,) = struct.unpack_from(order + "I", buf, at)
        return doubles(n, at + 4)
    if base == 3:
        (rings,) = struct.unpack_from(order + "I", buf, at)
        at += 4
        finite = True
        for _ in range(rings):
            (n,) = struct.unpack_from(order + "I", buf, at)
            ok, at = doubles(n, at + 4)
            finite &= ok
        return finite, at
    if base in (4, 5, 6, 7):
        (parts,) = struct.unpack_from(order + "I", buf, at)
        at += 4
        finite = True
        for _ in range(parts):
            ok, at = _wkb_walk(buf, at)
            finite &= ok
        return finite, at
    raise ValueError(f"WKB geometry type {code}")
