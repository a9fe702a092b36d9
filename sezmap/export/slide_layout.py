"""Sizes of a zone slide's text, chosen to read from the back of a room, and the room they take.

A slide is 13.333 × 7.5 inches; shown at 1920 × 1080 that is 144 pixels an inch, 2 pixels a
point. The key figures and the status legend are set at ``FIGURES_PT``: 28 px letters, whose
capitals and digits stand 18 px or more tall in the usual slide fonts (Calibri's capitals are
0.644 of the size, DejaVu Sans's 0.73). No Qt: the heights are estimated from an average
letter width, generously, so that what follows a table is placed below it.
"""

from __future__ import annotations

from dataclasses import dataclass

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
SHOWN_W_PX = 1920  # a full-HD projector
FIGURES_PT = 14.0  # the key figures' table and the status legend
HEADING_PT = 16.0  # the legend's heading, the slide's subtitle
FOOTER_PT = 12.0
CHART_PT = 14.0  # the comparison chart's names and values
AVERAGE_EM = 0.6  # an average letter's width, of the font size (DejaVu Sans's, wider than Calibri's: safe for both)
LINE_EM = 1.2  # a line's height, of the font size
CELL_MARGIN_IN = (0.07, 0.04)  # a table cell's margins, left/right and top/bottom


def pixels(pt: float, shown_w_px: int = SHOWN_W_PX) -> float:
    """A font size in points as pixels on a slide shown ``shown_w_px`` wide."""
    return pt / 72.0 * shown_w_px / SLIDE_W_IN


TITLE_PT = (26.0, 18.0)  # a slide's title: this size, down to that one for a long title
BOLD_EM = 0.7  # an average bold letter's width (titles)


def chars_per_line(width_in: float, pt: float, em: float = AVERAGE_EM) -> int:
    return max(1, int(width_in * 72.0 / (pt * em)))


def title_size(text: str, width_in: float) -> float:
    """The largest title size (TITLE_PT) at which ``text`` stays on one line, else the smallest."""
    big, small = TITLE_PT
    pt = big
    while pt > small and len(text) > chars_per_line(width_in, pt, BOLD_EM):
        pt -= 1.0
    return pt


def lines_needed(text: str, width_in: float, pt: float) -> int:
    """How many lines ``text`` takes wrapped at words in ``width_in`` inches (an estimate)."""
    per_line = chars_per_line(width_in, pt)
    lines, used = 1, 0
    for word in str(text).split():
        need = len(word) if used == 0 else used + 1 + len(word)
        if need <= per_line:
            used = need
        else:
            lines += 1 + (len(word) - 1) // per_line
            used = len(word) % per_line or per_line
    return lines


def row_height(cells: tuple[str, ...], col_widths: tuple[float, ...], pt: float) -> float:
    """A table row's height in inches: its tallest cell wrapped in its column."""
    lines = max(lines_needed(text, w - 2 * CELL_MARGIN_IN[0], pt) for text, w in zip(cells, col_widths, strict=True))
    return lines * pt * LINE_EM / 72.0 + 2 * CELL_MARGIN_IN[1]


def table_height(rows, col_widths: tuple[float, ...], pt: float) -> float:
    return sum(row_height(tuple(str(c) for c in row), col_widths, pt) for row in rows)


SWATCH_IN = (0.3, 0.22)
ENTRY_GAP_IN = 0.03


@dataclass(frozen=True)
class LegendSpot:
    """Where a legend entry's text goes, relative to the legend's top left (inches); its
    swatch stands at (left, top)."""

    left: float
    top: float
    width: float
    height: float


def legend_rows(texts: list[str], width: float, pt: float = FIGURES_PT,
                heading_pt: float = HEADING_PT) -> list[LegendSpot]:
    """Entries under a heading, down the first of two columns then the second, each as tall
    as its text wrapped in its column needs."""
    head = heading_pt * LINE_EM / 72.0 + 0.06
    per_column = (len(texts) + 1) // 2
    col_w = width / 2.0
    text_w = col_w - SWATCH_IN[0] - 0.16
    spots = []
    y = [head, head]
    for k, text in enumerate(texts):
        column = 0 if k < per_column else 1
        height = lines_needed(text, text_w, pt) * pt * LINE_EM / 72.0 + 0.04
        spots.append(LegendSpot(column * col_w, y[column], text_w, height))
        y[column] += height + ENTRY_GAP_IN
    return spots


def legend_height(texts: list[str], width: float, pt: float = FIGURES_PT) -> float:
    """The status legend's height: its heading, then its entries in two columns."""
    spots = legend_rows(texts, width, pt)
    return max((spot.top + spot.height for spot in spots), default=HEADING_PT * LINE_EM / 72.0)
