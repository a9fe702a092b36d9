"""The default display CRS projected by numpy (render/crs.py ``_Albers``) against PROJ itself:
every point of the plane's range, the two halves of a large array, and the values PROJ gives
for input it cannot project."""

from __future__ import annotations

import numpy as np
import pyproj
from hypothesis import given, settings
from hypothesis import strategies as st

from sezmap.render import crs as crs_mod

ALBERS = crs_mod.KAZAKHSTAN_ALBERS


def proj(lon, lat) -> np.ndarray:
    """PROJ's own projection, from the CRS's definition (not sezmap's cached transformer)."""
    t = pyproj.Transformer.from_crs("EPSG:4326", ALBERS, always_xy=True)
    x, y = t.transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.column_stack([x, y])


def test_the_default_display_crs_is_projected_by_numpy_and_others_by_proj(monkeypatch):
    """The numpy path is the one taken (PROJ refused), and only for the default CRS."""
    def refuse(*args, **kwargs):
        raise AssertionError("PROJ used")

    xy = np.array([[68.0, 48.0], [76.9, 43.2]])
    monkeypatch.setattr(crs_mod, "transformer", refuse)
    np.testing.assert_allclose(crs_mod.forward_xy(ALBERS, xy), proj(xy[:, 0], xy[:, 1]), rtol=0, atol=1e-6)
    # forward (the page's furniture, its boxes): the same numbers, in the shape it was given
    x, y = crs_mod.forward(ALBERS, xy[:, 0], xy[:, 1])
    assert np.array_equal(np.column_stack([x, y]), crs_mod.forward_xy(ALBERS, xy))
    x, y = crs_mod.forward(ALBERS, 76.9, 43.2)
    assert np.shape(x) == np.shape(y) == () and (float(x), float(y)) == tuple(crs_mod.forward_xy(ALBERS, xy)[1])
    x, y = crs_mod.forward(ALBERS, [[68.0, 76.9]], 48.0)
    assert x.shape == y.shape == (1, 2)
    np.testing.assert_allclose(np.column_stack([x[0], y[0]]), proj([68.0, 76.9], [48.0, 48.0]), rtol=0, atol=1e-6)
    try:
        crs_mod.forward_xy("EPSG:3857", xy)
    except AssertionError as error:
        assert "PROJ used" in str(error)
    else:
        raise AssertionError("EPSG:3857 did not go through PROJ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(-540.0, 540.0), st.floats(-90.0, 90.0)), min_size=1, max_size=40))
def test_numpy_equals_proj_to_a_micrometre_anywhere(points):
    xy = np.array(points, dtype=float)
    np.testing.assert_allclose(crs_mod.forward_xy(ALBERS, xy), proj(xy[:, 0], xy[:, 1]), rtol=0, atol=1e-6)


def test_a_large_array_projected_in_two_halves_equals_proj_and_fills_out():
    rng = np.random.default_rng(7)
    n = crs_mod.SPLIT_MIN_POINTS + 12_345  # two halves on two threads, blocks of uneven sizes
    xy = np.column_stack([rng.uniform(46.0, 88.0, n), rng.uniform(40.0, 56.0, n)])
    out = np.full((n, 2), -1.0)
    got = crs_mod.forward_xy(ALBERS, xy, out=out)
    assert got is out
    np.testing.assert_allclose(out, proj(xy[:, 0], xy[:, 1]), rtol=0, atol=1e-6)


def test_input_proj_cannot_project_gives_what_proj_gives():
    """NaN where either coordinate is NaN, inf beyond the poles or for infinite input."""
    xy = np.array([[0.0, 91.0], [0.0, -90.5], [np.nan, 1.0], [1.0, np.nan], [np.inf, 3.0], [3.0, np.inf],
                   [np.inf, np.nan], [-np.inf, 45.0], [0.0, 90.0], [0.0, -90.0], [200.0, 45.0]])
    got, want = crs_mod.forward_xy(ALBERS, xy), proj(xy[:, 0], xy[:, 1])
    assert np.array_equal(np.isnan(got), np.isnan(want))
    assert np.array_equal(np.isinf(got), np.isinf(want))
    finite = np.isfinite(want)
    np.testing.assert_allclose(got[finite], want[finite], rtol=0, atol=1e-6)


def test_each_such_input_among_points_of_kazakhstan_gives_what_proj_gives():
    """The same one at a time among ordinary points (which alone are projected without the
    longitude's wrapping and the test for points beyond): one such value decides the path for
    its whole block of points, NaN alone keeps the plain one."""
    rng = np.random.default_rng(3)
    kz = np.column_stack([rng.uniform(46.0, 88.0, 50), rng.uniform(40.0, 56.0, 50)])
    for odd in ([0.0, 91.0], [np.nan, 1.0], [1.0, np.nan], [np.nan, np.nan], [np.inf, 3.0], [3.0, -np.inf],
                [0.0, 90.0], [200.0, 45.0], [-112.0, 45.0], [248.0, 45.0], [-112.0000001, 45.0]):
        xy = np.insert(kz, 17, odd, axis=0)
        got, want = crs_mod.forward_xy(ALBERS, xy), proj(xy[:, 0], xy[:, 1])
        assert np.array_equal(np.isnan(got), np.isnan(want)) and np.array_equal(np.isinf(got), np.isinf(want)), odd
        finite = np.isfinite(want)
        np.testing.assert_allclose(got[finite], want[finite], rtol=0, atol=1e-6, err_msg=str(odd))
    nan = np.full((3, 2), np.nan)
    assert np.isnan(crs_mod.forward_xy(ALBERS, nan)).all()
