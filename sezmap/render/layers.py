"""Map layers: each draws itself with QPainter for given map settings.

A layer owns its geometry arrays (display CRS) and style; it never builds Qt
objects for features outside the view, and draws sub-pixel features as pixels.

What a layer draws is immutable: an edit (the plots layer's ``set_statuses``, ``set_geometries``,
``remove_rows``, ``append_rows``) swaps one reference to new read-only arrays, so ``snapshot()``
(taken when a render starts) draws what was there then (the plots' are written in place while
no snapshot of them is alive: ``Room.alone``). Cancelling is looked at between layers and, in
the layers that can hold a million features (plots, selection), every ``CANCEL_BLOCK`` features.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from sezmap.model.statuses import STATUSES, status_codes
from sezmap.model.values import is_missing
from sezmap.render import names, page_language, styles, symbols
from sezmap.render.geometry_arrays import GeometryArrays, frozen
from sezmap.render.label_texts import place_pair, short_name
from sezmap.render.labels import LabelCandidate
from sezmap.render.map_settings import MapSettings
from sezmap.render.pdf_forms import PdfForms
from sezmap.render.qpath import ODD_EVEN, WINDING, path_from_arrays
from sezmap.render.view_clip import view_vertices

SUBPIXEL = 1.0  # features smaller than this many pixels are drawn as one pixel
RING_BELOW_PX = 6  # marked plots smaller than this on screen also get a ring around their centre
# Features drawn between two looks at the cancel flag. Measured on the shared 2-core machine
# (load ~8): a block of 5,000 outlined plots is built and painted in ~45 ms, so a cancelled
# render stops within about that; blocks of 2,000 to 20,000 and one path per status draw a
# 177k-plot 1920x1080 view in the same time (~0.8 s), the blocks cost nothing measurable.
# (Plots under a pixel are written by numpy in one go: ~1 ms for 100k.)
CANCEL_BLOCK = 5_000
COUNTRY_SPAN_M = 1_000_000.0  # a map this wide (or tall) is a country map: crossings named briefly
CROSSING_PRIORITY = 40.0  # a crossing's label at country scale: after zones, corridors and other hubs


@dataclass
class RenderContext:
    settings: MapSettings
    painter: QPainter
    cancelled: Callable[[], bool] = lambda: False
    labels: list[LabelCandidate] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    obstacles: list[tuple[QRectF, str]] = field(default_factory=list)  # drawn markers: (box, feature key)
    pdf: PdfForms | None = None  # on a PDF: where large fills are written (render.pdf_forms)


def pixel_path(arrays: GeometryArrays, features: np.ndarray, settings: MapSettings, fill_rule=WINDING,
               clip: bool = False):
    """The features as one path in pixels; ``clip`` (a solid pen only: a cut moves a dash
    pattern): those far larger than the view clipped to it (``view_clip``)."""
    px, py, starts = view_vertices(arrays, features, settings, fill_rule, clip)
    return path_from_arrays(px, py, starts, fill_rule)


def blocks(ctx: RenderContext, features: np.ndarray):
    """The features in blocks of ``CANCEL_BLOCK``; no further block once the render is cancelled."""
    for start in range(0, len(features), CANCEL_BLOCK):
        if ctx.cancelled():
            return
        yield features[start:start + CANCEL_BLOCK]


def country_scale(settings: MapSettings) -> bool:
    """Whether the map spans a country (its longer side at least ``COUNTRY_SPAN_M``), not a
    region or a zone: whatever the pixel size (a window, a print page at any dpi)."""
    x0, y0, x1, y1 = settings.extent
    return max(x1 - x0, y1 - y0) >= COUNTRY_SPAN_M


def pixel_sizes(arrays: GeometryArrays, features: np.ndarray, resolution: float) -> np.ndarray:
    return arrays.sizes[features] / resolution


def splat(ctx: RenderContext, arrays: GeometryArrays, features: np.ndarray, words: np.ndarray) -> None:
    """Draw features as single pixels (ARGB32 words per feature), written with numpy."""
    if len(features) == 0:
        return
    s = ctx.settings
    c = arrays.centres[features]
    x0, _y0, _x1, y1 = s.extent
    fx, fy = (c[:, 0] - x0) / s.resolution, (y1 - c[:, 1]) / s.resolution
    ok = (fx >= 0) & (fx < s.width) & (fy >= 0) & (fy < s.height)
    ix, iy = fx.astype(np.int32), fy.astype(np.int32)  # truncation is floor for the pixels in view
    buf = np.zeros(s.height * s.width, dtype=np.uint32)
    if ok.all():
        buf[iy * s.width + ix] = words
    else:
        buf[iy[ok] * s.width + ix[ok]] = words[ok]
    pixels = buf.reshape(s.height, s.width)
    form = ctx.pdf.begin(ctx.painter) if ctx.pdf is not None else None
    if form is not None:  # on a PDF: written by sezmap, losslessly (render.pdf_forms)
        form.image(pixels, QRectF(0, 0, s.width, s.height))
        form.end()
        return
    image = QImage(pixels.data, s.width, s.height, 4 * s.width, QImage.Format.Format_ARGB32_Premultiplied)
    ctx.painter.save()
    # a PDF keeps every pixel's colour (Qt would write the image as a JPEG, which blurs single pixels)
    ctx.painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    ctx.painter.drawImage(QRectF(0, 0, s.width, s.height), image)
    ctx.painter.restore()
    del image  # the QImage borrows pixels (buf); drop it before they go


_blank = is_missing


class MapLayer:
    layer_id = "layer"
    listed = False  # an overlay the layers panel lists (shown, hidden, its opacity set) as layers are

    def __init__(self):
        self.visible = True
        self.opacity = 1.0

    @property
    def title(self) -> str:
        return names.layer_title(self.layer_id)

    def bounds(self):
        return None

    def draw(self, ctx: RenderContext) -> None:
        raise NotImplementedError

    def snapshot(self) -> MapLayer:
        """The layer as a render started now draws it: a shallow copy, so the arrays (never
        changed in place; an edit swaps in new ones), visibility and opacity stay as they are
        now while the live layer is edited. Taken on the thread that edits the layer."""
        return copy.copy(self)

    def legend_items(self, language: str = "en") -> list[tuple[str, str, object]]:
        """(text, kind, symbol) rows for the legend: kind is fill, line, marker (the style a
        ``symbols.Symbol`` the layer draws with), heading (text only) or raster."""
        return []


def frame_rows(frame) -> list[dict]:
    """A layer's attributes as one dict per feature (no geometry)."""
    return [dict(r) for r in frame.drop(columns="geometry").to_dict("records")]


