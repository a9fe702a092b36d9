"""The interactive web map: one HTML file that opens offline (folium, Leaflet inlined).

    export_html(project, engine, "khorgos.html", zone="khorgos_eastern_gate")
    export_html(project, engine, "vacant.html", zone="khorgos_eastern_gate", vacant=True)

What it shows: zones (outlined, a ring marker and label where a zone is only a few pixels),
plots coloured by status (the one palette of model/statuses.py, one layer per status), the
corridors (one colour each, dashed by mode, as on the map), the hubs by kind, over the
offline basemap (Natural Earth, GeoNames); a layer control, a legend, fullscreen, scale and
measure controls. A click on a plot opens its attributes and its zone's key figures (from the
analysis engine); a click on a zone, the zone's. Web tiles are optional (``tiles=``, off by
default: the file then loads nothing from anywhere).

Investor mode (``vacant=True``): only the vacant plots, with their area (ha, on the WGS84
ellipsoid), the zone's focus, the vacant land in total and a contact line (project meta key
``contact``, else a neutral line).

Offline: Leaflet and the fullscreen and measure plugins are inlined from the registry
packages that packaging/setup.sh installs into the virtual environment (npm packages pinned by
integrity, under ``<venv>/share/sezmap/web``; ``SEZMAP_WEB_ASSETS`` points elsewhere), their
images as data URIs; folium's CDN links (Leaflet, jQuery, Bootstrap, Font Awesome) are not used
at all. Plots travel as one compact table (see export/web_js.py), so a zone of 70,000 plots is
a few megabytes and stays responsive.
"""

from __future__ import annotations

import base64
import functools
import html
import os
import re
import sys
from pathlib import Path
from typing import Callable

import folium
import folium.plugins
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure, MacroElement

from sezmap.analysis import geodesy
from sezmap.export import check_cancelled, project_inputs, report
from sezmap.export.kpis import feature_names, key_figures
from sezmap.export.texts import Texts, name_of
from sezmap.export.web_js import SEZMAP_CSS, SEZMAP_JS
from sezmap.formats.atomic import atomic_output
from sezmap.formats.untrusted import script_json
from sezmap.model import symbology
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_COLOURS, STATUS_LABELS_EN, STATUSES
from sezmap.render import names as render_names

try:  # folium >= 0.18
    from folium.template import Template
except ImportError:  # pragma: no cover
    from jinja2 import Template

DECIMALS = 6  # plot and zone coordinates: 1e-6 degrees, ~0.1 m
UNIT = 10 ** DECIMALS
MAX_PLOTS = 400_000  # more than this is no longer one responsive page: export one zone
FULL_ATTRIBUTES_MAX = 150_000  # above this, popups carry the id, status and area only
UNKNOWN_COLOUR = "#FF00FF"
BASEMAP_SIMPLIFY_DEG = 0.005
DATA_ID = "sezmap-data"
STEPS = 6


class WebAssetsMissing(RuntimeError):
    """Leaflet or a plugin is not installed where the export looks for it."""


# --- the inlined scripts and styles ----------------------------------------------------------

# (package folder, file) in load order
ASSET_JS = (("leaflet", "dist/leaflet.js"),
            ("leaflet.fullscreen", "Control.FullScreen.js"),
            ("leaflet-measure", "dist/leaflet-measure.js"))
ASSET_CSS = (("leaflet", "dist/leaflet.css"),
             ("leaflet.fullscreen", "Control.FullScreen.css"),
             ("leaflet-measure", "dist/leaflet-measure.css"))
MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".jpg": "image/jpeg"}


def assets_dir() -> Path:
    """Where packaging/setup.sh put the npm packages (``SEZMAP_WEB_ASSETS`` overrides)."""
    env = os.environ.get("SEZMAP_WEB_ASSETS")
    if env:
        return Path(env)
    here = Path(sys.prefix) / "share" / "sezmap" / "web"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / ".venv" / "share" / "sezmap" / "web"


def _read_asset(folder: Path, name: str, path: str) -> str:
    file = folder / name / path
    try:
        return file.read_text(encoding="utf-8")
    except OSError:
        raise WebAssetsMissing(
            f"{file}: missing; the web map inlines Leaflet and its plugins from the npm packages "
            "that packaging/setup.sh installs (run it, or set SEZMAP_WEB_ASSETS)") from None


