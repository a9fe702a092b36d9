"""Plots added, taken out and edited in place give the figures of a fresh analysis (hypothesis),
and a split through the session changes no zone total, nor does its undo."""

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from sezmap.model.statuses import STATUSES
from sezmap.session.geometry_edits import split_changes

AS_OF = "2026-01-01"
SIZE = 0.004
Z1 = shapely.box(70.0, 45.0, 70.02, 45.02)
Z2 = shapely.box(70.02, 45.0, 70.04, 45.02)
ZONES = ("z1", "z2", "nowhere")  # "nowhere": a zone id the zones layer does not have
RATIOS = ("allocated_ratio", "infrastructure_ratio", "unused_ratio")
AREAS = ("idle_area_ha", "unparcelled_ha", "area_ha")


def cell(i, j, dx=0.0, dy=0.0):
    x, y = 70.0 + i * SIZE + dx, 45.0 + j * SIZE + dy
    return shapely.box(x, y, x + SIZE, y + SIZE)


def record(plot_id, zone_id, geometry, status, idle_like=False):
    """A plot's row; ``idle_like``: a deadline passed with investment short of what was committed."""
    extra = dict(contract_deadline="2025-01-01", investment_committed_kzt=1e6, investment_actual_kzt=0.0) \
        if idle_like else {}
    return f.plot(plot_id, zone_id, geometry, status, **extra)


def frame_of(records):
    return f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=records)["plots"]


def project_of(records):
    return Project(**f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=records))


def assert_equals_fresh(engine, records):
    fresh = AnalysisEngine(project_of(records), engine.as_of, logistics=False)
    for zid in fresh.zone_ids:
        a, b = engine.metrics[zid], fresh.metrics[zid]
        assert (a.plots, a.idle_plots) == (b.plots, b.idle_plots), zid
        for key in RATIOS:
            assert getattr(a, key) == pytest.approx(getattr(b, key), abs=1e-9), (zid, key)
        for key in AREAS:
            assert getattr(a, key) == pytest.approx(getattr(b, key), abs=1e-9), (zid, key)
        for s in STATUSES:
            assert a.status_area_ha[s] == pytest.approx(b.status_area_ha[s], abs=1e-9), (zid, s)
    assert engine.overlap_pairs() == fresh.overlap_pairs()
    np.testing.assert_allclose(engine.outside_m2(), fresh.outside_m2(), atol=1e-6)
    assert [engine.plot_id(i) for i in range(len(records))] == [r["plot_id"] for r in records]
    assert [engine.row(r["plot_id"]) for r in records] == list(range(len(records)))
    assert (engine.zone == fresh.zone).all() and (engine.idle == fresh.idle).all()


def start_records():
    """Two zones of 5 x 5 cells, half of them plotted; two plots overlap, one sticks out."""
    records = []
    for z, zid in enumerate(("z1", "z2")):
        for i in range(5):
            for j in range(0, 5, 2):
                k = len(records)
                records.append(record(f"{zid}-{i}-{j}", zid, cell(5 * z + i, j), STATUSES[k % len(STATUSES)],
                                      idle_like=k % 3 == 0))
    records[1]["geometry"] = cell(0, 2, dx=SIZE / 2)  # overlaps z1-1-2
    records[-1]["geometry"] = cell(9, 4, dx=SIZE / 2)  # half out of z2
    return records


