"""An optional online basemap: XYZ tiles (e.g. OpenStreetMap), cached on disk, warped to the map.

Tiles are Web Mercator; the map is drawn in the display CRS, so for each view the
layer picks a zoom level matching the map resolution, gathers the tiles (disk cache
first, then the network with a short timeout), mosaics them and warps the mosaic
to the view with rasterio. When the server cannot be reached the layer draws
nothing for a while (the offline basemap below shows through) and says so once in
``status`` (kept as its source, ``status_source``, which the app's status bar says in the
language switched to); it never raises into the renderer.
"""

from __future__ import annotations

import math
import threading
import time
import urllib.request
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QImage

from sezmap.render import crs as crs_mod
from sezmap.render.layers import MapLayer, RenderContext

ORIGIN = 20037508.342789244  # half the Web Mercator world, metres
TILE = 256
MAX_TILES = 64
RETRY_AFTER_S = 60.0
USER_AGENT = "sezmap/0.1 (desktop GIS; tile cache on disk)"
UNAVAILABLE = str(QT_TRANSLATE_NOOP("sezmap", "Online tiles unavailable (%1); showing the offline basemap"))
NOT_DRAWN = str(QT_TRANSLATE_NOOP("sezmap", "Online tiles not drawn: %1"))


def tile_range(lon0: float, lat0: float, lon1: float, lat1: float, z: int):
    """Tile columns and rows (inclusive) covering a lon/lat bbox at zoom z."""
    n = 2 ** z

    def col(lon):
        return int(np.clip(math.floor((lon + 180.0) / 360.0 * n), 0, n - 1))

    def row(lat):
        lat = max(min(lat, 85.0511), -85.0511)
        r = math.radians(lat)
        return int(np.clip(math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n), 0, n - 1))

    return col(lon0), row(lat1), col(lon1), row(lat0)


def zoom_for(resolution_m: float, lat: float) -> int:
    """The zoom whose tile pixels are closest to (not coarser than) the map resolution."""
    ground = 2 * ORIGIN / TILE * math.cos(math.radians(lat))
    return int(np.clip(math.ceil(math.log2(max(ground / max(resolution_m, 1e-6), 1.0))), 0, 19))


