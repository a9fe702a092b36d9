"""Bulk WKB decoding: the same geometries as GEOS's reader, and their coordinate stream."""

import numpy as np
import pyarrow as pa
import pytest
import shapely

from sezmap.formats import wkb
from sezmap.model import coords


def same_geometries(a, b):
    return all((x is None and y is None) or shapely.equals_identical(x, y) for x, y in zip(a, b, strict=True))


def records():
    rng = np.random.default_rng(5)
    out = []
    for i in range(300):
        k = i % 9
        if k == 0:
            g = shapely.box(i, 0, i + 3, 3).difference(shapely.box(i + 1, 1, i + 2, 2))  # a hole
        elif k == 1:
            g = shapely.MultiPolygon([shapely.box(i, 0, i + 1, 1), shapely.box(i + 2, 0, i + 3, 1)])  # two parts
        elif k == 2:
            g = None
        elif k == 3:
            g = shapely.Polygon([(i, 0, 1), (i + 1, 0, 1), (i + 1, 1, 2), (i, 0, 1)])  # Z
        elif k == 4:
            g = shapely.MultiPolygon([shapely.Polygon(rng.random((int(rng.integers(3, 12)), 2)) + [i, 0]).convex_hull])
        else:
            g = shapely.Polygon(rng.random((int(rng.integers(3, 12)), 2)) + [i, 0]).convex_hull
        order = "big" if i % 17 == 0 else "little"
        out.append(None if g is None else shapely.to_wkb(g, byte_order=0 if order == "big" else 1))
    return out


@pytest.mark.parametrize(("chunks", "build_chunk"), [(1, 50_000), (3, 50_000), (1, 7), (3, 1)])
def test_decoded_like_geos_with_the_stream_of_get_coordinates(chunks, build_chunk, monkeypatch):
    monkeypatch.setattr(wkb, "BUILD_CHUNK", build_chunk)  # geometries built a slice at a time (the GIL)
    recs = records()
    cut = np.linspace(0, len(recs), chunks + 1).astype(int)
    column = pa.chunked_array([pa.array(recs[a:b], type=pa.binary()) for a, b in zip(cut[:-1], cut[1:])])
    geoms, known = wkb.decode_polygons(column)
    assert same_geometries(geoms, shapely.from_wkb(np.array(recs, dtype=object)))
    read = coords.rings(geoms)
    kept = known.of(geoms)
    assert kept is not None
    assert np.array_equal(kept.xy, read.xy) and np.array_equal(kept.offsets, read.offsets)
    assert np.array_equal(kept.simple, read.simple)


def test_large_binary_and_a_sliced_array():
    recs = [shapely.to_wkb(shapely.box(i, 0, i + 1, 1)) for i in range(10)]
    geoms, known = wkb.decode_polygons(pa.array(recs, type=pa.large_binary()).slice(3, 4))
    assert same_geometries(geoms, shapely.from_wkb(np.array(recs[3:7], dtype=object)))
    assert np.array_equal(known.rings.xy, shapely.get_coordinates(geoms))


def test_a_ring_that_does_not_close_is_left_to_geos():
    ring = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0.5]], dtype="<f8")
    bad = b"\x01" + (3).to_bytes(4, "little") + (1).to_bytes(4, "little") + (5).to_bytes(4, "little") + ring.tobytes()
    good = shapely.to_wkb(shapely.box(0, 0, 1, 1))
    with pytest.raises(shapely.errors.GEOSException):
        shapely.from_wkb(bad)
    with pytest.raises(shapely.errors.GEOSException):
        wkb.decode_polygons(pa.array([good, bad], type=pa.binary()))


def test_truncated_records_are_left_to_geos():
    good = shapely.to_wkb(shapely.box(0, 0, 1, 1))
    with pytest.raises(shapely.errors.GEOSException):
        wkb.decode_polygons(pa.array([good, good[:-8]], type=pa.binary()))


