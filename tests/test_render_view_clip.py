"""Features far larger than the view are clipped to it before Qt draws them (a patch of a few
pixels stroked the basemap's 17,000 country vertices): what is drawn in the view is the same."""

import numpy as np
import pytest
from hypothesis import given, settings as hyp_settings, strategies as st
import shapely
from PySide6.QtGui import QImage, QPainter

from sezmap.render import crs as crs_mod
from sezmap.render import view_clip
from sezmap.render.geometry_arrays import GeometryArrays
from sezmap.render.layers import LineLayer, PolygonLayer, pixel_path
from sezmap.render.map_settings import MapSettings
from sezmap.render.qpath import ODD_EVEN
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene

CRS = "EPSG:3857"


def wiggly_ring(cx, cy, r, n, phase=0.0):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False) + phase
    rr = r * (1 + 0.05 * np.sin(7 * t))
    return np.c_[cx + rr * np.cos(t), cy + rr * np.sin(t)]


def lonlat(x, y):
    """A point given in ~metres from (70 E, 45 N), as longitude and latitude."""
    return 70 + np.asarray(x) / 8e4, 45 + np.asarray(y) / 1.1e5


def ring(cx, cy, r, n):
    return np.c_[lonlat(*wiggly_ring(cx, cy, r, n).T)]


def view(x, y):
    """The display-CRS point of (x, y) as ``lonlat`` reads it."""
    px, py = crs_mod.forward(CRS, *[[v] for v in lonlat(x, y)])
    return float(px[0]), float(py[0])


def scene():
    country = shapely.Polygon(ring(0, 0, 1e6, 4000), [ring(2e5, 0, 3e5, 900)])  # with a hole
    islands = shapely.MultiPolygon([shapely.Polygon(ring(-6e5, 4e5, 1.5e5, 600)),
                                    shapely.Polygon(ring(5e5, 0, 5e4, 300))])  # one in the hole
    small = shapely.Polygon(ring(0, 0, 1e4, 8))
    river = shapely.LineString(ring(0, 0, 7e5, 3000))
    polygons = GeometryArrays.from_geometries([country, islands, small], CRS)
    lines = GeometryArrays.from_geometries([river], CRS)
    return MapScene([PolygonLayer("countries", polygons, "#ddeecc", "#335577", width=2.5),
                     PolygonLayer("zones", polygons, None, "#aa2233", width=1.5, dash=True),  # drawn whole
                     LineLayer("rivers", lines, "#3366ff", width=3.0)], CRS)


def image(settings, s):
    img = QImage(settings.width, settings.height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(img)
    render(settings, painter, s, labels=False)
    painter.end()
    return np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).astype(int)


VIEWS = [(x, y, res) for x, y in ((1e6, 0), (5e5, 0), (-1.05e6, 5e4), (0, 7e5), (2e5, 3e5), (4.5e5, 5e4))
         for res in (20.0, 200.0)]


@pytest.mark.parametrize("x, y, resolution", VIEWS)
def test_a_view_clipped_draws_what_the_whole_features_draw(qapp, monkeypatch, x, y, resolution):
    s = scene()
    cx, cy = view(x, y)
    settings = MapSettings(center_x=cx, center_y=cy, resolution=resolution, width=160, height=120, crs=CRS)
    clipped = image(settings, s)
    assert len(np.unique(clipped)) > 2  # something is drawn
    monkeypatch.setattr(view_clip, "FAR", float("inf"))  # nothing clipped
    whole = image(settings, s)
    differ = np.abs(clipped - whole)
    assert differ.max() <= 3  # antialiasing rounding along the outlines at most


def test_the_far_features_are_clipped_and_the_near_ones_kept_whole():
    s = scene()
    polygons = s.layers[0].arrays
    cx, cy = view(1e6, 0)
    settings = MapSettings(center_x=cx, center_y=cy, resolution=20.0, width=160, height=120, crs=CRS)
    path = pixel_path(polygons, np.arange(3), settings, ODD_EVEN, clip=True)
    assert path.elementCount() < 200  # of 4,000 + 900 + 900 + 5 vertices
    cx, cy = view(0, 0)
    near = MapSettings(center_x=cx, center_y=cy, resolution=2000.0, width=1600, height=1200, crs=CRS)
    assert pixel_path(polygons, np.arange(3), near, ODD_EVEN, clip=True).elementCount() == len(polygons.coords)
    assert pixel_path(polygons, np.arange(3), settings, ODD_EVEN).elementCount() == len(polygons.coords)


def thinned_one_by_one(px, py, starts, cell):
    """The thinning as a loop: a vertex is kept where it starts or ends its part, or lies in
    another cell than the vertex kept before it."""
    keep, last_cell = [], None
    n = len(px)
    for i in range(n):
        first = i == 0 or starts[i]
        last = i == n - 1 or starts[i + 1]
        c = (np.floor(px[i] / cell), np.floor(py[i] / cell))
        if first or last or c != last_cell:
            keep.append(i)
            last_cell = c
    return px[keep], py[keep], starts[keep]


@hyp_settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50), st.booleans()), min_size=1, max_size=80),
       st.sampled_from([0.25, 1.0, 3.0]))
def test_thinning_drops_the_vertices_in_the_cell_of_the_one_kept_before(vertices, cell):
    """So each part keeps its first and last vertex (a ring stays closed) and the line drawn
    strays from a vertex left out by less than a cell's diagonal."""
    px = np.array([v[0] for v in vertices])
    py = np.array([v[1] for v in vertices])
    starts = np.array([v[2] for v in vertices], bool)
    got, want = view_clip.thinned(px, py, starts, cell), thinned_one_by_one(px, py, starts, cell)
    for a, b in zip(got, want, strict=True):
        assert np.array_equal(a, b)


def test_thinning_keeps_vertices_that_are_not_finite_and_every_vertex_of_a_coarse_line():
    px = np.array([0.0, 0.1, np.nan, 5.0, 5.1, 9.0])
    py = np.array([0.0, 0.1, 3.0, 5.0, 5.05, 9.0])
    starts = np.array([1, 0, 0, 0, 0, 0], bool)
    x, y, _ = view_clip.thinned(px, py, starts, 0.25)
    assert np.array_equal(x, [0.0, np.nan, 5.0, 9.0], equal_nan=True) and np.array_equal(y, [0.0, 3.0, 5.0, 9.0])
    coarse = np.arange(10.0)
    assert view_clip.thinned(coarse, coarse, np.zeros(10, bool), 0.25)[0].tolist() == coarse.tolist()
