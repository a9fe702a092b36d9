"""Identify results: the attributes of the features under the last click."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sezmap.render import names, numbers


def _text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return numbers.number(value, 2).rstrip("0").rstrip(QLocale().decimalPoint())
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


class IdentifyPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identifyTree")
        self.tree.setColumnCount(2)
        self.language = "en"
        self._shown = (None, [])  # project and hits, shown again when the language changes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Identify results")

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.show_hits(*self._shown)

    def set_language(self, language: str) -> None:
        self.language = language
        self.show_hits(*self._shown)

    def set_project(self, project, scene=None) -> None:
        self.show_hits(None, [])

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
                value = row[column]
                text = _text(value)
                if text and column in ("status", "kind", "mode", "category"):
                    text = names.value_label(column, value)
                item = QTreeWidgetItem(top, [names.field_label(column), text])
                item.setToolTip(0, column)
            self.tree.addTopLevelItem(top)
            top.setExpanded(n == 0)
        self.tree.resizeColumnToContents(0)
