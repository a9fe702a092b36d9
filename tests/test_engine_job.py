"""An analysis begun on a worker thread (analysis/engine_job.py) and given up: the engine stops
between its work units when ``cancelled()`` says so, and an abandoned job's engine is never made."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from sezmap.analysis import engine as engine_mod
from sezmap.analysis.engine import AnalysisEngine
from sezmap.analysis.engine_job import EngineJob
from sezmap.analysis.plot_distances import Cancelled
from sezmap.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
AS_OF = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from make_synthetic import make_project

    return open_store(make_project(30_000, tmp_path_factory.mktemp("job") / "synthetic.gpkg")).load()


@pytest.mark.parametrize("parallel", [True, False])
def test_an_engine_told_to_stop_stops_before_its_next_work_unit(project, monkeypatch, parallel):
    """``cancelled()`` is asked before each work unit (and between a unit's steps): once it
    says so the engine raises Cancelled, on two workers or one, and runs no further unit."""
    monkeypatch.setattr(engine_mod, "PARALLEL_MIN_PLOTS", 1 if parallel else 10**9)
    units = []
    real = AnalysisEngine._zone_geometry

    def counted(self, *args):
        units.append(args[0])
        return real(self, *args)
    monkeypatch.setattr(AnalysisEngine, "_zone_geometry", counted)
    with pytest.raises(Cancelled):
        AnalysisEngine(project, AS_OF, cancelled=lambda: True)
    assert units == []
    asked = []

    def after_two_units():
        asked.append(len(units))
        return len(units) >= 2
    with pytest.raises(Cancelled):
        AnalysisEngine(project, AS_OF, cancelled=after_two_units)
    assert 2 <= len(units) <= 3 < len(set(project.plots["zone_id"]))  # (one unit more at most: the other worker's)
    whole = AnalysisEngine(project, AS_OF, cancelled=lambda: False)  # never told: the whole analysis
    assert set(whole.metrics) == set(project.zones["zone_id"])


def test_an_abandoned_job_makes_no_engine_and_a_kept_one_the_engine_of_its_project(project):
    job = EngineJob(project, AS_OF)
    job.abandon()
    with pytest.raises(Cancelled):
        job.result()
    kept = EngineJob(project, AS_OF)
    made = kept.result()
    assert kept.as_of == made.as_of == AS_OF
    assert {z: m.to_dict() for z, m in made.metrics.items()} == \
        {z: m.to_dict() for z, m in AnalysisEngine(project, AS_OF).metrics.items()}