op = st.tuples(st.sampled_from(["add", "remove", "edit", "split"]), st.integers(0, 10**6), st.integers(0, 10**6),
               st.integers(0, 10**6))


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=10))
def test_random_adds_removes_and_edits_match_a_fresh_analysis(ops):
    records = start_records()
    engine = AnalysisEngine(project_of(records), AS_OF, logistics=False)
    made = 0
    for kind, a, b, c in ops:
        if kind == "add" or not records:
            made += 1
            dx, dy = ((0.0, 0.0), (SIZE / 2, 0.0), (0.0, SIZE / 3), (SIZE / 2, SIZE / 2))[c % 4]
            new = [record(f"new-{made}", ZONES[a % 3 if a % 7 else 2], cell(a % 10, b % 5, dx, dy),
                          STATUSES[b % len(STATUSES)], idle_like=bool(c % 2))]
            if c % 5 == 0:  # two at once, the second over the first
                new.append(record(f"new-{made}b", new[0]["zone_id"], cell(a % 10, b % 5, SIZE / 4), "allocated"))
            touched = engine.add_plots(frame_of(new))
            records += new
            assert touched == {r["zone_id"] for r in new} - {"nowhere"}
        elif kind == "remove":
            gone = {records[a % len(records)]["plot_id"], records[b % len(records)]["plot_id"]} if c % 3 == 0 \
                else {records[a % len(records)]["plot_id"]}
            zones = {r["zone_id"] for r in records if r["plot_id"] in gone} - {"nowhere"}
            assert engine.remove_plots(sorted(gone)) == zones
            records = [r for r in records if r["plot_id"] not in gone]
        elif kind == "edit":
            r = records[a % len(records)]
            values = ({"status": STATUSES[b % len(STATUSES)]},
                      {"geometry": shapely.affinity.translate(r["geometry"], SIZE / 2 * (b % 3 - 1), 0.0)},
                      {"zone_id": ZONES[b % 3]},
                      {"investment_actual_kzt": float(b % 2) * 2e6, "contract_deadline": "2025-06-01"})[c % 4]
            engine.update_plot(r["plot_id"], values)
            r.update(values)
        else:  # a split as the session commits it: the largest piece edited, the other added
            r = records[a % len(records)]
            x0, y0, x1, y1 = r["geometry"].bounds
            left = shapely.clip_by_rect(r["geometry"], x0, y0, (x0 + x1) / 2, y1)
            right = shapely.clip_by_rect(r["geometry"], (x0 + x1) / 2, y0, x1, y1)
            made += 1
            engine.update_plot(r["plot_id"], {"geometry": left})
            r["geometry"] = left
            piece = {**r, "plot_id": f"split-{made}", "geometry": right}
            engine.add_plots(frame_of([piece]))
            records.append(piece)
        assert_equals_fresh(engine, records)
        for k, boxes in engine._zone_bounds.items():  # the zones' boxes kept in step, not gathered again
            np.testing.assert_array_equal(boxes, engine.bounds[engine.members[k]].T)


def test_taking_out_every_plot_leaves_empty_zones():
    records = start_records()
    engine = AnalysisEngine(project_of(records), AS_OF, logistics=False)
    assert engine.remove_plots([r["plot_id"] for r in records]) == {"z1", "z2"}
    assert engine.metrics["z1"].plots == 0 and engine.metrics["z1"].allocated_ratio == 0.0
    assert engine.overlap_pairs() == [] and len(engine.zone) == 0
    with pytest.raises(KeyError):
        engine.remove_plots(["z1-0-0"])
    assert engine.add_plots(frame_of(records[:3])) == {"z1"}
    assert_equals_fresh(engine, records[:3])


def test_the_last_plot_of_a_zone_taken_out_leaves_its_rows_and_boxes_as_views_not_copies():
    """The undo of a split takes out the zone's last row: the zone's members and boxes (470k at
    1M plots) become shorter views of the arrays they were, and match a fresh analysis."""
    records = start_records()
    engine = AnalysisEngine(project_of(records), AS_OF, logistics=False)
    piece = record("piece", "z1", cell(9, 4, SIZE / 2, 0.0), "vacant")
    engine.add_plots(frame_of([piece]))
    k = engine.zone_ids.index("z1")
    members, boxes = engine.members[k], engine._zone_bounds[k]
    engine.remove_plots(["piece"])
    assert np.shares_memory(engine.members[k], members) and np.shares_memory(engine._zone_bounds[k], boxes)
    np.testing.assert_array_equal(engine._zone_bounds[k], engine.bounds[engine.members[k]].T)
    assert_equals_fresh(engine, records)
    engine.add_plots(frame_of([piece]))  # and it grows again
    assert_equals_fresh(engine, records + [piece])


