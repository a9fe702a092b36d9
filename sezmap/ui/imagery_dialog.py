"""The "Check against imagery" dialog: a GeoTIFF (any CRS), one band or an index from named
bands, the threshold, the zone; then the check runs on the task thread (``ui.tasks``) with a
progress bar and Cancel, on a copy of the plots taken here (``session.imagery_review``): the
window's project and engine are never read from the worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sezmap.analysis.imagery import INDEXES, RasterSpec, raster_facts
from sezmap.model.problems import DataError
from sezmap.render import raster
from sezmap.session import events
from sezmap.session import imagery_review as ir
from sezmap.ui import problem_text
from sezmap.ui.task_dialog import RunControls, file_row
from sezmap.ui.tasks import Task


NEEDS = {"ndbi": ("nir", "swir"), "ndvi": ("nir", "red")}  # the bands each index reads


def under(field: QWidget | QLayout, note: QLabel) -> QVBoxLayout:
    """A field with a wrapped text under it, one cell of a form: the form gives a row of its own
    without a label the text's height at a guessed width (blank lines around the text)."""
    cell = QVBoxLayout()
    if isinstance(field, QLayout):
        cell.addLayout(field)
    else:
        cell.addWidget(field)
    cell.addWidget(note)
    return cell


class ImageryDialog(QDialog):
    finished_check = Signal(object)  # the ImageryResult
    started = Signal()  # a check started: the form is worth keeping for the next one (``state``)

    def __init__(self, session, display_crs: Callable[[], str | None], track: Callable[[Task], None] | None = None,
                 zone_name: Callable[[str], str] = str, parent=None):
        super().__init__(parent)
        self.setObjectName("imageryDialog")
        self.session = session
        self.display_crs = display_crs
        self.track = track
        self.zone_name = zone_name
        self.task: Task | None = None
        # what the line above the buttons says, kept to write it again in a new language: ("running",
        # plots), ("cancelled", None), ("failed", the DataError or the task's own message), ("refused",
        # the DataError, or None: no project); None: nothing
        self.status: tuple[str, int | DataError | str | None] | None = None
        self.folder = ""  # where Browse… starts: the last raster's folder
        self.path = QLineEdit()
        self.path.setObjectName("imageryPath")
        self.path.editingFinished.connect(self._path_changed)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.facts = QLabel()
        self.facts.setObjectName("imageryFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.hide()  # until a raster is chosen
        self.file_facts: tuple[int, str] | DataError | None = None  # the raster's (bands, CRS), or why not read
        self.single = QRadioButton()
        self.single.setObjectName("imagerySingle")
        self.indexed = QRadioButton()
        self.indexed.setObjectName("imageryIndexed")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.single)
        self.mode.addButton(self.indexed)
        self.single.setChecked(True)
        self.band = self._spin("imageryBand", 1)
        self.index = QComboBox()
        self.index.setObjectName("imageryIndex")
        for name in INDEXES:
            self.index.addItem(name.upper(), name)
        self.nir, self.swir, self.red = (self._spin("imageryNir", 8), self._spin("imagerySwir", 11),
                                         self._spin("imageryRed", 4))
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("imageryThreshold")
        self.threshold.setRange(-1.0, 1.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(0.5)
        self.zone = QComboBox()
        self.zone.setObjectName("imageryZone")
        self.all_zones = False  # "All zones" chosen (kept while the entries are made again)
        self.zone.currentIndexChanged.connect(self._zone_chosen)
        # the current zone's entry follows the session's (another zone picked, another project
        # opened) while the dialog is open (``showEvent``, ``hideEvent``); never once it is gone
        self.heard = ((session.zone_changed, self._zones_changed), (session.project_changed, self._zones_changed))
        heard = self.heard
        self.destroyed.connect(lambda *_: events.unlisten(*heard))
        self.message = QLabel()
        self.message.setObjectName("imageryMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()  # until there is something to say
        self.controls = RunControls(self, "imagery", "imageryRunCheck", self.start, self.cancel_or_close)
        self.progress = self.controls.progress
        self.run_button, self.cancel_button = self.controls.run_button, self.controls.cancel_button
        for widget in (self.single, self.indexed):
            widget.toggled.connect(self._enable)
        self.index.currentIndexChanged.connect(self._enable)
        self._layout()
        self.retranslate()
        self._enable()

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, 999)
        spin.setValue(value)
        return spin

    def _layout(self) -> None:
        bands = QWidget()
        band_row = QHBoxLayout(bands)
        band_row.setContentsMargins(0, 0, 0, 0)
        self.nir_label, self.swir_label, self.red_label = QLabel(), QLabel(), QLabel()
        for label, spin in ((self.nir_label, self.nir), (self.swir_label, self.swir), (self.red_label, self.red)):
            band_row.addWidget(label)
            band_row.addWidget(spin)
        band_row.addStretch(1)
        self.threshold_note = QLabel()
        self.threshold_note.setWordWrap(True)
        self.form = QFormLayout()
        self.file_label, self.band_label, self.index_label = QLabel(), QLabel(), QLabel()
        self.threshold_label, self.zone_label = QLabel(), QLabel()
        self.form.addRow(self.file_label, under(file_row(self.path, self.browse), self.facts))
        self.form.addRow("", self.single)
        self.form.addRow(self.band_label, self.band)
        self.form.addRow("", self.indexed)
        self.form.addRow(self.index_label, self.index)
        self.form.addRow("", bands)
        self.form.addRow(self.threshold_label, under(self.threshold, self.threshold_note))
        self.form.addRow(self.zone_label, self.zone)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addStretch(1)  # the dialog made taller than its rows: the room is above the buttons
        box.addWidget(self.progress)
        box.addWidget(self.message)
        box.addLayout(self.controls.buttons_row())
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check reported status against imagery"))
        self.file_label.setText(self.tr("GeoTIFF:"))
        self.browse.setText(self.tr("Browse…"))
        self.single.setText(self.tr("A built-up score (0…1) in one band"))
        self.band_label.setText(self.tr("Band:"))
        self.indexed.setText(self.tr("An index computed from bands"))
        self.index_label.setText(self.tr("Index:"))
        self.nir_label.setText(self.tr("NIR band:"))
        self.swir_label.setText(self.tr("SWIR band:"))
        self.red_label.setText(self.tr("Red band:"))
        self.threshold_label.setText(self.tr("Threshold:"))
        self.threshold_note.setText(self.tr("A pixel counts as built at or above the threshold (NDVI: below it); "
                                            "a plot reported built with less than this share of built land is "
                                            "flagged, and one reported vacant with more."))
        self.zone_label.setText(self.tr("Plots of:"))
        self.run_button.setText(self.tr("Run the check"))
        self._show_facts()
        self._show_status()
        self._fill_zones()
        self._enable()

    def _fill_zones(self) -> None:
        """The zones to check: the session's current zone, named in the UI language (no entry
        without one), and all zones; "All zones" stays chosen when it was."""
        current = self.session.current_zone
        self.zone.blockSignals(True)
        self.zone.clear()
        if current is not None:
            self.zone.addItem(self.tr("The current zone (%1)").replace("%1", self.zone_name(current)), current)
        self.zone.addItem(self.tr("All zones"), None)
        self.zone.setCurrentIndex(self.zone.count() - 1 if self.all_zones else 0)
        self.zone.blockSignals(False)

    def _zone_chosen(self, _index: int) -> None:
        self.all_zones = self.zone.currentData() is None

    def _zones_changed(self, *_args) -> None:
        """Another zone made current (picked on the map, in the toolbar, on the dashboard), or
        another project opened."""
        self._fill_zones()

    # --- the form -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def _enable(self, *_args) -> None:
        single = self.single.isChecked()
        index = self.index.currentData()
        self.band.setEnabled(single and not self.running)
        self.index.setEnabled(not single and not self.running)
        for spin, role in ((self.nir, "nir"), (self.swir, "swir"), (self.red, "red")):
            needed = not single and role in NEEDS[index]
            spin.setEnabled(needed and not self.running)
        for widget in (self.path, self.browse, self.single, self.indexed, self.threshold, self.zone):
            widget.setEnabled(not self.running)
        self.controls.set_running(self.running, can_run=bool(self.path.text().strip()))

    def _browse(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text() else (self.folder or str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Check against imagery"), start,
                                              self.tr("GeoTIFF (*.tif *.tiff)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        self._path_changed()

    def _path_changed(self) -> None:
        path = self.path.text().strip()
        self.file_facts = None
        if path:
            try:
                self.file_facts = raster_facts(path)
            except DataError as exc:
                self.file_facts = exc
            else:
                for spin in (self.band, self.nir, self.swir, self.red):
                    spin.setMaximum(max(1, self.file_facts[0]))
        self._show_facts()
        self._enable()

    def _show_facts(self) -> None:
        """The line under the file: the raster's bands and CRS, or why it cannot be read, in the
        UI language (again when it changes)."""
        text = ""
        if isinstance(self.file_facts, DataError):
            text = problem_text.error_text(self.file_facts)
        elif self.file_facts is not None:
            count, crs = self.file_facts
            text = (self.tr("%n band", "", count) if count == 1 else self.tr("%n bands", "", count)) + (
                f", {crs}" if crs else "")
        self.facts.setText(text)
        self.facts.setVisible(bool(text))

    def state(self) -> dict[str, str]:
        """The form as the window keeps it for the next run (``AppSettings.save_form``)."""
        path = self.path.text().strip()
        return {"path": path, "folder": str(Path(path).parent) if path else self.folder,
                "mode": "index" if self.indexed.isChecked() else "band", "index": str(self.index.currentData()),
                **{name: str(spin.value()) for name, spin in (("band", self.band), ("nir", self.nir),
                                                               ("swir", self.swir), ("red", self.red))},
                "threshold": f"{self.threshold.value():.2f}"}

    def set_state(self, state: dict[str, str]) -> None:
        """The form as ``state`` left it; a raster no longer there leaves only its folder to browse."""
        self.folder = state.get("folder", "")
        path = state.get("path", "")
        if path and Path(path).is_file():
            self.set_path(path)
        (self.indexed if state.get("mode") == "index" else self.single).setChecked(True)
        self.index.setCurrentIndex(max(0, self.index.findData(state.get("index"))))
        for name, spin in (("band", self.band), ("nir", self.nir), ("swir", self.swir), ("red", self.red)):
            if state.get(name, "").isdigit():
                spin.setValue(int(state[name]))
        with contextlib.suppress(ValueError):
            self.threshold.setValue(float(state.get("threshold", "")))
        self._enable()

    def spec(self) -> RasterSpec:
        """What the form asks for (DataError when a band is missing)."""
        path, threshold = self.path.text().strip(), float(self.threshold.value())
        if self.single.isChecked():
            spec = RasterSpec(path, band=self.band.value(), threshold=threshold)
        else:  # only the bands the index reads
            index = str(self.index.currentData())
            given = {"nir": self.nir.value(), "swir": self.swir.value(), "red": self.red.value()}
            spec = RasterSpec(path, index=index, threshold=threshold,
                              **{role: band for role, band in given.items() if role in NEEDS[index]})
        spec.bands()
        return spec

    # --- running ------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the check on the task thread; False (and why, in the dialog) when it cannot."""
        project = self.session.project
        if project is None:
            self._say(("refused", None))
            return False
        try:
            spec = self.spec()
            raster_facts(spec.path)
        except DataError as exc:
            self._say(("refused", exc))
            return False
        crs = self.display_crs()
        overlay = None if crs is None else functools.partial(raster.warp_to_rgba, spec.path, crs, raster.MAX_PIXELS,
                                                             score=spec.index is None)
        request = ir.request_for(project, spec, self.zone.currentData(), dt.date.today().isoformat(), overlay)
        moved = self.controls.steps.moved.emit
        task = Task(lambda cancelled: ir.run(request, cancelled, moved), pass_cancelled=True)
        task.signals.finished.connect(lambda result: self._done(task, result), Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(lambda message: self._failed(task, message), Qt.ConnectionType.QueuedConnection)
        self.task = task
        self._say(("running", len(request.plots)))
        self._enable()
        if self.track is not None:
            self.track(task)
        task.start()
        self.started.emit()
        return True

    def _done(self, task: Task, result) -> None:
        if task is not self.task:
            return
        self._stop()
        if result is None:
            return
        self._say(None)  # ("Checking…" is over: the dialog opens again without it)
        self.finished_check.emit(result)
        self.accept()

    def _failed(self, task: Task, message: str) -> None:
        if task is not self.task:
            return
        self._stop()
        self._say(("failed", task.error if isinstance(task.error, DataError) else message))

    def _stop(self) -> None:
        self.task = None
        self._enable()

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._stop()
            self._say(("cancelled", None))
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._stop()
        super().reject()

    def _say(self, status: tuple[str, int | DataError | str | None] | None) -> None:
        self.status = status
        self._show_status()

    def _show_status(self) -> None:
        """The line above the buttons: the run, its cancel or failure, or why it did not start, in
        the UI language (again when it changes)."""
        kind, what = self.status or ("", None)
        text = ""
        if kind == "running" and isinstance(what, int):
            text = self.tr("Checking %n plot…", "", what) if what == 1 else self.tr("Checking %n plots…", "", what)
        elif kind == "cancelled":
            text = self.tr("Cancelled: nothing was checked.")
        elif kind == "failed":
            reason = problem_text.error_text(what) if isinstance(what, DataError) else str(what)
            text = self.tr("The check failed. %1").replace("%1", reason)
        elif kind == "refused":
            text = problem_text.error_text(what) if isinstance(what, DataError) else self.tr("Open a project first.")
        self.message.setStyleSheet("color: #C0392B;" if kind in ("failed", "refused") else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- the dialog's height ------------------------------------------------------------------

    def showEvent(self, event) -> None:
        events.listen(*self.heard)  # (once: a listener is connected once)
        self._fill_zones()  # (the zone made current while hidden)
        super().showEvent(event)
        self._fit()

    def hideEvent(self, event) -> None:
        """Closed (or hidden with the window): the session's zone no longer heard."""
        events.unlisten(*self.heard)
        super().hideEvent(event)

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a row shown or hidden, a text rewrapped
            self._fit()
        return done

    def _fit(self) -> None:
        """As tall as the rows at the dialog's width: Qt sizes a window from its texts wrapped at
        a guessed width, and never shrinks it when a row goes (blank room in both cases)."""
        height = self.heightForWidth(self.width())
        if self.isVisible() and height > 0 and height != self.height():
            self.resize(self.width(), height)
