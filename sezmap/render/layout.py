"""Print layouts: a page with a title, the map, its legend, scale bar, north arrow, a zone's key
figures, an inset of Kazakhstan and a data-sources line, drawn with the map's own renderer.

QtGui only. The same ``PrintLayout.draw`` paints the export (QImage, QPdfWriter,
QSvgGenerator) and the export dialog's small preview, so what the preview shows is what is
written.

Units. A page is laid out in *logical units*: 1/96 inch on an A4 sheet, the unit every
symbol size of the renderer (pixels on the canvas) is designed in. Larger pages grow their
logical unit gently (by the square root of the size ratio), so an A3 sheet or a 1920×1080
slide shows more map and slightly larger text. ``Page.scale`` is the number of device pixels
per logical unit; ``draw`` scales the painter by it.

Boxes. Every item gets its own rectangle before anything is drawn (``PrintLayout.boxes``); the
legend and the key figures sit in a side panel (landscape) or a band under the map (portrait),
never over the map. When the panel is too small the text shrinks a little, the legend flows
into more columns, then the inset goes and, last, the legend's tail is summarised ("+ 3 more").
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pyproj
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render import measure, names, numbers, styles, symbols
from sezmap.render.map_settings import INCH_M, MapSettings
from sezmap.render.renderer import render

BASE_DPI = 96.0
A4_SHORT_MM = 210.0
PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
GEOD = pyproj.Geod(ellps="WGS84")
KAZAKHSTAN_LONLAT = (46.4, 40.5, 87.4, 55.5)  # a bbox of the country, when the basemap is missing

TEXT = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9A9A9A")
MARK = QColor("#D41159")  # the zone in the inset (the route colour: not a status colour)

_TEXTS = {
    "legend": QT_TRANSLATE_NOOP("layout", "Legend"),
    "figures": QT_TRANSLATE_NOOP("layout", "Key figures"),
    "inset": QT_TRANSLATE_NOOP("layout", "Location in Kazakhstan"),
    "zone_boundary": QT_TRANSLATE_NOOP("layout", "Zone boundary"),
    "zone_location": QT_TRANSLATE_NOOP("layout", "Zone location"),
    "north": QT_TRANSLATE_NOOP("layout", "N"),
    "area": QT_TRANSLATE_NOOP("layout", "Area"),
    "allocated": QT_TRANSLATE_NOOP("layout", "Allocated"),
    "infrastructure": QT_TRANSLATE_NOOP("layout", "Infrastructure"),
    "unused": QT_TRANSLATE_NOOP("layout", "Unused"),
    "idle": QT_TRANSLATE_NOOP("layout", "Idle plots"),
    "corridor": QT_TRANSLATE_NOOP("layout", "Nearest corridor"),
    "border_crossing": QT_TRANSLATE_NOOP("layout", "Nearest border crossing"),
    "seaport": QT_TRANSLATE_NOOP("layout", "Nearest seaport"),
    "dry_port": QT_TRANSLATE_NOOP("layout", "Nearest dry port"),
    "as_of": QT_TRANSLATE_NOOP("layout", "Plot status as of %1"),
    "vacant_only": QT_TRANSLATE_NOOP("layout", "Vacant plots only"),
    "default_title": QT_TRANSLATE_NOOP("layout", "Special economic zones of Kazakhstan"),
    "schematic": QT_TRANSLATE_NOOP("layout", "Zone boundaries are schematic outlines at the published locations, sized to the official areas."),
    "illustrative": QT_TRANSLATE_NOOP("layout", "Plots are an illustrative layout: tenants, dates and investment figures are invented."),
    "plots_note": QT_TRANSLATE_NOOP("layout", "Plots: %1."),
    "data": QT_TRANSLATE_NOOP("layout", "Data: %1."),
    "basemap": QT_TRANSLATE_NOOP("layout", "Basemap: Natural Earth; places: GeoNames (CC BY 4.0)."),
    "projection": QT_TRANSLATE_NOOP("layout", "Albers equal-area projection."),
    "scale": QT_TRANSLATE_NOOP("layout", "Scale 1:%1 at the map centre"),
    "more": QT_TRANSLATE_NOOP("layout", "+ %1 more"),
}


def layout_text(key: str) -> str:
    return QCoreApplication.translate("layout", _TEXTS[key])


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


# --- pages ----------------------------------------------------------------------------------


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


# --- what the page says ---------------------------------------------------------------------


@dataclass
class LayoutContent:
    title: str
    subtitle: str = ""
    sources: str = ""
    figures: list[tuple[str, str]] = field(default_factory=list)  # (label, value) for the zone
    shares: tuple[float, float, float] | None = None  # allocated, infrastructure, unused
    zone_id: str | None = None


def date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _row_name(frame, id_field: str, ident, language: str) -> str:
    if ident is None or frame is None or id_field not in frame.columns:
        return ""
    rows = frame[frame[id_field] == ident]
    if len(rows) == 0:
        return str(ident)
    return names.feature_name(rows.iloc[0].to_dict(), language) or str(ident)


def idle_text(count: int, hectares: float) -> str:
    """"11 (462.1 ha)": the row's label says what is counted, so no plural form is needed."""
    return f"{numbers.number(int(count))} ({numbers.hectares(hectares, 1)})"


