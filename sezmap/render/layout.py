"""Print layouts: a page with a title, the map, its legend, scale bar, north arrow, a zone's key
figures, an inset of Kazakhstan and a data-sources line, drawn with the map's own renderer.

QtGui only. The same ``PrintLayout.draw`` paints the export (QImage, QPdfWriter,
QSvgGenerator) and the export dialog's small preview, so what the preview shows is what is
written. Its parts: the page and its type (``page.py``), what the page says (``layout_content.py``,
no Qt), the legend (``legend.py``), the scale bar and north arrow (``furniture.py``, the
canvas's too); here the key-figures box, the inset and the arrangement.

Boxes. Every item gets its own rectangle before anything is drawn (``PrintLayout.boxes``); the
legend and the key figures sit in a side panel (landscape) or a band under the map (portrait),
never over the map. When the panel is too small the text shrinks a little, the legend flows
into more columns, then the inset goes and, last, the legend's tail is summarised ("+ 3 more").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render import crs as crs_mod
from sezmap.render import numbers
from sezmap.render.furniture import (NorthArrow, ScaleBar, ground_metres_per_unit, north_arrow, round_denominator,
                                     scale_bar_in)
from sezmap.render.layout_content import LayoutContent
from sezmap.render.layout_trend import TrendBox, trend_height
from sezmap.render.line_chart import LineChartFrame
from sezmap.render.legend import Legend, LegendPlan, legend_entries
from sezmap.render.map_settings import INCH_M, MapSettings
from sezmap.render.page import MUTED, RULE, TEXT, WRAP, Page, font, layout_text, text_height
from sezmap.render.pdf_forms import PdfForms
from sezmap.render.renderer import render

KAZAKHSTAN_LONLAT = (46.4, 40.5, 87.4, 55.5)  # a bbox of the country, when the basemap is missing
WHOLE_COUNTRY_SHARE = 0.6  # a map showing this much of Kazakhstan's box is a map of the country
MARK = QColor("#D41159")  # the zone in the inset (the route colour: not a status colour)
NORTH_ARROW = 24.0  # its height under the map, logical units


# --- key figures ----------------------------------------------------------------------------


class FiguresBox:
    """A zone's key figures: a bar of allocated / infrastructure / unused land, then label-value rows."""

    def __init__(self, content: LayoutContent, size: float = 1.0):
        self.rows = content.figures
        self.shares = content.shares
        self.size = size
        self.label_font = font(10.5 * size)
        self.value_font = font(10.5 * size, bold=True)
        self.bar_h = 9.0 * size

    def _columns(self, width: float) -> tuple[float, float]:
        label_w = min(width * 0.46, max(QFontMetricsF(self.label_font).horizontalAdvance(lbl) for lbl, _ in self.rows) + 8)
        return label_w, width - label_w

    def height(self, width: float) -> float:
        if not self.rows:
            return 0.0
        label_w, value_w = self._columns(width)
        h = self.bar_h + 8 * self.size if self.shares else 0.0
        for label, value in self.rows:
            h += max(text_height(label, self.label_font, label_w - 6), text_height(value, self.value_font, value_w)) + 3 * self.size
        return h

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        if not self.rows:
            return
        painter.save()
        y = rect.top()
        if self.shares:
            x = rect.left()
            colours = (STATUS_COLOURS["allocated"], STATUS_COLOURS["infrastructure"], "#D9D9D9")
            for share, colour in zip(self.shares, colours, strict=True):
                w = rect.width() * max(0.0, min(1.0, float(share or 0.0)))
                painter.fillRect(QRectF(x, y, w, self.bar_h), QColor(colour))
                x += w
            painter.setPen(QPen(RULE, 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect.left(), y, rect.width(), self.bar_h))
            y += self.bar_h + 8 * self.size
        label_w, value_w = self._columns(rect.width())
        for label, value in self.rows:
            lh = text_height(label, self.label_font, label_w - 6)
            vh = text_height(value, self.value_font, value_w)
            painter.setFont(self.label_font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(rect.left(), y, label_w - 6, lh + 1), WRAP, label)
            painter.setFont(self.value_font)
            painter.setPen(TEXT)
            painter.drawText(QRectF(rect.left() + label_w, y, value_w, vh + 1), WRAP, value)
            y += max(lh, vh) + 3 * self.size
        painter.restore()




# --- the inset ------------------------------------------------------------------------------


