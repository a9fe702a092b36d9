"""publish's Arrow columns (store.postgis.ingest): each value as the server's column type, the
way the server would read its text, or refused naming it. No server needed."""

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from sezmap.model.problems import DataError
from sezmap.store.postgis.ingest import ARROW_TYPES, column_array


def test_values_a_gdal_read_gives_convert_in_one_call():
    assert column_array("t.a", pd.Series([1.0, np.nan, 3.0]), ARROW_TYPES["integer"]).to_pylist() == [1, None, 3]
    assert column_array("t.b", pd.Series([dt.date(2024, 1, 2), None], dtype=object),
                        ARROW_TYPES["date"]).to_pylist() == [dt.date(2024, 1, 2), None]
    stamps = pd.Series(pd.to_datetime(["2026-01-01T10:00:00.123Z", None], utc=True)).astype("datetime64[ms, UTC]")
    assert column_array("t.c", stamps, ARROW_TYPES["timestamp with time zone"]).to_pylist() == [
        dt.datetime(2026, 1, 1, 10, 0, 0, 123000, tzinfo=dt.UTC), None]


def test_text_that_holds_other_values_is_read_as_the_server_reads_text():
    assert column_array("t.a", pd.Series(["x", 7, None], dtype=object), ARROW_TYPES["text"]).to_pylist() == \
        ["x", "7", None]
    assert column_array("t.b", pd.Series(["2024-01-02", dt.date(2024, 3, 4), None], dtype=object),
                        ARROW_TYPES["date"]).to_pylist() == [dt.date(2024, 1, 2), dt.date(2024, 3, 4), None]
    stamps = column_array("t.c", pd.Series(["2026-01-01T10:00:00.000Z", "2026-01-01T15:00:00+05:00", None],
                                           dtype=object), ARROW_TYPES["timestamp with time zone"]).to_pylist()
    assert stamps[0] == stamps[1] == dt.datetime(2026, 1, 1, 10, tzinfo=dt.UTC) and stamps[2] is None
    assert column_array("t.d", pd.Series(["12", 3.0], dtype=object), ARROW_TYPES["integer"]).type == pa.int32()


@pytest.mark.parametrize(("values", "kind", "said"), [
    (pd.Series([1, 2**40]), "integer", r"t\.x, row 2: 1099511627776 does not fit .*beyond 32-bit"),
    (pd.Series([1.5]), "integer", r"t\.x, row 1: 1\.5"),
    (pd.Series(["2024-13-01"], dtype=object), "date", r"t\.x, row 1: '2024-13-01'"),
    (pd.Series(["yesterday"], dtype=object), "timestamp with time zone", r"t\.x: "),
])
def test_a_value_that_does_not_fit_the_servers_column_is_refused_naming_it(values, kind, said):
    with pytest.raises(DataError, match=said):
        column_array("t.x", values, ARROW_TYPES[kind])
