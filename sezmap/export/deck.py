"""The slide deck (PowerPoint, through python-pptx).

    export_pptx(project, engine, "sez.pptx")                      # every zone
    export_pptx(project, engine, "khorgos.pptx", zones=["khorgos_eastern_gate"], language="ru")

Slides, 16:9: a title slide (with a map of all zones); one slide per zone: its map, drawn by
the same renderer as the canvas (render_image fitted on the zone, with scale bar and north
arrow), its key figures as a table and its land by plot status; a slide comparing all zones by
unused land (a native bar chart, editable in PowerPoint); the sources on the last slide
(seeds/SOURCES.md's documents, the basemap's credits, and the data labelled schematic or
illustrative where it is).

The map pictures need a QGuiApplication: one is made (offscreen) when none exists.
``progress(done, total)`` is called once per slide; when ``cancelled()`` says so the export
stops (ExportCancelled) and nothing is left at ``out_path``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path
from collections.abc import Callable

import numpy as np

from sezmap.export import check_cancelled, project_inputs, report
from sezmap.export.kpis import feature_names, key_figures
from sezmap.export.texts import Texts, arg, name_of
from sezmap.formats.atomic import atomic_output
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_COLOURS, STATUS_LABELS_EN, STATUSES
from sezmap.render.layout_content import CONTEXT as LAYOUT_CONTEXT
from sezmap.render.layout_content import TEXTS as LAYOUT_TEXTS
from sezmap.render.layout_content import contact_line, data_notes, meta_text
from sezmap.render.date_words import date_text
from sezmap.render.names import text_in

from sezmap.export.slide_layout import (
    CHART_PT,
    FIGURES_PT,
    FOOTER_PT,
    HEADING_PT,
    SLIDE_H_IN,
    SLIDE_W_IN,
    SWATCH_IN,
    legend_height,
    legend_rows,
    chars_per_line,
    title_size,
)

MAP_BOX_IN = (0.45, 1.35, 5.7, 4.2)  # left, top, width, most height of a zone's map (its status legend below)
FIGURES_SHARE = 0.4  # of the right column: the figures' labels (the values take the rest)
MAP_DPI = 96  # the map's logical pixels per inch on the slide: its labels and scale bar read at slide size
MAP_DPR = 1.5  # device pixels per logical pixel: 144 px per inch, a full-HD projector's density
SUBTITLE_EM = 0.62  # a subtitle's average letter (Cyrillic is wide), of its size: it is cut to one line
OVERVIEW_BOX_IN = (6.6, 1.2, 6.3, 5.3)
TITLE_COLOUR = "1B1B1B"
MUTED = "5B6770"
UNUSED_BAR = "5B6770"

_app = None  # the QGuiApplication made here, kept alive


def _gui_app():
    """The running Qt application, or a new offscreen QGuiApplication."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = app = QGuiApplication(["sezmap-export", "-platform", os.environ["QT_QPA_PLATFORM"]])
    return app


def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


PERCENT_FORMAT = '0"\u00a0%"'  # a share's axis label: "40 %", a no-break space before the sign


def percent_axis(axis) -> None:
    """A chart's value ``axis`` as the deck shows every share: 0 to 100 %, gridlines, labels in
    the chart's size."""
    from pptx.util import Pt

    axis.minimum_scale = 0
    axis.maximum_scale = 100
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = PERCENT_FORMAT
    axis.tick_labels.number_format_is_linked = False
    axis.tick_labels.font.size = Pt(CHART_PT)


# --- map pictures -----------------------------------------------------------------------------


def _scene(project, language: str):
    from sezmap import paths
    from sezmap.render.scene import build_scene

    basemap = paths.basemap_path()
    scene = build_scene(project, basemap if Path(basemap).exists() else None)
    scene.language = language
    return scene


def _zone_bounds(scene, zone_id: str):
    zones = scene.layer("zones")
    if zones is None or zone_id not in zones.zone_ids:
        return None
    b = zones.arrays.bounds[zones.zone_ids.index(zone_id)]
    return None if np.isnan(b).any() else tuple(float(v) for v in b)


