"""Draw a map scene for given map settings onto any QPaintDevice.

``render(settings, painter, scene)`` is the one drawing routine: the canvas calls
it on a worker thread into a QImage, exports call it on a QPdfWriter, a
QSvgGenerator or a big QImage. The painter's logical size must be
settings.width x settings.height.
"""

from __future__ import annotations

import time

import numpy as np
from collections.abc import Callable

from PySide6.QtGui import QImage, QPainter

from sezmap.render import styles
from sezmap.render.furniture import furniture_boxes
from sezmap.render.labels import LabelPlacer, draw_labels
from sezmap.render.layers import RenderContext
from sezmap.render.map_settings import MapSettings
from sezmap.render.pdf_forms import PdfForms
from sezmap.render.scene import MapScene


def render(settings: MapSettings, painter: QPainter, scene: MapScene,
           cancelled: Callable[[], bool] = lambda: False, background: bool = True,
           progress: Callable[[int, int], None] | None = None, labels: bool = True,
           furniture: bool = False, placer: LabelPlacer | None = None, pdf: PdfForms | None = None) -> dict:
    """Draw every visible layer bottom to top, then the labels; returns timing stats.

    Labels keep off the symbols the layers drew (markers) and, with ``furniture``, off the boxes
    where the canvas draws its scale bar and north arrow (``furniture.furniture_boxes``).
    ``placer``: a label placer to use (boxes already reserved in it stay free; afterwards it
    holds what was placed). ``pdf``: on a PDF, where the layers write their large fills
    (render.pdf_forms; the caller attaches them to the file once the painter has ended).

    The scene is read as it is during the call: from another thread than the one that edits
    it, pass a ``scene.snapshot()`` taken on that thread (``ui.render_job.RenderJob`` does)."""
    t0 = time.perf_counter()
    ctx = RenderContext(settings, painter, cancelled, pdf=pdf)
    if background:
        painter.fillRect(0, 0, settings.width, settings.height, styles.BACKGROUND)
    layers = [layer for layer in scene.layers + scene.overlays
              if layer.visible and layer.layer_id not in settings.hidden_layers]
    for n, layer in enumerate(layers):
        if cancelled():
            ctx.stats["cancelled"] = True
            return ctx.stats
        painter.save()
        try:
            painter.setOpacity(max(0.0, min(1.0, layer.opacity)))
            t = time.perf_counter()
            layer.draw(ctx)
            ctx.stats[f"ms_{layer.layer_id}"] = round((time.perf_counter() - t) * 1000, 2)
        finally:
            painter.restore()  # also when a layer fails: the caller's painter is left as it was
        if progress:
            progress(n + 1, len(layers) + 1)
    if cancelled():  # (also when the last layer stopped part way)
        ctx.stats["cancelled"] = True
        return ctx.stats
    if labels:
        if placer is None:
            placer = LabelPlacer(settings.width, settings.height)
        if furniture:
            for box in furniture_boxes(settings):
                placer.reserve(box, "furniture")
        for box, key in ctx.obstacles:
            placer.reserve(box, key)
        draw_labels(painter, placer.place(ctx.labels))
        ctx.stats["labels"] = len(placer.placed)
    ctx.stats["ms_total"] = round((time.perf_counter() - t0) * 1000, 2)
    return ctx.stats


def render_image(settings: MapSettings, scene: MapScene, cancelled: Callable[[], bool] = lambda: False,
                 progress=None, furniture: bool = False) -> tuple[QImage, dict]:
    """A new ARGB32 image of the map (physical size follows the device pixel ratio); with
    ``furniture``, labels keep clear of where the canvas draws its scale bar and north arrow."""
    dpr = settings.device_pixel_ratio
    image = QImage(int(round(settings.width * dpr)), int(round(settings.height * dpr)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    try:
        stats = render(settings, painter, scene, cancelled, progress=progress, furniture=furniture)
    finally:
        painter.end()
    return image, stats


def patch_rect(settings: MapSettings, bounds, margin_px: int = 2) -> tuple[int, int, int, int] | None:
    """The whole-pixel rectangle (x, y, width, height) of the view that covers a display-CRS
    bbox, with a margin; None if it is outside the view."""
    x0, y0, x1, y1 = bounds
    px0, py1 = settings.world_to_pixel(x0, y0)
    px1, py0 = settings.world_to_pixel(x1, y1)
    left = max(0, int(np.floor(min(px0, px1))) - margin_px)
    top = max(0, int(np.floor(min(py0, py1))) - margin_px)
    right = min(settings.width, int(np.ceil(max(px0, px1))) + margin_px)
    bottom = min(settings.height, int(np.ceil(max(py0, py1))) + margin_px)
    if right <= left or bottom <= top:
        return None
    return left, top, right - left, bottom - top


def render_patch(image: QImage, settings: MapSettings, scene: MapScene, bounds) -> tuple[int, int, int, int] | None:
    """Draw again, on an image already rendered for ``settings``, only the part of the map
    that covers ``bounds`` (an edited plot): every layer culled to that small extent, without
    labels. The quick answer to an edit; the full render that follows puts the labels back.
    Returns the pixel rectangle drawn, or None if the bounds are not in view."""
    rect = patch_rect(settings, bounds)
    if rect is None:
        return None
    left, top, width, height = rect
    wx, wy = settings.pixel_to_world(left + width / 2.0, top + height / 2.0)
    sub = settings.replace(center_x=float(wx), center_y=float(wy), width=width, height=height)
    painter = QPainter(image)
    try:
        painter.setClipRect(left, top, width, height)
        painter.translate(left, top)
        render(sub, painter, scene, labels=False)
    finally:
        painter.end()
    return rect
