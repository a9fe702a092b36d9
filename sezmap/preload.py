"""Modules imported on a worker thread while this thread reads the project.

A command line export reads the project first and imports what draws and analyses it only
then: for the largest zone of a 1M-plot project, ~0.8 s of reading (GDAL's scans and numpy,
mostly without the GIL) followed by ~0.2 s of imports (the renderer, the analysis engine and
the page layout: about fifty modules) on one core. ``begin(modules)`` imports them on a worker
meanwhile; ``Preload.wait()`` joins it before the drawing starts, so the two threads never
import at once after that. Measured on the largest zone's A4 PDF: docs/benchmarks.md,
"Imports beside the read".

Two threads importing at once are safe where the modules they reach import no module that
imports them back (a cycle: each thread could hold one module's lock and wait for the
other's); tests/test_preload.py checks that the modules preloaded reach no such cycle. An
import that fails on the worker is left for the caller's own import to raise again.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable


class Preload:
    """A worker importing ``modules`` in order (``begin``)."""

    def __init__(self, modules: Iterable[str]) -> None:
        self.modules: tuple[str, ...] = tuple(modules)
        self.failed: dict[str, BaseException] = {}  # module -> what its import raised on the worker
        self._thread = threading.Thread(target=self._run, name="sezmap-preload", daemon=True)

    def _run(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except BaseException as exc:  # noqa: BLE001 - the caller's own import raises it again
                self.failed[name] = exc

    def wait(self) -> None:
        """Until every module is imported (or failed to be)."""
        if self._thread.is_alive():
            self._thread.join()


def begin(modules: Iterable[str]) -> Preload:
    """Start importing ``modules`` on a worker thread; returns it (``wait()`` joins it)."""
    preload = Preload(modules)
    preload._thread.start()
    return preload