def _inline_urls(css: str, base: Path) -> str:
    """url(...) of files beside the stylesheet as data URIs (nothing is fetched)."""

    def repl(match):
        ref = match.group(2)
        if ref.startswith(("data:", "#", "http:", "https:")):
            return match.group(0)
        file = (base / ref).resolve()
        mime = MIME.get(file.suffix.lower())
        if mime is None or not file.is_file():
            return match.group(0)
        data = base64.b64encode(file.read_bytes()).decode("ascii")
        return f"url(\"data:{mime};base64,{data}\")"

    return re.sub(r"url\((['\"]?)([^)'\"]+)\1\)", repl, css)


def _script_text(js: str) -> str:
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _assets(folder: str) -> tuple[str, str]:
    """(scripts, styles) to inline, in load order."""
    root = Path(folder)
    scripts = [_script_text(_read_asset(root, name, path)) for name, path in ASSET_JS]
    styles = []
    for name, path in ASSET_CSS:
        css = _read_asset(root, name, path)
        styles.append(_inline_urls(css, (root / name / path).parent))
    scripts.append(_script_text(SEZMAP_JS))
    styles.append(SEZMAP_CSS)
    return ("".join(f"<script>{s}\n</script>\n" for s in scripts),
            "".join(f"<style>{s}\n</style>\n" for s in styles))


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


# --- geometry and attributes as compact arrays ----------------------------------------------


def _varints(values: np.ndarray) -> bytes:
    """Unsigned LEB128 of non-negative integers, vectorised."""
    v = np.asarray(values, dtype=np.uint64)
    if len(v) == 0:
        return b""
    nbytes = np.ones(len(v), dtype=np.int64)
    for k in range(1, 10):
        nbytes += (v >= np.uint64(1) << np.uint64(7 * k)).astype(np.int64)
    ends = np.cumsum(nbytes)
    starts = ends - nbytes
    out = np.zeros(int(ends[-1]), dtype=np.uint8)
    for k in range(int(nbytes.max())):
        sel = nbytes > k
        chunk = (v[sel] >> np.uint64(7 * k)) & np.uint64(0x7F)
        more = (nbytes[sel] > k + 1).astype(np.uint64) << np.uint64(7)
        out[starts[sel] + k] = (chunk | more).astype(np.uint8)
    return out.tobytes()


def _zigzag(values: np.ndarray) -> np.ndarray:
    v = np.asarray(values, dtype=np.int64)
    return ((v << 1) ^ (v >> 63)).astype(np.uint64)


