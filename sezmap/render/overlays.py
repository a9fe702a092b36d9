"""Overlays drawn above every layer: the plot selection and a logistics route."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.render.geometry_arrays import GeometryArrays
from sezmap.render.labels import LabelCandidate
from sezmap.render.layers import MapLayer, RenderContext, pixel_path
from sezmap.render.qpath import path_from_arrays


class SelectionLayer(MapLayer):
    """Selected features outlined in a colour no status uses."""

    layer_id = "selection"

    def __init__(self, arrays: GeometryArrays, rows):
        super().__init__()
        self.arrays = arrays
        self.rows = np.unique(np.asarray(list(rows), dtype=np.int64))

    def bounds(self):
        if len(self.rows) == 0:
            return None
        b = self.arrays.bounds[self.rows]
        return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])), float(np.nanmax(b[:, 2])),
                float(np.nanmax(b[:, 3])))

    def draw(self, ctx: RenderContext) -> None:
        if len(self.rows) == 0:
            return
        x0, y0, x1, y1 = ctx.settings.extent
        b = self.arrays.bounds[self.rows]
        keep = self.rows[(b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)]
        if len(keep) == 0:
            return
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = pixel_path(self.arrays, keep, ctx.settings)
        p.fillPath(path, QColor(255, 0, 255, 60))
        p.strokePath(path, QPen(QColor("white"), 4.0))
        p.strokePath(path, QPen(styles.SELECTION, 2.0))
        # selected plots below a few pixels would vanish: mark their centres
        sizes = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / ctx.settings.resolution
        small = self.rows[sizes < 4]
        if len(small):
            c = self.arrays.centres[small]
            px, py = ctx.settings.world_to_pixel(c[:, 0], c[:, 1])
            p.setPen(QPen(styles.SELECTION, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for x, y in zip(px, py):
                p.drawEllipse(float(x) - 5, float(y) - 5, 10, 10)


class RouteLayer(MapLayer):
    """A route (lon/lat line) drawn thick, with its length as a label."""

    layer_id = "route"

    def __init__(self, lonlat: np.ndarray, display_crs: str, label: str = ""):
        super().__init__()
        self.xy = crs_mod.forward_xy(display_crs, np.asarray(lonlat, float)[:, :2])
        self.label = label

    def bounds(self):
        if len(self.xy) == 0:
            return None
        return (float(self.xy[:, 0].min()), float(self.xy[:, 1].min()),
                float(self.xy[:, 0].max()), float(self.xy[:, 1].max()))

    def draw(self, ctx: RenderContext) -> None:
        if len(self.xy) < 2:
            return
        px, py = ctx.settings.world_to_pixel(self.xy[:, 0], self.xy[:, 1])
        starts = np.zeros(len(px), bool)
        starts[0] = True
        path = path_from_arrays(px, py, starts)
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        halo = QPen(QColor("white"), 9.0)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, halo)
        pen = QPen(styles.ROUTE, 5.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, pen)
        for k in (0, len(px) - 1):
            p.setPen(QPen(QColor("white"), 2))
            p.setBrush(styles.ROUTE)
            p.drawEllipse(float(px[k]) - 6, float(py[k]) - 6, 12, 12)
        if self.label:
            mid = len(px) // 2
            ctx.labels.append(LabelCandidate(self.label, float(px[mid]), float(py[mid]), priority=1000,
                                             font_px=14, bold=True))

    def legend_items(self, language: str = "en"):
        return [(self.label or self.title, "line", (None, styles.ROUTE))]