def map_png(scene, bounds, width: int, height: int, language: str, margin: float = 0.06,
            device_pixel_ratio: float = MAP_DPR) -> bytes:
    """The map of ``bounds`` (display CRS) as PNG bytes, with scale bar and north arrow:
    ``width`` x ``height`` logical pixels, times ``device_pixel_ratio`` in the picture."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter, QPainter

    from sezmap.render.furniture import draw_furniture
    from sezmap.render.map_settings import MapSettings
    from sezmap.render.renderer import render_image

    settings = MapSettings(width=width, height=height, crs=scene.display_crs, language=language,
                           device_pixel_ratio=device_pixel_ratio)
    settings = settings.fitted(bounds, margin=margin)
    image, _stats = render_image(settings, scene, furniture=True)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_furniture(painter, settings)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError("the PNG writer failed")
    buffer.close()
    return bytes(data.data())


# --- slide pieces -----------------------------------------------------------------------------


def _text_box(slide, left, top, width, height, text, size=14, bold=False, colour=TITLE_COLOUR,
              align=None, wrap=True, space_after=None):
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = wrap
    lines = text if isinstance(text, list) else [text]
    for k, line in enumerate(lines):
        para = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
        if align is not None:
            para.alignment = align
        if space_after is not None:
            para.space_after = Pt(space_after)
    return box


def _title(slide, text: str, subtitle: str | None = None) -> None:
    """The title on one line (smaller when long), the subtitle cut to one line under it."""
    width = SLIDE_W_IN - 0.9
    _text_box(slide, 0.45, 0.3, width, 0.65, text, size=title_size(text, width), bold=True)
    if subtitle:
        subtitle = _shorten(subtitle, chars_per_line(width, HEADING_PT, SUBTITLE_EM))
        _text_box(slide, 0.45, 0.85, width, 0.45, subtitle, size=HEADING_PT, colour=MUTED)


def _footer(slide, text: str) -> None:
    _text_box(slide, 0.45, SLIDE_H_IN - 0.5, SLIDE_W_IN - 0.9, 0.35, text, size=FOOTER_PT, colour=MUTED)


def _table(slide, rows, left, top, width, col_widths, size=FIGURES_PT, header=None):
    from pptx.util import Inches, Pt

    from sezmap.export.slide_layout import CELL_MARGIN_IN, row_height

    n = len(rows) + (1 if header else 0)
    all_rows = ([header] if header else []) + list(rows)
    heights = [row_height((str(a), str(b)), tuple(col_widths), size) for a, b in all_rows]
    shape = slide.shapes.add_table(n, 2, Inches(left), Inches(top), Inches(width), Inches(sum(heights)))
    table = shape.table
    for c, w in enumerate(col_widths):
        table.columns[c].width = Inches(w)
    for r, (label, value) in enumerate(all_rows):
        table.rows[r].height = Inches(heights[r])
        for c, text in enumerate((label, value)):
            cell = table.cell(r, c)
            cell.margin_top = cell.margin_bottom = Inches(CELL_MARGIN_IN[1])
            cell.margin_left = cell.margin_right = Inches(CELL_MARGIN_IN[0])
            frame = cell.text_frame
            frame.word_wrap = True
            para = frame.paragraphs[0]
            para.text = ""
            run = para.add_run()
            run.text = str(text)
            run.font.size = Pt(size)
            is_header = header is not None and r == 0
            run.font.bold = is_header or c == 1
            run.font.color.rgb = _rgb("FFFFFF" if is_header else TITLE_COLOUR)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb("3C4650" if is_header else ("F2F4F5" if r % 2 else "FFFFFF"))
    return shape


def status_entries(metrics, texts: Texts, statuses=STATUSES) -> list[tuple[str, str]]:
    """(status, "Status: N ha") for the ``statuses`` with land in the zone, in palette order."""
    areas = getattr(metrics, "status_area_ha", {}) or {}
    return [(s, texts.translate("sezmap", STATUS_LABELS_EN[s]) + f": {texts.hectares(areas[s], 0)}")
            for s in STATUSES if s in statuses and (areas.get(s) or 0.0) > 0.0]


def _status_legend(slide, entries, texts: Texts, left: float, top: float, width: float) -> None:
    """Swatches of the statuses in the zone, each with its land (ha), two columns
    (sezmap.export.slide_layout.legend_rows places them)."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    _text_box(slide, left, top, width, 0.35, texts.translate("ZoneDashboard", "Land by plot status"),
              size=HEADING_PT, bold=True)
    for (status, label), spot in zip(entries, legend_rows([text for _s, text in entries], width), strict=True):
        x, y = left + spot.left, top + spot.top
        swatch = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y + 0.06),
                                        Inches(SWATCH_IN[0]), Inches(SWATCH_IN[1]))
        swatch.fill.solid()
        swatch.fill.fore_color.rgb = _rgb(STATUS_COLOURS[status])
        swatch.line.color.rgb = _rgb("505050")
        swatch.line.width = Pt(0.5)
        box = _text_box(slide, x + SWATCH_IN[0] + 0.08, y + 0.02, spot.width, spot.height, label, size=FIGURES_PT,
                        align=PP_ALIGN.LEFT)
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0


