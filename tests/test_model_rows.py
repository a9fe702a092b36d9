"""model.rows: cells set in a pandas Arrow column without copying the column."""

import numpy as np
import pandas as pd


def test_cells_set_in_an_arrow_column_keep_its_type_and_the_other_rows():
    import pyarrow as pa

    from sezmap.model.rows import MAX_CHUNKS, with_cells

    series = pd.Series([f"t{k}" for k in range(10)], dtype="str")
    series = pd.concat([series.iloc[:5], series.iloc[5:]], ignore_index=True)  # two chunks
    new = with_cells(series.array, [7, 2, 7], ["x", None, "y"])
    assert new.dtype == series.dtype  # the same missing-value semantics ("str": NaN)
    assert list(pd.Series(new).fillna("-")) == ["t0", "t1", "-", "t3", "t4", "t5", "t6", "y", "t8", "t9"]
    assert list(series) == [f"t{k}" for k in range(10)]  # the column before is as it was
    arrow = pd.Series(["a", "b", "c"], dtype=pd.ArrowDtype(pa.string()))
    assert list(pd.Series(with_cells(arrow.array, [1], ["B"]))) == ["a", "B", "c"]
    assert with_cells(np.arange(3), [1], [5]) is None  # a numpy column: written in place as usual
    for _ in range(MAX_CHUNKS):  # a column edited many times is joined into one chunk again
        new = with_cells(new, [3], ["z"])
    assert new._pa_array.num_chunks <= MAX_CHUNKS and pd.Series(new).iat[3] == "z"


def test_cells_read_what_a_take_reads_from_a_column_of_many_chunks():
    from sezmap.model.rows import cells, with_cells

    rng = np.random.default_rng(5)
    series = pd.Series(pd.array([None if i % 11 == 0 else f"s{i}" for i in range(500)], dtype="str"))
    values = series.array
    for _ in range(20):  # a column written cell by cell: many chunks
        row = int(rng.integers(0, 500))
        values = with_cells(values, [row], [f"new{row}"])
    edited = pd.Series(values)
    for rows in ([3, 3, 499, 0, 250], list(rng.integers(0, 500, 200))):
        expected = edited.iloc[rows].tolist()
        got = cells(values, rows)
        assert [None if pd.isna(v) else v for v in got] == [None if pd.isna(v) else v for v in expected]
    numbers = np.arange(10.0)
    assert cells(numbers, [9, 1]) == [9.0, 1.0]
