"""How a plot's amounts follow its land when it is split or merged (no Qt).

A split shares each amount (``AMOUNT_FIELDS``: investment committed and made, jobs planned) out
among the pieces by their share of the area; a merge sums the plots' amounts. The zone's
totals stay as they were either way. A missing amount stays missing (a merge of plots that all
lack it leaves it missing; one that has it in some plots sums those).

- Money (REAL): each piece gets ``value * area / total``, except the first (the largest, which
  keeps the plot's id), which gets what is left, so the parts add up to the value.
- Jobs (INTEGER): the largest-remainder (Hamilton) method on exact fractions: each piece gets
  the whole part of its quota, and the jobs left over go one each to the pieces with the
  largest fractional parts (the earlier piece on a tie), so the parts add up exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from sezmap.model.values import is_missing

MONEY_FIELDS = ("investment_committed_kzt", "investment_actual_kzt")
COUNT_FIELDS = ("jobs_planned",)
AMOUNT_FIELDS = MONEY_FIELDS + COUNT_FIELDS


def split_money(value: float, areas: Sequence[float]) -> list[float]:
    """``value`` shared by ``areas`` (the first piece takes the rounding)."""
    total = math.fsum(areas)
    rest = [float(value) * float(a) / total for a in areas[1:]]
    return [float(value) - math.fsum(rest), *rest]


def split_count(value: int, areas: Sequence[float]) -> list[int]:
    """A whole number ``value`` shared by ``areas`` with the largest-remainder method."""
    weights = [Fraction(float(a)) for a in areas]
    total = sum(weights, Fraction(0))
    quotas = [int(value) * w / total for w in weights]
    parts = [math.floor(q) for q in quotas]
    left = int(value) - sum(parts)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def _count(value: Any) -> int:
    """A jobs value as an int (the plots frame holds it as a float)."""
    number = float(value) if not isinstance(value, int) else value
    if isinstance(number, float) and not number.is_integer():
        raise ValueError(f"jobs_planned is not a whole number: {value!r}")
    return int(number)


def split_amounts(values: Mapping[str, Any], areas: Sequence[float]) -> list[dict[str, Any]]:
    """For each piece (areas in m², the piece keeping the id first), its amounts: a dict of
    ``AMOUNT_FIELDS`` that the plot has (missing ones are left out)."""
    pieces: list[dict[str, Any]] = [{} for _ in areas]
    for name in AMOUNT_FIELDS:
        value: Any = values.get(name)
        if is_missing(value):
            continue
        parts: Sequence[Any] = (split_count(_count(value), areas) if name in COUNT_FIELDS
                                else split_money(float(value), areas))
        for piece, part in zip(pieces, parts, strict=True):
            piece[name] = part
    return pieces


def merged_amounts(plots: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The amounts of plots merged into one: each ``AMOUNT_FIELDS`` summed over the plots that
    have it; left out where none has it."""
    sums: dict[str, Any] = {}
    for name in AMOUNT_FIELDS:
        given: list[Any] = [p.get(name) for p in plots if not is_missing(p.get(name))]
        if not given:
            continue
        sums[name] = (sum(_count(v) for v in given) if name in COUNT_FIELDS
                      else math.fsum(float(v) for v in given))
    return sums
