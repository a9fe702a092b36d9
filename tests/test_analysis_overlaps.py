"""Overlap detection in bulk against a brute-force check of every pair."""

import numpy as np
import pytest
import shapely

from sezmap.analysis import overlaps
from sezmap.model import coords


def brute(geoms, groups):
    out = set()
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            if groups[i] == groups[j] and shapely.relate_pattern(geoms[i], geoms[j], "T********"):
                out.add((i, j))
    return out


def test_bulk_detection_matches_brute_force_on_a_jittered_coverage_with_faults():
    rng = np.random.default_rng(3)
    n = 14
    xs, ys = np.meshgrid(np.arange(n + 1, dtype=float), np.arange(n + 1, dtype=float), indexing="ij")
    xs += rng.uniform(-0.2, 0.2, xs.shape)
    ys += rng.uniform(-0.2, 0.2, ys.shape)
    cells = [shapely.Polygon([(xs[i, j], ys[i, j]), (xs[i + 1, j], ys[i + 1, j]), (xs[i + 1, j + 1], ys[i + 1, j + 1]),
                              (xs[i, j + 1], ys[i, j + 1])]) for i in range(n) for j in range(n)]
    extra = [
        shapely.affinity.translate(cells[20], 0.3, 0.1),  # shifted copy
        cells[50],  # duplicate
        shapely.Point(7, 7).buffer(0.1),  # small plot inside a cell (many vertices: GEOS path)
        shapely.box(2.0, 2.0, 9.0, 3.0),  # one big plot over many cells
        shapely.Polygon([(0, 0), (3, 0), (3, 1), (1, 1), (1, 3), (0, 3)]),  # concave
        shapely.box(-5, -5, -4, -4),  # alone
    ]
    geoms = np.array(cells + extra, dtype=object)
    groups = np.zeros(len(geoms), dtype=np.int64)
    groups[-1] = 1
    i, j = overlaps.interior_overlaps(geoms, groups)
    assert set(zip(i.tolist(), j.tolist())) == brute(geoms, groups)


def test_box_pairs_cover_all_intersecting_boxes():
    rng = np.random.default_rng(5)
    n = 3000  # above 1000 boxes, the few much larger ones take the R-tree path
    lo = rng.uniform(0, 200, (n, 2))
    size = rng.uniform(0.5, 3, (n, 2))
    size[:3] = 40
    bounds = np.hstack([lo, lo + size])
    groups = rng.integers(0, 3, n)
    i, j = overlaps.box_pairs(bounds, groups)
    got = set(zip(i.tolist(), j.tolist()))
    b = bounds
    hit = ((b[:, None, 0] <= b[None, :, 2]) & (b[None, :, 0] <= b[:, None, 2])
           & (b[:, None, 1] <= b[None, :, 3]) & (b[None, :, 1] <= b[:, None, 3]) & (groups[:, None] == groups[None, :]))
    a, c = np.nonzero(np.triu(hit, k=1))
    assert got == set(zip(a.tolist(), c.tolist()))
    assert len(got) == len(i)  # no pair twice


@pytest.mark.slow
def test_box_pairs_match_brute_force():
    """The strip sweep finds exactly the same-group pairs whose closed boxes meet (touching too)."""
    import numpy as np

    from sezmap.analysis.overlaps import box_pairs

    rng = np.random.default_rng(7)
    for trial in range(150):
        n = int(rng.integers(2, 250))
        x, y = rng.uniform(0, 10, n), rng.uniform(0, 10, n)
        w = rng.uniform(0, 1, n) * (1 + 30 * (rng.random(n) < 0.03))  # a few oversized boxes
        h = rng.uniform(0, 1, n)
        if trial % 3 == 0:  # integer boxes: many exactly touching
            x, y, w, h = np.round(x), np.round(y), np.round(w), np.round(h)
        b = np.column_stack([x, y, x + w, y + h])
        g = rng.integers(0, 3, n)
        i, j = box_pairs(b, g)
        got = list(zip(i.tolist(), j.tolist()))
        ref = {(p, q) for p in range(n) for q in range(p + 1, n) if g[p] == g[q]
               and b[p, 0] <= b[q, 2] and b[p, 2] >= b[q, 0] and b[p, 1] <= b[q, 3] and b[p, 3] >= b[q, 1]}
        assert len(got) == len(set(got)) and set(got) == ref
        i, j = box_pairs(b, g, strict=True)
        got = list(zip(i.tolist(), j.tolist()))
        ref = {(p, q) for p in range(n) for q in range(p + 1, n) if g[p] == g[q]
               and min(b[p, 2], b[q, 2]) > max(b[p, 0], b[q, 0]) and min(b[p, 3], b[q, 3]) > max(b[p, 1], b[q, 1])}
        assert len(got) == len(set(got)) and set(got) == ref