def test_the_stream_is_given_only_for_the_geometries_it_was_read_from():
    geoms, known = wkb.decode_polygons(pa.array([shapely.to_wkb(shapely.box(i, 0, i + 1, 1)) for i in range(4)]))
    assert known.of(geoms.copy()) is known.rings  # the same objects in a new array
    other = geoms.copy()
    other[2] = shapely.box(2, 0, 3, 1)  # equal, but another object
    assert known.of(other) is None
    assert known.of(geoms[:3]) is None
    assert coords.rings_of(other, known) is not known.rings


def test_a_binary_view_column_is_read_too():
    recs = [shapely.to_wkb(shapely.box(i, 0, i + 1, 1)) for i in range(5)] + [None]
    geoms, known = wkb.decode_polygons(pa.array(recs, type=pa.binary_view()))
    assert same_geometries(geoms, shapely.from_wkb(np.array(recs, dtype=object)))
    assert np.array_equal(known.rings.xy, shapely.get_coordinates(geoms))


@pytest.mark.parametrize("with_stream", [True, False])
def test_encoded_multipolygons_read_back_as_the_geometries_made_multi(with_stream):
    geoms = np.array([None if r is None else shapely.from_wkb(r) for r in records()]
                     + [shapely.from_wkt("POLYGON EMPTY")], dtype=object)
    encoded = wkb.encode_multipolygons(geoms, coords.rings(geoms) if with_stream else None)
    assert encoded.type == pa.large_binary() and len(encoded) == len(geoms)
    back = shapely.from_wkb(encoded.to_numpy(zero_copy_only=False))
    for g, b in zip(geoms, back, strict=True):
        if g is None or g.is_empty:
            assert b is None
            continue
        expected = shapely.multipolygons([g]) if g.geom_type == "Polygon" else g
        assert b.geom_type == "MultiPolygon" and shapely.equals_identical(b, expected)
    simple = coords.rings(geoms).simple
    assert simple.sum() > 100  # most records written from the stream: the same bytes as GEOS writes
    for g, b in zip(geoms[simple], encoded.to_numpy(zero_copy_only=False)[simple], strict=True):
        assert b == shapely.to_wkb(shapely.multipolygons([g]) if g.geom_type == "Polygon" else g)


@pytest.mark.parametrize("lasting", [1, 10**9])
def test_many_geometries_are_built_with_the_collector_paused_then_frozen_and_equal(lasting, monkeypatch):
    import gc

    monkeypatch.setattr(wkb, "LASTING", lasting)
    monkeypatch.setattr(wkb, "BUILD_CHUNK", 7)
    seen: list[bool] = []
    build = wkb._build

    def recording(*args):
        seen.append(gc.isenabled())
        build(*args)

    monkeypatch.setattr(wkb, "_build", recording)
    recs = records()
    was = gc.isenabled()
    gc.enable()
    frozen = gc.get_freeze_count()
    try:
        geoms, _known = wkb.decode_polygons(pa.chunked_array([pa.array(recs, type=pa.binary())]))
        assert gc.isenabled()
        assert seen and all(on == (lasting > 1) for on in seen)  # paused only for many
        assert (gc.get_freeze_count() > frozen) == (lasting == 1)
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()
    assert same_geometries(geoms, shapely.from_wkb(np.array(recs, dtype=object)))


def test_only_the_records_the_stream_cannot_describe_go_to_geos(monkeypatch):
    """Polygons and multipolygons of one polygon, one ring, little-endian, 2-D, are read from
    the column's bytes; holes, several parts, Z, big-endian records and nulls go to GEOS."""
    recs = records()
    sent = []
    real = shapely.from_wkb

    def counted(values, *args, **kwargs):
        sent.append(len(values))
        return real(values, *args, **kwargs)

    monkeypatch.setattr(wkb.shapely, "from_wkb", counted)
    geoms, _known = wkb.decode_polygons(pa.array(recs, type=pa.binary()))
    slow = sum(1 for i in range(len(recs)) if i % 9 in (0, 1, 2, 3) or i % 17 == 0)
    assert sum(sent) == slow
    assert same_geometries(geoms, real(np.array(recs, dtype=object)))
