"""The attribute table's state without Qt: the zone's plots as row positions, the sort and the
filters, the order shown and the selection kept as project rows.

Columnar, so that a zone of half a million plots stays usable: the zone's columns are Arrow
arrays (``ZoneColumns``, taken when first asked for), and the order shown is computed over whole
columns (``compute_order``): a stable sort with missing values last, the status filter and the
text filter as vectorised comparisons. From ``ASYNC_ROWS`` plots on the widget computes it on a
worker thread (Arrow releases the GIL): ``TableState.request()`` gives what to compute, with a
generation number, and only the latest request's order is taken (``is_current``).

The selection is kept as project row positions (``wanted``), so that it survives a new sort or
filter; ``positions_of`` finds them in the order shown, ``row_ranges`` makes runs of them.
``sezmap.ui.attribute_table`` shows this in a view.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from sezmap.model.statuses import STATUSES
from sezmap.session.plot_rows import AREA_COLUMN

COLUMNS = ("plot_id", "status", AREA_COLUMN, "tenant", "project_name", "cadastral_no", "allocated_on", "contract_deadline",
           "investment_committed_kzt", "investment_actual_kzt", "jobs_planned", "version", "updated_at")
TEXT_COLUMNS = ("plot_id", "tenant", "project_name", "cadastral_no")  # what the search box looks in
ASYNC_ROWS = 20_000  # from this many plots in a zone, sorting and filtering run off the UI thread
EDIT_STAMPS = frozenset({"version", "updated_at", "updated_by"})  # what every edit changes beside its fields


def zone_rows(plots: pd.DataFrame | None, zone_id: str | None) -> np.ndarray:
    """Positions in ``plots`` of the zone's plots, ascending (one vectorised comparison)."""
    if plots is None or zone_id is None or "zone_id" not in plots.columns or not len(plots):
        return np.zeros(0, np.int64)
    equal = (plots["zone_id"] == zone_id).to_numpy(dtype=bool, na_value=False)
    return np.flatnonzero(equal).astype(np.int64)


def _as_array(values) -> pa.Array:
    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    return values


def arrow_slice(series: pd.Series, rows: np.ndarray) -> pa.Array:
    """The values of ``series`` at ``rows`` as one Arrow array (missing values as nulls)."""
    array = series.array
    if hasattr(array, "__arrow_array__") or getattr(series.dtype, "kind", "O") == "M":
        return _as_array(pa.array(array).take(pa.array(rows)))  # Arrow-backed: no Python objects
    return _as_array(pa.array(series.to_numpy()[rows], from_pandas=True))


class ZoneColumns:
    """The zone's columns as Arrow arrays, each taken from the project's column when first asked
    for (from any thread: the Series are captured when this is made, and pandas copies on
    write, so an edit meanwhile does not change them). ``only``: the columns to capture (an
    order reads a few; a captured numeric column is copied by the next edit of the frame)."""

    def __init__(self, plots: pd.DataFrame | None, rows: np.ndarray, areas: np.ndarray | None = None,
                 only=None):
        """``areas``: the area column (by project row) when ``plots`` has none."""
        self.rows = rows
        wanted = [c for c in COLUMNS if only is None or c in only]
        self.series = {c: plots[c] for c in wanted if plots is not None and c in plots.columns}
        if areas is not None and AREA_COLUMN in wanted and AREA_COLUMN not in self.series:
            self.series[AREA_COLUMN] = pd.Series(areas, copy=False)
        self._arrays: dict[str, pa.Array] = {}
        self._lock = threading.Lock()

    def __contains__(self, column: str) -> bool:
        return column in self.series

    def get(self, column: str) -> pa.Array:
        with self._lock:
            if column not in self._arrays:
                self._arrays[column] = arrow_slice(self.series[column], self.rows)
            return self._arrays[column]


def compute_order(columns: ZoneColumns, sort_column: str | None, descending: bool, status: str | None,
                  text: str, ranks: dict[str, int] | None = None) -> np.ndarray:
    """The rows to show (positions in the zone's rows) in the order to show them.

    The sort is stable and puts missing values last in either direction; texts sort without
    regard to case; the status column sorts by ``ranks`` (its label order). ``status`` keeps the
    plots of that status, ``text`` those whose id, tenant, project or cadastral number contains
    it (case ignored)."""
    n = len(columns.rows)
    order = np.arange(n, dtype=np.int64)
    if n == 0:
        return order
    if sort_column is not None and sort_column in columns:
        key = columns.get(sort_column)
        if sort_column == "status":
            ranks = ranks or {s: i for i, s in enumerate(STATUSES)}
            codes = pc.index_in(key, value_set=pa.array(list(ranks), pa.string()))
            key = pa.array(list(ranks.values()), pa.int64()).take(codes)
        elif pa.types.is_string(key.type) or pa.types.is_large_string(key.type):
            key = pc.utf8_lower(key)
        order = np.asarray(pc.array_sort_indices(key, order="descending" if descending else "ascending",
                                                 null_placement="at_end")).astype(np.int64)
    mask = None
    if status and "status" in columns:
        mask = pc.fill_null(pc.equal(columns.get("status"), pa.scalar(status, pa.string())), False)
    if text:
        found = None
        for column in TEXT_COLUMNS:
            if column not in columns:
                continue
            values = columns.get(column)
            if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
                values = pc.cast(values, pa.string())
            hit = pc.fill_null(pc.match_substring(values, text, ignore_case=True), False)
            found = hit if found is None else pc.or_(found, hit)
        if found is not None:
            mask = found if mask is None else pc.and_(mask, found)
    if mask is not None:
        keep = np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool)
        order = order[keep[order]]
    return order


