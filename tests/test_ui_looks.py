"""How the window looks to a planner (pytest-qt, offscreen), in English, Russian and Kazakh:
its first size, the imagery check's and the site search's texts and what they remember."""

from __future__ import annotations

import pytest

from sezmap.ui import i18n


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_fresh_window_opens_at_its_default_size_in_every_language(qtbot, isolated_settings, language):
    """Without a saved layout the window is 1400 × 900: the docks, tabbed, need far less (it grew
    to 1903 px in Russian and 2011 px in Kazakh, wider than a laptop's screen, from the docks'
    widths side by side before they were tabbed)."""
    from sezmap.ui.main_window import MainWindow

    isolated_settings.language = language
    i18n.set_language(language)
    try:
        w = MainWindow(isolated_settings)
        qtbot.addWidget(w)
        assert (w.width(), w.height()) == (1400, 900)
        assert w.minimumSizeHint().width() <= 1000
        w.tasks.shutdown()
        w.canvas.shutdown()
    finally:
        i18n.set_language("en")
