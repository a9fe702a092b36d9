"""Numbers and units as the UI language writes them (QLocale's grouping and decimal mark).

``sezmap.ui.i18n.set_language`` sets the default QLocale, so "4,592.0 ha" in English reads
"4 592,0 га" in Russian and Kazakh. QtCore only: the renderer and the widgets share it.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QLocale

from sezmap.model.values import is_missing


def missing(value) -> bool:
    """None, NaN, NaT or pandas' NA: a cell with no value (an empty string is shown as is)."""
    return is_missing(value, blank_text=False)


def number(value, decimals: int = 0) -> str:
    """``value`` with the locale's digit grouping, or "—" when there is none."""
    if missing(value):
        return "—"
    if decimals == 0 and isinstance(value, int):
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def hectares(value, decimals: int = 1) -> str:
    return "—" if missing(value) else QCoreApplication.translate("sezmap", "%1 ha").replace("%1", number(value, decimals))


def kilometres(value, decimals: int = 1) -> str:
    return "—" if missing(value) else QCoreApplication.translate("sezmap", "%1 km").replace("%1", number(value, decimals))


def metres(value, decimals: int = 1) -> str:
    return "—" if missing(value) else QCoreApplication.translate("sezmap", "%1 m").replace("%1", number(value, decimals))


def square_kilometres(value, decimals: int = 2) -> str:
    return "—" if missing(value) else QCoreApplication.translate("sezmap", "%1 km²").replace("%1", number(value, decimals))


def percent(value, decimals: int = 1) -> str:
    """A percentage (already times 100)."""
    return "—" if missing(value) else number(value, decimals) + " %"


def ratio(value, decimals: int = 1) -> str:
    """A 0..1 ratio as a percentage."""
    return "—" if missing(value) else percent(100 * value, decimals)


def tenge(value) -> str:
    return "—" if missing(value) else number(value, 0) + "\u00a0₸"
