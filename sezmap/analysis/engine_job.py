"""An analysis begun on a worker thread as soon as its plots are read (no Qt).

``sezmap export --zone Z`` to a page reads the zone's own plots, then the plots around it and
checks the whole project read (store/zone_reads.py), then builds the map's scene. The page's
figures depend on the zone's own plots only (with the zones, corridors and hubs), so their
analysis need not wait for the rest: ``EngineJob(project, as_of)`` starts it on a thread of its
own once those are read, and the read, the checks and the scene go on beside it on the two
cores. ``result()`` waits for the engine (and raises what the analysis raised).

What it measured (docs/benchmarks.md, "# Exports"): the largest zone of a 1M-plot project began
its analysis after the surroundings' read and the whole project's checks, with one core idle
through them; now it runs through them.

A job whose project turns out not to be valid (the read's checks raise DataError after the job
began) is given up (``abandon()``): its analysis stops before its next work unit, so that the
command's error is not held up by an analysis nobody will read (0.2-0.3 s, where it ran on to its
end, ~1 s more, for the largest zone of a 1M-plot project).
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import Future

from sezmap.analysis import idle
from sezmap.background import beside
from sezmap.model.project import Project


class EngineJob:
    """``AnalysisEngine(project, as_of, edits=False)`` made on a worker thread (an export's
    engine: read only). ``as_of``: the day its figures are for (None: today)."""

    def __init__(self, project: Project, as_of: dt.date | None = None):
        from sezmap.analysis.engine import AnalysisEngine

        self.project = project
        self.as_of: dt.date = idle.as_date(as_of)
        self._abandoned = threading.Event()
        self._engine: Future = beside(lambda: AnalysisEngine(project, self.as_of, edits=False,
                                                             cancelled=self._abandoned.is_set),
                                      "sezmap-engine-job")

    def result(self):
        """The engine, once made (what the analysis raised, if it failed; ``plot_distances.Cancelled``
        once abandoned)."""
        return self._engine.result()

    def abandon(self) -> None:
        """Nobody will ask for the engine: the analysis stops before its next work unit."""
        self._abandoned.set()
