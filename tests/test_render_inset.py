"""The inset locating the map in Kazakhstan (drawn onto an image, read back by its pixels)."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from sezmap import paths
from sezmap.export.static import export_scene
from sezmap.render.layout import MARK, draw_inset, kazakhstan_bounds
from sezmap.render.map_settings import MapSettings
from sezmap.store import open_store


@pytest.fixture(scope="module")
def scene():
    return export_scene(open_store(str(paths.default_project())).load())


def mark_pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)[:, :image.width()]
    rgb = np.stack([(pixels >> 16) & 255, (pixels >> 8) & 255, pixels & 255], axis=-1).astype(int)
    mark = np.array([MARK.red(), MARK.green(), MARK.blue()])
    return np.abs(rgb - mark).sum(axis=-1) < 40


def test_a_map_taller_than_the_country_is_framed_by_a_closed_rectangle(scene):
    x0, y0, x1, y1 = kazakhstan_bounds(scene)
    cw, ch = x1 - x0, y1 - y0
    # narrower than the country, reaching past it above and below (as the sites PDF's first page)
    tall = (x0 + 0.1 * cw, y0 - 0.5 * ch, x1 - 0.1 * cw, y1 + 0.5 * ch)
    main = MapSettings(crs=scene.display_crs, width=400, height=int(400 * (tall[3] - tall[1]) / (tall[2] - tall[0])))
    main = main.fitted(tall, margin=0.0)
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_inset(painter, QRectF(0, 0, 300, 200), scene, main, None)
    painter.end()
    red = mark_pixels(image)
    rows, cols = np.nonzero(red)
    assert len(rows)
    top, bottom, left, right = rows.min(), rows.max(), cols.min(), cols.max()
    assert right - left > 150  # the two sides, far apart
    span = right - left
    # the top and bottom sides are drawn too: red along most of the frame's width
    assert red[top:top + 3, left:right + 1].any(axis=0).sum() > 0.9 * span
    assert red[bottom - 2:bottom + 1, left:right + 1].any(axis=0).sum() > 0.9 * span
