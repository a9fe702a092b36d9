"""Land-use metrics on hand-built zones, against the slow obvious computation
(shapely unions in lon/lat, pyproj.Geod areas) of tests/test_analysis_reference.py."""

import pytest
import shapely

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from test_analysis_reference import area_ha, landuse

ZONE = shapely.box(70.0, 45.0, 70.02, 45.02)  # ~ 2.2 km × 1.6 km


def engine_for(plots, zone=ZONE, as_of="2026-01-01", zones=None):
    layers = f.layers(zones=zones or [f.zone("z1", zone)], plots=plots)
    return AnalysisEngine(Project(**layers), as_of, logistics=False)


def check(engine, zone_id, zone, plots):
    """Compare one zone's metrics with the reference; plots: (geom, status, idle)."""
    ref = landuse(zone, plots)
    m = engine.metrics[zone_id]
    assert m.area_ha == pytest.approx(ref["area_ha"], rel=1e-6)
    for key in ("allocated_ratio", "infrastructure_ratio", "unused_ratio"):
        assert getattr(m, key) == pytest.approx(ref[key], abs=1e-4), key
    for s, v in ref["status_area_ha"].items():
        assert m.status_area_ha[s] == pytest.approx(v, rel=1e-3, abs=1e-4), s
    assert m.idle_area_ha == pytest.approx(ref["idle_area_ha"], rel=1e-3, abs=1e-4)
    assert m.allocated_ratio + m.infrastructure_ratio + m.unused_ratio == pytest.approx(1.0, abs=1e-12)


def test_zone_without_plots():
    e = engine_for([])
    m = e.metrics["z1"]
    assert m.area_ha == pytest.approx(area_ha(ZONE), rel=1e-9)
    assert (m.allocated_ratio, m.infrastructure_ratio, m.unused_ratio) == (0.0, 0.0, 1.0)
    assert m.plots == 0 and m.idle_plots == 0 and m.idle_area_ha == 0.0
    assert m.unparcelled_ha == pytest.approx(m.area_ha, rel=1e-9)


def test_plot_half_outside_its_zone_is_clipped():
    g = shapely.box(70.015, 45.005, 70.025, 45.010)  # half east of the zone
    e = engine_for([f.plot("p1", geometry=g, status="operational")])
    check(e, "z1", ZONE, [(g, "operational", False)])
    inside = area_ha(shapely.intersection(g, ZONE))
    assert e.metrics["z1"].status_area_ha["operational"] == pytest.approx(inside, rel=1e-4)
    assert inside == pytest.approx(area_ha(g) / 2, rel=1e-3)


def test_zone_with_a_hole_holding_a_plot():
    hole = shapely.box(70.005, 45.005, 70.015, 45.015)
    zone = shapely.Polygon(ZONE.exterior.coords, [hole.exterior.coords])
    in_hole = shapely.box(70.006, 45.006, 70.010, 45.010)  # entirely in the hole: nothing counts
    across = shapely.box(70.0, 45.0, 70.008, 45.008)  # partly over the hole
    plots = [f.plot("p1", geometry=in_hole, status="allocated"),
             f.plot("p2", geometry=across, status="infrastructure")]
    e = engine_for(plots, zone=zone)
    check(e, "z1", zone, [(in_hole, "allocated", False), (across, "infrastructure", False)])
    assert e.metrics["z1"].allocated_ratio == pytest.approx(0.0, abs=1e-9)
    assert e.metrics["z1"].area_ha == pytest.approx(area_ha(ZONE) - area_ha(hole), rel=1e-6)


def test_overlapping_plots_are_counted_once():
    a = shapely.box(70.000, 45.000, 70.010, 45.010)
    b = shapely.box(70.005, 45.005, 70.015, 45.015)
    c = shapely.box(70.005, 45.005, 70.015, 45.015)  # exact duplicate of b
    plots = [f.plot("a", geometry=a, status="allocated"), f.plot("b", geometry=b, status="allocated"),
             f.plot("c", geometry=c, status="vacant")]
    e = engine_for(plots)
    check(e, "z1", ZONE, [(a, "allocated", False), (b, "allocated", False), (c, "vacant", False)])
    union = area_ha(shapely.union(a, b))
    assert e.metrics["z1"].status_area_ha["allocated"] == pytest.approx(union, rel=1e-4)
    assert union < area_ha(a) + area_ha(b)
    assert {(e.plot_ids[i], e.plot_ids[j]) for i, j in e.overlap_pairs()} == {("a", "b"), ("a", "c"), ("b", "c")}