def _convex_quad_at_origin(rng):
    """A convex quadrilateral with a corner at (0, 0), random orientation and starting corner."""
    while True:
        ang = np.sort(rng.uniform(0, 2 * np.pi, 3))
        start = rng.uniform(0, 2 * np.pi)
        pts = [(0.0, 0.0)]
        # corners on a circle through the origin are in convex position
        c = np.array([np.cos(start), np.sin(start)])
        for a in ang:
            pts.append(tuple(np.round(c + np.array([np.cos(start + np.pi + 0.3 + a * 0.85),
                                                    np.sin(start + np.pi + 0.3 + a * 0.85)]), 1)))
        poly = shapely.Polygon(pts)
        if poly.is_valid and len(set(pts)) == 4 and shapely.convex_hull(poly).area == poly.area and poly.area > 0:
            break
    ring = pts[::-1] if rng.random() < 0.5 else pts
    roll = int(rng.integers(0, 4))
    return ring[roll:] + ring[:roll]


def _corner_test(rings_a, rings_b):
    from sezmap.analysis import fastgeom

    geoms = np.array([shapely.Polygon(x) for x in list(rings_a) + list(rings_b)], dtype=object)
    c = fastgeom.quad_corners(coords.rings(geoms))
    qa, qb = c.row[:len(rings_a)], c.row[len(rings_a):]
    assert (qa >= 0).all() and (qb >= 0).all()
    return fastgeom.corner_separated(c, qa, qb)


def test_corner_test_never_clears_overlapping_neighbours():
    rng = np.random.default_rng(11)
    va, vb = [], []
    for _ in range(600):
        va.append(_convex_quad_at_origin(rng))
        vb.append(_convex_quad_at_origin(rng))
    got = _corner_test(va, vb)
    truth = np.array([not shapely.relate_pattern(shapely.Polygon(a), shapely.Polygon(b), "T********")
                      for a, b in zip(va, vb)])
    assert not (got & ~truth).any()  # never clears an overlapping pair
    assert got.sum() > 0.3 * truth.sum()  # and clears most disjoint ones
    # neighbours across a shared edge or a shared corner (either orientation) are always cleared
    sq = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], float) + [70.1, 43.3]  # inexact binary values
    right, diagonal = sq + [1, 0], sq + [1, 1]
    cases = [(sq, right), (sq[::-1], right), (sq, np.roll(right[::-1], 1, axis=0)), (sq, diagonal),
             (np.roll(sq, 2, axis=0), diagonal[::-1])]
    assert _corner_test([a for a, _ in cases], [b for _, b in cases]).all()
    # duplicates, a plot inside another's corner, no shared corner: not cleared
    inner = np.array([[0, 0], [0.5, 0], [0.5, 0.5], [0, 0.5]]) + [70.1, 43.3]
    assert not _corner_test([sq, sq, sq], [sq, inner, sq + [0.5, 0]]).any()


