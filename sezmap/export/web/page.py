"""The web map's page: a folium map with sezmap's layers, legend, title and controls.

``build_map`` is a list of named steps; each adds one thing to the map, in the order the page's
script expects (the panes and the data first, ``sezmap.ready()`` last). The plots are not
folium layers: one ``PlotStatusLayer`` per status draws them from the page's table
(static/sezmap.js).
"""

from __future__ import annotations

from dataclasses import dataclass

import folium
import folium.plugins
import numpy as np
import shapely
from branca.element import Element, Figure, MacroElement

from sezmap.export.texts import Texts, name_of
from sezmap.export.web import encoders, measure
from sezmap.export.web.assets import assets_dir, inline_assets
from sezmap.export.web.symbols import (
    ZONE_SVG,
    corridor_svg,
    dash_array,
    esc,
    hex_opacity,
    hub_svg,
    js,
    legend_row,
    swatch,
    tooltip_text,
)
from sezmap.formats.untrusted import script_json
from sezmap.model import symbology
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import names as render_names

try:  # folium >= 0.18
    from folium.template import Template
except ImportError:  # pragma: no cover
    from jinja2 import Template

DATA_ID = "sezmap-data"
UNKNOWN_COLOUR = "#FF00FF"
BASEMAP_SIMPLIFY_DEG = 0.005
KAZAKHSTAN = (46.0, 40.0, 88.0, 56.0)  # where the map opens when the zones have no extent
# (pane, z-index, takes pointer events): the basemap under the plots, the legs of markers spread
# apart under the zone markers, labels on top (hubs: Leaflet's marker pane, 600)
PANES = (("sezmapBasemap", 250, False), ("sezmapPlots", 350, False), ("sezmapLegs", 440, False),
         ("sezmapZoneMarkers", 450, True), ("sezmapLabels", 560, False))


@dataclass(frozen=True)
class PageContent:
    """What the page shows, as export_html chose it."""

    title: str
    title_lines: list[str]  # under the title; in investor mode the last is the contact
    notes: list[str]  # what the data is (schematic boundaries, illustrative plots), small under the lines
    vacant: bool
    statuses: list[str]  # statuses that have plots on the map, in STATUSES order
    unknown: bool  # plots of no known status (drawn in UNKNOWN_COLOUR)
    status_labels: dict[str, str]
    data: dict  # the page's table (plots, zones, words), read by sezmap.load
    tiles: str | None
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 of the zones shown


class _Raw(Element):
    """Text put into the page as it is (inline scripts, styles, the data block)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self._template = Template("{{ this.text }}")


class _Script(MacroElement):
    """A piece of script run in the map's script, in the order the elements were added."""

    def __init__(self, code: str):
        super().__init__()
        self.code = code
        self._template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")


