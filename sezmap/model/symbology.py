"""How corridors, hubs and zones look, without Qt: one table for the map, the exports and the
QGIS styles that the project file carries.

Plot fills come from ``sezmap.model.statuses.STATUS_COLOURS``; ``render/styles.py`` turns
these tables into Qt pens and brushes, ``export/web/`` into Leaflet options and
``store/qgis_styles.py`` into QGIS symbols, so a corridor is dashed and a hub drawn the same
way everywhere.
"""

from __future__ import annotations

# Corridors: distinct, dark, named lines (one colour per corridor id, in the order the ids
# first appear in the layer).
CORRIDOR_PALETTE = ("#CC79A7", "#5D3A9B", "#8C510A", "#01665E", "#1A1A1A", "#994F00", "#4B0092")
CORRIDOR_WIDTH_PX = 3.0
CORRIDOR_HALO = (255, 255, 255, 200)
CORRIDOR_HALO_WIDTH_PX = 5.0

# The line style of a corridor by its mode; unknown modes are solid.
CORRIDOR_DASH_STYLE = {
    "rail": "solid",
    "road": "dash",
    "sea": "dot",
    "multimodal": "dash_dot",
}
# Dash patterns in units of the line width (Qt's own patterns for its pen styles).
DASH_PATTERNS = {
    "solid": (),
    "dash": (4.0, 2.0),
    "dot": (1.0, 2.0),
    "dash_dot": (4.0, 2.0, 1.0, 2.0),
}

# Hubs: a symbol shape and colour per kind.
HUB_SYMBOLS = {
    "border_crossing": ("diamond", "#B2182B"),
    "seaport": ("circle", "#2166AC"),
    "dry_port": ("square", "#5A3D8A"),
    "logistics_hub": ("triangle", "#1B7837"),
    "cooperation_center": ("star", "#B35806"),
    "station": ("small_circle", "#333333"),
}
HUB_DEFAULT_SYMBOL = ("circle", "#333333")
HUB_SIZE_PX = 11.0

# Zones and plots (RGBA).
ZONE_OUTLINE = (0x1B, 0x1B, 0x1B, 255)
ZONE_FILL = (255, 255, 255, 70)
ZONE_HALO = (255, 255, 255, 200)
ZONE_OUTLINE_WIDTH_PX = 1.8
PLOT_OUTLINE = (40, 40, 40, 150)


def corridor_colour(index: int) -> str:
    return CORRIDOR_PALETTE[index % len(CORRIDOR_PALETTE)]


def corridor_dash(mode) -> str:
    """The line style name of a corridor mode ('solid', 'dash', 'dot', 'dash_dot')."""
    return CORRIDOR_DASH_STYLE.get(mode, "solid") if isinstance(mode, str) else "solid"


def hub_symbol(kind) -> tuple[str, str]:
    """(shape, colour) of a hub kind."""
    return HUB_SYMBOLS.get(kind, HUB_DEFAULT_SYMBOL) if isinstance(kind, str) else HUB_DEFAULT_SYMBOL


def corridor_order(ids) -> list[str]:
    """Corridor ids in the order they first appear (the order their colours are given in)."""
    return list(dict.fromkeys(str(i) for i in ids))


# English captions (the QGIS styles and other Qt-free writers; the app translates its own).
HUB_KIND_LABELS_EN = {
    "border_crossing": "Border crossing",
    "seaport": "Seaport",
    "dry_port": "Dry port",
    "logistics_hub": "Logistics hub",
    "cooperation_center": "Cooperation centre",
    "station": "Station",
}
