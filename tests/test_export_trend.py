"""Land use over time on the print page and in the deck (issue 26): ``sezmap export --trend``.
The chart's figures are those of ``sezmap report --trend`` for the same project (its scripted
edit history, tests/test_analysis_trend.py): read back from the page's layout (where each value
is drawn), from the PDF's text (the period labels, the latest values, the note) and from the
deck's native charts; without the option the exports are as before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess

import pytest
from PySide6.QtGui import QImage

from sezmap.cli import main
from sezmap.export import static, trends_for
from sezmap.render.page_language import using_language
from sezmap.render.page import paper_page
from sezmap.store.gpkg import GpkgStore
from tests import needs
from tests.test_analysis_trend import UNTIL, history  # noqa: F401 - the scripted history, a fixture

QUARTERS = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026"]


def _report(path, capsys, kind="quarterly") -> dict:
    capsys.readouterr()
    assert main(["report", "--project", str(path), "--trend", kind, "--as-of", UNTIL.isoformat()]) == 0
    return {z["zone_id"]: z["trend"] for z in json.loads(capsys.readouterr().out)["zones"]}


def _pdf_text(path) -> str:
    needs.command("pdftotext", "poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _layout(path, zone, trend="quarterly", language="en", landscape=True, as_of=UNTIL):
    project = GpkgStore(path).load()
    with using_language(language):
        trends = trends_for(project, trend, as_of) if trend else None
        return static.page_layout(project, paper_page("A4", landscape, 96.0), zone=zone, language=language,
                                  as_of=as_of, basemap=False, trend=trend, trends=trends)


@pytest.mark.parametrize("landscape", [True, False])
def test_the_pages_chart_draws_the_figures_of_report_trend(history, capsys, qapp, landscape):  # noqa: F811
    path, _copies = history
    want = _report(path, capsys)
    layout = _layout(path, "z1", landscape=landscape)
    frame = layout.trend_frame()
    assert frame is not None and frame.periods == tuple(QUARTERS)
    lines = {line.label.split(":")[0]: line for line in frame.lines}
    assert set(lines) == {"Unused", "Allocated"}
    for key, name in (("unused_ratio", "Unused"), ("allocated_ratio", "Allocated")):
        values = [100 * p[key] for p in want["z1"]]
        assert list(lines[name].values) == pytest.approx(values, abs=1e-9)
        drawn = [frame.value_at(p.y()) for p in frame.points(lines[name])]  # where each point is drawn
        assert drawn == pytest.approx(values, abs=1e-6)
    assert len({round(v, 3) for v in lines["Unused"].values}) >= 3  # the history moves the line
    # the chart is on the page, under the map, clear of the map and the other items
    box = layout.boxes["trend"]
    assert box.top() >= layout.boxes["map"].bottom() and box.bottom() <= layout.boxes["sources"].top()
    for key in ("figures", "legend", "inset", "scale_bar"):
        if key in layout.boxes:
            assert not box.intersects(layout.boxes[key]), key


def test_the_country_page_compares_every_zones_unused_share(history, capsys, qapp):  # noqa: F811
    path, _copies = history
    want = _report(path, capsys)
    frame = _layout(path, None).trend_frame()
    assert frame is not None and len(frame.lines) == len(want)
    project = GpkgStore(path).load()
    names = dict(zip(project.zones["zone_id"], project.zones["name_en"], strict=True))
    for zid, points in want.items():
        (line,) = [line for line in frame.lines if line.label.startswith(names[zid] + ":")]
        assert list(line.values) == pytest.approx([100 * p["unused_ratio"] for p in points], abs=1e-9)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_pdf_says_the_periods_latest_values_and_where_they_come_from(
        history, capsys, tmp_path, language):  # noqa: F811
    path, _copies = history
    last = _report(path, capsys)["z1"][-1]
    out = tmp_path / f"z1_{language}.pdf"
    assert main(["export", "--project", str(path), "--zone", "z1", "--paper", "A4", "--landscape", "--trend",
                 "quarterly", "--as-of", UNTIL.isoformat(), "--language", language, "--out", str(out)]) == 0
    text = _pdf_text(out)
    if language == "en":
        assert "Land use over time" in text
        assert "rebuilt from the audit log, as of 30 June 2026" in text
        assert all(q in text for q in QUARTERS)
        assert f"Unused: {100 * last['unused_ratio']:.1f} %" in text
        assert f"Allocated: {100 * last['allocated_ratio']:.1f} %" in text
    else:
        assert "Использование земли во времени" in text
        assert "восстановлено по журналу изменений на 30 июня 2026" in text
        assert "1 кв. 2025" in text and "2 кв. 2026" in text
        assert f"Не используется: {100 * last['unused_ratio']:.1f} %".replace(".", ",") in text


def test_the_deck_charts_the_figures_of_report_trend(history, capsys, tmp_path):  # noqa: F811
    from pptx import Presentation

    path, _copies = history
    want = _report(path, capsys)
    out = tmp_path / "trend.pptx"
    assert main(["export", "--project", str(path), "--trend", "quarterly", "--as-of", UNTIL.isoformat(),
                 "--out", str(out)]) == 0
    slides = list(Presentation(str(out)).slides)
    charts = [(s, sh.chart) for s in slides for sh in s.shapes if sh.has_chart
              and sh.chart.chart_type is not None and "LINE" in str(sh.chart.chart_type)]
    assert len(charts) == len(want) + 1  # a slide per zone, and every zone's compared
    for (slide, chart), zid in zip(charts, want, strict=False):
        series = {s.name.split(":")[0]: list(s.values) for s in chart.plots[0].series}
        assert list(chart.plots[0].categories) == QUARTERS
        assert (chart.value_axis.minimum_scale, chart.value_axis.maximum_scale) == (0, 100)
        assert chart.value_axis.tick_labels.number_format == '0"\u00a0%"'
        assert series["Unused"] == pytest.approx([100 * p["unused_ratio"] for p in want[zid]], abs=1e-9)
        assert series["Allocated"] == pytest.approx([100 * p["allocated_ratio"] for p in want[zid]], abs=1e-9)
        assert any("rebuilt from the audit log, as of 30 June 2026" in sh.text_frame.text
                   for sh in slide.shapes if sh.has_text_frame)
    compared = {s.name.split(":")[0]: list(s.values) for s in charts[-1][1].plots[0].series}
    project = GpkgStore(path).load()
    names = dict(zip(project.zones["zone_id"], project.zones["name_en"], strict=True))
    assert set(compared) == {names[z] for z in want}
    for zid, points in want.items():
        assert compared[names[zid]] == pytest.approx([100 * p["unused_ratio"] for p in points], abs=1e-9)


def test_without_the_option_the_exports_are_as_before(history, tmp_path, qapp):  # noqa: F811
    path, _copies = history
    plain = _layout(path, "z1", trend=None)
    assert "trend" not in plain.boxes and plain.trend_frame() is None
    project = GpkgStore(path).load()
    with using_language("en"):  # as before the option: no trend argument at all
        again = static.page_layout(project, paper_page("A4", True, 96.0), zone="z1", as_of=UNTIL, basemap=False)
        assert {k: v.getRect() for k, v in plain.boxes.items()} == {k: v.getRect() for k, v in again.boxes.items()}
        assert plain.content == again.content and plain.content.trend is None
    out = tmp_path / "plain.pdf"
    assert main(["export", "--project", str(path), "--zone", "z1", "--paper", "A4", "--as-of", UNTIL.isoformat(),
                 "--out", str(out)]) == 0
    assert "audit log" not in _pdf_text(out) and "Land use over time" not in _pdf_text(out)
    with_trend = _layout(path, "z1")
    assert with_trend.boxes["map"].height() < plain.boxes["map"].height()  # the chart takes room under it


def test_a_project_without_history_says_so(tmp_path, qapp):
    from tests.factories import make_project

    path = make_project(tmp_path / "fresh.gpkg")  # its audit log is empty
    frame_layout = _layout(path, "z1", as_of=dt.date(2026, 12, 6))
    assert frame_layout.trend_frame() is not None and not frame_layout.trend_frame().periods
    assert frame_layout.content.trend.message.startswith("No history yet")
    image = static.page_image(frame_layout, scale=0.5)
    assert isinstance(image, QImage) and not image.isNull()


@pytest.mark.parametrize("out,message", [("map.tif", "--trend goes with"), ("map.html", "--trend goes with")])
def test_trend_is_refused_where_it_cannot_be_drawn(history, tmp_path, capsys, out, message):  # noqa: F811
    path, _copies = history
    assert main(["export", "--project", str(path), "--trend", "quarterly", "--out", str(tmp_path / out)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / out).exists()


def test_the_compared_zones_run_from_the_most_unused_down_and_the_decks_legend_is_beside(
        history, capsys, qapp):  # noqa: F811
    """The comparison's legend in the order of the lines' ends, top first, on the page and in the
    deck; the deck names every zone beside the chart (under it, fourteen names in a column left
    the lines a strip 1.3 in high in LibreOffice)."""
    from pptx import Presentation
    from pptx.enum.chart import XL_LEGEND_POSITION

    from sezmap.export import deck_trend
    from sezmap.export.texts import Texts
    from sezmap.export.trend_content import trend_content

    path, _copies = history
    want = _report(path, capsys)
    frame = _layout(path, None).trend_frame()
    latest = [line.values[-1] for line in frame.given]
    assert len(latest) == len(want) and latest == sorted(latest, reverse=True) and latest[0] > latest[-1]
    project = GpkgStore(path).load()
    with using_language("en"):
        trends = trends_for(project, "quarterly", UNTIL)
    names = {f"z{k}": f"Zone {k}" for k in range(1, 15)}  # fourteen zones, as the bundled project
    content = trend_content(dataclasses.replace(trends, zones={z: trends.zones["z1"] for z in names}), None, names,
                            "30 June 2026")
    deck = Presentation()
    deck_trend.trend_slide(deck, content, Texts("en"), None, "footer")
    (chart,) = [sh.chart for sh in deck.slides[0].shapes if sh.has_chart]
    assert chart.legend.position == XL_LEGEND_POSITION.RIGHT and len(chart.plots[0].series) == 14
