"""Qt translations: sezmap's own (resources/i18n/sezmap_<lang>.qm) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sezmap.paths import resources_dir

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "i18n"


def set_language(language: str) -> bool:
    """Install the translators for ``language`` ("en", "ru" or "kk"); True if sezmap's loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale({"ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}.get(
        language, QLocale.Language.English)))
    if language == "en":
        return True
    ok = False
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"sezmap_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
