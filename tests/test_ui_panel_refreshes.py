"""Panels follow the session's events and the language setting themselves: each event shows in
each panel that cares at most once (the window used to push into them as well, so that opening
a project or changing the language refreshed most panels two or three times)."""

import pytest
from PySide6.QtWidgets import QApplication

from factories import make_project

from sezmap.model.edits import PlotEdit
from sezmap.render import names

# what rebuilds a panel's contents (a table's edited rows shown again counts as one)
REBUILDS = ("refresh", "reload", "plots_edited")


@pytest.fixture
def counted(window):  # noqa: F811
    """The window's panels, each with a count of its rebuilds since the last ``take()``."""
    d = window.docks
    panels = {"table": d.table, "dashboard": d.dashboard, "identify": d.identify_panel, "logistics": d.logistics,
              "plot_form": d.plot_form, "history": d.history, "idle_review": d.idle_review}
    counts = dict.fromkeys(panels, 0)
    for key, panel in panels.items():
        for name in REBUILDS:
            real = getattr(panel, name, None)
            if real is None:
                continue

            def counting(*args, _real=real, _key=key, **kwargs):
                counts[_key] += 1
                return _real(*args, **kwargs)

            setattr(panel, name, counting)

    def take() -> dict[str, int]:
        QApplication.processEvents()  # posted LanguageChange events too
        seen = dict(counts)
        counts.update(dict.fromkeys(counts, 0))
        return seen

    return take


def test_each_panel_refreshes_once_per_event(window, counted, qtbot, tmp_path):  # noqa: F811
    take = counted
    qtbot.waitUntil(lambda: window.engine is not None, timeout=20000)
    take()

    window.open_project(make_project(tmp_path / "other.gpkg"), wait=True)  # a project opened
    assert take() == dict.fromkeys(("table", "dashboard", "identify", "logistics", "plot_form", "history",
                                    "idle_review"), 1)
    qtbot.waitUntil(lambda: window.engine is not None, timeout=20000)  # its analysis comes
    assert take() == {"table": 0, "dashboard": 1, "identify": 0, "logistics": 0, "plot_form": 0, "history": 0,
                      "idle_review": 1}

    window.select_zone("z1")
    assert take() == {"table": 1, "dashboard": 1, "identify": 0, "logistics": 0, "plot_form": 0, "history": 0,
                      "idle_review": 1}

    session = window.session
    window.set_selected_plots([session.row_of("p5")])
    assert take() == {"table": 0, "dashboard": 0, "identify": 0, "logistics": 0, "plot_form": 1, "history": 1,
                      "idle_review": 0}

    session.edit("Tenant of p5", [PlotEdit("p5", {"tenant": "New LLP"}, session.actor, "a test",
                                           expect_version=session.version_of("p5"))])
    assert take() == {"table": 1, "dashboard": 1, "identify": 1, "logistics": 0, "plot_form": 1, "history": 1,
                      "idle_review": 1}

    table = window.table
    status = table.model.columns.index("status")
    english = table.proxy.index(0, status).data()
    window.set_language("ru")
    # the table keeps its rows and order and draws its cells again in the new language
    assert take() == {"table": 0, "dashboard": 1, "identify": 1, "logistics": 1, "plot_form": 1, "history": 1,
                      "idle_review": 1}
    russian = table.proxy.index(0, status).data()
    assert russian != english and russian == names.status_label(window.project.plots["status"].iloc[
        int(table.proxy.rows[0])])
    window.set_language("ru")  # the language it has: nothing
    assert set(take().values()) == {0}
    window.set_language("en")
