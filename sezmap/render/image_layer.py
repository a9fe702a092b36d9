"""A raster layer already warped to the display CRS (an RGBA image drawn in its world bounds)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from sezmap.render.layers import MapLayer, RenderContext


class ImageLayer(MapLayer):
    """A raster already warped to the display CRS: an RGBA array and its world bbox."""

    def __init__(self, layer_id: str, title: str, rgba: np.ndarray, bounds):
        super().__init__()
        self.layer_id = layer_id
        self._title = title
        self.rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
        self.world_bounds = bounds
        h, w = self.rgba.shape[:2]
        self.image = QImage(self.rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()

    @property
    def title(self) -> str:
        return self._title

    def bounds(self):
        return self.world_bounds

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        x0, y0, x1, y1 = self.world_bounds
        ex0, ey0, ex1, ey1 = s.extent
        if x1 < ex0 or x0 > ex1 or y1 < ey0 or y0 > ey1:
            return
        px0, py0 = s.world_to_pixel(x0, y1)
        px1, py1 = s.world_to_pixel(x1, y0)
        ctx.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        ctx.painter.drawImage(QRectF(float(px0), float(py0), float(px1 - px0), float(py1 - py0)), self.image)

    def legend_items(self, language: str = "en"):
        return [(self.title, "raster", None)]
