"""Idle plots: land held without the promised investment (SCHEMA.md section 2).

A plot is idle on a report date when
  * its status is ``allocated`` or ``under_construction``,
  * its ``contract_deadline`` is before the report date (no deadline: not idle),
  * it has a committed investment (``investment_committed_kzt`` > 0; none: nothing was
    promised, so not idle), and
  * ``investment_actual_kzt`` is below that commitment. A missing actual figure counts
    as nothing invested yet (0), so it is below any positive commitment.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa



def as_date(value) -> dt.date:
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def deadline_days(values) -> np.ndarray:
    """Dates (strings, datetimes or None) as days since 1970-01-01; NaN where missing or unreadable."""
    fast = _date_days(values)
    if fast is not None:
        return fast
    s = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(s):
        parsed = s
    else:
        text = s.astype("string").str.slice(0, 10)
        parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    days = parsed.dt.tz_localize(None) if getattr(parsed.dt, "tz", None) is not None else parsed
    out = (days - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float, na_value=np.nan)
    return out


DATE_CHUNK = 100_000  # dates converted per pyarrow call (each holds the GIL: ~20 ms at load)


def _date_days(values) -> np.ndarray | None:
    """Fast path for a column of ``datetime.date`` objects (what pyogrio reads from a GeoPackage
    date field) and None: converted in C by pyarrow. None for anything else (strings, datetimes)."""
    if isinstance(values, pd.Series):
        if values.dtype != object:
            return None
        values = values.to_numpy()
    if not isinstance(values, np.ndarray) or values.dtype != object:
        return None
    out = np.full(len(values), np.nan)
    for a in range(0, len(values), DATE_CHUNK):  # (pyarrow holds the GIL through each slice)
        try:
            arr = pa.array(values[a:a + DATE_CHUNK], from_pandas=True)
        except (pa.ArrowException, TypeError, ValueError):
            return None
        if not (pa.types.is_date32(arr.type) or pa.types.is_null(arr.type)):
            return None
        if pa.types.is_date32(arr.type):  # (a slice of nulls alone stays NaN)
            out[a:a + len(arr)] = arr.cast(pa.int32()).to_numpy(zero_copy_only=False)  # nulls: NaN
    return out


def idle_candidates_mask(candidate: np.ndarray, deadline_day: np.ndarray, committed, actual, as_of) -> np.ndarray:
    """Which plots are idle on ``as_of`` (vectorised; see the module docstring), given which
    ``candidate`` plots have a status in ``model.statuses.IDLE_CANDIDATE_STATUSES``."""
    as_of_day = (as_date(as_of) - dt.date(1970, 1, 1)).days
    committed, actual = floats(committed), floats(actual)
    actual = np.where(np.isnan(actual), 0.0, actual)
    with np.errstate(invalid="ignore"):
        late = deadline_day < as_of_day
        short = (committed > 0) & (actual < committed)
    return candidate & late & short


def floats(values) -> np.ndarray:
    """Amounts as floats (an array, a Series or a list); what is missing or not a number is NaN.
    A float array or Series comes back as it is, not copied."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return values
    if isinstance(values, pd.Series) and values.dtype == np.float64:
        return values.to_numpy(dtype=float)
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
