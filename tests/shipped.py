"""Fixtures on the project sezmap ships (paths.default_project()), for the modules that read it:
a module takes them with ``project, engine = shipped.project, shipped.engine``; each module
loads its own (module scope), so no test sees another module's changes to them."""

from __future__ import annotations

import pytest

from sezmap import paths
from sezmap.analysis.engine import AnalysisEngine
from sezmap.store.gpkg import GpkgStore

AS_OF = "2026-01-01"


@pytest.fixture(scope="module")
def project():
    return GpkgStore(paths.default_project()).load()


@pytest.fixture(scope="module")
def engine(project):
    return AnalysisEngine(project, as_of=AS_OF)
