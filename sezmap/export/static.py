"""Pages (PNG, SVG, PDF) and the georeferenced map image (GeoTIFF), drawn by sezmap.render.

A page is a ``sezmap.render.layout.PrintLayout`` painted on a QImage, a QSvgGenerator or a
QPdfWriter: the same boxes and the same drawing on every device, only the device scale differs.
SVG and PDF keep the map's vectors and write the page's texts as text (``drawText``): an SVG
holds <text> elements, a PDF's text is searchable (Qt embeds the DejaVu subsets it used).
The SVG is SVG 1.1, not Qt's default SVG Tiny 1.2, which has no clip paths: only so does the map
stay in its frame and the inset in its box in every reader (librsvg, browsers), as on the PDF.
"""

from __future__ import annotations

import contextvars
import copy
import datetime as dt
import logging
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from sezmap import paths
from sezmap.export import check_cancelled
from sezmap.export.kpis import feature_names, key_figures
from sezmap.formats.untrusted import terminal_text, xml_text
from sezmap.model.statuses import STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render import names, page_language
from sezmap.render.layers import PlotsLayer, ZonesLayer
from sezmap.render.layout import PrintLayout
from sezmap.render.date_words import date_text
from sezmap.render.layout_content import LayoutContent, layout_content
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import Page
from sezmap.render.pdf_forms import PdfForms, PdfFormsLost
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene, build_scene

log = logging.getLogger(__name__)

ZONE_MARGIN = 0.06  # room around a zone in its map frame (each side, of the zone's size)


def export_scene(project, basemap: bool = True) -> MapScene:
    """The map scene of a project with the bundled basemap (when present), in the display CRS."""
    path = paths.basemap_path() if basemap else None
    return build_scene(project, path if path is not None and Path(path).exists() else None)


