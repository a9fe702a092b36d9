"""Numbers as people type them, read the same way by the plot form and the CLI.

Digit groups may be separated by spaces: a plain space, a no-break space (U+00A0), a narrow
no-break space (U+202F), a thin space (U+2009) or a figure space (U+2007), as pasted from
Russian and Kazakh documents (``4 500 000 000``). The decimal mark is the one the caller
names; the plot form passes its locale's (with the locale's group separator), the CLI passes
``EITHER_MARK``: a point or a comma, and no other grouping than spaces, so ``4,500`` (a
thousands comma or a decimal comma?) is refused rather than guessed. Exponents (``1.5e9``)
and a sign are read as Python reads them. The result is the number's text as Python reads it,
digits kept, so a whole number is read exactly (``whole_number``), never through a float.
"""

from __future__ import annotations

import re

from sezmap.model.problems import Reason

SPACES = " \u00a0\u2007\u202f\u2009"  # digit grouping people type or paste
EITHER_MARK = ""  # decimal_point for text with no locale (the CLI): "." or ","
PLAIN = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
AMBIGUOUS_COMMA = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+")


def not_a_number(name: str, text) -> ValueError:
    """The one refusal of a typed number, naming the field."""
    return ValueError(Reason(
        f"{name}: {str(text)!r} is not a number (digits, grouped by spaces if you like, and a decimal "
        "point or comma: 4 500 000 000 or 1 234,5)", "not_number", field=name, value=str(text)))


def _grouped(t: str, separators: str, marks: str) -> bool:
    """Whether the separators in ``t`` part whole-number digits into groups of three (``4 500``,
    ``-12 345,5``), and appear nowhere else (``45 00``, ``1,5 5`` are not numbers)."""
    whole = re.split("[" + re.escape(marks) + "eE]", t, maxsplit=1)[0]
    if any(ch in t[len(whole):] for ch in separators):
        return False
    sep = "[" + re.escape(separators) + "]"
    return re.fullmatch(r"[+-]?[0-9]{1,3}(" + sep + r"[0-9]{3})*", whole) is not None


def number_text(name: str, text, decimal_point: str = EITHER_MARK, group_separator: str = "") -> str:
    """``text`` as Python reads a number (``"4 500,5"`` -> ``"4500.5"``), or ValueError naming
    ``name``. ``decimal_point``/``group_separator``: the locale's marks (the plot form); by
    default a point or a comma and spaces only (the CLI)."""
    t = str(text).strip()
    separators = SPACES + (group_separator if group_separator != decimal_point else "")
    marks = "".join(m for m in (decimal_point or ",") + "." if m != group_separator)
    if any(ch in t for ch in separators) and not _grouped(t, separators, marks):
        raise not_a_number(name, text)
    for ch in SPACES:
        t = t.replace(ch, "")
    if decimal_point == EITHER_MARK:
        if AMBIGUOUS_COMMA.fullmatch(t):
            raise not_a_number(name, text)
        if "," in t and "." in t:
            raise not_a_number(name, text)
        t = t.replace(",", ".")
    else:
        if group_separator and group_separator != decimal_point:
            t = t.replace(group_separator, "")
        if decimal_point != ".":
            if "." in t and decimal_point in t:
                raise not_a_number(name, text)
            t = t.replace(decimal_point, ".")
    if not PLAIN.fullmatch(t):
        raise not_a_number(name, text)
    return t