def zone_figures(metrics, project, language: str) -> list[tuple[str, str]]:
    """The key figures of a zone (ZoneMetrics) as (label, value) rows in the UI language."""
    rows = [
        (layout_text("area"), numbers.hectares(metrics.area_ha, 1)),
        (layout_text("allocated"), numbers.ratio(metrics.allocated_ratio)),
        (layout_text("infrastructure"), numbers.ratio(metrics.infrastructure_ratio)),
        (layout_text("unused"), numbers.ratio(metrics.unused_ratio)),
        (layout_text("idle"), idle_text(int(metrics.idle_plots), metrics.idle_area_ha)),
    ]
    for target in ("corridor", "border_crossing", "seaport", "dry_port"):
        km, ident = metrics.nearest.get(target, (None, None))
        if target == "corridor":
            name = _row_name(getattr(project, "corridors", None), "corridor_id", ident, language)
        else:
            name = _row_name(getattr(project, "hubs", None), "hub_id", ident, language)
        value = numbers.kilometres(km, 1)
        if km is not None and name:
            value = f"{value} · {name}"
        rows.append((layout_text(target), value))
    return rows


def sources_line(meta: dict, language: str, basemap: bool = True) -> str:
    """Where the data comes from, saying so where the zones are schematic and plots illustrative."""
    meta = meta or {}
    description = str(meta.get("description") or "").lower()
    plots_note = str(meta.get("plots_note") or "").strip()
    parts = []
    title = str(meta.get("title") or "").strip()
    if title:
        parts.append(layout_text("data").replace("%1", title.rstrip(".")))
    if "schematic" in description:
        parts.append(layout_text("schematic"))
    if plots_note.lower().startswith("illustrative") or ("illustrative" in description and not plots_note):
        parts.append(layout_text("illustrative"))
    elif plots_note:
        parts.append(layout_text("plots_note").replace("%1", plots_note.rstrip(".")))
    if basemap:
        parts.append(layout_text("basemap"))
    parts.append(layout_text("projection"))
    return " ".join(parts)


def layout_content(project, zone_id: str | None = None, metrics=None, as_of: dt.date | None = None,
                   language: str = "en", title: str | None = None, vacant: bool = False,
                   basemap: bool = True) -> LayoutContent:
    """Title, subtitle, key figures and sources for a page of ``project`` (translated now)."""
    zone_name = ""
    if zone_id is not None:
        zones = project.zones
        rows = zones[zones["zone_id"] == zone_id]
        zone_name = names.feature_name(rows.iloc[0].to_dict(), language) if len(rows) else zone_id
    if title:
        head = title
        sub = [zone_name] if zone_name and zone_name != title else []
    elif zone_name:
        head, sub = zone_name, []
    else:
        head, sub = layout_text("default_title"), []
    if vacant:
        sub.append(layout_text("vacant_only"))
    if as_of is not None:
        sub.append(layout_text("as_of").replace("%1", date_text(as_of)))
    content = LayoutContent(head, " · ".join(sub), sources_line(project.meta, language, basemap), zone_id=zone_id)
    if metrics is not None:
        content.figures = zone_figures(metrics, project, language)
        content.shares = (metrics.allocated_ratio, metrics.infrastructure_ratio, metrics.unused_ratio)
    return content


# --- the legend -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendEntry:
    text: str
    kind: str  # "heading", "note" (text that heads the next rows), "symbol" (drawn by
    # ``symbol.draw_swatch``) or "more"
    symbol: object = None  # a sezmap.render.symbols.Symbol: the one the map draws with


def _layer_on(scene, settings: MapSettings, layer_id: str):
    layer = scene.layer(layer_id)
    if layer is None or not layer.visible or layer_id in settings.hidden_layers or layer.opacity <= 0:
        return None
    return layer


def _lines_in_view(arrays, candidates, extent) -> list[int]:
    """The line features among ``candidates`` (their boxes meet the view) that do cross it."""
    import shapely

    box = shapely.box(*extent)
    out = []
    for i in np.asarray(candidates).tolist():
        idx = arrays.vertex_indices(np.array([i]))
        if len(idx) < 2:
            continue
        starts = np.flatnonzero(arrays.part_start[idx])
        parts = [p for p in np.split(arrays.coords[idx], starts[starts > 0]) if len(p) >= 2]
        if parts and shapely.intersects(shapely.multilinestrings(parts), box):
            out.append(i)
    return out


def _codes_in_view(plots, extent) -> set[int]:
    """The status codes of the plots whose boxes meet ``extent``: one pass over the boxes
    (no spatial index to build, no index list to sort: a count per code)."""
    b = plots.arrays.bounds
    x0, y0, x1, y1 = extent
    with np.errstate(invalid="ignore"):
        mask = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
    codes = plots.status_code[mask].astype(np.int64)
    counts = np.bincount(codes[codes >= 0], minlength=len(STATUSES) + 1)
    return set(np.flatnonzero(counts).tolist())


