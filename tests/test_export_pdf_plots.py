"""Plots on a PDF page written by sezmap as a form (render.pdf_forms), in whole device pixels:
the same page at print resolution as Qt's own paths, in a third of the stream. Checked by
rendering both PDFs with two readers (poppler's pdftoppm and MuPDF's mutool) at the page's own
300 dpi and comparing the pixels, and the file's structure with qpdf."""

import subprocess

import numpy as np
import pytest
import shapely
from hypothesis import given, settings as hyp_settings, strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QTransform

from sezmap.export import static
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render import pdf_forms, styles
from sezmap.render.geometry_arrays import GeometryArrays
from sezmap.render.layers import PlotsLayer, PolygonLayer
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import paper_page
from sezmap.render.pdf_forms import device_rings, path_operators
from sezmap.render.renderer import render
from sezmap.render.scene import MapScene
from tests import needs, pdf_reading

CRS = crs_mod.DEFAULT_DISPLAY_CRS


def test_the_rings_are_in_whole_device_pixels_without_closing_vertices():
    px = np.array([0.1, 1.3, 1.2, 0.1, 5.0, 6.0, 6.0, 5.0, 7.0, 8.0])  # a closed ring, then a line of two parts
    py = np.array([0.2, 0.2, 1.4, 0.2, 5.0, 5.0, 6.0, 5.0, 7.0, 8.0])
    starts = np.array([1, 0, 0, 0, 1, 0, 0, 0, 1, 0], bool)
    t = QTransform.fromTranslate(10.0, 20.0).scale(3.125, 3.125)  # device = 3.125 * logical + shift
    x, y, s = device_rings(px, py, starts, t)
    keep = [0, 1, 2, 4, 5, 6, 8, 9]  # the two rings' closing vertices left out; an open part kept whole
    assert x.tolist() == np.rint(px * 3.125 + 10.0)[keep].astype(int).tolist()
    assert y.tolist() == np.rint(py * 3.125 + 20.0)[keep].astype(int).tolist()
    assert s.tolist() == starts[keep].tolist()


def test_a_vertex_that_is_not_finite_is_dropped_and_the_next_starts_a_part():
    px = np.array([1.0, 2.0, np.nan, 4.0, 5.0, 6.0])
    py = np.array([1.0, 2.0, 3.0, 4.0, np.inf, 6.0])
    x, y, s = device_rings(px, py, np.array([0, 0, 0, 0, 0, 0], bool), QTransform())
    assert x.tolist() == [1, 2, 4, 6] and y.tolist() == [1, 2, 4, 6]
    assert s.tolist() == [True, False, True, True]  # (the first vertex always starts one)


@hyp_settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(-10**12, 10**12), st.integers(-10**6, 10**6), st.booleans()), max_size=60))
def test_the_path_operators_are_the_numbers_as_python_writes_them(vertices):
    x = np.array([v[0] for v in vertices], np.int64)
    y = np.array([v[1] for v in vertices], np.int64)
    s = np.array([v[2] for v in vertices], bool)
    want = "".join(f"{a} {b} {'m' if c else 'l'}\n" for a, b, c in vertices).encode()
    assert path_operators(x, y, s) == want


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


def map_scene(geoms, statuses, opacity: float):
    """The plots, with ``opacity``, under a zone's outline and a half-transparent fill drawn after them."""
    plots = PlotsLayer(GeometryArrays.from_geometries(geoms, CRS), statuses)
    plots.opacity = opacity
    x0, y0, x1, y1 = shapely.total_bounds(np.array(geoms, dtype=object))
    zone = shapely.Polygon([(x0 + 0.05, y0 + 0.05), (x1 - 0.1, y0 + 0.02), (x1 - 0.05, y1 - 0.1), (x0 + 0.1, y1 - 0.04)])
    cover = PolygonLayer("zones", GeometryArrays.from_geometries([zone], CRS), "#66FFFFFF", "#FF000000", 1.5)
    return MapScene([plots, cover], CRS), plots


def write_pdf(path, forms: bool, opacity: float = 1.0):
    """An A4 landscape PDF at 300 dpi of the plots under a zone, as a page's map is painted: in
    a frame that cuts through the plots, sezmap's forms or (``forms`` False) Qt's own paths."""
    geoms, statuses = small_plots()
    scene, _ = map_scene(geoms, statuses, opacity)
    page = paper_page("A4", True, 300.0)
    bounds = crs_mod.project_bounds(CRS, shapely.total_bounds(np.array(geoms, dtype=object)))
    settings = MapSettings(crs=CRS, width=MAP_PX[0], height=MAP_PX[1]).fitted(bounds, -0.05)  # (cut by the frame)
    stats: dict = {}

    def draw(painter, writer, pdf):
        painter.scale(writer.width() / page.width, writer.width() / page.width)
        painter.setClipRect(QRectF(*CORNER, *MAP_PX))
        painter.translate(*CORNER)
        stats.update(render(settings, painter, scene, labels=False, pdf=pdf if forms else None))

    static.write_pdf(path, page, "plots", draw)
    return stats


