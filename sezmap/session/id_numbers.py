"""The numbers in plot ids, kept so that fresh ids are found without a pass over the layer (Qt-free).

``plot_ids.new_plot_ids`` reads a zone's pattern (its most common prefix, the zero-padding,
the highest number: ``ZoneNumbers``) and, when the number after the zone's highest is taken (ids
numbered across zones), the numbers of that prefix in use over the whole layer
(``TakenNumbers``). Read plainly, each is an Arrow pass over the zone's or the layer's ids
(0.1-0.3 s at a million plots on the shared machine, on the UI thread at every split). Here
they are read once (``PlotIdIndex.prepare``, on the task thread after the analysis) and then
kept in step with the ids added and taken out (a split adds one, its undo takes it out): a
number is inserted into or deleted from a sorted array, and the first free numbers after the
highest are found by binary search over it (O(log n) per run of numbers in use).

Only ASCII ids without a final line break are followed one by one; anything else (or numbers
of more than 18 digits) drops the kept state, which is read again when next needed, so the
answer is always the one the plain pass gives.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.model.room import Room

DIGITS = "0123456789"
MAX_DIGITS = 18  # numbers that fit an int64


class Unusual(Exception):
    """Ids that Arrow's kernels would read differently from ``next_plot_ids``'s expression."""


def split_id(plot_id: str) -> tuple[str, str] | None:
    """(prefix, digits) of an ASCII id numbered at its end, as ``next_plot_ids`` reads it; None
    if it has no number at its end. Unusual if it is not ASCII or ends with a line break."""
    if not plot_id.isascii() or plot_id.endswith("\n"):
        raise Unusual(plot_id)
    prefix = plot_id.rstrip(DIGITS)
    return (prefix, plot_id[len(prefix):]) if len(prefix) < len(plot_id) else None


def _highest(digits: pa.Array) -> int:
    """The largest number written in these digit strings (any length)."""
    lengths = pc.binary_length(digits)
    if pc.max(lengths).as_py() <= MAX_DIGITS:
        return int(pc.max(pc.cast(digits, pa.int64())).as_py())
    return max(int(d) for d in digits.to_pylist())  # very long numbers: Python's own ints


@dataclass
class ZoneNumbers:
    """A zone's numbered ids: how many have each prefix, and for the chosen prefix (the most
    common; among equally common ones the one numbered highest) its numbers, sorted, and the
    lengths of its zero-padded ones. ``numbers`` is None when one is too long for an int64
    (then ``highest`` holds it and the state is not kept in step)."""

    counts: Counter[str]
    prefix: str | None = None
    highest: int = 0
    numbers: np.ndarray | None = None
    padded: Counter[int] = field(default_factory=Counter)
    # ``numbers``' buffer: a new id's number goes after the last, in its room (``numbers`` is
    # this object's own line of versions, as ``TakenNumbers.unique``)
    room: Room = field(default_factory=Room, repr=False, compare=False)

    @classmethod
    def of(cls, ids: pa.Array) -> ZoneNumbers:
        """Read from a zone's ids (an Arrow string array without nulls). Unusual if Arrow
        cannot read them as ``next_plot_ids``'s expression does."""
        if not len(ids):
            return cls(Counter())
        if not pc.all(pc.string_is_ascii(ids)).as_py() or pc.any(pc.ends_with(ids, "\n")).as_py():
            raise Unusual
        prefixes = pc.utf8_rtrim(ids, characters=DIGITS)
        numbered = pc.less(pc.binary_length(prefixes), pc.binary_length(ids))
        ids, prefixes = ids.filter(numbered), prefixes.filter(numbered)
        if not len(ids):
            return cls(Counter())
        value_counts = pc.value_counts(prefixes)
        counts = Counter(dict(zip(value_counts.field("values").to_pylist(), value_counts.field("counts").to_pylist(),
                                  strict=True)))
        top = max(counts.values())
        best: tuple | None = None
        for prefix in (p for p, f in counts.items() if f == top):
            digits = pc.utf8_slice_codeunits(ids.filter(pc.equal(prefixes, prefix)), len(prefix))
            key = (top, _highest(digits), prefix)
            if best is None or key > best[0]:
                best = (key, digits)
        assert best is not None
        (_top, highest, prefix), digits = best
        lengths = pc.binary_length(digits)
        padded_at = pc.and_(pc.starts_with(digits, "0"), pc.greater(lengths, 1))
        # (counted by Arrow, without the GIL: a Counter of the 470k lengths held it ~0.2 s at 1M
        # while the window waited)
        tally = pc.value_counts(pc.filter(lengths, padded_at))
        padded = Counter(dict(zip(tally.field("values").to_pylist(), tally.field("counts").to_pylist(), strict=True)))
        numbers = None
        room = Room()  # (seated where the state is read, off the UI thread: the next id is put in place)
        if pc.max(lengths).as_py() <= MAX_DIGITS:
            numbers = room.seated("numbers", np.sort(pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False)),
                                  writable=True)
        return cls(counts, prefix, highest, numbers, padded, room)

    def pattern(self) -> tuple[str, int, int] | None:
        """(prefix, zero-padded width, highest number), as ``plot_ids.id_pattern`` gives it."""
        if self.prefix is None:
            return None
        return self.prefix, max(self.padded, default=1), self.highest

    def added(self, plot_id: str) -> bool:
        """An id added to the zone; False if the state cannot follow (read it again)."""
        return self._changed(plot_id, +1)

    def removed(self, plot_id: str) -> bool:
        """An id taken out of the zone; False if the state cannot follow (read it again)."""
        return self._changed(plot_id, -1)

    def _changed(self, plot_id: str, sign: int) -> bool:
        parts = split_id(plot_id)
        if parts is None:
            return True  # not numbered: the pattern does not see it
        prefix, digits = parts
        self.counts[prefix] += sign
        if self.counts[prefix] <= 0:
            del self.counts[prefix]
        if prefix != self.prefix:
            # another prefix's count changed: the chosen one stays chosen while it is ahead
            return self.prefix is not None and self.counts[self.prefix] > self.counts.get(prefix, 0)
        if self.numbers is None or len(digits) > MAX_DIGITS:
            return False
        number = int(digits)
        if sign > 0:
            self.numbers = self.room.inserted("numbers", self.numbers, np.searchsorted(self.numbers, number), number,
                                              writable=True)
        else:
            at = int(np.searchsorted(self.numbers, number))
            if at >= len(self.numbers) or self.numbers[at] != number:
                return False
            # (the last, a split's piece undone: a shorter view, not a copy of the zone's numbers)
            self.numbers = self.room.taken_out("numbers", self.numbers, [at], writable=True)
        if len(digits) > 1 and digits.startswith("0"):
            self.padded[len(digits)] += sign
            if self.padded[len(digits)] <= 0:
                del self.padded[len(digits)]
        if not len(self.numbers):
            return False
        self.highest = int(self.numbers[-1])
        others = [c for p, c in self.counts.items() if p != prefix]
        return self.counts.get(prefix, 0) > max(others, default=0)  # still the most common alone


