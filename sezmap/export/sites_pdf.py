"""The site search's PDF: a print page of the results on the map (the project's print layout,
``static.page_layout``'s parts, with the query as its key figures), then pages listing the sites
best first and the terms of their zones. A4 landscape; text is text (searchable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPdfWriter, QPen

from sezmap.analysis.site_results import SiteResults
from sezmap.analysis.sites import SiteQuery
from sezmap.export import atomic_target, check_cancelled, check_target, project_inputs
from sezmap.export import sites_export as se
from sezmap.export.texts import Texts, arg, name_of
from sezmap.render.geometry_arrays import union_bounds
from sezmap.render.layout import PrintLayout
from sezmap.render.page import MUTED, RULE, TEXT, WRAP, Page, font, paper_page, text_height
from sezmap.render.pdf_forms import PdfForms
from sezmap.render.site_layer import SiteResultsLayer

MARGIN = 36.0  # logical units around the table pages
ROW_FONT, HEAD_FONT = 9.5, 9.5
# the table's columns: key, share of the width, right-aligned
TABLE = (("rank", 0.04, True), ("zone", 0.2, False), ("area_ha", 0.08, True), ("km_rail", 0.07, True),
         ("km_border", 0.09, True), ("km_port", 0.08, True), ("km_dry_port", 0.08, True), ("score", 0.06, True),
         ("plots", 0.2, False), ("expires", 0.1, True))


def results_scene(project, scene, results: SiteResults, language: str):
    """The export's view of the map with the results outlined (and no selection)."""
    from sezmap.export.static import export_scene, scene_for_export

    view = scene_for_export(scene if scene is not None else export_scene(project), vacant=True)
    view.language = language
    plots = view.layer("plots")
    arrays = getattr(plots, "arrays", None)
    if arrays is not None:
        view.overlays = [o for o in view.overlays if o.layer_id != "site_results"]
        view.overlays.append(SiteResultsLayer(arrays, results.all_rows()))
    return view


def map_page(project, results: SiteResults, query: SiteQuery, page: Page, language: str, as_of: dt.date,
             scene) -> PrintLayout:
    from sezmap.export.static import ZONE_MARGIN, map_extent, page_content

    texts = Texts(language)
    view = results_scene(project, scene, results, language)
    layer = view.layer("site_results")
    extent = layer.bounds() if layer is not None and len(results) else None
    if extent is not None:  # a few sites: not a map of one plot, room for their zones around
        zones = view.layer("zones")
        ids = list(dict.fromkeys(str(z) for z in results.zone_ids.tolist()))
        if zones is not None and hasattr(zones, "zone_ids"):
            for zone_id in ids[:3]:
                if zone_id in zones.zone_ids:
                    extent = union_bounds(extent, tuple(zones.arrays.bounds[zones.zone_ids.index(zone_id)]))
    content = page_content(project, None, None, as_of, language, se.word(texts, "title"), vacant=True,
                           basemap=view.layer("countries") is not None)
    content.figures = [*se.query_rows(query, texts),
                       (se.word(texts, "sites"), se.found_text(results, texts, min(len(results), se.MAX_PDF_SITES)))]
    return PrintLayout(view, page, content, map_extent(view, project, None, extent), language, margin=ZONE_MARGIN)


def column_widths(heads: list[str], head_font, width: float) -> list[float]:
    """The table's column widths (``TABLE``'s shares of ``width``), each wide enough for its
    caption's longest word (a caption wraps between words only: "Погранпереход," was cut),
    the room taken from the zone and plots columns."""
    metrics = QFontMetricsF(head_font)
    widths = [share * width for _key, share, _right in TABLE]
    need = [max((metrics.horizontalAdvance(word) for word in head.split()), default=0.0)
            + (2.0 if right else 10.0) + 4.0 for head, (_key, _share, right) in zip(heads, TABLE, strict=True)]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    flexible = [k for k, (key, _s, _r) in enumerate(TABLE) if key in ("zone", "plots")]
    spare = sum(widths[k] for k in flexible)
    out = [max(n, w) for n, w in zip(need, widths, strict=True)]
    for k in flexible:
        out[k] = widths[k] - short * widths[k] / spare
    return out


