"""Turning DataFrame columns into SQL values of a field's type (vectorised)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sezmap.model.schema import Field
from sezmap.model.validation import whole_number
from sezmap.model.values import is_missing


def _nulls_to_none(values: pd.Series) -> list:
    obj = values.astype(object)
    return obj.where(values.notna(), None).tolist()


def sql_column(field: Field, values: pd.Series) -> list:
    """A column as a list of SQL values (str, int, float or None) of the field's type.

    Values are expected to be valid already (see model.validation).
    """
    if field.type == "TEXT":
        out = _nulls_to_none(values)
        return [v if v is None or isinstance(v, str) else str(v) for v in out]
    if field.type == "INTEGER":
        if pd.api.types.is_integer_dtype(values):  # int64 (and pandas' Int64): exact as they are
            return _nulls_to_none(values)
        if pd.api.types.is_float_dtype(values):  # whole floats up to 2**53 are exact (GeoJSON with nulls)
            numbers = values.to_numpy(dtype="float64", na_value=np.nan)
            with np.errstate(invalid="ignore"):
                exact = np.isnan(numbers) | ((numbers == np.floor(numbers)) & (np.abs(numbers) <= 2**53))
            if exact.all():
                return [None if np.isnan(v) else int(v) for v in numbers]
        # never through float64, which is exact only up to 2**53 (validation.whole_number)
        return [None if is_missing(v) else whole_number(field.name, v) for v in values.astype(object)]
    if field.type == "REAL":
        numbers = pd.to_numeric(values, errors="raise").astype("float64")
        return [None if np.isnan(v) else float(v) for v in numbers.to_numpy()]
    if field.type in ("DATE", "DATETIME"):
        fmt = "%Y-%m-%d" if field.type == "DATE" else "%Y-%m-%dT%H:%M:%SZ"
        if pd.api.types.is_datetime64_any_dtype(values):
            stamps = values
            if getattr(values.dt, "tz", None) is not None:
                stamps = values.dt.tz_convert("UTC")
            return _nulls_to_none(stamps.dt.strftime(fmt))
        text = values.astype("string").str.strip()
        if field.type == "DATE":
            text = text.str.slice(0, 10)
        text = text.where(text != "")
        return _nulls_to_none(text)
    raise AssertionError(field.type)
