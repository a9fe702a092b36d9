"""What a map shows: centre and resolution in the display CRS, and the output size.

A value object (no Qt): the canvas, exports and tests build one and the renderer
draws exactly that. World y grows north, pixel y grows down.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from sezmap.render.crs import DEFAULT_DISPLAY_CRS

INCH_M = 0.0254


@dataclass(frozen=True)
class MapSettings:
    center_x: float = 0.0
    center_y: float = 0.0
    resolution: float = 1000.0  # map units (metres) per logical pixel
    width: int = 800  # logical pixels
    height: int = 600
    crs: str = DEFAULT_DISPLAY_CRS
    dpi: float = 96.0  # logical dots per inch of the output, for the scale 1:N
    device_pixel_ratio: float = 1.0  # physical pixels per logical pixel (High-DPI)
    language: str = "en"
    hidden_layers: frozenset = field(default_factory=frozenset)

    # --- geometry of the view ---------------------------------------------------------------

    @property
    def extent(self) -> tuple[float, float, float, float]:
        hw = self.width * self.resolution / 2.0
        hh = self.height * self.resolution / 2.0
        return (self.center_x - hw, self.center_y - hh, self.center_x + hw, self.center_y + hh)

    @property
    def scale_denominator(self) -> float:
        """N of the scale 1:N: ground metres per metre of screen."""
        return self.resolution * self.dpi / INCH_M

    def world_to_pixel(self, x, y):
        x0, _y0, _x1, y1 = self.extent
        return (np.asarray(x) - x0) / self.resolution, (y1 - np.asarray(y)) / self.resolution

    def pixel_to_world(self, px, py):
        x0, _y0, _x1, y1 = self.extent
        return x0 + np.asarray(px) * self.resolution, y1 - np.asarray(py) * self.resolution

    # --- new settings -----------------------------------------------------------------------

    def with_size(self, width: int, height: int) -> MapSettings:
        return replace(self, width=max(1, int(width)), height=max(1, int(height)))

    def panned(self, dx_px: float, dy_px: float) -> MapSettings:
        """The view moved so the content shifts by (dx, dy) pixels (drag direction)."""
        return replace(self, center_x=self.center_x - dx_px * self.resolution,
                       center_y=self.center_y + dy_px * self.resolution)

    def zoomed(self, factor: float, px: float | None = None, py: float | None = None) -> MapSettings:
        """Zoom in by ``factor`` (>1 in, <1 out), keeping the point under (px, py) fixed."""
        if px is None or py is None:
            px, py = self.width / 2.0, self.height / 2.0
        wx, wy = self.pixel_to_world(px, py)
        res = self.resolution / factor
        cx = float(wx) - (px - self.width / 2.0) * res
        cy = float(wy) + (py - self.height / 2.0) * res
        return replace(self, center_x=cx, center_y=cy, resolution=res)

    def fitted(self, bounds: tuple[float, float, float, float], margin: float = 0.05) -> MapSettings:
        """Show the display-CRS bbox whole, with a margin on each side."""
        x0, y0, x1, y1 = bounds
        w = max(x1 - x0, 1.0) * (1 + 2 * margin)
        h = max(y1 - y0, 1.0) * (1 + 2 * margin)
        res = max(w / self.width, h / self.height)
        return replace(self, center_x=(x0 + x1) / 2.0, center_y=(y0 + y1) / 2.0, resolution=res)

    def replace(self, **changes) -> MapSettings:
        return replace(self, **changes)
