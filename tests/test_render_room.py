"""Arrays grown in their buffers' room: each version keeps its rows; same as made afresh."""

import datetime as dt

import numpy as np
import pytest
import shapely

from sezmap.model.room import Room
from sezmap.render.geometry_arrays import GeometryArrays

CRS = "EPSG:3857"


def test_a_version_grows_in_place_and_the_one_before_is_untouched():
    room = Room()
    a = room.seated("x", np.arange(5.0))
    b = room.extended("x", a, np.array([9.0]))
    assert b.__array_interface__["data"][0] == a.__array_interface__["data"][0]  # no copy
    assert a.tolist() == [0, 1, 2, 3, 4] and b.tolist() == [0, 1, 2, 3, 4, 9]
    c = room.extended("x", a, np.array([7.0]))  # from the older version: copied, b stays
    assert c.tolist() == [0, 1, 2, 3, 4, 7] and b.tolist() == [0, 1, 2, 3, 4, 9]
    assert c.__array_interface__["data"][0] != a.__array_interface__["data"][0]
    with pytest.raises(ValueError):
        b[0] = 1.0  # read-only


def test_growing_past_the_room_copies_and_goes_on():
    room = Room()
    x = room.seated("x", np.zeros((3, 2)))
    for k in range(3000):  # more than the first buffer's room
        x = room.extended("x", x, np.full((1, 2), float(k)))
    assert x.shape == (3003, 2) and x[-1].tolist() == [2999.0, 2999.0] and x[3].tolist() == [0.0, 0.0]


def squares(n, dx=0.0):
    return [shapely.box(i * 0.01 + dx, 0, i * 0.01 + 0.005 + dx, 0.005 + (i % 3) * 0.001) for i in range(n)]


def drawn(arrays):
    """What a render reads of each feature: its vertices (per part) and bounds."""
    out = []
    for f in range(len(arrays)):
        s, e = arrays.coord_start[f], arrays.coord_end[f]
        out.append((arrays.coords[s:e].round(6).tolist(), arrays.part_start[s:e].tolist(),
                    np.nan_to_num(arrays.bounds[f], nan=-1.0).round(6).tolist()))
    return out


def same_as_fresh(arrays, geoms):
    fresh = GeometryArrays.from_geometries(geoms, CRS)
    assert drawn(arrays) == drawn(fresh)
    assert np.allclose(arrays.centres, fresh.centres, equal_nan=True) and np.allclose(arrays.sizes, fresh.sizes, equal_nan=True)
    assert arrays.all_valid.tolist() == fresh.all_valid.tolist()
    assert np.allclose(arrays.total_bounds, fresh.total_bounds)


def test_edits_in_the_room_give_what_a_fresh_build_gives_and_leave_old_versions_alone():
    geoms = squares(40)
    geoms[3] = None  # a plot without a geometry: not among the valid ones
    first = GeometryArrays.from_geometries(geoms, CRS)
    seen = drawn(first)
    split = first.replace([7], [shapely.box(0.07, 0, 0.0725, 0.005)], CRS).append(
        [shapely.box(0.0725, 0, 0.075, 0.005)], CRS)
    after = [*geoms[:7], shapely.box(0.07, 0, 0.0725, 0.005), *geoms[8:], shapely.box(0.0725, 0, 0.075, 0.005)]
    same_as_fresh(split, after)
    assert split.coords.__array_interface__["data"][0] == first.coords.__array_interface__["data"][0]  # grown, not copied
    undone = split.remove([40]).replace([7], [geoms[7]], CRS)
    same_as_fresh(undone, geoms)
    again = undone.append(squares(3, dx=1.0), CRS).remove([0, 5])
    same_as_fresh(again, [g for k, g in enumerate(geoms) if k not in (0, 5)] + squares(3, dx=1.0))
    for gone in ([3, 20], [2], [39, 40, 41, 42], [0, 1, 2, 3, 4]):  # the valid after the first gone move down
        for own in (False, True):
            kept = [g for k, g in enumerate([*geoms, *squares(3, dx=1.0)]) if k not in gone]
            same_as_fresh(undone.append(squares(3, dx=1.0), CRS).remove(gone, own=own), kept)
    assert drawn(first) == seen and len(split) == 41  # the versions before are as they were
    same_as_fresh(split, after)


