"""The site search's results on the map: every result's plots outlined, the chosen result
filled and drawn thick (an overlay, under the selection)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from sezmap.render import page_language, symbols
from sezmap.render.geometry_arrays import GeometryArrays, frozen
from sezmap.render.layers import RING_BELOW_PX, SUBPIXEL, MapLayer, RenderContext, blocks, pixel_path, splat

COLOUR = "#6A1B9A"  # deep purple: no status, the selection or a route uses it
MANY = 2000  # result plots in view from which they are drawn plainly (no halo, no antialiasing)


def results_symbol() -> symbols.LineSymbol:
    return symbols.LineSymbol("#FF" + COLOUR[1:], 2.0, halo="#FFFFFFFF", halo_width=4.0, round_join=True)


def chosen_symbol() -> symbols.LineSymbol:
    return symbols.LineSymbol("#FF" + COLOUR[1:], 4.0, halo="#FFFFFFFF", halo_width=7.0, round_join=True)


class SiteResultsLayer(MapLayer):
    """``rows``: the results' plots (rows of the plots' arrays); ``chosen``: those of the result
    picked in the list. Holds the arrays it was made with (a new layer after an edit)."""

    layer_id = "site_results"
    listed = True  # in the layers panel: the results can be hidden, or shown fainter

    def __init__(self, arrays: GeometryArrays, rows, chosen=()):
        super().__init__()
        self.arrays = arrays
        self.rows = frozen(np.unique(np.asarray(rows, np.int64)))
        self.chosen = frozen(np.unique(np.asarray(chosen, np.int64)))
        self.symbol, self.chosen_symbol = results_symbol(), chosen_symbol()

    def bounds(self):
        return self.arrays.extent_of(self.rows) if len(self.rows) else None

    def _in_view(self, ctx: RenderContext, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x0, y0, x1, y1 = ctx.settings.extent
        b = self.arrays.bounds[rows]
        shown = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        b = b[shown]
        return rows[shown], np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / ctx.settings.resolution

    def draw(self, ctx: RenderContext) -> None:
        keep, sizes = self._in_view(ctx, self.rows)
        p = ctx.painter
        if len(keep) > MANY:
            tiny = sizes < SUBPIXEL
            if tiny.any():
                splat(ctx, self.arrays, keep[tiny], np.full(int(tiny.sum()), QColor(COLOUR).rgba(), dtype=np.uint32))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for block in blocks(ctx, keep[~tiny]):
                p.strokePath(pixel_path(self.arrays, block, ctx.settings), QPen(QColor(COLOUR), 0))
        elif len(keep):
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.symbol.stroke(p, pixel_path(self.arrays, keep, ctx.settings))
        self._ring_small(ctx, keep[sizes < RING_BELOW_PX])
        chosen, sizes = self._in_view(ctx, self.chosen)
        if not len(chosen) or ctx.cancelled():
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = pixel_path(self.arrays, chosen, ctx.settings)
        colour = QColor(COLOUR)
        colour.setAlpha(90)
        p.fillPath(path, colour)
        self.chosen_symbol.stroke(p, path)
        if (sizes < 6).all():  # a result too small to see at this scale: a ring round it
            c = self.arrays.centres[chosen]
            px, py = ctx.settings.world_to_pixel(c[:, 0], c[:, 1])
            p.setPen(QPen(QColor(COLOUR), 3.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(float(px.mean()), float(py.mean())), 9.0, 9.0)

    def _ring_small(self, ctx: RenderContext, rows: np.ndarray) -> None:
        """Results too small to see at this scale (a country map): a ring round each, one per
        spot where they crowd together."""
        if not len(rows) or ctx.cancelled():
            return
        c = self.arrays.centres[rows]
        px, py = ctx.settings.world_to_pixel(c[:, 0], c[:, 1])
        xy = np.column_stack([px, py])
        spots = np.unique(np.round(xy[np.isfinite(xy).all(axis=1)] / 10.0), axis=0) * 10.0
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (QPen(QColor("white"), 4.0), QPen(QColor(COLOUR), 2.0)):
            p.setPen(pen)
            for x, y in spots:
                p.drawEllipse(QPointF(float(x), float(y)), 6.0, 6.0)

    def legend_items(self, language: str = "en"):
        items = [(page_language.translate("sezmap", "Sites found"), "line", self.symbol)]
        if len(self.chosen):
            items.append((page_language.translate("sezmap", "Chosen site"), "line", self.chosen_symbol))
        return items
