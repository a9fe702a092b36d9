"""Where a project file really is, and what kind of disk holds it.

Everything sezmap does around SQLite's own files (the ``-journal`` and ``-wal`` beside the
project, the folder that must be writable for them, the choice of journal mode, the
signature that tells whether another program wrote the file) is done on the REAL file:
``real_path`` resolves symbolic links and relative paths first, as SQLite itself does when it
opens a file (its journal and write-ahead log sit beside the link's target, not beside the
link).

A write-ahead log (WAL) needs shared memory that every program using the file can map, which
a network file system cannot give to programs on different machines (https://sqlite.org/wal.html,
"WAL does not work over a network filesystem"). So on a network share sezmap keeps SQLite's
rollback journal, as QGIS does for GeoPackage (QgsOgrProviderUtils::IsLocalFile). QGIS asks
``statfs`` for the file system's magic number; sezmap reads the file system's type by name from
the kernel's mount table (``/proc/self/mountinfo``, the mount that holds the file's folder),
which also tells a FUSE mount of a remote disk (``fuse.sshfs``, ``fuse.rclone``) from a local
one, where ``statfs`` says only "FUSE" for both. Where there is no mount table (not Linux) the
disk is taken as local.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from sezmap.store import file_guard

MOUNTINFO = "/proc/self/mountinfo"  # the kernel's mount table of this process (man 5 proc)

# File system types (mountinfo's names) whose files other machines share
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "vboxsf", "beegfs", "orangefs", "pvfs2",
})
# FUSE mounts of remote disks: "fuse.<name>" (or "fuseblk.<name>")
NETWORK_FUSE = frozenset({
    "sshfs", "rclone", "s3fs", "gcsfuse", "goofys", "davfs", "curlftpfs", "glusterfs", "ceph-fuse",
    "smbnetfs", "juicefs", "seaweedfs", "mountpoint-s3", "blobfuse", "blobfuse2", "vmhgfs-fuse",
})


def real_path(path: str | Path) -> str:
    """The file's absolute path with every symbolic link resolved (the file SQLite opens)."""
    return os.path.realpath(os.fspath(path))


def is_writable(path: str | Path) -> bool:
    """Whether this process may change the file (and the real file's folder, where SQLite keeps
    its journal: beside the target of a symbolic link, not beside the link)."""
    real = Path(real_path(path))
    if real.exists() and not os.access(real, os.W_OK):
        return False
    return os.access(real.parent, os.W_OK | os.X_OK)


def _unescape(field: str) -> str:
    """A mountinfo path: space, tab, newline and backslash are written as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def filesystem_type(path: str | Path) -> str | None:
    """The type of the file system that holds ``path``'s folder (``ext4``, ``nfs4``,
    ``fuse.sshfs`` ...), from the mount table; None where there is none to read."""
    folder = os.path.dirname(real_path(path))
    try:
        with open(MOUNTINFO, encoding="utf-8", errors="surrogateescape") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    best, kind = -1, None
    for line in lines:
        head, sep, tail = line.partition(" - ")
        fields = head.split()
        if not sep or len(fields) < 5 or not tail.split():
            continue
        point = _unescape(fields[4])
        inside = folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best:  # the deepest mount wins; of equal ones, the last mounted
            best, kind = len(point), tail.split()[0]
    return kind


# (folder, its device, the mount table read) -> on a network share: the answer is asked after
# every commit, and reading the mount table costs ~0.1-0.3 ms; a mount on the folder changes its device
_SHARED: dict[tuple[str, int, str], bool] = {}


def on_network_share(path: str | Path) -> bool:
    """Whether the file lives on a file system other machines share (NETWORK_FILESYSTEMS, or a
    FUSE mount of a remote disk): there SQLite's write-ahead log is not safe."""
    folder = os.path.dirname(real_path(path))
    try:
        key = (folder, os.stat(folder).st_dev, MOUNTINFO)
    except OSError:
        key = None
    if key is not None and key in _SHARED:
        return _SHARED[key]
    kind = (filesystem_type(path) or "").lower()
    base, _dot, sub = kind.partition(".")
    shared = kind in NETWORK_FILESYSTEMS or (base in ("fuse", "fuseblk") and sub in NETWORK_FUSE)
    if key is not None:
        _SHARED[key] = shared
    return shared


def read_head(path: str | Path, size: int) -> bytes:
    """The first ``size`` bytes of the real file (b"" if it cannot be read). Opened and closed
    while no connection of this process holds the file (file_guard.PLAIN): closing a
    descriptor drops every POSIX lock the process holds on the file, SQLite's included."""
    real = real_path(path)
    try:
        with file_guard.using(real, file_guard.PLAIN), open(real, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def is_wal(path: str | Path) -> bool:
    """The file's header says write-ahead logging (read/write versions 2, bytes 18-19)."""
    head = read_head(path, 20)
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def file_signature(path: str | Path) -> tuple:
    """What changes whenever anything writes the file or its write-ahead log: for each, device,
    inode, size, modification time and status-change time (ctime), from ``os.stat``.

    The ctime is what a program cannot set back: ``os.utime`` (``touch -d``) restores an mtime
    but sets the ctime to now, so damage written and its mtime put back still changes the
    signature. What it cannot see: a write that leaves the size alike within the same clock
    tick (file times are kept to a few milliseconds) as sezmap's own last write, or one made to
    the disk device beneath the file system.

    Only ``stat``, never ``open``: closing any descriptor of a file drops every POSIX lock this
    process holds on it, SQLite's included (https://sqlite.org/howtocorrupt.html, 2.2), and this
    is called while a write transaction holds them (reading the header here lost commits of a
    concurrent writer: tests/test_store_concurrency.py).
    """
    real = real_path(path)
    out: list[tuple[int, int, int, int, int] | None] = []
    for name in (real, real + "-wal"):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            out.append(None)
            continue
        out.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) if st.st_size else None)
    return tuple(out)


COARSE_S = 2.0  # file times may be this coarse (FAT, some shares): a write so soon after a look may not show


def unchanged_since(path: str | Path, mark) -> tuple[bool, tuple]:
    """Whether nothing has written the file or its WAL since ``mark`` (the second item of an
    earlier answer; None: unknown), and the mark of now. By ``file_signature`` (a stat, no open,
    so no lock is touched): the same signature, and its newest change more than ``COARSE_S``
    before that earlier look, so that a write just after the look cannot hide behind coarse
    file times. A look too soon after the last change gives the mark of now, so that the next
    look can vouch (a mark kept from then said "changed" at every look until the next write)."""
    now = (file_signature(path), time.time())
    if mark is None or mark[0] != now[0]:
        return False, now
    newest = max((f[4] for f in now[0] if f is not None), default=0) / 1e9
    if mark[1] - newest > COARSE_S:
        return True, mark
    return False, now  # (looked at too soon after its last change: this look, later, may vouch for it)
