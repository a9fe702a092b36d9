"""The imagery check's score raster over the plots, at the layer's default opacity: the plots'
status colours stay readable under built ground (rendered by the renderer onto each colour)."""

import colorsys

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter

from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render.imagery_layers import ImageryRasterLayer
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene


def hue(rgb) -> float:
    return colorsys.rgb_to_hsv(*(np.asarray(rgb, float) / 255))[0] * 360


def test_status_colours_keep_their_hue_under_built_ground_at_the_default_opacity():
    grey = np.full((4, 4, 4), 255, np.uint8)
    grey[..., 0] = grey[..., 1] = grey[..., 2] = round(0.9 * 255)  # a built-up score of 0.9
    layer = ImageryRasterLayer(grey, (0.0, 0.0, 400.0, 400.0), "score.tif", score=True)
    settings = MapSettings(center_x=200.0, center_y=200.0, resolution=10.0, width=20, height=20)
    shifts = {}
    for status, colour in STATUS_COLOURS.items():
        c = QColor(colour)
        if c.hsvSaturation() < 60:
            continue  # a grey (infrastructure) has no hue to keep
        image = QImage(20, 20, QImage.Format.Format_RGB32)
        image.fill(c)
        painter = QPainter(image)
        render(settings, painter, MapScene([layer], "EPSG:3857"), background=False, labels=False)
        painter.end()
        shown = image.pixelColor(10, 10)
        assert shown != c  # the score is drawn over it
        d = abs(hue((shown.red(), shown.green(), shown.blue())) - hue((c.red(), c.green(), c.blue())))
        shifts[status] = min(d, 360 - d)
    # every colour still reads as itself (blue stays blue, green green), not a shade of the red
    assert max(shifts.values()) < 75, shifts
