"""The attribute table's area column (ellipsoidal hectares, as the report measures) and its
selected rows copied or exported as CSV, made safe for spreadsheets, written whole."""

import csv
import io

import pyproj
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import factories as f
from sezmap.store.gpkg import GpkgStore

GEOD = pyproj.Geod(ellps="WGS84")


def geodesic_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 10_000.0


def project(path):
    plots = [f.plot(f"p{k}", "z1", shapely.box(70.0 + k * 0.02, 45.0, 70.015 + k * 0.02, 45.01 + k * 0.005),
                    status="allocated", tenant=("=HYPERLINK(\"http://x\")" if k == 1 else f"Тенант {k}"))
             for k in range(4)]
    layers = f.layers([f.zone("z1", shapely.box(69.99, 44.99, 70.1, 45.1), name_en="Test Zone")], plots,
                      [f.corridor()], [f.hub()])
    GpkgStore.create(path, layers, meta={"title": "Rows"})
    return str(path)


@pytest.fixture
def window(open_window, tmp_path):
    w = open_window(project(tmp_path / "rows.gpkg"), analyse=True)
    w.select_zone("z1")
    w.table_dock.show()
    w.table_dock.raise_()
    return w


def click_row(table, qtbot, position, modifier=Qt.KeyboardModifier.NoModifier):
    view = table.view
    rect = view.visualRect(table.proxy.index(position, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_the_area_column_is_the_ellipsoidal_area_in_hectares(window):
    table = window.table
    column = table.model.columns.index("area_ha")
    assert table.model.headerData(column, Qt.Orientation.Horizontal) == "Area, ha"
    plots = window.project.plots
    for position in range(table.proxy.rowCount()):
        row = int(table.state.shown_rows[position])
        expected = geodesic_ha(plots.geometry.iloc[row])
        shown = table.proxy.index(position, column).data()
        assert float(shown.replace(",", "")) == pytest.approx(expected, abs=0.006)  # two decimals
        assert table.model.value(position, column) == pytest.approx(expected, rel=1e-3)  # SCHEMA: 0.1 %


def test_selected_rows_are_copied_as_csv_with_their_areas(window, qtbot):
    table = window.table
    click_row(table, qtbot, 0)
    click_row(table, qtbot, 2, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_plots) == 2
    QApplication.clipboard().clear()
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = list(csv.DictReader(io.StringIO(QApplication.clipboard().text())))
    plots = window.project.plots.set_index("plot_id")
    shown = [table.proxy.index(p, 0).data() for p in (0, 2)]
    assert [r["plot_id"] for r in rows] == shown
    assert list(rows[0]) == table.model.columns  # the columns shown, by their field names
    for r in rows:
        assert float(r["area_ha"]) == pytest.approx(geodesic_ha(plots.geometry[r["plot_id"]]), rel=1e-3)
        assert r["status"] == "allocated"


def test_exported_rows_are_safe_for_spreadsheets_and_never_replace_the_project(window, qtbot, tmp_path,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    table = window.table
    table.view.selectAll()
    out = tmp_path / "plots.csv"
    assert table.rows_out.export(str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the Cyrillic as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 4
    tenants = {r["plot_id"]: r["tenant"] for r in rows}
    assert tenants["p1"] == "'=HYPERLINK(\"http://x\")"  # not a formula any more
    assert tenants["p2"] == "Тенант 2"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    location = window.project.location
    before = open(location, "rb").read()
    assert not table.rows_out.export(location)  # the project itself is refused
    assert warned and open(location, "rb").read() == before


def test_whole_numbers_are_copied_without_a_decimal_point():
    import pandas as pd

    from sezmap.session.plot_rows import rows_csv

    plots = pd.DataFrame({"plot_id": ["a", "b", "c"], "jobs_planned": [554.0, float("nan"), 2.0 ** 53],
                          "investment_actual_kzt": [3931000000.0, 1.5, 0.25]})
    rows = list(csv.reader(io.StringIO(rows_csv(plots, [0, 1, 2], list(plots.columns)))))
    assert rows[1:] == [["a", "554", "3931000000"], ["b", "", "1.5"], ["c", str(2 ** 53), "0.25"]]


def test_the_area_column_keeps_two_decimals():
    from sezmap.session.plot_rows import AREA_COLUMN
    from sezmap.ui.plots_table_model import cell_text

    assert [cell_text(AREA_COLUMN, v) for v in (10.0, 10.6, 24.25, 1234.5)] == ["10.00", "10.60", "24.25", "1,234.50"]
    assert cell_text("investment_actual_kzt", 1.5) != "1.50"  # other numbers as before


def test_the_status_column_fits_every_status_even_one_not_in_the_first_rows(window):
    from sezmap.model.statuses import STATUSES
    from sezmap.render import names

    table = window.table
    column = table.model.columns.index("status")
    width = table.view.horizontalHeader().sectionSize(column)
    metrics = table.view.fontMetrics()
    assert width >= max(metrics.horizontalAdvance(names.status_label(s)) for s in STATUSES) + 22  # (+ the swatch)