def test_rows_taken_out_keep_room_and_writable_views_write_their_buffer():
    """``taken_out`` gives what ``array_without`` gives, in a buffer with room (the next
    addition is in place); ``writable`` views (the engine's) can be written, the others not."""
    from sezmap.model.rows import array_without

    room = Room()
    a = room.seated("x", np.arange(12.0).reshape(6, 2), writable=True)
    b = room.taken_out("x", a, [1, 4], writable=True)
    assert (b == array_without(a, [1, 4])).all() and (a == np.arange(12.0).reshape(6, 2)).all()
    c = room.extended("x", b, np.array([[20.0, 21.0]]), writable=True)
    assert c.__array_interface__["data"][0] == b.__array_interface__["data"][0]  # no copy
    c[0, 0] = -1.0
    assert b[0, 0] == -1.0 and c.tolist()[-1] == [20.0, 21.0] and len(c) == 5
    frozen_view = room.taken_out("y", np.arange(4), [0])
    with pytest.raises(ValueError):
        frozen_view[0] = 9


def test_a_writable_line_losing_its_last_rows_shortens_its_view_and_grows_again_in_place():
    """The engine's arrays (``writable``: one owner) after the undo of a split: the last row
    taken out is a shorter view of the same buffer, and the next plot added writes over it."""
    room = Room()
    a = room.seated("x", np.arange(6.0), writable=True)
    b = room.taken_out("x", a, [5], writable=True)
    assert b.tolist() == [0, 1, 2, 3, 4] and b.__array_interface__["data"][0] == a.__array_interface__["data"][0]
    c = room.extended("x", b, np.array([9.0]), writable=True)
    assert c.tolist() == [0, 1, 2, 3, 4, 9] and c.__array_interface__["data"][0] == a.__array_interface__["data"][0]
    d = room.taken_out("x", c, [0], writable=True)  # not the last rows: copied
    assert d.tolist() == [1, 2, 3, 4, 9] and c.tolist() == [0, 1, 2, 3, 4, 9]
    frozen_a = room.seated("y", np.arange(3.0))
    frozen_b = room.taken_out("y", frozen_a, [2])  # read-only versions are never shortened in place
    assert frozen_b.__array_interface__["data"][0] != frozen_a.__array_interface__["data"][0]


# --- a frame's columns ------------------------------------------------------------------------

def _frame(n, start=0):
    import geopandas as gpd
    import pandas as pd

    k = np.arange(start, start + n)
    return gpd.GeoDataFrame({
        "plot_id": pd.array([f"p{i}" for i in k], dtype="str"),
        "status": pd.array([None if i % 4 == 0 else "vacant" for i in k], dtype="str"),
        "amount": np.where(k % 3 == 0, np.nan, k * 1.5), "version": k.astype(np.int64),
        "updated_at": pd.to_datetime(k, unit="D", utc=True).as_unit("ms"),
        "deadline": np.array([None if i % 2 else dt.date(2030, 1, 1 + i % 28) for i in k], dtype=object),
        "geometry": squares(n, dx=start)}, crs="EPSG:4326")


def _pointer(frame, name):
    """Where the column's numbers (its numpy array, the dates' int64s) start in memory."""
    values = frame[name].array
    data = getattr(values, "_ndarray", values)
    return np.asarray(data).__array_interface__["data"][0]


