"""A print page and its type: sizes in logical units, fonts, text measures, the layout's words.

Units. A page is laid out in *logical units*: 1/96 inch on an A4 sheet, the unit every
symbol size of the renderer (pixels on the canvas) is designed in. Larger pages grow their
logical unit gently (by the square root of the size ratio), so an A3 sheet or a 1920×1080
slide shows more map and slightly larger text. ``Page.scale`` is the number of device pixels
per logical unit; ``PrintLayout.draw`` scales the painter by it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from sezmap.render import page_language

BASE_DPI = 96.0
A4_SHORT_MM = 210.0
PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}

TEXT = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9A9A9A")

# the words drawn on a page by Qt code (legend, furniture, panel headings); what the page says
# about its data is in layout_content.py
_TEXTS = {
    "legend": QT_TRANSLATE_NOOP("layout", "Legend"),
    "figures": QT_TRANSLATE_NOOP("layout", "Key figures"),
    "inset": QT_TRANSLATE_NOOP("layout", "Location in Kazakhstan"),
    "zone_boundary": QT_TRANSLATE_NOOP("layout", "Zone boundary"),
    "zone_location": QT_TRANSLATE_NOOP("layout", "Zone location"),
    "north": QT_TRANSLATE_NOOP("layout", "N"),
    "scale": QT_TRANSLATE_NOOP("layout", "Scale 1:%1 at the map centre"),
    "more": QT_TRANSLATE_NOOP("layout", "+ %1 more"),
}


def layout_text(key: str) -> str:
    return page_language.translate("layout", str(_TEXTS[key]))


def font(px: float, bold: bool = False) -> QFont:
    """DejaVu Sans (Cyrillic and Kazakh letters) at a pixel size, unhinted so that its metrics
    scale with the painter (the same boxes at any DPI)."""
    f = QFont("DejaVu Sans")
    f.setPixelSize(max(5, int(round(px))))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def text_height(text: str, f: QFont, width: float) -> float:
    if not text:
        return 0.0
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), WRAP, text).height()


@dataclass(frozen=True)
class Page:
    """A page: its logical size, device pixels per logical unit, and the device's DPI."""

    width: float
    height: float
    scale: float
    dpi: float = BASE_DPI
    paper: str | None = None
    landscape: bool = False

    @property
    def device_size(self) -> tuple[int, int]:
        return int(round(self.width * self.scale)), int(round(self.height * self.scale))

    @property
    def logical_dpi(self) -> float:
        """Logical units per inch of the output (for the scale 1:N)."""
        return self.dpi / self.scale

    def with_scale(self, scale: float) -> Page:
        """The same layout drawn at another size (a preview)."""
        return Page(self.width, self.height, scale, self.dpi * scale / self.scale, self.paper, self.landscape)


def paper_page(paper: str = "A4", landscape: bool = False, dpi: float = 300.0) -> Page:
    key = paper.upper()
    if key not in PAPER_MM:
        raise ValueError(f"paper {paper!r}: use {' or '.join(PAPER_MM)}")
    w_mm, h_mm = PAPER_MM[key]
    if landscape:
        w_mm, h_mm = h_mm, w_mm
    k = math.sqrt(min(w_mm, h_mm) / A4_SHORT_MM)
    device_w, device_h = round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)
    scale = dpi * k / BASE_DPI
    return Page(device_w / scale, device_h / scale, scale, float(dpi), key, landscape)


def pixel_page(width: int, height: int) -> Page:
    """A page of ``width`` × ``height`` pixels (a slide: 1920×1080)."""
    k = min(3.0, max(0.75, math.sqrt(min(width, height) / 794.0)))
    return Page(width / k, height / k, k, BASE_DPI * k, None, width > height)
