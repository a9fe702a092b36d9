"""The language of an export: sezmap's translations and the locale's numbers and dates.

The app installs its language once (``sezmap.ui.i18n.set_language``, which sets the default
QLocale with the translators); an export asked for that language changes nothing. An export in
another language (the command line, tests) installs that language's translator on top for the
duration and puts everything back afterwards. QtCore only.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sezmap import paths
from sezmap.session.language import LANGUAGES

_QT_LANGUAGE = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}


class _SourceTexts(QTranslator):
    """English: every message is its source text (covers a Russian or Kazakh translator below)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt's signature
        return source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def using_language(language: str):
    """Translations, numbers and dates in ``language`` inside the block."""
    if language not in LANGUAGES:
        language = "en"
    app = QCoreApplication.instance()
    if app is None or QLocale().language() == _QT_LANGUAGE[language] and (language != "en" or _english_now()):
        yield  # already so (the app's language)
        return
    previous = QLocale()
    QLocale.setDefault(QLocale(_QT_LANGUAGE[language]))
    translator: QTranslator | None
    if language == "en":
        translator = _SourceTexts()
    else:
        translator = QTranslator()
        if not translator.load(str(paths.translations_dir() / f"sezmap_{language}.qm")):
            translator = None
    if translator is not None:
        app.installTranslator(translator)
    try:
        yield
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


def _english_now() -> bool:
    """No translator turns sezmap's texts into another language now."""
    return QCoreApplication.translate("sezmap", "Vacant") == "Vacant"
