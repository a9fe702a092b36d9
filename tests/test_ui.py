"""The desktop window (pytest-qt, offscreen): opening, navigation, identify, tools, files."""

import threading
import time

import pyproj
import pytest
import shapely
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt, QTimer

import factories as f
from factories import make_project
from sezmap.model.statuses import STATUSES


def test_window_opens_on_a_project(window):
    assert window.project is not None and len(window.project.plots) == 16
    assert window.windowTitle().startswith("test.gpkg — ")
    ids = [layer.layer_id for layer in window.scene.layers]
    assert {"zones", "plots", "corridors", "hubs"} <= set(ids)
    assert window.layers_panel.list.count() == len(ids)
    assert window.zone_picker.count() == 3  # all zones + 2
    assert window.crs_label.text().startswith("Albers")
    assert window.scale_label.text().startswith("1:")


def test_canvas_renders_off_the_ui_thread(window, qtbot, monkeypatch):
    """A slow render runs on another thread, and the UI's event loop keeps turning meanwhile."""
    from sezmap.render import renderer
    from sezmap.ui import render_job

    canvas = window.canvas
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.is_rendering(), timeout=10000)
    original = renderer.render_image
    ran = {}

    def slow_render(*args, **kwargs):
        ran["thread"], ran["start"] = threading.get_ident(), time.monotonic()
        time.sleep(0.5)
        try:
            return original(*args, **kwargs)
        finally:
            ran["end"] = time.monotonic()

    for module in (renderer, render_job):  # wherever the job looks the renderer up
        monkeypatch.setattr(module, "render_image", slow_render, raising=False)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    shown = canvas.image
    canvas.refresh()
    qtbot.waitUntil(lambda: "end" in ran and not canvas.is_rendering(), timeout=10000)
    timer.stop()
    assert ran["thread"] != threading.get_ident()
    during = [t for t in ticks if ran["start"] < t < ran["end"]]
    assert len(during) >= 5, f"the UI thread stalled: {len(during)} timer ticks in a {ran['end'] - ran['start']:.2f} s render"
    assert canvas.image is not shown and canvas.last_stats["ms_total"] > 0


def test_zoom_and_pan_change_the_extent(window, qtbot):
    canvas = window.canvas
    before = canvas.settings
    canvas.zoom_in()
    assert canvas.settings.resolution < before.resolution
    zoomed = canvas.settings
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.settings.center_x > zoomed.center_x
    panned = canvas.settings
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(canvas, QPoint(350, 320))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(350, 320))
    assert canvas.settings.center_x < panned.center_x and canvas.settings.center_y > panned.center_y
    canvas.previous_extent()
    assert canvas.settings.center_x == pytest.approx(panned.center_x)
    canvas.next_extent()
    assert canvas.settings.center_x < panned.center_x
    canvas.zoom_full()
    assert canvas.settings.resolution > zoomed.resolution


def test_cached_image_moves_with_the_pan_at_once(window, qtbot):
    canvas = window.canvas
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.is_rendering(), timeout=10000)
    rect = canvas.image_target_rect()
    canvas.pan_by(40, -25, record=False, render=False)
    moved = canvas.image_target_rect()
    assert moved.left() - rect.left() == pytest.approx(40)
    assert moved.top() - rect.top() == pytest.approx(-25)


def test_zone_picker_zooms_to_the_zone(window):
    full = window.canvas.settings
    index = window.zone_picker.findData("z1")
    window.zone_picker.setCurrentIndex(index)
    window.zone_picker.activated.emit(index)
    assert window.current_zone == "z1"
    assert window.canvas.settings.resolution < full.resolution / 20


def test_double_click_on_a_zone_zooms_to_it(window):
    from PySide6.QtTest import QTest

    canvas = window.canvas
    zone = window.scene.layer("zones").arrays
    x0, y0, x1, y1 = zone.bounds[0]
    canvas.zoom_to_bounds((x0, y0, x1, y1), margin=3.0)  # z1 small in the middle of the view
    before = canvas.settings
    pos = canvas.to_pixel(*zone.centres[0]).toPoint()
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert window.current_zone == "z1"
    after = canvas.settings
    ex0, ey0, ex1, ey1 = after.extent
    assert ex0 <= x0 and ey0 <= y0 and ex1 >= x1 and ey1 >= y1  # the whole zone is shown
    fitted = before.fitted((x0, y0, x1, y1))  # and it fills the view, as "zoom to zone" does
    assert after.resolution == pytest.approx(fitted.resolution) and after.resolution < before.resolution / 3
    assert (after.center_x, after.center_y) == pytest.approx(((x0 + x1) / 2, (y0 + y1) / 2))


