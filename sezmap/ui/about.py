"""The About box: version, what the map shows, and where the data comes from."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sezmap import __version__, paths
from sezmap.ui.i18n import Retranslated


def data_sources() -> list[tuple[str, str, str]]:
    """(layer, source, licence) rows from the basemap's layer_sources table, if present."""
    import sqlite3

    path = paths.basemap_path()
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return [(str(layer or ""), str(source or ""), str(licence or ""))
                    for layer, source, licence in conn.execute("SELECT layer, source, licence FROM layer_sources")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def about_html() -> str:
    rows = "".join(f"<li><b>{html.escape(layer)}</b>: {html.escape(source)} ({html.escape(licence)})</li>"
                   for layer, source, licence in data_sources())
    return (
        f"<h3>sezmap {__version__}</h3>"
        + "<p>" + QCoreApplication.translate("About", "A desktop GIS for Kazakhstan's Special Economic Zones: boundaries, plot "
                     "allocation, transport corridors, hubs and unused land.") + "</p>"
        + "<p><b>" + QCoreApplication.translate("About", "Data sources") + "</b></p>"
        + "<p>" + QCoreApplication.translate("About", "Zones, plots, corridors and hubs: the bundled project (layers/default.gpkg), "
                     "built from the public facts listed in seeds/SOURCES.md; plots are illustrative.") + "</p>"
        + (f"<ul>{rows}</ul>" if rows else "")
        + "<p>" + QCoreApplication.translate("About", "Map display: Albers equal-area conic for Kazakhstan (WGS84).") + "</p>"
    )


class AboutBox(Retranslated, QMessageBox):
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("About", "About sezmap"))
        self.setText(about_html())


def about_box(parent) -> QMessageBox:
    """The About box, with the application icon."""
    from sezmap.ui.icon import app_icon

    box = AboutBox(parent)
    box.retranslate()
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    icon = app_icon()
    if not icon.isNull():
        box.setWindowIcon(icon)
        box.setIconPixmap(icon.pixmap(64, 64))
    return box


def show_about(parent) -> None:
    about_box(parent).exec()