def legend_entries(scene, settings: MapSettings) -> list[LegendEntry]:
    """What the map at ``settings`` shows, with the symbols the map draws it with: zone
    outlines (or rings, where zones are too small to outline), the plot statuses present in
    view, the corridors in view (their colour; the dash of each mode they have in view), the
    hub kinds in view."""
    out: list[LegendEntry] = []
    extent = settings.extent
    language = settings.language
    zones = _layer_on(scene, settings, "zones")
    if zones is not None:
        vis = zones.arrays.visible(extent)
        if len(vis):
            small = zones.arrays.sizes[vis] / settings.resolution < getattr(zones, "MARKER_BELOW_PX", 10.0)
            out.append(LegendEntry(names.layer_title("zones"), "heading"))
            if (~small).any():
                out.append(LegendEntry(layout_text("zone_boundary"), "symbol", symbols.zone_boundary()))
            if small.any():
                out.append(LegendEntry(layout_text("zone_location"), "symbol", symbols.zone_marker()))
    plots = _layer_on(scene, settings, "plots")
    if plots is not None:
        codes = _codes_in_view(plots, extent)
        hidden = set(getattr(plots, "hidden_statuses", ()) or ())
        present = [s for k, s in enumerate(STATUSES) if k in codes and s not in hidden]
        if present:
            out.append(LegendEntry(names.layer_title("plots"), "heading"))
            out += [LegendEntry(names.status_label(s), "symbol", symbols.plot_symbol(s)) for s in present]
    corridors = _layer_on(scene, settings, "corridors")
    if corridors is not None:
        vis = _lines_in_view(corridors.arrays, corridors.arrays.visible(extent), extent)
        seg_modes = getattr(corridors, "modes", None)
        shown: dict[str, list] = {}
        for i in vis:
            cid = corridors.ids[i]
            mode = seg_modes[i] if seg_modes is not None else corridors.rows[cid].get("mode")
            shown.setdefault(cid, [])
            if mode not in shown[cid]:
                shown[cid].append(mode)
        rows = []
        for n, cid in enumerate(corridors.order):
            if cid not in shown:
                continue
            name = names.feature_name(corridors.rows[cid], language) or str(cid)
            modes = [m for m in styles.CORRIDOR_DASH if m in shown[cid]]
            modes += [m for m in shown[cid] if m not in modes]
            if len(modes) == 1:  # "name (mode)"
                mode = modes[0]
                label = f"{name} ({names.mode_label(mode)})" if isinstance(mode, str) and mode else name
                rows.append(LegendEntry(label, "symbol", symbols.corridor_symbol(n, mode)))
                continue
            rows.append(LegendEntry(name, "note"))  # the name once, then a row per mode
            rows += [LegendEntry(names.mode_label(m) if isinstance(m, str) and m else "—", "symbol",
                                 symbols.corridor_symbol(n, m)) for m in modes]
        if rows:
            out += [LegendEntry(names.layer_title("corridors"), "heading")] + rows
    hubs = _layer_on(scene, settings, "hubs")
    if hubs is not None:
        kinds = {hubs.kinds[i] for i in hubs.arrays.visible(extent).tolist()}
        present = [k for k in styles.HUB_SYMBOLS if k in kinds]
        if present:
            out.append(LegendEntry(names.layer_title("hubs"), "heading"))
            out += [LegendEntry(names.hub_kind_label(k), "symbol", symbols.hub_symbol(k)) for k in present]
    return out


SWATCH_W = 30.0  # wide enough to show a corridor's dashes
SWATCH_H = 13.0


@dataclass
class LegendPlan:
    placed: list[tuple[LegendEntry, QRectF]]  # text boxes (relative to the legend's top left)
    height: float
    columns: int
    dropped: int  # entries summarised in the "+ N more" line


