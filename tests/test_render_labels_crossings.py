"""Border crossings at country scale: named briefly by their places, after the zones, never over
another label; at zone scale their whole names."""

import dataclasses

import pytest
from PySide6.QtGui import QImage, QPainter

from sezmap.render.label_texts import place_pair
from sezmap.render.labels import LabelPlacer
from sezmap.render.layers import CROSSING_PRIORITY, country_scale
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render
from tests.test_render_labels import default_map, place_full_extent, polygons  # noqa: F401 (fixture)

SHORT_CHARS = 28  # a crossing's country-scale label, at most (on one line or two)
CROSSING_WORDS = ("border crossing", "rail", "road", "Погранпереход", "Пункт пропуска", "КПП",
                  "өткізу пункті", "темір жол")


def crossing_rows(project):
    hubs = project.hubs
    return hubs[hubs["kind"] == "border_crossing"]


def test_place_pair_names_the_places_in_every_language():
    assert place_pair("Semey – Lokot rail border crossing (KZ–RU)") == "Semey – Lokot"
    assert place_pair("Atyrau – Astrakhan border crossing (KZ–RU, rail; road checkpoint Kurmangazy)") \
        == "Atyrau – Astrakhan"
    assert place_pair("Пункт пропуска «Хоргос» (КЗ – КНР)") == "Хоргос"
    assert place_pair("Погранпереход Семей – Локоть") == "Семей – Локоть"
    assert place_pair("КПП «Жибек жолы» – «Гишт-Куприк»") == "Жибек жолы – Гишт-Куприк"
    assert place_pair("«Семей – Локоть» темір жол өткізу пункті") == "Семей – Локоть"
    assert place_pair("Aktau seaport") == "Aktau seaport"  # no crossing words: unchanged


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_crossings_at_country_scale_are_short_and_after_the_zones(default_map, language):  # noqa: F811
    project, _scene = default_map
    crossings = crossing_rows(project)
    assert len(crossings) >= 15
    ids = {f"hubs:{h}" for h in crossings["hub_id"]}
    settings, placer = place_full_extent(default_map, 1600, 1000, language)
    assert country_scale(settings)

    labels = [label for label in placer.placed if label.cand.key in ids]
    assert len(labels) >= len(crossings) // 2  # most crossings keep a (short) name
    for label in labels:
        text = label.text.replace("\n", " ")
        assert len(text) <= SHORT_CHARS, text
        assert not any(ch in text for ch in "()«»"), text
        assert not any(word.lower() in text.lower() for word in CROSSING_WORDS), text
        assert label.cand.priority == CROSSING_PRIORITY

    # every zone is named, placed before any crossing, and no crossing label touches another label
    zones = [label for label in placer.placed if label.cand.key.startswith("zones:")]
    assert {label.cand.key for label in zones} == {f"zones:{z}" for z in project.zones["zone_id"]}
    assert min(label.cand.priority for label in zones) > CROSSING_PRIORITY
    others = [(label.cand.key, poly) for label in placer.placed for poly in polygons(label)]
    for label in labels:
        for poly in polygons(label):
            for key, other in others:
                if key != label.cand.key:
                    assert poly.intersection(other).area < 1e-6, (label.cand.key, key)


def test_a_crossing_has_its_whole_name_at_zone_scale(default_map):  # noqa: F811
    project, scene = default_map
    row = crossing_rows(project).iloc[0]
    hubs = scene.layer("hubs")
    i = [r.get("hub_id") for r in hubs.rows].index(row["hub_id"])
    x0, y0, x1, y1 = hubs.arrays.bounds[i]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    settings, placer = place_zoomed(default_map, cx, cy)
    assert not country_scale(settings)
    label = next(label for label in placer.placed if label.cand.key == f"hubs:{row['hub_id']}")
    assert label.cand.text == row["name_en"] and label.text == row["name_en"]


def place_zoomed(project_scene, cx, cy):
    _project, scene = project_scene
    settings = MapSettings(center_x=cx, center_y=cy, resolution=60.0, width=1200, height=800,
                           crs=scene.display_crs)
    image = QImage(1200, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    placer = LabelPlacer(1200, 800)
    render(settings, painter, scene, furniture=False, placer=placer)
    painter.end()
    return settings, placer


def test_country_scale_does_not_depend_on_the_pixel_size():
    country = MapSettings(resolution=2500.0, width=1200, height=800)
    assert country_scale(country)
    # the same map printed at three times the pixels is still a country map
    assert country_scale(dataclasses.replace(country, resolution=2500.0 / 3, width=3600, height=2400))
    assert not country_scale(dataclasses.replace(country, resolution=100.0))
