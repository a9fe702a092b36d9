"""The language of an export: ``using_language(language)`` around the code that draws a page,
a deck's map or a sites PDF.

It sets the language of ``sezmap.render.page_language`` for the thread (and context) that
draws: the page's texts and its numbers and dates are in that language, while the
application's translators and default QLocale (the window's language) are left alone.
"""

from __future__ import annotations

from sezmap.render.page_language import using_language

__all__ = ["using_language"]