def test_identify_finds_the_right_plot(window):
    window.zoom_to_zone("z1")
    window.set_tool("identify")
    x, y = window.scene.layer("plots").arrays.centres[6]
    pos = window.canvas.to_pixel(x, y)
    hits = []
    window.tools["identify"].identified.connect(lambda *a: hits.append(a))
    from PySide6.QtTest import QTest

    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos.toPoint())
    assert hits
    found = window.identify_at(*hits[0][:3])
    assert [h.feature_id for h in found if h.layer_id == "plots"][0] == "p6"


def test_layer_visibility_from_the_layers_panel(window):
    item = window.layers_panel.item_for("plots")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert window.scene.layer("plots").visible is False
    window.layers_panel.list.setCurrentItem(item)
    window.layers_panel.opacity.setValue(40)
    assert window.scene.layer("plots").opacity == pytest.approx(0.4)


def test_measure_tool_reports_a_geodesic_distance(window, qtbot):
    window.zoom_to_zone("z1")
    window.set_tool("measure")
    texts = []
    window.tools["measure"].measured.connect(texts.append)
    from PySide6.QtTest import QTest

    ends = [QPoint(100, 100), QPoint(400, 100)]
    for pos in ends:
        QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseClick(window.canvas, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, ends[-1])  # ends it
    # the same two points on the WGS84 ellipsoid, by pyproj directly
    to_lonlat = pyproj.Transformer.from_crs(window.canvas.settings.crs, "EPSG:4326", always_xy=True)
    (lon0, lat0), (lon1, lat1) = (to_lonlat.transform(*window.canvas.to_world(QPointF(p))) for p in ends)
    expected_m = pyproj.Geod(ellps="WGS84").inv(lon0, lat0, lon1, lat1)[2]
    value, unit = texts[-1].rsplit(" ", 1)
    shown, ok = QLocale().toDouble(value)
    assert ok and unit in ("km", "m"), texts[-1]
    shown_m = shown * 1000 if unit == "km" else shown
    assert shown_m == pytest.approx(expected_m, abs=6 if unit == "km" else 0.06)  # to its last decimal


def test_recent_projects_and_last_project_persist(window, isolated_settings, project_path):
    assert isolated_settings.recent_projects()[0] == project_path
    assert isolated_settings.last_project == project_path
    assert any(a.text() == project_path for a in window.menu_recent.actions())


def test_dropping_a_gpkg_opens_it(window, tmp_path, qtbot):
    other = make_project(tmp_path / "other.gpkg", zone_box=(75.0, 44.0, 75.1, 44.1))
    window.open_dropped(other)
    qtbot.waitUntil(lambda: window.project_path == other, timeout=15000)
    assert window.project.location == other


def test_table_lists_the_zone_plots_and_filters_by_status(window):
    window.select_zone("z1")
    table = window.table
    assert table.model.rowCount() == 16
    table.status_box.setCurrentIndex(table.status_box.findData("vacant"))
    expected = int((window.project.plots["status"] == "vacant").sum())
    assert table.proxy.rowCount() == expected
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first = table.proxy.index(0, 0).data()
    assert first == max(window.project.plots.loc[window.project.plots["status"] == "vacant", "plot_id"])
    table.status_box.setCurrentIndex(0)
    assert table.proxy.rowCount() == 16


def test_selection_is_kept_in_step_between_map_and_table(window):
    window.zoom_to_zone("z1")
    x, y = window.scene.layer("plots").arrays.centres[3]
    window.identify_at(x, y, 1.0)
    assert window.current_zone == "z1"
    assert window.selected_plots == [3]
    assert window.table.selected_rows() == [3]
    assert window.scene.layer("selection") is not None
    assert window.identify_panel.tree.topLevelItem(0).text(1) == "p3"
    # and back: selecting rows in the table selects them on the map
    table = window.table
    table.view.selectRow(0)
    row = table.selected_rows()
    assert window.selected_plots == row
    assert list(window.scene.layer("selection").rows) == row


