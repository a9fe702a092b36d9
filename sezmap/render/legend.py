"""The print layout's legend: what the map frame shows, with the symbols the map draws it with,
flowed into columns of a box (measured and drawn by the same code).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from sezmap.model.statuses import STATUSES
from sezmap.render import names, styles, symbols
from sezmap.render.map_settings import MapSettings
from sezmap.render.page import MUTED, TEXT, WRAP, font, layout_text, text_height


@dataclass(frozen=True)
class LegendEntry:
    text: str
    kind: str  # "heading", "note" (text that heads the next rows), "symbol" (drawn by
    # ``symbol.draw_swatch``) or "more"
    symbol: symbols.Symbol | None = None  # the one the map draws with


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


def _outlined_zone_boxes(zones, settings: MapSettings) -> list[tuple[float, float, float, float]]:
    """The parts of the view where plots can be seen: inside zones drawn as outlines. A zone
    drawn as a ring covers its plots (a few pixels at that scale); without a zones layer
    shown, the whole view."""
    extent = settings.extent
    if zones is None:
        return [extent]
    vis = zones.arrays.visible(extent)
    large = vis[zones.arrays.sizes[vis] / settings.resolution >= getattr(zones, "MARKER_BELOW_PX", 10.0)]
    out = []
    for b in zones.arrays.bounds[large]:
        x0, y0 = float(max(b[0], extent[0])), float(max(b[1], extent[1]))
        x1, y1 = float(min(b[2], extent[2])), float(min(b[3], extent[3]))
        if x0 <= x1 and y0 <= y1:
            out.append((x0, y0, x1, y1))
    return out


def legend_entries(scene, settings: MapSettings) -> list[LegendEntry]:
    """What the map at ``settings`` shows, with the symbols the map draws it with: zone
    outlines (or rings, where zones are too small to outline), the plot statuses that can be
    seen (in view, in zones drawn as outlines: a ring covers its zone's plots), the corridors in view (their colour; the dash of each mode they have in view), the
    hub kinds in view, a route shown (from where to where, how long; its legs off the network),
    and what an imagery check or a site search drew there."""
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
        codes = set().union(*(_codes_in_view(plots, box) for box in _outlined_zone_boxes(zones, settings)))
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
    route = _layer_on(scene, settings, "route")
    box = route.bounds() if route is not None else None
    if box is not None and box[2] >= extent[0] and box[0] <= extent[2] and box[3] >= extent[1] and box[1] <= extent[3]:
        out.append(LegendEntry(names.layer_title("route"), "heading"))  # the route the map shows
        out += [LegendEntry(text, "symbol", symbol) for text, _kind, symbol in route.legend_items(language)]
    for layer_id in ("imagery_raster", "imagery_flags", "site_results"):  # what a check or a search drew
        layer = _layer_on(scene, settings, layer_id)
        box = layer.bounds() if layer is not None else None
        if box is None or box[2] < extent[0] or box[0] > extent[2] or box[3] < extent[1] or box[1] > extent[3]:
            continue
        items = [LegendEntry(text, "symbol", symbol) for text, _kind, symbol in layer.legend_items(language)
                 if isinstance(symbol, symbols.Symbol)]
        if items:
            out += [LegendEntry(layer.title, "heading")] + items
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
        for k, (entry, h) in enumerate(zip(self.entries, heights, strict=True)):
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
            elif entry.symbol is not None:
                painter.save()
                entry.symbol.draw_swatch(painter, QRectF(r.left(), r.top() + 1, SWATCH_W, SWATCH_H))
                painter.restore()
                painter.setFont(self.text_font)
                painter.setPen(TEXT)
                painter.drawText(QRectF(r.left() + SWATCH_W + 6, r.top(), r.width() - SWATCH_W - 6, r.height()),
                                 WRAP, entry.text)
        painter.restore()
