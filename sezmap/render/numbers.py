"""Numbers and units as a language writes them: the one place sezmap formats a number.

``grouped(value, decimals, language)`` groups the digits and writes the decimal mark as the
language does ("4,592.0" in English, "4 592,0" in Russian and Kazakh, grouped by a no-break
space) and needs no Qt: the exports' ``Texts`` (and through them a zone's key figures,
``export/kpis.py``) write their numbers with it. The functions below write in the UI language
(``ui_language``: the default QLocale, which ``sezmap.ui.i18n.set_language`` sets, or an
export's language, ``sezmap.render.page_language``) with the unit words of Qt's translators;
the renderer and the widgets share them.
"""

from __future__ import annotations

import math

from sezmap.model.values import is_missing

NBSP = "\u00a0"
DASH = "—"  # a number that has no value
COMMA_DECIMALS = ("ru", "kk")  # languages that write "4 592,0"


def missing(value) -> bool:
    """None, NaN, NaT or pandas' NA: a cell with no value (an empty string is shown as is)."""
    return is_missing(value, blank_text=False)


def grouped(value, decimals: int = 0, language: str = "en") -> str:
    """``value`` with ``decimals`` decimals, its digits grouped as ``language`` writes them, or
    "—" when there is none."""
    if missing(value):
        return DASH
    v = float(value)
    if not math.isfinite(v):
        return DASH
    text = f"{v:,.{decimals}f}"
    if text.startswith("-") and not text.strip("-0.,"):  # a tiny negative rounded to nothing: "0", not "-0"
        text = text[1:]
    if language in COMMA_DECIMALS:
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def ui_language() -> str:
    """The UI language's code ("en", "ru" or "kk"), from the default QLocale; an export's
    language instead where one is set (``sezmap.render.page_language``)."""
    from PySide6.QtCore import QLocale

    from sezmap.render import page_language

    return {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}.get(page_language.locale().language(), "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a unit template for lupdate (context "sezmap"); ``_unit`` translates it."""
    return source


def _unit(template: str, text: str) -> str:
    from sezmap.render import page_language

    return page_language.translate("sezmap", template).replace("%1", text)


def number(value, decimals: int = 0) -> str:
    """``value`` with the UI language's digit grouping, or "—" when there is none."""
    return grouped(value, decimals, ui_language())


def hectares(value, decimals: int = 1) -> str:
    return DASH if missing(value) else _unit(QT_TRANSLATE_NOOP("sezmap", "%1 ha"), number(value, decimals))


def kilometres(value, decimals: int = 1) -> str:
    return DASH if missing(value) else _unit(QT_TRANSLATE_NOOP("sezmap", "%1 km"), number(value, decimals))


def metres(value, decimals: int = 1) -> str:
    return DASH if missing(value) else _unit(QT_TRANSLATE_NOOP("sezmap", "%1 m"), number(value, decimals))


def square_kilometres(value, decimals: int = 2) -> str:
    return DASH if missing(value) else _unit(QT_TRANSLATE_NOOP("sezmap", "%1 km²"), number(value, decimals))


def percent(value, decimals: int = 1) -> str:
    """A percentage (already times 100)."""
    return DASH if missing(value) else number(value, decimals) + NBSP + "%"


def ratio(value, decimals: int = 1) -> str:
    """A 0..1 ratio as a percentage."""
    return DASH if missing(value) else percent(100 * value, decimals)


def tenge(value) -> str:
    return DASH if missing(value) else number(value, 0) + NBSP + "₸"
