"""Plots on a PDF page in whole device pixels (render.qpath.device_grid_path): the same page at
print resolution as the plain paths, in a third of the stream. Checked by rendering both PDFs
with poppler's pdftoppm at the page's own 300 dpi and comparing the pixels."""

import subprocess

import numpy as np
import shapely
from PySide6.QtGui import QImage, QPainter, QTransform

from sezmap.export import static
from sezmap.model.statuses import STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render import layers as layers_mod
from sezmap.render import styles
from sezmap.render.geometry_arrays import GeometryArrays
from sezmap.render.layers import PlotsLayer
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import paper_page
from sezmap.render.qpath import device_grid_path, path_from_arrays
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene
from tests import needs

CRS = crs_mod.DEFAULT_DISPLAY_CRS


def test_the_grid_path_is_in_whole_device_pixels_without_closing_vertices():
    px = np.array([0.1, 1.3, 1.2, 0.1, 5.0, 6.0, 6.0, 5.0, 7.0, 8.0])  # a closed ring, then a line of two parts
    py = np.array([0.2, 0.2, 1.4, 0.2, 5.0, 5.0, 6.0, 5.0, 7.0, 8.0])
    starts = np.array([1, 0, 0, 0, 1, 0, 0, 0, 1, 0], bool)
    t = QTransform.fromTranslate(10.0, 20.0).scale(3.125, 3.125)  # device = 3.125 * logical + shift
    path = device_grid_path(px, py, starts, t)
    got = [(path.elementAt(i).x, path.elementAt(i).y, path.elementAt(i).type.value) for i in range(path.elementCount())]
    want_x = np.rint(px * 3.125 + 10.0)
    want_y = np.rint(py * 3.125 + 20.0)
    keep = [0, 1, 2, 4, 5, 6, 8, 9]  # the two rings' closing vertices left out; an open part kept whole
    assert got == [(want_x[k], want_y[k], 0 if starts[k] else 1) for k in keep]
    plain = path_from_arrays(px * 3.125 + 10.0, py * 3.125 + 20.0, starts)
    assert plain.elementCount() == 10


MAP_PX = (330, 230)  # the map's logical size on the page (1,031 × 719 device pixels at 300 dpi)
CORNER = (30.3, 30.7)  # its top left corner on the page: not on whole device pixels


def small_plots(n_side=100, seed=3):
    """A jittered grid of plots 1 to 4 page pixels across on an A4 page (two shapes of four and
    five corners), every status, in lon/lat."""
    rng = np.random.default_rng(seed)
    geoms, statuses = [], []
    size = 0.004
    for i in range(n_side):
        for j in range(n_side):
            x, y = 70.0 + i * size, 45.0 + j * size * 0.7
            w, h = size * rng.uniform(0.25, 0.95), size * 0.7 * rng.uniform(0.25, 0.95)
            if (i + j) % 3:
                g = shapely.box(x, y, x + w, y + h)
            else:
                g = shapely.Polygon([(x, y), (x + w, y), (x + w, y + h * 0.6), (x + w / 2, y + h), (x, y + h * 0.6)])
            geoms.append(g)
            statuses.append(STATUSES[int(rng.integers(len(STATUSES)))])
    return geoms, statuses


def write_pdf(path, grid: bool, monkeypatch):
    """An A4 landscape PDF at 300 dpi of the plots alone, as a page's map is painted."""
    geoms, statuses = small_plots()
    layer = PlotsLayer(GeometryArrays.from_geometries(geoms, CRS), statuses)
    scene = MapScene([layer], CRS)
    page = paper_page("A4", True, 300.0)
    writer = static.pdf_writer(path, page, "plots")
    bounds = crs_mod.project_bounds(CRS, shapely.total_bounds(np.array(geoms, dtype=object)))
    settings = MapSettings(crs=CRS, width=MAP_PX[0], height=MAP_PX[1]).fitted(bounds, 0.02)
    with monkeypatch.context() as m:
        if not grid:
            m.setattr(layers_mod, "on_pdf", lambda painter: False)
        painter = QPainter()
        assert painter.begin(writer)
        try:
            painter.scale(writer.width() / page.width, writer.width() / page.width)
            painter.translate(*CORNER)
            stats = render(settings, painter, scene, labels=False)
        finally:
            painter.end()
    return stats


