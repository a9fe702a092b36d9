"""What the plot editing widgets work out, without Qt: a form's texts read into field values
with a problem code per bad field, the edits an Apply or a Withdraw makes (one per plot, only
the fields that change, refused as a whole when the status workflow forbids a plot's move),
the idle plots a review lists, plot areas on the ellipsoid, and files written whole.

The widgets (``sezmap.ui.plot_form``, ``history_panel``, ``audit_dialog``, ``idle_review``)
turn the problem codes into translated messages and hand the edits to ``ProjectSession.edit``.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from sezmap.analysis import fastgeom, geodesy
from sezmap.formats.atomic import write_text
from sezmap.model import coords
from sezmap.model import workflow
from sezmap.model.edits import AuditEntry, PlotEdit
from sezmap.model.validation import whole_number
from sezmap.model.values import is_missing

STATUS = "status"
TEXT_FIELDS = ("tenant", "project_name", "cadastral_no")
DATE_FIELDS = ("allocated_on", "contract_deadline")
MONEY_FIELDS = ("investment_committed_kzt", "investment_actual_kzt")
COUNT_FIELDS = ("jobs_planned",)
# the fields the plot form edits, in the order it shows them
FORM_FIELDS = (STATUS, *TEXT_FIELDS, *DATE_FIELDS, *MONEY_FIELDS, *COUNT_FIELDS)
WITHDRAWN = workflow.WITHDRAWN

# problem codes of one field's text (the widget words them)
NOT_A_DATE = "not_a_date"
NOT_A_NUMBER = "not_a_number"
NEGATIVE = "negative"
NOT_WHOLE = "not_whole"
CONTROL_CHARACTERS = "control_characters"

SPACES = " \t\u00a0\u2007\u202f\u2009_'"  # digit grouping people type or paste


@dataclass(frozen=True)
class Parsed:
    """One field's text read: its value (None: no value), or the problem code."""

    value: Any = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def parse_number(text: str, decimal_point: str = ".", group_separator: str = ",") -> float:
    """A number as the UI language writes it ("4 200 000,5" in Russian, "4,200,000.5" in
    English; spaces and the group separator ignored, "1.5e9" too); ValueError otherwise."""
    return float(number_text(text, decimal_point, group_separator))


def number_text(text: str, decimal_point: str = ".", group_separator: str = ",") -> str:
    """The text of a number as Python reads it (``parse_number``), digits kept exactly."""
    t = str(text).strip()
    for ch in SPACES:
        t = t.replace(ch, "")
    if group_separator and group_separator != decimal_point:
        t = t.replace(group_separator, "")
    if decimal_point != ".":
        if "." in t and decimal_point in t:
            raise ValueError(text)
        t = t.replace(decimal_point, ".")
    if not t or any(c not in "0123456789.eE+-" for c in t):
        raise ValueError(text)
    float(t)  # ValueError if it is not a number
    return t


def parse_field(name: str, text: str | None, decimal_point: str = ".", group_separator: str = ",") -> Parsed:
    """The value a form field's text stands for; empty text is no value (None)."""
    if text is None or not str(text).strip():
        return Parsed(None)
    text = str(text).strip()
    if name in DATE_FIELDS:
        try:
            if len(text) != 10:
                raise ValueError(text)
            return Parsed(dt.date.fromisoformat(text).isoformat())
        except ValueError:
            return Parsed(problem=NOT_A_DATE)
    if name in MONEY_FIELDS or name in COUNT_FIELDS:
        try:
            number = parse_number(text, decimal_point, group_separator)
        except ValueError:
            return Parsed(problem=NOT_A_NUMBER)
        if not math.isfinite(number):
            return Parsed(problem=NOT_A_NUMBER)
        if number < 0:
            return Parsed(problem=NEGATIVE)
        if name in COUNT_FIELDS:  # read from the digits, exactly (never through a float)
            try:
                return Parsed(whole_number(name, number_text(text, decimal_point, group_separator)))
            except ValueError:
                return Parsed(problem=NOT_WHOLE)
        return Parsed(float(number))
    if any(ord(c) < 32 for c in text):
        return Parsed(problem=CONTROL_CHARACTERS)
    return Parsed(text)


