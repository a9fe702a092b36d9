"""Zone dashboard: the analysis figures of the selected zone and a chart comparing all zones."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import names, numbers
from sezmap.ui.charts import BarChart
from sezmap.ui.panel import ProjectPanel

UNUSED_COLOUR = "#F0E442"  # the vacant colour: unused land reads as vacant land everywhere


def pct(value) -> str:
    return numbers.ratio(value)


def km(value) -> str:
    return numbers.kilometres(value)


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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.engine = None
        self.zone_id: str | None = None
        inner = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        self.figures = QFormLayout()
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("area", "official", "allocated", "infrastructure", "unused", "plots", "idle",
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
        self.idle_box = Section()
        self.idle_list = QLabel()
        self.idle_list.setWordWrap(True)
        self.idle_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.idle_box.content.addWidget(self.idle_list)
        self.network_box = Section()
        self.network_chart = BarChart(fmt=lambda v: numbers.kilometres(v, 0))
        self.network_box.content.addWidget(self.network_chart)
        self.zones_box = Section()
        self.zones_chart = BarChart(fmt=lambda v: numbers.percent(v, 0))
        self.zones_chart.setObjectName("unusedChart")
        self.zones_box.content.addWidget(self.zones_chart)
        self.note = QLabel()
        self.note.setWordWrap(True)
        box = QVBoxLayout(inner)
        box.addWidget(self.heading)
        box.addWidget(self.note)
        box.addLayout(self.figures)
        box.addWidget(self.status_box)
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
        return self.tr("Zone dashboard")

    def retranslate_captions(self) -> None:
        captions = {
            "area": self.tr("Area"), "official": self.tr("Official area"),
            "allocated": self.tr("Allocated"), "infrastructure": self.tr("Infrastructure"),
            "unused": self.tr("Unused"), "plots": self.tr("Plots"), "idle": self.tr("Idle plots"),
            "corridor": self.tr("Nearest corridor"), "border_crossing": self.tr("Nearest border crossing"),
            "seaport": self.tr("Nearest seaport"), "dry_port": self.tr("Nearest dry port"),
        }
        for key, (name, _value) in self.figure_labels.items():
            name.setText(captions[key] + ":")
        self.status_box.setTitle(self.tr("Land by plot status"))
        self.idle_box.setTitle(self.tr("Idle plots (deadline passed, investment short)"))
        self.network_box.setTitle(self.tr("Distance along the corridors to the hubs"))
        self.zones_box.setTitle(self.tr("Unused land, all zones"))

    def clear(self) -> None:
        self.engine = None
        self.zone_id = None

    def set_engine(self, engine) -> None:
        self.engine = engine
        self.refresh()

    def set_zone(self, zone_id: str | None) -> None:
        self.zone_id = zone_id
        self.refresh()

    def zone_name(self, zone_id: str) -> str:
        rows = self.project.zones[self.project.zones["zone_id"] == zone_id]
        if len(rows) == 0:
            return zone_id
        return names.feature_name(rows.iloc[0].to_dict(), self.language) or zone_id

    def hub_name(self, hub_id: str | None) -> str:
        if hub_id is None or self.project is None:
            return ""
        rows = self.project.hubs[self.project.hubs["hub_id"] == hub_id]
        if len(rows) == 0:
            corridors = self.project.corridors[self.project.corridors["corridor_id"] == hub_id]
            rows = corridors
        if len(rows) == 0:
            return hub_id
        return names.feature_name(rows.iloc[0].to_dict(), self.language) or hub_id

    def refresh(self) -> None:
        engine = self.engine
        if self.project is None:
            self.heading.setText("")
            self.note.setText(self.tr("No project is open."))
            return
        if engine is None:
            self.note.setText(self.tr("Computing the zone figures…"))
        else:
            self.note.setText(self.tr("Figures as of %1.").replace("%1", str(engine.as_of)))
            self._all_zones_chart()
        if self.zone_id is None:
            self.heading.setText("<h3>" + self.tr("Pick a zone on the map or in the toolbar") + "</h3>")
            for _name, value in self.figure_labels.values():
                value.setText("")
            self.status_chart.set_items([])
            self.network_chart.set_items([])
            self.idle_list.setText("")
            self._show_zone_parts(False)
            return
        self._show_zone_parts(True)
        self.heading.setText(f"<h3>{self.zone_name(self.zone_id)}</h3>")
        if engine is None or self.zone_id not in engine.metrics:
            return
        m = engine.metrics[self.zone_id]
        figures = {
            "area": numbers.hectares(m.area_ha),
            "official": numbers.hectares(m.official_area_ha),
            "allocated": pct(m.allocated_ratio),
            "infrastructure": pct(m.infrastructure_ratio),
            "unused": pct(m.unused_ratio),
            "plots": numbers.number(m.plots),
            "idle": self.tr("%1 plots, %2 ha").replace("%1", numbers.number(m.idle_plots)).replace("%2", numbers.number(m.idle_area_ha, 1)),
        }
        for target in ("corridor", "border_crossing", "seaport", "dry_port"):
            dist, ident = m.nearest.get(target, (None, None))
            figures[target] = f"{km(dist)} — {self.hub_name(ident)}" if ident else km(dist)
        for key, text in figures.items():
            self.figure_labels[key][1].setText(text)
        self.status_chart.set_items(
            [(names.status_label(s), m.status_area_ha.get(s, 0.0), STATUS_COLOURS[s]) for s in STATUSES])
        k = engine.zone_ids.index(self.zone_id)
        idle_rows = np.flatnonzero((engine.zone == k) & engine.idle)
        ids = [str(engine.plot_ids[i]) for i in idle_rows]
        self.idle_list.setText(", ".join(ids[:40]) + (" …" if len(ids) > 40 else "") if ids else self.tr("none"))
        reach = sorted(((self.hub_name(h), v) for h, v in m.network_km.items() if v is not None), key=lambda t: t[1])
        self.network_chart.set_items([(name, v, "#5D3A9B") for name, v in reach])

    def _show_zone_parts(self, visible: bool) -> None:
        for box in (self.status_box, self.idle_box, self.network_box):
            box.setVisible(visible)
        for name, value in self.figure_labels.values():
            name.setVisible(visible)
            value.setVisible(visible)

    def _all_zones_chart(self) -> None:
        engine = self.engine
        items = []
        for zid in engine.zone_ids:
            m = engine.metrics[zid]
            colour = QColor(UNUSED_COLOUR)
            items.append((self.zone_name(zid), 100 * m.unused_ratio, colour))
        items.sort(key=lambda t: -t[1])
        self.zones_chart.set_items(items, highlight=self.zone_name(self.zone_id) if self.zone_id else None,
                                   maximum=100.0)
