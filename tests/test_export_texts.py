"""The exports' words come from the app's one translation catalogue (resources/i18n/*.ts): every
word the web map and the slide deck use has a Russian and a Kazakh translation there, and the
exported files show them."""

from __future__ import annotations

import json
import re

import pytest
from pptx import Presentation

from sezmap.export import deck, texts, web
from sezmap.export.texts import Texts
from tests import shipped

ZONE = "khorgos_eastern_gate"


project, engine = shipped.project, shipped.engine  # the shipped project, once a module


def test_every_word_an_export_uses_is_translated_in_the_catalogue(project, engine, tmp_path, qapp, monkeypatch):
    """Whatever the exports look up (recorded as they run, every mode and language) is in the
    .ts files, finished, in Russian and in Kazakh."""
    asked: set[tuple[str, str]] = set()
    translate, plural = Texts.translate, Texts.plural

    def recording_translate(self, context, source):
        asked.add((context, source))
        return translate(self, context, source)

    def recording_plural(self, one, many, n, *args, context):
        asked.add((context, many))
        return plural(self, one, many, n, *args, context=context)

    monkeypatch.setattr(Texts, "translate", recording_translate)
    monkeypatch.setattr(Texts, "plural", recording_plural)
    for language in ("ru", "kk"):
        web.export_html(project, engine, tmp_path / f"{language}.html", language=language)
        web.export_html(project, engine, tmp_path / f"{language}-v.html", zone=ZONE, vacant=True, language=language)
        deck.export_pptx(project, engine, tmp_path / f"{language}.pptx", zones=[ZONE], language=language)
    assert len(asked) > 60 and {c for c, _s in asked} == {"export", "sezmap", "ZoneDashboard", "layout"}
    for language in ("ru", "kk"):
        catalogue = texts.catalogue(language)
        missing = sorted(key for key in asked if key not in catalogue)
        assert missing == [], f"{language}: {missing}"


def _legend_and_data(page: str) -> tuple[str, dict]:
    legend = json.loads(re.search(r"sezmap\.htmlControl\([^,]+, (\".*?(?<!\\)\"), 'bottomright'", page).group(1))
    start = page.index(f'id="{web.DATA_ID}"')
    data = json.loads(page[page.index(">", start) + 1:page.index("</script>", start)])
    return legend, data


def _headings(legend: str) -> list[str]:
    return re.findall(r"<h4>(.*?)</h4>", legend)


def test_a_russian_web_map_shows_its_legend_and_words_in_russian(project, engine, tmp_path):
    page = web.export_html(project, engine, tmp_path / "ru.html", zone=ZONE, language="ru").read_text(encoding="utf-8")
    legend, data = _legend_and_data(page)
    assert _headings(legend) == ["Участки по статусу", "Зоны", "Коридоры", "Хабы"]
    assert "<span>Свободен</span>" in legend and "<span>Зона</span>" in legend
    assert "<span>Погранпереход</span>" in legend and "<span>Сухой порт</span>" in legend
    assert data["kpiTitle"] == "Сводка по зоне" and data["plotWord"] == "Участок" and data["haUnit"] == "га"
    assert data["statusLabels"]["vacant"] == "Свободен" and data["statusLabels"]["allocated"] == "Предоставлен"
    captions = [c["label"] for c in data["plots"]["columns"]]
    assert captions[:3] == ["Участок", "Статус", "Площадь"] and "Арендатор" in captions
    zone = data["zones"][[str(z) for z in project.zones["zone_id"]].index(ZONE)]
    assert [label for label, _v in zone["info"]][:2] == ["Специализация", "Регион"]
    assert "Показатели на 1 января 2026." in page  # (the date in words, as the PDF page says it)
    assert json.dumps("Полный экран") in page  # the fullscreen button's tooltip (folium writes it ASCII-escaped)


@pytest.mark.parametrize("n", [1, 3, 5, 11, 21, 22, 25, 112])
def test_russian_counts_take_their_plural_form(n):
    form = {0: "участок", 1: "участка", 2: "участков"}[texts.plural_form("ru", n)]
    assert Texts("ru").plural("%Ln plot, %1 ha", "%Ln plots, %1 ha", n, "1,0", context="ZoneDashboard") == \
        f"{n} {form}, 1,0 га"


def test_a_kazakh_investor_map_and_deck_show_kazakh(project, engine, tmp_path, qapp):
    page = web.export_html(project, engine, tmp_path / "kk.html", zone=ZONE, vacant=True,
                           language="kk").read_text(encoding="utf-8")
    legend, _data = _legend_and_data(page)
    assert _headings(legend)[0] == "Учаскелер мәртебесі бойынша"
    vacant = int(((project.plots.zone_id == ZONE) & (project.plots.status == "vacant")).sum())
    assert re.search(rf"Бос жер: {vacant} учаске, [\d\u00a0]+,\d га", page)
    assert f"Байланыс: {project.meta['contact_kk']}" in page  # the project's contact, in Kazakh
    assert "<title>Инвесторларға арналған бос учаскелер — " in page

    out = deck.export_pptx(project, engine, tmp_path / "kk.pptx", zones=[ZONE], language="kk")
    words = {run.text for slide in Presentation(str(out)).slides for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs for run in p.runs}
    assert {"Жерді пайдалану, бос тұрған учаскелер және логистика", "Дереккөздер", "Деректер"} <= words