class ArraysLayer(MapLayer):
    """A layer drawn from projected geometry arrays (display CRS)."""

    def __init__(self, arrays: GeometryArrays):
        super().__init__()
        self._arrays = arrays

    @property
    def arrays(self) -> GeometryArrays:
        return self._arrays

    def bounds(self):
        return self.arrays.total_bounds

    def in_view(self, ctx: RenderContext, antialias: bool = True) -> np.ndarray:
        """The features in view; the painter is set up for drawing them when there are any."""
        vis = self.arrays.visible(ctx.settings.extent)
        if len(vis):
            ctx.painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        return vis

    def centre_pixels(self, features: np.ndarray, settings: MapSettings):
        c = self.arrays.centres[features]
        return settings.world_to_pixel(c[:, 0], c[:, 1])


class PolygonLayer(ArraysLayer):
    """A plain polygon layer (basemap countries, regions, water)."""

    def __init__(self, layer_id: str, arrays: GeometryArrays, fill: str | None, line: str | None,
                 width: float = 1.0, dash: bool = False, highlight: np.ndarray | None = None,
                 highlight_fill: str | None = None, highlight_line: str | None = None,
                 highlight_width: float | None = None):
        """``highlight``: a mask of features drawn with their own fill and a bolder outline on top
        (the home country among its neighbours)."""
        super().__init__(arrays)
        self.layer_id = layer_id
        self.fill = QColor(fill) if fill else None
        self.line = QColor(line) if line else None
        self.width = width
        self.dash = dash
        self.highlight = None if highlight is None or not np.any(highlight) else np.asarray(highlight, bool)
        self.highlight_fill = QColor(highlight_fill) if highlight_fill else self.fill
        self.highlight_line = QColor(highlight_line) if highlight_line else self.line
        self.highlight_width = highlight_width or width
        dash_style = Qt.PenStyle.DashLine if dash else Qt.PenStyle.SolidLine
        self.symbol = symbols.FillSymbol(fill, line, width, dash_style)
        self.highlight_symbol = symbols.FillSymbol(
            highlight_fill or fill, highlight_line or line, self.highlight_width, dash_style)

    def draw(self, ctx: RenderContext) -> None:
        vis = self.in_view(ctx)
        if len(vis) == 0:
            return
        if self.highlight is None:
            self._draw(ctx, vis, self.symbol)
            return
        marked = self.highlight[vis]
        self._draw(ctx, vis[~marked], self.symbol)
        self._draw(ctx, vis[marked], self.highlight_symbol)

    def _draw(self, ctx: RenderContext, features: np.ndarray, symbol) -> None:
        if len(features) == 0:
            return
        symbol.paint(ctx.painter, pixel_path(self.arrays, features, ctx.settings, ODD_EVEN, clip=not self.dash))

    def legend_items(self, language: str = "en"):
        return [(self.title, "fill", self.symbol)]