def pixels(pdf, tmp_path, name, reader="poppler"):
    """The map's part of the page (and a margin of white around it) rendered at 300 dpi by
    ``reader``, as (h, w, 3) integers."""
    x, y, w, h = (int(v * 300 / 96) for v in (CORNER[0] - 8, CORNER[1] - 8, MAP_PX[0] + 16, MAP_PX[1] + 16))
    out = tmp_path / f"{name}-{reader}.png"
    if reader == "poppler":
        subprocess.run(["pdftoppm", "-r", "300", "-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h), "-png",
                        "-singlefile", str(pdf), str(out)[:-4]], check=True)
    else:
        subprocess.run(["mutool", "draw", "-q", "-r", "300", "-o", str(out), str(pdf), "1"], check=True,
                       capture_output=True)
    image = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).reshape(
        image.height(), image.bytesPerLine())
    full = rows[:, :3 * image.width()].reshape(image.height(), image.width(), 3).astype(np.int64)
    return full if reader == "poppler" else full[y:y + h, x:x + w]


def assert_same_at_print_resolution(old, new):
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


@pytest.mark.parametrize("opacity", [1.0, 0.55])
@pytest.mark.parametrize("reader", ["poppler", "mupdf"])
def test_plots_on_a_pdf_as_a_form_look_as_qt_draws_them_at_300_dpi(tmp_path, reader, opacity):
    needs.command("pdftoppm", "poppler-utils")
    needs.command("mutool", "mupdf-tools")
    stats = write_pdf(tmp_path / "form.pdf", True, opacity)
    write_pdf(tmp_path / "plain.pdf", False, opacity)
    drawn = stats["plots_visible"] - stats["plots_as_pixels"]
    assert drawn > 5_000  # most plots are drawn as paths (a pixel or more), not as single pixels
    assert b"/Subtype /Form" in (tmp_path / "form.pdf").read_bytes()
    assert b"/Subtype /Form" not in (tmp_path / "plain.pdf").read_bytes()
    assert (tmp_path / "form.pdf").stat().st_size < 0.6 * (tmp_path / "plain.pdf").stat().st_size
    old, new = pixels(tmp_path / "plain.pdf", tmp_path, "plain", reader), pixels(tmp_path / "form.pdf", tmp_path, "form", reader)
    assert_same_at_print_resolution(old, new)
    # the frame's clip holds: the margin around the map is white on both
    margin = np.ones(old.shape[:2], bool)
    m = int(6 * 300 / 96)
    margin[m:-m, m:-m] = False
    assert (new[margin] == 255).all() and (old[margin] == 255).all()
    # the zone's half-transparent cover and outline are over the plots, not under them
    assert len(np.unique(new.reshape(-1, 3), axis=0)) > 20


