"""The legend draws the map's own symbols: a road corridor is dashed in the
legend as on the map, and the ring a zone becomes at country scale is in the legend."""

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

import factories as f
from sezmap.model.project import Project
from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.render.decorations import SWATCH, SWATCH_W, draw_legend, draw_swatch, legend_rows
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render
from sezmap.render.scene import build_scene
from sezmap.render.symbols import SWATCH_INSET, LineSymbol

CRS = crs_mod.DEFAULT_DISPLAY_CRS
RES = 100.0  # m per pixel
W, H = 400, 240
CENTRE = crs_mod.forward(CRS, [70.0], [45.0])
CX, CY = float(CENTRE[0][0]), float(CENTRE[1][0])
ROWS = {"road": 60.0, "rail": 120.0, "multimodal": 180.0}  # pixel rows of the three segments
X0, X1 = 50.0, 350.0  # where each segment starts and ends, in pixels


def settings() -> MapSettings:
    return MapSettings(center_x=CX, center_y=CY, resolution=RES, width=W, height=H, crs=CRS)


def lonlat_at(px: float, py: float):
    x, y = settings().pixel_to_world(px, py)
    lon, lat = crs_mod.inverse(CRS, [float(x)], [float(y)])
    return float(lon[0]), float(lat[0])


def project() -> Project:
    """One corridor of three modes, each segment a horizontal line on screen; a zone of a few
    hundred metres (a ring at this scale)."""
    corridors = [f.corridor("c1", (lonlat_at(X0, row), lonlat_at(X1, row)), mode=mode, name_en="Test corridor")
                 for mode, row in ROWS.items()]
    lon, lat = lonlat_at(200.5, 30.5)
    zone = f.zone("z1", shapely.box(lon - 0.002, lat - 0.002, lon + 0.002, lat + 0.002))
    return Project(**f.layers([zone], [f.plot("p1", "z1", shapely.box(lon - 0.001, lat - 0.001, lon, lat))],
                              corridors, []))


def blank() -> QImage:
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(styles.BACKGROUND)
    return image


def map_image(scene) -> QImage:
    image = blank()
    painter = QPainter(image)
    render(settings(), painter, scene, background=True, labels=False)
    painter.end()
    return image


def row_pixels(image: QImage, y: int, x0: int, x1: int) -> np.ndarray:
    return np.array([QColor(image.pixel(x, y)).getRgb()[:3] for x in range(x0, x1)], float)


def test_each_corridor_mode_is_in_the_legend_in_the_dash_the_map_draws():
    scene = build_scene(project(), None, CRS)
    scene.layer("plots").visible = False
    scene.layer("zones").visible = False
    drawn = map_image(scene)
    items = scene.layer("corridors").legend_items("en")
    lines = {text: (kind, style) for text, kind, style in items if kind == "line"}
    assert set(lines) == {"rail", "road", "multimodal"}  # a row per mode, under the corridor's name
    assert items[0][:2] == ("Test corridor", "heading")
    colour = np.array(styles.corridor_colour(0).getRgb()[:3], float)
    patterns = {}
    for mode, row in ROWS.items():
        kind, style = lines[mode]
        # the swatch drawn where its line starts at the segment's first pixel, on the same ground
        swatch = blank()
        painter = QPainter(swatch)
        left = X0 - SWATCH_INSET
        draw_swatch(painter, QRectF(left, row - SWATCH / 2, SWATCH_W, SWATCH), kind, style)
        painter.end()
        span = (int(X0) + 3, int(X0 + SWATCH_W - 2 * SWATCH_INSET) - 3)  # inside both (caps aside)
        on_map = row_pixels(drawn, int(row), *span)
        in_legend = row_pixels(swatch, int(row), *span)
        assert np.abs(on_map - in_legend).max() <= 8, mode  # the same pixels
        patterns[mode] = tuple(np.linalg.norm(in_legend - colour, axis=1) < 60)
    assert all(patterns["rail"])  # solid
    assert not all(patterns["road"]) and not all(patterns["multimodal"])  # dashed
    assert patterns["road"] != patterns["multimodal"]


