"""The export dialog (File → Export map…): format, zone, language, "as of" date, page size,
title, and a live preview.

The format box and the file's extension say the same: choosing a format renames the file,
typing or browsing to a name with another format's extension chooses that format. A deck
(PPTX) is of every zone unless one is chosen, whatever zone is current.

The preview is the print layout itself (sezmap.render.layout) painted small, so what it shows is
what the export writes. The export runs on the window's task thread (``window.tasks``) with
progress in the dialog and the status bar, and Cancel in both; a cancelled or failed export
leaves nothing at the chosen path (sezmap.export writes a temporary file and renames it).
"""

from __future__ import annotations

import threading
from pathlib import Path

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sezmap.render import names
from sezmap.session.language import LANGUAGES
from sezmap.ui.i18n import Retranslated
from sezmap.ui.status_text import translate
from sezmap.ui.task_dialog import RunControls, file_row

PREVIEW = QSize(520, 380)
CURRENT_VIEW, ALL_ZONES = "__view__", "__all__"


FORMATS = (".png", ".pdf", ".svg", ".tif", ".html", ".pptx")


class ExportDialog(Retranslated, QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("ExportDialog")
        self.window_ = window
        self.task = None
        self._cancel = threading.Event()
        self._build()
        self._fill_zones()
        self.retranslate()
        self._restore()
        self._format_shown = self.suffix()
        self._every_zone_for_a_deck()  # (the format restored may be a deck's)
        self._sync_fields()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.update_preview)
        self.watch = QTimer(self)
        self.watch.setInterval(250)
        self.watch.timeout.connect(self._watch)
        for signal in (self.format_box.currentIndexChanged, self.zone_box.currentIndexChanged,
                       self.paper_box.currentIndexChanged, self.landscape_box.toggled, self.dpi_box.valueChanged,
                       self.width_box.valueChanged, self.height_box.valueChanged, self.paper_radio.toggled,
                       self.title_edit.textChanged, self.vacant_box.toggled, self.language_box.currentIndexChanged,
                       self.as_of_edit.dateChanged, self.trend_box.currentIndexChanged):
            signal.connect(self._changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.editingFinished.connect(self._sync_fields)  # a name typed without the format's extension gets it
        self.update_preview()

    # --- the form -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for suffix in FORMATS:
            self.format_box.addItem("", suffix)
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("exportZone")
        self.zone_box.setMinimumContentsLength(30)
        self.language_box = QComboBox()
        self.language_box.setObjectName("exportLanguage")
        for code, own_name in LANGUAGES.items():
            self.language_box.addItem(own_name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.window_.language)))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("exportAsOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        engine = self.window_.engine
        day = engine.as_of if engine is not None else dt.date.today()
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))
        self.paper_radio = QRadioButton()
        self.pixels_radio = QRadioButton()
        self.paper_box = QComboBox()
        self.paper_box.addItems(["A4", "A3"])
        self.landscape_box = QCheckBox()
        self.dpi_box = QSpinBox()
        self.dpi_box.setRange(72, 600)
        self.dpi_box.setSingleStep(50)
        self.dpi_box.setSuffix(" dpi")
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(200, 10000)
            box.setSuffix(" px")
        paper_row = QHBoxLayout()
        for w in (self.paper_radio, self.paper_box, self.landscape_box, self.dpi_box):
            paper_row.addWidget(w)
        paper_row.addStretch(1)
        pixels_row = QHBoxLayout()
        for widget in (self.pixels_radio, self.width_box, QLabel("×"), self.height_box):
            pixels_row.addWidget(widget)
        pixels_row.addStretch(1)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("exportTitle")
        self.vacant_box = QCheckBox()
        self.trend_box = QComboBox()  # land use over time on the page or in the deck (issue 26)
        self.trend_box.setObjectName("exportTrend")
        for kind in (None, "quarterly", "monthly"):
            self.trend_box.addItem("", kind)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        path_row = file_row(self.path_edit, self.browse_button)

        form = QFormLayout()
        self.captions = {key: QLabel() for key in ("format", "zone", "language", "as_of", "title", "trend", "file")}
        form.addRow(self.captions["format"], self.format_box)
        form.addRow(self.captions["zone"], self.zone_box)
        form.addRow(self.captions["language"], self.language_box)
        form.addRow(self.captions["as_of"], self.as_of_edit)
        self.size_label = QLabel()
        size_widget = QWidget()
        size_layout = QVBoxLayout(size_widget)
        size_layout.setContentsMargins(0, 0, 0, 0)
        size_layout.addLayout(paper_row)
        size_layout.addLayout(pixels_row)
        form.addRow(self.size_label, size_widget)
        form.addRow(self.captions["title"], self.title_edit)
        form.addRow("", self.vacant_box)
        form.addRow(self.captions["trend"], self.trend_box)
        form.addRow(self.captions["file"], path_row)

        self.preview = QLabel()
        self.preview.setObjectName("exportPreview")
        self.preview.setMinimumSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { background: #8A8A8A; }")
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)

        self.controls = RunControls(self, "export", "exportButton", self.start_export, self.cancel_or_close)
        self.progress, self.export_button = self.controls.progress, self.controls.run_button
        buttons = self.controls.buttons_row(with_progress=True)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        top = QHBoxLayout()
        top.addLayout(left, 0)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addLayout(buttons)

    def retranslate(self) -> None:
        """Every text in the UI language (again when it changes while the dialog is open)."""
        self.setWindowTitle(self.tr("Export map"))
        formats = {".png": self.tr("PNG image (page)"), ".pdf": self.tr("PDF document (page, vector)"),
                   ".svg": self.tr("SVG drawing (page, vector)"), ".tif": self.tr("GeoTIFF (the map, georeferenced)"),
                   ".html": self.tr("Interactive web map (HTML)"), ".pptx": self.tr("Slide deck (PPTX)")}
        for i in range(self.format_box.count()):
            self.format_box.setItemText(i, formats[self.format_box.itemData(i)])
        self._name_zones()
        self.paper_radio.setText(self.tr("Paper"))
        self.pixels_radio.setText(self.tr("Pixels"))
        self.landscape_box.setText(self.tr("Landscape"))
        self.title_edit.setPlaceholderText(self.tr("Default: the zone's name"))
        self.vacant_box.setText(self.tr("Only vacant plots (for investors)"))
        self.browse_button.setText(self.tr("Browse…"))
        for i, text in enumerate((self.tr("Not included"), self.tr("By quarter, from the audit log"),
                                  self.tr("By month, from the audit log"))):
            self.trend_box.setItemText(i, text)
        for key, text in (("format", self.tr("Format:")), ("zone", self.tr("Zone:")),
                          ("language", self.tr("Language:")), ("as_of", self.tr("Figures as of:")),
                          ("title", self.tr("Title:")), ("trend", self.tr("Land use over time:")),
                          ("file", self.tr("File:"))):
            self.captions[key].setText(text)
        self.size_label.setText(self.tr("Size:"))
        self.export_button.setText(self.tr("Export"))
        self.controls.retranslate()
        if hasattr(self, "timer"):  # not while the dialog is being built
            self.update_preview()

    def _name_zones(self) -> None:
        w = self.window_
        zones = {} if w.project is None else {
            str(row["zone_id"]): names.feature_name(row, w.language) or str(row["zone_id"])
            for row in w.project.zones.drop(columns="geometry").to_dict("records")}
        zones.update({CURRENT_VIEW: self.tr("— the current view —"), ALL_ZONES: self.tr("— all zones —")})
        for i in range(self.zone_box.count()):
            self.zone_box.setItemText(i, zones.get(self.zone_box.itemData(i), self.zone_box.itemText(i)))

    def _fill_zones(self) -> None:
        w = self.window_
        self.zone_box.addItem("", CURRENT_VIEW)
        self.zone_box.addItem("", ALL_ZONES)
        project = w.project
        if project is None:
            return
        for row in project.zones.drop(columns="geometry").to_dict("records"):
            self.zone_box.addItem("", str(row["zone_id"]))
        current = w.current_zone
        index = self.zone_box.findData(current) if current else -1
        self.zone_box.setCurrentIndex(index if index >= 0 else 0)

    def _restore(self) -> None:
        q = self.window_.app_settings.q
        fmt = str(q.value("export/format", ".png"))
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.paper_box.setCurrentText(str(q.value("export/paper", "A4")))
        self.landscape_box.setChecked(str(q.value("export/landscape", "true")).lower() == "true")
        self.dpi_box.setValue(int(q.value("export/dpi", 300)))
        self.width_box.setValue(int(q.value("export/width", 1920)))
        self.height_box.setValue(int(q.value("export/height", 1080)))
        (self.paper_radio if str(q.value("export/sizing", "pixels")) == "paper" else self.pixels_radio).setChecked(True)
        folder = Path(str(q.value("export/folder", str(Path.home()))))
        self.path_edit.setText(str(folder / ("map" + self.suffix())))

    def _save(self) -> None:
        q = self.window_.app_settings.q
        q.setValue("export/format", self.suffix())
        q.setValue("export/paper", self.paper_box.currentText())
        q.setValue("export/landscape", "true" if self.landscape_box.isChecked() else "false")
        q.setValue("export/dpi", self.dpi_box.value())
        q.setValue("export/width", self.width_box.value())
        q.setValue("export/height", self.height_box.value())
        q.setValue("export/sizing", "paper" if self.paper_radio.isChecked() else "pixels")
        q.setValue("export/folder", str(Path(self.path_edit.text()).parent))

    # --- what the fields say ------------------------------------------------------------------

    def suffix(self) -> str:
        return self.format_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def as_of(self) -> dt.date:
        d = self.as_of_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def zone(self) -> str | None:
        data = self.zone_box.currentData()
        return None if data in (CURRENT_VIEW, ALL_ZONES) else data

    def extent(self):
        return self.window_.canvas.settings.extent if self.zone_box.currentData() == CURRENT_VIEW else None

    def trend(self) -> str | None:
        """The land use over time asked for ("monthly", "quarterly"; None: none, or not for this format)."""
        return self.trend_box.currentData() if self.trend_box.isEnabled() else None

    def options(self, engine=None) -> dict:
        """The keyword arguments of sezmap.export.export_map for the fields; ``engine``: the
        analysis (or its figures) to take them from, when for the date asked (default: the
        window's, as it is now: the preview's)."""
        sized = self.suffix() in (".png", ".svg", ".pdf", ".tif")
        opts: dict = dict(zone=self.zone(), title=self.title_edit.text().strip() or None,
                          language=self.language(), vacant=self.vacant_box.isChecked(), as_of=self.as_of())
        if self.trend() is not None:
            opts["trend"] = self.trend()
        if sized:
            if self.paper_radio.isChecked():
                opts.update(paper=self.paper_box.currentText(), landscape=self.landscape_box.isChecked(),
                            dpi=self.dpi_box.value())
            else:
                opts.update(width=self.width_box.value(), height=self.height_box.value())
            opts.update(scene=self.window_.scene, extent=self.extent())
        engine = engine if engine is not None else self.window_.engine
        if engine is not None and engine.as_of == opts["as_of"]:  # else the export analyses for its date
            opts["engine"] = engine
        return opts

    def _changed(self, *_args) -> None:
        suffix = self.suffix()
        if suffix != self._format_shown:
            self._format_shown = suffix
            self._every_zone_for_a_deck()
        self._sync_fields()
        self.timer.start()

    def _every_zone_for_a_deck(self) -> None:
        """A deck is of every zone, whatever zone is current (one zone's deck: chosen after)."""
        if self.suffix() == ".pptx":
            self.zone_box.setCurrentIndex(self.zone_box.findData(ALL_ZONES))

    def _path_edited(self, text: str) -> None:
        """A file name typed with another format's extension chooses that format."""
        from sezmap.export import format_of_path

        fmt = format_of_path(text)
        if fmt is not None and fmt != self.suffix():
            self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def _sync_fields(self) -> None:
        suffix = self.suffix()
        sized = suffix in (".png", ".svg", ".pdf", ".tif")
        for w in (self.size_label, self.paper_radio, self.pixels_radio, self.paper_box, self.landscape_box,
                  self.dpi_box, self.width_box, self.height_box):
            w.setEnabled(sized)
        paper = self.paper_radio.isChecked()
        for w in (self.paper_box, self.landscape_box, self.dpi_box):
            w.setEnabled(sized and paper)
        for w in (self.width_box, self.height_box):
            w.setEnabled(sized and not paper)
        from sezmap.export import TREND_FORMATS

        self.trend_box.setEnabled(suffix in TREND_FORMATS)
        from sezmap.export import format_of_path

        path = Path(self.path_edit.text() or str(Path.home() / "map"))
        shown = format_of_path(path)
        if shown != suffix:  # another format's extension is replaced; any other ending is kept ("v1.5")
            text = str(path)[:-len(path.suffix)] if shown is not None else str(path)
            self.path_edit.setText(text + suffix)

    def browse(self) -> None:
        filters = {".png": self.tr("PNG images (*.png)"), ".pdf": self.tr("PDF documents (*.pdf)"),
                   ".svg": self.tr("SVG drawings (*.svg)"), ".tif": self.tr("GeoTIFF (*.tif *.tiff)"),
                   ".html": self.tr("Web pages (*.html)"), ".pptx": self.tr("Slide decks (*.pptx)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), self.path_edit.text(),
                                              filters[self.suffix()])
        if path:
            self.path_edit.setText(path)
            self._path_edited(path)  # another format's extension chooses that format
            self._sync_fields()  # no format's extension: the format's is added

    # --- the preview --------------------------------------------------------------------------

    def preview_image(self) -> QImage | None:
        """The page (or, for a GeoTIFF, the map) painted small; None for HTML and PPTX."""
        from sezmap.export import page_for
        from sezmap.export.static import geotiff_settings, map_extent, page_image, page_layout, scene_for_export

        w = self.window_
        suffix = self.suffix()
        if w.project is None or w.scene is None or suffix not in (".png", ".svg", ".pdf", ".tif"):
            return None
        o = self.options()
        page = page_for(suffix, o.get("width"), o.get("height"), o.get("paper"), o.get("landscape"), o.get("dpi"))
        scale = min(PREVIEW.width() / page.width, PREVIEW.height() / page.height)
        if suffix == ".tif":
            from sezmap.render.renderer import render

            view = scene_for_export(w.scene, o["vacant"])
            small = page.with_scale(scale)
            settings, s, width, height = geotiff_settings(view, small, map_extent(view, w.project, o["zone"], o["extent"]),
                                                          o["language"])
            image = QImage(width, height, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            painter.scale(s, s)
            render(settings, painter, view)
            painter.end()
            return image
        from sezmap.render.page_language import using_language

        with using_language(o["language"]):  # the page's texts only, not the window's
            layout = page_layout(w.project, page, zone=o["zone"], title=o["title"], language=o["language"],
                                 as_of=o["as_of"], engine=o.get("engine"), scene=w.scene, extent=o["extent"],
                                 vacant=o["vacant"], trend=o.get("trend"))  # (its figures: when written)
            return page_image(layout, scale=scale)

    def update_preview(self) -> None:
        from sezmap.model.problems import DataError

        try:
            image = self.preview_image()
        except DataError as exc:
            self.preview.setPixmap(QPixmap())
            self.preview_note.setText(exc.summary())
            return
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview_note.setText(self.tr("No preview for this format; the file holds every zone's map "
                                              "and figures.") if self.zone() is None else
                                      self.tr("No preview for this format."))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_note.setText(self._describe())

    def _describe(self) -> str:
        o = self.options()
        if o.get("paper"):
            orientation = self.tr("landscape") if o["landscape"] else self.tr("portrait")
            text = f"{o['paper']}, {orientation}, {o['dpi']} dpi"
        else:
            text = f"{o.get('width')} × {o.get('height')} px"
        if o["zone"] is not None and "engine" not in o:
            text += " · " + self.tr("The figures for that date are worked out when the file is written.")
        return text

    # --- running ------------------------------------------------------------------------------

    def start_export(self) -> None:
        from sezmap.export import export_map

        w = self.window_
        if w.project is None:
            QMessageBox.information(self, "sezmap", self.tr("Open a project first."))
            return
        path = self.path_edit.text().strip()
        if not path:
            self.browse()
            path = self.path_edit.text().strip()
            if not path:
                return
        self._path_edited(path)
        self._sync_fields()  # the file's extension and the format agree before anything is written
        path = self.path_edit.text().strip()
        from sezmap.export import project_inputs
        from sezmap.formats.atomic import check_output
        from sezmap.model.problems import DataError

        try:  # the project itself, a pipe, a device, a read-only file: refused before any question
            check_output(path, project_inputs(w.project))
        except DataError as exc:
            QMessageBox.warning(self, self.tr("Export map"), exc.summary())
            return
        if Path(path).exists() and QMessageBox.question(
                self, self.tr("Export map"), self.tr("%1 exists. Replace it?").replace("%1", path)) \
                != QMessageBox.StandardButton.Yes:
            return
        self._save()
        # the project and its figures as they are now: edits made while the export runs are in
        # no part of the file (session/snapshot.py); the map too (the scene's snapshot), and the
        # land use over time, replayed over the snapshot from the audit log up to its mark
        shot = w.session.snapshot(history=self.trend() is not None)
        options = self.options(shot.engine)
        if "trend" in options:
            options["audit_mark"] = shot.audit_mark
        if options.get("scene") is not None:
            options["scene"] = options["scene"].snapshot()
        self._cancel.clear()
        holder: dict = {}

        def cancelled() -> bool:
            task = holder.get("task")
            return self._cancel.is_set() or (task is not None and task.cancelled)

        def work():  # (holds the snapshot while it runs: see SessionSnapshot)
            return export_map(shot.project, path, progress=self.controls.steps.moved.emit, cancelled=cancelled,
                              **options)

        self._running(True)
        # (the page's language is export_map's own, on the task thread: sezmap.render.page_language;
        # the application's translators and locale, the window's, are not touched)
        holder["task"] = self.task = w.tasks.start(work, self._done, self._failed)
        self.watch.start()

    def _watch(self) -> None:
        """The status bar's Cancel stops the task without a word to the dialog: notice it."""
        if self.task is None:
            self.watch.stop()
        elif self.task.cancelled:
            self.task = None
            self.watch.stop()
            self._running(False)

    def _running(self, running: bool) -> None:
        self.controls.set_running(running)

    def _done(self, path) -> None:
        self.task = None
        self._running(False)
        self.window_.status_message.show(translate("ExportDialog", "Map exported to %1").arg(str(path)), 8000)
        self.accept()

    def _failed(self, message: str) -> None:
        self.task = None
        self._running(False)
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self._cancel.set()
            self.task.cancel()
            self.task = None
            self._running(False)
            self.window_.status_message.show(translate("ExportDialog", "Export cancelled"), 4000)
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:  # closing the dialog cancels a running export
            self._cancel.set()
            self.task.cancel()
            self.task = None
        super().reject()


def open_export_dialog(window) -> ExportDialog:
    """File → Export map…: the dialog, non-modal, over the window."""
    dialog = getattr(window, "_export_dialog", None)
    try:
        alive = dialog is not None and dialog.isVisible()
    except RuntimeError:  # closed and deleted
        alive = False
    if not alive or dialog is None:
        dialog = ExportDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window._export_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
