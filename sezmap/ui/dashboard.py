"""Zone dashboard: the analysis figures of the selected zone, its land use over time
(sezmap.ui.dashboard_trend) and charts comparing all zones."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from sezmap.export import kpis
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import names, numbers
from sezmap.session.idle_plots import ZoneIdleRows
from sezmap.ui.charts import BarChart
from sezmap.ui.dashboard_trend import DashboardTrend
from sezmap.ui.panel import ProjectPanel

UNUSED_COLOUR = "#F0E442"  # the vacant colour: unused land reads as vacant land everywhere
UNPARCELLED_COLOUR = "#D9D9D9"  # land of the zone in no plot
NETWORK_COLOUR = "#5D3A9B"
IDLE_LISTED = 40  # idle plots listed by id (each a link that selects it)


class Section(QGroupBox):
    """A framed part of the dashboard whose title wraps (QGroupBox titles do not, and a long
    translated title would widen the whole dock)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("sectionCaption")
        layout.addWidget(self.caption)
        self.content = layout

    def setTitle(self, title: str) -> None:  # noqa: N802 (Qt's name)
        self.caption.setText(f"<b>{title}</b>")

    def title(self) -> str:
        return self.caption.text().removeprefix("<b>").removesuffix("</b>")


class ZoneDashboard(ProjectPanel):
    plotsRequested = Signal(object)  # project row positions to select (an idle plot clicked)

    def __init__(self, session=None, language=None, parent=None):
        super().__init__(session, language, parent)
        self.engine = None
        self.zone_id: str | None = None
        self._names: dict = {}  # (layer, id) -> name in the UI language, for the project and language shown
        self._names_of: tuple | None = None
        self._idle_rows = np.zeros(0, np.int64)  # the zone's idle plots (project rows) listed
        self._zone_idle = ZoneIdleRows()  # ... kept in step with attribute edits
        inner = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        self.figures = QFormLayout()
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.figure_words: tuple[str, ...] = ()
        for key in ("area", "official_area", "allocated", "infrastructure", "unused", "plots", "idle",
                    "corridor", "border_crossing", "seaport", "dry_port"):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.figures.addRow(name, value)
            self.figure_labels[key] = (name, value)
        self.status_box = Section()
        self.status_chart = BarChart(fmt=numbers.hectares)
        self.status_box.content.addWidget(self.status_chart)
        self.unused_note = QLabel()  # what "unused" means, on screen
        self.unused_note.setObjectName("unusedDefinition")
        self.unused_note.setWordWrap(True)
        self.status_box.content.addWidget(self.unused_note)
        self.idle_box = Section()
        self.idle_list = QLabel()
        self.idle_list.setObjectName("idleList")
        self.idle_list.setWordWrap(True)
        self.idle_list.setTextFormat(Qt.TextFormat.RichText)
        self.idle_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.idle_list.linkActivated.connect(self._idle_link)
        self.idle_box.content.addWidget(self.idle_list)
        self.network_box = Section()
        self.network_chart = BarChart(fmt=lambda v: numbers.kilometres(v, 0))
        self.network_box.content.addWidget(self.network_chart)
        self.zones_box = Section()
        self.zones_chart = BarChart(fmt=lambda v: numbers.percent(v, 0))
        self.zones_chart.setObjectName("unusedChart")
        self.zones_chart.rowClicked.connect(self._zone_bar_clicked)  # a bar picks its zone
        self.zones_box.content.addWidget(self.zones_chart)
        self.trend = DashboardTrend(self, session)  # (its snapshots of the project for the trend's task)
        self.trend.updated.connect(self._show_trend)  # (not a refresh: only the trend's parts)
        self.trend_box = Section()
        self.trend_box.content.addWidget(self.trend.zone_chart)
        self.trend_box.content.addWidget(self.trend.zone_note)
        self.zones_box.content.addWidget(self.trend.zones_chart)
        self.zones_box.content.addWidget(self.trend.zones_note)
        self.note = QLabel()
        self.note.setWordWrap(True)
        box = QVBoxLayout(inner)
        box.addWidget(self.heading)
        box.addWidget(self.note)
        box.addLayout(self.figures)
        box.addWidget(self.status_box)
        box.addWidget(self.trend_box)
        box.addWidget(self.idle_box)
        box.addWidget(self.network_box)
        box.addWidget(self.zones_box)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")  # a tab title: short enough in every language

    def retranslate_captions(self) -> None:
        captions = {
            "area": self.tr("Area"), "official_area": self.tr("Official area"),
            "allocated": self.tr("Allocated"), "infrastructure": self.tr("Infrastructure"),
            "unused": self.tr("Unused"), "plots": self.tr("Plots"), "idle": self.tr("Idle plots"),
            "corridor": self.tr("Nearest corridor"), "border_crossing": self.tr("Nearest border crossing"),
            "seaport": self.tr("Nearest seaport"), "dry_port": self.tr("Nearest dry port"),
        }
        for key, (name, _value) in self.figure_labels.items():
            name.setText(captions[key] + ":")
        # the words of the values: export/kpis.py writes them (from the .ts files) for the
        # dashboard, the print layout, the web map and the slides alike; said here so that
        # lupdate keeps them in this context
        self.figure_words = (self.tr("%1 in a straight line"), self.tr("%Ln plot, %1 ha", "", 1),
                             self.tr("%Ln plots, %1 ha", "", 2))
        unused = self.unused_definition()
        for widget in (*self.figure_labels["unused"], self.zones_chart):
            widget.setToolTip(unused)
        self.unused_note.setText(unused)
        straight = self.tr("In a straight line (not along the corridors)")
        for key in ("corridor", "border_crossing", "seaport", "dry_port"):
            for widget in self.figure_labels[key]:
                widget.setToolTip(straight)
        self.status_box.setTitle(self.tr("Land by plot status"))
        self.idle_box.setTitle(self.tr("Idle plots (deadline passed, investment short)"))
        self.network_box.setTitle(self.tr("Distance along the corridors to the hubs"))
        self.zones_box.setTitle(self.tr("Unused land, all zones"))
        self.trend_box.setTitle(self.tr("Land use over time"))

    def unused_definition(self) -> str:
        return self.tr("Unused land: plots vacant, reserved or withdrawn, and land not parcelled.")

    def clear(self) -> None:
        self.engine = None
        self.trend.forget()
        self.zone_id = None
        self._names_of = None

    def set_engine(self, engine) -> None:
        self.engine = engine
        self.trend.schedule(self.project, engine)
        self.refresh()

    def _project_changed(self, session) -> None:
        self.project = session.project
        self.clear()
        self.engine, self.zone_id = session.engine, session.current_zone
        self.trend.schedule(self.project, self.engine)
        self.refresh()

    def _engine_changed(self, engine) -> None:
        if engine is not self.engine:  # (a project opened says "no engine yet" once more)
            self.set_engine(engine)

    def _plots_changed(self, event) -> None:
        self.trend.schedule(self.project, self.engine, after_edit=True)  # (debounced: a burst asks once)
        self.refresh(None if event.structural else event.rows)

    def set_zone(self, zone_id: str | None) -> None:
        self.zone_id = zone_id
        self.refresh()

    def _name_table(self) -> dict:
        """Names of zones, hubs and corridors in the UI language, read once per project and
        language (a frame lookup per name took ~5 ms: a quarter of a second per zone picked)."""
        project = self.project
        if project is None:
            return {}
        key = (id(project), id(project.zones), id(project.hubs), id(project.corridors), self.language)
        if self._names_of != key:
            table: dict[tuple[str, str], str] = {}
            for layer, frame, id_field in (("corridors", project.corridors, "corridor_id"),
                                           ("hubs", project.hubs, "hub_id"), ("zones", project.zones, "zone_id")):
                if frame is None or id_field not in frame.columns:
                    continue
                for row in frame.drop(columns="geometry", errors="ignore").to_dict("records"):
                    ident = str(row[id_field])
                    table.setdefault((layer, ident), names.feature_name(row, self.language) or ident)
            self._names, self._names_of = table, key
        return self._names

    def zone_name(self, zone_id: str) -> str:
        if self.project is None:
            return zone_id
        return self._name_table().get(("zones", str(zone_id)), zone_id)

    def hub_name(self, hub_id: str | None) -> str:
        if hub_id is None or self.project is None:
            return ""
        table = self._name_table()
        return table.get(("hubs", str(hub_id))) or table.get(("corridors", str(hub_id))) or hub_id

    def _target_names(self) -> dict[str, str]:
        """id -> name of the corridors and hubs (what the distances name)."""
        table = self._name_table()
        out = {ident: name for (layer, ident), name in table.items() if layer == "corridors"}
        out.update({ident: name for (layer, ident), name in table.items() if layer == "hubs"})
        return out

    def refresh(self, edited=None) -> None:
        """Show the figures again; ``edited``: the rows an attribute edit changed (only they are
        looked at again for the zone's idle list), None to read it all."""
        engine, project = self.engine, self.project
        if project is None:  # no captions without figures
            self.heading.setText("")
            self.note.setText(self.tr("No project is open."))
            self._show_zone_parts(False)
            self.zones_box.setVisible(False)
            return
        self.zones_box.setVisible(engine is not None)
        if engine is None:
            self.note.setText(self.tr("Computing the zone figures…"))
        else:
            self.note.setText(self.tr("Figures as of %1.").replace("%1", str(engine.as_of)))
            self._all_zones_chart(engine)
        self._show_trend()
        if self.zone_id is None:
            self.heading.setText("<h3>" + self.tr("Pick a zone on the map or in the toolbar") + "</h3>")
            for _name, value in self.figure_labels.values():
                value.setText("")
            self.status_chart.set_items([])
            self.network_chart.set_items([])
            self.idle_list.setText("")
            self._idle_rows = np.zeros(0, np.int64)
            self._show_zone_parts(False)
            return
        self._show_zone_parts(True)
        self.heading.setText(f"<h3>{html.escape(self.zone_name(self.zone_id))}</h3>")  # a name is text, not markup
        if engine is None or self.zone_id not in engine.metrics:
            self._known_figures(project)
            return
        m = engine.metrics[self.zone_id]
        figures = kpis.key_figures(m, self.language, self._target_names())
        for key, (name, value) in self.figure_labels.items():
            figure = getattr(figures, key)
            value.setText(figure.value if figure is not None else "")
            name.setVisible(figure is not None)  # no official area: no row
            value.setVisible(figure is not None)
        self.status_chart.set_items(
            [(names.status_label(s), m.status_area_ha.get(s, 0.0), STATUS_COLOURS[s]) for s in STATUSES]
            + [(self.tr("Not parcelled"), getattr(m, "unparcelled_ha", 0.0), UNPARCELLED_COLOUR)])
        self._idle_rows = self._zone_idle.of(engine, self.zone_id, edited)
        self.idle_list.setText(self._idle_links(engine))
        reach = sorted(((self.hub_name(h), v) for h, v in m.network_km.items() if v is not None), key=lambda t: t[1])
        self.network_chart.set_items([(name, v, NETWORK_COLOUR) for name, v in reach])

    def _idle_links(self, engine) -> str:
        """The zone's idle plots as links that select them (the first IDLE_LISTED by id, and all)."""
        rows = self._idle_rows
        if not len(rows):
            return self.tr("none")
        shown = [f'<a href="row:{int(r)}">{html.escape(engine.plot_id(r))}</a>' for r in rows[:IDLE_LISTED]]
        text = ", ".join(shown) + (" …" if len(rows) > IDLE_LISTED else "")
        n = len(rows)
        every = self.tr("select this idle plot") if n == 1 else self.tr("select all %Ln idle plots", "", n)
        return f'{text}<br><a href="all">{html.escape(every)}</a>'

    def _idle_link(self, link: str) -> None:
        """An idle plot's id (or "select all") clicked: those plots become the selection."""
        if link == "all":
            self.plotsRequested.emit([int(r) for r in self._idle_rows])
        elif link.startswith("row:"):
            self.plotsRequested.emit([int(link[4:])])

    def _known_figures(self, project) -> None:
        """Before the analysis: the figures the project gives as it is (the official area; the
        plot count once the plots are loaded); the others stay empty until the engine comes."""
        for _name, value in self.figure_labels.values():
            value.setText("")
        zones = project.zones
        rows = zones[zones["zone_id"] == self.zone_id]
        if len(rows) and "official_area_ha" in zones.columns:
            official = rows["official_area_ha"].iloc[0]
            if not numbers.missing(official):
                self.figure_labels["official_area"][1].setText(kpis.hectares(float(official), self.language))
        plots = project.plots
        if len(plots):
            count = int((plots["zone_id"] == self.zone_id).sum())
            self.figure_labels["plots"][1].setText(kpis.plot_count(count, self.language))
        self.status_chart.set_items([])
        self.network_chart.set_items([])
        self.idle_list.setText("")
        for box in (self.status_box, self.trend_box, self.idle_box, self.network_box):  # no titled empty boxes
            box.setVisible(False)
        for name, value in self.figure_labels.values():  # only the figures known yet
            name.setVisible(bool(value.text()))
            value.setVisible(bool(value.text()))

    def _show_zone_parts(self, visible: bool) -> None:
        for box in (self.status_box, self.trend_box, self.idle_box, self.network_box):
            box.setVisible(visible)
        for name, value in self.figure_labels.values():
            name.setVisible(visible)
            value.setVisible(visible)

    def _zone_bar_clicked(self, zone_id: str) -> None:
        if self.session is not None:
            self.session.set_zone(zone_id)

    def _all_zones_chart(self, engine) -> None:
        items = []
        for zid in engine.zone_ids:
            m = engine.metrics[zid]
            colour = QColor(UNUSED_COLOUR)
            items.append((self.zone_name(zid), 100 * m.unused_ratio, colour, zid))
        items.sort(key=lambda t: -t[1])
        self.zones_chart.set_items(items, highlight=self.zone_name(self.zone_id) if self.zone_id else None,
                                   maximum=100.0)

    def _show_trend(self) -> None:
        """The land use over time of the picked zone and of all zones, as last computed."""
        self.trend.show(self.zone_id, self.zone_name, self.tr("Unused"), self.tr("Allocated"))
