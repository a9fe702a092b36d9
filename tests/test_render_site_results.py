"""The site search's results drawn at country scale (the sites PDF's first page): each result too
small to see is ringed, so a reader finds it (pixels of a rendered image)."""

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter

from sezmap import paths
from sezmap.export.static import export_scene
from sezmap.render.layout import kazakhstan_bounds
from sezmap.render.map_settings import MapSettings
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene
from sezmap.render.site_layer import COLOUR, SiteResultsLayer
from sezmap.store import open_store


def test_results_too_small_to_see_at_country_scale_are_ringed():
    project = open_store(str(paths.default_project())).load()
    scene = export_scene(project)
    arrays = scene.layer("plots").arrays
    zone = project.plots["zone_id"].to_numpy()
    rows = np.flatnonzero(zone == zone[0])[:3]  # a few plots of one zone
    settings = MapSettings(crs=scene.display_crs, width=600, height=400).fitted(kazakhstan_bounds(scene))
    assert (arrays.sizes[rows] / settings.resolution < 1).all()  # under a pixel each at this scale
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render(settings, painter, MapScene([SiteResultsLayer(arrays, rows)], scene.display_crs), labels=False)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1)[:, :image.width()]
    rgb = np.stack([(pixels >> 16) & 255, (pixels >> 8) & 255, pixels & 255], axis=-1).astype(int)
    c = QColor(COLOUR)
    purple = np.abs(rgb - (c.red(), c.green(), c.blue())).sum(axis=-1) < 60
    ys, xs = np.nonzero(purple)
    assert purple.sum() >= 40  # a ring of radius 6 px, not a dot of a few pixels
    assert xs.max() - xs.min() >= 10 and ys.max() - ys.min() >= 10