def encode_polygons(geoms) -> dict:
    """Polygons as one base64 varint stream: per plot its ring count, per ring its vertex count
    (the closing vertex dropped) and the vertices as lon/lat steps in 1e-6 degrees from the
    previous vertex (zigzag-coded). Returns {"n", "nr", "nv", "geom"}."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    if n == 0:
        return {"n": 0, "nr": 0, "nv": 0, "geom": ""}
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    geoms = np.where(ok, geoms, None)
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, vertex_ring = shapely.get_coordinates(rings, return_index=True)
    ring_plot = part_of[ring_part]
    nring_vertices = np.bincount(vertex_ring, minlength=len(rings))
    # drop each ring's closing vertex
    last = np.cumsum(nring_vertices) - 1
    keep = np.ones(len(coords), dtype=bool)
    keep[last[nring_vertices > 0]] = False
    coords, vertex_ring = coords[keep], vertex_ring[keep]
    nv = np.maximum(nring_vertices - 1, 0)
    q = np.round(coords * UNIT).astype(np.int64)
    steps = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    rings_per_plot = np.bincount(ring_plot, minlength=n)
    # positions in the stream: plot header, ring headers, vertex pairs
    ring_len = 1 + 2 * nv
    plot_len = 1 + np.bincount(ring_plot, weights=ring_len, minlength=n).astype(np.int64)
    plot_start = np.concatenate([[0], np.cumsum(plot_len)[:-1]])
    ring_cum = np.concatenate([[0], np.cumsum(ring_len)[:-1]])
    first_ring = np.concatenate([[0], np.cumsum(rings_per_plot)[:-1]])
    ring_start = plot_start[ring_plot] + 1 + ring_cum - ring_cum[first_ring[ring_plot]] if len(rings) else \
        np.zeros(0, dtype=np.int64)
    vertex_first = np.concatenate([[0], np.cumsum(nv)[:-1]]) if len(nv) else np.zeros(0, dtype=np.int64)
    k_in_ring = np.arange(len(coords)) - vertex_first[vertex_ring]
    vpos = ring_start[vertex_ring] + 1 + 2 * k_in_ring
    stream = np.zeros(int(plot_len.sum()), dtype=np.uint64)
    stream[plot_start] = rings_per_plot.astype(np.uint64)
    stream[ring_start] = nv.astype(np.uint64)
    zz = _zigzag(steps)
    stream[vpos] = zz[:, 0]
    stream[vpos + 1] = zz[:, 1]
    return {"n": int(n), "nr": int(len(rings)), "nv": int(len(coords)),
            "geom": base64.b64encode(_varints(stream)).decode("ascii")}


def _text_column(values) -> dict:
    """Strings (None where missing), dictionary-coded when values repeat."""
    series = pd.Series(values, dtype=object)
    missing = series.isna()
    texts = series.where(~missing, None)
    texts = [None if v is None else str(v) for v in texts]
    uniques = pd.unique(pd.Series(texts, dtype=object))
    if len(uniques) <= max(1, len(texts) // 2):
        codes, dictionary = pd.factorize(pd.Series(texts, dtype=object), use_na_sentinel=True)
        dictionary = [None] + [str(d) for d in dictionary]
        return {"dict": dictionary, "codes": (codes + 1).tolist()}
    return {"values": texts}


def _with_nulls(values: list, missing: np.ndarray) -> list:
    for k in np.flatnonzero(missing):
        values[k] = None
    return values


def _number_column(values, decimals: int = 0) -> dict:
    arr = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    missing = ~np.isfinite(arr)
    clean = np.where(missing, 0.0, arr)
    out = np.round(clean).astype(np.int64).tolist() if decimals == 0 else np.round(clean, decimals).tolist()
    return {"values": _with_nulls(out, missing)}


def _date_column(values) -> dict:
    dates = pd.to_datetime(pd.Series(values), errors="coerce", utc=False)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert(None)
    days = (dates.dt.normalize() - pd.Timestamp("1970-01-01")).dt.days
    missing = days.isna().to_numpy()
    out = days.fillna(0).to_numpy(dtype=np.int64).tolist()
    return {"values": _with_nulls(out, missing)}


def _stamp_column(values) -> dict:
    stamps = pd.to_datetime(pd.Series(values), errors="coerce", utc=True)
    return _text_column(stamps.dt.strftime("%Y-%m-%d %H:%M").astype(object).where(stamps.notna(), None))


# --- small pieces of HTML --------------------------------------------------------------------


def _points(pts) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in pts)


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
        import math

        pts = []
        for i in range(10):
            rr = r * 1.2 if i % 2 == 0 else r * 0.5
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        body = f'<polygon points="{_points(pts)}"/>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{box:.0f}" height="{box:.0f}" '
            f'viewBox="0 0 {box:.2f} {box:.2f}"><g fill="{colour}" stroke="#FFFFFF" stroke-width="1.2">'
            f"{body}</g></svg>")


def dash_array(style: str, width: float = symbology.CORRIDOR_WIDTH_PX) -> str | None:
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


def _swatch(colour: str) -> str:
    return f'<span class="sz-swatch" style="background:{colour}"></span>'


def _js(value) -> str:
    """A JavaScript literal of ``value`` to put inside a <script> (sezmap.formats.untrusted)."""
    return script_json(value)


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _tooltip_text(text: str) -> str:
    """Text for folium.Tooltip, which puts it into a JavaScript template literal."""
    return _esc(text).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")


def _hex_opacity(rgba) -> tuple[str, float]:
    r, g, b, a = rgba
    return f"#{r:02X}{g:02X}{b:02X}", round(a / 255.0, 3)


# --- the export -------------------------------------------------------------------------------


def _round_geojson(geom, decimals: int) -> dict:
    return shapely.geometry.mapping(shapely.set_precision(geom, 10.0 ** -decimals, mode="pointwise"))


def _lines_latlon(geom, decimals: int = 5) -> list:
    parts = shapely.get_parts(geom)
    out = []
    for part in parts:
        xy = np.round(np.asarray(part.coords)[:, :2], decimals)
        if len(xy) >= 2:
            out.append([[float(y), float(x)] for x, y in xy])
    return out


def _zone_rows(project, zone: str | None) -> pd.DataFrame:
    zones = project.zones
    if zone is None:
        return zones
    sel = zones[zones["zone_id"].astype(str) == str(zone)]
    if sel.empty:
        known = ", ".join(str(z) for z in zones["zone_id"])
        raise DataError(f"--zone {zone!r}: no such zone (the project has: {known})")
    return sel


def _plot_rows(project, zone: str | None, vacant: bool) -> np.ndarray:
    plots = project.plots
    mask = np.ones(len(plots), dtype=bool)
    if zone is not None:
        mask &= (plots["zone_id"].astype(str) == str(zone)).to_numpy()
    if vacant:
        mask &= (plots["status"] == "vacant").to_numpy()
    return np.flatnonzero(mask)


def _areas_ha(project, engine, rows: np.ndarray, exact: bool) -> np.ndarray:
    """Plot areas in hectares: on the ellipsoid (pyproj.Geod) when ``exact``, else the engine's
    equal-area figures (within 0.1 % of those)."""
    area = getattr(engine, "area", None)
    if not exact and area is not None and len(area) == len(project.plots):
        return np.asarray(area, dtype=float)[rows] / geodesy.M2_PER_HA
    geoms = project.plots.geometry.values[rows]
    return np.array([geodesy.geodesic_area_m2(g) for g in geoms]) / geodesy.M2_PER_HA


def _plot_columns(plots: pd.DataFrame, areas: np.ndarray, texts: Texts, vacant: bool, full: bool) -> list[dict]:
    def label(field):
        return texts.tr(render_names.FIELD_LABELS.get(field, field))

    columns = [{"key": "plot_id", "label": label("plot_id"), "kind": "text", **_text_column(plots["plot_id"])}]
    if not vacant:
        columns.append({"key": "status", "label": label("status"), "kind": "status",
                        **_text_column(plots["status"])})
    columns.append({"key": "area_ha", "label": texts.tr("Area", context="ZoneDashboard"), "kind": "ha",
                    **_number_column(areas, 2)})
    if not full:
        return columns
    spec = [("cadastral_no", "text")]
    if not vacant:
        spec += [("tenant", "text"), ("project_name", "text"), ("allocated_on", "date"),
                 ("contract_deadline", "date"), ("investment_committed_kzt", "money"),
                 ("investment_actual_kzt", "money"), ("jobs_planned", "number"), ("updated_at", "stamp")]
    for field, kind in spec:
        if field not in plots:
            continue
        values = plots[field]
        if kind == "text":
            data = _text_column(values)
        elif kind == "date":
            data = _date_column(values)
        elif kind == "stamp":
            data, kind = _stamp_column(values), "text"
        else:
            data = _number_column(values)
        columns.append({"key": field, "label": label(field), "kind": kind, **data})
    return columns


def _basemap(fmap, texts: Texts, show: bool) -> None:
    """Natural Earth countries, lakes and rivers, Kazakhstan's regions (layers/basemap.gpkg)."""
    import pyogrio

    from sezmap import paths
    from sezmap.render import styles

    path = paths.basemap_path()
    if not path.exists():
        return
    present = {name for name, _g in pyogrio.list_layers(path)}
    group = folium.FeatureGroup(name=texts.tr("Basemap"), overlay=True, control=True, show=show)
    common = {"pane": "sezmapBasemap", "interactive": False}
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
            chosen = [g for g, s in zip(geoms, selected) if s and g is not None and not g.is_empty]
            if not chosen:
                continue
            data = {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {}, "geometry": shapely.geometry.mapping(g)} for g in chosen]}
            look = {"color": line or "#777777", "weight": width or 1.0, "opacity": 1.0,
                    "fill": fill is not None, "fillColor": fill or "#000000", "fillOpacity": 1.0}
            options = dict(common)
            if attribution:
                options["attribution"] = attribution
                attribution = ""
            folium.GeoJson(data, style_function=lambda _f, look=look: look, control=False,
                           **options).add_to(group)
    group.add_to(fmap)