def test_a_frame_grows_in_its_room_as_concat_would_and_the_frame_before_keeps_its_rows():
    import pandas as pd

    from sezmap.model.room import frame_extended, seated_frame

    room = Room()
    base = _frame(50)
    a = seated_frame(room, base)
    pd.testing.assert_frame_equal(a, base)
    b = frame_extended(room, a, _frame(2, start=50))
    pd.testing.assert_frame_equal(b, pd.concat([base, _frame(2, start=50)], ignore_index=True))
    assert type(b) is type(base) and b.crs == base.crs
    for name in ("amount", "version", "updated_at", "deadline"):  # written after a's rows: no copy
        assert _pointer(b, name) == _pointer(a, name)
    assert b.geometry.values._data.__array_interface__["data"][0] == a.geometry.values._data.__array_interface__["data"][0]
    pd.testing.assert_frame_equal(a, base)  # the version before sees its own rows only
    b.iat[3, b.columns.get_loc("amount")] = -1.0  # cells are written in place, not copied
    assert _pointer(b, "amount") == _pointer(a, "amount") and b["amount"].iat[3] == -1.0


def test_a_frame_losing_rows_matches_a_take_and_its_last_rows_go_without_a_copy():
    import pandas as pd

    from sezmap.model.room import frame_extended, frame_taken_out, seated_frame

    room = Room()
    base = _frame(40)
    a = frame_extended(room, seated_frame(room, base), _frame(1, start=40))
    undone = frame_taken_out(room, a, [40])  # a split undone: its piece was the last row
    pd.testing.assert_frame_equal(undone, base)
    assert _pointer(undone, "version") == _pointer(a, "version")
    again = frame_extended(room, undone, _frame(1, start=70))  # the next split writes over it in place
    assert _pointer(again, "version") == _pointer(a, "version") and again["plot_id"].iat[40] == "p70"
    middle = frame_taken_out(room, again, [0, 7, 8, 33])
    keep = [i for i in range(41) if i not in (0, 7, 8, 33)]
    pd.testing.assert_frame_equal(middle, again.iloc[keep].reset_index(drop=True))
    pd.testing.assert_frame_equal(frame_extended(room, middle, _frame(3, start=90)),
                                  pd.concat([again.iloc[keep], _frame(3, start=90)], ignore_index=True))


def test_rows_added_with_a_value_the_column_cannot_hold_widen_it_as_concat_does():
    import pandas as pd

    from sezmap.model.room import frame_extended, seated_frame

    room = Room()
    base = _frame(5)
    extra = _frame(1, start=5).astype({"version": object})
    extra.iat[0, extra.columns.get_loc("version")] = None
    out = frame_extended(room, seated_frame(room, base), extra)
    pd.testing.assert_frame_equal(out, pd.concat([base, extra], ignore_index=True))


def test_cells_are_written_in_the_columns_buffer_even_when_another_frame_shares_it():
    import pandas as pd

    from sezmap.model.room import frame_cells_written, seated_frame

    room = Room()
    a = seated_frame(room, _frame(20))
    shared = a.assign(area=1.0)  # pandas would copy a column written while this shares it
    for name, value in (("amount", 99.5), ("version", 7), ("updated_at", pd.Timestamp("2026-12-07T01:02:03Z")),
                        ("deadline", dt.date(2031, 5, 6))):
        before = _pointer(a, name)
        assert frame_cells_written(room, a, a.columns.get_loc(name), [3, 11], [value, value])
        assert _pointer(a, name) == before and a[name].iat[3] == value and a[name].iat[11] == value
        assert shared[name].iat[3] == value  # (the frame that shares it sees the write)
    assert not frame_cells_written(room, a, a.columns.get_loc("version"), [1], [None])  # widened as usual
    assert not frame_cells_written(room, a, a.columns.get_loc("plot_id"), [1], ["x"])  # an Arrow column
    assert not frame_cells_written(Room(), a, a.columns.get_loc("amount"), [1], [2.0])  # not this room's


