"""A plot form's texts read into field values, without Qt: one problem code per bad field
(the widget words them), numbers as people type them (any digit grouping, the locale's decimal
point), dates as ISO days, and the rule for when a value counts as unchanged.

Used by ``sezmap.ui.plot_form``; the edits an Apply makes are ``session.batch_edits``'.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from sezmap.model import typed_numbers, workflow
from sezmap.model.apportion import COUNT_FIELDS, MONEY_FIELDS
from sezmap.model.validation import whole_number
from sezmap.model.values import is_missing

STATUS = "status"
TEXT_FIELDS = ("tenant", "project_name", "cadastral_no")
DATE_FIELDS = ("allocated_on", "contract_deadline")
# the fields the plot form edits, in the order it shows them
FORM_FIELDS = (STATUS, *TEXT_FIELDS, *DATE_FIELDS, *MONEY_FIELDS, *COUNT_FIELDS)
WITHDRAWN = workflow.WITHDRAWN

# problem codes of one field's text (the widget words them)
NOT_A_DATE = "not_a_date"
NOT_A_NUMBER = "not_a_number"
NEGATIVE = "negative"
NOT_WHOLE = "not_whole"
TOO_LARGE = "too_large"  # a whole number beyond 2**53 (validation.whole_number)
CONTROL_CHARACTERS = "control_characters"



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
    """The text of a number as Python reads it (``parse_number``), digits kept exactly: the
    reader the CLI uses too (``model.typed_numbers``), with the locale's marks."""
    return typed_numbers.number_text("number", text, decimal_point or ".", group_separator)


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
            except ValueError as exc:
                code = getattr(exc.args[0] if exc.args else None, "code", None)
                return Parsed(problem=TOO_LARGE if code == "beyond_exact" else NOT_WHOLE)
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
        if parsed.problem is None:
            values[name] = parsed.value
        else:
            problems[name] = parsed.problem
    return FormValues(values, problems)
