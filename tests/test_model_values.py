"""The one value-equality rule (model.values.same_value) every layer uses."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import shapely

from sezmap.model.values import same_value

BOX = shapely.box(70.0, 45.0, 70.01, 45.01)


@pytest.mark.parametrize("a, b, same", [
    (None, None, True), (None, float("nan"), True), (pd.NaT, None, True), (pd.NA, "", True), ("  ", None, True),
    (None, 0, False), ("", "x", False), (None, BOX, False),
    (554, 554.0, True), (np.int64(554), 554.0, True), (np.float64(600.0), 600, True), (600, 700, False),
    (123456789012345678, float(123456789012345678), False),  # a float that lost the last digits
    (1e9, 1000000000, True),
    ("2026-01-01", dt.date(2026, 1, 1), True), (pd.Timestamp("2026-01-01"), "2026-01-01", True),
    (dt.date(2026, 1, 1), dt.date(2026, 1, 2), False),
    ("Alpha LLP", "Alpha LLP", True), ("Alpha LLP", "Alpha  LLP", False), ("7", 7, False),
    (BOX, shapely.box(70.0, 45.0, 70.01, 45.01), True), (BOX, shapely.box(70.0, 45.0, 70.01, 45.0100001), False),
    (BOX, shapely.MultiPolygon([BOX]), False),  # a different type is a different geometry
])
def test_same_value(a, b, same):
    assert same_value(a, b) is same and same_value(b, a) is same
