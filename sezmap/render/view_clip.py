"""The vertices a layer draws in a view, in pixels: a feature far larger than the view (a country
around a zone, or around the few pixels an edit draws again) is first clipped to the view.

Qt strokes and fills a whole path whatever the painter's clip: the 17,000 vertices of the
basemap's countries took ~18 ms of every small patch an edit draws (and more under load), for
a few pixels. Clipped with a margin wider than any pen, the edges the clip adds lie outside the
view, so what is drawn in it is the same:

* a line is cut into the pieces in the view (margin added);
* a polygon drawn with the odd-even rule: each ring on its own, as the polygon it bounds, cut
  to the view; a point of the view lies in as many cut rings as whole ones, so the fill is the
  same. (A winding-rule fill depends on the rings' orientation, which a cut may turn: those
  polygons are not clipped.)

Anything GEOS cannot cut is drawn whole, as before; so are the features of a dashed pen (a cut
would move its dash pattern), which is why layers ask for it (``layers.pixel_path(clip=True)``).

Then the vertices are ``thinned``: of a run of vertices in one square of ``THIN_PX`` pixels only
the first is drawn (a part's first and last always are). A country's outline in a page's inset
keeps the detail a printer shows and leaves out what neither paper nor screen can.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.errors import GEOSException

from sezmap.render.qpath import ODD_EVEN

FAR = 4.0  # a feature larger than this many times the view's span...
MIN_VERTICES = 256  # ... with at least this many vertices is clipped to the view
MARGIN_PX = 16  # beyond the view: wider than any pen, so the cut's own edges are never seen
THIN_PX = 0.25  # vertices closer than this (logical pixels: 0.07 mm on a page) are drawn as one


def _vertices(arrays, features: np.ndarray):
    """The features' vertices (display CRS) and which start a part (every feature starts one)."""
    idx = arrays.vertex_indices(features)
    starts = arrays.part_start[idx].copy()
    lengths = arrays.coord_end[features] - arrays.coord_start[features]
    firsts = (np.cumsum(lengths) - lengths)[lengths > 0]
    starts[firsts] = True
    return arrays.coords[idx], starts


def _cut(xy: np.ndarray, starts: np.ndarray, kind: str, rect) -> tuple[np.ndarray, np.ndarray] | None:
    """The parts (rings or lines) cut to ``rect``: (vertices, part starts), None if GEOS cannot."""
    part = np.cumsum(starts) - 1
    counts = np.bincount(part)
    enough = counts >= (4 if kind == "polygon" else 2)
    if not enough.all():  # (a degenerate part is kept as it is)
        return None
    try:
        if kind == "polygon":
            shapes = shapely.polygons(shapely.linearrings(xy, indices=part))
        else:
            shapes = shapely.linestrings(xy, indices=part)
        pieces = shapely.get_parts(shapely.clip_by_rect(shapes, *rect))
        if kind == "polygon":
            pieces = shapely.get_rings(pieces[shapely.get_type_id(pieces) == 3])
        else:
            pieces = pieces[shapely.get_type_id(pieces) == 1]
        coords, index = shapely.get_coordinates(pieces, return_index=True)
    except GEOSException:
        return None
    new = np.ones(len(index), bool)
    new[1:] = index[1:] != index[:-1]
    return coords, new


def thinned(px: np.ndarray, py: np.ndarray, starts: np.ndarray, cell: float = THIN_PX):
    """(px, py, starts) without the vertices that lie in the same ``cell``-pixel square as the
    vertex before them in their part (a part's first and last vertex always kept, so a ring
    stays closed): what a renderer cannot show. The basemap's country outlines in a page's
    inset (300 x 200 pixels) were 1.06 MB of the page's 1.94 MB PDF stream."""
    n = len(px)
    if n < 3:
        return px, py, starts
    with np.errstate(invalid="ignore"):
        qx, qy = np.floor(px / cell), np.floor(py / cell)
    keep = np.ones(n, bool)
    keep[1:] = (qx[1:] != qx[:-1]) | (qy[1:] != qy[:-1])
    first = np.asarray(starts, bool).copy()
    first[0] = True
    keep |= first
    keep[np.append(np.flatnonzero(first[1:]), n - 1)] = True  # each part's last vertex
    if keep.all():
        return px, py, starts
    return px[keep], py[keep], np.asarray(starts)[keep]


def view_vertices(arrays, features: np.ndarray, settings, fill_rule: int, clip: bool = True):
    """(px, py, part_start) of the features to draw in ``settings``' view, ``thinned``;
    ``clip``: those far larger than the view clipped to it."""
    features = np.asarray(features, np.int64)
    if not clip:
        idx = arrays.vertex_indices(features)
        xy = arrays.coords[idx]
        px, py = settings.world_to_pixel(xy[:, 0], xy[:, 1])
        return thinned(px, py, arrays.part_start[idx])
    x0, y0, x1, y1 = settings.extent
    span = max(x1 - x0, y1 - y0)
    lengths = arrays.coord_end[features] - arrays.coord_start[features]
    far = (lengths >= MIN_VERTICES) & (arrays.sizes[features] > FAR * span)
    clip = far.any() and (arrays.kind == "line" or (arrays.kind == "polygon" and fill_rule == ODD_EVEN))
    cut = None
    if clip:
        m = MARGIN_PX * settings.resolution
        xy, starts = _vertices(arrays, features[far])
        cut = _cut(xy, starts, arrays.kind, (x0 - m, y0 - m, x1 + m, y1 + m))
    if cut is None:
        xy, starts = _vertices(arrays, features)
    else:
        near_xy, near_starts = _vertices(arrays, features[~far])
        xy, starts = np.concatenate([near_xy, cut[0]]), np.concatenate([near_starts, cut[1]])
    px, py = settings.world_to_pixel(xy[:, 0], xy[:, 1]) if len(xy) else (np.zeros(0), np.zeros(0))
    return thinned(px, py, starts)
