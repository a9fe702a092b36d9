"""Comparing layers read from two stores."""

import numpy as np
import pandas as pd
import shapely


def frames_equal(a, b, name: str) -> None:
    """Same columns, dtypes, values (NaN equal to NaN) and geometries (exactly) in the same order."""
    assert list(a.columns) == list(b.columns), name
    for column in a.columns:
        if column == "geometry":
            assert shapely.equals_exact(np.asarray(a.geometry.values), np.asarray(b.geometry.values), 0).all(), name
            continue
        assert a[column].dtype == b[column].dtype, (name, column, a[column].dtype, b[column].dtype)
        pd.testing.assert_series_equal(a[column], b[column], check_names=False, obj=f"{name}.{column}")
