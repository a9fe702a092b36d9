"""A date in words in the page's language (render.page_language): "8 December 2026",
"8 декабря 2026", and in Kazakh the year first, "2026 жылғы 8 желтоқсан". Pages, slides, web
maps and site lists say their dates so (no Qt widget)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from sezmap.render import numbers, page_language
from sezmap.render.layout_content import QT_TRANSLATE_NOOP

# A date in Kazakh: the year first, and the month "on that day" where the page says "as of"
# ("2026 жылғы 8 желтоқсандағы жағдай бойынша": the locative of an adjective, whose ending follows
# the word's last sound and vowels); QLocale has neither. The words are in the catalogue
# (context "dates"); Russian and English dates are QLocale's.
MONTHS = (QT_TRANSLATE_NOOP("dates", "January (a date's)"), QT_TRANSLATE_NOOP("dates", "February (a date's)"),
          QT_TRANSLATE_NOOP("dates", "March (a date's)"), QT_TRANSLATE_NOOP("dates", "April (a date's)"),
          QT_TRANSLATE_NOOP("dates", "May (a date's)"), QT_TRANSLATE_NOOP("dates", "June (a date's)"),
          QT_TRANSLATE_NOOP("dates", "July (a date's)"), QT_TRANSLATE_NOOP("dates", "August (a date's)"),
          QT_TRANSLATE_NOOP("dates", "September (a date's)"), QT_TRANSLATE_NOOP("dates", "October (a date's)"),
          QT_TRANSLATE_NOOP("dates", "November (a date's)"), QT_TRANSLATE_NOOP("dates", "December (a date's)"))
MONTHS_AS_OF = (
    QT_TRANSLATE_NOOP("dates", "January (as of a day)"), QT_TRANSLATE_NOOP("dates", "February (as of a day)"),
    QT_TRANSLATE_NOOP("dates", "March (as of a day)"), QT_TRANSLATE_NOOP("dates", "April (as of a day)"),
    QT_TRANSLATE_NOOP("dates", "May (as of a day)"), QT_TRANSLATE_NOOP("dates", "June (as of a day)"),
    QT_TRANSLATE_NOOP("dates", "July (as of a day)"), QT_TRANSLATE_NOOP("dates", "August (as of a day)"),
    QT_TRANSLATE_NOOP("dates", "September (as of a day)"), QT_TRANSLATE_NOOP("dates", "October (as of a day)"),
    QT_TRANSLATE_NOOP("dates", "November (as of a day)"), QT_TRANSLATE_NOOP("dates", "December (as of a day)"))
DATE_IN_WORDS = QT_TRANSLATE_NOOP("dates", "%2 %3 %1 (year, day, month)")


def date_text(day: dt.date, as_of: bool = True) -> str:
    """"6 December 2026" in the page's language (see render.page_language). In Kazakh the year
    comes first, "2026 жылғы 6 желтоқсан"; ``as_of``: the date as the page's "as of %1" phrases
    take it ("2026 жылғы 6 желтоқсандағы", before "жағдай бойынша")."""
    if numbers.ui_language() == "kk":  # (the page's language, else the app's)
        month = page_language.translate("dates", (MONTHS_AS_OF if as_of else MONTHS)[day.month - 1])
        return page_language.translate("dates", DATE_IN_WORDS).replace("%1", str(day.year)).replace(
            "%2", str(day.day)).replace("%3", month)
    return page_language.locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