def test_while_a_reader_holds_the_frame_no_cell_or_row_it_sees_changes_and_after_it_writes_go_in_place():
    import gc

    import pandas as pd

    from sezmap.model.room import frame_cells_written, frame_extended, frame_taken_out, seated_frame

    class Reader:  # (a task's work reading the frame on another thread)
        pass

    room = Room()
    a = frame_extended(room, seated_frame(room, _frame(30)), _frame(1, start=30))  # a split's piece last
    seen = a.copy(deep=True)
    reader = Reader()
    room.readers.add(reader)
    assert not frame_cells_written(room, a, a.columns.get_loc("amount"), [3], [-5.0])  # refused: pandas copies
    undone = frame_taken_out(room, a, [30])  # the split undone: a copy, not a shorter view of the same rows
    again = frame_extended(room, undone, _frame(1, start=70))  # the next split: its row not written over a's
    pd.testing.assert_frame_equal(a, seen)
    assert again["plot_id"].iat[30] == "p70"
    del reader
    gc.collect()
    before = _pointer(again, "amount")
    assert frame_cells_written(room, again, again.columns.get_loc("amount"), [3], [-5.0])  # no reader: in place
    assert _pointer(again, "amount") == before and again["amount"].iat[3] == -5.0


def test_sorted_items_inserted_after_the_last_go_in_the_room_and_elsewhere_as_np_insert():
    room = Room()
    a = np.array([1, 4, 9], dtype=np.int64)
    b = room.inserted("n", a, 3, 12)  # after the last: seated with room
    c = room.inserted("n", b, [4, 4], [15, 20])  # after the last again: written in b's room
    assert c.__array_interface__["data"][0] == b.__array_interface__["data"][0]  # no copy
    assert b.tolist() == [1, 4, 9, 12] and c.tolist() == [1, 4, 9, 12, 15, 20]
    d = room.inserted("n", c, 1, 2)  # in the middle: a copy, as np.insert makes
    assert d.tolist() == np.insert(c, 1, 2).tolist() and c.tolist() == [1, 4, 9, 12, 15, 20]
    assert d.dtype == np.int64 and not d.flags.writeable and not c.flags.writeable


# --- along another axis, and inserted anywhere ------------------------------------------------

def _lines(array, axis):
    """Laid out as a C-ordered array (with room at the end of ``axis``): along axis 1 of a
    zone's boxes (4 x n) each coordinate's numbers together, along axis 0 each row's."""
    return array.strides[-1] == array.itemsize and list(array.strides) == sorted(array.strides, reverse=True) and (
        axis == 0 or all(array[r].flags.c_contiguous for r in range(len(array))))


def _at(a):
    return a.__array_interface__["data"][0]


@pytest.mark.parametrize("axis", [0, 1])
def test_an_array_grows_along_either_axis_in_place_while_there_is_room_then_copies_once(axis):
    """Along ``axis`` (1: a zone's boxes, 4 x n), an array is a view of a buffer with room at
    the end of that axis: additions write there until it is full, then one copy into a buffer
    with room again; each line along the axis stays contiguous; versions before keep theirs."""
    rng = np.random.default_rng(axis)
    room = Room()
    start = rng.random((4, 5) if axis else (5, 4))
    a = room.seated("x", start, writable=True, axis=axis)
    assert np.array_equal(a, start) and not np.shares_memory(a, start) and _lines(a, axis)
    expected, versions, copies = a.copy(), [], 0
    for k in range(1500):  # past the first buffer's room (MIN_SLACK)
        more = rng.random((4, 1) if axis else (1, 4))
        b = room.extended("x", a, more, writable=True, axis=axis)
        expected = np.concatenate([expected, more], axis=axis)
        assert np.array_equal(b, expected) and _lines(b, axis)
        copies += not np.shares_memory(a, b)
        if k % 97 == 0:
            versions.append((a, a.copy()))
        a = b
    assert copies == 1  # (the first buffer had 5 + 1024 rows of room: one copy past them)
    assert all(np.array_equal(v, seen) for v, seen in versions)  # the versions before as they were
    made = room.fresh("y", 3, float, (4,), axis=axis)
    assert made.shape == ((4, 3) if axis else (3, 4)) and made.flags.writeable and _lines(made, axis)
    made[...] = 1.0
    grown = room.extended("y", made, np.zeros((4, 2) if axis else (2, 4)), axis=axis)
    assert _at(grown) == _at(made) and not grown.flags.writeable  # made with room: grown in place
    assert np.array_equal(grown, np.concatenate([made, np.zeros((4, 2) if axis else (2, 4))], axis=axis))


