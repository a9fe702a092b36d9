"""Fresh plot ids without a pass over a million ids in Python (Qt-free).

A split or a drawn plot needs new ids that follow the zone's pattern
(:func:`sezmap.model.plot_geometry.next_plot_ids`) and are unique over the whole layer, case
folded. Done plainly, that is two Python passes over the ids (the zone's for the pattern, all
of them for the ids in use): 2-3 s at a million plots on the shared machine, on the UI thread.

Here the pattern is read with Arrow's string kernels over the zone's ids (the trailing digits
trimmed, the prefixes counted, the chosen prefix's numbers cast), and the ids in use are a
case-folded count (:class:`PlotIdIndex`), made once for a plots frame and then kept in step
with the rows the session adds and takes out (``restructured``), so that a candidate is a
dictionary look-up. The result is the same as ``next_plot_ids``'s; ids its regular expression
reads differently (non-ASCII digits, a final line break) are handed to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..analysis.plot_index import PlotIndex
from ..model import plot_geometry

_DIGITS = "0123456789"


def _arrow(values) -> pa.Array:
    arr = pa.array(values) if not isinstance(values, (pa.Array, pa.ChunkedArray)) else values
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    arr = arr.drop_null()
    return arr if pa.types.is_large_string(arr.type) else arr.cast(pa.string())


def id_pattern(zone_ids) -> tuple[str, int, int] | None:
    """(prefix, zero-padded width, highest number) of a zone's numbered ids, as
    ``next_plot_ids`` chooses them; None if none is numbered, or if Arrow cannot read them as
    its regular expression does (then use ``next_plot_ids`` itself)."""
    ids = _arrow(zone_ids)
    if not len(ids):
        return None
    if not pc.all(pc.string_is_ascii(ids)).as_py() or pc.any(pc.ends_with(ids, "\n")).as_py():
        raise _Unusual
    prefixes = pc.utf8_rtrim(ids, characters=_DIGITS)
    numbered = pc.less(pc.binary_length(prefixes), pc.binary_length(ids))
    ids, prefixes = ids.filter(numbered), prefixes.filter(numbered)
    if not len(ids):
        return None
    counts = pc.value_counts(prefixes)
    values, freq = counts.field("values").to_pylist(), counts.field("counts").to_pylist()
    top = max(freq)
    best: tuple | None = None
    for prefix in (v for v, f in zip(values, freq, strict=True) if f == top):
        digits = pc.utf8_slice_codeunits(ids.filter(pc.equal(prefixes, prefix)), len(prefix))
        highest = _highest(digits)
        key = (top, highest, prefix)
        if best is None or key > best[0]:
            best = (key, prefix, highest, digits)
    assert best is not None
    _key, prefix, highest, digits = best
    padded = digits.filter(pc.and_(pc.starts_with(digits, "0"), pc.greater(pc.binary_length(digits), 1)))
    width = max(1, pc.max(pc.binary_length(padded)).as_py() or 1) if len(padded) else 1
    return prefix, width, highest


def _highest(digits: pa.Array) -> int:
    """The largest number written in these digit strings (any length)."""
    lengths = pc.binary_length(digits)
    if pc.max(lengths).as_py() <= 18:
        return int(pc.max(pc.cast(digits, pa.int64())).as_py())
    return max(int(d) for d in digits.to_pylist())  # very long numbers: Python's own ints


def _free_numbers(ids, prefix: str, width: int, highest: int, count: int) -> list[int] | None:
    """The first ``count`` numbers after ``highest`` whose ids (``prefix`` and the number
    padded to ``width``) no id in ``ids`` takes, case folded; None where Arrow's lower case
    might differ from Python's case folding (ids or prefix not ASCII) or numbers too long."""
    ids = _arrow(ids)
    if not prefix.isascii() or not pc.all(pc.string_is_ascii(ids)).as_py():
        return None
    low = prefix.lower()
    same = pc.utf8_lower(ids)
    same = same.filter(pc.starts_with(same, low))
    digits = pc.utf8_slice_codeunits(same, len(low))
    length = pc.binary_length(digits)
    written = pc.and_(pc.ascii_is_decimal(digits),  # as f"{n:0{width}d}" writes a number
                      pc.or_(pc.equal(length, width), pc.and_(pc.greater(length, width),
                                                              pc.invert(pc.starts_with(digits, "0")))))
    digits = digits.filter(written)
    if len(digits) and pc.max(pc.binary_length(digits)).as_py() > 18:
        return None
    numbers = pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False) if len(digits) else np.zeros(0, np.int64)
    # (a mark per number of the span that must hold ``count`` free ones: no sort, no unique)
    span = len(numbers) + count
    numbers = numbers[(numbers > highest) & (numbers <= highest + span)]
    occupied = np.zeros(span, bool)
    occupied[numbers - highest - 1] = True
    return [int(k) + highest + 1 for k in np.flatnonzero(~occupied)[:count]]


class _Unusual(Exception):
    """Ids that Arrow's kernels would read differently from ``next_plot_ids``'s expression."""