def test_a_zone_s_boxes_follow_splits_and_undos_in_their_buffer_and_other_moves_with_one_copy():
    """A split's piece (the zone's last row) writes its box in the room after the zone's boxes,
    its undo leaves a shorter view of the same buffer and the next piece writes over it: the
    zone's boxes (470k at 1M plots) are never copied. A plot moving in or out elsewhere in the
    zone is one copy into a buffer with room (the next piece is then in place again). The boxes
    stay four contiguous columns, the zone's plots' boxes, and the version before keeps its own."""
    records = start_records()
    engine = AnalysisEngine(project_of(records), AS_OF, logistics=False)
    k = engine.zone_ids.index("z1")

    def boxes(same_as=None):
        bb = engine._zone_bounds[k]
        np.testing.assert_array_equal(bb, engine.bounds[engine.members[k]].T)
        assert bb.flags.writeable and all(bb[r].flags.c_contiguous for r in range(4))
        if same_as is not None:  # in the same buffer, from its start: not a copy
            assert bb.__array_interface__["data"][0] == same_as.__array_interface__["data"][0]
        return bb

    first = boxes()
    seen = first.copy()
    piece = record("piece", "z1", cell(2, 1), "vacant")
    engine.add_plots(frame_of([piece]))  # a split's piece: the zone's last row
    boxes(same_as=first)
    engine.remove_plots(["piece"])  # its undo
    assert boxes(same_as=first).shape == seen.shape
    engine.add_plots(frame_of([piece]))  # the split again: over the column taken out
    boxes(same_as=first)
    np.testing.assert_array_equal(first, seen)  # the version before as it was
    moved = records[15]["plot_id"]  # a plot of z2 (a row before the piece's) moves into z1
    engine.update_plot(moved, {"zone_id": "z1"})
    copied = boxes()
    assert not np.shares_memory(copied, first)
    engine.remove_plots(["piece"])
    engine.add_plots(frame_of([piece]))
    boxes(same_as=copied)  # (the copy has room)
    engine.remove_plots([records[3]["plot_id"]])  # a plot out of the zone's middle: one copy
    middle = boxes()
    assert not np.shares_memory(middle, copied)
    engine.add_plots(frame_of([{**piece, "plot_id": "piece 2"}]))
    boxes(same_as=middle)  # (that copy has room too)
    after = [r for r in records if r["plot_id"] != records[3]["plot_id"]]
    after[14] = {**after[14], "zone_id": "z1"}
    assert_equals_fresh(engine, after + [piece, {**piece, "plot_id": "piece 2"}])


def test_an_unknown_id_changes_nothing():
    records = start_records()
    engine = AnalysisEngine(project_of(records), AS_OF, logistics=False)
    with pytest.raises(KeyError):
        engine.remove_plots(["z1-0-0", "no-such-plot"])
    assert_equals_fresh(engine, records)


def assert_same_totals(now, before, plots_added=0):
    assert now.plots == before.plots + plots_added and now.idle_plots >= before.idle_plots
    for key in RATIOS:
        assert getattr(now, key) == pytest.approx(getattr(before, key), abs=1e-9), key
    # (the split's new vertices move the pieces' summed area by ~1e-11 of it)
    for key in AREAS:
        assert getattr(now, key) == pytest.approx(getattr(before, key), rel=1e-9, abs=1e-9), key
    for s in STATUSES:
        assert now.status_area_ha[s] == pytest.approx(before.status_area_ha[s], rel=1e-9, abs=1e-9), s


def test_a_split_and_its_undo_keep_the_zone_totals_without_a_fresh_analysis(tmp_path):
    records = start_records()
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=records)
    session = f.open_session(tmp_path / "p.gpkg", layers, as_of=AS_OF)
    engine = session.engine
    before = dict(engine.metrics)  # (a zone's figures are new objects when they change)
    x0, y0, x1, y1 = session.project.plots.geometry.iloc[session.row_of("z1-2-0")].bounds
    line = [((x0 + x1) / 2, y0 - 0.001), ((x0 + x1) / 2, y1 + 0.001)]
    session.edit("Split z1-2-0", split_changes(session, "z1-2-0", line, reason="a test split"))
    assert session.engine is engine  # the same engine, changed in place
    assert_same_totals(engine.metrics["z1"], before["z1"], plots_added=1)
    assert engine.metrics["z2"] is before["z2"]  # untouched
    assert_equals_fresh(engine, session.store.load().plots.to_dict("records"))
    session.undo()
    assert session.engine is engine
    assert_same_totals(engine.metrics["z1"], before["z1"])
    assert engine.metrics["z1"].idle_plots == before["z1"].idle_plots
    assert_equals_fresh(engine, session.store.load().plots.to_dict("records"))