class XyzTileLayer(MapLayer):
    layer_id = "tiles"

    def __init__(self, url_template: str, cache_dir: str | Path, timeout_s: float = 3.0,
                 attribution: str = ""):
        super().__init__()
        self.url_template = url_template
        self.cache_dir = Path(cache_dir)
        self.timeout_s = timeout_s
        self.attribution = attribution
        self.offline_until = 0.0
        # for the status bar: (source text of context "sezmap", its %1), said in the UI language, not a page's
        self.status_source: tuple[str, str] | None = None
        self._lock = threading.Lock()

    @property
    def status(self) -> str:
        """What the status bar says about the tiles, in the UI language ("": nothing)."""
        source = self.status_source
        return QCoreApplication.translate("sezmap", source[0]).replace("%1", source[1]) if source else ""

    @property
    def title(self) -> str:
        from sezmap.render.names import layer_title

        return layer_title("tiles")

    # --- tiles --------------------------------------------------------------------------------

    def cache_path(self, z: int, x: int, y: int) -> Path:
        return self.cache_dir / str(z) / str(x) / f"{y}.png"

    def tile(self, z: int, x: int, y: int) -> QImage | None:
        path = self.cache_path(z, x, y)
        if path.exists():
            image = QImage(str(path))
            if not image.isNull():
                return image
        if time.monotonic() < self.offline_until:
            return None
        url = self.url_template.format(z=z, x=x, y=y, s="a")
        try:
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                data = response.read()
        except Exception as exc:  # offline, refused, timeout, HTTP error: fall back quietly
            with self._lock:
                self.offline_until = time.monotonic() + RETRY_AFTER_S
                self.status_source = (UNAVAILABLE, type(exc).__name__)
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        self.status_source = None
        return image

    # --- drawing ------------------------------------------------------------------------------

    def draw(self, ctx: RenderContext) -> None:
        try:
            self._draw(ctx)
        except Exception as exc:  # never break the map for a basemap
            self.status_source = (NOT_DRAWN, str(exc))

    def _draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        lon0, lat0, lon1, lat1 = lonlat_bounds(s)
        z = zoom_for(s.resolution, (lat0 + lat1) / 2)
        while True:
            x0, y0, x1, y1 = tile_range(lon0, lat0, lon1, lat1, z)
            if (x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_TILES or z == 0:
                break
            z -= 1
        mosaic = np.zeros(((y1 - y0 + 1) * TILE, (x1 - x0 + 1) * TILE, 4), np.uint8)
        found = 0
        for ty in range(y0, y1 + 1):
            for tx in range(x0, x1 + 1):
                if ctx.cancelled():
                    return
                image = self.tile(z, tx, ty)
                if image is None:
                    continue
                rgba = image.convertToFormat(QImage.Format.Format_RGBA8888).scaled(TILE, TILE)
                arr = np.frombuffer(rgba.constBits(), np.uint8).reshape(TILE, rgba.bytesPerLine() // 4, 4)
                mosaic[(ty - y0) * TILE:(ty - y0 + 1) * TILE, (tx - x0) * TILE:(tx - x0 + 1) * TILE] = arr[:, :TILE]
                found += 1
        if found == 0:
            return
        size = 2 * ORIGIN / 2 ** z
        bounds = (-ORIGIN + x0 * size, ORIGIN - (y1 + 1) * size, -ORIGIN + (x1 + 1) * size, ORIGIN - y0 * size)
        warped = warp_to_view(mosaic, bounds, s)
        image = QImage(warped.data, s.width, s.height, 4 * s.width, QImage.Format.Format_RGBA8888)
        ctx.painter.drawImage(QRectF(0, 0, s.width, s.height), image)
        del image

    def legend_items(self, language: str = "en"):
        return [(self.attribution or self.url_template, "raster", None)]


def lonlat_bounds(settings) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = settings.extent
    t = np.linspace(0, 1, 16)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(16, x1), x0 + (x1 - x0) * t, np.full(16, x0)])
    ys = np.concatenate([np.full(16, y0), y0 + (y1 - y0) * t, np.full(16, y1), y0 + (y1 - y0) * t])
    lon, lat = crs_mod.inverse(settings.crs, xs, ys)
    ok = np.isfinite(lon) & np.isfinite(lat)
    return float(lon[ok].min()), float(max(lat[ok].min(), -85)), float(lon[ok].max()), float(min(lat[ok].max(), 85))


def warp_to_view(mosaic: np.ndarray, bounds, settings) -> np.ndarray:
    """Warp a Web Mercator RGBA mosaic onto the view's pixel grid (RGBA, transparent outside)."""
    from affine import Affine
    from rasterio.crs import CRS
    from rasterio.enums import Resampling
    from rasterio.warp import reproject

    h, w = mosaic.shape[:2]
    bx0, by0, bx1, by1 = bounds
    src_transform = Affine((bx1 - bx0) / w, 0, bx0, 0, -(by1 - by0) / h, by1)
    x0, _y0, _x1, y1 = settings.extent
    dst_transform = Affine(settings.resolution, 0, x0, 0, -settings.resolution, y1)
    out = np.zeros((4, settings.height, settings.width), np.uint8)
    reproject(np.ascontiguousarray(mosaic.transpose(2, 0, 1)), out, src_transform=src_transform,
              src_crs=CRS.from_epsg(3857), dst_transform=dst_transform, dst_crs=CRS.from_user_input(settings.crs),
              resampling=Resampling.bilinear, src_nodata=None)
    return np.ascontiguousarray(out.transpose(1, 2, 0))
