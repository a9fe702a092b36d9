"""One north arrow and one scale bar: the canvas (and the slides' maps) and the print layout draw
the same ones, the arrow turned to true north at the map centre."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from sezmap import paths
from sezmap.export.static import page_layout
from sezmap.render import crs as crs_mod
from sezmap.render.furniture import NorthArrow, canvas_furniture, draw_furniture, furniture_boxes
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import paper_page
from sezmap.store.gpkg import GpkgStore

ZONE = "khorgos_eastern_gate"


def convergence(settings: MapSettings) -> float:
    """Degrees clockwise from the map's up to true north at its centre, from PROJ's meridian
    convergence (which is the angle from true north to the grid's north: the opposite sign)."""
    lon, lat = crs_mod.inverse(settings.crs, [settings.center_x], [settings.center_y])
    factors = pyproj.Proj(pyproj.CRS.from_user_input(settings.crs)).get_factors(float(lon[0]), float(lat[0]))
    return -factors.meridian_convergence


def at(lon: float, lat: float, width=800, height=600) -> MapSettings:
    crs = crs_mod.DEFAULT_DISPLAY_CRS
    x, y = crs_mod.forward(crs, [lon], [lat])
    return MapSettings(center_x=float(x[0]), center_y=float(y[0]), crs=crs, width=width, height=height, resolution=20.0)


def dark_pixels(image: QImage) -> np.ndarray:
    """(x, y) of the pixels the furniture drew dark."""
    ptr = image.constBits()
    a = np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width()]
    ys, xs = np.nonzero((a[..., 3] > 200) & (a[..., :3].max(axis=2) < 80))
    return np.column_stack([xs, ys])


@pytest.mark.parametrize(("lon", "lat"), [(80.3, 44.2), (51.2, 43.6), (68.0, 48.0)])
def test_the_canvas_arrow_points_to_true_north(qapp, lon, lat):
    settings = at(lon, lat)
    image = QImage(settings.width, settings.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    drawn = draw_furniture(painter, settings)
    painter.end()
    assert drawn.north_arrow.angle == pytest.approx(convergence(settings), abs=0.01)
    # and the pixels turn with it: the N over the arrow's tip lies in that direction
    arrow = drawn.north_arrow
    box = arrow.box()
    pts = dark_pixels(image).astype(float)
    rel = pts - [arrow.centre.x(), arrow.centre.y()]
    dist = np.hypot(rel[:, 0], rel[:, 1])
    letter = rel[(dist > arrow.height * 0.55) & (dist < box.width() / 2 + 2)]
    assert len(letter) > 5
    cx, cy = letter.mean(axis=0)
    assert np.degrees(np.arctan2(cx, -cy)) == pytest.approx(convergence(settings), abs=2.5)


def test_lon_0_is_the_only_place_where_true_north_is_up(qapp):
    assert canvas_furniture(at(68.0, 48.0)).north_arrow.angle == pytest.approx(0.0, abs=0.01)
    assert abs(canvas_furniture(at(80.3, 44.2)).north_arrow.angle) > 8  # Khorgos: some 9° off


def test_the_print_layout_arrow_points_to_true_north_and_is_the_canvas_arrow(qapp):
    project = GpkgStore(paths.default_project()).load()
    layout = page_layout(project, paper_page("A4", dpi=96), zone=ZONE)
    assert isinstance(layout.north_arrow, NorthArrow)
    assert layout.north_arrow.angle == pytest.approx(convergence(layout.settings), abs=0.01)
    assert layout.boxes["north"].contains(layout.north_arrow.centre)
    # the canvas showing the same place turns its arrow the same way
    view = layout.settings.with_size(900, 700)
    assert canvas_furniture(view).north_arrow.angle == pytest.approx(layout.north_arrow.angle, abs=0.01)


def test_the_label_placer_keeps_the_drawn_furniture_free(qapp):
    settings = at(80.3, 44.2)
    furniture = canvas_furniture(settings)
    boxes = furniture_boxes(settings)
    assert boxes[0].contains(furniture.north_arrow.box())
    assert boxes[1].contains(furniture.scale_bar.box())
    assert furniture.scale_bar.length <= 150.0 + 1e-6
