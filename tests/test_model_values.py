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


def test_label_codes_through_pyarrow_are_pandas_hash_lookup():
    """``label_codes`` (pyarrow's index_in on a column of text) gives each value's position as
    pandas' ``Index.get_indexer`` does, for text as read (Arrow-backed), lists, objects, missing
    values of every kind, numbers and categories."""
    import numpy as np
    import pandas as pd

    from sezmap.model.values import label_codes

    labels = ["vacant", "allocated", "Vacant", "vacant "]
    text = ["allocated", "sold", None, float("nan"), "vacant", "Vacant", "vacant ", "", "ВАКАНТ"]
    for values in (text, pd.Series(text, dtype="str"), pd.Series(text, dtype=object), np.array(text, dtype=object),
                   pd.Series(text, dtype="category"), [1, "vacant"], [3.5], [], pd.Series([None, None])):
        expected = pd.Index(labels).get_indexer(values if len(values) else []).astype(np.int64)
        got = label_codes(values, labels)
        assert got.dtype == np.int64 and got.tolist() == expected.tolist(), values
    assert label_codes(pd.Series(text, dtype="str"), labels).tolist() == [1, -1, -1, -1, 0, 2, 3, -1, -1]
