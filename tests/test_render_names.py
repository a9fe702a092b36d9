"""Names from the data in the UI language: Kazakh names of corridors and hubs, with fallbacks."""

import numpy as np
import pytest
import shapely
from PySide6.QtGui import QImage, QPainter

import factories as f
from sezmap.model.project import Project
from sezmap.render import crs as crs_mod
from sezmap.render import names
from sezmap.render.layers import RenderContext
from sezmap.render.map_settings import MapSettings
from sezmap.render.scene import build_scene

CRS = crs_mod.DEFAULT_DISPLAY_CRS


@pytest.mark.parametrize("row, language, expected", [
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": "Достық"}, "kk", "Достық"),
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": ""}, "kk", "Достык"),
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": None}, "kk", "Достык"),
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": float("nan")}, "kk", "Достык"),
    ({"name_en": "Dostyk", "name_ru": "Достык"}, "kk", "Достык"),  # a file without the column
    ({"name_en": "Dostyk", "name_ru": " ", "name_kk": None}, "kk", "Dostyk"),
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": "Достық"}, "ru", "Достык"),
    ({"name_en": "Dostyk", "name_ru": "Достык", "name_kk": "Достық"}, "en", "Dostyk"),
    ({"name_en": None, "name_ru": "Достык"}, "en", "Достык"),
    ({}, "kk", ""),
])
def test_feature_name_falls_back_from_kazakh_to_russian_to_english(row, language, expected):
    assert names.feature_name(row, language) == expected


def kazakh_project(corridor_kk="Қорғас дәлізі", hub_kk="Қорғас өткелі"):
    zone_box = (70.0, 45.0, 70.1, 45.1)
    corridors = [f.corridor("c1", ((69.0, 44.0), (70.05, 45.05)), name_en="Khorgos corridor",
                            name_ru="Коридор Хоргос", name_kk=None),
                 f.corridor("c1", ((70.05, 45.05), (71.0, 46.0)), name_en="Khorgos corridor",
                            name_ru="Коридор Хоргос", name_kk=corridor_kk)]
    hubs = [f.hub("h1", (70.05, 45.06), name_en="Khorgos crossing", name_ru="Переход Хоргос", name_kk=hub_kk)]
    layers = f.layers([f.zone("z1", shapely.box(*zone_box))], [f.plot("p1", "z1")], corridors, hubs)
    return Project(**layers)


def labels_of(scene, language):
    settings = MapSettings(width=600, height=400, language=language).fitted(scene.full_bounds())
    image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    ctx = RenderContext(settings, painter)
    for layer in scene.layers:
        layer.draw(ctx)
    painter.end()
    return {c.text for c in ctx.labels}


def test_corridor_and_hub_labels_and_legend_are_kazakh_in_kazakh():
    scene = build_scene(kazakh_project(), None, CRS)
    texts = labels_of(scene, "kk")
    assert "Қорғас дәлізі" in texts  # the segment with the name lends it to the whole corridor
    assert "Қорғас өткелі" in texts
    assert "Khorgos corridor" not in texts and "Коридор Хоргос" not in texts
    legend = [text for text, _kind, _style in scene.layer("corridors").legend_items("kk")]
    assert legend == ["Қорғас дәлізі (rail)"]  # one mode: the name and its mode, in the map's symbol
    assert "Коридор Хоргос" in labels_of(scene, "ru")
    assert "Khorgos crossing" in labels_of(scene, "en")


def test_without_kazakh_names_the_russian_ones_are_shown():
    scene = build_scene(kazakh_project(corridor_kk="", hub_kk=None), None, CRS)
    texts = labels_of(scene, "kk")
    assert {"Коридор Хоргос", "Переход Хоргос"} <= texts
    legend = [text for text, _kind, _style in scene.layer("corridors").legend_items("kk")]
    assert legend == ["Коридор Хоргос (rail)"]  # one mode: the name and its mode, in the map's symbol


def test_the_default_project_has_kazakh_corridor_and_hub_names():
    from sezmap import paths
    from sezmap.store import open_store

    path = paths.default_project()
    if not path.exists():
        pytest.skip("no bundled project")
    project = open_store(path).load()
    for frame in (project.corridors, project.hubs):
        kk = [names.feature_name(r, "kk") for r in frame.drop(columns="geometry").to_dict("records")]
        assert sum(any(ch in name for ch in "әғқңөұүі") for name in kk) > len(kk) // 2
    assert not np.any([name == "" for name in kk])
