"""Progress and cancel for exports, and ``atomic_output`` (sezmap.formats.atomic): an export
writes to a temporary file that becomes its output only when it succeeds, so a failed or
cancelled export leaves nothing at ``out``. ``ExportCancelled`` is what an export raises when
its ``cancelled()`` says so.
"""

from __future__ import annotations

from typing import Callable

from sezmap.formats.atomic import atomic_output  # noqa: F401 - the exporters' one way to write


try:  # the one exception the export dispatcher (sezmap.export) catches
    from sezmap.export import ExportCancelled
except ImportError:  # pragma: no cover - an export package without the dispatcher
    class ExportCancelled(Exception):
        """The export was cancelled; nothing was written at its output path."""


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")


def report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
