"""Writing an output file whole or not at all: the one way sezmap writes reports, exports,
CSV and its own small files.

``with atomic_output(out) as tmp:`` gives a new, empty temporary file beside ``out`` (same
folder, same suffix, so writers that choose a format by extension still do); when the block
ends without an exception it is renamed over ``out``, so a reader never sees half a file, and
a failure (a full disk, a cancel, a bug) leaves what was at ``out`` as it was. Unwritable
places raise DataError naming the path and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from sezmap.model.problems import DataError


def _folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DataError(f"{target}: cannot be written: no such folder {str(folder)!r}")
    return folder


def _cannot(target: Path, exc: OSError) -> DataError:
    full = " (the disk is full)" if exc.errno == errno.ENOSPC else ""
    return DataError(f"{target}: cannot be written: {exc.strerror or exc}{full}; it was left as it was")


def temporary_path(target: Path) -> Path:
    """A new empty file beside ``target`` with its suffix (created exclusively, umask honoured)."""
    target = Path(target)
    folder = _folder(target)
    for _attempt in range(20):
        tmp = folder / f".{target.stem}.{secrets.token_hex(4)}.part{target.suffix}"
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot(target, exc) from None
        os.close(fd)
        return tmp
    raise DataError(f"{target}: cannot be written: no free temporary name in {str(folder)!r}")


def check_writable(out_path: str | os.PathLike) -> None:
    """DataError now if ``out_path`` cannot be written (no folder, no permission, a folder)."""
    target = Path(out_path)
    if target.is_dir():
        raise DataError(f"{target}: is a folder, not a file")
    temporary_path(target).unlink()


@contextlib.contextmanager
def atomic_output(out_path: str | os.PathLike, require_content: bool = False) -> Iterator[Path]:
    """A temporary file beside ``out_path`` that becomes ``out_path`` when the block succeeds
    (with ``require_content``, only if something was written to it)."""
    target = Path(out_path)
    if target.is_dir():
        raise DataError(f"{target}: is a folder, not a file")
    tmp = temporary_path(target)
    try:
        yield tmp
        if require_content and (not tmp.exists() or tmp.stat().st_size == 0):
            raise DataError(f"{target}: nothing was written")
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _cannot(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text(out_path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """``text`` written to ``out_path`` whole or not at all (flushed to disk before the rename)."""
    with atomic_output(out_path) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(out_path)
