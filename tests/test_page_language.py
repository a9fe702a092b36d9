"""sezmap.render.page_language: an export's language for the code that draws it, in its own
thread and context, the application's translators and default locale untouched; without one,
exactly the application's."""

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from sezmap.render.date_words import date_text
from sezmap.render import numbers, page_language
from sezmap.render.page import layout_text
from sezmap.render.page_language import using_language
from sezmap.ui import i18n

COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1001, 1021, 468_910]
TEXTS = [("sezmap", "Vacant"), ("layout", "Legend"), ("sezmap", "%1 ha"), ("layout", "Key figures")]


@pytest.fixture
def russian_ui(qapp):
    i18n.set_language("ru")
    yield
    i18n.set_language("en")


def test_without_an_export_language_it_is_the_apps(russian_ui):
    assert page_language.current() is None
    for context, source in TEXTS:
        assert page_language.translate(context, source) == QCoreApplication.translate(context, source)
    assert layout_text("legend") == "Легенда"
    assert page_language.locale() == QLocale() and QLocale().language() == QLocale.Language.Russian


def test_an_english_page_from_a_russian_window(russian_ui):
    with using_language("en"):
        assert page_language.translate("sezmap", "Vacant") == "Vacant"
        assert layout_text("legend") == "Legend"
        assert numbers.hectares(4592.04) == "4,592.0 ha"
        assert date_text(dt.date(2025, 3, 1)) == "1 March 2025"
        assert QCoreApplication.translate("sezmap", "Vacant") == "Свободен"  # the app's still Russian
        assert QLocale().language() == QLocale.Language.Russian
    assert layout_text("legend") == "Легенда"


@pytest.mark.parametrize(("language", "legend", "date"), [("ru", "Легенда", "1 марта 2025"),
                                                          ("kk", "Шартты белгілер", "2025 жылғы 1 наурыздағы")])
def test_a_page_in_another_language_leaves_the_app_alone(qapp, language, legend, date):
    i18n.set_language("en")
    with using_language(language):
        assert page_language.current() == language
        assert layout_text("legend") == legend
        assert date_text(dt.date(2025, 3, 1)) == date
        if language == "kk":  # as the page's "as of" takes it (above), and as it is
            assert date_text(dt.date(2025, 3, 1), as_of=False) == "2025 жылғы 1 наурыз"
            assert [date_text(dt.date(2025, m, 8))[len("2025 жылғы 8 "):] for m in (4, 7, 9, 12)] == [
                "сәуірдегі", "шілдедегі", "қыркүйектегі", "желтоқсандағы"]
        assert numbers.ui_language() == language
        assert numbers.hectares(4592.04) == "4\u00a0592,0 га"
        # the application: its translators and its default locale as they were
        assert QCoreApplication.translate("layout", "Legend") == "Legend"
        assert QLocale().language() == QLocale.Language.English
    assert page_language.current() is None and layout_text("legend") == "Legend"


def test_another_thread_meanwhile_draws_in_the_ui_language(qapp):
    """The language is the context's: the window's canvas thread, started while an export runs,
    keeps the UI's; a thread of the export's, given its context, has the export's."""
    import contextvars

    i18n.set_language("en")
    seen = {}
    with using_language("ru"):
        other = threading.Thread(target=lambda: seen.update(other=layout_text("legend")))
        other.start()
        other.join()
        context = contextvars.copy_context()
        own = threading.Thread(target=lambda: context.run(lambda: seen.update(own=layout_text("legend"))))
        own.start()
        own.join()
        seen["here"] = layout_text("legend")
    assert seen == {"other": "Legend", "own": "Легенда", "here": "Легенда"}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_counts_are_written_as_qts_own_translate_writes_them(qapp, language):
    """The plural form and the %Ln digits of the page's translator equal those of
    QCoreApplication.translate with the same catalogue installed on the app (the UI in that language)."""
    i18n.set_language(language)
    try:
        qt = [QCoreApplication.translate("ZoneDashboard", "%Ln plots, %1 ha", None, n) for n in COUNTS]
    finally:
        i18n.set_language("en")
    with using_language(language):
        ours = [page_language.translate("ZoneDashboard", "%Ln plots, %1 ha", None, n) for n in COUNTS]
    assert ours == qt
    assert len(set(ours)) > 3  # (translated, in several forms)