class _TablePages:
    """The sites, then the zones' terms, on as many pages as they take."""

    def __init__(self, painter: QPainter, page: Page, new_page: Callable[[], None], texts: Texts):
        self.painter, self.page, self.new_page, self.texts = painter, page, new_page, texts
        self.width = page.width - 2 * MARGIN
        self.y = MARGIN
        self.row_font, self.head_font = font(ROW_FONT), font(HEAD_FONT, bold=True)
        self.widths = [share * self.width for _key, share, _right in TABLE]

    def columns(self, heads: list[str]) -> None:
        """The columns sized for these captions, then the captions' row."""
        self.widths = column_widths(heads, self.head_font, self.width)
        self.row(heads, bold=True)

    def _room(self, height: float) -> None:
        if self.y + height > self.page.height - MARGIN:
            self.new_page()
            self.y = MARGIN

    def heading(self, text: str) -> None:
        f = font(15, bold=True)
        h = text_height(text, f, self.width)
        self._room(h + 40)
        self.painter.setFont(f)
        self.painter.setPen(TEXT)
        self.painter.drawText(QRectF(MARGIN, self.y, self.width, h + 2), WRAP, text)
        self.y += h + 8

    def paragraph(self, text: str, size: float = 9.0) -> None:
        f = font(size)
        h = text_height(text, f, self.width)
        self._room(h)
        self.painter.setFont(f)
        self.painter.setPen(MUTED)
        self.painter.drawText(QRectF(MARGIN, self.y, self.width, h + 2), WRAP, text)
        self.y += h + 6

    def row(self, cells: list[str], bold: bool = False) -> None:
        f = self.head_font if bold else self.row_font
        metrics = QFontMetricsF(f)
        h = (text_height("Ag", f, self.width) + 4) * (2 if bold else 1)
        self._room(h)
        p = self.painter
        p.setFont(f)
        p.setPen(TEXT)
        x = MARGIN
        for (_key, _share, right), w, text in zip(TABLE, self.widths, cells, strict=True):
            pad = 2.0 if right else 10.0  # (a left-aligned text after a right-aligned number)
            box = QRectF(x + pad, self.y + 1, w - pad - 2, h)
            if bold:
                p.drawText(box, int(Qt.AlignmentFlag.AlignBottom) | int(Qt.TextFlag.TextWordWrap)
                           | int(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft), text)
            else:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w - pad - 2)
                p.drawText(box, int(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft), shown)
            x += w
        self.y += h
        p.setPen(QPen(RULE, 0.8 if bold else 0.3))
        p.drawLine(QRectF(MARGIN, self.y, self.width, 0).topLeft(), QRectF(MARGIN, self.y, self.width, 0).topRight())
        self.y += 1

    def pairs(self, title: str, rows: list[tuple[str, str]]) -> None:
        label_w = self.width * 0.22
        f, bold = font(9.5), font(10.5, bold=True)
        self._room(text_height(title, bold, self.width) + 30)
        self.painter.setFont(bold)
        self.painter.setPen(TEXT)
        h = text_height(title, bold, self.width)
        self.painter.drawText(QRectF(MARGIN, self.y, self.width, h + 2), WRAP, title)
        self.y += h + 3
        for label, value in rows:
            h = max(text_height(label, f, label_w - 6), text_height(value, f, self.width - label_w))
            self._room(h)
            self.painter.setFont(f)
            self.painter.setPen(MUTED)
            self.painter.drawText(QRectF(MARGIN, self.y, label_w - 6, h + 2), WRAP, label)
            self.painter.setPen(TEXT)
            self.painter.drawText(QRectF(MARGIN + label_w, self.y, self.width - label_w, h + 2), WRAP, value)
            self.y += h + 2
        self.y += 8


def site_cells(results: SiteResults, i: int, zone_names: dict[str, str], texts: Texts) -> list[str]:
    zone_id = str(results.zone_ids[i])
    _name, terms = results.zone_info.get(zone_id, (None, {}))

    def km(key: str) -> str:
        value = float(results.km[key][i])
        return "–" if value != value else texts.number(value, 1)

    expires = terms.get("expires")
    years = terms.get("years_left")
    return [str(i + 1), zone_names.get(zone_id, zone_id), texts.number(float(results.area_ha[i]), 2),
            km("rail"), km("border"), km("port"), km("dry_port"), texts.number(float(results.score[i]), 3),
            ", ".join(results.plot_ids(i)),
            "" if expires is None else (f"{expires} ({years})" if years is not None else str(expires))]


def write_sites_pdf(project, results: SiteResults, query: SiteQuery, path: Path, language: str, as_of: dt.date,
                    scene=None, cancelled: Callable[[], bool] | None = None) -> None:
    """Write the PDF (in the page's language: see render.page_language.using_language)."""
    from sezmap.export.static import write_pdf
    from sezmap.render.date_words import date_text

    texts = Texts(language)
    page = paper_page("A4", landscape=True, dpi=150.0)
    check_target(path, project_inputs(project))
    layout = map_page(project, results, query, page, language, as_of, scene)
    shown = results.head(se.MAX_PDF_SITES)
    zone_names = {str(r["zone_id"]): name_of(r, language) or str(r["zone_id"])
                  for r in project.zones.drop(columns="geometry").to_dict("records")}
    def draw(painter: QPainter, writer: QPdfWriter, pdf: PdfForms | None) -> None:
        scale = writer.width() / page.width
        layout.draw(painter, scale, cancelled=cancelled or (lambda: False), pdf=pdf)
        check_cancelled(cancelled)
        if not len(shown):
            return
        writer.newPage()
        painter.save()
        painter.scale(scale, scale)

        def new_page() -> None:
            writer.newPage()

        pages = _TablePages(painter, page, new_page, texts)
        pages.heading(se.word(texts, "title") + " — " + se.word(texts, "sites") + ": "
                      + se.found_text(results, texts, len(shown)))
        pages.paragraph(arg(se.word(texts, "as_of"), date_text(as_of, as_of=False)) + " " + se.word(texts, "score_note"))
        heads = {"rank": "#", "zone": se.word(texts, "zone"), "area_ha": se.word(texts, "site_area"),
                 "plots": se.word(texts, "site_plots"), "expires": se.word(texts, "expires")}
        pages.columns([heads.get(key) or se.word(texts, key) for key, _s, _r in TABLE])
        for i in range(len(shown)):
            pages.row(site_cells(shown, i, zone_names, texts))
            if i % 50 == 0:
                check_cancelled(cancelled)
        pages.y += 12
        pages.heading(se.word(texts, "terms"))
        for name, rows in se.zone_terms(shown, project, texts):
            pages.pairs(name, rows)
        for note in se.notes(project, texts):
            pages.paragraph(note)
        painter.restore()

    with atomic_target(path, project) as tmp:
        write_pdf(tmp, page, layout.content.title, draw)
        check_cancelled(cancelled)
