"""Small pieces of the web map's HTML: the hub, corridor and status symbols of the legend and
the tooltips, as the desktop map draws them (model/symbology.py), and the escaping of text."""

from __future__ import annotations

import html
import math

from sezmap.formats.untrusted import script_json
from sezmap.model import symbology


def esc(text) -> str:
    """``text`` as HTML text (quotes too)."""
    return html.escape(str(text), quote=True)


def js(value) -> str:
    """A JavaScript literal of ``value`` to put inside a <script> (sezmap.formats.untrusted)."""
    return script_json(value)


def tooltip_text(text: str) -> str:
    """Text for folium.Tooltip, which puts it into a JavaScript template literal."""
    return esc(text).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")


def hex_opacity(rgba) -> tuple[str, float]:
    """(#RRGGBB, opacity 0..1) of an (r, g, b, a) colour."""
    r, g, b, a = rgba
    return f"#{r:02X}{g:02X}{b:02X}", round(a / 255.0, 3)


def _points(pts) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in pts)


def _star(c: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r * 1.2 if i % 2 == 0 else r * 0.5
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    return pts


def hub_svg(kind, size: float = symbology.HUB_SIZE_PX + 3) -> str:
    """The hub's symbol (shape and colour by kind, as the map draws it) as inline SVG."""
    shape, colour = symbology.hub_symbol(kind)
    box = size * 1.5
    c, r = box / 2, size / 2
    if shape in ("circle", "small_circle"):
        rr = r * (0.6 if shape == "small_circle" else 1.0)
        body = f'<circle cx="{c:.2f}" cy="{c:.2f}" r="{rr:.2f}"/>'
    elif shape == "square":
        body = f'<rect x="{c - 0.85 * r:.2f}" y="{c - 0.85 * r:.2f}" width="{1.7 * r:.2f}" height="{1.7 * r:.2f}"/>'
    elif shape == "diamond":
        body = f'<polygon points="{_points([(c, c - 1.15 * r), (c + r, c), (c, c + 1.15 * r), (c - r, c)])}"/>'
    elif shape == "triangle":
        body = f'<polygon points="{_points([(c, c - 1.1 * r), (c + r, c + 0.8 * r), (c - r, c + 0.8 * r)])}"/>'
    else:  # star
        body = f'<polygon points="{_points(_star(c, r))}"/>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{box:.0f}" height="{box:.0f}" '
            f'viewBox="0 0 {box:.2f} {box:.2f}"><g fill="{colour}" stroke="#FFFFFF" stroke-width="1.2">'
            f"{body}</g></svg>")


def dash_array(style: str, width: float = symbology.CORRIDOR_WIDTH_PX) -> str | None:
    """A corridor's dash pattern as an SVG/Leaflet dashArray (None: solid)."""
    pattern = symbology.DASH_PATTERNS.get(style, ())
    return " ".join(f"{d * width:g}" for d in pattern) or None


def corridor_svg(colour: str, style: str) -> str:
    dash = dash_array(style)
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="34" height="12">'
            '<line x1="3" y1="6" x2="31" y2="6" stroke="#FFFFFF" stroke-opacity="0.8" stroke-width="5" '
            'stroke-linecap="round"/>'
            f'<line x1="3" y1="6" x2="31" y2="6" stroke="{colour}" stroke-width="3" stroke-linecap="round"{dash_attr}/>'
            "</svg>")


ZONE_SVG = ('<svg width="34" height="14"><rect x="3" y="2" width="28" height="10" '
            'fill="none" stroke="#FFFFFF" stroke-width="4"/><rect x="3" y="2" width="28" height="10" '
            'fill="none" stroke="#1B1B1B" stroke-width="1.8"/></svg>')


def swatch(colour: str) -> str:
    return f'<span class="sz-swatch" style="background:{colour}"></span>'


def legend_row(symbol: str, label: str) -> str:
    """One line of the legend: a symbol (HTML) and its label (text, escaped)."""
    return f'<div class="sz-row">{symbol}<span>{esc(label)}</span></div>'
