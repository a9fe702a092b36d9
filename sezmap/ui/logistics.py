"""Logistics: pick a zone and a hub, see the route along the corridors and its length."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout

from sezmap.render import names, numbers
from sezmap.ui import i18n
from sezmap.ui.panel import ProjectPanel


class LogisticsPanel(ProjectPanel):
    routeRequested = Signal(str, str)  # zone_id, hub_id
    routeCleared = Signal()

    def __init__(self, session=None, language=None, parent=None):
        super().__init__(session, language, parent)
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("routeZone")
        self.hub_box = QComboBox()
        self.hub_box.setObjectName("routeHub")
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self._request)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.routeCleared.emit)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # data, never markup
        self.result.setObjectName("routeResult")
        self.result.setWordWrap(True)
        self.form = QFormLayout()
        self.zone_caption, self.hub_caption = QLabel(), QLabel()
        self.form.addRow(self.zone_caption, self.zone_box)
        self.form.addRow(self.hub_caption, self.hub_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Logistics")

    def retranslate_captions(self) -> None:
        self.zone_caption.setText(self.tr("From zone:"))
        self.hub_caption.setText(self.tr("To hub:"))
        self.show_button.setText(self.tr("Show the route"))
        self.clear_button.setText(self.tr("Clear the route"))

    def clear(self) -> None:
        self.result.setText("")

    def set_zone(self, zone_id: str | None) -> None:
        if zone_id is not None:
            index = self.zone_box.findData(zone_id)
            if index >= 0:
                self.zone_box.setCurrentIndex(index)

    def _project_changed(self, session) -> None:
        super()._project_changed(session)
        self.set_zone(session.current_zone)

    def refresh(self) -> None:
        """Fill the zone and hub lists (names in the UI language), keeping the chosen items."""
        zone, hub = self.zone_box.currentData(), self.hub_box.currentData()
        self.zone_box.clear()
        self.hub_box.clear()
        if self.project is None:
            return
        for row in i18n.sorted_by_text(self.project.zones.drop(columns="geometry").to_dict("records"),
                                       lambda r: names.feature_name(r, self.language) or r["zone_id"]):
            self.zone_box.addItem(names.feature_name(row, self.language) or row["zone_id"], row["zone_id"])
        for row in i18n.sorted_by_text(self.project.hubs.drop(columns="geometry").to_dict("records"),
                                       lambda r: names.feature_name(r, self.language) or r["hub_id"]):
            label = f"{names.feature_name(row, self.language) or row['hub_id']} ({names.hub_kind_label(row['kind'])})"
            self.hub_box.addItem(label, row["hub_id"])
        for box, value in ((self.zone_box, zone), (self.hub_box, hub)):
            if value is not None and box.findData(value) >= 0:
                box.setCurrentIndex(box.findData(value))

    def _request(self) -> None:
        zone, hub = self.zone_box.currentData(), self.hub_box.currentData()
        if zone and hub:
            self.routeRequested.emit(zone, hub)

    def show_result(self, km: float | None, zone_name: str, hub_name: str, off_network_km: float = 0.0) -> None:
        """The route's length; with ``off_network_km`` (the straight legs to and from the nearest
        corridor, drawn dashed grey on the map), how much of it is not along any corridor."""
        if km is None:
            self.result.setText(self.tr("%1 cannot reach %2 along the corridors.")
                                .replace("%1", zone_name).replace("%2", hub_name))
        elif off_network_km >= 0.05:  # shows as 0.1 km or more
            self.result.setText(
                self.tr("%1 → %2: %3 km, of which %4 km off the corridor network "
                        "(straight lines to and from the nearest corridor, dashed grey on the map).")
                .replace("%1", zone_name).replace("%2", hub_name).replace("%3", numbers.number(km, 1))
                .replace("%4", numbers.number(off_network_km, 1)))
        else:
            self.result.setText(self.tr("%1 → %2: %3 km along the corridors (with the legs to and from the network).")
                                .replace("%1", zone_name).replace("%2", hub_name).replace("%3", numbers.number(km, 1)))
