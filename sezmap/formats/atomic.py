"""Writing an output file whole or not at all, and never over what was read: the one way
sezmap writes reports, exports, CSV and its own small files.

``with atomic_output(out, inputs=(project,)) as tmp:`` first checks ``out`` (``check_output``),
then gives a new, empty temporary file beside it (same folder, same suffix, so writers that
choose a format by extension still do); when the block ends without an exception it is
renamed over ``out``, so a reader never sees half a file, and a failure (a full disk, a
cancel, a bug) leaves what was at ``out`` as it was.

An output is refused (DataError naming the path and the reason, nothing opened or written):

* when it is one of ``inputs`` - the same file through any name (symlink, hard link, another
  relative path: compared by device and inode, and by the resolved name), or an input's
  SQLite side file (``-wal``, ``-shm``, ``-journal``), which holds the input's last changes;
* when something other than a regular file is there: a folder, a named pipe (FIFO), a device
  (``/dev/null``, a terminal, ``/dev/stdout``), a socket - such a path is never opened;
* when the file there is read-only to us, or its folder does not exist or cannot be written.

A file that is replaced keeps its permission bits (a 0600 file stays 0600) and, where we may
set them, its owner and group; a symlink at ``out`` stays a link and the file it points to is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sezmap.model.problems import DataError

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
STDOUT_HINT = "leave out the output option to write to standard output"


@dataclass(frozen=True)
class OutputTarget:
    """Where an output goes: ``path`` as given, ``real`` the file replaced (symlinks resolved);
    ``mode``, ``uid`` and ``gid`` of the file there now (None when it is new)."""

    path: Path
    real: Path
    mode: int | None
    uid: int | None
    gid: int | None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _cannot(target: Path, exc: OSError) -> DataError:
    full = " (the disk is full)" if exc.errno == errno.ENOSPC else ""
    return DataError(f"{target}: cannot be written: {exc.strerror or exc}{full}; it was left as it was")


def _refused(target: Path, reason: str) -> DataError:
    return DataError(f"{target}: refused: {reason}; nothing was written")


def _stat(path: Path, shown: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _cannot(shown, exc) from None


def _input_paths(inputs: Iterable) -> list[str]:
    """The inputs that name local files (a PostgreSQL URL or an empty location does not)."""
    found = []
    for item in inputs:
        if item is None:
            continue
        text = os.fspath(item) if isinstance(item, os.PathLike) else str(item)
        if text and "://" not in text and not text.startswith(("PG:", "postgresql:")):
            found.append(text)
    return found


def _same_as_input(real: Path, here: os.stat_result | None, source: str) -> str | None:
    """How ``real`` is ``source`` or one of its SQLite side files (None when it is neither)."""
    source_real = os.path.normcase(os.path.realpath(source))
    name = os.path.normcase(str(real))
    try:
        there = os.stat(source)
    except OSError:
        there = None
    if name == source_real or (here is not None and there is not None
                               and (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)):
        return f"it is the same file as {source}, which this command reads"
    # beside the file, or beside the name it was opened by (a symlink)
    bases = {source_real, os.path.normcase(os.path.realpath(os.path.dirname(os.path.abspath(source))))
             + os.sep + os.path.normcase(os.path.basename(source))}
    for side in SQLITE_SIDE_FILES:
        for side_name in sorted(base + side for base in bases):
            side_stat = None
            with contextlib.suppress(OSError):
                side_stat = os.stat(side_name)
            if name == side_name or (here is not None and side_stat is not None
                                     and (here.st_dev, here.st_ino) == (side_stat.st_dev, side_stat.st_ino)):
                return f"it is the {side[1:]} file of {source}, which this command reads"
    return None


def check_output(out_path: str | os.PathLike, inputs: Iterable = ()) -> OutputTarget:
    """Where ``out_path`` may be written, or DataError saying why not (see the module text).
    Looks, never opens: a named pipe or a device at ``out_path`` cannot block or be written."""
    text = os.fspath(out_path)
    if text in ("", "-"):
        raise DataError(f"{text!r}: refused: not a file name ({STDOUT_HINT}); nothing was written")
    given = Path(text)
    here = _stat(given, given)  # through links (also /dev/stdout's link to a pipe or terminal)
    if here is not None and not stat.S_ISREG(here.st_mode):
        hint = f" ({STDOUT_HINT})" if stat.S_ISCHR(here.st_mode) or stat.S_ISFIFO(here.st_mode) else ""
        raise _refused(given, f"it is {_kind(here.st_mode)}, not a regular file{hint}")
    real = Path(os.path.realpath(given))
    for source in _input_paths(inputs):
        same = _same_as_input(real, here, source)
        if same:
            raise _refused(given, same)
    folder = real.parent
    if not folder.is_dir():
        raise DataError(f"{given}: cannot be written: no such folder {str(given.parent)!r}")
    if here is not None and not os.access(real, os.W_OK):
        raise _refused(given, "the file there is read-only")
    if here is None:
        return OutputTarget(given, real, None, None, None)
    return OutputTarget(given, real, stat.S_IMODE(here.st_mode) & 0o777, here.st_uid, here.st_gid)


def _temporary(target: OutputTarget) -> Path:
    """A new empty file beside ``target.real`` with its suffix, created exclusively, with the
    permission bits of the file it will replace (else the umask's)."""
    folder, name = target.real.parent, target.real
    mode = 0o666 if target.mode is None else target.mode
    for _attempt in range(20):
        # (os.urandom as secrets.token_hex does: secrets imports OpenSSL's hashlib, 13 ms of every command)
        tmp = folder / f".{name.stem}.{os.urandom(4).hex()}.part{name.suffix}"
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot(target.path, exc) from None
        try:
            if target.mode is not None:
                os.fchmod(fd, target.mode)  # exactly, whatever the umask
        finally:
            os.close(fd)
        return tmp
    raise DataError(f"{target.path}: cannot be written: no free temporary name in {str(folder)!r}")


def check_writable(out_path: str | os.PathLike, inputs: Iterable = ()) -> OutputTarget:
    """``check_output``, then a temporary file made and removed beside ``out_path`` (so a
    folder we may not write to fails now, before any work)."""
    target = check_output(out_path, inputs)
    _temporary(target).unlink()
    return target


def _keep_owner(tmp: Path, target: OutputTarget) -> None:
    """The replaced file's permission bits on ``tmp``, and its owner and group where we may
    set them (the owner only as root; a group we are in)."""
    if target.mode is None:
        return
    if hasattr(os, "chown") and target.uid is not None and target.gid is not None:
        for uid, gid in ((target.uid, target.gid), (-1, target.gid)):
            try:
                os.chown(tmp, uid, gid)
                break
            except OSError:
                continue
    os.chmod(tmp, target.mode)  # after chown (which may clear set-id bits); a writer may have made its file anew


def _flush(tmp: Path) -> None:
    """``tmp``'s data on disk before the rename, so a crash leaves the old file or the new one."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(out_path: str | os.PathLike, require_content: bool = False,
                  inputs: Iterable = ()) -> Iterator[Path]:
    """A temporary file beside ``out_path`` that becomes ``out_path`` when the block succeeds
    (with ``require_content``, only if something was written to it). ``inputs``: the files
    the output must not replace (the project read)."""
    inputs = list(inputs)
    tmp = _temporary(check_output(out_path, inputs))
    try:
        yield tmp
        if require_content and (not tmp.exists() or tmp.stat().st_size == 0):
            raise DataError(f"{out_path}: nothing was written")
        target = check_output(out_path, inputs)  # again: the place may have changed meanwhile
        _keep_owner(tmp, target)
        _flush(tmp)
        os.replace(tmp, target.real)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _cannot(Path(out_path), exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text(out_path: str | os.PathLike, text: str, encoding: str = "utf-8", inputs: Iterable = ()) -> Path:
    """``text`` written to ``out_path`` whole or not at all (on disk before the rename)."""
    with atomic_output(out_path, inputs=inputs) as tmp, open(tmp, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return Path(out_path)