def export_html(project, engine, out_path, *, zone=None, title=None, language="en", vacant=False,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, tiles: str | None = None) -> Path:
    """Write the interactive web map of the project (or of one zone) to ``out_path``; returns it.

    ``tiles``: an optional web tile source (a folium/xyzservices name such as "OpenStreetMap",
    or an XYZ URL template) under the offline basemap; None (the default) loads nothing.
    Raises DataError for an unknown zone, too many plots or an unwritable path (nothing is
    written), ExportCancelled when ``cancelled()`` says so, WebAssetsMissing when Leaflet is
    not installed (packaging/setup.sh)."""
    out_path = Path(out_path)
    texts = Texts(language)
    tr = texts.tr
    zone = None if zone in (None, "") else str(zone)
    zone_rows = _zone_rows(project, zone)
    scripts, styles_html = _assets(str(assets_dir()))
    report(progress, 0, STEPS)
    check_cancelled(cancelled)

    # 1. which plots, their areas and attributes
    rows = _plot_rows(project, zone, vacant)
    if len(rows) > MAX_PLOTS:
        raise DataError(f"{len(rows):,} plots are too many for one web map (at most {MAX_PLOTS:,}); "
                        "export one zone (--zone)")
    plots = project.plots.iloc[rows]
    areas = _areas_ha(project, engine, rows, exact=vacant)
    full = len(rows) <= FULL_ATTRIBUTES_MAX
    all_zone_ids = [str(z) for z in project.zones["zone_id"]]
    zone_index = {z: k for k, z in enumerate(all_zone_ids)}
    status_code = {s: k for k, s in enumerate(STATUSES)}
    codes = plots["status"].astype(object).map(status_code).fillna(-1).to_numpy(dtype=int)
    zones_of = plots["zone_id"].astype(object).map(zone_index).fillna(-1).to_numpy(dtype=int)
    columns = _plot_columns(plots, areas, texts, vacant, full)
    report(progress, 1, STEPS)
    check_cancelled(cancelled)

    # 2. geometries as one compact stream
    geoms = plots.geometry.values
    simplified = shapely.simplify(np.asarray(geoms, dtype=object), 0.5 / UNIT, preserve_topology=True)
    stream = encode_polygons(simplified)
    report(progress, 2, STEPS)
    check_cancelled(cancelled)

    # 3. zones: names, key figures, information
    metrics = getattr(engine, "metrics", {}) or {}
    names = feature_names(project, language)
    zone_data = []
    for row in project.zones.drop(columns="geometry").to_dict("records"):
        zid = str(row["zone_id"])
        m = metrics.get(zid)
        info = []
        for field, label in (("focus", "Focus"), ("region", "Region"), ("established", "Established")):
            value = row.get(field)
            if value is not None and not (isinstance(value, float) and np.isnan(value)) and str(value).strip():
                info.append([tr(label), str(int(value)) if field == "established" else str(value)])
        zone_data.append({"name": name_of(row, language) or zid, "kpis": key_figures(m, language, names).rows() if m else [],
                          "info": info, "area": float(m.area_ha) if m else 0.0})
    present = [s for s in STATUSES if (codes == status_code[s]).any()]
    unknown = bool((codes < 0).any())
    status_labels = {s: tr(STATUS_LABELS_EN[s]) for s in STATUSES}

    data = {
        "group": texts.number(1000)[1:-3],
        "decimal": texts.number(0.5, 1)[1:-1],
        "plotWord": tr("Plot"),
        "haUnit": tr("%1 ha", "").strip() or "ha",
        "kpiTitle": tr("Zone dashboard", context="ZoneDashboard"),
        "statusLabels": status_labels,
        "zones": zone_data,
        "plots": {**stream, "status": codes.tolist(), "zone": zones_of.tolist(), "columns": columns},
    }
    report(progress, 3, STEPS)
    check_cancelled(cancelled)

    # 4. the map
    as_of = getattr(engine, "as_of", None)
    focus_zone = zone_rows.iloc[0] if zone is not None else None
    zone_name = name_of(focus_zone, language) if focus_zone is not None else ""
    if title is None:
        if vacant:
            title = tr("Vacant plots for investors") + (f" — {zone_name}" if zone_name else "")
        else:
            title = zone_name or project.meta.get("title") or tr("Special Economic Zones of Kazakhstan")
    fmap = _build_map(project, zone_rows, texts, title, as_of, vacant, present, unknown, data, tiles,
                      zone_data, focus_zone, areas)
    report(progress, 4, STEPS)
    check_cancelled(cancelled)

    # 5. the page
    page = fmap.get_root().render()
    leftovers = re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"https?://[^\"]*\"", page)
    if leftovers:  # a folium change brought a CDN link back: refuse rather than write a page that needs the web
        raise RuntimeError(f"the web map would load from the web: {leftovers[:3]}")
    report(progress, 5, STEPS)
    check_cancelled(cancelled)

    # 6. written whole or not at all
    with atomic_output(out_path, inputs=project_inputs(project)) as tmp:
        tmp.write_text(page, encoding="utf-8")
        check_cancelled(cancelled)
    report(progress, 6, STEPS)
    return out_path