class LineLayer(ArraysLayer):
    def __init__(self, layer_id: str, arrays: GeometryArrays, line: str, width: float = 1.0):
        super().__init__(arrays)
        self.layer_id = layer_id
        self.line = QColor(line)
        self.width = width
        self.symbol = symbols.LineSymbol(self.line.name(QColor.NameFormat.HexArgb), width)

    def draw(self, ctx: RenderContext) -> None:
        vis = self.in_view(ctx)
        if len(vis) == 0:
            return
        self.symbol.stroke(ctx.painter, pixel_path(self.arrays, vis, ctx.settings, clip=True))

    def legend_items(self, language: str = "en"):
        return [(self.title, "line", self.symbol)]


class PointLayer(ArraysLayer):
    """Basemap points (cities) with labels; the smaller places only when zoomed in."""

    POPULATION_PER_METRE = 100.0  # at r m/px, places under r*100 people are left out

    def __init__(self, layer_id: str, arrays: GeometryArrays, colour: str, size: float,
                 labels, population: np.ndarray | None = None):
        """``labels``: one name per feature, or {language: names} to follow the UI language."""
        super().__init__(arrays)
        self.layer_id = layer_id
        self.colour = QColor(colour)
        self.size = size
        self.names_by_language = labels if isinstance(labels, dict) else {"en": list(labels)}
        count = len(next(iter(self.names_by_language.values())))
        self.population = population if population is not None else np.full(count, np.inf)
        self.symbol = symbols.city_symbol(colour, size)

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        vis = self.arrays.visible(s.extent)
        vis = vis[self.population[vis] >= s.resolution * self.POPULATION_PER_METRE]
        if len(vis) == 0:
            return
        px, py = self.centre_pixels(vis, s)
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rank = np.log10(np.maximum(np.nan_to_num(self.population[vis], posinf=1e7), 1.0))
        labels = (self.names_by_language.get(s.language) or self.names_by_language.get("en")
                  or next(iter(self.names_by_language.values())))
        reach = self.symbol.radius()
        for i, x, y, k in zip(vis, px, py, rank, strict=True):
            x, y = float(x), float(y)
            self.symbol.draw(p, x, y)
            key = f"{self.layer_id}:{i}"
            ctx.obstacles.append((self.symbol.box(x, y), key))
            if labels[i]:
                ctx.labels.append(LabelCandidate(labels[i], x, y, priority=10 + float(k), font_px=11,
                                                 key=key, marker_px=reach))

    def legend_items(self, language: str = "en"):
        return [(self.title, "marker", self.symbol)]


@dataclass(frozen=True)
class PlotsState:
    """The plots as drawn: their geometry and a status code per plot, both read-only. An edit
    makes a new state and the layer swaps one reference to it."""

    arrays: GeometryArrays
    status_code: np.ndarray  # int16 per plot, an index into STATUSES (len(STATUSES): unknown)


