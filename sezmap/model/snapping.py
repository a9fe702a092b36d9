"""Snapping for the digitising tools: the cursor pulled onto a nearby vertex or edge.

Works in any planar coordinates (the map's display units, say): the caller gives the
candidate geometries already in that CRS, and the tolerance in the same units (pixels
converted to map units). Vertices win over edges when both are within tolerance; on an edge
the point is the nearest one on the nearest segment. Everything is numpy over all the
vertices and segments at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True)
class SnapResult:
    x: float
    y: float
    kind: Literal["vertex", "edge"]
    distance: float  # from the query point, in the same units


class Snapper:
    """The vertices and segments of some geometries, ready to snap to.

    Polygons give their rings (shell and holes), lines their segments, points their
    vertex only. Missing and empty geometries, and non-finite coordinates, are left out.
    """

    def __init__(self, geoms: Sequence[BaseGeometry]):
        arr = np.asarray([g for g in geoms if g is not None], dtype=object)
        arr = arr[~shapely.is_empty(arr)] if len(arr) else arr
        parts = shapely.get_parts(arr)
        while len(parts) and (shapely.get_type_id(parts) >= 4).any():  # nested collections
            parts = shapely.get_parts(parts)
        types = shapely.get_type_id(parts) if len(parts) else np.zeros(0, dtype=int)
        points = parts[types == 0]
        lines = parts[(types == 1) | (types == 2)]
        rings = shapely.get_rings(parts[types == 3])
        linear = np.concatenate([lines, rings]) if len(rings) else lines
        xy, which = shapely.get_coordinates(linear, return_index=True)
        same = which[:-1] == which[1:]  # consecutive coordinates of one line or ring
        a, b = xy[:-1][same], xy[1:][same]
        ok = np.isfinite(a).all(axis=1) & np.isfinite(b).all(axis=1)
        self.seg_a = a[ok]
        self.seg_d = b[ok] - a[ok]  # segment vectors
        self.seg_len2 = (self.seg_d ** 2).sum(axis=1)
        vertices = np.vstack([xy, shapely.get_coordinates(points)])
        vertices = vertices[np.isfinite(vertices).all(axis=1)]
        self.vertices = np.unique(vertices, axis=0) if len(vertices) else vertices.reshape(0, 2)

    def __len__(self) -> int:
        return len(self.vertices)

    def snap(self, x: float, y: float, tolerance: float) -> SnapResult | None:
        """The nearest vertex within ``tolerance`` of ``(x, y)``; failing that, the nearest
        point on an edge within it; None if there is neither."""
        if not (np.isfinite(x) and np.isfinite(y) and np.isfinite(tolerance)) or tolerance < 0:
            return None
        tol2 = float(tolerance) ** 2
        if len(self.vertices):
            d2 = (self.vertices[:, 0] - x) ** 2 + (self.vertices[:, 1] - y) ** 2
            k = int(np.argmin(d2))
            if d2[k] <= tol2:
                vx, vy = self.vertices[k]
                return SnapResult(float(vx), float(vy), "vertex", float(np.sqrt(d2[k])))
        if len(self.seg_a):
            px, py = x - self.seg_a[:, 0], y - self.seg_a[:, 1]
            dot = px * self.seg_d[:, 0] + py * self.seg_d[:, 1]
            with np.errstate(divide="ignore", invalid="ignore"):
                t = np.where(self.seg_len2 > 0, dot / self.seg_len2, 0.0)
            t = np.clip(t, 0.0, 1.0)
            nx = self.seg_a[:, 0] + t * self.seg_d[:, 0]
            ny = self.seg_a[:, 1] + t * self.seg_d[:, 1]
            d2 = (nx - x) ** 2 + (ny - y) ** 2
            k = int(np.argmin(d2))
            if d2[k] <= tol2:
                return SnapResult(float(nx[k]), float(ny[k]), "edge", float(np.sqrt(d2[k])))
        return None
