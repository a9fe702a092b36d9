"""Fresh plot ids from Arrow's kernels and a kept index give next_plot_ids's answer."""

from collections import Counter

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from sezmap.model import plot_geometry as pg
from sezmap.session import geometry_edits as ge
from sezmap.session.plot_ids import PlotIdIndex, id_pattern, new_plot_ids
from tests.test_geometry_edits import session  # noqa: F401 - the fixture

IDS = st.from_regex(r"(KEG|keg|A|A-B|P)?[- ]?[0-9]{1,5}|[a-z]{1,4}|٣[0-9]|X-[0-9]{19,20}", fullmatch=True)


def frame(zone_ids, other_ids, dtype):
    ids = list(zone_ids) + list(other_ids)
    return gpd.GeoDataFrame({"plot_id": pd.Series(ids, dtype=dtype),
                             "zone_id": ["z_a"] * len(zone_ids) + ["other"] * len(other_ids)},
                            geometry=[shapely.Point(0, 0)] * len(ids))


@settings(deadline=None, max_examples=150)
@given(st.lists(IDS, max_size=25), st.lists(IDS, max_size=15), st.integers(0, 4),
       st.sampled_from(["string[pyarrow]", object]))
def test_the_fast_ids_are_those_of_next_plot_ids(zone_ids, other_ids, count, dtype):
    plots = frame(zone_ids, other_ids, dtype)
    expected = pg.next_plot_ids(zone_ids, count, "z_a", taken=other_ids)
    assert new_plot_ids(plots, PlotIdIndex(), "z_a", count) == expected


def test_the_pattern_reads_prefix_padding_and_highest():
    assert id_pattern(["KEG-0001", "KEG-0129", "KEG-0012", "X7"]) == ("KEG-", 4, 129)
    assert id_pattern(["north", "south"]) is None
    assert id_pattern(["P-99999999999999999999"]) == ("P-", 1, 99999999999999999999)


def test_the_index_follows_a_split_and_its_undo_as_a_fresh_one_would(session):  # noqa: F811
    plots = session.project.plots
    assert ge.new_plot_ids(session, "z1", 2) == ["KEG-0006", "KEG-0007"]
    assert session.plot_ids._frame is plots  # made for this frame
    session.edit("Split", ge.split_changes(session, "KEG-0003", [(70.027, 45.0), (70.027, 45.03)], reason="test"))
    index = session.plot_ids
    assert index._frame is session.project.plots  # carried over, not made afresh
    fresh = PlotIdIndex().for_frame(session.project.plots)
    assert index.folded() == fresh.folded() == Counter(p.casefold() for p in session.project.plots["plot_id"])
    assert ge.new_plot_ids(session, "z1", 1) == ["KEG-0007"]
    session.undo()
    assert session.plot_ids._frame is session.project.plots
    assert session.plot_ids.folded() == PlotIdIndex().for_frame(session.project.plots).folded()
    assert not session.plot_ids.taken("keg-0006") and session.plot_ids.taken("keg-0003")
    assert ge.new_plot_ids(session, "z1", 1) == ["KEG-0006"]


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        new_plot_ids(frame(["A1"], [], object), PlotIdIndex(), "z_a", -1)


def test_ids_numbered_across_zones_are_skipped_at_once_as_one_by_one():
    zone = [f"P{k:07d}" for k in range(1, 4)]
    others = [f"P{k:07d}" for k in range(4, 11)] + ["p0000012", "P12", "P0000014x", "Q0000011"]
    plots = frame(zone, others, "string[pyarrow]")
    expected = pg.next_plot_ids(zone, 3, "z_a", taken=others)
    assert expected == ["P0000011", "P0000013", "P0000014"]
    assert new_plot_ids(plots, PlotIdIndex(), "z_a", 3) == expected


def test_ids_that_fold_differently_from_lower_case_are_taken_too():
    zone, others = ["STRASSE-1"], ["straße-2", "Straße-4"]
    plots = frame(zone, others, "string[pyarrow]")
    expected = pg.next_plot_ids(zone, 2, "z_a", taken=others)
    assert expected == ["STRASSE-3", "STRASSE-5"]
    assert new_plot_ids(plots, PlotIdIndex(), "z_a", 2) == expected


@settings(deadline=None, max_examples=120)
@given(st.lists(st.tuples(IDS, st.sampled_from(["z_a", "other"])), max_size=25),
       st.lists(st.tuples(st.lists(st.integers(0, 30), max_size=3),
                          st.lists(st.tuples(IDS, st.sampled_from(["z_a", "other"])), max_size=3)), max_size=6),
       st.integers(1, 3))
def test_the_kept_numbers_follow_ids_added_and_taken_out_as_a_fresh_read_would(start, steps, count):
    """The kept patterns and numbers in use (read once by ``prepare``, then kept in step by
    ``restructured``) give the ids a fresh read gives, after any ids added and taken out."""
    from sezmap.model.rows import frame_without

    def made(rows):
        return frame([p for p, z in rows if z == "z_a"], [p for p, z in rows if z != "z_a"], "string[pyarrow]")

    plots = made(start)
    index = PlotIdIndex().prepare(plots)
    for gone, added in steps:
        gone = sorted({g for g in gone if g < len(plots)})
        after = frame_without(plots, gone)
        if added:
            after = pd.concat([after, made(added)], ignore_index=True)
        index.restructured(plots, after, gone, after["plot_id"].iloc[len(after) - len(added):].tolist())
        plots = after
        for zone in ("z_a", "other"):
            mine = plots.loc[plots["zone_id"] == zone, "plot_id"].tolist()
            others = plots.loc[plots["zone_id"] != zone, "plot_id"].tolist()
            assert new_plot_ids(plots, index, zone, count) == pg.next_plot_ids(mine, count, zone, taken=others)
        assert index._frame is plots


