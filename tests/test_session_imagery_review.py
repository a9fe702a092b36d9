"""The imagery check's state without Qt (sezmap.session.imagery_review): a run on a copy of the
plots with progress and cancel, the review's filter, and flags that follow status edits."""

import pytest

from sezmap.analysis import imagery
from sezmap.analysis.imagery import RasterSpec
from sezmap.model.edits import PlotDelete, PlotEdit
from sezmap.session import imagery_review as ir
from tests import factories as f
from tests.imagery_rasters import expected_flags, ground_truth, score_raster

STATUSES = ("vacant", "operational", "under_construction", "withdrawn", "allocated")
MISLABELLED = {"P003", "P006", "P011", "P015", "P020"}  # (withdrawn, operational, operational, vacant, vacant)


@pytest.fixture
def session(tmp_path):
    plots = [f.plot(f"P{k:03d}", "z1" if k < 20 else "z2", geometry=f.cell(k % 5, k // 5, size=0.004),
                    status=STATUSES[k % len(STATUSES)]) for k in range(25)]
    zones = [f.zone("z1"), f.zone("z2")]
    return f.open_session(tmp_path / "p.gpkg", f.layers(zones=zones, plots=plots))


@pytest.fixture
def raster(tmp_path, session):
    plots = session.project.plots
    truth = ground_truth(plots, MISLABELLED)
    return score_raster(tmp_path / "score.tif", plots, truth), expected_flags(plots, truth)


def test_a_run_flags_the_mislabelled_plots_of_its_copy(session, raster):
    path, expected = raster
    request = ir.request_for(session.project, RasterSpec(path, band=1), None, "2026-12-06")
    assert request.plots is not session.project.plots and len(request.plots) == 25
    result = ir.run(request)
    review = ir.ImageryReview(session)
    heard = []
    review.changed.connect(lambda: heard.append(True))
    review.set_result(result)
    assert heard and review.flagged() == expected
    assert set(expected) == MISLABELLED
    assert [c.plot_id for c in review.listed()] == sorted(expected)  # the flagged ones, in order
    review.set_shown(("consistent",))
    assert {c.plot_id for c in review.listed()} == {f"P{k:03d}" for k in range(25)} - MISLABELLED
    assert sum(review.counts().values()) == 25


def test_a_zone_run_checks_only_that_zones_plots(session, raster):
    path, expected = raster
    result = ir.run(ir.request_for(session.project, RasterSpec(path), "z2", "2026-12-06"))
    assert {c.plot_id for c in result.checks} == {f"P{k:03d}" for k in range(20, 25)}
    assert {c.plot_id for c in result.checks if c.flag != "consistent"} == {"P020"}


def test_progress_is_told_per_strip_and_cancel_stops_between_strips(session, raster, monkeypatch):
    path, _ = raster
    monkeypatch.setattr(imagery, "STRIP_BYTES", 1)  # one strip a raster row: several on the small raster
    request = ir.request_for(session.project, RasterSpec(path), None, "2026-12-06")
    seen = []
    assert ir.run(request, progress=lambda done, total: seen.append((done, total))) is not None
    total = seen[-1][1]
    assert total > 4 and [d for d, _t in seen] == list(range(total)) + [total]
    calls = []

    def cancelled():
        calls.append(True)
        return len(calls) > 2

    assert ir.run(request, cancelled) is None
    assert len(calls) == 3  # stopped at the third strip, not run to the end


def test_a_status_corrected_is_flagged_again_and_a_plot_taken_out_leaves(session, raster):
    path, _ = raster
    review = ir.ImageryReview(session)
    review.set_result(ir.run(ir.request_for(session.project, RasterSpec(path), None, "2026-12-06")))
    assert review.flagged()["P006"] == "looks_unbuilt"
    heard = []
    review.changed.connect(lambda: heard.append(True))
    session.edit("fix", [PlotEdit("P006", {"status": "withdrawn"}, session.actor, "imagery")])
    assert heard and "P006" not in review.flagged()
    check = review.check_of("P006")
    assert check.status == "withdrawn" and check.flag == "consistent"
    figures = review.reason("P003")
    assert figures.flag == "looks_built" and figures.built_percent > 50 and figures.threshold_percent == 50
    assert figures.checked_on == "2026-12-06" and figures.raster_name == "score.tif"
    session.edit("out", [PlotDelete("P011", session.actor, "merged elsewhere")])
    assert review.check_of("P011") is None and "P011" not in review.flagged()
    assert len(review.checks) == 24


def test_another_project_clears_the_review(session, raster, tmp_path):
    path, _ = raster
    review = ir.ImageryReview(session)
    review.set_result(ir.run(ir.request_for(session.project, RasterSpec(path), None, "2026-12-06")))
    session.project_changed.emit(session)
    assert review.result is None and review.listed() == []
