"""Qt translations: sezmap's own (resources/i18n/sezmap_<lang>.qm) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator

from PySide6.QtWidgets import QApplication

from sezmap.paths import translations_dir

_installed: list[QTranslator] = []


def set_language(language: str) -> bool:
    """Install the translators for ``language`` ("en", "ru" or "kk"); True if sezmap's loaded."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs the QApplication (make_app) first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale({"ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh}.get(
        language, QLocale.Language.English)))
    if isinstance(app, QApplication):  # open windows too: their number fields said "20.0" in Russian
        for window in app.topLevelWidgets():
            window.setLocale(QLocale())
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


def collator() -> QCollator:
    """Compares texts as the UI language sorts them (QLocale's default, set by set_language):
    Kazakh Ә after А, Қ after К, Ө after О; case ignored."""
    c = QCollator(QLocale())
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setNumericMode(True)
    return c


def sorted_by_text(items, key=lambda item: item):
    """``items`` sorted by ``key(item)`` (a text) in the UI language's order."""
    sort_key = collator().sortKey
    return sorted(items, key=lambda item: sort_key(str(key(item) or "")))


class Retranslated:
    """For a window or dialog (put before its Qt class): ``retranslate()`` runs again when the
    application's language changes (Qt sends every widget a LanguageChange event when
    ``set_language`` swaps the translators), so a dialog left open follows the switch."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