class Legend:
    """Entries flowed into columns of a box; measured and drawn by the same code."""

    def __init__(self, entries: list[LegendEntry], size: float = 1.0):
        self.entries = entries
        self.size = size
        self.text_font = font(11 * size)
        self.heading_font = font(11.5 * size, bold=True)

    def _entry_height(self, entry: LegendEntry, width: float) -> float:
        if entry.kind == "heading":
            return text_height(entry.text, self.heading_font, width) + 3 * self.size
        if entry.kind == "note":
            return text_height(entry.text, self.text_font, width) + 3 * self.size
        th = text_height(entry.text, self.text_font, width - SWATCH_W - 6)
        return max(SWATCH_H + 4, th + 3 * self.size)

    def plan(self, width: float, max_height: float, min_column: float = 180.0) -> LegendPlan:
        if not self.entries:
            return LegendPlan([], 0.0, 1, 0)
        gap = 14.0
        columns = max(1, int((width + gap) // (min_column * self.size + gap)))
        columns = min(columns, max(1, sum(1 for e in self.entries if e.kind == "symbol")))
        col_w = (width - gap * (columns - 1)) / columns
        heights = [self._entry_height(e, col_w) for e in self.entries]
        total = sum(heights)
        # the shortest flow into the columns that fits max_height; else as much as fits
        target = max(max(heights), total / columns)
        while True:
            placed, dropped, used = self._flow(heights, col_w, gap, columns, min(target, max_height))
            if not dropped or target >= max_height:
                break
            target += 6.0
        if dropped:
            placed, dropped, used = self._flow(heights, col_w, gap, columns, max_height, reserve_more=True)
        return LegendPlan(placed, used, columns, dropped)

    def _flow(self, heights, col_w, gap, columns, limit, reserve_more=False):
        more_h = text_height("+ 99", self.text_font, col_w) + 2
        block_h = self._blocks(heights)
        placed, col, y, used = [], 0, 0.0, 0.0
        for k, (entry, h) in enumerate(zip(self.entries, heights)):
            last_col = col == columns - 1
            room = limit - (more_h if reserve_more and last_col else 0.0)
            # a section (or a corridor's name with its modes) starts a new column rather than
            # breaking, when it fits in one
            if k in block_h and y > 0 and not last_col and y + block_h[k] > room + 0.01 and block_h[k] <= limit:
                col, y = col + 1, 0.0
                last_col = col == columns - 1
                room = limit - (more_h if reserve_more and last_col else 0.0)
            # a heading never ends a column
            need = h + (heights[k + 1] if entry.kind in ("heading", "note") and k + 1 < len(heights) else 0.0)
            if y + need > room + 0.01 and y > 0:
                if last_col:
                    dropped = sum(1 for e in self.entries[k:] if e.kind == "symbol")
                    if reserve_more and dropped:
                        text = layout_text("more").replace("%1", str(dropped))
                        placed.append((LegendEntry(text, "more"), QRectF(col * (col_w + gap), y, col_w, more_h)))
                        y += more_h
                    return placed, dropped, max(used, y)
                col, y = col + 1, 0.0
            if y + h > limit + 0.01:  # one entry taller than the box
                dropped = sum(1 for e in self.entries[k:] if e.kind == "symbol")
                return placed, dropped, max(used, y)
            placed.append((entry, QRectF(col * (col_w + gap), y, col_w, h)))
            y += h
            used = max(used, y)
        return placed, 0, used

    def _blocks(self, heights) -> dict[int, float]:
        """{index of a block's first entry: the block's height}: a block is a heading with its
        rows, or a note (a corridor's name) with its rows; a heading's first note belongs to it."""
        out: dict[int, float] = {}
        start = None
        for k, entry in enumerate(self.entries):
            opens = entry.kind == "heading" or (entry.kind == "note" and not (k > 0 and self.entries[k - 1].kind == "heading"))
            if opens:
                start = k
                out[k] = 0.0
            if start is not None:
                out[start] += heights[k]
        return out

    def draw(self, painter: QPainter, origin: QPointF, plan: LegendPlan) -> None:
        painter.save()
        for entry, rect in plan.placed:
            r = rect.translated(origin)
            if entry.kind == "heading":
                painter.setFont(self.heading_font)
                painter.setPen(TEXT)
                painter.drawText(r, WRAP, entry.text)
            elif entry.kind == "note":
                painter.setFont(self.text_font)
                painter.setPen(TEXT)
                painter.drawText(r, WRAP, entry.text)
            elif entry.kind == "more":
                painter.setFont(self.text_font)
                painter.setPen(MUTED)
                painter.drawText(r, WRAP, entry.text)
            else:
                painter.save()
                entry.symbol.draw_swatch(painter, QRectF(r.left(), r.top() + 1, SWATCH_W, SWATCH_H))
                painter.restore()
                painter.setFont(self.text_font)
                painter.setPen(TEXT)
                painter.drawText(QRectF(r.left() + SWATCH_W + 6, r.top(), r.width() - SWATCH_W - 6, r.height()),
                                 WRAP, entry.text)
        painter.restore()


# --- key figures ----------------------------------------------------------------------------


class FiguresBox:
    """A zone's key figures: a bar of allocated / infrastructure / unused land, then label-value rows."""

    def __init__(self, content: LayoutContent, size: float = 1.0):
        self.rows = content.figures
        self.shares = content.shares
        self.size = size
        self.label_font = font(10.5 * size)
        self.value_font = font(10.5 * size, bold=True)
        self.bar_h = 9.0 * size

    def _columns(self, width: float) -> tuple[float, float]:
        label_w = min(width * 0.46, max(QFontMetricsF(self.label_font).horizontalAdvance(lbl) for lbl, _ in self.rows) + 8)
        return label_w, width - label_w

    def height(self, width: float) -> float:
        if not self.rows:
            return 0.0
        label_w, value_w = self._columns(width)
        h = self.bar_h + 8 * self.size if self.shares else 0.0
        for label, value in self.rows:
            h += max(text_height(label, self.label_font, label_w - 6), text_height(value, self.value_font, value_w)) + 3 * self.size
        return h

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        if not self.rows:
            return
        painter.save()
        y = rect.top()
        if self.shares:
            x = rect.left()
            colours = (STATUS_COLOURS["allocated"], STATUS_COLOURS["infrastructure"], "#D9D9D9")
            for share, colour in zip(self.shares, colours):
                w = rect.width() * max(0.0, min(1.0, float(share or 0.0)))
                painter.fillRect(QRectF(x, y, w, self.bar_h), QColor(colour))
                x += w
            painter.setPen(QPen(RULE, 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect.left(), y, rect.width(), self.bar_h))
            y += self.bar_h + 8 * self.size
        label_w, value_w = self._columns(rect.width())
        for label, value in self.rows:
            lh = text_height(label, self.label_font, label_w - 6)
            vh = text_height(value, self.value_font, value_w)
            painter.setFont(self.label_font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(rect.left(), y, label_w - 6, lh + 1), WRAP, label)
            painter.setFont(self.value_font)
            painter.setPen(TEXT)
            painter.drawText(QRectF(rect.left() + label_w, y, value_w, vh + 1), WRAP, value)
            y += max(lh, vh) + 3 * self.size
        painter.restore()


# --- scale bar and north arrow --------------------------------------------------------------


def ground_metres_per_unit(settings: MapSettings) -> float:
    """True ground metres per logical unit along the map's horizontal at its centre (geodesic,
    over a short span: in the Albers projection the scale depends on the latitude)."""
    span = max(settings.resolution * 4.0, 1e-6)
    cx, cy = settings.center_x, settings.center_y
    lon, lat = crs_mod.inverse(settings.crs, [cx - span / 2, cx + span / 2], [cy, cy])
    _fwd, _back, dist = GEOD.inv(lon[0], lat[0], lon[1], lat[1])
    return float(dist) / 4.0


def scale_bar(settings: MapSettings, max_units: float) -> tuple[float, float]:
    """(ground metres, length in logical units) of a round bar (1, 2 or 5 × 10^k) that fits."""
    per_unit = ground_metres_per_unit(settings)
    if not per_unit > 0:
        return 0.0, 0.0
    metres = measure.nice_distance(max_units * per_unit)
    return metres, metres / per_unit


def round_denominator(n: float) -> int:
    """1:N rounded to three significant digits."""
    if n <= 0:
        return 0
    digits = max(0, int(math.floor(math.log10(n))) - 2)
    return int(round(n / 10 ** digits) * 10 ** digits)


def north_angle(settings: MapSettings) -> float:
    """Degrees clockwise from the page's up to true north at the map centre (the meridians of
    a conic projection converge: at Khorgos north is some 9° off the grid's up)."""
    lon, lat = crs_mod.inverse(settings.crs, [settings.center_x], [settings.center_y])
    d = min(0.01, 89.9 - float(lat[0]))
    x, y = crs_mod.forward(settings.crs, [lon[0], lon[0]], [lat[0], lat[0] + d])
    return math.degrees(math.atan2(float(x[1] - x[0]), float(y[1] - y[0])))


def draw_scale_bar(painter: QPainter, rect: QRectF, settings: MapSettings, size: float, note: str = "") -> None:
    """A bar of a round length at the map centre's true scale, in ``rect`` (left aligned)."""
    text_font = font(10 * size)
    metrics = QFontMetricsF(text_font)
    metres, length = scale_bar(settings, min(rect.width() * 0.6, 260.0 * size))
    if length <= 0:
        return
    label = numbers.kilometres(metres / 1000, 0 if metres >= 1000 else 1) if metres >= 500 else numbers.metres(metres, 0)
    mantissa = round(metres / 10 ** math.floor(math.log10(metres)))
    parts = {1: 2, 2: 4, 5: 5}.get(mantissa, 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    x, y = rect.left() + 1, rect.top()
    bar_y = y + metrics.height() + 2
    bar_h = 5.0 * size
    painter.setPen(QPen(TEXT, 0.8))
    for k in range(parts):
        painter.setBrush(TEXT if k % 2 == 0 else QColor("white"))
        painter.drawRect(QRectF(x + k * length / parts, bar_y, length / parts, bar_h))
    painter.setFont(text_font)
    painter.setPen(TEXT)
    painter.drawText(QPointF(x - metrics.horizontalAdvance("0") / 2, y + metrics.ascent()), "0")
    lw = metrics.horizontalAdvance(label)
    painter.drawText(QPointF(x + length - lw / 2, y + metrics.ascent()), label)
    if note:
        painter.setPen(MUTED)
        painter.drawText(QRectF(x, bar_y + bar_h + 3, rect.width(), metrics.height() + 2), WRAP, note)
    painter.restore()


def draw_north_arrow(painter: QPainter, centre: QPointF, height: float, angle: float) -> None:
    """A half-filled arrow with an N, turned ``angle`` degrees clockwise (to true north)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(centre)
    painter.rotate(angle)
    h = height
    tip, notch = QPointF(0, -h * 0.5), QPointF(0, h * 0.22)
    painter.setPen(QPen(TEXT, 0.8))
    painter.setBrush(TEXT)
    painter.drawPolygon(QPolygonF([tip, QPointF(-h * 0.2, h * 0.45), notch]))
    painter.setBrush(QColor("white"))
    painter.drawPolygon(QPolygonF([tip, QPointF(h * 0.2, h * 0.45), notch]))
    f = font(h * 0.32, bold=True)
    painter.setFont(f)
    m = QFontMetricsF(f)
    letter = layout_text("north")
    painter.drawText(QPointF(-m.horizontalAdvance(letter) / 2, -h * 0.5 - 3), letter)
    painter.restore()


# --- the inset ------------------------------------------------------------------------------


def kazakhstan_bounds(scene) -> tuple[float, float, float, float]:
    """Kazakhstan's display bbox: the highlighted country of the basemap, else a fixed lon/lat box."""
    countries = scene.layer("countries")
    highlight = getattr(countries, "highlight", None)
    if countries is not None and highlight is not None and highlight.any():
        b = countries.arrays.bounds[highlight]
        return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])), float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))
    return crs_mod.project_bounds(scene.display_crs, KAZAKHSTAN_LONLAT)


