"""How each layer looks: one place for colours, line styles and hub symbols.

Plot fills come from ``sezmap.model.statuses.STATUS_COLOURS`` (the one
colour-blind-safe palette); everything else here is chosen not to clash with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from sezmap.model import symbology
from sezmap.model.statuses import STATUS_COLOURS, STATUSES

BACKGROUND = QColor("#ECEBE7")  # beyond the basemap (44-90°E, 35-57°N; within it water is its own layer): unmapped land, near the neighbours' grey
PLOT_OUTLINE = QColor(40, 40, 40, 150)
PLOT_OUTLINE_MIN_PX = 8.0  # plots smaller than this on screen are drawn without outline
ZONE_OUTLINE = QColor("#1B1B1B")
ZONE_FILL = QColor(255, 255, 255, 70)
ZONE_HALO = QColor(255, 255, 255, 200)
SELECTION = QColor("#FF00FF")
ROUTE = QColor("#D41159")
ROUTE_OFF_NETWORK = QColor("#6E6E6E")  # a route's straight legs off the corridors
MEASURE = QColor("#C00000")
LABEL_TEXT = QColor("#111111")
LABEL_HALO = QColor(255, 255, 255, 220)

# Corridors: distinct, dark, named lines (one colour per corridor id, in order), dashed by
# mode; hubs: a symbol shape and colour per kind. The tables are Qt-free in model/symbology.py
# (the web map and the QGIS styles in the project file use them too).
CORRIDOR_PALETTE = symbology.CORRIDOR_PALETTE
_PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
               "dot": Qt.PenStyle.DotLine, "dash_dot": Qt.PenStyle.DashDotLine}
CORRIDOR_DASH = {mode: _PEN_STYLES[name] for mode, name in symbology.CORRIDOR_DASH_STYLE.items()}
HUB_SYMBOLS = symbology.HUB_SYMBOLS
HUB_SIZE_PX = symbology.HUB_SIZE_PX

# Basemap layers (layers/basemap.gpkg), drawn in this order, below the project.
BASEMAP_ORDER = ("countries", "admin1", "water", "rivers", "cities")
# Kazakhstan stands out: a light warm fill and a darker border; its neighbours are greyer.
# Regions are drawn for Kazakhstan only, as thin lines inside it.
HOME_COUNTRY = "KZ"
BASEMAP_STYLES: dict[str, dict[str, Any]] = {
    "countries": {"fill": "#E4E2DD", "line": "#A8A39A", "width": 0.9,
                  "highlight": ("iso_a2", HOME_COUNTRY), "highlight_fill": "#FBF5E4",
                  "highlight_line": "#7A6E5D", "highlight_width": 1.6},
    "admin1": {"fill": None, "line": "#CDBFA8", "width": 0.8, "only": ("iso_a2", HOME_COUNTRY)},
    "water": {"fill": "#A9CFE6", "line": "#7FB2D4", "width": 0.6},
    "rivers": {"fill": None, "line": "#7FB2D4", "width": 1.0},
    "cities": {"point": "#444444", "size": 4.0},
}


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#FF00FF"))


def status_rgb32() -> dict[str, int]:
    """Opaque ARGB32 words per status, for writing pixels with numpy."""
    return {s: 0xFF000000 | int(STATUS_COLOURS[s][1:], 16) for s in STATUSES}


def corridor_colour(index: int) -> QColor:
    return QColor(CORRIDOR_PALETTE[index % len(CORRIDOR_PALETTE)])


def shape_path(shape: str, size: float) -> QPainterPath:
    """A marker shape (circle, small_circle, square, diamond, triangle, star) centred on (0, 0)."""
    r = size / 2.0
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape == "small_circle":
        path.addEllipse(QPointF(0, 0), r * 0.6, r * 0.6)
    elif shape == "square":
        path.addRect(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r)
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.15), QPointF(r, 0), QPointF(0, r * 1.15), QPointF(-r, 0)]))
        path.closeSubpath()
    elif shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.1), QPointF(r, r * 0.8), QPointF(-r, r * 0.8)]))
        path.closeSubpath()
    else:  # star
        import math

        pts = []
        for i in range(10):
            rr = r * 1.2 if i % 2 == 0 else r * 0.5
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
    return path
