"""The language a page is drawn in: its texts and its locale, for one thread, not the app's.

The window draws in the UI language: the application's translators and default QLocale
(``sezmap.ui.i18n.set_language``). An export in another language sets its own with
``using_language`` for the code that draws it: ``translate`` then asks that language's
translator (loaded from the shipped .qm once, never installed on the application; English
gives the source text) and ``locale`` gives that language's QLocale. Nothing global changes:
no LanguageChange reaches the widgets, the window's numbers keep their locale, and another
thread drawing meanwhile (the canvas) keeps the UI language. The language is a
``contextvars.ContextVar``, so a new thread starts without one (the UI language).

Without an export language both are exactly the application's (``QCoreApplication.translate``
and ``QLocale()``). QtCore only.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sezmap import paths
from sezmap.session.language import LANGUAGES

_QT_LANGUAGE = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}
_PERCENT_N = re.compile(r"%(L?)n")

_language: ContextVar[str | None] = ContextVar("sezmap_page_language", default=None)
_translators: dict[str, QTranslator | None] = {}  # language -> its loaded translator (None: no .qm)
_translators_lock = threading.Lock()


@contextlib.contextmanager
def using_language(language: str) -> Iterator[None]:
    """Texts, numbers and dates in ``language`` ("en", "ru" or "kk"; another: English) for the
    code run inside the block, in this thread (and context) only."""
    token = _language.set(language if language in LANGUAGES else "en")
    try:
        yield
    finally:
        _language.reset(token)


def current() -> str | None:
    """The export language set here, or None (the UI language)."""
    return _language.get()


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` in the language set here (the application's otherwise);
    with ``n``, the plural form of the translator and %n / %Ln replaced, as Qt does."""
    language = _language.get()
    if language is None:
        return QCoreApplication.translate(context, source, disambiguation, n)
    translator = _translator(language)
    text = translator.translate(context, source, disambiguation, n) if translator is not None else ""
    return _with_count(text or source, n)


def locale() -> QLocale:
    """The QLocale of the language set here, else the default one (the UI language's)."""
    language = _language.get()
    return QLocale() if language is None else QLocale(_QT_LANGUAGE[language])


def _translator(language: str) -> QTranslator | None:
    """``language``'s translator, loaded once (English: none, the source texts are English)."""
    if language == "en":
        return None
    with _translators_lock:
        if language not in _translators:
            translator = QTranslator()
            loaded = translator.load(str(paths.translations_dir() / f"sezmap_{language}.qm"))
            _translators[language] = translator if loaded else None
        return _translators[language]


def _with_count(text: str, n: int) -> str:
    """%n as ``n``, %Ln as ``n`` in the locale's digits (what Qt's translate does after its
    translators)."""
    if n < 0 or "%" not in text:
        return text
    return _PERCENT_N.sub(lambda m: locale().toString(n) if m.group(1) else str(n), text)
