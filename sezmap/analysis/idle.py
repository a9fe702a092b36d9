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

from sezmap.model.statuses import IDLE_CANDIDATE_STATUSES


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
    s = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(s):
        parsed = s
    else:
        text = s.astype("string").str.slice(0, 10)
        parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    days = parsed.dt.tz_localize(None) if getattr(parsed.dt, "tz", None) is not None else parsed
    out = (days - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float, na_value=np.nan)
    return out


def idle_mask(status, deadline_day: np.ndarray, committed, actual, as_of) -> np.ndarray:
    """Which plots are idle on ``as_of`` (vectorised; see the module docstring)."""
    as_of_day = (as_date(as_of) - dt.date(1970, 1, 1)).days
    status = np.asarray(status, dtype=object)
    candidate = np.isin(status, list(IDLE_CANDIDATE_STATUSES))
    committed, actual = _floats(committed), _floats(actual)
    actual = np.where(np.isnan(actual), 0.0, actual)
    with np.errstate(invalid="ignore"):
        late = deadline_day < as_of_day
        short = (committed > 0) & (actual < committed)
    return candidate & late & short


def _floats(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return values
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def plots_idle(plots: pd.DataFrame, as_of) -> np.ndarray:
    return idle_mask(plots["status"].to_numpy(dtype=object), deadline_days(plots["contract_deadline"]),
                     plots["investment_committed_kzt"], plots["investment_actual_kzt"], as_of)
