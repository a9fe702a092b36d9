"""Changes another program made without an audit row, without Qt: in a copy that lost its
triggers (ogr2ogr), a write by QGIS or sqlite3 leaves nothing in ``audit_log`` and no version
raised. The session notices the file itself changed (``stamp``) and compares its plots with the
file's (``differences``), so the change reaches the map and the form as an audited one does.
Only files that lack the plots' audit triggers are compared: in the others every change is audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from sezmap.model import schema
from sezmap.model.edits import BOOKKEEPING

AUDIT_TRIGGER_PREFIX = "sezmap_plots_audit_"
COMPARED = tuple(n for n in schema.PLOTS.field_names if n not in BOOKKEEPING)


def stamp(path: str | Path) -> tuple:
    """What changes whenever a program commits to the file: the size and time of the file and
    of its write-ahead log (a WAL file's commits land there first)."""
    out: list[tuple[int, int] | None] = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def unaudited_possible(missing_protections) -> bool:
    """Whether another program's change to the plots can go without an audit row."""
    return any(n.startswith(AUDIT_TRIGGER_PREFIX) for n in missing_protections)


@dataclass(frozen=True)
class Differences:
    removed: list[str] = field(default_factory=list)  # in the session, not in the file
    added: list[str] = field(default_factory=list)  # in the file, not in the session
    changed: list[str] = field(default_factory=list)  # in both, some value or the geometry differs

    def __bool__(self) -> bool:
        return bool(self.removed or self.added or self.changed)


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    both_missing = a.isna().to_numpy() & b.isna().to_numpy()
    equal = (a.astype(object).to_numpy() == b.astype(object).to_numpy())
    return np.asarray(equal, dtype=bool) | both_missing


def differences(mine: pd.DataFrame, theirs: pd.DataFrame) -> Differences:
    """Which plots differ between the session's frame and the file's (both with ``plot_id``,
    the fields of SCHEMA and geometry)."""
    a = mine.set_index("plot_id", drop=False)
    b = theirs.set_index("plot_id", drop=False)
    removed = [str(p) for p in a.index.difference(b.index)]
    added = [str(p) for p in b.index.difference(a.index)]
    common = a.index.intersection(b.index)
    a, b = a.loc[common], b.loc[common]
    differ = np.zeros(len(common), dtype=bool)
    for name in COMPARED:
        if name in a.columns and name in b.columns:
            differ |= ~_same(a[name], b[name])
    ga, gb = np.asarray(a.geometry.values, dtype=object), np.asarray(b.geometry.values, dtype=object)
    differ |= ~shapely.equals_exact(ga, gb, 0.0)
    return Differences(removed, added, [str(p) for p in common[differ]])
