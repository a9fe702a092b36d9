"""Incremental updates give the same metrics as analysing the edited project afresh."""

import numpy as np
import pytest
import shapely

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from sezmap.model.statuses import STATUSES

Z1 = shapely.box(70.0, 45.0, 70.02, 45.02)
Z2 = shapely.box(70.02, 45.0, 70.04, 45.02)


XS = [round(70.0 + k * 0.004, 6) for k in range(11)]  # exact shared edges
YS = [round(45.0 + k * 0.004, 6) for k in range(6)]


def cell(i, j, z=0):
    return shapely.box(XS[5 * z + i], YS[j], XS[5 * z + i + 1], YS[j + 1])


@pytest.fixture
def project():
    plots = []
    for z, zid in enumerate(("z1", "z2")):
        for i in range(5):
            for j in range(5):
                status = STATUSES[(i * 5 + j) % len(STATUSES)]
                plots.append(f.plot(f"{zid}_{i}_{j}", zid, cell(i, j, z), status,
                                    contract_deadline="2025-01-01", investment_committed_kzt=1e6))
    layers = f.layers(zones=[f.zone("z1", Z1), f.zone("z2", Z2)], plots=plots)
    return Project(**layers)


def assert_matches_fresh(engine, project):
    fresh = AnalysisEngine(project, engine.as_of, logistics=False)
    for zid in fresh.zone_ids:
        a, b = engine.metrics[zid], fresh.metrics[zid]
        for key in ("allocated_ratio", "infrastructure_ratio", "unused_ratio", "idle_area_ha", "plots",
                    "idle_plots", "unparcelled_ha"):
            assert getattr(a, key) == pytest.approx(getattr(b, key), abs=1e-9), (zid, key)
        for s in STATUSES:
            assert a.status_area_ha[s] == pytest.approx(b.status_area_ha[s], abs=1e-7), (zid, s)
    assert engine.overlap_pairs() == fresh.overlap_pairs()


def edit(project, engine, plot_id, **values):
    i = engine.row(plot_id)
    for key, value in values.items():
        if key == "geometry":
            project.plots.loc[project.plots.index[i], "geometry"] = value
        else:
            project.plots.loc[project.plots.index[i], key] = value
    return engine.update_plot(plot_id)


def test_edits_update_only_their_zone_and_match_a_fresh_analysis(project):
    engine = AnalysisEngine(project, "2026-01-01", logistics=False)
    before_z2 = engine.metrics["z2"]
    assert edit(project, engine, "z1_0_0", status="operational") == {"z1"}
    assert engine.metrics["z2"] is before_z2  # untouched
    assert_matches_fresh(engine, project)
    # move a plot so it overlaps its neighbour, then half out of the zone, then back
    edit(project, engine, "z1_1_1", geometry=shapely.affinity.translate(cell(1, 1), 0.002, 0.0))
    assert_matches_fresh(engine, project)
    assert len(engine.overlap_pairs("z1")) == 1
    edit(project, engine, "z1_4_4", geometry=shapely.affinity.translate(cell(4, 4), 0.0, 0.003))
    assert_matches_fresh(engine, project)
    edit(project, engine, "z1_1_1", geometry=cell(1, 1))
    assert engine.overlap_pairs("z1") == []
    assert_matches_fresh(engine, project)
    # investment paid: no longer idle
    edit(project, engine, "z1_0_2", investment_actual_kzt=2e6)
    assert_matches_fresh(engine, project)


def test_moving_a_plot_to_another_zone_updates_both(project):
    engine = AnalysisEngine(project, "2026-01-01", logistics=False)
    touched = edit(project, engine, "z1_2_2", zone_id="z2", geometry=shapely.affinity.translate(cell(2, 2), 0.02, 0))
    assert touched == {"z1", "z2"}
    assert engine.metrics["z1"].plots == 24 and engine.metrics["z2"].plots == 26
    assert_matches_fresh(engine, project)


def test_update_with_explicit_values(project):
    engine = AnalysisEngine(project, "2026-01-01", logistics=False)
    engine.update_plot("z2_0_0", {"status": "infrastructure", "geometry": cell(0, 0, 1).buffer(-0.001)})
    assert engine.metrics["z2"].status_area_ha["infrastructure"] > 0
    assert np.isfinite(engine.metrics["z2"].unused_ratio)