class PlotsLayer(ArraysLayer):
    """Plots filled by status; pixels for sub-pixel plots, outlines when large enough."""

    layer_id = "plots"

    def __init__(self, arrays: GeometryArrays, statuses):
        super().__init__(arrays)  # (``arrays`` is then the state's, below)
        self.state = PlotsState(arrays, frozen(status_codes(statuses, len(STATUSES))))
        palette = styles.status_rgb32()
        self.words = np.array([palette[s] for s in STATUSES] + [0xFFFF00FF], dtype=np.uint32)
        self.hidden_statuses: frozenset[str] | set[str] = frozenset()  # replaced, never changed in place

    @property
    def arrays(self) -> GeometryArrays:
        return self.state.arrays

    @property
    def status_code(self) -> np.ndarray:
        return self.state.status_code

    # --- edits: each swaps in a new state (copy-on-write) ------------------------------------

    def set_statuses(self, rows, statuses) -> None:
        """Plots whose status changed (an edit). Only the status codes are copied (2 bytes a
        plot: ~0.5 ms at 1M plots); the geometry arrays are shared with the state before."""
        codes = self.state.status_code.copy()
        codes[np.asarray(rows, np.int64)] = status_codes(statuses, len(STATUSES))
        self.state = PlotsState(self.state.arrays, frozen(codes))

    def snapshot(self) -> PlotsLayer:
        self.arrays.room.readers.add(shot := copy.copy(self))  # (no edit in place while it is drawn)
        return shot

    def set_geometries(self, rows, geoms, display_crs: str) -> None:
        """Plots whose geometry changed (an edit); the status codes are shared."""
        arrays = self.state.arrays
        self.state = PlotsState(arrays.replace(rows, geoms, display_crs, own=arrays.room.alone()), self.state.status_code)

    def remove_rows(self, rows, geometry_rows=(), geoms=(), display_crs: str = "") -> None:
        """Plots taken out (later rows move down); then, with ``geometry_rows`` (numbered after),
        those plots' new geometries, with one copy of the arrays for both (none if none is drawn)."""
        rows, was = np.asarray(rows, np.int64), self.state.arrays
        arrays = was.removed_and_replaced(rows, np.asarray(geometry_rows, np.int64), geoms, display_crs, own=was.room.alone())
        self.state = PlotsState(arrays, frozen(np.delete(self.state.status_code, rows)))

    def append_rows(self, geoms, statuses, display_crs: str) -> None:
        """Plots added at the end."""
        codes = np.concatenate([self.state.status_code, status_codes(statuses, len(STATUSES))])
        self.state = PlotsState(self.state.arrays.append(geoms, display_crs), frozen(codes))

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        arrays, status_code = self.state.arrays, self.state.status_code  # one state throughout
        vis = arrays.visible(s.extent)
        if self.hidden_statuses:
            hidden = [STATUSES.index(h) for h in self.hidden_statuses]
            vis = vis[~np.isin(status_code[vis], hidden)]
        ctx.stats["plots_visible"] = len(vis)
        if len(vis) == 0:
            return
        sizes = pixel_sizes(arrays, vis, s.resolution)
        tiny = sizes < SUBPIXEL
        ctx.stats["plots_as_pixels"] = int(tiny.sum())
        splat(ctx, arrays, vis[tiny], self.words[status_code[vis[tiny]]])
        big = vis[~tiny]
        if len(big) == 0 or ctx.cancelled():
            return
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        outline = float(np.median(sizes[~tiny])) >= styles.PLOT_OUTLINE_MIN_PX
        codes = status_code[big]
        # fills alone on a PDF: written by sezmap in whole device pixels (render.pdf_forms)
        form = ctx.pdf.begin(p) if ctx.pdf is not None and not outline else None
        for code, status in enumerate(STATUSES):
            symbol = symbols.plot_symbol(status)
            for block in blocks(ctx, big[codes == code]):
                if form is None:
                    symbol.paint(p, pixel_path(arrays, block, s), outline)
                elif (colour := symbol.fill_colour()) is not None:
                    px, py, starts = view_vertices(arrays, block, s, WINDING, clip=False)
                    form.fill(px, py, starts, colour)
        if form is not None:
            form.end()

    def legend_items(self, language: str = "en"):
        return [(names.status_label(st), "fill", symbols.plot_symbol(st)) for st in STATUSES]


