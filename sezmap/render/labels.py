"""Labels that do not pile up: placed greedily by priority, skipped when they collide.

Each layer offers candidates (text, anchor pixel, priority) and registers the symbols it drew
as obstacles (a zone's ring, a hub's symbol, a city's dot). The placer first reserves the
obstacles and the map furniture (north arrow, scale bar), then places the candidates, most
important first, each where it overlaps nothing placed or reserved so far:

- a point (a marker) tries eight spots around its marker; a *required* label (every zone)
  that finds none is put at the nearest free spot further out, with a leader line back to its
  marker (the leader is reserved too, so nothing is written across it);
- an area tries its centre, then just above or below;
- a line (a corridor) is written along its line, centred on it: rotated on a stretch straight
  enough for the text, else letter by letter round its bends (upright, left to right); a line
  label that finds no room may move one placed before it along that one's line.

A shorter text (the name without its parenthesised part, ``label_texts.short_name``) is tried when the
whole does not fit; line labels then try a slightly smaller font. Collisions are tested on the
label's real boxes (rotated for line labels, one per letter when curved), against a coarse
grid, so many candidates stay cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from sezmap.render.label_texts import two_lines
from sezmap.render.styles import LABEL_HALO, LABEL_TEXT

CELL = 64.0
GAP_PX = 2.0  # between a marker and its label
LEADER_RADII = (20, 30, 42, 56, 72, 90, 112, 138, 170, 210, 260, 320, 400)
LEADER_CLUSTER_PX = 10.0  # a leader may cross other markers this close to its own
LINE_SAMPLE_PX = 2.0  # a line is resampled at this step to find straight stretches
LINE_STRAIGHT_PX = 2.5  # how far a line may stray from a straight label's axis
LINE_SMALLER_PX = 1.5  # a line label that finds no room tries again this much smaller
CURVE_BEND_DEG = (8.0, 24.0)  # curved text: the largest turn from one letter to the next (first try, second)
LEADER_COLOUR = QColor("#444444")
NEIGHBOUR_PX = 200.0  # a required label that finds no room may move one placed this near it


@dataclass(frozen=True, eq=False)
class LabelCandidate:
    text: str
    x: float  # anchor, pixels
    y: float
    priority: float = 0.0  # higher first
    font_px: float = 12.0
    bold: bool = False
    centred: bool = False  # centred on the anchor (areas) or beside it (points)
    key: str = ""  # the feature ("zones:pavlodar"): its own marker is not an obstacle to it
    marker_px: float = 0.0  # how far the symbol drawn at the anchor reaches (pixels)
    required: bool = False  # never left out: placed with a leader line when no spot beside it is free
    lines: tuple = ()  # pixel polylines ((n, 2) arrays) to write the text along (line features)
    short_text: str = ""  # tried when ``text`` finds no room
    colour: str = ""  # text colour; "" for the usual dark grey


@dataclass
class PlacedLabel:
    cand: LabelCandidate
    text: str
    rect: QRectF  # the label's bounding box (pixels)
    corners: np.ndarray  # (4, 2): the label's box, rotated for line labels
    centre: tuple[float, float]
    angle: float = 0.0  # degrees, clockwise (as QPainter.rotate)
    leader: tuple[tuple[float, float], tuple[float, float]] | None = None  # marker edge -> label
    glyphs: list[tuple[str, float, float, float, float]] | None = None  # curved text: (letter, x, y, angle, advance)
    boxes: list[np.ndarray] | None = None  # every box the label covers (one per letter when curved)
    font_px: float = 0.0  # the size it is written in, when smaller than the candidate's

    def __post_init__(self) -> None:
        if self.boxes is None:
            self.boxes = [self.corners]


@dataclass
class _Shape:
    pts: list[tuple[float, float]]  # a rectangle (4 corners in order) or a segment (2 ends)
    box: tuple[float, float, float, float]
    key: str = ""
    axis_aligned: bool = False
    alive: bool = True  # False once its label is taken back


def _shape(pts, key: str = "", axis_aligned: bool = False) -> _Shape:
    pts = [(float(x), float(y)) for x, y in pts]
    xs = [x for x, _y in pts]
    ys = [y for _x, y in pts]
    return _Shape(pts, (min(xs), min(ys), max(xs), max(ys)), key, axis_aligned)


def rect_corners(rect: QRectF) -> list[tuple[float, float]]:
    return [(rect.left(), rect.top()), (rect.right(), rect.top()),
            (rect.right(), rect.bottom()), (rect.left(), rect.bottom())]


def shapes_overlap(a, b, eps: float = 1e-6) -> bool:
    """Whether two rectangles (any rotation) or segments share interior: the separating axis
    test (a rectangle's two edge directions, a segment's normal). Shapes that only touch do not
    overlap. Plain Python: for four corners it is faster than numpy."""
    for poly in (a, b):
        n = len(poly)
        for i in range(2 if n == 4 else n - 1 if n == 2 else n):
            (x0, y0), (x1, y1) = poly[i], poly[(i + 1) % n]
            ax, ay = y0 - y1, x1 - x0
            if ax == 0 and ay == 0:
                continue
            pa = [x * ax + y * ay for x, y in a]
            pb = [x * ax + y * ay for x, y in b]
            if max(pa) <= min(pb) + eps or max(pb) <= min(pa) + eps:
                return False
    return True


def same_place_names(a: LabelCandidate, b: LabelCandidate, near_px: float = 40.0) -> bool:
    """Whether two candidates name one place: the same name (whole or short) within
    ``near_px`` of each other (a zone and the hub that stands for it, say)."""
    if abs(a.x - b.x) > near_px or abs(a.y - b.y) > near_px or a.lines or b.lines:
        return False
    names_a = {t for t in (a.text, a.short_text) if t}
    return bool(names_a & {t for t in (b.text, b.short_text) if t})


class LabelPlacer:
    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.grid: dict[tuple[int, int], list[int]] = {}
        self.shapes: list[_Shape] = []
        self.placed: list[PlacedLabel] = []
        self.obstacles: list[tuple[QRectF, str]] = []  # markers and furniture, as reserved
        self._label_shapes: dict[int, list[int]] = {}  # id(placed label) -> its shapes

    # --- the collision grid -----------------------------------------------------------------

    def _cells(self, box):
        x0, y0, x1, y1 = box
        for gx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for gy in range(int(y0 // CELL), int(y1 // CELL) + 1):
                yield gx, gy

    def _add(self, shape: _Shape) -> int:
        n = len(self.shapes)
        self.shapes.append(shape)
        for cell in self._cells(shape.box):
            self.grid.setdefault(cell, []).append(n)
        return n

    def _keep(self, label: PlacedLabel, shapes: list[_Shape]) -> None:
        self.placed.append(label)
        self._label_shapes[id(label)] = [self._add(shape) for shape in shapes]

    def _withdraw(self, label: PlacedLabel) -> None:
        """Take a placed label back (its room becomes free again)."""
        for n in self._label_shapes.pop(id(label), ()):
            self.shapes[n].alive = False
        self.placed.remove(label)

    def _hits(self, shape: _Shape, own: str = "") -> bool:
        x0, y0, x1, y1 = shape.box
        seen = set()
        for cell in self._cells(shape.box):
            for n in self.grid.get(cell, ()):
                if n in seen:
                    continue
                seen.add(n)
                other = self.shapes[n]
                if not other.alive or (own and other.key == own):
                    continue
                ox0, oy0, ox1, oy1 = other.box
                if ox1 <= x0 or ox0 >= x1 or oy1 <= y0 or oy0 >= y1:
                    continue
                if shape.axis_aligned and other.axis_aligned:
                    return True
                if shapes_overlap(shape.pts, other.pts):
                    return True
        return False

    def _inside(self, box) -> bool:
        x0, y0, x1, y1 = box
        return x0 >= 0 and y0 >= 0 and x1 <= self.width and y1 <= self.height

    def free(self, rect: QRectF, own: str = "") -> bool:
        shape = _shape(rect_corners(rect), axis_aligned=True)
        return self._inside(shape.box) and not self._hits(shape, own)

    def reserve(self, rect: QRectF, key: str = "") -> None:
        """Keep labels off this box (map furniture, a marker)."""
        self._add(_shape(rect_corners(rect), key, axis_aligned=True))
        self.obstacles.append((QRectF(rect), key))

    # --- placing ----------------------------------------------------------------------------

    def place(self, candidates: list[LabelCandidate]) -> list[PlacedLabel]:
        kept: list[LabelCandidate] = []
        for cand in sorted(candidates, key=lambda c: -c.priority):
            if any(same_place_names(cand, other) for other in kept):
                continue  # one name is written once (the zone's, not again its hub's)
            kept.append(cand)
            if cand.lines:
                if not self._place_on_line(cand):
                    self._make_room_on_line(cand)
            elif not self._place_point(cand) and cand.required:
                self._make_room_for_point(cand)
        return self.placed

    def _make_room_for_point(self, cand: LabelCandidate) -> bool:
        """A required label that found no room, even with a leader: move a required label placed
        near it before it, if both then fit (two zones a few pixels apart, each name in the
        other's way)."""
        near = [label for label in self.placed if label.cand.required and not label.cand.lines
                and abs(label.cand.x - cand.x) < NEIGHBOUR_PX and abs(label.cand.y - cand.y) < NEIGHBOUR_PX]
        near.sort(key=lambda label: math.hypot(label.cand.x - cand.x, label.cand.y - cand.y))
        for other in near:
            shapes = self._label_shapes[id(other)]
            self._withdraw(other)
            if self._place_point(cand):
                if self._place_point(other.cand):
                    return True
                self._withdraw(self.placed[-1])
            for n in shapes:  # put it back where it was
                self.shapes[n].alive = True
            self.placed.append(other)
            self._label_shapes[id(other)] = shapes
        return False

    def _make_room_on_line(self, cand: LabelCandidate) -> bool:
        """A line label that found no room: move a line label placed before it, if both then fit
        (two corridors converging on a city, each label blocking the other's stretch)."""
        for other in [label for label in self.placed if label.cand.lines][::-1]:
            self._withdraw(other)
            if self._place_on_line(cand):
                if self._place_on_line(other.cand):
                    return True
                self._withdraw(self.placed[-1])
            self._place_on_line(other.cand)
        return False

    def _accept(self, cand, text, corners, angle=0.0, leader=None, centre=None) -> None:
        shape = _shape(corners, cand.key, axis_aligned=(angle == 0.0))
        x0, y0, x1, y1 = shape.box
        if centre is None:
            centre = ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
        label = PlacedLabel(cand, text, QRectF(x0, y0, x1 - x0, y1 - y0), np.asarray(corners, float),
                            (float(centre[0]), float(centre[1])), angle, leader)
        self._keep(label, [shape] + ([_shape(np.array(leader, float), cand.key)] if leader is not None else []))

    def _size(self, cand: LabelCandidate, text: str) -> tuple[float, float]:
        metrics = QFontMetricsF(label_font(cand))
        lines = text.split("\n")
        return max(metrics.horizontalAdvance(line) for line in lines) + 4, metrics.height() * len(lines)

    def _place_point(self, cand: LabelCandidate) -> bool:
        """Beside the marker (or on the area), the whole text, then the short one, then on two
        lines; a required label that still finds no room goes further out with a leader line
        (short text first). Whether it was placed."""
        texts = [cand.text] + ([cand.short_text] if cand.short_text else [])
        texts += [t for t in dict.fromkeys(two_lines(t) for t in texts[::-1]) if t]  # then on two lines
        x, y = cand.x, cand.y
        for text in texts:
            w, h = self._size(cand, text)
            if cand.centred:
                offsets = [(-w / 2, -h / 2), (-w / 2, -h * 1.5), (-w / 2, h * 0.5)]
            else:
                g = max(cand.marker_px + GAP_PX, 3.0)
                d = g * 0.75
                offsets = [(g, -h / 2), (-g - w, -h / 2), (d, -d - h), (d, d), (-d - w, -d - h), (-d - w, d),
                           (-w / 2, -g - h), (-w / 2, g)]
            for dx, dy in offsets:
                rect = QRectF(x + dx, y + dy, w, h)
                if self.free(rect, cand.key):
                    self._accept(cand, text, rect_corners(rect))
                    return True
        if cand.required:  # one line, the short text first, before two lines
            one_line = [t for t in texts if "\n" not in t]
            for text in one_line[::-1] + [t for t in texts if "\n" in t]:
                if self._place_with_leader(cand, text):
                    return True
        return False

    def _place_with_leader(self, cand: LabelCandidate, text: str) -> bool:
        """The nearest free spot around the anchor, joined to the marker by a leader line."""
        w, h = self._size(cand, text)
        x, y = cand.x, cand.y
        angles = [0, 180, -30, 30, -150, 150, -60, 60, -120, 120, -90, 90, -15, 15, -165, 165, -45, 45,
                  -135, 135, -75, 75, -105, 105]
        for radius in LEADER_RADII:
            r = radius + cand.marker_px
            for a in angles:
                c, s = math.cos(math.radians(a)), math.sin(math.radians(a))
                px, py = x + r * c, y + r * s
                left = px if c > 0.38 else px - w if c < -0.38 else px - w / 2
                top = py if s > 0.38 else py - h if s < -0.38 else py - h / 2
                rect = QRectF(left, top, w, h)
                if not self.free(rect, cand.key):
                    continue
                # from the label's nearest point back to the marker's edge
                nx = min(max(x, rect.left()), rect.right())
                ny = min(max(y, rect.top()), rect.bottom())
                length = math.hypot(nx - x, ny - y)
                if length <= cand.marker_px + 1:
                    continue
                ux, uy = (nx - x) / length, (ny - y) / length
                start = (x + ux * (cand.marker_px + 1), y + uy * (cand.marker_px + 1))
                leader = (start, (nx, ny))
                # the leader may leave through the markers crowded at the same spot (a cluster of
                # hubs at a border crossing), not through anything further out
                clear = cand.marker_px + LEADER_CLUSTER_PX
                if length > clear:
                    segment = _shape([(x + ux * clear, y + uy * clear), (nx, ny)])
                    if self._hits(segment, cand.key):
                        continue
                self._accept(cand, text, rect_corners(rect), leader=leader)
                return True
        return False

    def _place_on_line(self, cand: LabelCandidate) -> bool:
        """Straight along a straight-enough stretch, else letter by letter along the line's
        bends; the whole name, then the short one, then both a little smaller."""
        texts = [cand.text] + ([cand.short_text] if cand.short_text else [])
        runs = visible_runs(cand.lines, self.width, self.height)
        for font_px in (cand.font_px, cand.font_px - LINE_SMALLER_PX):
            metrics = QFontMetricsF(label_font(cand, font_px))
            h = metrics.height()
            for text in texts:
                w = metrics.horizontalAdvance(text) + 4
                for cx, cy, angle in line_spots(runs, w, LINE_STRAIGHT_PX):
                    corners = rotated_box(cx, cy, w, h, angle)
                    shape = _shape(corners, cand.key)
                    if self._inside(shape.box) and not self._hits(shape, cand.key):
                        self._keep(PlacedLabel(cand, text, QRectF(*shape.box[:2], shape.box[2] - shape.box[0],
                                                                  shape.box[3] - shape.box[1]),
                                               np.asarray(corners, float), (cx, cy), angle, font_px=font_px),
                                   [shape])
                        return True
            for bend in CURVE_BEND_DEG:
                for text in texts:
                    if self._place_curved(cand, text, runs, metrics, bend, font_px):
                        return True
        return False

    def _place_curved(self, cand, text, runs, metrics, bend, font_px) -> bool:
        h = metrics.height()
        advances = np.array([metrics.horizontalAdvance(ch) for ch in text])
        for centre, glyphs in curved_spots(runs, advances, bend):
            shapes = []
            for x, y, a, adv in glyphs:  # letter by letter, stopping at the first clash
                shape = _shape(rotated_box(x, y, adv, h, a), cand.key)
                if not self._inside(shape.box) or self._hits(shape, cand.key):
                    break
                shapes.append(shape)
            else:
                boxes = [np.array(sh.pts) for sh in shapes]
                pts = np.concatenate(boxes)
                x0, y0 = pts.min(axis=0)
                x1, y1 = pts.max(axis=0)
                middle = glyphs[len(glyphs) // 2][2]
                self._keep(PlacedLabel(
                    cand, text, QRectF(x0, y0, x1 - x0, y1 - y0), np.array(rotated_box(centre[0], centre[1], 1, h, middle)),
                    centre, middle, None, [(ch, x, y, a, adv) for ch, (x, y, a, adv) in zip(text, glyphs, strict=True)],
                    boxes, font_px), shapes)
                return True
        return False


def rotated_box(cx: float, cy: float, w: float, h: float, angle_deg: float) -> list[tuple[float, float]]:
    """The corners of a w × h box centred on (cx, cy), turned clockwise by ``angle_deg``."""
    a = math.radians(angle_deg)
    ux, uy = math.cos(a) * w / 2.0, math.sin(a) * w / 2.0
    vx, vy = -math.sin(a) * h / 2.0, math.cos(a) * h / 2.0
    return [(cx - ux - vx, cy - uy - vy), (cx + ux - vx, cy + uy - vy),
            (cx + ux + vx, cy + uy + vy), (cx - ux + vx, cy - uy + vy)]


def clip_polyline(xy: np.ndarray, width: float, height: float) -> list[np.ndarray]:
    """The runs of a pixel polyline inside the view (Liang–Barsky per segment)."""
    xy = np.asarray(xy, float)
    if len(xy) < 2:
        return []
    a, b = xy[:-1], xy[1:]
    d = b - a
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    ok = np.isfinite(a).all(axis=1) & np.isfinite(b).all(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-d[:, 0], a[:, 0]), (d[:, 0], width - a[:, 0]), (-d[:, 1], a[:, 1]), (d[:, 1], height - a[:, 1])):
            parallel = p == 0
            ok &= ~(parallel & (q < 0))
            r = q / p
            t0 = np.where(~parallel & (p < 0), np.maximum(t0, r), t0)
            t1 = np.where(~parallel & (p > 0), np.minimum(t1, r), t1)
    ok &= t0 < t1
    runs: list[np.ndarray] = []
    current: list[np.ndarray] = []
    for i in range(len(a)):
        if not ok[i]:
            if len(current) >= 2:
                runs.append(np.array(current))
            current = []
            continue
        p0 = a[i] + t0[i] * d[i]
        p1 = a[i] + t1[i] * d[i]
        if current and (t0[i] > 0 or np.hypot(*(current[-1] - p0)) > 1e-6):
            if len(current) >= 2:
                runs.append(np.array(current))
            current = []
        if not current:
            current = [p0]
        current.append(p1)
        if t1[i] < 1:
            runs.append(np.array(current))
            current = []
    if len(current) >= 2:
        runs.append(np.array(current))
    return runs


def _resample(run: np.ndarray, step: float) -> np.ndarray:
    seg = np.hypot(*np.diff(run, axis=0).T)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    if s[-1] <= 0:
        return run[:1]
    t = np.arange(0.0, s[-1] + 1e-9, step)
    return np.column_stack([np.interp(t, s, run[:, 0]), np.interp(t, s, run[:, 1])])


def visible_runs(lines, width: float, height: float) -> list[np.ndarray]:
    """The parts of pixel polylines inside a width × height view, longest first."""
    runs = [r for line in lines for r in clip_polyline(line, width, height)]
    runs.sort(key=lambda r: -float(np.hypot(*np.diff(r, axis=0).T).sum()))
    return runs


def line_spots(runs, length: float, tolerance: float):
    """Where a text ``length`` px long can sit along the runs (``visible_runs``): (centre x, y,
    angle in degrees), the centre on the line and the line within ``tolerance`` px of the
    text's axis all along it; the middles of the longest runs first."""
    n = int(math.ceil(length / LINE_SAMPLE_PX))
    for run in runs:
        pts = _resample(run, LINE_SAMPLE_PX)
        m = len(pts)
        if m <= n:
            continue
        starts = np.arange(0, m - n, 2)  # every other sample: neighbours are nearly the same spot
        a, b = pts[starts], pts[starts + n]
        chord = b - a
        chord_len = np.hypot(chord[:, 0], chord[:, 1])
        good = chord_len >= 0.9 * n * LINE_SAMPLE_PX
        if not good.any():
            continue
        u = chord / np.maximum(chord_len, 1e-9)[:, None]
        windows = np.lib.stride_tricks.sliding_window_view(pts, (n + 1, 2))[starts, 0]  # (k, n+1, 2)
        rel = windows - a[:, None, :]
        dev = np.abs(rel[:, :, 0] * u[:, None, 1] - rel[:, :, 1] * u[:, None, 0]).max(axis=1)
        good &= dev <= tolerance
        k = np.flatnonzero(good)
        if len(k) == 0:
            continue
        mid = starts + n // 2
        for j in k[np.argsort(np.abs(mid[k] - m / 2), kind="stable")]:
            i = starts[j]
            cx, cy = pts[i + n // 2]
            angle = math.degrees(math.atan2(chord[j, 1], chord[j, 0]))
            if angle > 90:
                angle -= 180
            elif angle <= -90:
                angle += 180
            yield float(cx), float(cy), angle


def curved_spots(runs, advances: np.ndarray, max_bend: float):
    """Where a text of letters ``advances`` px wide can run along the runs (``visible_runs``),
    bending with them: (centre on the line, [(x, y, angle, advance) per letter]), the turn from
    one letter to the next at most ``max_bend`` degrees and the text reading left to right; the
    middles of the longest runs first."""
    total = float(advances.sum())
    offsets = np.concatenate([[0.0], np.cumsum(advances)[:-1]])
    for run in runs:
        seg = np.hypot(*np.diff(run, axis=0).T)
        s = np.concatenate([[0.0], np.cumsum(seg)])
        length = s[-1]
        if length <= total + 4:
            continue
        starts = np.arange(2.0, length - total - 2.0, 3.0)
        if len(starts) == 0:
            continue
        starts = starts[np.argsort(np.abs(starts + total / 2 - length / 2), kind="stable")]
        b = starts[:, None] + offsets[None, :]
        e = b + advances[None, :]
        bx, by = np.interp(b, s, run[:, 0]), np.interp(b, s, run[:, 1])
        ex, ey = np.interp(e, s, run[:, 0]), np.interp(e, s, run[:, 1])
        angles = np.degrees(np.arctan2(ey - by, ex - bx))
        turns = (np.diff(angles, axis=1) + 180.0) % 360.0 - 180.0
        bent = np.abs(turns).max(axis=1) if turns.shape[1] else np.zeros(len(starts))
        head = ex[:, -1] - bx[:, 0]
        for k in np.flatnonzero(bent <= max_bend):
            if abs(head[k]) < 1e-6:
                continue
            cx = float(np.interp(starts[k] + total / 2, s, run[:, 0]))
            cy = float(np.interp(starts[k] + total / 2, s, run[:, 1]))
            if head[k] > 0:
                glyphs = [((bx[k, i] + ex[k, i]) / 2, (by[k, i] + ey[k, i]) / 2, angles[k, i], advances[i])
                          for i in range(len(advances))]
            else:  # the run goes right to left here: the same stretch, read the other way
                rb = starts[k] + total - (offsets + advances)
                re_ = rb + advances
                rbx, rby = np.interp(rb, s, run[:, 0]), np.interp(rb, s, run[:, 1])
                rex, rey = np.interp(re_, s, run[:, 0]), np.interp(re_, s, run[:, 1])
                ra = np.degrees(np.arctan2(rby - rey, rbx - rex))
                glyphs = [((rbx[i] + rex[i]) / 2, (rby[i] + rey[i]) / 2, ra[i], advances[i])
                          for i in range(len(advances))]
            yield (cx, cy), [(float(x), float(y), float(a), float(adv)) for x, y, a, adv in glyphs]


def label_font(cand: LabelCandidate, font_px: float = 0.0) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(6, int(round(font_px or cand.font_px))))
    font.setBold(cand.bold)
    return font


def draw_labels(painter: QPainter, placed: list[PlacedLabel]) -> None:
    """Leader lines, then the text with a light halo so it reads on any fill."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    halo = QPen(LABEL_HALO, 3.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for label in placed:
        if label.leader is not None:
            (x0, y0), (x1, y1) = label.leader
            painter.setPen(QPen(LABEL_HALO, 3.0))
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
            painter.setPen(QPen(LEADER_COLOUR, 1.0))
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
    for label in placed:
        cand = label.cand
        font = label_font(cand, label.font_px)
        metrics = QFontMetricsF(font)
        colour = QColor(cand.colour) if cand.colour else QColor(LABEL_TEXT)
        # the halo is a stroked outline; the letters are drawn as text, so that a PDF or SVG
        # export holds the map's names as real, searchable text
        painter.setFont(font)
        painter.setPen(colour)
        if label.glyphs:
            path = QPainterPath()
            for ch, x, y, angle, advance in label.glyphs:
                letter = QPainterPath()
                letter.addText(QPointF(-advance / 2, -metrics.height() / 2 + metrics.ascent()), font, ch)
                path.addPath(QTransform().translate(x, y).rotate(angle).map(letter))
            painter.strokePath(path, halo)
            for ch, x, y, angle, advance in label.glyphs:
                painter.save()
                painter.translate(x, y)
                painter.rotate(angle)
                painter.drawText(QPointF(-advance / 2, -metrics.height() / 2 + metrics.ascent()), ch)
                painter.restore()
            continue
        path = QPainterPath()
        if label.angle == 0.0 and "\n" in label.text:
            _draw_lines(painter, label, font, metrics, halo)
            continue
        if label.angle == 0.0:
            origin = QPointF(label.rect.left() + 2, label.rect.top() + metrics.ascent())
        else:
            w = metrics.horizontalAdvance(label.text) + 4
            origin = QPointF(-w / 2 + 2, -metrics.height() / 2 + metrics.ascent())
        path.addText(origin, font, label.text)
        painter.save()
        if label.angle != 0.0:
            painter.translate(*label.centre)
            painter.rotate(label.angle)
        painter.strokePath(path, halo)
        painter.drawText(origin, label.text)
        painter.restore()
    painter.restore()


def _draw_lines(painter: QPainter, label: PlacedLabel, font: QFont, metrics: QFontMetricsF, halo: QPen) -> None:
    """A label on several lines, each aligned towards its marker (left beside it on its right,
    right on its left, centred above or below)."""
    rect, x = label.rect, label.cand.x
    for k, line in enumerate(label.text.split("\n")):
        width = metrics.horizontalAdvance(line)
        if rect.left() >= x:
            left = rect.left() + 2
        elif rect.right() <= x:
            left = rect.right() - 2 - width
        else:
            left = rect.center().x() - width / 2
        origin = QPointF(left, rect.top() + k * metrics.height() + metrics.ascent())
        path = QPainterPath()
        path.addText(origin, font, line)
        painter.strokePath(path, halo)
        painter.drawText(origin, line)
