"""Texts and numbers of the web map and the slide deck in English, Russian or Kazakh, without Qt.

Every word comes from the app's one translation catalogue, its .ts files
(``resources/i18n/sezmap_<lang>.ts``), looked up by context and source text as Qt looks them
up: the app's own contexts for words the app shows too (statuses, layers, fields, units:
"sezmap"; the key figures: "ZoneDashboard"), "export" for words only the exports use. The
exports write those as ``texts.translate("export", "…")``, so pyside6-lupdate finds them in
sezmap/export/ like the app's ``tr()`` calls, and resources/i18n/fill_translations.py fills
them in from resources/i18n/tables/export.py (it fails on any left untranslated). Numbers are
grouped as the language writes them ("4,592.0" in English, "4 592,0" in Russian and Kazakh)
by render/numbers.py, as the app's are.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from sezmap.model.values import is_missing
from sezmap.paths import translations_dir
from sezmap.render import numbers
from sezmap.session.language import LANGUAGES

NBSP = "\u00a0"


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str | list[str]]:
    """(context, source) -> the finished translation in ``language`` (a plural message: its
    forms) from the app's .ts file; empty for English or a missing file."""
    out: dict[tuple[str, str], str | list[str]] = {}
    if language == "en" or language not in LANGUAGES:
        return out
    try:
        root = ET.parse(translations_dir() / f"sezmap_{language}.ts").getroot()
    except (OSError, ET.ParseError):
        return out
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [(form.text or "").strip() for form in node.iter("numerusform")]
                if forms and all(forms):
                    out[(name, source)] = forms
            elif node.text is not None and node.text.strip():
                out[(name, source)] = node.text.strip()
    return out


def arg(text: str, *values) -> str:
    """``text`` with %1, %2, … replaced by ``values`` (Qt's ``QString.arg``)."""
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms ``n`` takes (Qt's rules: Russian has three)."""
    n = abs(int(n))
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1


class Texts:
    """Translations and number formats for one language ("en", "ru" or "kk"; others read English)."""

    def __init__(self, language: str = "en"):
        self.language = language if language in LANGUAGES else "en"

    def translate(self, context: str, source: str) -> str:
        """``source`` of ``context`` in this language (the English source where the catalogue
        has none). Written with two literal strings, as Qt's ``translate``, lupdate finds it;
        ``arg`` fills in the %1, %2, … afterwards."""
        text = catalogue(self.language).get((context, source), source)
        return text if isinstance(text, str) else source  # a plural message wants ``plural``

    def plural(self, one: str, many: str, n: int, *args, context: str) -> str:
        """``one`` or ``many`` (English sources with %Ln, the count) in the plural form ``n``
        takes in this language, as Qt's ``tr(many, "", n)`` writes it, with ``args`` filled in."""
        text = one if n == 1 else many
        forms = catalogue(self.language).get((context, many))
        if isinstance(forms, list):
            text = forms[min(plural_form(self.language, n), len(forms) - 1)]
        return arg(text.replace("%Ln", self.number(int(n))), *args)

    # --- numbers ----------------------------------------------------------------------------

    def number(self, value, decimals: int = 0) -> str:
        return numbers.grouped(value, decimals, self.language)

    def separators(self) -> tuple[str, str]:
        """(decimal sign, thousands separator) as ``number`` writes them in this language (for a
        page's script: its own numbers and the measure tool's)."""
        return self.number(0.5, 1)[1:-1], self.number(1000)[1:-3]

    def hectares(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else arg(self.translate("sezmap", "%1 ha"), self.number(value, decimals))

    def kilometres(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else arg(self.translate("sezmap", "%1 km"), self.number(value, decimals))

    def ratio(self, value, decimals: int = 1) -> str:
        return "—" if _none(value) else self.number(100.0 * float(value), decimals) + NBSP + "%"

    def tenge(self, value) -> str:
        return "—" if _none(value) else self.number(value, 0) + NBSP + "₸"


def _none(value) -> bool:
    return value is None or is_missing(value, blank_text=False)


def name_of(row, language: str) -> str:
    """A feature's name in ``language``: name_<lang>, else Russian, else English (as the app)."""
    from sezmap.render.names import first_text

    return first_text(row, {"kk": ("name_kk", "name_ru", "name_en"), "ru": ("name_ru", "name_en")}.get(
        language, ("name_en", "name_ru")))
