"""Identify results: the attributes of the features under the last click."""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

from sezmap.render import names, numbers
from sezmap.ui.panel import ProjectPanel

YEAR_FIELDS = ("established", "expires")  # whole years: never grouped


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt reads a tooltip that looks like markup as rich
    text, so data (a field name, a zone id from the file) goes in escaped."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)


class IdentifyPanel(ProjectPanel):
    def __init__(self, session=None, language=None, parent=None):
        super().__init__(session, language, parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identifyTree")
        self.tree.setColumnCount(2)
        self._shown: tuple[object, list] = (None, [])  # project and hits, shown again when the language changes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Identify")  # a tab title: short enough in every language

    def retranslate_captions(self) -> None:
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])

    def refresh(self) -> None:
        self.show_hits(*self._shown)

    def clear(self) -> None:
        self._shown = (None, [])

    def _plots_changed(self, _event) -> None:
        self.refresh()

    def value_text(self, project, layer_id: str, column: str, value) -> str:
        """A value as the panel shows it: years as years (2035, not 2,035), a plot's zone by its
        name in the UI language, the rest as the attribute table shows it."""
        if numbers.missing(value):
            return ""
        if column in YEAR_FIELDS:
            try:
                return str(int(value))
            except (TypeError, ValueError):
                return str(value)
        if column == "zone_id" and layer_id != "zones" and project is not None:
            zones = project.zones
            match = zones[zones["zone_id"] == value]
            if len(match):
                return names.feature_name(match.iloc[0].to_dict(), self.language) or str(value)
        return names.value_text(column, value, decimals=2)

    def show_hits(self, project, hits) -> None:
        self._shown = (project, list(hits))
        self.tree.clear()
        if project is None:
            return
        for n, hit in enumerate(hits):
            frame = project.layer(hit.layer_id)
            row = frame.iloc[hit.row]
            name = names.feature_name(row, self.language)
            top = QTreeWidgetItem([names.layer_title(hit.layer_id), name or hit.feature_id])
            for column in frame.columns:
                if column == frame.geometry.name:
                    continue
                text = self.value_text(project, hit.layer_id, column, row[column])
                item = QTreeWidgetItem(top, [names.field_label(column), text])
                item.setToolTip(0, plain_tooltip(column))
                item.setData(0, Qt.ItemDataRole.UserRole, column)  # the field's name, for code that reads the tree
                if column == "zone_id" and hit.layer_id != "zones" and text != str(row[column]):
                    item.setToolTip(1, plain_tooltip(str(row[column])))  # the zone's id, for those who script
            self.tree.addTopLevelItem(top)
            top.setExpanded(n == 0)
        self.tree.resizeColumnToContents(0)
