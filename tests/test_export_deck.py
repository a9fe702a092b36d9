"""The slide deck: python-pptx reopens it with the slides, pictures, tables and chart expected."""

from __future__ import annotations

import io

import numpy as np
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE

from sezmap.export import ExportCancelled, deck
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_COLOURS
from tests import shipped

ZONE = "khorgos_eastern_gate"


project, engine = shipped.project, shipped.engine  # the shipped project, once a module


@pytest.fixture(scope="module")
def full_deck(project, engine, tmp_path_factory, qapp):
    """Every zone, English (qapp: the test session's QApplication, so none is made here)."""
    calls = []
    out = tmp_path_factory.mktemp("deck") / "sez.pptx"
    deck.export_pptx(project, engine, out, progress=lambda d, t: calls.append((d, t)))
    return out, calls


def shapes_of(slide, kind):
    return [s for s in slide.shapes if s.shape_type == kind]


def texts_of(slide) -> str:
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(out)


def test_the_deck_has_a_title_a_slide_per_zone_a_comparison_and_sources(full_deck, project):
    out, calls = full_deck
    prs = Presentation(str(out))
    zones = list(project.zones.zone_id)
    assert len(prs.slides) == 1 + len(zones) + 2
    assert calls == [(k, len(zones) + 3) for k in range(len(zones) + 4)]  # once per slide
    slides = list(prs.slides)
    assert "Kazakhstan SEZ" in texts_of(slides[0])
    assert len(shapes_of(slides[0], MSO_SHAPE_TYPE.PICTURE)) == 1  # the overview map
    for slide, (_, zone) in zip(slides[1:-2], project.zones.iterrows()):
        assert zone.name_en in texts_of(slide)
        assert len(shapes_of(slide, MSO_SHAPE_TYPE.PICTURE)) == 1, zone.zone_id
        tables = [s for s in slide.shapes if s.has_table]
        assert len(tables) == 1
        labels = [row.cells[0].text for row in tables[0].table.rows]
        assert {"Area", "Allocated", "Unused", "Idle plots", "Nearest corridor"} <= set(labels)
    sources = texts_of(slides[-1])
    assert "BAQ.KZ" in sources and "Kazinform" in sources
    assert "schematic" in sources and "illustrative" in sources
    assert "Natural Earth" in sources and "GeoNames" in sources


def test_the_comparison_slide_is_a_native_bar_chart_of_unused_land(full_deck, project, engine):
    prs = Presentation(str(full_deck[0]))
    slide = list(prs.slides)[-2]
    charts = [s for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    chart = charts[0].chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    categories = list(chart.plots[0].categories)
    values = list(chart.plots[0].series[0].values)
    assert len(categories) == len(project.zones) == len(values)
    names = project.zones.set_index("zone_id").name_en
    expected = {names[z]: round(100 * m.unused_ratio, 1) for z, m in engine.metrics.items()}
    assert dict(zip(categories, values)) == expected
    assert values == sorted(values, reverse=True)
    axis = chart.value_axis  # shares, as on the trend slides: 0 to 100 %
    assert (axis.minimum_scale, axis.maximum_scale) == (0, 100)
    assert axis.tick_labels.number_format == '0"\u00a0%"'


def test_the_zone_slide_map_shows_its_plots_in_their_colours(full_deck, project):
    prs = Presentation(str(full_deck[0]))
    index = list(project.zones.zone_id).index(ZONE)
    slide = list(prs.slides)[1 + index]
    picture = shapes_of(slide, MSO_SHAPE_TYPE.PICTURE)[0]
    from PIL import Image

    image = Image.open(io.BytesIO(picture.image.blob)).convert("RGB")
    assert image.width / (picture.width / 914400) >= 143  # sharp at slide size (144 px per inch)
    pixels = np.asarray(image).reshape(-1, 3).astype(np.int64)
    words = (pixels[:, 0] << 16) | (pixels[:, 1] << 8) | pixels[:, 2]
    used = set(project.plots.loc[project.plots.zone_id == ZONE, "status"])
    for status in used:
        assert (words == int(STATUS_COLOURS[status][1:], 16)).sum() > 1000, status
    # the picture fills its box on the slide without distortion
    assert abs(picture.width / picture.height - image.width / image.height) < 0.01


def test_a_russian_deck_of_one_zone(project, engine, tmp_path, qapp):
    out = deck.export_pptx(project, engine, tmp_path / "ru.pptx", zones=[ZONE], language="ru")
    prs = Presentation(str(out))
    assert len(prs.slides) == 4
    zone = project.zones.set_index("zone_id").loc[ZONE]
    text = texts_of(list(prs.slides)[1])
    assert zone.name_ru in text and "Не используется" in text and "га" in text
    assert "Источники" in texts_of(list(prs.slides)[-1])


def test_an_investor_deck_shows_vacant_land_only_and_whom_to_contact(project, engine, tmp_path, qapp):
    from PIL import Image

    from sezmap.export import export_map

    out = export_map(project, tmp_path / "investor.pptx", zone=ZONE, vacant=True, language="ru", engine=engine)
    slides = list(Presentation(str(out)).slides)
    title = texts_of(slides[0])
    assert "Только свободные участки" in title and "Контакт" in title
    zone_slide = texts_of(slides[1])
    assert "Свободен" in zone_slide and "Действует" not in zone_slide  # the legend: vacant land only
    picture = shapes_of(slides[1], MSO_SHAPE_TYPE.PICTURE)[0]
    pixels = np.asarray(Image.open(io.BytesIO(picture.image.blob)).convert("RGB")).reshape(-1, 3).astype(np.int64)
    words = (pixels[:, 0] << 16) | (pixels[:, 1] << 8) | pixels[:, 2]
    assert (words == int(STATUS_COLOURS["vacant"][1:], 16)).sum() > 1000
    for status in ("operational", "allocated", "under_construction"):  # the others are not drawn
        assert (words == int(STATUS_COLOURS[status][1:], 16)).sum() == 0, status


def test_cancel_stops_and_leaves_nothing(project, engine, tmp_path, qapp):
    calls = []
    with pytest.raises(ExportCancelled):
        deck.export_pptx(project, engine, tmp_path / "x.pptx", progress=lambda d, t: calls.append(d),
                         cancelled=lambda: len(calls) >= 3)
    assert calls == [0, 1, 2]
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_zone_is_bad_input(project, engine, tmp_path, qapp):
    with pytest.raises(DataError, match="nowhere"):
        deck.export_pptx(project, engine, tmp_path / "x.pptx", zones=["nowhere"])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_another_date_analyses_again(project, engine, tmp_path, qapp):
    """Idle plots depend on the date: a deck as of 2010 counts none of the later deadlines."""
    out = deck.export_pptx(project, engine, tmp_path / "old.pptx", zones=[ZONE], as_of="2010-01-01")
    slide = list(Presentation(str(out)).slides)[1]
    table = [s for s in slide.shapes if s.has_table][0].table
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows}
    assert rows["Idle plots"].startswith("0 plots")
    assert "1 January 2010" in texts_of(slide)  # (its date, in words)


