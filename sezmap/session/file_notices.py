"""What the user must know about the open project file, without Qt: that it cannot be changed
(read-only: the edit tools are off), or that it lost its protections (a copy by a tool that
drops triggers, such as ogr2ogr: other programs' changes go unaudited until the next sezmap
write restores them). Looked at when the project opens, after each write, and as the window
polls the file."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from sezmap.model.problems import DataError

READ_ONLY = "read_only"
UNPROTECTED = "unprotected"


@dataclass(frozen=True)
class FileNotice:
    """``read_only``: this process may not change the file or its folder; ``missing``: the
    protections (triggers) the file lacks."""

    read_only: bool = False
    missing: tuple[str, ...] = ()
    mark: tuple | None = field(default=None, compare=False)  # the file as looked at (store.unchanged_since)

    @property
    def codes(self) -> tuple[str, ...]:
        """What to tell, most important first."""
        return tuple(c for c, on in ((READ_ONLY, self.read_only), (UNPROTECTED, bool(self.missing))) if on)

    @property
    def can_edit(self) -> bool:
        return not self.read_only


def look(store, known: FileNotice | None = None) -> FileNotice:
    """The notice for the store's file now (no notice when there is no store, or while the file
    cannot be read for a moment: the next look says). ``known``: the last look's notice, whose
    missing protections are kept, without opening the file, while nothing wrote it since
    (``store.unchanged_since``, a stat: the window looks every 1.5 s, and a connection on the UI
    thread costs 10-40 ms at 1M plots, or waits for a GDAL read of the file)."""
    if store is None:
        return FileNotice()
    read_only = not store.writable()
    since = getattr(store, "unchanged_since", None)
    unchanged, mark = since(known.mark if known is not None else None) if since is not None else (False, None)
    if known is not None and unchanged:
        return FileNotice(read_only, known.missing, known.mark)
    missing: tuple[str, ...] = ()
    with contextlib.suppress(DataError, OSError):
        missing = tuple(store.missing_protections())
    return FileNotice(read_only, missing, mark)
