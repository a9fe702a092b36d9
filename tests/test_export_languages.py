"""Russian and Kazakh in the exports: counts in the language's plural forms (the rule Qt's
translator applies, in one place), one spelling of each place, a zone's focus and region and the
project's title in the export's language, and no words kept outside the one catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from pptx import Presentation

from sezmap.export import deck, web
from sezmap.render.page_language import using_language
from sezmap.export.texts import Texts, name_of, plural_form
from sezmap.render import page_language
from sezmap.render.names import text_in
from tests import shipped

ZONE = "khorgos_eastern_gate"
ROOT = Path(__file__).resolve().parents[1]
COUNTS = [*range(0, 260), 1001, 1011, 1021, 1111, 100_001, 468_910]

project, engine = shipped.project, shipped.engine


def _words(text: str) -> str:
    """The text without its numbers (Qt and the exports group digits each their own way)."""
    return re.sub(r"[\d\u00a0\u202f ,.]+", " ", text).strip()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_counts_take_the_plural_form_qts_translator_gives(qapp, language):
    """Texts.plural (the web map, the deck) picks the form Qt's own %Ln handling picks from the
    compiled catalogue (a page's translate with n: Qt's translator's plural rule), for every count."""
    texts = Texts(language)
    with using_language(language):
        for n in COUNTS:
            qt = page_language.translate("ZoneDashboard", "%Ln plots, %1 ha", None, n).replace("%1", "2,5")
            ours = texts.plural("%Ln plot, %1 ha", "%Ln plots, %1 ha", n, "2,5", context="ZoneDashboard")
            assert _words(ours) == _words(qt), (n, ours, qt)


RU_FORMS = ("участок", "участка", "участков")


def _russian_counts(text: str) -> list[tuple[int, str]]:
    return [(int(re.sub(r"\D", "", n)), w) for n, w in re.findall(r"(\d[\d\u00a0 ]*)\s(участ[а-я]+)", text)]


def test_russian_web_map_and_deck_write_every_count_in_its_form(project, engine, tmp_path, qapp):
    page = web.export_html(project, engine, tmp_path / "ru.html", language="ru").read_text(encoding="utf-8")
    out = deck.export_pptx(project, engine, tmp_path / "ru.pptx", language="ru")
    slides = " ".join(run.text for slide in Presentation(str(out)).slides for shape in slide.shapes
                      if shape.has_text_frame for p in shape.text_frame.paragraphs for run in p.runs)
    found = _russian_counts(page) + _russian_counts(slides)
    assert len(found) >= 14  # every zone's idle plots at least
    wrong = [(n, w) for n, w in found if w != RU_FORMS[plural_form("ru", n)]]
    assert wrong == []


def test_every_kazakh_name_spells_qorgas_one_way(project, engine, tmp_path, qapp):
    """Kazakh writes Қорғас (the official Kazakh name); Хоргос is the Russian spelling."""
    for layer in (project.zones, project.hubs, project.corridors):
        for row in layer.drop(columns="geometry").to_dict("records"):
            assert "Хоргос" not in name_of(row, "kk"), row
    kk = web.export_html(project, engine, tmp_path / "kk.html", language="kk").read_text(encoding="utf-8")
    assert "Қорғас" in kk and "Хоргос" not in kk
    out = deck.export_pptx(project, engine, tmp_path / "kk.pptx", zones=[ZONE], language="kk")
    slides = " ".join(shape.text_frame.text for slide in Presentation(str(out)).slides for shape in slide.shapes
                      if shape.has_text_frame)
    assert "Қорғас – Шығыс қақпасы" in slides and "Хоргос" not in slides
    ru = web.export_html(project, engine, tmp_path / "ru.html", zone=ZONE, language="ru").read_text(encoding="utf-8")
    assert "Хоргос" in ru and "Қорғас" not in ru


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_focus_region_and_title_are_in_the_exports_language(project, engine, tmp_path, qapp, language):
    row = project.zones.set_index("zone_id").loc[ZONE].to_dict()
    focus, region = row[f"focus_{language}"], row[f"region_{language}"]
    assert focus and region and focus != row["focus"]
    assert text_in(row, "focus", language) == focus and text_in(row, "focus", "en") == row["focus"]
    page = web.export_html(project, engine, tmp_path / "z.html", zone=ZONE, vacant=True,
                           language=language).read_text(encoding="utf-8")
    assert focus in page and region in page and row["focus"] not in page
    whole = web.export_html(project, engine, tmp_path / "all.html", language=language).read_text(encoding="utf-8")
    assert f"<title>{project.meta[f'title_{language}']}</title>" in whole
    out = deck.export_pptx(project, engine, tmp_path / "d.pptx", zones=[ZONE], language=language)
    slides = " ".join(shape.text_frame.text for slide in Presentation(str(out)).slides for shape in slide.shapes
                      if shape.has_text_frame)
    assert region in slides and project.meta[f"title_{language}"] in slides
    assert row["region"] not in slides


def test_the_seeds_hold_every_zones_translated_focus_and_region_with_a_source():
    import csv

    with open(ROOT / "seeds" / "zone_texts.csv", encoding="utf-8") as fh:
        rows = {r["zone_id"]: r for r in csv.DictReader(fh)}
    with open(ROOT / "seeds" / "zones.csv", encoding="utf-8") as fh:
        zones = [r["zone_id"] for r in csv.DictReader(fh)]
    assert sorted(rows) == sorted(zones)
    for zone_id, r in rows.items():
        assert all(r[k].strip() for k in ("focus_ru", "focus_kk", "region_ru", "region_kk", "source")), zone_id


def _literals_in_code(path: Path) -> list[str]:
    """String literals of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


def test_no_russian_or_kazakh_words_are_kept_outside_the_catalogue():
    """The app and the exports translate through resources/i18n/*.ts alone: no module of sezmap
    holds Russian or Kazakh text of its own (but the languages' own names, for the menu)."""
    cyrillic = re.compile(r"[\u0400-\u04ff]")
    found = {}
    for path in sorted((ROOT / "sezmap").rglob("*.py")):
        words = [s for s in _literals_in_code(path) if cyrillic.search(s)]
        if path.relative_to(ROOT).as_posix() == "sezmap/session/language.py":
            words = [w for w in words if w not in ("Русский", "Қазақша")]
        if path.relative_to(ROOT).as_posix() == "sezmap/render/label_texts.py":
            # not text shown: the pattern that finds the words "border crossing" in a crossing's
            # name (project data, in three languages) to leave its places on the country map
            from sezmap.render.label_texts import _CROSSING_WORDS

            words = [w for w in words if w not in _CROSSING_WORDS.pattern]
        if words:
            found[str(path.relative_to(ROOT))] = words
    assert found == {}