def pixels(pdf, tmp_path, name):
    """The map's part of the page rendered at 300 dpi, as (h, w, 3) integers."""
    box = [str(int(v * 300 / 96)) for v in (*CORNER, *MAP_PX)]
    subprocess.run(["pdftoppm", "-r", "300", "-x", box[0], "-y", box[1], "-W", box[2], "-H", box[3], "-png",
                    "-singlefile", str(pdf), str(tmp_path / name)], check=True)
    image = QImage(str(tmp_path / f"{name}.png")).convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).reshape(h, image.bytesPerLine())
    return rows[:, :3 * w].reshape(h, w, 3).astype(np.int64)


def test_plots_on_a_pdf_in_whole_pixels_look_the_same_at_300_dpi(tmp_path, monkeypatch):
    needs.command("pdftoppm", "poppler-utils")
    stats = write_pdf(tmp_path / "grid.pdf", True, monkeypatch)
    write_pdf(tmp_path / "plain.pdf", False, monkeypatch)
    drawn = stats["plots_visible"] - stats["plots_as_pixels"]
    assert drawn > 7_000  # most plots are drawn as paths (a pixel or more), not as single pixels
    assert (tmp_path / "grid.pdf").stat().st_size < 0.6 * (tmp_path / "plain.pdf").stat().st_size
    old, new = pixels(tmp_path / "plain.pdf", tmp_path, "plain"), pixels(tmp_path / "grid.pdf", tmp_path, "grid")
    assert old.shape == new.shape
    differ = (old != new).any(axis=2)
    # an edge moves by half a device pixel at most: pixels differ next to an edge of the plain
    # page, not where it is one colour three pixels across - but for a plot thinner than a device
    # pixel somewhere (a faint line in the plain page), now a pixel's line or none: a few pixels
    uniform = np.ones(differ.shape, bool)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            uniform &= (np.roll(old, (dy, dx), axis=(0, 1)) == old).all(axis=2)
    assert uniform.sum() > 0.3 * uniform.size
    assert (differ & uniform).sum() <= 1e-4 * differ.size
    # at a glance (blocks of 24 × 24 pixels, 2 mm) the same colours: a plot of a few pixels gains
    # or loses up to half a pixel on each side, its neighbours the rest
    h, w = (old.shape[0] // 24) * 24, (old.shape[1] // 24) * 24
    blocks = [im[:h, :w].reshape(h // 24, 24, w // 24, 24, 3).mean(axis=(1, 3)) for im in (old, new)]
    assert np.abs(blocks[0] - blocks[1]).max() < 10.0  # of 255


def test_outlined_plots_are_drawn_as_they_are(tmp_path, monkeypatch):
    """Plots large enough for an outline keep their exact vertices (a stroke needs its ring closed)."""
    seen = []
    monkeypatch.setattr(layers_mod, "device_grid_path_of", lambda *a: seen.append(a) or None)
    geoms = [shapely.box(70.0 + i * 0.05, 45.0, 70.0 + i * 0.05 + 0.04, 45.04) for i in range(10)]
    layer = PlotsLayer(GeometryArrays.from_geometries(geoms, CRS), ["vacant"] * 10)
    page = paper_page("A4", True, 300.0)
    writer = static.pdf_writer(tmp_path / "big.pdf", page, "plots")
    bounds = crs_mod.project_bounds(CRS, (70.0, 45.0, 70.5, 45.04))
    settings = MapSettings(crs=CRS, width=int(page.width), height=int(page.height)).fitted(bounds, 0.02)
    painter = QPainter()
    assert painter.begin(writer)
    try:
        painter.scale(writer.width() / page.width, writer.width() / page.width)
        render(settings, painter, MapScene([layer], CRS), labels=False)
    finally:
        painter.end()
    assert float(np.median(layer.arrays.sizes / settings.resolution)) > styles.PLOT_OUTLINE_MIN_PX
    assert seen == []
