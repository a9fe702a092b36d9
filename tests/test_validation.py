"""Validation rules, hand cases and the vectorised pass agreeing with the per-value check."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from sezmap.model import schema
from sezmap.model.validation import certainly_valid_quads, check_value, suspect_mask, validate_layer, validate_project
from tests import factories as f


def test_valid_layers_have_no_problems():
    assert validate_project(f.layers()) == []


@pytest.mark.parametrize("field, value, ok", [
    ("jobs_planned", 12, True), ("jobs_planned", "12", True), ("jobs_planned", 12.5, False),
    ("jobs_planned", "twelve", False), ("jobs_planned", True, False),
    ("investment_actual_kzt", "1e9", True), ("investment_actual_kzt", float("inf"), False),
    ("contract_deadline", "2026-02-28", True), ("contract_deadline", dt.date(2026, 2, 28), True),
    ("contract_deadline", "2026-02-30", False), ("contract_deadline", "28.02.2026", False),
    ("updated_at", "2026-01-01T10:00:00Z", True), ("updated_at", "yesterday", False),
])
def test_field_types(field, value, ok):
    spec_field = schema.PLOTS.field(field)
    if ok:
        check_value(spec_field, value)
    else:
        with pytest.raises(ValueError):
            check_value(spec_field, value)


def test_geometry_problems_are_named():
    bowtie = shapely.Polygon([(70, 45), (70.01, 45.01), (70.01, 45), (70, 45.01)])
    layers = f.layers(plots=[f.plot("a", geometry=bowtie), f.plot("b", geometry=shapely.Point(70, 45)),
                             f.plot("c", geometry=shapely.box(200, 45, 201, 46))])
    problems = [str(p) for p in validate_project(layers)]
    assert any("plots a (row 1): invalid geometry: Self-intersection" in p for p in problems)
    assert any("plots b (row 2): geometry is a Point" in p for p in problems)
    assert any("plots c (row 3): coordinates are outside the lon/lat range" in p for p in problems)


VALUES = st.one_of(st.none(), st.integers(-5, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                   st.text(max_size=10), st.dates(), st.booleans(),
                   st.sampled_from(["2026-01-01", " 12 ", "1e3", "2026-13-01", "", "NaN"]))


@settings(max_examples=60, deadline=None)
@given(values=st.lists(VALUES, min_size=1, max_size=8),
       field=st.sampled_from([f for f in schema.PLOTS.fields if f.type != "TEXT"]))
def test_vectorised_pass_never_misses_a_bad_value(values, field):
    """Every value the per-value check rejects is among the suspects of the fast pass."""
    series = pd.Series(values, dtype=object)
    suspects = suspect_mask(field, series)
    for i, value in enumerate(values):
        try:
            coerced = check_value(field, value)
            bad = coerced is not None and field.type in ("INTEGER", "REAL") and coerced < (1 if field.name == "version" else 0)
        except ValueError:
            bad = True
        if bad:
            assert suspects[i], (field.name, value)


def test_a_million_cells_validate_fast_enough_to_matter():
    """Not a timing test: checks the fast pass flags only the bad rows of a large column."""
    n = 200_000
    values = pd.Series(np.arange(n, dtype=float))
    values.iloc[[7, 99_999]] = [-1.0, np.inf]
    suspects = suspect_mask(schema.PLOTS.field("investment_actual_kzt"), values)
    assert np.flatnonzero(suspects).tolist() == [7, 99_999]


QUAD = st.lists(st.tuples(st.integers(-3, 3), st.integers(-3, 3)), min_size=4, max_size=4)


@settings(max_examples=300, deadline=None)
@given(corners=QUAD, multi=st.booleans())
def test_quads_called_valid_are_valid(corners, multi):
    """The fast path never calls an invalid quadrilateral valid (GEOS is the referee)."""
    ring = [(70 + x * 1e-3, 45 + y * 1e-3) for x, y in corners]
    poly = shapely.Polygon(ring + ring[:1])
    geom = shapely.MultiPolygon([poly]) if multi and poly.is_valid else poly
    fast = certainly_valid_quads(np.array([geom], dtype=object))[0]
    if fast:
        assert geom.is_valid


def test_quads_fast_path_on_known_shapes():
    box = shapely.box(70, 45, 70.01, 45.01)
    bowtie = shapely.Polygon([(70, 45), (70.01, 45.01), (70.01, 45), (70, 45.01)])
    holed = shapely.box(70, 45, 71, 46).difference(shapely.box(70.4, 45.4, 70.6, 45.6))
    pentagon = shapely.Point(70, 45).buffer(0.01, quad_segs=2)
    flags = certainly_valid_quads(np.array([box, bowtie, holed, pentagon, shapely.MultiPolygon([box])], dtype=object))
    assert flags.tolist() == [True, False, False, False, True]


def test_spikes_and_straight_corners_go_to_geos():
    spike = shapely.Polygon([(70.0, 45.0), (70.02, 45.01), (70.01, 45.005), (70.0, 45.01)])
    straight = shapely.Polygon([(70.0, 45.0), (70.01, 45.0), (70.02, 45.0), (70.0, 45.01)])
    assert certainly_valid_quads(np.array([spike, straight], dtype=object)).tolist() == [False, False]


def test_a_kept_coordinate_stream_gives_the_same_problems():
    from sezmap.model import coords

    shapes = [
        None,
        shapely.Polygon(),
        shapely.Point(70.0, 45.0),
        shapely.Polygon([(70, 45), (70.01, 45.01), (70.01, 45), (70, 45.01), (70, 45)]),  # a bow-tie
        shapely.box(300.0, 45.0, 300.01, 45.01),  # not lon/lat
        shapely.box(70.0, 45.0, 70.01, 45.01).difference(shapely.box(70.003, 45.003, 70.006, 45.006)),
        shapely.MultiPolygon([shapely.box(70.0, 45.0, 70.01, 45.01)]),
        shapely.Polygon([(70, 45), (70.01, 45), (70.01, 45.01), (70.0, 45.01), (70, 45)]),
    ]
    plots = f.frame(schema.PLOTS, [f.plot(f"p{i}", geometry=g) for i, g in enumerate(shapes)])
    plots.loc[0, "geometry"] = None
    geoms = np.asarray(plots.geometry.values, dtype=object)
    known = coords.KnownRings(geoms, coords.rings(geoms))
    without = [str(p) for p in validate_layer(schema.PLOTS, plots)]
    with_stream = [str(p) for p in validate_layer(schema.PLOTS, plots, known=known)]
    assert with_stream == without
    assert len(without) == 5  # missing, empty, a point, the bow-tie, out of range


def test_missing_cells_are_found_a_slice_at_a_time_as_in_one_pass(monkeypatch):
    import numpy as np
    import pandas as pd

    from sezmap.model import validation

    values = pd.Series(["a", None, " ", 3, np.nan, "", "b", None, 2.5, "  x "] * 7 + [None] * 9, dtype=object)
    whole = validation.missing_mask(values)
    monkeypatch.setattr(validation, "MASK_CHUNK", 4)  # slices without strings among them too
    assert validation.missing_mask(values).tolist() == whole.tolist()
    assert whole.tolist()[:10] == [False, True, True, False, True, True, False, True, False, False]
    text = values.astype("string")
    assert validation.missing_mask(text).tolist() == whole.tolist()