def test_corner_test_is_exact_on_random_coverages():
    """Jittered lattices with far-from-origin coordinates: every neighbour pair is cleared."""
    from sezmap.analysis import fastgeom

    rng = np.random.default_rng(2)
    n = 30
    xs, ys = np.meshgrid(np.arange(n + 1, dtype=float), np.arange(n + 1, dtype=float), indexing="ij")
    xs = 68.0 + 0.001 * (xs + rng.uniform(-0.3, 0.3, xs.shape))
    ys = 43.0 + 0.001 * (ys + rng.uniform(-0.3, 0.3, ys.shape))
    cells = []
    for i in range(n):
        for j in range(n):
            ring = [(xs[i, j], ys[i, j]), (xs[i + 1, j], ys[i + 1, j]), (xs[i + 1, j + 1], ys[i + 1, j + 1]),
                    (xs[i, j + 1], ys[i, j + 1])]
            cells.append(shapely.Polygon(ring[::-1] if rng.random() < 0.5 else ring))
    geoms = np.array(cells, dtype=object)
    i, j = overlaps.box_pairs(shapely.bounds(geoms), np.zeros(len(geoms), np.int64), strict=True)
    c = fastgeom.quad_corners(coords.rings(geoms))
    assert fastgeom.corner_separated(c, c.row[i], c.row[j]).all()


def test_zone_inside_grid_is_conservative():
    from sezmap.analysis.landuse import ZoneFrame

    rng = np.random.default_rng(5)
    ang = np.linspace(0, 2 * np.pi, 31)[:-1]
    r = rng.uniform(0.8, 1.2, len(ang))
    hole = [(0.2 * np.cos(t), 0.2 * np.sin(t)) for t in ang[::-1]]
    zone = shapely.Polygon(np.column_stack([70 + r * np.cos(ang), 45 + r * np.sin(ang)]), [np.array(hole) + [70, 45]])
    frame = ZoneFrame.of("z", zone)
    x, y = rng.uniform(68.5, 71.5, 20000), rng.uniform(43.5, 46.5, 20000)
    w, h = rng.uniform(0, 0.05, 20000), rng.uniform(0, 0.05, 20000)
    b = np.column_stack([x, y, x + w, y + h])
    fast = frame.inside_mask(b)
    exact = shapely.contains_properly(zone, shapely.box(*b.T))
    assert not (fast & ~exact).any()
    assert fast.sum() > 0.7 * exact.sum()


def test_pseudo_angles_order_directions_as_angles_do():
    from sezmap.analysis import fastgeom

    rng = np.random.default_rng(11)
    v = rng.normal(size=(20_000, 2)) * np.exp(rng.uniform(-20, 20, size=(20_000, 1)))
    v[:8] = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]]  # axes and diagonals
    pseudo = fastgeom._direction(v[:, 0], v[:, 1])
    angle = np.mod(np.arctan2(v[:, 1], v[:, 0]), 2 * np.pi)
    assert ((pseudo >= 0) & (pseudo < fastgeom.TURN)).all()
    assert pseudo[:8].tolist() == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]
    order = np.argsort(angle)
    gaps = np.diff(angle[order]) > 1e-12  # directions clearly apart keep their order
    assert (np.diff(pseudo[order])[gaps] > 0).all()
    scaled = fastgeom._direction(v[:, 0] * 7.25, v[:, 1] * 7.25)  # a direction, not a length
    assert np.allclose(scaled, pseudo, rtol=0, atol=1e-15)


def test_zone_inside_grid_tested_a_few_rows_a_call_is_the_one_call_grid(monkeypatch):
    from sezmap.analysis import landuse

    ang = np.linspace(0, 2 * np.pi, 41)[:-1]
    zone = shapely.Polygon(np.column_stack([70 + np.cos(ang), 45 + 0.7 * np.sin(3 * ang) + np.sin(ang)]))
    whole = landuse._inside_grid(zone, 64)
    monkeypatch.setattr(landuse, "GRID_CHUNK", 100)  # (not a multiple of the rows)
    sliced = landuse._inside_grid(zone, 64)
    assert sliced[:6] == whole[:6] and np.array_equal(sliced[6], whole[6]) and whole[6][-1, -1] > 100