class PlotStatusLayer(folium.map.Layer):
    """The plots of one status, drawn by sezmap.PlotsLayer (canvas tiles) from the page's table."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = sezmap.plotsLayer({{ this.code }}, {{ this.colour|tojson }});"
        "{% endmacro %}")

    def __init__(self, code: int, colour: str, name: str, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlotStatusLayer"
        self.code = int(code)
        self.colour = colour


def zone_bounds(zones) -> tuple[float, float, float, float]:
    bounds = shapely.total_bounds(zones.geometry.values)
    if not np.isfinite(bounds).all():
        bounds = np.array(KAZAKHSTAN)
    x0, y0, x1, y1 = (float(v) for v in bounds)
    return x0, y0, x1, y1


def scale_units(texts: Texts) -> dict[str, str]:
    """The scale bar's units in the page's language (Leaflet's own said "300 km" in Russian)."""
    return {"m": texts.translate("sezmap", "%1 m"), "km": texts.translate("sezmap", "%1 km")}


def build_map(project, content: PageContent, texts: Texts) -> folium.Map:
    """The folium map of the page (``fmap.get_root().render()`` writes it)."""
    fmap = _new_map(content)
    _add_data(fmap, content.data)
    _add_base_layers(fmap, texts, content.tiles)
    _add_plot_layers(fmap, content, texts)
    zones_layer = _add_zones(fmap, project, texts)
    corridor_legend = _add_corridors(fmap, project, texts)
    hubs_layer, hub_kinds = _add_hubs(fmap, project, texts)
    hubs = hubs_layer.get_name() if hubs_layer is not None else "null"
    fmap.add_child(_Script(
        f"sezmap.wire({fmap.get_name()}, {{zones: {zones_layer.get_name()}, hubs: {hubs}}});"
        f"sezmap.scale({fmap.get_name()}, {js(scale_units(texts))});"), name="sezmap_wire")
    legend = legend_html(content, texts, corridor_legend, hub_kinds)
    fmap.add_child(_Script(f"sezmap.htmlControl({fmap.get_name()}, {js(legend)}, 'bottomright', 'sz-legend');"),
                   name="sezmap_legend")
    fmap.add_child(_Script(f"sezmap.title({fmap.get_name()}, {js(title_html(content))});"), name="sezmap_title")
    _add_controls(fmap, texts)
    x0, y0, x1, y1 = content.bounds
    # clear of the title (top) and the legend (bottom right)
    fmap.fit_bounds([[y0, x0], [y1, x1]], padding_top_left=(60, 80 + 18 * len(content.title_lines) + 28 * bool(content.notes)),
                    padding_bottom_right=(250, 30))
    fmap.add_child(_Script("sezmap.ready();"), name="sezmap_ready")
    _no_links(fmap.get_root())
    return fmap


def _new_map(content: PageContent) -> folium.Map:
    """The map in its page, with every script and style inlined in the header (no CDN)."""
    x0, y0, x1, y1 = content.bounds
    figure = Figure(title=esc(content.title))  # branca puts it into <title> as it is
    fmap = folium.Map(location=[(y0 + y1) / 2, (x0 + x1) / 2], zoom_start=6, tiles=None, prefer_canvas=True,
                      control_scale=False, max_zoom=20, zoom_snap=1, zoom_delta=1,
                      # whole zoom levels: the plot tiles are drawn 1:1, crisp; no cross-fade, so a
                      # zoom never shows the previous level's tiles scaled under the new ones
                      fade_animation=False)
    fmap.default_js = []
    fmap.default_css = []
    figure.add_child(fmap)
    scripts, styles = inline_assets(str(assets_dir()))
    figure.header.add_child(_Raw(styles), name="sezmap_styles")
    figure.header.add_child(_Raw(scripts), name="sezmap_scripts")
    return fmap


def _add_data(fmap: folium.Map, data: dict) -> None:
    """The page's table as an inline JSON block, the panes, and the script that loads them."""
    payload = script_json(data, separators=(",", ":"))  # no "</script>" or "<!--" can end it
    root = fmap.get_root()
    if not isinstance(root, Figure):
        raise TypeError("the web map must be placed in a page (a branca Figure) before its data")
    root.html.add_child(_Raw(f'<script type="application/json" id="{DATA_ID}">{payload}</script>'),
                        name="sezmap_data")
    for name, z_index, events in PANES:
        folium.map.CustomPane(name, z_index=z_index, pointer_events=events).add_to(fmap)
    fmap.add_child(_Script(f'sezmap.load("{DATA_ID}");'), name="sezmap_load")


def _add_base_layers(fmap: folium.Map, texts: Texts, tiles: str | None) -> None:
    """Optional web tiles, then the offline basemap (shown when there are no tiles)."""
    if tiles:
        name = texts.translate("sezmap", "Online tiles")
        attr = name if str(tiles).startswith(("http://", "https://")) else None
        folium.TileLayer(tiles, attr=attr, name=name, overlay=False, control=True).add_to(fmap)
    _basemap(fmap, texts, show=not tiles)


def _add_plot_layers(fmap: folium.Map, content: PageContent, texts: Texts) -> None:
    """One layer per status present (its swatch and name in the layer control)."""
    for status in content.statuses:
        label = f"{swatch(STATUS_COLOURS[status])} {esc(content.status_labels[status])}"
        PlotStatusLayer(STATUSES.index(status), STATUS_COLOURS[status], label).add_to(fmap)
    if content.unknown:
        other = texts.translate("export", "Other")
        PlotStatusLayer(-1, UNKNOWN_COLOUR, f"{swatch(UNKNOWN_COLOUR)} {esc(other)}").add_to(fmap)


def _add_zones(fmap: folium.Map, project, texts: Texts) -> folium.GeoJson:
    """Every zone's outline, dark over a white halo; returns the outline layer (the script
    wires its clicks and the markers of zones too small to see)."""
    features = [{"type": "Feature", "properties": {"z": k}, "geometry": encoders.round_geojson(g, 6)}
                for k, g in enumerate(project.zones.geometry.values) if g is not None and not g.is_empty]
    collection = {"type": "FeatureCollection", "features": features}
    outline, outline_alpha = hex_opacity(symbology.ZONE_OUTLINE)
    halo, halo_alpha = hex_opacity(symbology.ZONE_HALO)
    group = folium.FeatureGroup(name=texts.translate("sezmap", "Zones"), overlay=True, control=True, show=True)
    halo_style = {"color": halo, "opacity": halo_alpha, "weight": 4.0, "fill": False}
    folium.GeoJson(collection, style_function=lambda _f: halo_style, control=False, interactive=False,
                   smooth_factor=0.5).add_to(group)
    zone_style = {"color": outline, "opacity": outline_alpha, "weight": symbology.ZONE_OUTLINE_WIDTH_PX,
                  "fill": False}
    zones_layer = folium.GeoJson(collection, style_function=lambda _f: zone_style, control=False,
                                 interactive=False, smooth_factor=0.5)
    zones_layer.add_to(group)
    group.add_to(fmap)
    return zones_layer


def _corridor_attributes(rows: list[dict]) -> dict:
    """A corridor's attributes from its features: the first non-blank text of each field."""
    merged: dict = {}
    for row in rows:
        for key, value in row.items():
            if merged.get(key) in (None, "") and isinstance(value, str) and value.strip():
                merged[key] = value
    return merged


def _add_corridors(fmap: folium.Map, project, texts: Texts) -> list[tuple[str, str, str]]:
    """Each corridor in its colour, dashed by mode, over a white halo, with a tooltip; returns
    the legend's (name, colour, dash style) of those drawn."""
    corridors = project.corridors
    if not len(corridors):
        return []
    legend = []
    group = folium.FeatureGroup(name=texts.translate("sezmap", "Corridors"), overlay=True, control=True, show=True)
    frame = corridors.drop(columns="geometry").to_dict("records")
    halo, halo_alpha = hex_opacity(symbology.CORRIDOR_HALO)
    # the first corridor on top (as on the map): the named corridors over the rail lines after them
    for n, cid in reversed(list(enumerate(symbology.corridor_order(corridors["corridor_id"])))):
        idx = [k for k, row in enumerate(frame) if str(row.get("corridor_id")) == cid]
        lines = [line for k in idx for line in _lines_of(corridors.geometry.values[k])]
        if not lines:
            continue
        merged = _corridor_attributes([frame[k] for k in idx])
        style = symbology.corridor_dash(merged.get("mode"))
        colour = symbology.corridor_colour(n)
        name = name_of(merged, texts.language) or cid
        mode = merged.get("mode")
        mode_text = texts.translate("sezmap", str(render_names.MODE_LABELS[mode])) if mode in render_names.MODE_LABELS \
            else ""
        tip = name + (f" ({mode_text})" if mode_text else "")
        folium.PolyLine(lines, color=halo, opacity=halo_alpha, weight=symbology.CORRIDOR_HALO_WIDTH_PX,
                        line_cap="round", interactive=False).add_to(group)
        folium.PolyLine(lines, color=colour, weight=symbology.CORRIDOR_WIDTH_PX, opacity=1.0,
                        dash_array=dash_array(style), line_cap="round", bubbling_mouse_events=False,
                        tooltip=folium.Tooltip(tooltip_text(tip), sticky=True)).add_to(group)
        legend.append((name, colour, style))
    group.add_to(fmap)
    return legend[::-1]


def _lines_of(geom) -> list:
    return [] if geom is None or geom.is_empty else encoders.lines_latlon(geom)


def _add_hubs(fmap: folium.Map, project, texts: Texts) -> tuple[folium.FeatureGroup | None, list]:
    """Each hub as its kind's symbol with a tooltip; returns their layer (the zone labels keep
    off its symbols) and the kinds present, in order met."""
    hubs = project.hubs
    if not len(hubs):
        return None, []
    kinds = []
    group = folium.FeatureGroup(name=texts.translate("sezmap", "Hubs"), overlay=True, control=True, show=True)
    box = (symbology.HUB_SIZE_PX + 3) * 1.5
    for row, g in zip(hubs.drop(columns="geometry").to_dict("records"), hubs.geometry.values, strict=True):
        if g is None or g.is_empty:
            continue
        kind = row.get("kind")
        if kind not in kinds:
            kinds.append(kind)
        kind_text = texts.translate("sezmap", str(render_names.HUB_KIND_LABELS.get(kind, kind)))
        tip = f"{name_of(row, texts.language) or row.get('hub_id')} — {kind_text}"
        folium.Marker([round(g.y, 6), round(g.x, 6)],
                      # folium annotates pixel sizes as ints; Leaflet takes any number (the anchor is x.5)
                      icon=folium.DivIcon(html=hub_svg(kind), icon_size=(box, box),  # type: ignore[arg-type]
                                          icon_anchor=(box / 2, box / 2),  # type: ignore[arg-type]
                                          class_name="sz-hub"),
                      tooltip=folium.Tooltip(tooltip_text(tip), sticky=False)).add_to(group)
    group.add_to(fmap)
    return group, kinds


def legend_html(content: PageContent, texts: Texts, corridors: list[tuple[str, str, str]], hub_kinds: list) -> str:
    """The legend: plots by status, the zone outline, the corridors drawn, the hub kinds present."""
    def heading(text: str) -> str:
        return f"<h4>{esc(text)}</h4>"

    def kind_label(kind) -> str:
        return texts.translate("sezmap", str(render_names.HUB_KIND_LABELS.get(kind, kind)))

    parts = [heading(texts.translate("export", "Plots by status"))]
    parts += [legend_row(swatch(STATUS_COLOURS[s]), content.status_labels[s]) for s in content.statuses]
    if content.unknown:
        parts.append(legend_row(swatch(UNKNOWN_COLOUR), texts.translate("export", "Other")))
    parts += [heading(texts.translate("sezmap", "Zones")), legend_row(ZONE_SVG, texts.translate("sezmap", "Zone"))]
    if corridors:
        parts.append(heading(texts.translate("sezmap", "Corridors")))
        parts += [legend_row(corridor_svg(colour, style), name) for name, colour, style in corridors]
    if hub_kinds:
        parts.append(heading(texts.translate("sezmap", "Hubs")))
        ordered = [k for k in symbology.HUB_SYMBOLS if k in hub_kinds] + \
            [k for k in hub_kinds if k not in symbology.HUB_SYMBOLS]
        parts += [legend_row(hub_svg(kind, 10), kind_label(kind)) for kind in ordered]
    # collapsible: folded away, it uncovers the map (and the labels kept off it) under it
    return (f"<details open><summary>{esc(texts.translate('layout', 'Legend'))}</summary>"
            f"{''.join(parts)}</details>")


def title_html(content: PageContent) -> str:
    """The title box: the title and its lines (in investor mode the last, the contact, can be
    selected and copied)."""
    out = f"<h1>{esc(content.title)}</h1>"
    for k, text in enumerate(content.title_lines):
        css = ' class="sz-contact"' if content.vacant and k == len(content.title_lines) - 1 else ""
        out += f"<p{css}>{esc(text)}</p>"
    if content.notes:
        out += f'<p class="sz-note">{esc(" ".join(content.notes))}</p>'
    return out


def _add_controls(fmap: folium.Map, texts: Texts) -> None:
    """Full screen and measure (top left), the layer control (top right)."""
    folium.plugins.Fullscreen(position="topleft", title=texts.translate("export", "Full screen"),
                              title_cancel=texts.translate("export", "Exit full screen")).add_to(fmap)
    tool = folium.plugins.MeasureControl(position="topleft", **measure.control_options(texts))
    tool.add_to(fmap)
    # its other texts in the page's language, as the plugin writes them (measure.py, sezmap.js)
    fmap.add_child(_Script(f"sezmap.measureWords({fmap.get_name()}, {tool.get_name()}, "
                           f"{js(measure.page_config(texts))});"), name="sezmap_measure")
    folium.LayerControl(position="topright", collapsed=True).add_to(fmap)


def _basemap(fmap: folium.Map, texts: Texts, show: bool) -> None:
    """Natural Earth countries, lakes and rivers, Kazakhstan's regions (layers/basemap.gpkg)."""
    import pyogrio

    from sezmap import paths
    from sezmap.render import styles

    path = paths.basemap_path()
    if not path.exists():
        return
    present = {name for name, _g in pyogrio.list_layers(path)}
    group = folium.FeatureGroup(name=texts.translate("sezmap", "Basemap"), overlay=True, control=True, show=show)
    attribution = "Natural Earth; GeoNames (CC BY 4.0)"
    for name in ("countries", "admin1", "water", "rivers"):
        if name not in present:
            continue
        frame = pyogrio.read_dataframe(path, layer=name)
        style = styles.BASEMAP_STYLES[name]
        if "only" in style and style["only"][0] in frame.columns:
            column, value = style["only"]
            frame = frame[frame[column] == value]
        geoms = shapely.simplify(frame.geometry.values, BASEMAP_SIMPLIFY_DEG, preserve_topology=True)
        geoms = shapely.set_precision(geoms, 1e-4, mode="pointwise")
        highlight = np.zeros(len(frame), dtype=bool)
        if "highlight" in style and style["highlight"][0] in frame.columns:
            column, value = style["highlight"]
            highlight = (frame[column] == value).to_numpy()
        for selected, fill, line, width in (
                (~highlight, style.get("fill"), style.get("line"), style.get("width", 1.0)),
                (highlight, style.get("highlight_fill"), style.get("highlight_line"), style.get("highlight_width"))):
            chosen = [g for g, s in zip(geoms, selected, strict=True) if s and g is not None and not g.is_empty]
            if not chosen:
                continue
            data = {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(g)} for g in chosen]}
            look = {"color": line or "#777777", "weight": width or 1.0, "opacity": 1.0,
                    "fill": fill is not None, "fillColor": fill or "#000000", "fillOpacity": 1.0}
            # the attribution once, on the first layer drawn (folium leaves out options that are None)
            folium.GeoJson(data, style_function=lambda _f, look=look: look, control=False, pane="sezmapBasemap",
                           interactive=False, attribution=attribution or None).add_to(group)
            attribution = ""
    group.add_to(fmap)


def _no_links(element) -> None:
    """Empty every element's list of CDN scripts and styles (they are inlined instead)."""
    if hasattr(element, "default_js"):
        element.default_js = []
        element.default_css = []
    for child in list(getattr(element, "_children", {}).values()):
        _no_links(child)
    for part in ("header", "html", "script"):
        if isinstance(getattr(element, part, None), Element) and element is not getattr(element, part):
            _no_links(getattr(element, part))
