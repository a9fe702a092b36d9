"""Exact pixel cover (sezmap.analysis.coverage) against shapely's intersection areas."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from affine import Affine

from sezmap.analysis import coverage

H, W = 9, 12
LEFT, TOP, PX = 1000.0, 2000.0, 10.0
TRANSFORM = Affine(PX, 0, LEFT, 0, -PX, TOP)


def _pixel_boxes(transform):
    r, c = np.divmod(np.arange(H * W), W)
    x0, y0 = transform @ (c, r)
    x1, y1 = transform @ (c + 1, r + 1)
    return shapely.box(np.minimum(x0, x1), np.minimum(y0, y1), np.maximum(x0, x1), np.maximum(y0, y1))


def _shapely_cover(geom, transform=TRANSFORM) -> np.ndarray:
    """(H, W): the share of each pixel inside ``geom`` (shapely intersection areas)."""
    pixel = abs(transform.a * transform.e)
    return (shapely.area(shapely.intersection(geom, _pixel_boxes(transform))) / pixel).reshape(H, W)


def _cover(geoms, rows: int, transform=TRANSFORM) -> np.ndarray:
    """(n, H, W) cover of each pixel by each geometry: sums of one-hot rasters, strip by strip."""
    onehot = np.eye(H * W).reshape(H * W, H, W)
    outline = coverage.boundary(np.asarray(geoms, dtype=object), transform)
    edges = outline.edges
    out = np.zeros((H * W, len(geoms)))
    for k, sel in enumerate(coverage.by_strip(edges, H, W, rows)):
        row0, row1 = k * rows, min((k + 1) * rows, H)
        out += coverage.sums(coverage.pieces(edges.take(sel), row0, row1, W), coverage.running(onehot[:, row0:row1]),
                             len(geoms))
    area = np.nan_to_num(shapely.area(np.asarray(geoms, dtype=object)))  # None: no area
    np.testing.assert_allclose(outline.area, area / abs(transform.a * transform.e), atol=1e-9)
    return out.T.reshape(len(geoms), H, W)


def _px(u, v):
    return LEFT + u * PX, TOP - v * PX


def _poly(points, holes=()):
    return shapely.Polygon([_px(u, v) for u, v in points], [[_px(u, v) for u, v in h] for h in holes])


CASES = {
    "rotated quadrilateral": _poly([(1.7, 2.3), (9.3, 3.1), (8.8, 8.1), (2.9, 7.4)]),
    "clockwise": _poly([(1.7, 2.3), (2.9, 7.4), (8.8, 8.1), (9.3, 3.1)]),
    "concave with a hole": _poly([(0.5, 0.5), (11.5, 0.8), (11.2, 8.6), (6.1, 4.2), (0.4, 8.9)],
                                 [[(2.2, 1.6), (5.5, 1.9), (3.1, 3.7)]]),
    "hole drawn the same way as its shell": shapely.Polygon(
        [_px(1, 1), _px(10, 1), _px(10, 8), _px(1, 8)], [[_px(3.5, 3.5), _px(6.5, 3.5), _px(6.5, 6.5), _px(3.5, 6.5)]]),
    "on pixel lines": _poly([(2, 1), (7, 1), (7, 6), (2, 6)]),
    "crosses every side of the raster": _poly([(-3.2, 4.1), (6.3, -2.7), (15.4, 4.4), (5.9, 11.3)]),
    "off the right edge": _poly([(10.4, 2.2), (14.0, 3.0), (13.1, 6.6)]),
    "right of the raster": _poly([(12.5, 2.2), (14.0, 3.0), (13.1, 6.6)]),
    "left of the raster": _poly([(-4.5, 2.2), (-1.0, 3.0), (-2.1, 6.6)]),
    "smaller than a pixel": _poly([(4.2, 4.1), (4.6, 4.3), (4.3, 4.8)]),
    "two parts": shapely.MultiPolygon([_poly([(0.3, 0.2), (3.3, 0.4), (1.1, 2.9)]),
                                       _poly([(6.2, 5.1), (11.9, 5.5), (9.4, 8.7)])]),
    "many vertices": shapely.Point(_px(6.1, 4.3)).buffer(3.7 * PX, quad_segs=32),
}


@pytest.mark.parametrize("rows", [H, 2, 1])
def test_cover_equals_shapely_intersection_areas(rows):
    names = list(CASES)
    got = _cover([CASES[n] for n in names], rows)
    for name, cover in zip(names, got, strict=True):
        np.testing.assert_allclose(cover, _shapely_cover(CASES[name]), atol=1e-9, err_msg=name)


def test_south_up_raster_with_oblong_pixels():
    """Rows that run north (a positive y step) and pixels 7.5 m wide, 12 m tall."""
    transform = Affine(7.5, 0, LEFT, 0, 12.0, TOP - H * PX)
    names = list(CASES)
    got = _cover([CASES[n] for n in names], 4, transform)
    for name, cover in zip(names, got, strict=True):
        np.testing.assert_allclose(cover, _shapely_cover(CASES[name], transform), atol=1e-9, err_msg=name)


def test_random_polygons_and_empty_ones():
    rng = np.random.default_rng(11)
    geoms = [shapely.Point(_px(*rng.uniform(-2, 14, 2))).buffer(rng.uniform(0.2, 5) * PX, quad_segs=3)
             .difference(shapely.Point(_px(*rng.uniform(0, 12, 2))).buffer(rng.uniform(0.5, 3) * PX))
             for _ in range(40)]
    geoms += [None, shapely.Polygon(), shapely.LineString([_px(1, 1), _px(5, 5)])]
    got = _cover(geoms, 4)
    for g, cover in zip(geoms, got, strict=True):
        want = _shapely_cover(g) if g is not None and g.geom_type in ("Polygon", "MultiPolygon") else 0.0
        np.testing.assert_allclose(cover, want, atol=1e-9)


def test_ring_with_a_vertex_that_does_not_project_is_left_out():
    inside, beyond = CASES["rotated quadrilateral"], CASES["off the right edge"]

    def project(x, y):  # nothing east of the raster projects
        return np.where(x > LEFT + W * PX, np.inf, x), y

    outline = coverage.boundary(np.array([inside, beyond], dtype=object), TRANSFORM, project)
    assert set(outline.edges.owner.tolist()) == {0}
    np.testing.assert_allclose(outline.area, [inside.area / PX ** 2, 0.0])
