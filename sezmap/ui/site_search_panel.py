"""Site search: where can an investor put a plant of so many hectares, so near rail, a border
crossing and the ports? The query's fields, Search, the results best first (zone, area,
distances, score, the zone's terms) and Export results…; the state is the Qt-free
``sezmap.session.site_search.SiteSearch``, which this panel only shows and asks.

The results table is columnar (``SiteResultsModel``): a row's texts are made when the view
draws it, so listing all 187k sites of a million-plot project costs no object per site.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from sezmap.analysis.site_results import SiteResults
from sezmap.analysis.sites import SiteQuery
from sezmap.export.report_tables import COUNTRIES
from sezmap.model import schema
from sezmap.render import names, numbers
from sezmap.session.site_search import SiteSearch
from sezmap.ui.panel import ProjectPanel
from sezmap.ui.text_table import TextTableModel, list_view, size_columns

# the table's columns: (key, caption); km_* and the terms as sites_output names them
COLUMNS = (("rank", "#"), ("zone", QT_TRANSLATE_NOOP("SiteSearchPanel", "Zone")),
           ("area_ha", QT_TRANSLATE_NOOP("SiteSearchPanel", "Area, ha")),
           ("km_rail", QT_TRANSLATE_NOOP("SiteSearchPanel", "Rail, km")),
           ("km_border", QT_TRANSLATE_NOOP("SiteSearchPanel", "Border crossing, km")),
           ("km_port", QT_TRANSLATE_NOOP("SiteSearchPanel", "Seaport, km")),
           ("km_dry_port", QT_TRANSLATE_NOOP("SiteSearchPanel", "Dry port, km")),
           ("score", QT_TRANSLATE_NOOP("SiteSearchPanel", "Score")),
           ("plots", QT_TRANSLATE_NOOP("SiteSearchPanel", "Plots")),
           ("expires", QT_TRANSLATE_NOOP("SiteSearchPanel", "Zone expires")),
           ("years_left", QT_TRANSLATE_NOOP("SiteSearchPanel", "Years left")),
           ("category", QT_TRANSLATE_NOOP("SiteSearchPanel", "Category")),
           ("focus", QT_TRANSLATE_NOOP("SiteSearchPanel", "Focus")))
NUMBERS = {"area_ha": 2, "km_rail": 1, "km_border": 1, "km_port": 1, "km_dry_port": 1, "score": 3}
MAX_COLUMN = 200  # px
KM_MAX = 5000.0  # the spin boxes' top (km); 0 is "any distance"
HA_MAX = 100_000.0


class SiteResultsModel(TextTableModel):
    keys = tuple(key for key, _caption in COLUMNS)
    right_aligned = frozenset({"rank", *NUMBERS})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: SiteResults | None = None
        self.zone_names: dict[str, str] = {}
        self.zone_focus: dict[str, str] = {}
        self._columns: dict[str, list] = {}

    def set_results(self, results: SiteResults | None, zone_names: dict[str, str],
                    zone_focus: dict[str, str] | None = None) -> None:
        """``zone_names``, ``zone_focus``: by zone id, in the UI language."""
        self.beginResetModel()
        self.results, self.zone_names, self.zone_focus = results, dict(zone_names), dict(zone_focus or {})
        self._columns = results.columns() if results is not None else {}
        self.forget_texts()
        self.endResetModel()

    def values(self, row: int) -> dict:
        """A row's figures as ``sezmap sites`` JSON writes them (rounded the same way)."""
        assert self.results is not None
        out: dict[str, object] = {"plot_ids": self.results.plot_ids(row)}
        out.update({key: column[row] for key, column in self._columns.items()})
        return out

    def row_count(self) -> int:
        return 0 if self.results is None else len(self.results)

    def caption(self, key: str) -> str:
        return QCoreApplication.translate("SiteSearchPanel", str(dict(COLUMNS)[key]))

    def row_texts(self, row: int) -> tuple[str, ...]:
        return tuple(self._text(row, key) for key in self.keys)

    def _text(self, row: int, key: str) -> str:
        assert self.results is not None
        if key == "rank":
            return str(row + 1)
        if key == "zone":
            zone_id = self._columns["zone_id"][row]
            return self.zone_names.get(zone_id, zone_id)
        if key == "plots":
            return ", ".join(self.results.plot_ids(row))
        if key in NUMBERS:
            value = self._columns[key][row]
            return "–" if value is None else numbers.number(value, NUMBERS[key])
        zone_id = self._columns["zone_id"][row]
        if key == "focus" and self.zone_focus.get(zone_id):
            return self.zone_focus[zone_id]
        _name, terms = self.results.zone_info.get(zone_id, (None, {}))
        value = terms.get(key)
        if key == "category" and value is not None:
            return names.category_label(str(value))
        return "" if value is None else str(value)