class ZonesLayer(ArraysLayer):
    """Zone boundaries, outlined and labelled; a ring marker where a zone is only a few pixels."""

    layer_id = "zones"
    MARKER_BELOW_PX = 10.0

    def __init__(self, arrays: GeometryArrays, frame):
        super().__init__(arrays)
        self.zone_ids = list(frame["zone_id"])
        self.rows = frame_rows(frame)
        self.boundary = symbols.zone_boundary()
        self.marker = symbols.zone_marker()

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        vis = self.in_view(ctx)
        if len(vis) == 0:
            return
        p = ctx.painter
        sizes = pixel_sizes(self.arrays, vis, s.resolution)
        small = vis[sizes < self.MARKER_BELOW_PX]
        large = vis[sizes >= self.MARKER_BELOW_PX]
        if len(large):
            self.boundary.paint(p, pixel_path(self.arrays, large, s))
        px, py = self.centre_pixels(vis, s)
        small_set = set(small.tolist())
        reach = self.marker.radius()
        for i, x, y, size in zip(vis, px, py, sizes, strict=True):
            x, y = float(x), float(y)
            key = f"zones:{self.zone_ids[i]}"
            marked = i in small_set
            if marked:
                self.marker.draw(p, x, y)
                ctx.obstacles.append((self.marker.box(x, y), key))
            name = names.feature_name(self.rows[i], s.language) or str(self.zone_ids[i])
            ctx.labels.append(LabelCandidate(name, x, y, priority=100 + size, font_px=13, bold=True,
                                             centred=not marked, key=key, marker_px=reach if marked else 0.0,
                                             required=True, short_text=short_name(name)))

    def marker_rows(self, resolution: float) -> np.ndarray:
        """The zones drawn as a marker (a ring) at ``resolution``, not as their outline."""
        return np.flatnonzero(self.arrays.sizes / resolution < self.MARKER_BELOW_PX)

    def picked(self, x: float, y: float, resolution: float, tolerance: float = 0.0) -> np.ndarray:
        """The zones whose drawn marker is at display point (x, y), nearest first: the ring is
        the target at country scale, where a zone's outline is a pixel or two."""
        rows = self.marker_rows(resolution)
        if len(rows) == 0:
            return rows
        c = self.arrays.centres[rows]
        d = np.hypot(c[:, 0] - x, c[:, 1] - y)
        hit = d <= self.marker.radius() * resolution + tolerance
        return rows[hit][np.argsort(d[hit], kind="stable")]

    def legend_items(self, language: str = "en"):
        return [(page_language.translate("sezmap", "Zone boundary"), "fill", self.boundary),
                (page_language.translate("sezmap", "Zone location (too small to outline at this scale)"),
                 "marker", self.marker)]