def written_numbers(ids: pa.Array, low: str, width: int) -> np.ndarray | None:
    """The numbers written as ids ``low`` + the number zero-padded to ``width`` (lower case;
    wider numbers without a leading zero too) among ``ids`` (ASCII, lower case); None if one
    is too long for an int64."""
    same = ids.filter(pc.starts_with(ids, low))
    digits = pc.utf8_slice_codeunits(same, len(low))
    length = pc.binary_length(digits)
    written = pc.and_(pc.ascii_is_decimal(digits),  # as f"{n:0{width}d}" writes a number
                      pc.or_(pc.equal(length, width), pc.and_(pc.greater(length, width),
                                                              pc.invert(pc.starts_with(digits, "0")))))
    digits = digits.filter(written)
    if len(digits) and pc.max(pc.binary_length(digits)).as_py() > MAX_DIGITS:
        return None
    return pc.cast(digits, pa.int64()).to_numpy(zero_copy_only=False) if len(digits) else np.zeros(0, np.int64)


def _written(plot_id_lower: str, low: str, width: int) -> int | None:
    """The number ``plot_id_lower`` writes as ``written_numbers`` reads it, or None."""
    if not plot_id_lower.startswith(low):
        return None
    digits = plot_id_lower[len(low):]
    if not (digits.isascii() and digits.isdecimal()) or not (
            len(digits) == width or (len(digits) > width and not digits.startswith("0"))):
        return None
    return int(digits)


@dataclass
class TakenNumbers:
    """The numbers in use over the whole layer for one (lower-case prefix, width): sorted and
    unique, with the few written by more than one id counted apart."""

    low: str
    width: int
    unique: np.ndarray
    extra: Counter[int] = field(default_factory=Counter)  # numbers used by more ids than one: how many more
    # ``unique``'s buffer: a new id's number goes after the last, in its room. ``unique`` is this
    # object's own line of versions (``writable`` in Room's sense: no one keeps the ones before)
    room: Room = field(default_factory=Room, repr=False, compare=False)

    @classmethod
    def of(cls, ids_lower: pa.Array, low: str, width: int) -> TakenNumbers | None:
        numbers = written_numbers(ids_lower, low, width)
        if numbers is None:
            return None
        unique, counts = np.unique(numbers, return_counts=True)
        twice = counts > 1  # (few: no Python pass over the million numbers, which holds the GIL)
        room = Room()  # (seated where the state is read, off the UI thread: the next id is put in place)
        return cls(low, width, room.seated("unique", unique, writable=True),
                   Counter(dict(zip(unique[twice].tolist(), (counts[twice] - 1).tolist(), strict=True))), room)

    def free_after(self, highest: int, count: int) -> list[int]:
        """The first ``count`` numbers after ``highest`` that no id writes (binary searches)."""
        u, k = self.unique, highest
        out: list[int] = []
        while len(out) < count:
            i = int(np.searchsorted(u, k + 1))
            if i < len(u) and u[i] == k + 1:  # a run of numbers in use from k + 1: where it ends
                base = int(u[i]) - i
                end = bisect.bisect_right(range(i, len(u)), 0, key=lambda j: int(u[j]) - j - base)
                k = int(u[i + end - 1])
            out.append(k + 1)
            k += 1
        return out

    def added(self, plot_id: str) -> bool:
        n = _written(plot_id.lower(), self.low, self.width)
        if n is not None and len(str(n)) > MAX_DIGITS:
            return False
        if n is not None:
            at = int(np.searchsorted(self.unique, n))
            if at < len(self.unique) and self.unique[at] == n:
                self.extra[n] += 1
            else:
                self.unique = self.room.inserted("unique", self.unique, at, n, writable=True)
        return True

    def removed(self, plot_id: str) -> bool:
        n = _written(plot_id.lower(), self.low, self.width)
        if n is None:
            return True
        if self.extra.get(n, 0) > 0:
            self.extra[n] -= 1
            if not self.extra[n]:
                del self.extra[n]
            return True
        at = int(np.searchsorted(self.unique, n))
        if at >= len(self.unique) or self.unique[at] != n:
            return False
        # (the last number, a split's piece undone: a shorter view of its buffer, not a copy of
        # 470k, and the next number added is written over it; any other, one copy with room)
        self.unique = self.room.taken_out("unique", self.unique, [at], writable=True)
        return True
