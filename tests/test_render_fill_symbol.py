"""A filled area with one outline is one path on a vector page (PDF "B", one SVG <path>), drawn
as a fill and then a stroke are: the basemap's countries were written twice (fill, then stroke)."""

import re

import numpy as np
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtSvg import QSvgGenerator

from sezmap.export import static
from sezmap.render import symbols
from sezmap.render.page import paper_page
from tests import pdf_reading


def star() -> QPainterPath:
    path = QPainterPath()
    t = np.linspace(0, 2 * np.pi, 11)[:-1]
    r = np.where(np.arange(10) % 2, 20.0, 45.0)
    path.moveTo(50 + r[0] * np.cos(t[0]), 50 + r[0] * np.sin(t[0]))
    for a, b in zip(r[1:], t[1:], strict=True):
        path.lineTo(50 + a * np.cos(b), 50 + a * np.sin(b))
    path.closeSubpath()
    return path


def symbol():
    return symbols.FillSymbol("#FFE4E2DD", "#FF7A6E5D", 2.5)


def test_a_fill_with_one_outline_draws_as_the_fill_then_the_stroke(qapp):
    one, two = (QImage(100, 100, QImage.Format.Format_ARGB32_Premultiplied) for _ in range(2))
    for image in (one, two):
        image.fill(0xFFFFFFFF)
    p = QPainter(one)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    symbol().paint(p, star())
    p.end()
    p = QPainter(two)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillPath(star(), symbols._colour(symbol().fill))
    p.strokePath(star(), symbol().line_pens()[0])
    p.end()
    assert one == two
    assert one.pixelColor(50, 50).name() == "#e4e2dd" and one.pixelColor(95, 50).name() != "#ffffff"


def test_a_fill_with_one_outline_is_one_path_on_a_pdf_and_in_an_svg(qapp, tmp_path):
    page = paper_page("A4", False, 300.0)

    def draw(painter, writer, pdf):
        symbol().paint(painter, star())

    static.write_pdf(tmp_path / "star.pdf", page, "star", draw)
    ops = [op for op, _ in pdf_reading.operators(pdf_reading.content(tmp_path / "star.pdf", 1))]
    assert ops.count("m") == 1 and ("B" in ops or "B*" in ops)

    def svg_paths(name, paint):
        gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
        gen.setFileName(str(tmp_path / name))
        gen.setSize(QSize(100, 100))
        gen.setViewBox(QRectF(0, 0, 100, 100))
        p = QPainter(gen)
        paint(p)
        p.end()
        svg = (tmp_path / name).read_text(encoding="utf-8")
        assert 'fill="#e4e2dd"' in svg and 'stroke="#7a6e5d"' in svg
        return len(re.findall(r"<path ", svg))

    assert svg_paths("star.svg", lambda p: symbol().paint(p, star())) == 1
    # (as a fill and then a stroke: the path twice)
    assert svg_paths("twice.svg", lambda p: (p.fillPath(star(), symbols._colour(symbol().fill)),
                                             p.strokePath(star(), symbol().line_pens()[0]))) == 2
