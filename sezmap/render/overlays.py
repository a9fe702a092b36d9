"""Overlays drawn above every layer: the plot selection and a logistics route."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from sezmap.render import crs as crs_mod
from sezmap.render import page_language, styles, symbols
from sezmap.render.geometry_arrays import GeometryArrays, frozen
from sezmap.render.labels import LabelCandidate
from sezmap.render.layers import SUBPIXEL, MapLayer, RenderContext, blocks, pixel_path, splat
from sezmap.render.qpath import path_from_arrays

MANY_SELECTED = 2000  # selected plots in view from which they are drawn plainly (SelectionLayer._draw_many)


class SelectionLayer(MapLayer):
    """Selected features outlined in a colour no status uses. Holds the plots' arrays it was
    made with (immutable): after an edit a new one is made over the new arrays."""

    layer_id = "selection"

    def __init__(self, arrays: GeometryArrays, rows):
        super().__init__()
        self.arrays = arrays
        rows = np.array(rows if isinstance(rows, np.ndarray) else list(rows), dtype=np.int64)  # its own copy
        ascending = len(rows) < 2 or bool(np.all(rows[1:] > rows[:-1]))
        self.rows = frozen(rows if ascending else np.unique(rows))  # (a select-all comes sorted: no 0.3 s unique)

    def bounds(self):
        return self.arrays.extent_of(self.rows)

    def draw(self, ctx: RenderContext) -> None:
        if len(self.rows) == 0:
            return
        x0, y0, x1, y1 = ctx.settings.extent
        b = self.arrays.bounds[self.rows]
        shown = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        keep = self.rows[shown]
        if len(keep) == 0:
            return
        b = b[shown]
        sizes = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / ctx.settings.resolution
        p = ctx.painter
        if len(keep) > MANY_SELECTED:
            self._draw_many(ctx, keep, sizes)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = pixel_path(self.arrays, keep, ctx.settings)
        p.fillPath(path, QColor(255, 0, 255, 60))
        p.strokePath(path, QPen(QColor("white"), 4.0))
        p.strokePath(path, QPen(styles.SELECTION, 2.0))
        # selected plots below a few pixels would vanish: mark their centres
        small = keep[sizes < 4]
        if len(small):
            c = self.arrays.centres[small]
            px, py = ctx.settings.world_to_pixel(c[:, 0], c[:, 1])
            p.setPen(QPen(styles.SELECTION, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for x, y in zip(px, py, strict=True):
                p.drawEllipse(QPointF(float(x), float(y)), 5.0, 5.0)

    def _draw_many(self, ctx: RenderContext, keep: np.ndarray, sizes: np.ndarray) -> None:
        """Thousands of selected plots (a zone selected whole) drawn as the plots layer draws
        plots: those under a pixel as pixels, the rest filled with a hairline, no antialiasing,
        halo or rings (per plot they held the render thread, and with it the GIL, for seconds)."""
        tiny = sizes < SUBPIXEL
        if tiny.any():
            splat(ctx, self.arrays, keep[tiny], np.full(int(tiny.sum()), styles.SELECTION.rgba(), dtype=np.uint32))
        rest = keep[~tiny]
        if len(rest) == 0 or ctx.cancelled():
            return
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(styles.SELECTION, 0)  # cosmetic hairline
        for block in blocks(ctx, rest):
            path = pixel_path(self.arrays, block, ctx.settings)
            p.fillPath(path, QColor(255, 0, 255, 110))
            p.strokePath(path, pen)


class RouteLayer(MapLayer):
    """A route (lon/lat line) drawn thick, with its length as a label. Its parts off the corridor
    network (the straight legs to and from the nearest corridor) are drawn apart, dashed grey,
    so they do not pass for a corridor."""

    layer_id = "route"

    def __init__(self, lonlat: np.ndarray, display_crs: str, label: str = "", parts=None, name: str = ""):
        """``parts``: [(lon/lat coordinates, on the network?)] in order (``RoutePart``s'
        lines and flags); without them the whole line counts as along the network. ``label``
        is written on the map (its length), ``name`` says in the legend where it runs."""
        super().__init__()
        self.name = name
        self.xy = crs_mod.forward_xy(display_crs, np.asarray(lonlat, float)[:, :2])
        if parts is None:
            parts = [(lonlat, True)]
        self.parts = [(crs_mod.forward_xy(display_crs, np.asarray(coords, float)[:, :2]), bool(on))
                      for coords, on in parts if len(coords) >= 2]
        self.label = label
        self.symbol = symbols.route_symbol()
        self.off_symbol = symbols.route_off_network_symbol()
        self.end_symbol = symbols.route_end_symbol()

    def bounds(self):
        if len(self.xy) == 0:
            return None
        return (float(self.xy[:, 0].min()), float(self.xy[:, 1].min()),
                float(self.xy[:, 0].max()), float(self.xy[:, 1].max()))

    def off_network(self) -> bool:
        return any(not on for _xy, on in self.parts)

    def draw(self, ctx: RenderContext) -> None:
        if len(self.xy) < 2:
            return
        s = ctx.settings
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for on_network in (False, True):  # the legs below, the path along the corridors above
            for xy, on in self.parts:
                if on != on_network:
                    continue
                px, py = s.world_to_pixel(xy[:, 0], xy[:, 1])
                starts = np.zeros(len(px), bool)
                starts[0] = True
                (self.symbol if on else self.off_symbol).stroke(p, path_from_arrays(px, py, starts))
        px, py = s.world_to_pixel(self.xy[:, 0], self.xy[:, 1])
        for k in (0, len(px) - 1):
            x, y = float(px[k]), float(py[k])
            self.end_symbol.draw(p, x, y)
            ctx.obstacles.append((self.end_symbol.box(x, y), "route"))
        if self.label:
            along = [xy for xy, on in self.parts if on] or [self.xy]
            xy = max(along, key=len)
            mx, my = s.world_to_pixel(xy[len(xy) // 2, 0], xy[len(xy) // 2, 1])
            ctx.labels.append(LabelCandidate(self.label, float(mx), float(my), priority=1000,
                                             font_px=14, bold=True, key="route"))

    def legend_items(self, language: str = "en"):
        text = ", ".join(t for t in (self.name, self.label) if t) or self.title
        items = [(text, "line", self.symbol)]
        if self.off_network():
            items.append((page_language.translate("sezmap", "Off the corridor network (straight line)"),
                          "line", self.off_symbol))
        return items
