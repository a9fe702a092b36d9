"""tests/pdf_reading.py, the tests' reader of PDFs (through qpdf), on PDFs made here by Qt: it
finds a page's path operators and its images' pixels, on that page and not on another."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPdfWriter

from sezmap.export import static
from sezmap.render.page import paper_page
from tests import pdf_reading

TRIANGLE = [(700, 700), (900, 720), (800, 900)]  # in the painter's coordinates (device pixels at 300 dpi)


def pixels(alpha: bool) -> np.ndarray:
    """(3, 5, 4) RGBA: every pixel its own colour; with ``alpha`` the first column transparent."""
    y, x = np.mgrid[0:3, 0:5]
    return np.stack([40 * x, 70 * y, 200 + 0 * x, np.where(alpha & (x == 0), 0, 255)], axis=2).astype(np.uint8)


def write(path, alpha=False):
    """Two pages: on the first one path (a filled triangle) and one image (5 x 3, lossless); the second empty."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    rgba = pixels(alpha)
    image = QImage(5, 3, QImage.Format.Format_ARGB32)
    for (y, x), _ in np.ndenumerate(rgba[..., 0]):
        image.setPixelColor(int(x), int(y), QColor(*(int(v) for v in rgba[y, x])))
    painter.drawImage(QRectF(100, 100, 500, 300), image)
    path_ = QPainterPath()
    path_.moveTo(*TRIANGLE[0])
    for p in TRIANGLE[1:]:
        path_.lineTo(*p)
    path_.closeSubpath()
    painter.fillPath(path_, QColor(10, 200, 30))
    writer.newPage()
    painter.end()
    del writer


def check_page(path, page):
    """The triangle's path and the image on ``page``, as they were drawn."""
    ops = pdf_reading.operators(pdf_reading.content(path, page))
    moves = [operands for op, operands in ops if op == "m"]
    lines = [[float(v) for v in operands] for op, operands in ops if op == "l"]
    assert [[float(v) for v in m] for m in moves] == [list(TRIANGLE[0])]
    assert lines[:2] == [list(p) for p in TRIANGLE[1:]]
    assert [op for op, _ in ops if op in ("f", "f*", "B", "B*", "S")] in (["f"], ["f*"])
    images = pdf_reading.images(path, page)
    assert len(images) == 1
    image = images[0]
    assert (image.width, image.height, image.bits, image.colour_space) == (5, 3, 8, "/DeviceRGB")
    assert image.filters == ("/FlateDecode",)
    assert (image.pixels == pixels(False)[..., :3]).all()
    return image


def test_the_reader_finds_the_path_and_the_image_of_a_page(tmp_path):
    write(tmp_path / "one.pdf")
    assert pdf_reading.page_count(tmp_path / "one.pdf") == 2
    assert check_page(tmp_path / "one.pdf", 1).mask is None


def test_the_reader_does_not_find_them_on_another_page(tmp_path):
    write(tmp_path / "one.pdf")
    with pytest.raises(AssertionError):
        check_page(tmp_path / "one.pdf", 2)
    assert [op for op, _ in pdf_reading.operators(pdf_reading.content(tmp_path / "one.pdf", 2)) if op in "ml"] == []
    assert pdf_reading.images(tmp_path / "one.pdf", 2) == []
    with pytest.raises(IndexError):
        pdf_reading.content(tmp_path / "one.pdf", 3)
    with pytest.raises(IndexError):
        pdf_reading.images(tmp_path / "one.pdf", 0)


def test_the_reader_gives_an_image_its_mask(tmp_path):
    write(tmp_path / "alpha.pdf", alpha=True)
    image = check_page(tmp_path / "alpha.pdf", 1)
    assert image.mask is not None and image.mask.pixels.shape == (3, 5, 1)
    mask = image.mask.pixels[..., 0]
    assert (mask[:, :1] != mask[:, 1:]).all()  # the transparent column masked, no other pixel


def test_the_reader_sees_the_forms_of_an_incremental_update(tmp_path):
    """render.pdf_forms redefines its placeholder (an image) as a form in an update at the file's
    end: the form is read, with its fill, and the placeholder image no more."""
    ring = np.array([100.0, 600.0, 600.0, 100.0]), np.array([100.0, 100.0, 400.0, 400.0]), np.array([1, 0, 0, 0], bool)

    def draw(painter, writer, pdf):
        form = pdf.begin(painter)
        form.fill(*ring, QColor(200, 30, 40))
        form.end()

    static.write_pdf(tmp_path / "form.pdf", paper_page("A4", False, 300.0), "form", draw)
    assert (tmp_path / "form.pdf").read_bytes().count(b"%%EOF") == 2
    forms = list(pdf_reading.forms(tmp_path / "form.pdf", 1).values())
    assert len(forms) == 1
    ops = pdf_reading.operators(forms[0])
    assert [(op, [float(v) for v in operands]) for op, operands in ops if op in ("m", "l", "f")] == [
        ("m", [100.0, 100.0]), ("l", [600.0, 100.0]), ("l", [600.0, 400.0]), ("l", [100.0, 400.0]), ("f", [])]
    assert pdf_reading.images(tmp_path / "form.pdf", 1) == []


def test_operators_are_read_by_the_tokens_of_a_content_stream():
    stream = (b"/P <</MCID 0 /A [1 (x)]>> BDC\n[(a\\)b(c)) -3.5 <0a1B>] TJ % a comment: 1 0 m\r"
              b"1 0 0 1 +5 .5 cm /Im0 Do EMC")
    assert pdf_reading.operators(stream) == [
        ("BDC", [b"/P", b"<</MCID 0 /A [1 (x)]>>"]), ("TJ", [b"[(a\\)b(c)) -3.5 <0a1B>]"]),
        ("cm", [b"1", b"0", b"0", b"1", b"+5", b".5"]), ("Do", [b"/Im0"]), ("EMC", [])]
    with pytest.raises(ValueError):
        pdf_reading.operators(b"1 0")  # operands and no operator
