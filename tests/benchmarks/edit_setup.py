"""What the edit benchmarks (bench_edit.py, bench_split.py) start from: the synthetic project's
working copy loaded into a session and analysed, as the window holds it, with a map scene of
its layers; and a cut through a plot's middle for a split."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from synthetic_copy import project_file, working_copy

CRS = "EPSG:3857"


@dataclass
class Opened:
    path: Path  # the working copy (its folder is the caller's to remove)
    session: object  # sezmap.session.ProjectSession
    scene: object  # sezmap.render.scene.MapScene
    seconds: float  # to load, analyse and make the scene

    @property
    def project(self):
        return self.session.project  # type: ignore[attr-defined]


def open_for_edits(plots: int, cache: Path, prefix: str) -> Opened:
    """A copy of the cached ``plots``-plot project, loaded, analysed and prepared for display.
    No listener is connected yet: the caller connects its own, then ``SceneSync``."""
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.render.scene import MapScene, project_layers
    from sezmap.session import ProjectSession
    from sezmap.store import open_store

    path = working_copy(project_file(plots, cache), prefix)
    t0 = time.perf_counter()
    store = open_store(path)
    project = store.load()
    session = ProjectSession(actor="benchmark")
    session.set_project(store, project)
    session.set_engine(AnalysisEngine(project))
    scene = MapScene(project_layers(project, CRS), CRS)
    return Opened(path, session, scene, time.perf_counter() - t0)


def cut_through(bounds) -> list[tuple[float, float]]:
    """A north-south line through the middle of ``bounds`` (x0, y0, x1, y1), past both edges."""
    x0, y0, x1, y1 = bounds
    return [((x0 + x1) / 2, y0 - (y1 - y0)), ((x0 + x1) / 2, y1 + (y1 - y0))]