def test_a_long_random_edit_sequence_matches_a_fresh_analysis(project):
    """Running sums and per-cluster overlap unions stay equal to a fresh analysis through
    overlapping moves, chains of overlaps, status and zone changes, and moves back."""
    rng = np.random.default_rng(4)
    engine = AnalysisEngine(project, "2026-01-01", logistics=False)
    ids = list(project.plots["plot_id"])
    for step in range(40):
        pid = ids[int(rng.integers(len(ids)))]
        i = engine.row(pid)
        z = 0 if str(project.plots["zone_id"].iloc[i]) == "z1" else 1
        kind = step % 4
        if kind == 0:  # shift so it overlaps a neighbour (or two)
            dx, dy = rng.choice([-0.002, 0.0, 0.002], 2)
            geom = shapely.affinity.translate(project.plots.geometry.iloc[i], float(dx), float(dy))
            edit(project, engine, pid, geometry=geom)
        elif kind == 1:
            edit(project, engine, pid, status=STATUSES[int(rng.integers(len(STATUSES)))])
        elif kind == 2:  # back onto its own cell
            _, a, b = pid.split("_")
            edit(project, engine, pid, geometry=cell(int(a), int(b), z))
        else:
            edit(project, engine, pid, investment_actual_kzt=float(rng.choice([0.0, 2e6])))
        if step % 5 == 4:
            assert_matches_fresh(engine, project)
    assert_matches_fresh(engine, project)


def test_threaded_analysis_equals_sequential(project, monkeypatch):
    """Zones on worker threads (and distances alongside) give the sequential result."""
    import sezmap.analysis.engine as eng

    edit_geom = shapely.affinity.translate(cell(1, 1), 0.002, 0.0)  # one overlap
    project.plots.loc[project.plots.index[6], "geometry"] = edit_geom
    monkeypatch.setattr(eng, "PARALLEL_MIN_PLOTS", 10**9)
    seq = AnalysisEngine(project, "2026-01-01")
    monkeypatch.setattr(eng, "PARALLEL_MIN_PLOTS", 1)
    par = AnalysisEngine(project, "2026-01-01")
    assert list(par.metrics) == list(seq.metrics)
    for zid in seq.zone_ids:
        assert par.metrics[zid].to_dict() == seq.metrics[zid].to_dict()
    assert par.overlap_pairs() == seq.overlap_pairs() != []


def test_plot_rows_are_found_by_id_and_unknown_ids_raise():
    import pandas as pd

    from sezmap.analysis.plot_index import PlotIndex

    rng = np.random.default_rng(4)
    ids = [f"p-{i}" for i in rng.permutation(5000)] + ["Ж-1", "a", "Ab"]
    for series in (pd.Series(ids, dtype=object), pd.Series(ids, dtype="string[pyarrow]")):
        index = PlotIndex(series)
        for i in rng.choice(len(ids), 200, replace=False).tolist() + [5000, 5001, 5002]:
            assert index.row(ids[i]) == i
        for unknown in ("", "p-", "p-5000", "ж-1", "None"):
            with pytest.raises(KeyError):
                index.row(unknown)
    with_null = PlotIndex(pd.Series(["b", None, "a"], dtype=object))
    assert with_null.row("a") == 2 and with_null.row("b") == 0
    assert PlotIndex(pd.Series([30, 10, 20])).row("20") == 2


def test_the_plot_index_follows_rows_taken_out_and_added_as_a_new_one_would():
    import pandas as pd

    from sezmap.analysis.plot_index import PlotIndex

    rng = np.random.default_rng(5)
    ids = [f"p-{i}" for i in rng.permutation(300)] + [None, "Ж-1", "a"]
    index = PlotIndex(pd.Series(ids, dtype=object))
    for step in range(30):
        if step % 2:
            gone = np.unique(rng.choice(len(ids), int(rng.integers(1, 5)), replace=False))
            if step % 4 == 3:  # the last rows (an undo of a split or draw): the ids sliced
                gone = np.arange(len(ids) - int(rng.integers(1, 4)), len(ids))
            index = index.without(gone)
            ids = [p for k, p in enumerate(ids) if k not in set(gone.tolist())]
        else:
            new = [f"n-{step}-{k}" for k in range(int(rng.integers(1, 4)))] + ([None] if step % 3 == 0 else [])
            index = index.with_added(pd.Series(new, dtype=object))
            ids += new
        fresh = PlotIndex(pd.Series(ids, dtype=object))
        assert index.order.tolist() == fresh.order.tolist() and len(index) == len(fresh)
        for k, p in enumerate(ids):
            if p is not None:
                assert index.row(p) == k
        with pytest.raises(KeyError):
            index.row("p-300")