def test_sources_summary_reads_the_documents_table():
    lines = deck.sources_summary()
    assert len(lines) == 5
    assert lines[0].startswith("BAQ.KZ — ") and lines[0].endswith("(2026-02-10)")


def test_a_rendering_error_reaches_the_caller(project, qapp, monkeypatch):
    """No fallback swallows a TypeError from drawing a slide's map (it used to draw again
    without the furniture, hiding the error)."""
    from sezmap.render import renderer

    calls = []

    def broken(settings, scene, *args, **kwargs):
        calls.append(kwargs)
        raise TypeError("a bug in the renderer")

    monkeypatch.setattr(renderer, "render_image", broken)
    scene = deck._scene(project, "en")
    with pytest.raises(TypeError, match="a bug in the renderer"):
        deck.map_png(scene, deck._zone_bounds(scene, ZONE), 200, 150, "en")
    assert calls == [{"furniture": True}]  # tried once, not again another way


def ink_height(text: str, pixel_size: float) -> int:
    """The height in pixels of what ``text`` inks, drawn in DejaVu Sans at ``pixel_size``."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    font = QFont("DejaVu Sans")
    font.setPixelSize(round(pixel_size))
    image = QImage(int(pixel_size * len(text)) + 20, int(pixel_size * 3), QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(5, pixel_size * 2), text)
    painter.end()
    rows = np.asarray(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[:, :image.width()]
    inked = np.flatnonzero((rows < 128).any(axis=1))
    return int(inked[-1] - inked[0] + 1) if len(inked) else 0


def test_the_key_figures_and_legend_read_from_the_back_of_the_room(full_deck, project):
    """At 1920×1080 a zone slide's key figures and status legend are written in letters whose
    digits and capitals stand at least 18 px tall (they were about 11 px)."""
    from sezmap.export.slide_layout import pixels

    prs = Presentation(str(full_deck[0]))
    shown_w = prs.slide_width / 914400 * 144  # 1920 px for a 13.33 in slide
    assert round(shown_w) == 1920
    index = list(project.zones.zone_id).index(ZONE)
    slide = list(prs.slides)[1 + index]
    table = next(s for s in slide.shapes if s.has_table).table
    cell_runs = [run for row in table.rows for cell in row.cells for p in cell.text_frame.paragraphs
                 for run in p.runs]
    legend = [s for s in slide.shapes if s.has_text_frame and " ha" in s.text_frame.text
              and s.top > slide.shapes[0].top]
    assert len(legend) >= 3  # the statuses of the zone, each with its hectares
    legend_runs = [run for s in legend for p in s.text_frame.paragraphs for run in p.runs]
    for run in cell_runs + legend_runs:
        px = pixels(run.font.size.pt, 1920)
        digits = ink_height("0123456789", px)
        capitals = ink_height("HEIKMNZ", px)
        assert min(digits, capitals) >= 18, (run.text, run.font.size.pt, digits, capitals)
    # and the table and the legend stay on the slide, above the footer; the legend under the map
    footer_top = max(s.top for s in slide.shapes if s.has_text_frame)
    picture = shapes_of(slide, MSO_SHAPE_TYPE.PICTURE)[0]
    table_shape = next(s for s in slide.shapes if s.has_table)
    assert table_shape.top + sum(row.height for row in table.rows) <= footer_top
    for shape in legend:
        assert picture.top + picture.height <= shape.top and shape.top + shape.height <= footer_top