class PlotIdIndex:
    """The plot ids in use, case folded, for one plots frame at a time.

    The ids in lower case are a ``PlotIndex`` (their sort order, made by Arrow: it releases the
    GIL, where a Python set of a million ids held it ~0.5-2.5 s), looked up by binary search;
    the few ids that are not ASCII are also kept case folded in a set, where Python's case
    folding may differ from lower case (``ß``). ``for_frame`` makes them when asked for another
    frame than the one followed; ``restructured`` carries them over to the frame that replaced
    it after rows were added and taken out."""

    def __init__(self) -> None:
        self._frame: pd.DataFrame | None = None
        self._lower: PlotIndex | None = None
        self._unusual: Counter[str] = Counter()  # the ids that are not ASCII, case folded

    def for_frame(self, plots: pd.DataFrame) -> PlotIdIndex:
        if self._frame is not plots or self._lower is None:
            ids = _arrow(pa.array(plots["plot_id"].array))
            self._lower = PlotIndex(_ids=_large(pc.utf8_lower(ids)))
            self._unusual = Counter(_folded_unusual(ids))
            self._frame = plots
        return self

    def adopt(self, other: PlotIdIndex, plots: pd.DataFrame) -> None:
        """Take ``other``'s index (made on another thread) if it follows ``plots``, the frame
        now open, and this one does not."""
        if other._frame is plots and other._lower is not None and (self._frame is not plots or self._lower is None):
            self._frame, self._lower, self._unusual = other._frame, other._lower, other._unusual

    def restructured(self, before: pd.DataFrame, after: pd.DataFrame, gone_rows, added: Iterable[str]) -> None:
        """``after`` is ``before`` without the rows ``gone_rows`` (sorted positions), then the
        ids ``added`` appended."""
        column: pd.Series = before["plot_id"]
        if self._frame is not before or self._lower is None:
            self._frame = None  # not followed: made afresh when next asked for
            return
        gone_rows = np.asarray(gone_rows, np.int64)
        gone = pa.array([str(p) for p in column.iloc[gone_rows].tolist()], pa.string())
        for key in _folded_unusual(gone):
            self._unusual[key] -= 1
            if self._unusual[key] <= 0:
                del self._unusual[key]
        new = pa.array([str(p) for p in added], pa.string())
        self._unusual.update(_folded_unusual(new))
        self._lower = self._lower.without(gone_rows).with_added(pd.Series(pc.utf8_lower(new).to_pylist(), dtype=object))
        self._frame = after

    def taken(self, plot_id: str) -> bool:
        assert self._lower is not None, "for_frame first"
        try:
            self._lower.row(plot_id.lower())
            return True
        except KeyError:
            return plot_id.casefold() in self._unusual

    def folded(self) -> Counter[str]:
        """The ids in use, case folded, with their counts (for tests: what a fresh count gives)."""
        assert self._lower is not None, "for_frame first"
        ascii_ids = [p for p in self._lower.ids.to_pylist() if p is not None and p.isascii()]
        return Counter(ascii_ids) + self._unusual


def _large(arr: pa.Array) -> pa.Array:
    return arr if pa.types.is_large_string(arr.type) else arr.cast(pa.large_string())


def _folded_unusual(ids: pa.Array) -> list[str]:
    """The ids that are not ASCII, case folded by Python (few: a pass over them alone)."""
    if not len(ids):
        return []
    odd = ids.filter(pc.invert(pc.fill_null(pc.string_is_ascii(ids), True)))
    return [str(p).casefold() for p in odd.to_pylist() if p is not None]


def new_plot_ids(plots: pd.DataFrame, index: PlotIdIndex, zone_id: str, count: int) -> list[str]:
    """``count`` fresh ids following ``zone_id``'s pattern in ``plots``, none of them in use
    (``index``, following ``plots``); the same as ``next_plot_ids`` over the zone's ids with
    the whole layer taken."""
    if count < 0:
        raise ValueError("count must not be negative")
    index = index.for_frame(plots)
    zone_ids = plots.loc[(plots["zone_id"].astype(str) == str(zone_id)).to_numpy(), "plot_id"]
    try:
        pattern = id_pattern(pa.array(zone_ids.array))  # (an Arrow-backed column: no copy)
    except _Unusual:
        return plot_geometry.next_plot_ids([str(p) for p in zone_ids.tolist()], count, zone_id,
                                           taken=(p for p in plots["plot_id"].tolist()))
    prefix, width, n = pattern if pattern is not None else (plot_geometry.zone_id_prefix(zone_id) + "-", 4, 0)
    if count and index.taken(f"{prefix}{n + 1:0{width}d}"):
        # the numbers after the zone's are other plots' (ids numbered across zones): read
        # which are free from all the ids at once, not one look-up each
        free = _free_numbers(pa.array(plots["plot_id"].array), prefix, width, n, count)
        if free is not None:
            return [f"{prefix}{k:0{width}d}" for k in free]
    out: list[str] = []
    chosen: set[str] = set()
    while len(out) < count:
        n += 1
        candidate = f"{prefix}{n:0{width}d}"
        if not index.taken(candidate) and candidate.casefold() not in chosen:
            out.append(candidate)
            chosen.add(candidate.casefold())
    return out