def engine_and_scene(project, engine: Callable[[], object], basemap: bool = True) -> tuple[object, MapScene]:
    """(``engine()``, ``export_scene(project, basemap)``) made at once: the analysis on a worker
    thread while the map's scene is built here (neither needs the other; the analysis's own
    workers and PROJ release the GIL). For the largest zone of a 1M-plot project the scene's
    0.3-0.4 s ran on one core after the analysis; now beside it."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-export-analysis") as pool:
        analysed = pool.submit(contextvars.copy_context().run, engine)  # (the page's language too)
        scene = export_scene(project, basemap)
        return analysed.result(), scene


def scene_for_export(scene: MapScene, vacant: bool = False) -> MapScene:
    """A view of ``scene`` for an export: the same layers (their arrays shared, not copied)
    without the selection highlight; with ``vacant``, plots other than vacant ones hidden."""
    layers = []
    for layer in scene.layers:
        if vacant and isinstance(layer, PlotsLayer):
            layer = copy.copy(layer)
            layer.hidden_statuses = set(STATUSES) - {"vacant"}
        layers.append(layer)
    out = MapScene(layers, scene.display_crs)
    out.overlays = [o for o in scene.overlays if o.layer_id != "selection"]
    out.language = scene.language
    return out


def zone_extent(scene: MapScene, project, zone_id: str):
    """The display bbox of a zone (its projected outline; the lon/lat box when it is not drawn)."""
    zones = scene.layer("zones")
    if isinstance(zones, ZonesLayer) and zone_id in zones.zone_ids:
        b = zones.arrays.bounds[zones.zone_ids.index(zone_id)]
        if not np.isnan(b[0]):
            return tuple(float(v) for v in b)
    geom = project.zones.geometry[project.zones["zone_id"] == zone_id].iloc[0]
    return crs_mod.project_bounds(scene.display_crs, geom.bounds)


def map_extent(scene: MapScene, project, zone: str | None = None, extent=None):
    """What the map shows: ``extent`` if given, else the zone, else the whole project."""
    if extent is not None:
        return tuple(float(v) for v in extent)
    if zone is not None:
        return zone_extent(scene, project, zone)
    bounds = scene.full_bounds()
    if bounds is None:
        return crs_mod.project_bounds(scene.display_crs, (46.4, 40.5, 87.4, 55.5))
    return bounds


def page_layout(project, page: Page, *, zone: str | None = None, title: str | None = None,
                language: str = "en", as_of: dt.date | None = None, engine=None, scene=None,
                extent=None, vacant: bool = False, basemap: bool = True, trend: str | None = None,
                trends=None) -> PrintLayout:
    """The print layout of a page (translated in the page's language: see render.page_language).
    ``trend`` ("monthly" or "quarterly"): the page includes the land use over time, ``trends``
    (a ``sezmap.session.zone_trends.ZoneTrends``; None: a note that it is rebuilt when the file is
    written, as in the export dialog's preview)."""
    base = scene if scene is not None else export_scene(project, basemap)
    view = scene_for_export(base, vacant)
    view.language = language
    if as_of is None:
        as_of = engine.as_of if engine is not None else dt.date.today()
    metrics = engine.metrics.get(zone) if engine is not None and zone is not None else None
    has_basemap = view.layer("countries") is not None
    content = page_content(project, zone, metrics, as_of, language, title, vacant, has_basemap)
    if trend is not None:
        content.trend = trend_chart(project, zone, trends, as_of, language)
    return PrintLayout(view, page, content, map_extent(view, project, zone, extent), language,
                       margin=ZONE_MARGIN)


def page_content(project, zone: str | None, metrics, as_of: dt.date | None, language: str,
                 title: str | None = None, vacant: bool = False, basemap: bool = True) -> LayoutContent:
    """What the page says: the zone's name and key figures (``kpis.key_figures``, as the
    dashboard, web map and slides show them), translated in the current language."""
    zone_name = ""
    if zone is not None:
        rows = project.zones[project.zones["zone_id"] == zone]
        zone_name = names.feature_name(rows.iloc[0].to_dict(), language) if len(rows) else zone
    figures, shares = [], None
    if metrics is not None:
        figures = key_figures(metrics, language, feature_names(project, language)).rows()
        shares = (metrics.allocated_ratio, metrics.infrastructure_ratio, metrics.unused_ratio)
    return layout_content(project.meta, zone, zone_name, figures=figures, shares=shares,
                          as_of_text=date_text(as_of) if as_of is not None else "", title=title,
                          vacant=vacant, basemap=basemap, translate=page_language.translate,
                          language=language)


def trend_chart(project, zone: str | None, trends, as_of: dt.date, language: str):
    """The page's chart of land use over time (sezmap.export.trend_content), in the current language."""
    from sezmap.export.trend_content import trend_content

    zone_names = {str(r["zone_id"]): names.feature_name(r, language)
                  for r in project.zones.drop(columns="geometry").to_dict("records")}
    return trend_content(trends, zone, zone_names, date_text(as_of), page_language.translate, language)


def page_image(layout: PrintLayout, progress=None, cancelled: Callable[[], bool] = lambda: False,
               scale: float | None = None) -> QImage:
    """The page as an image (``scale``: device pixels per logical unit; default the page's)."""
    page = layout.page if scale is None else layout.page.with_scale(scale)
    w, h = page.device_size
    image = QImage(w, h, QImage.Format.Format_RGB32)
    dots_per_metre = int(round(page.dpi / 0.0254))
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        layout.draw(painter, page.scale, progress, cancelled)
    finally:
        painter.end()
    return image


def _well_formed_svg(path: Path) -> None:
    """Qt's SVG writer copies control characters of the texts (a zone's name, the title) into
    the file, which XML forbids: they become U+FFFD (sezmap.formats.untrusted.xml_text)."""
    text = path.read_text(encoding="utf-8")
    clean = xml_text(text)
    if clean != text:
        path.write_text(clean, encoding="utf-8")


def pdf_writer(path: Path, page: Page, title: str) -> QPdfWriter:
    """A PDF writer whose pages are ``page``'s size (its paper, or its pixels at 96 to the inch)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(int(round(page.dpi)))
    writer.setCreator("sezmap")
    writer.setTitle(title)
    if page.paper:
        size = QPageSize(QPageSize.PageSizeId.A4 if page.paper == "A4" else QPageSize.PageSizeId.A3)
    else:  # a pixel page: 96 px to the inch
        w, h = page.device_size
        size = QPageSize(QSizeF(w * 72.0 / 96.0, h * 72.0 / 96.0), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if page.landscape and page.paper else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    return writer


def write_pdf(path: Path, page: Page, title: str,
              draw: Callable[[QPainter, QPdfWriter, PdfForms | None], None]) -> None:
    """Write a PDF of ``page``'s size: ``draw(painter, writer, forms)`` paints it (``writer``
    for further pages), handing the map's large fills to ``forms`` (render.pdf_forms), which
    are put into the file once Qt has written it. Should that fail (the file is not as Qt 6.11
    writes it), the pages are drawn again with Qt writing every fill."""
    for forms in (PdfForms(), None):
        writer = pdf_writer(path, page, title)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"{path}: cannot open the PDF for writing")
        try:
            draw(painter, writer, forms)
        finally:
            painter.end()
        del writer  # (the file is complete once its writer is gone)
        if forms is None:
            return
        try:
            forms.attach(path)
            return
        except PdfFormsLost as exc:
            log.warning("%s; the page is drawn again without forms", exc)


def write_page(layout: PrintLayout, path: Path, fmt: str, progress=None,
               cancelled: Callable[[], bool] = lambda: False) -> None:
    """Write the page to ``path`` as PNG, SVG or PDF (``fmt`` is the extension)."""
    name = str(path)
    page = layout.page
    if fmt == ".png":
        image = page_image(layout, progress, cancelled)
        check_cancelled(cancelled)
        if not image.save(name):  # PNG, by the name's extension
            raise OSError(f"{path}: the PNG writer failed")
        return
    if fmt == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        w, h = page.device_size
        gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # clip paths (Tiny 1.2 drops the clipping)
        gen.setFileName(name)
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setResolution(int(round(page.dpi)))  # text is placed right only at the painter's DPI
        gen.setTitle(layout.content.title)
        gen.setDescription(layout.content.sources)
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(f"{path}: cannot open the SVG for writing")
        try:
            layout.draw(painter, page.scale, progress, cancelled)
        finally:
            painter.end()
        check_cancelled(cancelled)
        _well_formed_svg(Path(path))
        return
    if fmt == ".pdf":
        def draw(painter: QPainter, writer: QPdfWriter, pdf: PdfForms | None) -> None:
            # the device's own size: the page scaled to fill it exactly
            layout.draw(painter, writer.width() / page.width, progress, cancelled, pdf=pdf)

        write_pdf(path, page, layout.content.title, draw)
        check_cancelled(cancelled)
        return
    raise ValueError(fmt)


# --- GeoTIFF --------------------------------------------------------------------------------


def geotiff_settings(scene: MapScene, page: Page, extent, language: str = "en") -> tuple[MapSettings, float, int, int]:
    """The map settings (logical units) of a GeoTIFF of ``page``'s device size showing ``extent``,
    the device pixels per logical unit (the same across and down: square pixels), and the
    device size. The logical height is rounded up: its last fraction of a row is cut off."""
    w, h = page.device_size
    lw = max(1, int(round(w / page.scale)))
    scale = w / lw
    lh = max(1, int(math.ceil(h / scale - 1e-9)))
    settings = MapSettings(crs=scene.display_crs, width=lw, height=lh, language=language,
                           dpi=page.logical_dpi).fitted(extent, ZONE_MARGIN)
    return settings, scale, w, h


def geotiff_transform(settings: MapSettings, scale: float):
    """The affine transform of the image: its top left is the view's, a pixel is 1/scale logical units."""
    from affine import Affine

    x0, _y0, _x1, y1 = settings.extent
    size = settings.resolution / scale
    return Affine(size, 0.0, x0, 0.0, -size, y1)


def write_geotiff(project, path: Path, page: Page, *, zone: str | None = None, language: str = "en",
                  scene=None, extent=None, vacant: bool = False, basemap: bool = True, progress=None,
                  cancelled: Callable[[], bool] = lambda: False, as_of: dt.date | None = None) -> MapSettings:
    """The map alone (no page furniture) as an RGB GeoTIFF in the display CRS; returns its
    settings. ``as_of``, the date of the plot statuses shown, is in its tags (SEZMAP_AS_OF,
    TIFFTAG_DATETIME) and its description."""
    import rasterio
    from rasterio.crs import CRS
    from rasterio.enums import ColorInterp, Resampling

    base = scene if scene is not None else export_scene(project, basemap)
    view = scene_for_export(base, vacant)
    view.language = language
    settings, scale, w, h = geotiff_settings(view, page, map_extent(view, project, zone, extent), language)
    image = QImage(w, h, QImage.Format.Format_RGBA8888)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        render(settings, painter, view, cancelled, progress=progress)
    finally:
        painter.end()
    check_cancelled(cancelled)
    rgba = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rgba = rgba.reshape(h, image.bytesPerLine())[:, : 4 * w].reshape(h, w, 4)
    bands = np.ascontiguousarray(np.moveaxis(rgba[:, :, :3], 2, 0))
    profile = dict(driver="GTiff", width=w, height=h, count=3, dtype="uint8",
                   crs=CRS.from_user_input(settings.crs), transform=geotiff_transform(settings, scale),
                   photometric="RGB", compress="deflate", tiled=True, blockxsize=256, blockysize=256,
                   interleave="pixel")
    with rasterio.open(str(path), "w", **profile) as dst:
        dst.write(bands)
        dst.colorinterp = [ColorInterp.red, ColorInterp.green, ColorInterp.blue]
        day = as_of or dt.date.today()
        description = f"{project.title or 'sezmap map'}; plot status as of {day.isoformat()}"
        dst.update_tags(TIFFTAG_SOFTWARE="sezmap", TIFFTAG_IMAGEDESCRIPTION=terminal_text(description),
                        TIFFTAG_DATETIME=day.strftime("%Y:%m:%d 00:00:00"), SEZMAP_AS_OF=day.isoformat())
        factors = [f for f in (2, 4, 8, 16) if min(w, h) // f >= 256]
        if factors:
            dst.build_overviews(factors, Resampling.average)
    return settings
