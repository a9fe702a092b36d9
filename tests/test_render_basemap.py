"""The offline basemap's look: Kazakhstan stands out, its regions are drawn inside it only."""

import pytest
from PySide6.QtGui import QColor

from sezmap import paths
from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render_image
from sezmap.render.scene import basemap_layers, build_scene

CRS = crs_mod.DEFAULT_DISPLAY_CRS


def test_kazakhstan_is_filled_apart_from_its_neighbours():
    if not paths.basemap_path().exists():
        pytest.skip("no bundled basemap")
    layers = {layer.layer_id: layer for layer in basemap_layers(paths.basemap_path(), CRS)}
    countries = layers["countries"]
    assert countries.highlight is not None and countries.highlight.sum() == 1
    assert countries.highlight_fill != countries.fill
    regions = layers["admin1"]
    kz = countries.arrays.bounds[countries.highlight.argmax()]
    assert (regions.arrays.bounds[:, 0] >= kz[0] - 1).all() and (regions.arrays.bounds[:, 2] <= kz[2] + 1).all()
    scene = build_scene(None, paths.basemap_path(), CRS)
    for layer in scene.layers:
        layer.visible = layer.layer_id == "countries"
    settings = MapSettings(width=400, height=300).fitted(crs_mod.project_bounds(CRS, (46, 40, 88, 56)))
    image, _stats = render_image(settings, scene)
    kz_x, kz_y = settings.world_to_pixel(*crs_mod.forward(CRS, [67.0], [48.0]))  # the Kazakh steppe
    cn_x, cn_y = settings.world_to_pixel(*crs_mod.forward(CRS, [86.0], [41.5]))  # Xinjiang
    home = QColor(image.pixel(int(kz_x[0]), int(kz_y[0])))
    other = QColor(image.pixel(int(cn_x[0]), int(cn_y[0])))
    assert home == QColor(styles.BASEMAP_STYLES["countries"]["highlight_fill"])
    assert other == QColor(styles.BASEMAP_STYLES["countries"]["fill"])
    assert home.lightness() > other.lightness()
