"""Files sezmap reads, checked before anything reads them: only regular files (a FIFO would
make a read wait forever, a device would be read without end), and sources no larger, once
unpacked, than a limit (a zip of a few kilobytes can inflate to gigabytes).

The limit is ``SOURCE_LIMIT_MB`` megabytes (MiB) unless the environment variable
``SEZMAP_MAX_SOURCE_MB`` or ``sezmap import --max-source-mb`` says otherwise. A zip archive is
checked twice: the sizes its directory declares, before anything is unpacked, and the bytes
actually unpacked, counted as they stream out (a damaged or forged archive may declare less
than it holds), so memory and disk stay bounded whatever the archive says.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from sezmap.model.problems import DataError, Problem

SOURCE_LIMIT_MB = 512
LIMIT_VARIABLE = "SEZMAP_MAX_SOURCE_MB"
CHUNK = 1 << 20

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def special_kind(path: str | Path) -> str | None:
    """What ``path`` is if it is not a regular file (after following symbolic links), else None;
    None also when it does not exist (the caller says so in its own words)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def regular_file(path: str | Path, what: str = "source") -> None:
    """Refuse at once, without opening it, a ``path`` that is not a regular file."""
    kind = special_kind(path)
    if kind is not None:
        raise DataError(Problem("-", "-", f"is {kind}, not a regular file: sezmap reads a {what} only from "
                                "a file", str(path)))


def limit_bytes(megabytes: float | None = None) -> int:
    """The limit in bytes: ``megabytes`` if given, else ``SEZMAP_MAX_SOURCE_MB``, else the default."""
    if megabytes is None:
        text = os.environ.get(LIMIT_VARIABLE, "").strip()
        if text:
            try:
                megabytes = float(text)
            except ValueError:
                raise DataError(f"{LIMIT_VARIABLE}={text!r} is not a number of megabytes") from None
        else:
            megabytes = SOURCE_LIMIT_MB
    if not megabytes > 0:
        raise DataError(f"the source size limit must be more than 0 MB (it is {megabytes})")
    return int(megabytes * 1024 * 1024)


def _too_large(path: Path, size: int, limit: int, what: str) -> DataError:
    return DataError(Problem("-", "-", f"{what} {size / 2**20:,.1f} MB, more than the limit of "
                             f"{limit / 2**20:,.0f} MB (raise it with --max-source-mb or {LIMIT_VARIABLE})",
                             str(path)))


def check_size(path: Path, files: list[Path], limit: int) -> None:
    """Refuse a source whose files (a Shapefile's parts, say) hold more than ``limit`` bytes."""
    total = sum(p.stat().st_size for p in files)
    if total > limit:
        raise _too_large(path, total, limit, "holds")


def zip_members(path: Path) -> list[zipfile.ZipInfo]:
    """The files of a zip archive (folders left out); a damaged archive is refused."""
    regular_file(path)
    try:
        with zipfile.ZipFile(path) as zf:
            return [info for info in zf.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(Problem("-", "-", f"not a readable zip archive ({exc})", str(path))) from None


def unzip(path: Path, members: list[zipfile.ZipInfo], into: Path, limit: int) -> dict[str, Path]:
    """Unpack ``members`` of the archive into the folder ``into`` (each under its own base name,
    so that no name leads outside it), refusing before unpacking when their declared sizes add up
    to more than ``limit`` and while unpacking as soon as the bytes written do. Returns each
    member's name -> the file written."""
    declared = sum(info.file_size for info in members)
    if declared > limit:
        raise _too_large(path, declared, limit, "would unpack to")
    out: dict[str, Path] = {}
    written = 0
    try:
        with zipfile.ZipFile(path) as zf:
            for info in members:
                target = into / PurePosixPath(info.filename).name
                with zf.open(info) as src, open(target, "wb") as dst:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)
                        if written > limit:
                            raise DataError(Problem(
                                "-", "-", f"unpacks to more than the limit of {limit / 2**20:,.0f} MB although "
                                f"its directory declares {declared / 2**20:,.1f} MB (a damaged or forged "
                                f"archive; the limit can be raised with --max-source-mb or {LIMIT_VARIABLE})",
                                str(path)))
                        dst.write(chunk)
                out[info.filename] = target
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise DataError(Problem("-", "-", f"not a readable zip archive ({exc})", str(path))) from None
    except RuntimeError as exc:  # an encrypted member
        raise DataError(Problem("-", "-", f"cannot be unpacked ({exc})", str(path))) from None
    return out