class CorridorsLayer(ArraysLayer):
    """One distinct line per corridor (its segments share a colour), named along the line."""

    layer_id = "corridors"

    def __init__(self, arrays: GeometryArrays, frame):
        super().__init__(arrays)
        self.ids = list(frame["corridor_id"])
        self.order = list(dict.fromkeys(self.ids))
        # each segment is drawn in its own mode's dash (a corridor can be rail here, road there)
        self.modes = [m if isinstance(m, str) else "" for m in
                      (frame["mode"] if "mode" in frame.columns else [""] * len(frame))]
        self.rows: dict[str, dict] = {}  # per corridor: each field's first non-blank value over its segments
        for cid, row in zip(self.ids, frame_rows(frame), strict=True):
            merged = self.rows.setdefault(cid, dict(row))
            for key, value in row.items():
                if _blank(merged.get(key)) and not _blank(value):
                    merged[key] = value

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        vis = self.in_view(ctx)
        if len(vis) == 0:
            return
        p = ctx.painter
        ids = np.array(self.ids, dtype=object)[vis]
        modes = np.array(self.modes, dtype=object)[vis]
        # the layer's first corridor on top: the named corridors of the shipped project lie
        # over the rail lines they follow, which come after them
        for n, cid in reversed(list(enumerate(self.order))):
            mine = ids == cid
            if not mine.any():
                continue
            for mode in self.corridor_modes(cid):
                sel = vis[mine & (modes == mode)]
                if len(sel):
                    symbols.corridor_symbol(n, mode).stroke(p, pixel_path(self.arrays, sel, s))
            # the name along the line, where a stretch of it is straight enough
            name = names.feature_name(self.rows[cid], s.language) or str(cid)
            ctx.labels.append(LabelCandidate(
                name, 0.0, 0.0, priority=50, font_px=11, key=f"corridors:{cid}",
                lines=tuple(self.pixel_lines(vis[mine], s)), short_text=short_name(name),
                colour=styles.corridor_colour(n).darker(130).name()))

    def pixel_lines(self, features: np.ndarray, settings: MapSettings) -> list[np.ndarray]:
        """The features' lines in pixels, one (n, 2) array per part."""
        idx = self.arrays.vertex_indices(features)
        if len(idx) == 0:
            return []
        px, py = settings.world_to_pixel(self.arrays.coords[idx, 0], self.arrays.coords[idx, 1])
        xy = np.column_stack([px, py])
        starts = np.flatnonzero(self.arrays.part_start[idx])
        if len(starts) == 0 or starts[0] != 0:
            starts = np.concatenate([[0], starts])
        return [part for part in np.split(xy, starts[1:]) if len(part) >= 2]

    def corridor_modes(self, cid: str) -> list[str]:
        """The modes of a corridor's segments: the known ones in their usual order, then any other."""
        present = {m for c, m in zip(self.ids, self.modes, strict=True) if c == cid}
        known = [m for m in styles.CORRIDOR_DASH if m in present]
        return known + sorted(present - set(known))

    def legend_items(self, language: str = "en"):
        """A corridor of one mode is one row, "name (mode)"; a corridor of several modes is its
        name, then a row per mode; every swatch the line the map draws (colour and dash)."""
        out: list[tuple[str, str, symbols.LineSymbol | None]] = []
        for n, cid in enumerate(self.order):
            name = names.feature_name(self.rows[cid], language) or cid
            modes = self.corridor_modes(cid)
            if len(modes) == 1:
                text = f"{name} ({names.mode_label(modes[0])})" if modes[0] else name
                out.append((text, "line", symbols.corridor_symbol(n, modes[0])))
                continue
            out.append((name, "heading", None))
            out += [(names.mode_label(m) if m else "—", "line", symbols.corridor_symbol(n, m)) for m in modes]
        return out


class HubsLayer(ArraysLayer):
    """Hubs as symbols by kind, labelled."""

    layer_id = "hubs"

    def __init__(self, arrays: GeometryArrays, frame):
        super().__init__(arrays)
        self.kinds = list(frame["kind"])
        self.rows = frame_rows(frame)

    def draw(self, ctx: RenderContext) -> None:
        s = ctx.settings
        vis = self.in_view(ctx)
        if len(vis) == 0:
            return
        px, py = self.centre_pixels(vis, s)
        p = ctx.painter
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        country = country_scale(s)
        for i, x, y in zip(vis, px, py, strict=True):
            x, y = float(x), float(y)
            symbol = symbols.hub_symbol(self.kinds[i])
            symbol.draw(p, x, y)
            key = f"hubs:{self.rows[i].get('hub_id', i)}"
            ctx.obstacles.append((symbol.box(x, y), key))
            name = names.feature_name(self.rows[i], s.language)
            if not name:
                continue
            if country and self.kinds[i] == "border_crossing":
                # a country map names a crossing by its places, small, after every other name
                # (the full name is in the legend's kind, the identify panel and at zone scale)
                ctx.labels.append(LabelCandidate(place_pair(name), x, y, priority=CROSSING_PRIORITY,
                                                 font_px=10, key=key, marker_px=symbol.radius()))
            else:
                ctx.labels.append(LabelCandidate(name, x, y, priority=60, font_px=11, key=key,
                                                 marker_px=symbol.radius(), short_text=short_name(name)))

    def pick_radius_px(self) -> float:
        """How far from a hub's point its drawn symbol reaches (the largest symbol)."""
        return max(symbols.hub_symbol(k).radius() for k in set(self.kinds)) if self.kinds else 0.0

    def legend_items(self, language: str = "en"):
        present = [k for k in styles.HUB_SYMBOLS if k in set(self.kinds)]
        return [(names.hub_kind_label(k), "marker", symbols.hub_symbol(k)) for k in present]