def test_the_numbers_after_a_split_in_a_zone_numbered_across_zones_are_found_without_a_pass():
    """A zone whose next numbers are other zones' (ids numbered across zones): the free number
    comes from the kept numbers in use (binary search), and a split's new id and its undo keep
    them in step."""
    from sezmap.model.rows import frame_without

    zone = [f"P{k:07d}" for k in range(0, 500)]
    others = [f"P{k:07d}" for k in range(500, 2000)] + ["P0002001"]
    plots = frame(zone, others, "string[pyarrow]")
    index = PlotIdIndex().prepare(plots)
    assert set(index._taken) == {("p", 7)} and "z_a" in index._zones
    assert index.taken_numbers("P", 7).free_after(499, 3) == [2000, 2002, 2003]
    assert new_plot_ids(plots, index, "z_a", 1) == ["P0002000"]
    after = pd.concat([plots, frame(["P0002000"], [], "string[pyarrow]")], ignore_index=True)
    index.restructured(plots, after, [], ["P0002000"])
    assert index._zones["z_a"].pattern() == ("P", 7, 2000)
    assert new_plot_ids(after, index, "z_a", 2) == ["P0002002", "P0002003"]
    undone = frame_without(after, [len(after) - 1])
    index.restructured(after, undone, [len(after) - 1], [])
    assert index._zones["z_a"].pattern() == ("P", 7, 499)
    assert new_plot_ids(undone, index, "z_a", 1) == ["P0002000"]


def test_a_zone_s_zero_padded_numbers_are_counted_by_their_length():
    import pyarrow as pa

    from sezmap.session.id_numbers import ZoneNumbers

    state = ZoneNumbers.of(pa.array(["A-001", "A-002", "A-00007", "A-10", "A-0", "B-01"]))
    assert state.prefix == "A-" and state.highest == 10
    assert dict(state.padded) == {3: 2, 5: 1}  # ("0" alone and "10" are not padded; B- not chosen)
    assert state.pattern() == ("A-", 5, 10)
    before = state.numbers
    assert state.added("A-11") and state.numbers.tolist() == [0, 1, 2, 7, 10, 11]  # (the last: in its room)
    assert state.numbers.__array_interface__["data"][0] == before.__array_interface__["data"][0]
    assert dict(ZoneNumbers.of(pa.array(["A-1", "A-2"])).padded) == {}


def test_a_zone_s_last_number_taken_out_leaves_a_shorter_view_and_the_next_added_goes_in_its_place():
    """A split's new id undone (the zone's highest number): the zone's numbers are the same
    buffer, shorter (not a copy of them all), and the next id added is written in its place;
    a number taken out elsewhere is one copy, as ``np.delete``'s."""
    import numpy as np
    import pyarrow as pa

    from sezmap.session.id_numbers import ZoneNumbers

    state = ZoneNumbers.of(pa.array(["A-1", "A-2", "A-5", "B-1"]))
    first = state.numbers
    assert state.added("A-6") and state.removed("A-6") and state.numbers.tolist() == [1, 2, 5]
    assert state.numbers.__array_interface__["data"][0] == first.__array_interface__["data"][0] and state.highest == 5
    assert state.added("A-7") and state.numbers.tolist() == [1, 2, 5, 7] and state.highest == 7
    assert state.numbers.__array_interface__["data"][0] == first.__array_interface__["data"][0]
    assert state.removed("A-2") and state.numbers.tolist() == [1, 5, 7] and not np.shares_memory(state.numbers, first)
    assert state.pattern() == ("A-", 1, 7) and not state.removed("A-2")


def test_the_last_number_taken_out_leaves_a_shorter_view_and_the_next_added_goes_in_its_place():
    """A split's new id undone (the layer's highest number): the numbers in use are the same
    buffer, shorter (not a copy of them all), and the next id added is written in its place;
    a number taken out elsewhere is one copy, with room for the next."""
    import numpy as np
    import pyarrow as pa

    from sezmap.session.id_numbers import TakenNumbers

    taken = TakenNumbers.of(pa.array(["p001", "p002", "p005"]), "p", 3)
    assert taken is not None and taken.added("p006")
    split = taken.unique
    assert taken.removed("p006") and taken.unique.tolist() == [1, 2, 5]
    assert taken.unique.__array_interface__["data"][0] == split.__array_interface__["data"][0]
    assert taken.added("p007") and taken.unique.tolist() == [1, 2, 5, 7]
    assert taken.unique.__array_interface__["data"][0] == split.__array_interface__["data"][0]
    assert taken.removed("p002") and taken.unique.tolist() == [1, 5, 7]
    assert not np.shares_memory(taken.unique, split)
    middle = taken.unique
    assert taken.added("p009") and taken.unique.tolist() == [1, 5, 7, 9] and np.shares_memory(taken.unique, middle)
    grown = taken.unique
    assert taken.added("p003") and taken.unique.tolist() == [1, 3, 5, 7, 9]  # (before the last: a copy)
    assert not np.shares_memory(taken.unique, grown) and grown.tolist() == [1, 5, 7, 9]
    assert not taken.removed("p002")