def kazakhstan_bounds(scene) -> tuple[float, float, float, float]:
    """Kazakhstan's display bbox: the highlighted country of the basemap, else a fixed lon/lat box."""
    countries = scene.layer("countries")
    highlight = getattr(countries, "highlight", None)
    if countries is not None and highlight is not None and highlight.any():
        b = countries.arrays.bounds[highlight]
        return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])), float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))
    return crs_mod.project_bounds(scene.display_crs, KAZAKHSTAN_LONLAT)


def shows_whole_country(extent, country) -> bool:
    """Whether a map of ``extent`` shows (most of) the ``country`` box: an inset locating it
    in the country would be a small copy of the map itself."""
    ix = min(extent[2], country[2]) - max(extent[0], country[0])
    iy = min(extent[3], country[3]) - max(extent[1], country[1])
    area = (country[2] - country[0]) * (country[3] - country[1])
    return ix > 0 and iy > 0 and area > 0 and ix * iy >= WHOLE_COUNTRY_SHARE * area


def draw_inset(painter: QPainter, rect: QRectF, scene, main: MapSettings, zone_id: str | None) -> None:
    """Kazakhstan (the basemap's countries and water), every zone a dot, the mapped area in red."""
    from sezmap.render.scene import MapScene

    w, h = max(1, int(rect.width())), max(1, int(rect.height()))
    settings = MapSettings(crs=scene.display_crs, width=w, height=h, language=main.language,
                           dpi=main.dpi).fitted(kazakhstan_bounds(scene), margin=0.04)
    layers = [layer for layer in (scene.layer("countries"), scene.layer("water")) if layer is not None]
    painter.save()
    painter.setClipRect(rect)
    painter.translate(rect.topLeft())
    render(settings, painter, MapScene(layers, scene.display_crs), labels=False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    zones = scene.layer("zones")
    if zones is not None and len(zones.arrays):
        c = zones.arrays.centres
        px, py = settings.world_to_pixel(c[:, 0], c[:, 1])
        painter.setPen(QPen(QColor("white"), 0.8))
        painter.setBrush(QColor("#555555"))
        for i, (x, y) in enumerate(zip(px, py, strict=True)):
            if np.isfinite(x) and np.isfinite(y) and (zone_id is None or zones.zone_ids[i] != zone_id):
                painter.drawEllipse(QPointF(float(x), float(y)), 2.2, 2.2)
    x0, y0, x1, y1 = main.extent
    (ax, bx), (ay, by) = settings.world_to_pixel(np.array([x0, x1]), np.array([y1, y0]))
    frame = QRectF(float(ax), float(ay), float(bx - ax), float(by - ay))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    whole = frame.contains(QRectF(0, 0, w, h).adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1))
    # a map reaching past the inset on a side is framed at the inset's edge: a closed rectangle,
    # not the two sides left inside it
    frame = frame.intersected(QRectF(0, 0, w, h).adjusted(2.5, 2.5, -2.5, -2.5))
    if whole:
        pass  # the map shows (nearly) the whole country: nothing to mark
    elif frame.width() < 10 or frame.height() < 10:
        painter.setPen(QPen(QColor("white"), 3.5))
        painter.drawEllipse(frame.center(), 6.0, 6.0)
        painter.setPen(QPen(MARK, 2.0))
        painter.setBrush(QColor(212, 17, 89, 90))
        painter.drawEllipse(frame.center(), 6.0, 6.0)
    else:
        painter.setPen(QPen(QColor("white"), 3.5))
        painter.drawRect(frame)
        painter.setPen(QPen(MARK, 1.6))
        painter.drawRect(frame)
    painter.restore()
    painter.save()
    painter.setPen(QPen(RULE, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


# --- the layout -----------------------------------------------------------------------------


MARGIN = 26.0
GAP = 14.0
STRIP = 40.0  # under the map: scale bar and north arrow
SIZES = (1.0, 0.93, 0.86, 0.8, 0.74)


class PrintLayout:
    """A page of ``scene`` showing ``extent`` (display CRS), its items' boxes computed once."""

    def __init__(self, scene, page: Page, content: LayoutContent, extent, language: str = "en",
                 margin: float = 0.06, hidden_layers=frozenset()):
        self.scene = scene
        self.page = page
        self.content = content
        self.extent = extent
        self.language = language
        self.fit_margin = margin
        self.hidden_layers = frozenset(hidden_layers)
        self.boxes: dict[str, QRectF] = {}
        self.size = 1.0
        self.legend: Legend | None = None
        self.legend_plan: LegendPlan | None = None
        self.figures: FiguresBox | None = None
        self.trend: TrendBox | None = TrendBox(content.trend, language) if content.trend is not None else None
        # an inset locates the map in Kazakhstan; a map of the whole country needs none (the
        # basemap holds no wider region to show it in), and its room goes to the legend
        self.inset_choices = (False,) if shows_whole_country(extent, kazakhstan_bounds(scene)) else (True, False)
        self.title_font = font(23)
        self.subtitle_font = font(13.5)
        self.sources_font = font(9)
        # set by _arrange, below: the map frame's view, and under the map what it needs
        self.settings: MapSettings
        self.scale_bar: ScaleBar
        self.north_arrow: NorthArrow
        entries = None
        for _pass in range(3):  # the legend lists what the final map frame shows
            self._arrange(entries)
            found = legend_entries(scene, self.settings)
            if found == entries:
                break
            entries = found

    # --- arrangement ----------------------------------------------------------------------

    def _map_settings(self, box: QRectF) -> MapSettings:
        return MapSettings(crs=self.scene.display_crs, width=max(1, int(box.width())), height=max(1, int(box.height())),
                           dpi=self.page.logical_dpi, language=self.language,
                           hidden_layers=self.hidden_layers).fitted(self.extent, self.fit_margin)

    def _arrange(self, entries) -> None:
        page, c = self.page, self.content
        W, H = page.width, page.height
        inner = W - 2 * MARGIN
        boxes: dict[str, QRectF] = {}
        # header: the title wraps to two lines at most, smaller if it must
        for px in (23, 21, 19, 17, 15):
            self.title_font = font(px, bold=True)
            th = text_height(c.title, self.title_font, inner)
            if th <= 2.6 * QFontMetricsF(self.title_font).height():
                break
        boxes["title"] = QRectF(MARGIN, MARGIN, inner, th)
        y = MARGIN + th
        if c.subtitle:
            sh = text_height(c.subtitle, self.subtitle_font, inner)
            boxes["subtitle"] = QRectF(MARGIN, y + 3, inner, sh)
            y += 3 + sh
        body_top = y + 12
        sources_h = text_height(c.sources, self.sources_font, inner)
        boxes["sources"] = QRectF(MARGIN, H - MARGIN - sources_h, inner, sources_h)
        body_bottom = H - MARGIN - sources_h - 10
        body_h = max(40.0, body_bottom - body_top)
        landscape = W >= H * 1.15
        # the trend chart, when asked for: under the map (and its scale bar), as wide as the map
        trend_h = trend_height(body_h, c.zone_id is not None) if c.trend is not None else 0.0
        if entries is None:  # first pass: what the requested extent shows
            probe = MapSettings(crs=self.scene.display_crs, width=max(1, int(inner)), height=max(1, int(body_h)),
                                language=self.language, hidden_layers=self.hidden_layers).fitted(self.extent, self.fit_margin)
            entries = legend_entries(self.scene, probe)
        if landscape:
            self._arrange_side(boxes, entries, body_top, body_h, trend_h)
        else:
            self._arrange_band(boxes, entries, body_top, body_h, body_bottom, trend_h)
        self.boxes = boxes
        self.settings = self._map_settings(boxes["map"])
        self.scale_bar = scale_bar_in(boxes["scale_bar"], self.settings, 1.0, self.scale_note())
        north = boxes["north"]
        self.north_arrow = north_arrow(self.settings, QPointF(north.center().x(), north.top() + 19), NORTH_ARROW)
        self.entries = entries

    def _panel_items(self, width: float, height: float, entries, inset_ratio: float):
        """Fit key figures, legend and inset into a panel ``width`` × ``height``: shrink the text,
        then drop the inset, then summarise the legend's tail. Returns the heights used."""
        for with_inset in self.inset_choices:
            for size in SIZES:
                figures = FiguresBox(self.content, size) if self.content.figures else None
                fig_h = figures.height(width) if figures else 0.0
                heading = font(12.5 * size, bold=True)
                head_h = QFontMetricsF(heading).height() + 4
                inset_h = width * inset_ratio + head_h if with_inset else 0.0
                used = (fig_h + head_h + GAP if figures else 0.0) + (inset_h + GAP if with_inset else 0.0)
                legend = Legend(entries, size)
                plan = legend.plan(width, max(0.0, height - used - head_h))
                if plan.dropped == 0 or (not with_inset and size == SIZES[-1]):
                    return size, figures, fig_h, legend, plan, with_inset, inset_h, head_h
        raise AssertionError("unreachable")

    def _arrange_side(self, boxes, entries, top, body_h, trend_h: float = 0.0) -> None:
        W = self.page.width
        panel_w = min(360.0, max(220.0, 0.27 * W))
        map_w = W - 2 * MARGIN - GAP - panel_w
        boxes["map"] = QRectF(MARGIN, top, int(map_w), int(body_h - STRIP - trend_h))
        self._strip(boxes, boxes["map"])
        if trend_h:
            boxes["trend"] = QRectF(MARGIN, boxes["map"].bottom() + STRIP, int(map_w), trend_h)
        px = MARGIN + map_w + GAP
        size, figures, fig_h, legend, plan, with_inset, inset_h, head_h = self._panel_items(panel_w, body_h, entries, 0.62)
        self._keep(size, figures, legend, plan)
        y = top
        if figures:
            boxes["figures_heading"] = QRectF(px, y, panel_w, head_h)
            boxes["figures"] = QRectF(px, y + head_h, panel_w, fig_h)
            y += head_h + fig_h + GAP
        if plan.placed:
            boxes["legend_heading"] = QRectF(px, y, panel_w, head_h)
            boxes["legend"] = QRectF(px, y + head_h, panel_w, plan.height)
        if with_inset:
            ih = inset_h - head_h
            boxes["inset_heading"] = QRectF(px, top + body_h - inset_h, panel_w, head_h)
            boxes["inset"] = QRectF(px, top + body_h - ih, panel_w, ih)

    def _arrange_band(self, boxes, entries, top, body_h, body_bottom, trend_h: float = 0.0) -> None:
        W = self.page.width
        inner = W - 2 * MARGIN
        has_figures = bool(self.content.figures)
        cols = 3 if has_figures else 2
        widths = [0.34, 0.38, 0.28] if has_figures else [0.68, 0.32]
        usable = inner - GAP * (cols - 1)
        col_w = [usable * f for f in widths]
        cap = body_h * 0.42
        inset_w = col_w[-1]
        chosen = None
        for with_inset in self.inset_choices:
            for size in SIZES:
                heading = font(12.5 * size, bold=True)
                head_h = QFontMetricsF(heading).height() + 4
                figures = FiguresBox(self.content, size) if has_figures else None
                fig_h = figures.height(col_w[0]) + head_h if figures else 0.0
                inset_h = inset_w * 0.62 + head_h if with_inset else 0.0
                legend = Legend(entries, size)
                legend_w = col_w[1] if has_figures else (col_w[0] if with_inset else inner)
                low = max(fig_h, inset_h, 60.0)
                plan = legend.plan(legend_w, max(0.0, cap - head_h))
                if plan.dropped == 0 or (not with_inset and size == SIZES[-1]):
                    # the band no taller than its tallest item
                    band = max(low, plan.height + head_h if plan.placed else 0.0)
                    plan = legend.plan(legend_w, band - head_h)
                    chosen = (size, figures, fig_h, legend, plan, with_inset, inset_h, head_h, band, legend_w)
                    break
            if chosen:
                break
        assert chosen is not None, "the smallest size without the inset is always taken"
        size, figures, fig_h, legend, plan, with_inset, inset_h, head_h, band, legend_w = chosen
        if not with_inset and has_figures:  # the legend takes the inset's column too
            legend_w = col_w[1] + GAP + col_w[2]
            plan = legend.plan(legend_w, band - head_h)
        self._keep(size, figures, legend, plan)
        # the sources line under the inset, when it fits there: the map gets the footer's room
        sources_h = text_height(self.content.sources, self.sources_font, inset_w)
        if with_inset and band - inset_h - 8 >= sources_h:
            grow = self.page.height - MARGIN - body_bottom
            body_h += grow
            boxes["sources"] = QRectF(MARGIN + inner - inset_w, 0, inset_w, sources_h)  # (y below)
        map_h = body_h - band - STRIP - GAP - (trend_h + GAP if trend_h else 0.0)
        boxes["map"] = QRectF(MARGIN, top, int(inner), int(map_h))
        self._strip(boxes, boxes["map"])
        y = top + map_h + STRIP + GAP
        if trend_h:
            boxes["trend"] = QRectF(MARGIN, top + map_h + STRIP, int(inner), trend_h)
            y += trend_h + GAP
        x = MARGIN
        if figures:
            boxes["figures_heading"] = QRectF(x, y, col_w[0], head_h)
            boxes["figures"] = QRectF(x, y + head_h, col_w[0], fig_h - head_h)
            x += col_w[0] + GAP
        if plan.placed:
            boxes["legend_heading"] = QRectF(x, y, legend_w, head_h)
            boxes["legend"] = QRectF(x, y + head_h, legend_w, plan.height)
        if with_inset:
            ix = MARGIN + inner - inset_w
            boxes["inset_heading"] = QRectF(ix, y, inset_w, head_h)
            boxes["inset"] = QRectF(ix, y + head_h, inset_w, inset_h - head_h)
            if boxes["sources"].top() == 0:
                boxes["sources"].moveTop(y + inset_h + 8)

    def _strip(self, boxes, map_box: QRectF) -> None:
        top = map_box.bottom() + 4
        boxes["scale_bar"] = QRectF(map_box.left(), top, map_box.width() * 0.7, STRIP - 6)
        boxes["north"] = QRectF(map_box.right() - 30, top + 1, 30, STRIP - 6)

    def _keep(self, size, figures, legend, plan) -> None:
        self.size, self.figures, self.legend, self.legend_plan = size, figures, legend, plan

    def trend_frame(self) -> LineChartFrame | None:
        """The trend chart as drawn on the page (its lines' values and where they stand), if any."""
        if self.trend is None or "trend" not in self.boxes:
            return None
        return self.trend.frame(self.boxes["trend"])

    # --- drawing --------------------------------------------------------------------------

    def scale_note(self) -> str:
        """"Scale 1:N at the map centre" on paper pages; nothing on pixel pages."""
        if not self.page.paper:
            return ""
        per_unit = ground_metres_per_unit(self.settings)
        n = per_unit / (INCH_M / self.page.logical_dpi)
        return layout_text("scale").replace("%1", numbers.number(round_denominator(n)))

    def draw(self, painter: QPainter, scale: float | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] = lambda: False, pdf: PdfForms | None = None) -> dict:
        """Paint the page; the painter's device is ``scale`` (default ``page.scale``) pixels per
        logical unit; ``pdf``: on a PDF, where the map's large fills go (render.pdf_forms).
        Returns the map render's stats."""
        scale = self.page.scale if scale is None else scale
        b = self.boxes
        c = self.content
        painter.save()
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, self.page.width, self.page.height), QColor("white"))
        # the map, clipped to its frame
        box = b["map"]
        painter.save()
        painter.setClipRect(box)
        painter.translate(box.topLeft())
        stats = render(self.settings, painter, self.scene, cancelled, progress=progress, pdf=pdf)
        painter.restore()
        if cancelled():
            painter.restore()
            return stats
        painter.save()
        painter.setPen(QPen(RULE, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.restore()
        # header and footer
        painter.setPen(TEXT)
        painter.setFont(self.title_font)
        painter.drawText(b["title"].adjusted(0, 0, 0, 2), WRAP, c.title)
        if "subtitle" in b:
            painter.setFont(self.subtitle_font)
            painter.setPen(MUTED)
            painter.drawText(b["subtitle"].adjusted(0, 0, 0, 2), WRAP, c.subtitle)
        painter.setFont(self.sources_font)
        painter.setPen(MUTED)
        painter.drawText(b["sources"].adjusted(0, 0, 0, 2), WRAP, c.sources)
        # under the map
        self.scale_bar.draw(painter)
        self.north_arrow.draw(painter)
        # the panel
        heading = font(12.5 * self.size, bold=True)
        for key, text in (("figures_heading", layout_text("figures")), ("legend_heading", layout_text("legend")),
                          ("inset_heading", layout_text("inset"))):
            if key in b:
                painter.setFont(heading)
                painter.setPen(TEXT)
                painter.drawText(b[key], int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        if "figures" in b and self.figures is not None:
            self.figures.draw(painter, b["figures"])
        if "legend" in b and self.legend is not None and self.legend_plan is not None:
            self.legend.draw(painter, b["legend"].topLeft(), self.legend_plan)
        if "inset" in b:
            draw_inset(painter, b["inset"], self.scene, self.settings, c.zone_id)
        if "trend" in b and self.trend is not None:
            self.trend.draw(painter, b["trend"])
        painter.restore()
        if progress:
            progress(1, 1)
        return stats