def test_the_pdf_with_forms_is_sound_for_qpdf_and_poppler(tmp_path):
    needs.command("qpdf", "qpdf")
    needs.command("pdfinfo", "poppler-utils")
    write_pdf(tmp_path / "form.pdf", True)
    checked = subprocess.run(["qpdf", "--check", str(tmp_path / "form.pdf")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors" in checked.stdout
    info = subprocess.run(["pdfinfo", str(tmp_path / "form.pdf")], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout and "Title:           plots" in info.stdout
    assert "Syntax Error" not in info.stderr


def test_a_page_whose_placeholder_is_lost_is_drawn_again_by_qt(tmp_path, monkeypatch):
    needs.command("pdftoppm", "poppler-utils")
    monkeypatch.setattr(pdf_forms, "_token_objects", lambda data: {})
    write_pdf(tmp_path / "again.pdf", True)
    data = (tmp_path / "again.pdf").read_bytes()
    assert b"/Subtype /Form" not in data and data.count(b"%%EOF") == 1
    monkeypatch.undo()
    write_pdf(tmp_path / "plain.pdf", False)
    assert (pixels(tmp_path / "again.pdf", tmp_path, "again") == pixels(tmp_path / "plain.pdf", tmp_path, "plain")).all()


def test_two_forms_on_two_pages_each_land_in_their_own_place(tmp_path):
    """Every placeholder is its own object (a token of 128 random bits), on any page."""
    needs.command("pdftoppm", "poppler-utils")
    page = paper_page("A4", False, 300.0)
    boxes = [(100.0, 100.0, 600.0, 400.0), (900.0, 1200.0, 500.0, 700.0)]

    def draw(painter, writer, pdf):
        for n, (x, y, w, h) in enumerate(boxes):
            if n:
                writer.newPage()
            painter.save()
            painter.setClipRect(QRectF(x, y, w, h))
            form = pdf.begin(painter)
            ring = np.array([x - 50, x + w + 50, x + w + 50, x - 50]), np.array([y + 10, y + 10, y + h - 10, y + h - 10])
            form.fill(*ring, np.array([1, 0, 0, 0], bool), QColor(200, 30 * n, 40))
            form.end()
            painter.restore()

    static.write_pdf(tmp_path / "two.pdf", page, "two", draw)
    for n, (x, y, w, h) in enumerate(boxes):
        subprocess.run(["pdftoppm", "-r", "300", "-f", str(n + 1), "-l", str(n + 1), "-png", "-singlefile",
                        str(tmp_path / "two.pdf"), str(tmp_path / f"p{n}")], check=True)
        image = QImage(str(tmp_path / f"p{n}.png"))
        inside, outside = image.pixelColor(int(x + w / 2), int(y + h / 2)), image.pixelColor(int(x - 20), int(y + h / 2))
        assert (inside.red(), inside.green(), inside.blue()) == (200, 30 * n, 40)  # filled, in its own colour
        assert (outside.red(), outside.green(), outside.blue()) == (255, 255, 255)  # cut by its clip


def test_outlined_plots_are_drawn_by_qt_as_they_are(tmp_path):
    """Plots large enough for an outline keep their exact vertices (a stroke needs its ring closed)."""
    geoms = [shapely.box(70.0 + i * 0.05, 45.0, 70.0 + i * 0.05 + 0.04, 45.04) for i in range(10)]
    layer = PlotsLayer(GeometryArrays.from_geometries(geoms, CRS), ["vacant"] * 10)
    page = paper_page("A4", True, 300.0)
    bounds = crs_mod.project_bounds(CRS, (70.0, 45.0, 70.5, 45.04))
    settings = MapSettings(crs=CRS, width=int(page.width), height=int(page.height)).fitted(bounds, 0.02)
    forms = []

    def draw(painter, writer, pdf):
        painter.scale(writer.width() / page.width, writer.width() / page.width)
        render(settings, painter, MapScene([layer], CRS), labels=False, pdf=pdf)
        forms.append(pdf)

    static.write_pdf(tmp_path / "big.pdf", page, "plots", draw)
    assert float(np.median(layer.arrays.sizes / settings.resolution)) > styles.PLOT_OUTLINE_MIN_PX
    assert forms[0].forms == []


def test_a_half_transparent_fill_in_a_form_is_as_transparent_as_qt_draws_it(tmp_path):
    """A colour's own alpha times the painter's opacity (a `gs` in the form sets the opacity: it
    does not multiply the one the form is drawn with)."""
    needs.command("pdftoppm", "poppler-utils")
    page = paper_page("A4", False, 300.0)
    colour = QColor(200, 30, 40, 128)
    rect = (200.0, 200.0, 400.0, 300.0)
    ring = np.array([200.0, 600.0, 600.0, 200.0]), np.array([200.0, 200.0, 500.0, 500.0]), np.array([1, 0, 0, 0], bool)

    def draw(painter, writer, pdf):
        painter.setOpacity(0.5)
        form = pdf.begin(painter)
        form.fill(*ring, colour)
        form.end()
        writer.newPage()
        painter.fillRect(QRectF(*rect), colour)  # Qt's own, on the second page

    static.write_pdf(tmp_path / "alpha.pdf", page, "alpha", draw)
    assert b"/ca 0.25" in (tmp_path / "alpha.pdf").read_bytes()
    seen = []
    for n in (1, 2):
        subprocess.run(["pdftoppm", "-r", "300", "-f", str(n), "-l", str(n), "-png", "-singlefile",
                        str(tmp_path / "alpha.pdf"), str(tmp_path / f"a{n}")], check=True)
        c = QImage(str(tmp_path / f"a{n}.png")).pixelColor(400, 350)
        seen.append((c.red(), c.green(), c.blue()))
    alpha = 0.5 * 128 / 255  # the painter's opacity times the colour's
    want = tuple(round(255 - (255 - v) * alpha) for v in (200, 30, 40))
    assert seen[0] == seen[1]
    assert all(abs(a - b) <= 2 for a, b in zip(seen[0], want, strict=True)), (seen, want)


def test_plots_under_a_pixel_are_a_lossless_image_on_a_pdf(tmp_path):
    """Their pixels keep their status colours exactly (Qt would write the image as a JPEG,
    whose blocks and halved colour resolution smear single pixels into one another)."""
    stats = write_pdf(tmp_path / "form.pdf", True)
    assert stats["plots_as_pixels"] > 100
    assert b"/DCTDecode" not in (tmp_path / "form.pdf").read_bytes()
    images = [im for im in pdf_reading.images(tmp_path / "form.pdf", 1) if im.colour_space == "/DeviceRGB"]
    assert len(images) == 1
    assert "/FlateDecode" in images[0].filters and images[0].bits == 8
    drawn = {tuple(int(v) for v in p) for p in images[0].pixels.reshape(-1, 3) if p.any()}
    palette = {QColor(c).getRgb()[:3] for c in STATUS_COLOURS.values()}
    assert drawn and drawn <= palette