def test_dashboard_shows_the_analysis_figures_for_a_zone(window):
    from sezmap.analysis.engine import AnalysisEngine

    window.start_analysis(wait=True)
    window.select_zone("z1")
    m = AnalysisEngine(window.project).metrics["z1"]
    dash = window.dashboard
    text = {key: value.text() for key, (_name, value) in dash.figure_labels.items()}
    assert text["area"] == f"{m.area_ha:,.1f} ha"
    assert text["allocated"] == f"{100 * m.allocated_ratio:.1f}\u00a0%"
    assert text["unused"] == f"{100 * m.unused_ratio:.1f}\u00a0%"
    assert text["plots"] == "16"
    assert "km" in text["corridor"]
    assert len(dash.status_chart.items) == len(STATUSES) + 1  # and the land not parcelled
    vacant = [v for label, v, _c in dash.status_chart.items if label == "Vacant"][0]
    assert vacant == pytest.approx(m.status_area_ha["vacant"])
    assert len(dash.zones_chart.items) == 2  # every zone compared by unused land
    assert dash.grab().width() > 0


def test_logistics_draws_the_route_with_its_km(window):
    window.start_analysis(wait=True)
    panel = window.logistics
    panel.zone_box.setCurrentIndex(panel.zone_box.findData("z1"))
    panel.hub_box.setCurrentIndex(panel.hub_box.findData("h2"))
    panel.show_button.click()
    km = window.engine.metrics["z1"].network_km["h2"]
    assert km is not None
    route = window.scene.layer("route")
    assert route is not None and route.label == f"{km:,.0f} km"
    assert f"{km:,.1f}" in panel.result.text()
    panel.clear_button.click()
    assert window.scene.layer("route") is None


def test_raster_overlay_is_listed_with_opacity_and_drawn(window, tmp_path):
    rasterio = pytest.importorskip("rasterio")
    import numpy as np
    from rasterio.transform import from_bounds

    path = tmp_path / "image.tif"
    data = np.zeros((3, 40, 40), np.uint8)
    data[2] = 255  # blue
    with rasterio.open(path, "w", driver="GTiff", width=40, height=40, count=3, dtype="uint8",
                       crs="EPSG:4326", transform=from_bounds(70.0, 45.0, 70.1, 45.1, 40, 40)) as dst:
        dst.write(data)
    window.add_raster(str(path), wait=True)
    layer_id = "raster:image.tif"
    assert window.layers_panel.item_for(layer_id) is not None
    layer = window.scene.layer(layer_id)
    assert layer.opacity == pytest.approx(0.8)
    ids = [lyr.layer_id for lyr in window.scene.layers]
    assert ids.index(layer_id) < ids.index("plots")  # under the project layers


def test_importing_a_vector_file_adds_its_features(window, tmp_path, qtbot):
    import geopandas as gpd

    source = tmp_path / "new_plot.geojson"
    row = f.plot("p-new", "z1", shapely.box(70.02, 45.02, 70.03, 45.03), status="reserved", tenant="ТОО «Тест»")
    gpd.GeoDataFrame([{k: v for k, v in row.items() if k != "geometry"}], geometry=[row["geometry"]],
                     crs="EPSG:4326").to_file(source, driver="GeoJSON")
    window.import_file(str(source), layer="plots")
    qtbot.waitUntil(lambda: window.project is not None and len(window.project.plots) == 17, timeout=20000)
    assert "p-new" in set(window.project.plots["plot_id"])


def test_default_layout_gives_the_map_most_room_and_a_saved_layout_is_restored(qtbot, isolated_settings):
    from sezmap.ui.main_window import MainWindow

    w = MainWindow(isolated_settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    assert w.canvas.width() > 0.55 * w.width()
    assert w.canvas.height() > 0.6 * w.height()
    w.resizeDocks([w.table_dock], [320], Qt.Orientation.Vertical)
    qtbot.wait(50)
    saved = w.table_dock.height()
    w.close()  # saves geometry and dock state
    again = MainWindow(isolated_settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(50)
    assert abs(again.table_dock.height() - saved) <= 4
    again.canvas.shutdown()
