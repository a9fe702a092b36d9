"""The imagery check on the map: the plots it flags outlined, and its raster as an overlay.

``FlaggedPlotsLayer`` outlines the plots whose reported status the imagery contradicts, over the
plots layer's arrays (project rows): ``looks_unbuilt`` solid dark red, ``looks_built`` dashed
purple, each with a white halo so it reads over any status fill; plots a few pixels wide get a
ring as well. Both layers sit in the scene's layer list, so the layers panel toggles them, sets
their opacity and shows them in the legend.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen

from sezmap.render import page_language
from sezmap.render.geometry_arrays import GeometryArrays, frozen
from sezmap.render.image_layer import ImageLayer
from sezmap.render.layers import RING_BELOW_PX, MapLayer, RenderContext, blocks, pixel_path
from sezmap.render.symbols import LineSymbol, RampSymbol

FLAGS_LAYER = "imagery_flags"
RASTER_LAYER = "imagery_raster"
OUTLINED = ("looks_unbuilt", "looks_built")
SYMBOLS = {
    "looks_unbuilt": LineSymbol("#FFB2182B", 2.5, halo="#E6FFFFFF", halo_width=5.0, round_join=True),
    "looks_built": LineSymbol("#FF542788", 2.5, Qt.PenStyle.DashLine, halo="#E6FFFFFF", halo_width=5.0,
                              round_join=True),
}


def flag_label(flag: str) -> str:
    """A flag in the UI language."""
    texts = {
        "looks_unbuilt": page_language.translate("sezmap", "Looks unbuilt"),
        "looks_built": page_language.translate("sezmap", "Looks built"),
        "no_data": page_language.translate("sezmap", "No data"),
        "consistent": page_language.translate("sezmap", "Consistent"),
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
        return page_language.translate("sezmap", "Flagged by imagery")

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
DEFAULT_OPACITY = 0.45  # over the plots: a built score shows, their status colours keep their hue
DETAIL_FROM = 1.5  # the view's pixels this many times finer than the whole raster's: a view is warped


def _ramp(rgba: np.ndarray) -> np.ndarray:
    """A score's grey (``warp_to_rgba(score=True)``) as red whose opacity is the score."""
    out = rgba.copy()
    out[..., :3] = SCORE_RGB
    out[..., 3] = (rgba[..., 0].astype(np.uint16) * rgba[..., 3].astype(np.uint16) // 255).astype(np.uint8)
    return out


class ImageryRasterLayer(ImageLayer):
    """The checked raster: the whole of it warped once to the display CRS, and, once the map is
    zoomed in past the whole's pixels, the view warped at the screen's resolution (``detail``,
    set by the window from the task thread's warp) drawn instead while it covers the view. A
    built-up ``score`` is drawn red where high and clear where low, so the plots' status
    colours show through bare ground."""

    def __init__(self, rgba: np.ndarray, bounds, name: str, score: bool = False):
        super().__init__(RASTER_LAYER, name, _ramp(rgba) if score else rgba, bounds)
        self.name = name
        self.score = score
        self.detail: ImageLayer | None = None
        self.detail_extent: tuple = ()
        self.opacity = DEFAULT_OPACITY

    @property
    def title(self) -> str:
        return page_language.translate("sezmap", "Imagery: %1").replace("%1", self.name)

    def legend_items(self, language: str = "en"):
        if not self.score:  # an index's grey (``warp_to_rgba``): a raster's box
            return super().legend_items(language)
        return [(page_language.translate("sezmap", "Built-up score, 0 → 1"), "raster",
                 RampSymbol("#{:02X}{:02X}{:02X}".format(*SCORE_RGB)))]

    def wants_detail(self, settings) -> bool:
        """Whether the view is fine enough to warp it apart (and meets the raster): the whole
        was made coarser than the raster, and the screen's pixels are finer than its."""
        x0, y0, x1, y1 = self.world_bounds
        ex0, ey0, ex1, ey1 = settings.extent
        if x1 < ex0 or x0 > ex1 or y1 < ey0 or y0 > ey1:
            return False
        from sezmap.render import raster

        if max(self.rgba.shape[:2]) < raster.MAX_PIXELS:
            return False  # the whole raster is drawn at its own resolution already
        return settings.resolution * DETAIL_FROM < (x1 - x0) / self.rgba.shape[1]

    def set_detail(self, rgba: np.ndarray, bounds, extent) -> None:
        """The raster warped for the view ``extent`` (its part of the raster: ``bounds``)."""
        self.detail = ImageLayer(RASTER_LAYER, self.title, _ramp(rgba) if self.score else rgba, bounds)
        self.detail_extent = tuple(extent)

    def _detail_covers(self, settings) -> bool:
        """Whether the view warped last holds the whole of this view at this resolution."""
        if self.detail is None or not self.wants_detail(settings):
            return False
        ex0, ey0, ex1, ey1 = settings.extent
        dx0, dy0, dx1, dy1 = self.detail_extent
        slack = 2 * settings.resolution
        inside = dx0 <= ex0 + slack and dy0 <= ey0 + slack and dx1 >= ex1 - slack and dy1 >= ey1 - slack
        return inside and (dx1 - dx0) <= 1.5 * (ex1 - ex0)  # (not a view from further out)

    def draw(self, ctx: RenderContext) -> None:
        if self.detail is not None and self._detail_covers(ctx.settings):
            self.detail.draw(ctx)
        else:
            super().draw(ctx)