class SiteSearchPanel(ProjectPanel):
    exportRequested = Signal()

    def __init__(self, session, search: SiteSearch, language=None, parent=None):
        super().__init__(session, language, parent)
        self.search = search
        self.min_ha = self._spin("siteMinHa", HA_MAX, 20.0)
        self.max_ha = self._spin("siteMaxHa", HA_MAX, 0.0)
        self.focus = QLineEdit()
        self.focus.setObjectName("siteFocus")
        self.km = {key: self._spin(f"siteKm_{key}", KM_MAX, 0.0) for key in ("rail", "border", "port", "dry_port")}
        self.km["rail"].setValue(30.0)
        self.country = QComboBox()
        self.country.setObjectName("siteBorderCountry")
        # as wide as its longest item in the language shown (sized once, it cut the Russian one
        # after a switch: "любую соседнюк"), never narrower (the results beside it give way)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country.setSizePolicy(QSizePolicy.Policy.Minimum, self.country.sizePolicy().verticalPolicy())
        self.merge = QCheckBox()
        self.merge.setObjectName("siteMerge")
        self.search_button = QPushButton()
        self.search_button.setObjectName("siteSearch")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("siteCancel")
        self.cancel_button.clicked.connect(search.cancel)
        self.export_button = QPushButton()
        self.export_button.setObjectName("siteExport")
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.note = QLabel()
        self.note.setObjectName("siteNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.model = SiteResultsModel(self)
        self.view = list_view("siteTable", self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: search.select(current.row()))
        self.captions = {key: QLabel() for key in ("min_ha", "max_ha", "focus", "rail", "border", "country", "port",
                                                   "dry_port")}
        # laid out for the wide, low area under the map: the query on the left in two columns of
        # fields, the results beside it
        form = QGridLayout()
        fields = (("min_ha", self.min_ha), ("max_ha", self.max_ha), ("focus", self.focus), ("rail", self.km["rail"]),
                  ("border", self.km["border"]), ("country", self.country), ("port", self.km["port"]),
                  ("dry_port", self.km["dry_port"]))
        for k, (key, field) in enumerate(fields):
            row, column = k % 4, 2 * (k // 4)
            form.addWidget(self.captions[key], row, column)
            form.addWidget(field, row, column + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        query = QVBoxLayout()
        query.addLayout(form)
        query.addLayout(buttons)
        query.addWidget(self.note)
        query.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(query, 0)
        layout.addWidget(self.view, 1)
        search.changed.connect(self._state_changed)
        search.results_changed.connect(self._results_changed)
        self.destroyed.connect(lambda *_a: self._stop_listening(search))
        self.retranslate()
        self._state_changed(search)

    def _stop_listening(self, search: SiteSearch) -> None:
        search.changed.disconnect(self._state_changed)
        search.results_changed.disconnect(self._results_changed)

    @staticmethod
    def _spin(name: str, top: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0.0, top)
        box.setDecimals(1)
        box.setValue(value)
        # never narrower than its text ("без ограничения" lost its first letter to the results)
        box.setSizePolicy(QSizePolicy.Policy.Minimum, box.sizePolicy().verticalPolicy())
        return box

    # --- panel ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Site search")

    def retranslate_captions(self) -> None:
        texts = {"min_ha": self.tr("At least, ha:"), "max_ha": self.tr("At most, ha:"),
                 "focus": self.tr("Zone focus:"), "rail": self.tr("Rail within, km:"),
                 "border": self.tr("Border crossing within, km:"), "country": self.tr("Crossing to:"),
                 "port": self.tr("Seaport within, km:"), "dry_port": self.tr("Dry port within, km:")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.max_ha.setSpecialValueText(self.tr("no limit"))
        for box in self.km.values():
            box.setSpecialValueText(self.tr("any"))
        for box in (self.min_ha, self.max_ha, *self.km.values()):
            box.updateGeometry()  # their width asked again of the layout (Qt does not, for a new text)
        self.focus.setPlaceholderText(self.tr("e.g. logistics"))
        self.focus.setToolTip(self.tr("Zones whose focus holds this text, in English, Russian or Kazakh"))
        chosen = self.country.currentData()
        self.country.clear()
        self.country.addItem(self.tr("any neighbour"), None)
        for code in schema.NEIGHBOURS:
            self.country.addItem(QCoreApplication.translate("export", COUNTRIES[code]), code)
        self.country.setCurrentIndex(max(0, self.country.findData(chosen)))
        self.merge.setText(self.tr("Also offer adjacent vacant plots merged"))
        self.search_button.setText(self.tr("Search"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export results…"))
        self.model.forget_texts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.size_columns()  # the captions whole before any result too
        self._state_changed(self.search)

    def zone_texts(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each zone's name and focus in the UI language, by zone id."""
        project = self.session.project
        if project is None:
            return {}, {}
        records = project.zones.drop(columns="geometry", errors="ignore").to_dict("records")
        return ({str(r["zone_id"]): names.feature_name(r, self.language) or str(r["zone_id"]) for r in records},
                {str(r["zone_id"]): names.text_in(r, "focus", self.language) for r in records})

    def refresh(self) -> None:
        if self.model.results is not None:
            self.model.set_results(self.model.results, *self.zone_texts())

    def set_project(self, project, scene=None) -> None:  # the search follows the session itself
        self.project = project

    # --- asking ---------------------------------------------------------------------------------

    def query(self) -> SiteQuery:
        def limit(box: QDoubleSpinBox) -> float | None:
            return box.value() if box.value() > 0 else None

        border = limit(self.km["border"])
        return SiteQuery(self.min_ha.value(), limit(self.max_ha), self.focus.text().strip() or None,
                         limit(self.km["rail"]), border, self.country.currentData() if border else None,
                         limit(self.km["port"]), limit(self.km["dry_port"]), self.merge.isChecked())

    def state(self) -> dict[str, str]:
        """The query's fields as the window keeps them for the next run (``AppSettings.save_form``)."""
        boxes = {"min_ha": self.min_ha, "max_ha": self.max_ha, **{f"km_{k}": box for k, box in self.km.items()}}
        return {**{key: f"{box.value():.1f}" for key, box in boxes.items()}, "focus": self.focus.text(),
                "country": self.country.currentData() or "", "merge": "true" if self.merge.isChecked() else "false"}

    def set_state(self, state: dict[str, str]) -> None:
        """The fields as ``state`` left them (those it lacks or cannot read keep theirs)."""
        boxes = {"min_ha": self.min_ha, "max_ha": self.max_ha, **{f"km_{k}": box for k, box in self.km.items()}}
        for key, box in boxes.items():
            with contextlib.suppress(KeyError, ValueError):
                box.setValue(float(state[key]))
        if "focus" in state:
            self.focus.setText(state["focus"])
        if "country" in state:
            self.country.setCurrentIndex(max(0, self.country.findData(state["country"] or None)))
        if "merge" in state:
            self.merge.setChecked(state["merge"] == "true")

    def run_search(self) -> None:
        query = self.query()
        if query.max_ha is not None and query.max_ha < query.min_ha:
            self._show_note(self.tr("The largest area is below the smallest."), error=True)
            return
        self.search.search(query)

    # --- showing --------------------------------------------------------------------------------

    def _show_note(self, text: str, error: bool = False) -> None:
        self.note.setStyleSheet("color: #C0392B;" if error else "")
        self.note.setText(text)

    def _state_changed(self, search: SiteSearch) -> None:
        building = search.building
        self.search_button.setEnabled(not building and self.session.project is not None)
        self.cancel_button.setVisible(building)
        self.export_button.setEnabled(bool(search.results is not None and len(search.results)))
        if self.session.project is None:
            self._show_note(self.tr("No project is open."))
        elif building:
            self._show_note(self.tr("Measuring the vacant land (once for this state of the project)…"))
        elif search.error:
            self._show_note(self.tr("The search failed: %1").replace("%1", search.error), error=True)
        elif search.results is None:
            self._show_note(self.tr("Set what the site needs, then Search."))
        else:
            self._show_note(self._summary(search))

    def _summary(self, search: SiteSearch) -> str:
        results = search.results
        assert results is not None
        n = len(results)
        if n == 0:
            text = self.tr("No vacant land fits.")
        else:
            text = (self.tr("%n site fits, best first (as of %1).", "", n) if n == 1
                    else self.tr("%n sites fit, best first (as of %1).", "", n)).replace("%1", str(search.as_of))
        if search.stale:
            text += " " + self.tr("The plots changed since: Search again.")
        return text

    def size_columns(self) -> None:
        size_columns(self.view, self.model, MAX_COLUMN)

    def _results_changed(self, results: SiteResults | None) -> None:
        self.model.set_results(results, *self.zone_texts())
        if results is not None and len(results):
            self.size_columns()
        self._state_changed(self.search)