def _build_map(project, zone_rows, texts: Texts, title: str, as_of, vacant: bool, present, unknown: bool,
               data: dict, tiles, zone_data, focus_zone, areas) -> folium.Map:
    tr = texts.tr
    bounds = shapely.total_bounds(zone_rows.geometry.values)
    if not np.isfinite(bounds).all():
        bounds = np.array([46.0, 40.0, 88.0, 56.0])  # Kazakhstan
    x0, y0, x1, y1 = (float(v) for v in bounds)
    figure = Figure(title=_esc(title))  # branca puts it into <title> as it is
    fmap = folium.Map(location=[(y0 + y1) / 2, (x0 + x1) / 2], zoom_start=6, tiles=None, prefer_canvas=True,
                      control_scale=False, max_zoom=20, zoom_snap=1, zoom_delta=1,
                      # whole zoom levels: the plot tiles are drawn 1:1, crisp; no cross-fade, so a
                      # zoom never shows the previous level's tiles scaled under the new ones
                      fade_animation=False)
    # no CDN: every script and style is inlined in the header instead
    fmap.default_js = []
    fmap.default_css = []
    figure.add_child(fmap)
    scripts, styles_html = _assets(str(assets_dir()))
    figure.header.add_child(_Raw(styles_html), name="sezmap_styles")
    figure.header.add_child(_Raw(scripts), name="sezmap_scripts")
    payload = script_json(data, separators=(",", ":"))  # no "</script>" or "<!--" can end it
    figure.html.add_child(_Raw(f'<script type="application/json" id="{DATA_ID}">{payload}</script>'),
                          name="sezmap_data")

    for name, z_index, events in (("sezmapBasemap", 250, False), ("sezmapPlots", 350, False),
                                  ("sezmapZoneMarkers", 450, True), ("sezmapLabels", 560, False)):
        folium.map.CustomPane(name, z_index=z_index, pointer_events=events).add_to(fmap)
    fmap.add_child(_Script(f'sezmap.load("{DATA_ID}");'), name="sezmap_load")

    if tiles:
        attr = None if not str(tiles).startswith(("http://", "https://")) else tr("Online tiles")
        folium.TileLayer(tiles, attr=attr, name=tr("Online tiles"), overlay=False, control=True).add_to(fmap)
    _basemap(fmap, texts, show=not tiles)

    # plots, one layer per status
    for status in present:
        label = f"{_swatch(STATUS_COLOURS[status])} {_esc(data['statusLabels'][status])}"
        PlotStatusLayer(STATUSES.index(status), STATUS_COLOURS[status], label).add_to(fmap)
    if unknown:
        PlotStatusLayer(-1, UNKNOWN_COLOUR, f"{_swatch(UNKNOWN_COLOUR)} {_esc(tr('Other'))}").add_to(fmap)

    # zones: a white halo under a dark outline
    all_zones = project.zones
    features = [{"type": "Feature", "properties": {"z": k}, "geometry": _round_geojson(g, 6)}
                for k, g in enumerate(all_zones.geometry.values) if g is not None and not g.is_empty]
    collection = {"type": "FeatureCollection", "features": features}
    outline, outline_alpha = _hex_opacity(symbology.ZONE_OUTLINE)
    halo, halo_alpha = _hex_opacity(symbology.ZONE_HALO)
    zones_group = folium.FeatureGroup(name=tr("Zones"), overlay=True, control=True, show=True)
    halo_style = {"color": halo, "opacity": halo_alpha, "weight": 4.0, "fill": False}
    folium.GeoJson(collection, style_function=lambda _f: halo_style, control=False, interactive=False,
                   smooth_factor=0.5).add_to(zones_group)
    zone_style = {"color": outline, "opacity": outline_alpha, "weight": symbology.ZONE_OUTLINE_WIDTH_PX,
                  "fill": False}
    zones_layer = folium.GeoJson(collection, style_function=lambda _f: zone_style, control=False,
                                 interactive=False, smooth_factor=0.5)
    zones_layer.add_to(zones_group)
    zones_group.add_to(fmap)

    # corridors: one colour each, dashed by mode, over a white halo
    corridors = project.corridors
    corridor_legend = []
    if len(corridors):
        group = folium.FeatureGroup(name=tr("Corridors"), overlay=True, control=True, show=True)
        frame = corridors.drop(columns="geometry").to_dict("records")
        order = symbology.corridor_order(corridors["corridor_id"])
        for n, cid in enumerate(order):
            idx = [k for k, row in enumerate(frame) if str(row.get("corridor_id")) == cid]
            merged: dict = {}
            for k in idx:
                for key, value in frame[k].items():
                    if merged.get(key) in (None, "") and isinstance(value, str) and value.strip():
                        merged[key] = value
            style = symbology.corridor_dash(merged.get("mode"))
            colour = symbology.corridor_colour(n)
            lines = []
            for k in idx:
                g = corridors.geometry.values[k]
                if g is not None and not g.is_empty:
                    lines += _lines_latlon(g)
            if not lines:
                continue
            name = name_of(merged, texts.language) or cid
            mode = merged.get("mode")
            mode_text = tr(render_names.MODE_LABELS[mode]) if mode in render_names.MODE_LABELS else ""
            tip = name + (f" ({mode_text})" if mode_text else "")
            halo_rgba = symbology.CORRIDOR_HALO
            folium.PolyLine(lines, color=_hex_opacity(halo_rgba)[0], opacity=_hex_opacity(halo_rgba)[1],
                            weight=symbology.CORRIDOR_HALO_WIDTH_PX, line_cap="round", interactive=False
                            ).add_to(group)
            folium.PolyLine(lines, color=colour, weight=symbology.CORRIDOR_WIDTH_PX, opacity=1.0,
                            dash_array=dash_array(style), line_cap="round", bubbling_mouse_events=False,
                            tooltip=folium.Tooltip(_tooltip_text(tip), sticky=True)).add_to(group)
            corridor_legend.append((name, colour, style))
        group.add_to(fmap)

    # hubs by kind
    hubs = project.hubs
    kinds_present = []
    if len(hubs):
        group = folium.FeatureGroup(name=tr("Hubs"), overlay=True, control=True, show=True)
        for row, g in zip(hubs.drop(columns="geometry").to_dict("records"), hubs.geometry.values):
            if g is None or g.is_empty:
                continue
            kind = row.get("kind")
            if kind not in kinds_present:
                kinds_present.append(kind)
            box = (symbology.HUB_SIZE_PX + 3) * 1.5
            kind_text = tr(render_names.HUB_KIND_LABELS.get(kind, str(kind)))
            tip = f"{name_of(row, texts.language) or row.get('hub_id')} — {kind_text}"
            folium.Marker([round(g.y, 6), round(g.x, 6)],
                          icon=folium.DivIcon(html=hub_svg(kind), icon_size=(box, box),
                                              icon_anchor=(box / 2, box / 2), class_name="sz-hub"),
                          tooltip=folium.Tooltip(_tooltip_text(tip), sticky=False)).add_to(group)
        group.add_to(fmap)

    fmap.add_child(_Script(
        f"sezmap.wire({fmap.get_name()}, {{zones: {zones_layer.get_name()}}});"
        f"L.control.scale({{imperial: false}}).addTo({fmap.get_name()});"), name="sezmap_wire")

    # legend, title, controls
    legend = [f"<h4>{_esc(tr('Plots by status'))}</h4>"]
    for status in present:
        legend.append(f'<div class="sz-row">{_swatch(STATUS_COLOURS[status])}'
                      f"<span>{_esc(data['statusLabels'][status])}</span></div>")
    if unknown:
        legend.append(f'<div class="sz-row">{_swatch(UNKNOWN_COLOUR)}<span>{_esc(tr("Other"))}</span></div>')
    legend.append(f"<h4>{_esc(tr('Zones'))}</h4>"
                  '<div class="sz-row"><svg width="34" height="14"><rect x="3" y="2" width="28" height="10" '
                  'fill="none" stroke="#FFFFFF" stroke-width="4"/><rect x="3" y="2" width="28" height="10" '
                  'fill="none" stroke="#1B1B1B" stroke-width="1.8"/></svg>'
                  f"<span>{_esc(tr('Zone'))}</span></div>")
    if corridor_legend:
        legend.append(f"<h4>{_esc(tr('Corridors'))}</h4>")
        for name, colour, style in corridor_legend:
            legend.append(f'<div class="sz-row">{corridor_svg(colour, style)}<span>{_esc(name)}</span></div>')
    if kinds_present:
        legend.append(f"<h4>{_esc(tr('Hubs'))}</h4>")
        for kind in [k for k in symbology.HUB_SYMBOLS if k in kinds_present] + \
                [k for k in kinds_present if k not in symbology.HUB_SYMBOLS]:
            label = tr(render_names.HUB_KIND_LABELS.get(kind, str(kind)))
            legend.append(f'<div class="sz-row">{hub_svg(kind, 10)}<span>{_esc(label)}</span></div>')
    fmap.add_child(_Script(f"sezmap.htmlControl({fmap.get_name()}, {_js(''.join(legend))}, "
                           "'bottomright', 'sz-legend');"), name="sezmap_legend")

    title_lines = []
    if as_of is not None:
        title_lines.append(tr("Figures as of %1.", str(as_of), context="ZoneDashboard"))
    if vacant:
        info = []
        if focus_zone is not None:
            focus = focus_zone.get("focus")
            if isinstance(focus, str) and focus.strip():
                info.append(f"{tr('Focus')}: {focus}")
        info.append(f"{tr('Vacant land')}: {tr('%1 plots, %2 ha', texts.number(len(areas)), texts.number(float(np.nansum(areas)), 1), context='ZoneDashboard')}")
        title_lines += info
        contact = (project.meta.get("contact") or "").strip() or tr(
            "For enquiries, contact the zone's management company.")
        title_lines.append(f"{tr('Contact')}: {contact}")
    title_html = f"<h1>{_esc(title)}</h1>"
    for k, text in enumerate(title_lines):
        css = ' class="sz-contact"' if vacant and k == len(title_lines) - 1 else ""
        title_html += f"<p{css}>{_esc(text)}</p>"
    fmap.add_child(_Script(f"sezmap.title({fmap.get_name()}, {_js(title_html)});"), name="sezmap_title")

    folium.plugins.Fullscreen(position="topleft", title=tr("Full screen"),
                              title_cancel=tr("Exit full screen")).add_to(fmap)
    measure = folium.plugins.MeasureControl(position="topleft", primary_length_unit="kilometers",
                                            secondary_length_unit="meters", primary_area_unit="hectares",
                                            secondary_area_unit="sqmeters")
    measure.add_to(fmap)
    folium.LayerControl(position="topright", collapsed=True).add_to(fmap)
    # clear of the title (top) and the legend (bottom right)
    fmap.fit_bounds([[y0, x0], [y1, x1]], padding_top_left=(60, 80 + 18 * len(title_lines)),
                    padding_bottom_right=(250, 30))
    fmap.add_child(_Script("sezmap.ready();"), name="sezmap_ready")
    _no_links(figure)
    return fmap


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