def display_text(name: str, value, decimal_point: str = ".") -> str:
    """A plot's value as the form shows it for editing (read back by ``parse_field`` unchanged):
    dates YYYY-MM-DD, numbers without grouping, no value as ""."""
    if value is None or is_missing(value) or type(value).__name__ in ("NaTType", "NAType"):
        return ""
    if name in DATE_FIELDS:
        return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]
    if name in MONEY_FIELDS or name in COUNT_FIELDS:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return str(value)
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            return str(int(value))  # exactly, however many digits
        if number == int(number) and abs(number) < 1e18:
            return str(int(number))
        return repr(number).replace(".", decimal_point)
    return str(value)


def same_value(name: str, old, new) -> bool:
    """Whether a form value ``new`` leaves a plot's ``old`` value as it is."""
    old_missing = old is None or is_missing(old) or type(old).__name__ in ("NaTType", "NAType")
    if new is None or (isinstance(new, str) and not new.strip()):
        return old_missing
    if old_missing:
        return False
    if name in DATE_FIELDS:
        return display_text(name, old) == display_text(name, new)
    if name in MONEY_FIELDS or name in COUNT_FIELDS:
        try:
            return float(old) == float(new)
        except (TypeError, ValueError):
            return False
    return str(old) == str(new)


@dataclass(frozen=True)
class FormValues:
    """A form read: the values to set and the problem code of each bad field."""

    values: dict[str, Any]
    problems: dict[str, str]


def read_form(texts: Mapping[str, str | None], batch: bool = False, decimal_point: str = ".",
              group_separator: str = ",") -> FormValues:
    """The form's field texts (``status``: the status code, or None to keep it) read.

    One plot (``batch`` False): every field given is set, empty text clears it.
    Several plots (``batch`` True): only the fields with text are set, the others kept.
    """
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name, text in texts.items():
        if name == STATUS:
            if text:
                values[STATUS] = str(text)
            continue
        if batch and (text is None or not str(text).strip()):
            continue
        parsed = parse_field(name, text, decimal_point, group_separator)
        if parsed.ok:
            values[name] = parsed.value
        else:
            problems[name] = parsed.problem
    return FormValues(values, problems)


@dataclass(frozen=True)
class EditPlan:
    """What an Apply would write: one PlotEdit per plot that changes, or why nothing may be.

    ``refused``: plot id -> why the workflow forbids its status change (then ``edits`` is empty:
    a batch is written whole or not at all); ``unchanged``: the plots already hold these values.
    """

    edits: list[PlotEdit] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    missing_reason: bool = False
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.edits) and not self.refused and not self.missing_reason


def plan_edits(records: Sequence[Mapping], values: Mapping[str, Any], actor: str, reason: str | None) -> EditPlan:
    """The edits that give every plot of ``records`` (its fields, as ``ProjectSession.plot_record``
    gives them, ``version`` included) these ``values``: only the fields that differ, the version
    each was read at expected, the status move checked against the workflow first."""
    edits: list[PlotEdit] = []
    refused: dict[str, str] = {}
    reason = (reason or "").strip()
    for rec in records:
        pid = str(rec["plot_id"])
        changes = {k: v for k, v in values.items() if not same_value(k, rec.get(k), v)}
        if not changes:
            continue
        if STATUS in changes:
            problem = workflow.transition_problem(rec.get(STATUS), changes[STATUS])
            if problem:
                refused[pid] = problem
                continue
        version = rec.get("version")
        edits.append(PlotEdit(pid, changes, actor, reason,
                              expect_version=None if is_missing(version) else int(version)))
    if refused:
        edits = []
    return EditPlan(edits, refused, missing_reason=not reason, unchanged=not edits and not refused)


class PlotRecords(Sequence):
    """Selected plots' fields as ``ProjectSession.plot_record`` gives them (missing values as
    None), each read when asked for from the project's columns: selecting every plot of a zone
    (half a million) costs nothing until they are listed one by one (a batch applied)."""

    def __init__(self, plots, rows):
        self.rows = np.asarray(rows, dtype=np.int64)
        self.names = [] if plots is None else list(plots.columns)
        self._values = {} if plots is None else {
            name: (plots[name].to_numpy() if getattr(plots[name].dtype, "kind", "O") in "fiub" else plots[name].array)
            for name in self.names}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        row = int(self.rows[i])
        out = {}
        for name in self.names:
            v = self._values[name][row]
            out[name] = None if not hasattr(v, "geom_type") and is_missing(v) else v
        return out

    def column(self, name: str) -> list:
        """One field of every plot, in order (missing values as None)."""
        if name not in self._values or not len(self.rows):
            return []
        return [None if is_missing(v) else v for v in np.asarray(self._values[name][self.rows], dtype=object)]

    def distinct(self, name: str) -> list:
        """The different values of one field (missing as None), each once."""
        if name not in self._values or not len(self.rows):
            return []
        import pandas as pd

        values = pd.unique(pd.Series(self._values[name][self.rows]))
        return [None if is_missing(v) else v for v in values]


