"""Draw a map scene for given map settings onto any QPaintDevice.

``render(settings, painter, scene)`` is the one drawing routine: the canvas calls
it on a worker thread into a QImage, exports call it on a QPdfWriter, a
QSvgGenerator or a big QImage. The painter's logical size must be
settings.width x settings.height.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtGui import QImage, QPainter

from sezmap.render import styles
from sezmap.render.labels import LabelPlacer, draw_labels
from sezmap.render.layers import RenderContext
from sezmap.render.map_settings import MapSettings
from sezmap.render.scene import MapScene


def render(settings: MapSettings, painter: QPainter, scene: MapScene,
           cancelled: Callable[[], bool] = lambda: False, background: bool = True,
           progress: Callable[[int, int], None] | None = None) -> dict:
    """Draw every visible layer bottom to top, then the labels; returns timing stats."""
    t0 = time.perf_counter()
    ctx = RenderContext(settings, painter, cancelled)
    if background:
        painter.fillRect(0, 0, settings.width, settings.height, styles.BACKGROUND)
    layers = [layer for layer in scene.layers + scene.overlays
              if layer.visible and layer.layer_id not in settings.hidden_layers]
    for n, layer in enumerate(layers):
        if cancelled():
            ctx.stats["cancelled"] = True
            return ctx.stats
        painter.save()
        painter.setOpacity(max(0.0, min(1.0, layer.opacity)))
        t = time.perf_counter()
        layer.draw(ctx)
        ctx.stats[f"ms_{layer.layer_id}"] = round((time.perf_counter() - t) * 1000, 2)
        painter.restore()
        if progress:
            progress(n + 1, len(layers) + 1)
    if not cancelled():
        placer = LabelPlacer(settings.width, settings.height)
        draw_labels(painter, placer.place(ctx.labels))
        ctx.stats["labels"] = len(placer.placed)
    ctx.stats["ms_total"] = round((time.perf_counter() - t0) * 1000, 2)
    return ctx.stats


def render_image(settings: MapSettings, scene: MapScene, cancelled: Callable[[], bool] = lambda: False,
                 progress=None) -> tuple[QImage, dict]:
    """A new ARGB32 image of the map (physical size follows the device pixel ratio)."""
    dpr = settings.device_pixel_ratio
    image = QImage(int(round(settings.width * dpr)), int(round(settings.height * dpr)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    try:
        stats = render(settings, painter, scene, cancelled, progress=progress)
    finally:
        painter.end()
    return image, stats
