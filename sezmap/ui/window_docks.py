"""The main window's dock panels: which panel goes where, their default sizes, their titles.

Layers on the left; the zone dashboard, identify results, logistics and the plot editor tabbed
on the right; the attribute table along the bottom, tabbed with the plot history, the idle
plots review and the site search. The map canvas keeps most of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from sezmap.ui.attribute_table import AttributeTable
from sezmap.ui.dashboard import ZoneDashboard
from sezmap.ui.history_panel import HistoryPanel
from sezmap.ui.idle_review import IdleReview
from sezmap.ui.identify_panel import IdentifyPanel
from sezmap.ui.layers_dock import LayersPanel
from sezmap.ui.logistics import LogisticsPanel
from sezmap.ui.panel import ProjectPanel
from sezmap.ui.plot_form import PlotForm
from sezmap.ui.site_search_dock import SiteSearchDock

# Default sizes in pixels, for a window of 1600 x 1000 or so: the map keeps about
# 60 % of the width and two thirds of the height.
WINDOW_SIZE = (1400, 900)
LEFT_WIDTH = 230
RIGHT_WIDTH = 390
TABLE_HEIGHT = 180


def keep_titles_whole(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)


class WindowDocks(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        # the window makes a tab bar for each group of tabbed docks (again when the user regroups
        # them) with elided titles ("Сводка п…"): titles are kept whole, the bar scrolls instead
        window.installEventFilter(self)
        self.layers_panel = LayersPanel()
        # the panels follow the window's session and language setting themselves
        session, language = window.session, window.language_setting
        self.table = AttributeTable(session, language)
        self.dashboard = ZoneDashboard(session, language)
        self.identify_panel = IdentifyPanel(session, language)
        self.logistics = LogisticsPanel(session, language)
        self.plot_form = PlotForm(session, language)
        self.history = HistoryPanel(session, language)
        self.idle_review = IdleReview(session, language)
        self.site_search = SiteSearchDock(window)  # its panel, the results on the map, the exports
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.layers_dock = self._dock("LayersDock", self.layers_panel, left)
        self.table_dock = self._dock("TableDock", self.table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dashboard_dock = self._dock("DashboardDock", self.dashboard, right)
        self.identify_dock = self._dock("IdentifyDock", self.identify_panel, right)
        self.logistics_dock = self._dock("LogisticsDock", self.logistics, right)
        self.plot_form_dock = self._dock("PlotFormDock", self.plot_form, right)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea  # wide lists go under the map, beside the table
        self.history_dock = self._dock("HistoryDock", self.history, bottom)
        self.idle_dock = self._dock("IdleReviewDock", self.idle_review, bottom)
        self.site_search_dock = self._dock("SiteSearchDock", self.site_search.panel, bottom)
        # the idle list is built when its tab is shown (seconds on a million plots)
        self.idle_review.set_lazy(True)
        self.idle_dock.visibilityChanged.connect(lambda visible: self.idle_review.set_lazy(not visible))
        window.tabifyDockWidget(self.dashboard_dock, self.identify_dock)
        window.tabifyDockWidget(self.identify_dock, self.logistics_dock)
        window.tabifyDockWidget(self.logistics_dock, self.plot_form_dock)
        window.tabifyDockWidget(self.table_dock, self.history_dock)
        window.tabifyDockWidget(self.history_dock, self.idle_dock)
        window.tabifyDockWidget(self.idle_dock, self.site_search_dock)
        self.dashboard_dock.raise_()
        self.table_dock.raise_()
        # the docks whose panels show project data (ProjectPanel), in menu order
        self.panels: list[QDockWidget] = [self.table_dock, self.dashboard_dock, self.identify_dock,
                                          self.logistics_dock, self.plot_form_dock, self.history_dock,
                                          self.idle_dock, self.site_search_dock]
        self.all = [self.layers_dock] + self.panels
        self.apply_default_sizes()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished) and isinstance(event.child(), QTabBar):
            keep_titles_whole(event.child())
        return False

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def apply_default_sizes(self) -> None:
        """The default layout (a saved one, restored after this, wins)."""
        w = self.window
        w.resizeDocks([self.layers_dock, self.dashboard_dock], [LEFT_WIDTH, RIGHT_WIDTH], Qt.Orientation.Horizontal)
        w.resizeDocks([self.table_dock], [TABLE_HEIGHT], Qt.Orientation.Vertical)

    def default_window_size(self) -> None:
        """The window at its default size, once every dock is added and tabbed: sized before,
        the minimum of the docks side by side (1903 px in Russian) made it wider than a screen."""
        layout = self.window.layout()
        if layout is not None:
            layout.activate()  # the minimum of the docks as they are now
        self.window.resize(*WINDOW_SIZE)

    def restore_layout(self, state) -> None:
        """The docks as ``state`` (a saved layout) says, or as laid out by default (None).

        Qt (6.11) leaves a tab bar behind, shown, for each group of tabbed docks made after the
        first while the window is hidden: a bar of two empty tabs sat over the legend. Every
        bar is hidden and the layout laid again from its state, which shows the bars it uses."""
        w = self.window
        for bar in w.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.hide()
        w.restoreState(state if state is not None else w.saveState())

    def widgets(self):
        """The panels that show project data."""
        return [dock.widget() for dock in self.panels]

    def retranslate(self) -> None:
        """The docks' titles (each panel retranslates itself when the language setting changes)."""
        self.layers_dock.setWindowTitle(self.tr("Layers"))
        self.layers_panel.retranslate()
        for dock in self.panels:
            panel = dock.widget()
            if isinstance(panel, ProjectPanel):
                dock.setWindowTitle(panel.title())