def test_infrastructure_over_an_allocated_plot_counts_as_allocated():
    alloc = shapely.box(70.000, 45.000, 70.010, 45.010)
    road = shapely.box(70.000, 45.004, 70.020, 45.006)  # crosses the allocated plot
    e = engine_for([f.plot("a", geometry=alloc, status="under_construction"),
                    f.plot("r", geometry=road, status="infrastructure")])
    check(e, "z1", ZONE, [(alloc, "under_construction", False), (road, "infrastructure", False)])
    m = e.metrics["z1"]
    only_road = area_ha(shapely.difference(road, alloc))
    assert m.infrastructure_ratio * m.area_ha == pytest.approx(only_road, rel=1e-3)
    assert m.status_area_ha["infrastructure"] == pytest.approx(area_ha(road), rel=1e-4)


def test_plot_contained_in_another_and_touching_neighbours():
    big = shapely.box(70.000, 45.000, 70.010, 45.010)
    small = shapely.box(70.002, 45.002, 70.004, 45.004)  # inside big
    right = shapely.box(70.010, 45.000, 70.020, 45.010)  # shares an edge with big
    corner = shapely.box(70.010, 45.010, 70.020, 45.020)  # shares a corner with big
    plots = [(big, "reserved", False), (small, "operational", False), (right, "operational", False),
             (corner, "withdrawn", False)]
    e = engine_for([f.plot(f"p{k}", geometry=g, status=s) for k, (g, s, _) in enumerate(plots)])
    check(e, "z1", ZONE, plots)
    assert [(e.plot_ids[i], e.plot_ids[j]) for i, j in e.overlap_pairs()] == [("p0", "p1")]


def test_multipolygon_zone_and_multipolygon_plot():
    zone = shapely.MultiPolygon([ZONE, shapely.box(70.05, 45.0, 70.06, 45.01)])
    plot = shapely.MultiPolygon([shapely.box(70.01, 45.01, 70.03, 45.02), shapely.box(70.055, 45.0, 70.07, 45.005)])
    e = engine_for([f.plot("p", geometry=plot, status="allocated")], zone=zone)
    check(e, "z1", zone, [(plot, "allocated", False)])


def test_idle_plots():
    base = dict(contract_deadline="2025-06-30", investment_committed_kzt=1e9)
    specs = [
        ("idle_partial", "allocated", dict(base, investment_actual_kzt=1e8), True),
        ("idle_no_actual", "under_construction", dict(base), True),  # null actual: nothing invested
        ("paid_up", "allocated", dict(base, investment_actual_kzt=1e9), False),
        ("not_due", "allocated", dict(base, contract_deadline="2026-06-30"), False),
        ("deadline_today", "allocated", dict(base, contract_deadline="2026-01-01"), False),
        ("operational", "operational", dict(base), False),
        ("no_promise", "allocated", dict(contract_deadline="2025-01-01"), False),  # null committed
        ("no_deadline", "allocated", dict(investment_committed_kzt=1e9), False),
    ]
    plots, ref = [], []
    for k, (pid, status, kw, is_idle) in enumerate(specs):
        g = shapely.box(70.0 + 0.002 * k, 45.0, 70.002 + 0.002 * k, 45.002)
        plots.append(f.plot(pid, geometry=g, status=status, **kw))
        ref.append((g, status, is_idle))
    e = engine_for(plots, as_of="2026-01-01")
    assert e.metrics["z1"].idle_plots == 2
    check(e, "z1", ZONE, ref)
    e.set_as_of("2026-07-01")  # now 'not_due' and 'deadline_today' are late too
    assert e.metrics["z1"].idle_plots == 4


def test_plots_of_two_zones_are_kept_apart():
    z2 = shapely.box(70.02, 45.0, 70.04, 45.02)
    shared = shapely.box(70.01, 45.0, 70.03, 45.01)  # of z1, reaching into z2
    other = shapely.box(70.02, 45.0, 70.03, 45.01)  # of z2, under shared's overhang
    e = engine_for([f.plot("s", geometry=shared, status="allocated"),
                    f.plot("o", "z2", geometry=other, status="vacant")],
                   zones=[f.zone("z1", ZONE), f.zone("z2", z2)])
    check(e, "z1", ZONE, [(shared, "allocated", False)])
    check(e, "z2", z2, [(other, "vacant", False)])
    assert e.overlap_pairs() == []  # the overlap lies outside z1: reported as sticking out instead
    assert e.outside_m2()[0] > 0


