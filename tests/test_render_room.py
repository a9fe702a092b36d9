"""Arrays grown in their buffers' room: each version keeps its rows; same as made afresh."""

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
