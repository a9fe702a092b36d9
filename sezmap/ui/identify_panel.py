"""Identify results: the attributes of the features under the last click."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout

from sezmap.render import names
from sezmap.ui.panel import ProjectPanel


class IdentifyPanel(ProjectPanel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identifyTree")
        self.tree.setColumnCount(2)
        self._shown = (None, [])  # project and hits, shown again when the language changes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Identify results")

    def retranslate_captions(self) -> None:
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])

    def refresh(self) -> None:
        self.show_hits(*self._shown)

    def clear(self) -> None:
        self._shown = (None, [])

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
                text = names.value_text(column, row[column], decimals=2)
                item = QTreeWidgetItem(top, [names.field_label(column), text])
                item.setToolTip(0, column)
            self.tree.addTopLevelItem(top)
            top.setExpanded(n == 0)
        self.tree.resizeColumnToContents(0)
