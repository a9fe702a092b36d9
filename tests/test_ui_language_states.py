"""Language switches in every state of the window: no view is left holding an
index or a selection into a model that changed under it.

The crash seen (QSortFilterProxyModel::parent <- QItemSelectionModel::hasSelection <-
QHeaderView::paintEvent) came from a model announcing a new layout (layoutChanged) without
announcing it beforehand, so the proxy dropped its mappings under the selection's indexes. Here
every model shown by a view is watched for that class of mistake, and the same scenario runs
in a subprocess with MALLOC_PERTURB_ (freed memory overwritten), where such a mistake crashes.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView

import language_scenario as scenario
from sezmap import paths

HERE = Path(__file__).resolve().parent


@pytest.fixture
def default_copy(tmp_path):
    target = tmp_path / "default.gpkg"
    shutil.copy(paths.default_project(), target)
    return str(target)


class ModelWatch:
    """Pairs of announcements a model owes its views: layoutAboutToBeChanged before layoutChanged,
    modelAboutToBeReset before modelReset, rows and columns announced before they change."""

    PAIRS = (("layoutAboutToBeChanged", "layoutChanged"), ("modelAboutToBeReset", "modelReset"),
             ("rowsAboutToBeInserted", "rowsInserted"), ("rowsAboutToBeRemoved", "rowsRemoved"),
             ("rowsAboutToBeMoved", "rowsMoved"), ("columnsAboutToBeInserted", "columnsInserted"),
             ("columnsAboutToBeRemoved", "columnsRemoved"))

    def __init__(self, model: QAbstractItemModel, name: str):
        self.model, self.name = model, name
        self.open = {before: 0 for before, _after in self.PAIRS}
        self.faults: list[str] = []
        for before, after in self.PAIRS:
            getattr(model, before).connect(lambda *_a, b=before: self._before(b))
            getattr(model, after).connect(lambda *_a, b=before, a=after: self._after(b, a))
        model.dataChanged.connect(self._data_changed)

    def _before(self, before):
        self.open[before] += 1

    def _after(self, before, after):
        if self.open[before] <= 0:
            self.faults.append(f"{self.name}: {after} without {before}")
        else:
            self.open[before] -= 1

    def _data_changed(self, top_left, bottom_right, *_roles):
        rows = self.model.rowCount(top_left.parent())
        if not (top_left.isValid() and bottom_right.isValid() and bottom_right.row() < rows):
            self.faults.append(f"{self.name}: dataChanged outside the model ({top_left.row()}..{bottom_right.row()}"
                               f" of {rows})")


def watch_views(window, watches: dict) -> None:
    """Watch the model of every item view of the window and of its dialogs (once each)."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and id(model) not in watches:
            watches[id(model)] = ModelWatch(model, f"{view.objectName() or type(view).__name__}"
                                                   f"/{type(model).__name__}")


def stale_selections(window) -> list[str]:
    """Selected indexes that do not point into their view's model as it is now."""
    faults = []
    for view in window.findChildren(QAbstractItemView):
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None:
            continue
        for index in selection.selectedIndexes()[:2000]:
            if not index.isValid() or index.model() is not model or index.row() >= model.rowCount(index.parent()):
                faults.append(f"{view.objectName()}: stale selected index row {index.row()}")
    return faults


@pytest.mark.slow
def test_no_view_keeps_stale_indexes_across_language_switches(qtbot, isolated_settings, default_copy):
    from sezmap.ui.main_window import MainWindow

    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    window.open_project(default_copy, wait=True)
    window.start_analysis(wait=True)
    watches: dict = {}
    try:
        for state in scenario.STATES:
            scenario.enter_state(window, qapp, state)
            watch_views(window, watches)
            scenario.switch_languages(window, qapp)
            faults = [f for w in watches.values() for f in w.faults] + stale_selections(window)
            assert not faults, f"after {state}: " + "; ".join(faults)
        assert window.selected_plots, "the plot picked stays selected"
        assert window.table.selected_rows(), "the table still shows the selection"
    finally:
        if window.edits.audit is not None:
            window.edits.audit.close()
        window.canvas.shutdown()
        from sezmap.ui import i18n

        i18n.set_language("en")


@pytest.mark.slow
@pytest.mark.parametrize("states", [("zone", "plot"), scenario.STATES])
def test_language_switches_do_not_crash_the_app(default_copy, states):
    """The steps of the reported bug (pick a zone, Identify a plot, switch the language) and every later state,
    in a process of its own with freed memory overwritten: a dangling index crashes it (exit 139)."""
    env = dict(os.environ, MALLOC_PERTURB_="165", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE / "language_scenario.py"), default_copy, *states],
                          env=env, capture_output=True, text=True, timeout=600, cwd=str(HERE.parent))
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-3000:]}"
    assert [line for line in done.stdout.splitlines() if line.endswith(": ok")] == [f"{s}: ok" for s in states]