def test_quality_section_gaps_overlaps_and_overhangs():
    from sezmap.analysis import quality

    strips = [shapely.box(70.0, 45.0, 70.006, 45.02), shapely.box(70.008, 45.0, 70.014, 45.02),
              shapely.box(70.016, 45.0, 70.02, 45.02)]
    over = shapely.box(70.004, 45.0, 70.007, 45.002)  # overlaps strip 0 and reaches into the first gap
    out = shapely.box(70.019, 45.0, 70.03, 45.002)  # sticks out east, overlaps strip 2
    plots = [f.plot(f"s{k}", geometry=g) for k, g in enumerate(strips)]
    plots += [f.plot("over", geometry=over), f.plot("out", geometry=out)]
    e = engine_for(plots)
    q = quality.quality(e)
    gaps = q.gaps[0]
    expected_gap = area_ha(ZONE) - area_ha(shapely.union_all(strips + [over, out]).intersection(ZONE))
    assert gaps["polygons"] == 2
    assert gaps["unparcelled_ha"] == pytest.approx(expected_gap, rel=1e-4)
    pairs = {(o["plot_a"], o["plot_b"]): o["overlap_ha"] for o in q.overlaps}
    assert set(pairs) == {("s0", "over"), ("s2", "out")}
    assert pairs[("s0", "over")] == pytest.approx(area_ha(shapely.intersection(strips[0], over)), rel=1e-4)
    assert [(o["plot_id"], pytest.approx(o["outside_ha"], rel=1e-4)) for o in q.outside_zone] == [
        ("out", area_ha(shapely.difference(out, ZONE)))]
    assert q.area_check[0]["difference_pct"] == pytest.approx((area_ha(ZONE) - 100.0), rel=1e-3)


def test_pair_parts_equal_the_union_definition():
    """The vectorised two-plot clusters give dirty_part's unions (statuses, shares, idle, cover)."""
    import numpy as np
    import shapely

    from sezmap.analysis import landuse
    from sezmap.analysis.fastgeom import cea_areas_m2
    from sezmap.model.coords import rings
    from sezmap.model.statuses import STATUSES

    rng = np.random.default_rng(2)
    zone = shapely.box(70.0, 45.0, 70.02, 45.02)
    frame = landuse.ZoneFrame.of("z", zone)
    ga, gb, st, idle = [], [], [], []
    for _ in range(120):
        x, y = rng.uniform(69.995, 70.015), rng.uniform(44.995, 45.015)
        a = shapely.box(x, y, x + 0.004, y + 0.004)
        b = shapely.affinity.translate(a, *rng.uniform(-0.003, 0.003, 2))
        ga.append(a)
        gb.append(b)
        st.append(rng.integers(-1, len(STATUSES), 2))
        idle.append(rng.random(2) < 0.4)
    ga, gb = np.array(ga, dtype=object), np.array(gb, dtype=object)
    st, idle = np.array(st), np.array(idle)
    both = np.column_stack([ga, gb])
    areas = np.column_stack([cea_areas_m2(g, rings(g), frame.lon0, frame.lat0) for g in (ga, gb)])
    covered = np.column_stack([shapely.covers(zone, g) for g in (ga, gb)])
    clipped = np.column_stack([landuse.clipped_areas(frame, both[:, c], areas[:, c], covered[:, c]) for c in (0, 1)])
    got = landuse.pair_parts(frame, ga, gb, st, idle, clipped, covered)
    for p in range(len(ga)):
        ref = landuse.dirty_part(frame, both[p], st[p], idle[p])
        tol = 1e-6 * max(ref.covered_m2, 1.0)
        assert np.allclose(got[p].status_m2, ref.status_m2, atol=tol)
        for key in ("allocated_m2", "infrastructure_m2", "idle_m2", "covered_m2"):
            assert abs(getattr(got[p], key) - getattr(ref, key)) <= tol, (p, key)


def test_cluster_parts_equal_the_union_definition():
    import numpy as np
    import shapely

    from sezmap.analysis import landuse
    from sezmap.model.statuses import STATUSES

    rng = np.random.default_rng(9)
    zone = shapely.box(70.0, 45.0, 70.02, 45.02)
    frame = landuse.ZoneFrame.of("z", zone)
    geoms, clusters, start = [], [], 0
    for _ in range(60):
        n = int(rng.integers(1, 6))
        x, y = rng.uniform(69.995, 70.015), rng.uniform(44.995, 45.015)
        for _ in range(n):
            dx, dy = rng.uniform(-0.003, 0.003, 2)
            geoms.append(shapely.box(x + dx, y + dy, x + dx + 0.004, y + dy + 0.004))
        clusters.append(np.arange(start, start + n))
        start += n
    geoms = np.array(geoms, dtype=object)
    st = rng.integers(-1, len(STATUSES), len(geoms))
    idle = rng.random(len(geoms)) < 0.4
    covered = shapely.covers(zone, geoms)
    got = landuse.cluster_parts(frame, clusters, geoms, st, idle, covered)
    for c, part in zip(clusters, got):
        ref = landuse.dirty_part(frame, geoms[c], st[c], idle[c])
        tol = 1e-6 * max(ref.covered_m2, 1.0)
        assert np.allclose(part.status_m2, ref.status_m2, atol=tol)
        for key in ("allocated_m2", "infrastructure_m2", "idle_m2", "covered_m2"):
            assert abs(getattr(part, key) - getattr(ref, key)) <= tol, key
