"""The imagery check's review list: each checked plot's zone, id, reported status, flag, built
fraction, mean and hectares, filtered by flag and sortable; a row picked shows its plot on the
map, "Edit plot…" (or a double-click) opens the plot editor with the check's reason filled in.

The list follows ``session.imagery_review.ImageryReview`` (no Qt there); the window wires what a
picked row and an edit do (``ui.window_imagery``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from sezmap.analysis.imagery import PlotCheck
from sezmap.model.statuses import STATUS_COLOURS
from sezmap.render import names, numbers
from sezmap.render.imagery_layers import flag_label
from sezmap.session.imagery_review import FLAGGED, ImageryReview
from sezmap.ui.panel import ProjectPanel
from sezmap.ui.text_table import TextTableModel, list_view

COLUMNS = ("zone_id", "plot_id", "status", "flag", "built_fraction", "mean", "area_ha")
NUMERIC = ("built_fraction", "mean", "area_ha")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_COLOURS = {"looks_unbuilt": "#B2182B", "looks_built": "#542788", "no_data": "#999999", "consistent": "#1B9E77"}
# the filter's choices: which flags each lists
FILTERS = {"flagged": FLAGGED, "looks_unbuilt": ("looks_unbuilt",), "looks_built": ("looks_built",),
           "no_data": ("no_data",), "consistent": ("consistent",),
           "all": ("looks_unbuilt", "looks_built", "no_data", "consistent")}


class ImageryTableModel(TextTableModel):
    keys = COLUMNS
    right_aligned = frozenset(NUMERIC)
    decorated = frozenset({"status", "flag"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks: list[PlotCheck] = []
        self.zone_names: dict[str, str] = {}

    def set_checks(self, checks: list[PlotCheck], zone_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.checks, self.zone_names = list(checks), dict(zone_names)
        self.forget_texts()
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.checks)

    def caption(self, key: str) -> str:
        captions = {"status": self.tr("Reported status"), "flag": self.tr("Flag"),
                    "built_fraction": self.tr("Built, %"), "mean": self.tr("Mean value"),
                    "area_ha": self.tr("Area, ha")}
        return captions.get(key) or names.field_label(key)

    def row_texts(self, row: int) -> tuple[str, ...]:
        language = numbers.ui_language()
        return tuple(self.text(self.checks[row], column, language) for column in COLUMNS)

    def text(self, check: PlotCheck, column: str, language: str) -> str:
        if column == "zone_id":
            return self.zone_names.get(check.zone_id or "", check.zone_id or "")
        if column == "status":
            return names.status_label(check.status) if check.status else ""
        if column == "flag":
            return flag_label(check.flag)
        if column == "built_fraction":
            return numbers.grouped(None if check.built_fraction is None else 100 * check.built_fraction, 0, language)
        if column == "mean":
            return numbers.grouped(check.mean, 3, language)
        if column == "area_ha":
            return numbers.grouped(check.area_ha, 2, language)
        return check.plot_id

    def cell_data(self, row: int, key: str, role):
        check = self.checks[row]
        if role == SORT_ROLE:
            value = getattr(check, key)
            if key in NUMERIC:
                return -1e300 if value is None else float(value)
            return self.texts(row)[COLUMNS.index(key)]
        if role == Qt.ItemDataRole.DecorationRole and key == "status" and check.status:
            return QColor(STATUS_COLOURS.get(check.status, "#FF00FF"))
        if role == Qt.ItemDataRole.DecorationRole and key == "flag":
            return QColor(FLAG_COLOURS.get(check.flag, "#FF00FF"))
        return None


class ImageryPanel(ProjectPanel):
    plotPicked = Signal(str)  # a plot id: show it on the map
    editRequested = Signal(str)  # a plot id: open the editor with the check's reason
    runRequested = Signal()  # "Check…": the dialog

    def __init__(self, session, language, review: ImageryReview, parent=None):
        super().__init__(session, language, parent)
        self.review = review
        self.model = ImageryTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = list_view("imageryList", self.proxy)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda index: self.edit_current())
        self.filter = QComboBox()
        self.filter.setObjectName("imageryFilter")
        for key in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self.review.set_shown(FILTERS[self.filter.currentData()]))
        self.filter_label = QLabel()
        self.run_button = QPushButton()
        self.run_button.setObjectName("imageryRun")
        self.run_button.clicked.connect(self.runRequested.emit)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("imageryEdit")
        self.edit_button.clicked.connect(self.edit_current)
        self.note = QLabel()
        self.note.setObjectName("imageryNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # a file name: data, never markup
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        review.changed.connect(self.refresh)
        self.destroyed.connect(lambda *_: review.changed.disconnect(self.refresh))
        self.retranslate()

    # --- panel --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Imagery check")

    def retranslate_captions(self) -> None:
        texts = {"flagged": self.tr("Flagged (both kinds)"), "looks_unbuilt": flag_label("looks_unbuilt"),
                 "looks_built": flag_label("looks_built"), "no_data": flag_label("no_data"),
                 "consistent": flag_label("consistent"), "all": self.tr("All checked plots")}
        for i in range(self.filter.count()):
            self.filter.setItemText(i, texts[self.filter.itemData(i)])
        self.filter_label.setText(self.tr("Show:"))
        self.run_button.setText(self.tr("Check against imagery…"))
        self.edit_button.setText(self.tr("Edit plot…"))
        self.edit_button.setToolTip(self.tr("Open the plot editor with the check's figures as the reason"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def zone_names(self) -> dict[str, str]:
        project = self.session.project if self.session is not None else None
        if project is None:
            return {}
        return {str(rec["zone_id"]): names.feature_name(rec, self.language) or str(rec["zone_id"])
                for rec in project.zones.drop(columns="geometry", errors="ignore").to_dict("records")}

    def refresh(self) -> None:
        review = self.review
        key = next((k for k, v in FILTERS.items() if v == review.shown), None)
        if key is not None and self.filter.currentData() != key:
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(self.filter.findData(key))
            self.filter.blockSignals(False)
        self.model.set_checks(review.listed(), self.zone_names())
        self.view.resizeColumnsToContents()
        self.edit_button.setEnabled(False)
        result = review.result
        if result is None:
            self.note.setText(self.tr("No check yet: check the plots' reported status against a GeoTIFF "
                                      "(a built-up score, or NDBI/NDVI from its bands)."))
            return
        counts = review.counts()
        where = self.zone_names().get(result.zone_id or "", result.zone_id) if result.zone_id else self.tr("all zones")
        text = self.tr("%1, %2, checked %3 in %4 — looks unbuilt: %5, looks built: %6, no data: %7, "
                       "consistent: %8.")  # (counts after colons: no plural to agree)
        for k, v in (("%1", os.path.basename(result.spec.path)), ("%2", self.what(result.spec)),
                     ("%3", result.checked_on), ("%4", where), ("%5", str(counts["looks_unbuilt"])),
                     ("%6", str(counts["looks_built"])), ("%7", str(counts["no_data"])),
                     ("%8", str(counts["consistent"]))):
            text = text.replace(k, v)
        self.note.setText(text)

    def what(self, spec) -> str:
        """How the raster was read, in words."""
        threshold = numbers.grouped(spec.threshold, 2, numbers.ui_language())
        if spec.index is None:
            return self.tr("band %1, threshold %2").replace("%1", str(spec.band or 1)).replace("%2", threshold)
        return self.tr("%1, threshold %2").replace("%1", spec.index.upper()).replace("%2", threshold)

    # --- picking ------------------------------------------------------------------------------

    def current_check(self) -> PlotCheck | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.checks[self.proxy.mapToSource(index).row()]

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        check = self.current_check() if current.isValid() else None
        self.edit_button.setEnabled(check is not None)
        if check is not None:
            self.plotPicked.emit(check.plot_id)

    def edit_current(self) -> None:
        check = self.current_check()
        if check is not None:
            self.editRequested.emit(check.plot_id)