def draw_inset(painter: QPainter, rect: QRectF, scene, main: MapSettings, zone_id: str | None) -> None:
    """Kazakhstan (the basemap's countries and water), every zone a dot, the mapped area in red."""
    from sezmap.render.scene import MapScene

    w, h = max(1, int(rect.width())), max(1, int(rect.height()))
    settings = MapSettings(crs=scene.display_crs, width=w, height=h, language=main.language,
                           dpi=main.dpi).fitted(kazakhstan_bounds(scene), margin=0.04)
    layers = [layer for layer in (scene.layer("countries"), scene.layer("water")) if layer is not None]
    painter.save()
    painter.setClipRect(rect)
    painter.translate(rect.topLeft())
    render(settings, painter, MapScene(layers, scene.display_crs), labels=False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    zones = scene.layer("zones")
    if zones is not None and len(zones.arrays):
        c = zones.arrays.centres
        px, py = settings.world_to_pixel(c[:, 0], c[:, 1])
        painter.setPen(QPen(QColor("white"), 0.8))
        painter.setBrush(QColor("#555555"))
        for i, (x, y) in enumerate(zip(px, py)):
            if np.isfinite(x) and np.isfinite(y) and (zone_id is None or zones.zone_ids[i] != zone_id):
                painter.drawEllipse(QPointF(float(x), float(y)), 2.2, 2.2)
    x0, y0, x1, y1 = main.extent
    (ax, bx), (ay, by) = settings.world_to_pixel(np.array([x0, x1]), np.array([y1, y0]))
    frame = QRectF(float(ax), float(ay), float(bx - ax), float(by - ay))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if frame.contains(QRectF(0, 0, w, h).adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1)):
        pass  # the map shows (nearly) the whole country: nothing to mark
    elif frame.width() < 10 or frame.height() < 10:
        painter.setPen(QPen(QColor("white"), 3.5))
        painter.drawEllipse(frame.center(), 6.0, 6.0)
        painter.setPen(QPen(MARK, 2.0))
        painter.setBrush(QColor(212, 17, 89, 90))
        painter.drawEllipse(frame.center(), 6.0, 6.0)
    else:
        painter.setPen(QPen(QColor("white"), 3.5))
        painter.drawRect(frame)
        painter.setPen(QPen(MARK, 1.6))
        painter.drawRect(frame)
    painter.restore()
    painter.save()
    painter.setPen(QPen(RULE, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


# --- the layout -----------------------------------------------------------------------------


MARGIN = 26.0
GAP = 14.0
STRIP = 40.0  # under the map: scale bar and north arrow
SIZES = (1.0, 0.93, 0.86, 0.8, 0.74)


class PrintLayout:
    """A page of ``scene`` showing ``extent`` (display CRS), its items' boxes computed once."""

    def __init__(self, scene, page: Page, content: LayoutContent, extent, language: str = "en",
                 margin: float = 0.06, hidden_layers=frozenset()):
        self.scene = scene
        self.page = page
        self.content = content
        self.extent = extent
        self.language = language
        self.fit_margin = margin
        self.hidden_layers = frozenset(hidden_layers)
        self.boxes: dict[str, QRectF] = {}
        self.size = 1.0
        self.legend: Legend | None = None
        self.legend_plan: LegendPlan | None = None
        self.figures: FiguresBox | None = None
        self.title_font = font(23)
        self.subtitle_font = font(13.5)
        self.sources_font = font(9)
        self.settings: MapSettings | None = None
        entries = None
        for _pass in range(3):  # the legend lists what the final map frame shows
            self._arrange(entries)
            found = legend_entries(scene, self.settings)
            if found == entries:
                break
            entries = found

    # --- arrangement ----------------------------------------------------------------------

    def _map_settings(self, box: QRectF) -> MapSettings:
        return MapSettings(crs=self.scene.display_crs, width=max(1, int(box.width())), height=max(1, int(box.height())),
                           dpi=self.page.logical_dpi, language=self.language,
                           hidden_layers=self.hidden_layers).fitted(self.extent, self.fit_margin)

    def _arrange(self, entries) -> None:
        page, c = self.page, self.content
        W, H = page.width, page.height
        inner = W - 2 * MARGIN
        boxes: dict[str, QRectF] = {}
        # header: the title wraps to two lines at most, smaller if it must
        for px in (23, 21, 19, 17, 15):
            self.title_font = font(px, bold=True)
            th = text_height(c.title, self.title_font, inner)
            if th <= 2.6 * QFontMetricsF(self.title_font).height():
                break
        boxes["title"] = QRectF(MARGIN, MARGIN, inner, th)
        y = MARGIN + th
        if c.subtitle:
            sh = text_height(c.subtitle, self.subtitle_font, inner)
            boxes["subtitle"] = QRectF(MARGIN, y + 3, inner, sh)
            y += 3 + sh
        body_top = y + 12
        sources_h = text_height(c.sources, self.sources_font, inner)
        boxes["sources"] = QRectF(MARGIN, H - MARGIN - sources_h, inner, sources_h)
        body_bottom = H - MARGIN - sources_h - 10
        body_h = max(40.0, body_bottom - body_top)
        landscape = W >= H * 1.15
        if entries is None:  # first pass: what the requested extent shows
            probe = MapSettings(crs=self.scene.display_crs, width=max(1, int(inner)), height=max(1, int(body_h)),
                                language=self.language, hidden_layers=self.hidden_layers).fitted(self.extent, self.fit_margin)
            entries = legend_entries(self.scene, probe)
        if landscape:
            self._arrange_side(boxes, entries, body_top, body_h)
        else:
            self._arrange_band(boxes, entries, body_top, body_h, body_bottom)
        self.boxes = boxes
        self.settings = self._map_settings(boxes["map"])
        self.entries = entries

    def _panel_items(self, width: float, height: float, entries, inset_ratio: float):
        """Fit key figures, legend and inset into a panel ``width`` × ``height``: shrink the text,
        then drop the inset, then summarise the legend's tail. Returns the heights used."""
        for with_inset in (True, False):
            for size in SIZES:
                figures = FiguresBox(self.content, size) if self.content.figures else None
                fig_h = figures.height(width) if figures else 0.0
                heading = font(12.5 * size, bold=True)
                head_h = QFontMetricsF(heading).height() + 4
                inset_h = width * inset_ratio + head_h if with_inset else 0.0
                used = (fig_h + head_h + GAP if figures else 0.0) + (inset_h + GAP if with_inset else 0.0)
                legend = Legend(entries, size)
                plan = legend.plan(width, max(0.0, height - used - head_h))
                if plan.dropped == 0 or (not with_inset and size == SIZES[-1]):
                    return size, figures, fig_h, legend, plan, with_inset, inset_h, head_h
        raise AssertionError("unreachable")

    def _arrange_side(self, boxes, entries, top, body_h) -> None:
        W = self.page.width
        panel_w = min(360.0, max(220.0, 0.27 * W))
        map_w = W - 2 * MARGIN - GAP - panel_w
        boxes["map"] = QRectF(MARGIN, top, int(map_w), int(body_h - STRIP))
        self._strip(boxes, boxes["map"])
        px = MARGIN + map_w + GAP
        size, figures, fig_h, legend, plan, with_inset, inset_h, head_h = self._panel_items(panel_w, body_h, entries, 0.62)
        self._keep(size, figures, legend, plan)
        y = top
        if figures:
            boxes["figures_heading"] = QRectF(px, y, panel_w, head_h)
            boxes["figures"] = QRectF(px, y + head_h, panel_w, fig_h)
            y += head_h + fig_h + GAP
        if plan.placed:
            boxes["legend_heading"] = QRectF(px, y, panel_w, head_h)
            boxes["legend"] = QRectF(px, y + head_h, panel_w, plan.height)
        if with_inset:
            ih = inset_h - head_h
            boxes["inset_heading"] = QRectF(px, top + body_h - inset_h, panel_w, head_h)
            boxes["inset"] = QRectF(px, top + body_h - ih, panel_w, ih)

    def _arrange_band(self, boxes, entries, top, body_h, body_bottom) -> None:
        W = self.page.width
        inner = W - 2 * MARGIN
        has_figures = bool(self.content.figures)
        cols = 3 if has_figures else 2
        widths = [0.34, 0.38, 0.28] if has_figures else [0.68, 0.32]
        usable = inner - GAP * (cols - 1)
        col_w = [usable * f for f in widths]
        cap = body_h * 0.42
        inset_w = col_w[-1]
        chosen = None
        for with_inset in (True, False):
            for size in SIZES:
                heading = font(12.5 * size, bold=True)
                head_h = QFontMetricsF(heading).height() + 4
                figures = FiguresBox(self.content, size) if has_figures else None
                fig_h = figures.height(col_w[0]) + head_h if figures else 0.0
                inset_h = inset_w * 0.62 + head_h if with_inset else 0.0
                legend = Legend(entries, size)
                legend_w = col_w[1] if has_figures else (col_w[0] if with_inset else inner)
                low = max(fig_h, inset_h, 60.0)
                plan = legend.plan(legend_w, max(0.0, cap - head_h))
                if plan.dropped == 0 or (not with_inset and size == SIZES[-1]):
                    # the band no taller than its tallest item
                    band = max(low, plan.height + head_h if plan.placed else 0.0)
                    plan = legend.plan(legend_w, band - head_h)
                    chosen = (size, figures, fig_h, legend, plan, with_inset, inset_h, head_h, band, legend_w)
                    break
            if chosen:
                break
        size, figures, fig_h, legend, plan, with_inset, inset_h, head_h, band, legend_w = chosen
        if not with_inset and has_figures:  # the legend takes the inset's column too
            legend_w = col_w[1] + GAP + col_w[2]
            plan = legend.plan(legend_w, band - head_h)
        self._keep(size, figures, legend, plan)
        # the sources line under the inset, when it fits there: the map gets the footer's room
        sources_h = text_height(self.content.sources, self.sources_font, inset_w)
        if with_inset and band - inset_h - 8 >= sources_h:
            grow = self.page.height - MARGIN - body_bottom
            body_h += grow
            boxes["sources"] = QRectF(MARGIN + inner - inset_w, 0, inset_w, sources_h)  # (y below)
        map_h = body_h - band - STRIP - GAP
        boxes["map"] = QRectF(MARGIN, top, int(inner), int(map_h))
        self._strip(boxes, boxes["map"])
        y = top + map_h + STRIP + GAP
        x = MARGIN
        if figures:
            boxes["figures_heading"] = QRectF(x, y, col_w[0], head_h)
            boxes["figures"] = QRectF(x, y + head_h, col_w[0], fig_h - head_h)
            x += col_w[0] + GAP
        if plan.placed:
            boxes["legend_heading"] = QRectF(x, y, legend_w, head_h)
            boxes["legend"] = QRectF(x, y + head_h, legend_w, plan.height)
        if with_inset:
            ix = MARGIN + inner - inset_w
            boxes["inset_heading"] = QRectF(ix, y, inset_w, head_h)
            boxes["inset"] = QRectF(ix, y + head_h, inset_w, inset_h - head_h)
            if boxes["sources"].top() == 0:
                boxes["sources"].moveTop(y + inset_h + 8)

    def _strip(self, boxes, map_box: QRectF) -> None:
        top = map_box.bottom() + 4
        boxes["scale_bar"] = QRectF(map_box.left(), top, map_box.width() * 0.7, STRIP - 6)
        boxes["north"] = QRectF(map_box.right() - 30, top + 1, 30, STRIP - 6)

    def _keep(self, size, figures, legend, plan) -> None:
        self.size, self.figures, self.legend, self.legend_plan = size, figures, legend, plan

    # --- drawing --------------------------------------------------------------------------

    def map_settings(self) -> MapSettings:
        return self.settings

    def scale_note(self) -> str:
        """"Scale 1:N at the map centre" on paper pages; nothing on pixel pages."""
        if not self.page.paper:
            return ""
        per_unit = ground_metres_per_unit(self.settings)
        n = per_unit / (INCH_M / self.page.logical_dpi)
        return layout_text("scale").replace("%1", numbers.number(round_denominator(n)))

    def draw(self, painter: QPainter, scale: float | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> dict:
        """Paint the page; the painter's device is ``scale`` (default ``page.scale``) pixels per
        logical unit. Returns the map render's stats."""
        scale = self.page.scale if scale is None else scale
        b = self.boxes
        c = self.content
        painter.save()
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, self.page.width, self.page.height), QColor("white"))
        # the map, clipped to its frame
        box = b["map"]
        painter.save()
        painter.setClipRect(box)
        painter.translate(box.topLeft())
        stats = render(self.settings, painter, self.scene, cancelled, progress=progress)
        painter.restore()
        if cancelled():
            painter.restore()
            return stats
        painter.save()
        painter.setPen(QPen(RULE, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.restore()
        # header and footer
        painter.setPen(TEXT)
        painter.setFont(self.title_font)
        painter.drawText(b["title"].adjusted(0, 0, 0, 2), WRAP, c.title)
        if "subtitle" in b:
            painter.setFont(self.subtitle_font)
            painter.setPen(MUTED)
            painter.drawText(b["subtitle"].adjusted(0, 0, 0, 2), WRAP, c.subtitle)
        painter.setFont(self.sources_font)
        painter.setPen(MUTED)
        painter.drawText(b["sources"].adjusted(0, 0, 0, 2), WRAP, c.sources)
        # under the map
        draw_scale_bar(painter, b["scale_bar"], self.settings, 1.0, self.scale_note())
        north = b["north"]
        draw_north_arrow(painter, QPointF(north.center().x(), north.top() + 19), 24.0, north_angle(self.settings))
        # the panel
        heading = font(12.5 * self.size, bold=True)
        for key, text in (("figures_heading", layout_text("figures")), ("legend_heading", layout_text("legend")),
                          ("inset_heading", layout_text("inset"))):
            if key in b:
                painter.setFont(heading)
                painter.setPen(TEXT)
                painter.drawText(b[key], int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        if "figures" in b and self.figures is not None:
            self.figures.draw(painter, b["figures"])
        if "legend" in b and self.legend is not None:
            self.legend.draw(painter, b["legend"].topLeft(), self.legend_plan)
        if "inset" in b:
            draw_inset(painter, b["inset"], self.scene, self.settings, c.zone_id)
        painter.restore()
        if progress:
            progress(1, 1)
        return stats
