"""The attribute table's plots as a planner takes them away: each plot's area, and chosen rows
as CSV (copied, or written to a file). No Qt.

The area is ellipsoidal, as the report defines areas (SCHEMA.md section 2): the analysis
measures each plot once in its zone's cylindrical equal-area projection of the WGS84 ellipsoid
(``AnalysisEngine.area``, m²); here it is shown in hectares. Until the analysis of a project
just opened arrives the column is empty.

The CSV holds the columns shown, under their field names (as the file names them), values as
they are stored (numbers with a dot, dates ISO), and cells a spreadsheet would take for a
formula made harmless (``sezmap.formats.untrusted.spreadsheet_csv``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from sezmap.formats.atomic import write_text
from sezmap.formats.untrusted import spreadsheet_csv

AREA_COLUMN = "area_ha"
AREA_DECIMALS = 2  # shown; the CSV keeps 4, as the report does
M2_PER_HA = 10_000.0


def areas_ha(plots: pd.DataFrame, engine) -> np.ndarray:
    """The area column of ``plots`` (ha, by row; NaN until the analysis has measured them)."""
    area = getattr(engine, "area", None)
    if area is not None and len(area) == len(plots):
        return np.asarray(area, float) / M2_PER_HA
    return np.full(len(plots), np.nan)


def with_areas(plots: pd.DataFrame, areas: np.ndarray) -> pd.DataFrame:
    """``plots`` with the area column ``areas`` (``areas_ha``), for copying rows out (CSV). The
    frame's other columns are shared, not copied; while it is kept pandas copies each of them
    that the project's frame writes (copy on write), so it is made when needed, not kept."""
    return plots.assign(**{AREA_COLUMN: areas})


def _plain(value):
    """A value as a CSV cell: None for no value, ISO dates, numbers as Python writes them (whole
    ones without a decimal point)."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return None
        # a whole number as one ("554", not "554.0": a count read as a float where a value may
        # be empty; whole money alike), exactly up to 2**53
        number = float(value)
        return int(number) if number.is_integer() and abs(number) <= 2**53 else number
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def rows_csv(plots: pd.DataFrame, rows: Sequence[int], columns: Sequence[str], bom: bool = False) -> str:
    """The plots at ``rows`` (project row positions, in that order) as CSV, ``columns`` in order."""
    columns = [c for c in columns if c in plots.columns]
    picked = plots.iloc[np.asarray(list(rows), np.int64)]
    values = []
    for c in columns:
        column = [_plain(v) for v in picked[c].tolist()]
        if c == AREA_COLUMN:
            column = [None if v is None else round(v, 4) for v in column]
        values.append(column)
    return spreadsheet_csv(columns, zip(*values, strict=True) if values else [], bom=bom)


def write_rows_csv(path, plots: pd.DataFrame, rows: Sequence[int], columns: Sequence[str],
                   inputs: Sequence[str] = ()) -> None:
    """``rows_csv`` written to ``path`` whole or not at all, never over ``inputs`` (the project);
    with a byte order mark, so that Excel reads its Cyrillic as UTF-8."""
    write_text(path, rows_csv(plots, rows, columns, bom=True), inputs=inputs)