def sources_summary(path: Path | None = None) -> list[str]:
    """One line per document of seeds/SOURCES.md's table (or of ``path``): outlet — title (date)."""
    from sezmap import paths

    path = path or paths.seeds_dir() / "SOURCES.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    out = []
    section = re.search(r"^## The five documents\s*$(.*?)(?=^## )", text, flags=re.MULTILINE | re.DOTALL)
    body = section.group(1) if section else text
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("`"):
            continue
        outlet, title, date = cells[1], cells[2], _date_text(cells[3])
        outlet = re.sub(r"\s*\(.*?\)", "", outlet).split(";")[0].strip()
        title = re.sub(r"^\[no title in text\]\s*", "", title).strip("«»\" ")
        out.append(f"{outlet} — {title}" + (f" ({date})" if date else ""))
    return out


def _date_text(text: str) -> str:
    """The date in a SOURCES.md cell: an ISO date, else a day month year, else the year."""
    for pattern in (r"\d{4}-\d{2}-\d{2}", r"\b\d{1,2} [A-Za-z]+ \d{4}\b", r"\b(?:19|20)\d{2}\b"):
        found = re.search(pattern, text)
        if found:
            return found.group(0)
    return ""


def _short(name: str) -> str:
    """A hub's or corridor's name without its parenthesised part ("Khorgos border crossing")."""
    from sezmap.render.label_texts import short_name

    return short_name(name) or name


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;·(")
    return cut + "…"


# --- the deck ---------------------------------------------------------------------------------


def _trend_slides(slide_deck):
    """A function adding a slide of land use over time to ``slide_deck``: a zone's (its name as
    the subtitle) or, for zone None, every zone's compared."""
    from sezmap.export.deck_trend import trend_slide
    from sezmap.export.trend_content import trend_content

    def add(project, trends, zone_id, language, texts: Texts, as_of, zone_name, footer) -> None:  # (in the language)
        zone_names = {str(r["zone_id"]): name_of(r, language) or str(r["zone_id"])
                      for r in project.zones.drop(columns="geometry").to_dict("records")}
        content = trend_content(trends, zone_id, zone_names, date_text(as_of), texts.translate, language)
        trend_slide(slide_deck, content, texts, zone_name, footer)

    return add



def export_pptx(project, engine, out_path, *, zones=None, title=None, language="en", as_of=None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, scene=None, trend: str | None = None,
                trends=None, vacant: bool = False) -> Path:
    """Write the slide deck to ``out_path``; returns it. ``zones``: zone ids for a slide each
    (default: every zone, in the project's order); ``as_of``: the figures' date (default: the
    engine's; another date analyses the project again for it); ``scene``: a map scene to draw
    (the app's; default: built from the project with the bundled basemap). DataError for an
    unknown zone or an unwritable path; ExportCancelled when ``cancelled()`` says so. ``trend``
    ("monthly" or "quarterly") with ``trends`` (its figures, a ``ZoneTrends``): a slide of land
    use over time after each zone's, and every zone's after the comparison (deck_trend.py).
    ``vacant`` (investor mode): the maps show the vacant plots only, each zone's legend the
    vacant land, and the title slide says so and whom to contact."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
    from pptx.util import Inches, Pt

    texts = Texts(language)
    all_ids = [str(z) for z in project.zones["zone_id"]]
    chosen = all_ids if zones is None else [str(z) for z in zones]
    unknown = [z for z in chosen if z not in all_ids]
    if unknown:
        raise DataError(f"--zone {unknown[0]!r}: no such zone (the project has: {', '.join(all_ids)})")
    if as_of is not None and engine is not None and str(as_of) != str(engine.as_of):
        from sezmap.analysis.engine import AnalysisEngine

        engine = AnalysisEngine(project, as_of, edits=False)
    if engine is None:
        from sezmap.analysis.engine import AnalysisEngine

        engine = AnalysisEngine(project, as_of, edits=False)
    as_of = engine.as_of
    metrics = engine.metrics
    names = feature_names(project, language)
    short_names = {k: _short(v) for k, v in names.items()}  # a slide's figures name their targets briefly
    rows = {str(r["zone_id"]): r for r in project.zones.drop(columns="geometry").to_dict("records")}
    total = len(chosen) + 3 + (len(chosen) + 1 if trend is not None else 0)
    done = 0
    report(progress, done, total)
    check_cancelled(cancelled)

    _gui_app()
    from sezmap.render.page_language import using_language

    with using_language(language):
        if scene is None:
            scene = _scene(project, language)
        if vacant:
            from sezmap.export.static import scene_for_export

            scene = scene_for_export(scene, vacant=True)
        check_cancelled(cancelled)

        deck = Presentation()
        _trend_slide = _trend_slides(deck)
        deck.slide_width, deck.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
        blank = deck.slide_layouts[6]
        schematic = data_notes(project.meta, texts.translate)
        figures_as_of = arg(texts.translate("ZoneDashboard", "Figures as of %1."), date_text(as_of, as_of=False))
        footer = figures_as_of
        if schematic:
            footer += "  " + texts.translate("export", "Schematic boundaries, illustrative plots: see the sources.")

        # 1. title
        slide = deck.slides.add_slide(blank)
        heading = title or meta_text(project.meta, "title", language) or texts.translate(
            "export", "Special Economic Zones of Kazakhstan")
        _text_box(slide, 0.6, 2.2, 5.8, 1.6, heading, size=34, bold=True)
        lines = [texts.translate("export", "Land use, idle plots and logistics"), figures_as_of]
        if vacant:
            lines[1:1] = [texts.translate(LAYOUT_CONTEXT, LAYOUT_TEXTS["vacant_only"]),
                          contact_line(project.meta, texts.translate, language)]
        _text_box(slide, 0.6, 3.9, 5.8, 1.4 if not vacant else 2.4, lines, size=16, colour=MUTED)
        made = arg(texts.translate("export", "Made with sezmap on %1."), dt.date.today().isoformat())
        _text_box(slide, 0.6, 6.5, 5.8, 0.4, made, size=10, colour=MUTED)
        full = scene.full_bounds()
        if full is not None:
            left, top, width, height = OVERVIEW_BOX_IN
            png = map_png(scene, full, int(width * MAP_DPI), int(height * MAP_DPI), language, margin=0.04)
            slide.shapes.add_picture(io.BytesIO(png), Inches(left), Inches(top), Inches(width), Inches(height))
        done += 1
        report(progress, done, total)

        # 2. one slide per zone
        left, top, width, height = MAP_BOX_IN
        for zid in chosen:
            check_cancelled(cancelled)
            slide = deck.slides.add_slide(blank)
            row = rows.get(zid, {})
            zone_name = name_of(row, language) or zid
            sub = [text for text in (text_in(row, k, language) for k in ("region", "focus")) if text]
            _title(slide, zone_name, " · ".join(sub) if sub else None)
            m = metrics.get(zid)
            entries = status_entries(m, texts, ("vacant",) if vacant else STATUSES) if m is not None else []
            legend_h = legend_height([text for _s, text in entries], width) if entries else 0.0
            height = min(MAP_BOX_IN[3], SLIDE_H_IN - 0.55 - legend_h - 0.1 - top)  # the legend under it
            bounds = _zone_bounds(scene, zid)
            if bounds is not None:
                png = map_png(scene, bounds, int(width * MAP_DPI), int(height * MAP_DPI), language)
                slide.shapes.add_picture(io.BytesIO(png), Inches(left), Inches(top), Inches(width), Inches(height))
            right = left + width + 0.3
            col = SLIDE_W_IN - right - 0.45
            if m is not None:  # the figures on the right, the map's legend under the map
                kpis = key_figures(m, language, short_names).rows()
                header = (texts.translate("export", "Indicator"), texts.translate("export", "Value"))
                widths = (col * FIGURES_SHARE, col * (1 - FIGURES_SHARE))
                _table(slide, kpis, right, top, col, widths, header=header)
                _status_legend(slide, entries, texts, left, top + height + 0.1, width)
            _footer(slide, footer)
            done += 1
            report(progress, done, total)
            if trend is not None:
                _trend_slide(project, trends, zid, language, texts, as_of, zone_name, footer)
                done += 1
                report(progress, done, total)

        # 3. all zones by unused land
        check_cancelled(cancelled)
        slide = deck.slides.add_slide(blank)
        _title(slide, texts.translate("export", "Unused land by zone"),
               texts.translate("export", "Unused share of the zone's area, %"))
        pairs = [(name_of(rows[z], language) or z, 100.0 * float(metrics[z].unused_ratio))
                 for z in all_ids if z in metrics and metrics[z].unused_ratio is not None]
        pairs.sort(key=lambda p: -p[1])
        chart_data = CategoryChartData()
        chart_data.categories = [p[0] for p in pairs]
        chart_data.add_series(texts.translate("ZoneDashboard", "Unused"), [round(p[1], 1) for p in pairs])
        frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(0.45), Inches(1.35),
                                       Inches(SLIDE_W_IN - 0.9), Inches(5.55), chart_data)
        chart = frame.chart
        chart.has_title = False
        chart.has_legend = False
        chart.font.size = Pt(CHART_PT)
        plot = chart.plots[0]
        plot.gap_width = 45
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = '0.0"\u00a0%"'
        labels.number_format_is_linked = False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        labels.font.size = Pt(CHART_PT)
        series = plot.series[0]
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(UNUSED_BAR)
        chart.category_axis.reverse_order = True
        chart.category_axis.tick_labels.font.size = Pt(CHART_PT)
        percent_axis(chart.value_axis)
        _footer(slide, footer)
        done += 1
        report(progress, done, total)
        if trend is not None:
            check_cancelled(cancelled)
            _trend_slide(project, trends, None, language, texts, as_of, None, footer)
            done += 1
            report(progress, done, total)

        # 4. sources
        check_cancelled(cancelled)
        slide = deck.slides.add_slide(blank)
        _title(slide, texts.translate("export", "Sources"))
        lines = sources_summary()
        description = (project.meta or {}).get("description")
        body = [f"• {line}" for line in lines]
        body.append("• " + texts.translate("export",
                                           "Basemap: Natural Earth (public domain) and GeoNames (CC BY 4.0)."))
        _text_box(slide, 0.6, 1.3, SLIDE_W_IN - 1.2, 3.4, body, size=14, space_after=6)
        data_lines = [f"• {note}" for note in schematic]
        if description and not schematic:
            data_lines.append(f"• {description}")
        data_lines.append("• " + figures_as_of)
        _text_box(slide, 0.6, 4.75, SLIDE_W_IN - 1.2, 0.4, texts.translate("export", "Data"), size=16, bold=True)
        _text_box(slide, 0.6, 5.2, SLIDE_W_IN - 1.2, 1.8, data_lines, size=14, space_after=6)
        done += 1
        report(progress, done, total)

        check_cancelled(cancelled)
        with atomic_output(out_path, inputs=project_inputs(project)) as tmp:
            deck.save(str(tmp))
            check_cancelled(cancelled)
    return Path(out_path)
