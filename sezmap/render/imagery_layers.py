"""The imagery check on the map: the plots it flags outlined, and its raster as an overlay.

``FlaggedPlotsLayer`` outlines the plots whose reported status the imagery contradicts, over the
plots layer's arrays (project rows): ``looks_unbuilt`` solid dark red, ``looks_built`` dashed
purple, each with a white halo so it reads over any status fill; plots a few pixels wide get a
ring as well. Both layers sit in the scene's layer list, so the layers panel toggles them, sets
their opacity and shows them in the legend.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPainter, QPen

from sezmap.render.geometry_arrays import GeometryArrays, frozen
from sezmap.render.layers import ImageLayer, MapLayer, RenderContext, blocks, pixel_path
from sezmap.render.symbols import LineSymbol

FLAGS_LAYER = "imagery_flags"
RASTER_LAYER = "imagery_raster"
OUTLINED = ("looks_unbuilt", "looks_built")
SYMBOLS = {
    "looks_unbuilt": LineSymbol("#FFB2182B", 2.5, halo="#E6FFFFFF", halo_width=5.0, round_join=True),
    "looks_built": LineSymbol("#FF542788", 2.5, Qt.PenStyle.DashLine, halo="#E6FFFFFF", halo_width=5.0,
                              round_join=True),
}
RING_BELOW_PX = 6  # plots smaller than this on screen also get a ring around their centre


def flag_label(flag: str) -> str:
    """A flag in the UI language."""
    texts = {
        "looks_unbuilt": QCoreApplication.translate("sezmap", "Looks unbuilt"),
        "looks_built": QCoreApplication.translate("sezmap", "Looks built"),
        "no_data": QCoreApplication.translate("sezmap", "No data"),
        "consistent": QCoreApplication.translate("sezmap", "Consistent"),
    }
    return texts.get(flag, flag)


class FlaggedPlotsLayer(MapLayer):
    """Flagged plots (rows of ``arrays``, the plots layer's) outlined by flag."""

    layer_id = FLAGS_LAYER

    def __init__(self, arrays: GeometryArrays, rows, flags):
        super().__init__()
        self.arrays = arrays
        rows = np.asarray(rows, np.int64)
        flags = np.asarray(flags, dtype=object)
        order = np.argsort(rows, kind="stable")
        self.rows = frozen(rows[order])
        self.flags = frozen(flags[order]) if len(flags) else np.zeros(0, dtype=object)

    @property
    def title(self) -> str:
        return QCoreApplication.translate("sezmap", "Flagged by imagery")

    def bounds(self):
        return self.arrays.extent_of(self.rows)

    def draw(self, ctx: RenderContext) -> None:
        if not len(self.rows):
            return
        s = ctx.settings
        x0, y0, x1, y1 = s.extent
        b = self.arrays.bounds[self.rows]
        shown = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for flag in OUTLINED:
            keep = self.rows[shown & (self.flags == flag)]
            if not len(keep):
                continue
            symbol = SYMBOLS[flag]
            for block in blocks(ctx, keep):
                symbol.stroke(p, pixel_path(self.arrays, block, s))
            sizes = self.arrays.sizes[keep] / s.resolution
            small = keep[sizes < RING_BELOW_PX]
            if len(small):
                c = self.arrays.centres[small]
                px, py = s.world_to_pixel(c[:, 0], c[:, 1])
                p.setBrush(Qt.BrushStyle.NoBrush)
                for pen in symbol.pens():
                    pen.setStyle(Qt.PenStyle.SolidLine)
                    p.setPen(pen)
                    for x, y in zip(px, py, strict=True):
                        p.drawEllipse(QPointF(float(x), float(y)), 6.0, 6.0)
        p.setPen(QPen())

    def legend_items(self, language: str = "en"):
        present = set(self.flags.tolist())
        return [(flag_label(f), "line", SYMBOLS[f]) for f in OUTLINED if f in present]


SCORE_RGB = (215, 48, 39)  # a built-up score's colour: the higher, the less transparent


def raster_layer(rgba: np.ndarray, bounds, name: str, score: bool = False) -> ImageLayer:
    """The checked raster (already warped to the display CRS, ``render.raster.warp_to_rgba``) as an
    overlay; a built-up ``score`` (one band, stretched to grey) is drawn red where high and
    clear where low, so the plots' status colours show through bare ground."""
    title = QCoreApplication.translate("sezmap", "Imagery: %1").replace("%1", name)
    if score:
        grey = rgba[..., 0].astype(np.uint16)
        rgba = rgba.copy()
        rgba[..., :3] = SCORE_RGB
        rgba[..., 3] = (grey * rgba[..., 3].astype(np.uint16) // 255).astype(np.uint8)
    layer = ImageLayer(RASTER_LAYER, title, rgba, bounds)
    layer.opacity = 0.6
    return layer