def test_the_zone_ring_of_country_scale_is_in_the_legend_as_drawn():
    scene = build_scene(project(), None, CRS)
    scene.layer("plots").visible = False
    scene.layer("corridors").visible = False
    drawn = map_image(scene)
    zones = scene.layer("zones")
    items = zones.legend_items("en")
    markers = [(kind, style) for _text, kind, style in items if kind == "marker"]
    assert len(markers) == 1
    assert any(kind == "fill" for _text, kind, _style in items)  # and the outline of larger zones
    cx, cy = settings().world_to_pixel(*zones.arrays.centres[0])
    swatch = blank()
    painter = QPainter(swatch)
    draw_swatch(painter, QRectF(float(cx) - SWATCH_W / 2, float(cy) - SWATCH / 2, SWATCH_W, SWATCH), *markers[0])
    painter.end()
    x0, y0 = int(cx) - 9, int(cy) - 9
    a = np.array([[QColor(drawn.pixel(x, y)).getRgb()[:3] for x in range(x0, x0 + 19)] for y in range(y0, y0 + 19)])
    b = np.array([[QColor(swatch.pixel(x, y)).getRgb()[:3] for x in range(x0, x0 + 19)] for y in range(y0, y0 + 19)])
    assert np.abs(a.astype(float) - b).max() <= 8
    assert a[9, 9].mean() > 200  # a light ring's inside...
    assert a[9, 9 + 6].mean() < 120  # ...and its dark outline, 6 px out


def test_the_legend_panel_draws_every_row_with_its_symbol():
    """The same function draws the legend for the panel and for print layouts: a heading row
    has no swatch, a mode row a dashed line in the corridor's colour."""
    scene = build_scene(project(), None, CRS)
    rows = legend_rows(scene)
    assert [title for title, _items in rows][:2] == ["Corridors", "Zones"]
    image = QImage(420, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    size = draw_legend(painter, QPointF(0, 0), rows, max_width=400)
    painter.end()
    assert size.height() > 20 * 8


def test_a_layer_title_longer_than_the_legend_wraps_within_it(qapp):
    """The layers panel's legend is as wide as its dock: a long layer title (the site search's,
    in Russian) wraps instead of running out of the panel."""
    title = "Результаты поиска площадок"
    rows = [(title, [("Найдено площадок", "line", LineSymbol("#FF6A1B9A", 2.0))])]
    room = 150.0
    image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    size = draw_legend(painter, QPointF(0, 0), rows, max_width=room)
    painter.end()
    pixels = np.array([[QColor(image.pixel(x, y)).lightness() for x in range(400)] for y in range(0, 200, 2)])
    dark = np.nonzero((pixels < 128).any(axis=0))[0]
    assert size.width() <= room and dark.max() < room
    assert size.height() > 3 * 20 - 1  # the title on two lines, then its item


def test_the_imagery_scores_legend_is_its_ramp_not_a_grey_box(qapp):
    """A built-up score is drawn red where high and clear where low: its legend says so with a
    ramp from clear to that red (a grey box said nothing of what the colours mean)."""
    from sezmap.render.imagery_layers import SCORE_RGB, ImageryRasterLayer

    rgba = np.zeros((4, 4, 4), np.uint8)
    layer = ImageryRasterLayer(rgba, (0.0, 0.0, 4.0, 4.0), "score.tif", score=True)
    ((text, kind, symbol),) = layer.legend_items()
    assert text == "Built-up score, 0 → 1"
    image = QImage(60, 20, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_swatch(painter, QRectF(0, 0, 60, 20), kind, symbol)
    painter.end()
    low, high = QColor(image.pixel(4, 10)).getRgb()[:3], QColor(image.pixel(56, 10)).getRgb()[:3]
    assert min(low) > 230  # clear: the white under it
    assert np.abs(np.array(high) - SCORE_RGB).max() < 20
