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

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..analysis.plot_index import PlotIndex
from ..model import plot_geometry
from .id_numbers import TakenNumbers, Unusual, ZoneNumbers

def _arrow(values) -> pa.Array:
    arr = pa.array(values) if not isinstance(values, (pa.Array, pa.ChunkedArray)) else values
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    arr = arr.drop_null()
    return arr if pa.types.is_large_string(arr.type) else arr.cast(pa.string())


def id_pattern(zone_ids) -> tuple[str, int, int] | None:
    """(prefix, zero-padded width, highest number) of a zone's numbered ids, as
    ``next_plot_ids`` chooses them; None if none is numbered. Unusual if Arrow cannot read them
    as its regular expression does (then use ``next_plot_ids`` itself)."""
    return ZoneNumbers.of(_arrow(zone_ids)).pattern()


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
        # read once, then kept in step (``id_numbers``): each zone's numbered ids (by the zone
        # as ``str``), and the numbers in use of a (lower-case prefix, width)
        self._zones: dict[str, ZoneNumbers] = {}
        self._taken: dict[tuple[str, int], TakenNumbers] = {}

    def for_frame(self, plots: pd.DataFrame) -> PlotIdIndex:
        if self._frame is not plots or self._lower is None:
            ids = _arrow(pa.array(plots["plot_id"].array))
            self._lower = PlotIndex(_ids=_large(pc.utf8_lower(ids)))
            self._unusual = Counter(_folded_unusual(ids))
            self._zones, self._taken = {}, {}
            self._frame = plots
        return self

    def prepare(self, plots: pd.DataFrame) -> PlotIdIndex:
        """``for_frame``, and every zone's pattern and the numbers in use after it read now
        (Arrow passes over the ids: on the task thread, not at the first split)."""
        self.for_frame(plots)
        zones = plots["zone_id"].astype(str)
        for zone_id in zones.unique().tolist():
            try:
                pattern = self.zone_numbers(plots, zone_id, zones).pattern()
            except Unusual:
                continue
            if pattern is not None:
                self.taken_numbers(pattern[0], pattern[1])
        return self

    def adopt(self, other: PlotIdIndex, plots: pd.DataFrame) -> None:
        """Take ``other``'s index (made on another thread) if it follows ``plots``, the frame
        now open, and this one does not (or knows fewer patterns)."""
        if other._frame is plots and other._lower is not None and (
                self._frame is not plots or self._lower is None or len(other._zones) > len(self._zones)):
            self._frame, self._lower, self._unusual = other._frame, other._lower, other._unusual
            self._zones, self._taken = other._zones, other._taken

    def moved(self, before: pd.DataFrame, after: pd.DataFrame) -> None:
        """The frame followed is now ``after``, a copy of ``before`` (the same rows)."""
        if self._frame is before:
            self._frame = after

    def zone_numbers(self, plots: pd.DataFrame, zone_id: str, zones: pd.Series | None = None) -> ZoneNumbers:
        """The numbered ids of ``zone_id`` in ``plots`` (the frame followed; ``zones``: its
        zone ids as ``str``, if at hand), kept or read. Unusual: see ``id_pattern``."""
        kept = self._zones.get(str(zone_id))
        if kept is None:
            zones = plots["zone_id"].astype(str) if zones is None else zones
            zone_ids = plots.loc[(zones == str(zone_id)).to_numpy(), "plot_id"]
            kept = self._zones[str(zone_id)] = ZoneNumbers.of(_arrow(pa.array(zone_ids.array)))
        return kept

    def taken_numbers(self, prefix: str, width: int) -> TakenNumbers | None:
        """The numbers in use over the layer after ``prefix`` (case folded) at ``width``, kept
        or read; None where Arrow's lower case might differ from Python's case folding."""
        assert self._lower is not None, "for_frame first"
        if self._unusual or not prefix.isascii():
            return None
        key = (prefix.lower(), width)
        if key not in self._taken:
            taken = TakenNumbers.of(self._lower.ids.drop_null(), *key)
            if taken is None:
                return None
            self._taken[key] = taken
        return self._taken[key]

    def restructured(self, before: pd.DataFrame, after: pd.DataFrame, gone_rows, added: Iterable[str]) -> None:
        """``after`` is ``before`` without the rows ``gone_rows`` (sorted positions), then the
        ids ``added`` appended."""
        column: pd.Series = before["plot_id"]  # (read before the check below narrows ``before``)
        zones_before: pd.Series = before["zone_id"]
        zones_after: pd.Series = after["zone_id"]
        if self._frame is not before or self._lower is None:
            self._frame = None  # not followed: made afresh when next asked for
            return
        gone_rows = [int(r) for r in gone_rows]  # (read one by one: a take from an Arrow column of
        gone_ids = [str(column.iat[r]) for r in gone_rows]  # many chunks joins them all first)
        gone = pa.array(gone_ids, pa.string())
        for key in _folded_unusual(gone):
            self._unusual[key] -= 1
            if self._unusual[key] <= 0:
                del self._unusual[key]
        added_ids = [str(p) for p in added]
        new = pa.array(added_ids, pa.string())
        self._unusual.update(_folded_unusual(new))
        self._lower = self._lower.without(gone_rows).with_added(pd.Series(pc.utf8_lower(new).to_pylist(), dtype=object))
        self._follow(gone_ids, [str(zones_before.iat[r]) for r in gone_rows], "removed")
        self._follow(added_ids, zones_after.iloc[len(after) - len(added_ids):].astype(str).tolist(), "added")
        if self._unusual:
            self._taken.clear()
        self._frame = after

    def _follow(self, ids: list[str], zones: list[str], how: str) -> None:
        """The kept numbers after the ids ``ids`` (in ``zones``) were ``added`` or ``removed``:
        each kept state that cannot follow is dropped (read again when next needed)."""
        for plot_id, zone in zip(ids, zones, strict=True):
            for key in [k for k, taken in self._taken.items() if not getattr(taken, how)(plot_id)]:
                del self._taken[key]
            try:
                if zone in self._zones and not getattr(self._zones[zone], how)(plot_id):
                    del self._zones[zone]
            except Unusual:
                self._zones.pop(zone, None)

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
    try:
        pattern = index.zone_numbers(plots, zone_id).pattern()
    except Unusual:
        zone_ids = plots.loc[(plots["zone_id"].astype(str) == str(zone_id)).to_numpy(), "plot_id"]
        return plot_geometry.next_plot_ids([str(p) for p in zone_ids.tolist()], count, zone_id,
                                           taken=(p for p in plots["plot_id"].tolist()))
    prefix, width, n = pattern if pattern is not None else (plot_geometry.zone_id_prefix(zone_id) + "-", 4, 0)
    if count and index.taken(f"{prefix}{n + 1:0{width}d}"):
        # the numbers after the zone's are other plots' (ids numbered across zones): the free
        # ones from the numbers in use, not one look-up each
        taken = index.taken_numbers(prefix, width)
        if taken is not None:
            return [f"{prefix}{k:0{width}d}" for k in taken.free_after(n, count)]
    out: list[str] = []
    chosen: set[str] = set()
    while len(out) < count:
        n += 1
        candidate = f"{prefix}{n:0{width}d}"
        if not index.taken(candidate) and candidate.casefold() not in chosen:
            out.append(candidate)
            chosen.add(candidate.casefold())
    return out