@pytest.mark.parametrize("axis", [0, 1])
@pytest.mark.parametrize("many", [False, True])
def test_items_inserted_anywhere_along_either_axis_are_np_insert_in_place_after_the_last_else_one_copy(axis, many):
    """``inserted`` gives ``np.insert``'s array: after the last item written in the room (no
    copy), elsewhere one copy into a buffer with room (the next addition after the last is then
    in place); the version before keeps its items."""
    rng = np.random.default_rng(7 + axis)
    room = Room()
    a = room.seated("x", rng.random((4, 30) if axis else (30, 4)), writable=True, axis=axis)
    for k in range(60):
        n = a.shape[axis]
        count = int(rng.integers(65, 90)) if many and k % 3 == 1 else int(rng.integers(1, 3))
        at = np.full(count, n) if k % 3 != 1 else rng.integers(0, n + 1, count)
        last = bool((at == n).all())
        values = rng.random((4, count) if axis else (count, 4))
        seen = a.copy()
        b = room.inserted("x", a, at, values, writable=True, axis=axis)
        assert np.array_equal(b, np.insert(a, at, values, axis=axis)) and _lines(b, axis) and b.flags.writeable
        assert np.shares_memory(a, b) == last and np.array_equal(a, seen)
        a = b
    one = room.inserted("x", a, 0, np.ones(4), axis=axis)  # (one item: the box of one plot)
    assert np.array_equal(one, np.insert(a, 0, np.ones(4), axis=axis)) and not one.flags.writeable
    with pytest.raises(IndexError):
        room.inserted("x", a, a.shape[axis] + 1, np.ones(4), axis=axis)


@pytest.mark.parametrize("axis", [0, 1])
def test_the_last_items_taken_out_along_either_axis_leave_a_shorter_view_and_others_a_copy_with_room(axis):
    """A writable line (one owner's) losing its last column (a split undone) is the shorter
    view of its buffer, and the next item after the last is written over it (no copy); items
    taken out elsewhere are one copy into a buffer with room (``np.delete``'s array)."""
    room = Room()
    base = np.arange(40.0).reshape((4, 10) if axis else (10, 4))
    a = room.seated("x", base, writable=True, axis=axis)
    b = room.taken_out("x", a, [9], writable=True, axis=axis)
    assert np.array_equal(b, np.delete(base, 9, axis=axis)) and _at(b) == _at(a) and b.flags.writeable
    c = room.inserted("x", b, 9, np.full(4, -1.0), writable=True, axis=axis)
    assert _at(c) == _at(a) and np.array_equal(c, np.insert(b, 9, np.full(4, -1.0), axis=axis))
    d = room.taken_out("x", c, [2, 5], writable=True, axis=axis)
    assert np.array_equal(d, np.delete(c, [2, 5], axis=axis)) and not np.shares_memory(c, d) and _lines(d, axis)
    e = room.inserted("x", d, 8, np.zeros(4), writable=True, axis=axis)
    assert _at(e) == _at(d)  # (the copy has room: the next item after the last goes in place)
    frozen_a = room.seated("y", base, axis=axis)
    frozen_b = room.taken_out("y", frozen_a, [9], axis=axis)  # read-only versions are copied
    assert not np.shares_memory(frozen_a, frozen_b) and np.array_equal(frozen_b, np.delete(base, 9, axis=axis))