def test_ids_sorting_after_the_others_go_in_the_order_s_room_not_a_copy_of_it():
    import pandas as pd

    from sezmap.analysis.plot_index import PlotIndex

    index = PlotIndex(pd.Series([f"p-{i:04d}" for i in range(1000)], dtype=object))  # (seated with room)
    before = index.order
    for k in range(4):  # splits: the next ids, after every other (the first split's too)
        index = index.with_added(pd.Series([f"s-{k}"], dtype=object))
    assert index.order.__array_interface__["data"][0] == before.__array_interface__["data"][0]
    assert before.tolist() == list(range(1000))  # the version before keeps its rows
    assert index.order.tolist() == list(range(1004)) and index.row("s-3") == 1003
    undone = index.without(np.array([1003]))  # the last split undone: the order's head, no copy
    assert undone.order.__array_interface__["data"][0] == before.__array_interface__["data"][0]
    assert undone.order.tolist() == list(range(1003)) and undone.row("s-2") == 1002
    with pytest.raises(KeyError):
        undone.row("s-3")
    index = index.with_added(pd.Series(["a-0"], dtype=object))  # before the others: a copy
    assert index.order[0] == 1004 and index.row("a-0") == 1004 and index.row("p-0007") == 7


def test_ids_added_to_the_plot_index_are_a_chunk_after_the_others_not_a_copy_of_them():
    import pandas as pd

    from sezmap.analysis.plot_index import PlotIndex

    index = PlotIndex(pd.Series([f"p-{i}" for i in range(1000)], dtype=object))
    first = index.ids.buffers()[2].address  # the ids' characters
    for k in range(3):  # splits: one id each
        index = index.with_added(pd.Series([f"s-{k}"], dtype=object))
    assert index.ids.num_chunks == 4 and index.ids.chunks[0].buffers()[2].address == first
    assert index.row("s-1") == 1001 and index.row("p-7") == 7
    index = index.without(np.array([1001]))  # "s-1" taken out: "s-2" moves up
    assert index.row("s-2") == 1001 and index.row("s-0") == 1000
    with pytest.raises(KeyError):
        index.row("s-1")


def test_an_engine_for_reading_only_builds_no_plot_index_until_a_row_is_looked_up(project, monkeypatch):
    """An export's engine (edits=False) skips the id index the first analysis builds for edits
    (a sort of every id: ~0.5 s at a million plots) and the zones' boxes kept for an edit's box
    test; its figures are the same, and an edit made on it all the same finds its row through
    the index made then, and its neighbours through the boxes made then."""
    from shapely import affinity

    from sezmap.analysis import engine as engine_mod

    monkeypatch.setattr(engine_mod, "PARALLEL_MIN_PLOTS", 1)  # the threaded path, which builds it meanwhile
    edits = AnalysisEngine(project, "2026-01-01")
    read = AnalysisEngine(project, "2026-01-01", edits=False)
    assert edits._plot_index is not None and read._plot_index is None
    assert {z: m.to_dict() for z, m in read.metrics.items()} == {z: m.to_dict() for z, m in edits.metrics.items()}
    assert read.update_plot("z1_0_1", {"status": "vacant"}) == edits.update_plot("z1_0_1", {"status": "vacant"})
    assert read._plot_index is not None and read.row("z2_4_4") == edits.row("z2_4_4")
    assert {z: m.to_dict() for z, m in read.metrics.items()} == {z: m.to_dict() for z, m in edits.metrics.items()}
    # nor does it keep each zone's boxes for an edit's box test: made at a geometry edit, the same
    assert edits._zone_bounds and not read._zone_bounds
    row = edits.row("z1_0_1")
    moved = affinity.translate(project.plots.geometry.iloc[row], 0.0004, 0.0002)  # onto its neighbours
    assert read.update_plot("z1_0_1", {"geometry": moved}) == edits.update_plot("z1_0_1", {"geometry": moved})
    assert {z: m.to_dict() for z, m in read.metrics.items()} == {z: m.to_dict() for z, m in edits.metrics.items()}
    assert read.partners == edits.partners and read.partners.get(row)
    k = edits.zone_ids.index("z1")
    assert np.array_equal(read._zone_bounds[k], edits._zone_bounds[k])