def row_ranges(positions: np.ndarray) -> list[tuple[int, int]]:
    """Sorted table positions as (first, last) runs of consecutive rows."""
    if len(positions) == 0:
        return []
    positions = np.unique(positions)
    breaks = np.flatnonzero(np.diff(positions) != 1)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(positions) - 1]))
    return list(zip(positions[starts].tolist(), positions[ends].tolist(), strict=True))


EMPTY = np.zeros(0, np.int64)


@dataclass(frozen=True)
class OrderRequest:
    """What to sort and filter (computed here or on a worker), and the generation it is for."""

    generation: int
    columns: ZoneColumns
    sort_column: str | None
    descending: bool
    status: str | None
    text: str

    @property
    def big(self) -> bool:
        return len(self.columns.rows) >= ASYNC_ROWS

    def compute(self, ranks: dict[str, int] | None = None) -> np.ndarray:
        return compute_order(self.columns, self.sort_column, self.descending, self.status, self.text, ranks)


class TableState:
    """The zone shown, its sort and filters, the order shown and the selection (project rows)."""

    def __init__(self) -> None:
        self.zone_id: str | None = None
        self.plots: pd.DataFrame | None = None  # the zone's plots are rows of this frame
        self.areas: np.ndarray | None = None  # the area column, when ``plots`` has none
        self._rows = EMPTY
        self.order = EMPTY  # positions in ``rows`` of the rows shown, in their order
        self.sort_column: str | None = None
        self.descending = False
        self.status: str | None = None
        self.text = ""
        self.wanted = EMPTY  # project rows to show selected (kept across new orders)
        self.generation = 0  # of the latest order asked for (an older one is dropped)
        self.pending = False  # an order is being computed off the UI thread

    @property
    def rows(self) -> np.ndarray:
        """Project row positions of the zone's plots, in the project's order."""
        return self._rows

    @property
    def columns(self) -> ZoneColumns:
        """The zone's columns an order of the current sort and filters reads, captured now."""
        only = {self.sort_column} if self.sort_column is not None else set()
        if self.status:
            only.add("status")
        if self.text:
            only.update(TEXT_COLUMNS)
        return ZoneColumns(self.plots if self.zone_id is not None else None, self._rows, self.areas, only)

    @property
    def shown_rows(self) -> np.ndarray:
        """Project row positions of the rows shown, in their order."""
        return self.rows[self.order]

    @property
    def filtering(self) -> bool:
        return bool(self.status or self.text)

    @property
    def big(self) -> bool:
        return len(self.rows) >= ASYNC_ROWS

    def set_zone(self, plots: pd.DataFrame | None, zone_id: str | None, areas: np.ndarray | None = None) -> None:
        """Another zone (or project): its rows, shown in the file's order until their own order
        is ready (none at all while a big zone is filtered)."""
        self.zone_id = zone_id
        self.plots, self.areas = plots, areas
        self._rows = zone_rows(plots, zone_id) if zone_id is not None else EMPTY
        self.generation += 1  # an order still being computed for the previous zone is dropped
        self.order = EMPTY if self.big and self.filtering else np.arange(len(self.rows), dtype=np.int64)

    def plots_edited(self, plots: pd.DataFrame, areas: np.ndarray | None = None) -> None:
        """Values of the zone's plots changed (same rows): the columns are read again (when
        next needed; ``areas``: the area column when ``plots`` has none)."""
        self.plots, self.areas = plots, areas

    def order_reads(self, fields) -> bool:
        """Whether the order shown depends on any of these fields (the sort, the filters)."""
        fields = set(fields)
        return bool(self.sort_column in fields or (self.status and "status" in fields)
                    or (self.text and fields & set(TEXT_COLUMNS)))

    def set_filter(self, **changes) -> None:
        """``status`` (a code, or None for all) and/or ``text`` (searched in TEXT_COLUMNS)."""
        if "status" in changes:
            self.status = changes["status"]
        if "text" in changes:
            self.text = (changes["text"] or "").strip()

    def set_sort(self, column: str | None, descending: bool) -> None:
        self.sort_column, self.descending = column, bool(descending)

    def request(self) -> OrderRequest:
        """A new order to compute (the one before it, if still being computed, is dropped)."""
        self.generation += 1
        request = OrderRequest(self.generation, self.columns, self.sort_column, self.descending, self.status,
                               self.text)
        self.pending = request.big
        return request

    def is_current(self, generation: int) -> bool:
        """Is an order computed for ``generation`` the one to show? (Then nothing is pending.)"""
        if generation != self.generation:
            return False
        self.pending = False
        return True

    def select(self, project_rows) -> np.ndarray:
        """The plots to show selected (project rows), kept across new orders."""
        self.wanted = np.unique(np.asarray(list(project_rows), np.int64))
        return self.wanted

    def positions_of(self, project_rows: np.ndarray) -> np.ndarray:
        """Positions, in the order shown, of these project rows (those shown)."""
        shown = self.shown_rows
        if not len(project_rows) or not len(shown):
            return EMPTY
        return np.flatnonzero(np.isin(shown, project_rows))

    def rows_at(self, positions: np.ndarray) -> list[int]:
        """The project rows at these positions of the order shown, ascending."""
        return np.sort(self.shown_rows[np.asarray(positions, np.int64)]).tolist()  # rows shown are distinct
