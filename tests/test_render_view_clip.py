"""Features far larger than the view are clipped to it before Qt draws them (a patch of a few
pixels stroked the basemap's 17,000 country vertices): what is drawn in the view is the same."""

import numpy as np
import pytest
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