def batch_statuses(statuses: Iterable) -> tuple[str, ...]:
    """The statuses a batch form offers: those at least one of the plots may go to (a plot that
    may not is named when the batch is applied)."""
    allowed: set[str] = set()
    for s in statuses:
        allowed.update(workflow.allowed_transitions(None if is_missing(s) else s))
    return tuple(s for s in workflow.STATUSES if s in allowed)


def can_withdraw(statuses: Iterable) -> bool:
    """Whether a Withdraw would change any of these plots."""
    return any(s != WITHDRAWN and WITHDRAWN in workflow.allowed_transitions(None if is_missing(s) else s)
               for s in statuses)


# --- idle plots -------------------------------------------------------------------------------

def idle_rows(engine, project, zone_id: str | None = None) -> np.ndarray:
    """Positions in ``project.plots`` of the engine's idle plots (of ``zone_id``, or of every
    zone), oldest contract deadline first (then by plot id)."""
    if engine is None or project is None:
        return np.zeros(0, np.int64)
    mask = np.asarray(engine.idle, dtype=bool).copy()
    if zone_id is not None:
        if zone_id not in engine.zone_ids:
            return np.zeros(0, np.int64)
        mask &= np.asarray(engine.zone) == engine.zone_ids.index(zone_id)
    rows = np.flatnonzero(mask)
    if not len(rows):
        return rows.astype(np.int64)
    plots = project.plots
    # each column looked up once (a GeoDataFrame column per row costs ~0.5 ms: minutes on 1M plots)
    deadlines = [display_text("contract_deadline", v) or "9999" for v in plots["contract_deadline"].iloc[rows].tolist()]
    ids = [str(v) for v in plots["plot_id"].iloc[rows].tolist()]
    order = sorted(range(len(rows)), key=lambda i: (deadlines[i], ids[i]))
    return rows[order].astype(np.int64)


def plot_hectares(geoms) -> np.ndarray:
    """Plot areas on the WGS84 ellipsoid, hectares: the analysis's vectorised equal-area
    computation (agrees with pyproj.Geod to ~1e-6 on plots; a Geod call per plot took ~20 s
    for the 256k idle plots of the 1M-plot benchmark project)."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return np.zeros(0)
    b = shapely.bounds(geoms)
    lon0, lat0 = float(np.nanmedian((b[:, 0] + b[:, 2]) / 2)), float(np.nanmedian((b[:, 1] + b[:, 3]) / 2))
    return fastgeom.cea_areas_m2(geoms, coords.rings(geoms), lon0, lat0) / geodesy.M2_PER_HA


# --- audit ------------------------------------------------------------------------------------

def newest_first(entries: Iterable[AuditEntry]) -> list[AuditEntry]:
    return sorted(entries, key=lambda e: e.id, reverse=True)


def history_of(store, plot_ids: Sequence[str], limit: int = 50) -> list[AuditEntry]:
    """The audit rows of these plots (at most ``limit`` plots), newest first."""
    if store is None:
        return []
    return newest_first(store.audit(plot_id=list(dict.fromkeys(plot_ids))[:limit]))


def short_value(field_name: str, value: str | None, width: int = 80) -> str:
    """An audit value to read in a table cell: geometry and a removed plot's JSON abridged."""
    if value is None:
        return ""
    text = str(value)
    if field_name == "geometry" and len(text) > width:
        return text[: width - 1] + "…"
    if len(text) > 4 * width:
        return text[: 4 * width - 1] + "…"
    return text


def write_text_atomically(path: str | os.PathLike, text: str, encoding: str = "utf-8", inputs=()) -> Path:
    """``text`` written to ``path`` whole or not at all, never over ``inputs`` (the project)
    or a special file (sezmap.formats.atomic)."""
    return write_text(path, text, encoding, inputs=inputs)



def listen(*pairs) -> Callable[[], None]:
    """Connect (signal, listener) pairs of the session; returns what disconnects them all (a
    widget calls it when it is destroyed, so the session never calls a deleted widget)."""
    for signal, listener in pairs:
        signal.connect(listener)

    def stop(*_args) -> None:
        for signal, listener in pairs:
            signal.disconnect(listener)

    return stop
