"""Writing an export whole or not at all, with progress and cancel.

``with atomic_output(out) as tmp:`` yields a temporary path in the target folder; the export
writes there, and only when the block ends without an exception is the file renamed to ``out``
(so a reader never sees half a file, and a failed or cancelled export leaves nothing at
``out``). ``ExportCancelled`` is what an export raises when its ``cancelled()`` says so.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from sezmap.model.problems import DataError


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(out_path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``out_path`` that becomes ``out_path`` when the block succeeds.

    Unwritable targets (no such folder, no permission) raise DataError naming the path."""
    target = Path(out_path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DataError(f"{target}: cannot be written: no such folder {str(folder)!r}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DataError(f"{target}: cannot be written: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DataError(f"{target}: cannot be written: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
