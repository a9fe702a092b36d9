"""What a planner meets in the window: identify's years and zone names,
plurals, the Kazakh status filter, collated zone lists, the CRS name, the dashboard's figures
(land not parcelled, "unused" defined, straight-line distances, long names wrapped, bars and idle plots to click),
the measure label and the status bar, the project opened at start, recent projects."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

import factories as f
from sezmap.model.statuses import STATUSES
from sezmap.store.gpkg import GpkgStore
from factories import make_project

KAZAKH_NAMES = {"z1": "Павлодар", "z2": "Өнер", "z3": "Ақтау", "z4": "Бақ"}  # collated: Ақтау Бақ Өнер Павлодар


def planner_project(path):
    """Four zones with Kazakh names out of order; zone z1 with idle plots (allocated, deadline
    passed, nothing invested of a commitment) and an expiry year."""
    boxes = {"z1": (70.0, 45.0, 70.1, 45.1), "z2": (72.0, 45.0, 72.1, 45.1), "z3": (74.0, 45.0, 74.1, 45.1),
             "z4": (76.0, 45.0, 76.1, 45.1)}
    zones = [f.zone(z, shapely.box(*b), name_en=f"Zone {z}", name_ru=f"Зона {z}", name_kk=KAZAKH_NAMES[z],
                    established=2011, expires=2035.0 if z == "z1" else None) for z, b in boxes.items()]
    plots = []
    for i in range(3):
        for j in range(3):
            k = i * 3 + j
            geom = shapely.box(70.0 + i * 0.03, 45.0 + j * 0.03, 70.0 + i * 0.03 + 0.025, 45.0 + j * 0.03 + 0.025)
            idle = k < 3
            plots.append(f.plot(f"p{k}", "z1", geom, status="allocated" if idle else STATUSES[k % 7],
                                contract_deadline="2019-01-01" if idle else None,
                                investment_committed_kzt=1e9 if idle else None, investment_actual_kzt=0.0))
    layers = f.layers(zones, plots, [f.corridor("c1", ((69.0, 44.0), (71.0, 46.0), (76.1, 43.05)))],
                      [f.hub("h1", (71.0, 46.0)), f.hub("sea", (51.2, 43.6), kind="seaport",
                                                        name_en="A seaport with a really very long name indeed")])
    GpkgStore.create(path, layers, meta={"title": "Planner"})
    return str(path)


@pytest.fixture
def planner(open_window, tmp_path):
    return open_window(planner_project(tmp_path / "planner.gpkg"), size=(1100, 750), analyse=True)


def tree_values(panel):
    top = panel.tree.topLevelItem(0)
    return {top.child(i).data(0, Qt.ItemDataRole.UserRole): top.child(i).text(1) for i in range(top.childCount())}


# --- identify ---------------------------------------------------------------------------------

def test_identify_shows_years_as_years_and_zones_by_name(planner):
    zones = planner.scene.layer("zones").arrays
    x, y = zones.centres[0]
    hits = [h for h in planner.identify_at(x, y, 1.0) if h.layer_id == "zones"]
    assert hits
    planner.show_identify(hits)
    values = tree_values(planner.identify_panel)
    assert values["expires"] == "2035" and values["established"] == "2011"
    assert "Zone z1" in planner.statusBar().currentMessage()  # not its id
    planner.set_language("ru")
    assert tree_values(planner.identify_panel)["expires"] == "2035"  # not "2 035"
    plots = planner.scene.layer("plots").arrays
    planner.identify_at(*plots.centres[4], 1.0)
    values = tree_values(planner.identify_panel)
    assert values["zone_id"] == "Зона z1"


# --- plurals, the Kazakh filter, collation, the CRS -----------------------------------

def test_russian_plurals(planner):
    planner.set_language("ru")
    dash = planner.dashboard
    planner.select_zone("z1")
    assert dash.figure_labels["idle"][1].text().startswith("3 участка, ")  # not "3 участков"
    assert dash.tr("%Ln plots, %1 ha", "", 5).startswith("5 участков")
    assert dash.tr("%Ln plots, %1 ha", "", 21).startswith("21 участок")
    table = planner.table
    assert table.count_label.text() == "9 из 9 участков"
    planner.set_language("kk")
    assert table.count_label.text() == "9 учаскенің 9"


def test_the_kazakh_status_filter_is_not_clipped(planner, qtbot):
    planner.table_dock.show()
    box = planner.table.status_box
    planner.set_language("kk")
    qtbot.wait(50)
    widest = max(QFontMetrics(box.font()).horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    assert box.width() >= widest + 20  # the text and the arrow


def test_zone_lists_follow_the_kazakh_alphabet(planner):
    planner.set_language("kk")
    collated = ["Ақтау", "Бақ", "Өнер", "Павлодар"]
    picker = [planner.zone_picker.itemText(i) for i in range(1, planner.zone_picker.count())]
    assert picker == collated  # code point order would put Өнер last
    logistics = [planner.logistics.zone_box.itemText(i) for i in range(planner.logistics.zone_box.count())]
    assert logistics == collated


def test_the_crs_name_is_translated(planner):
    assert planner.crs_label.text() == "Albers Kazakhstan (WGS84)"
    planner.set_language("ru")
    assert planner.crs_label.text() == "Альберс, Казахстан (WGS84)"
    planner.set_language("kk")
    assert planner.crs_label.text() == "Альберс, Қазақстан (WGS84)"


# --- the dashboard ---------------------------------------------------------------------------

def test_land_by_status_includes_land_not_parcelled_and_unused_is_defined(planner):
    planner.select_zone("z1")
    dash = planner.dashboard
    m = planner.engine.metrics["z1"]
    items = dash.status_chart.items
    assert items[-1][0] == "Not parcelled" and items[-1][1] == pytest.approx(m.unparcelled_ha)
    assert sum(v for _l, v, _c in items) == pytest.approx(m.area_ha, rel=1e-6)  # the whole zone
    unused = sum(v for label, v, _c in items if label in ("Vacant", "Reserved", "Withdrawn", "Not parcelled"))
    assert unused / m.area_ha == pytest.approx(m.unused_ratio, abs=1e-6)
    assert dash.unused_note.isVisibleTo(dash) and "not parcelled" in dash.unused_note.text()
    assert "not parcelled" in dash.figure_labels["unused"][0].toolTip()


def test_straight_line_distances_say_so(planner):
    planner.select_zone("z1")
    text = planner.dashboard.figure_labels["seaport"][1].text()
    assert "in a straight line" in text and "A seaport" in text


def test_long_chart_names_wrap_whole_and_show_with_their_value_on_hover(planner, qtbot):
    planner.select_zone("z1")
    dash = planner.dashboard
    planner.dashboard_dock.show()
    planner.dashboard_dock.raise_()
    chart = dash.network_chart
    chart.resize(260, chart.height())
    label = "A seaport with a really very long name indeed"
    row = [text for text, _v, _c in chart.items].index(label)
    layout = chart.layout_rows()
    box = layout.rows[row]
    metrics = QFontMetricsF(chart.font())
    assert metrics.horizontalAdvance(label) > layout.label_w  # too long for one line
    drawn = metrics.boundingRect(QRectF(0, 0, layout.label_w - 6, 1e6), box.label_flags, label)
    assert drawn.width() <= layout.label_w - 6 and drawn.height() <= box.height  # whole, in its row
    assert box.height >= 2 * metrics.lineSpacing()  # on two lines or more, not cut with "…"
    assert chart.height() >= layout.height - 1  # the widget is as tall as its rows
    y = int(box.top + box.height / 2)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, QPoint(10, y), chart.mapToGlobal(QPoint(10, y))))
    assert QToolTip.text().startswith(label + ": ")


def test_clicking_a_bar_of_the_all_zones_chart_picks_its_zone(planner, qtbot):
    dash = planner.dashboard
    planner.dashboard_dock.show()
    planner.dashboard_dock.raise_()
    planner.select_zone("z1")
    chart = dash.zones_chart
    row = [text for text, _v, _c in chart.items].index("Zone z3")
    box = chart.layout_rows().rows[row]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(chart.label_width()) + 5, int(box.top + box.height / 2)))
    assert planner.current_zone == "z3"
    assert planner.zone_picker.currentData() == "z3"


def test_idle_plots_can_be_clicked_to_select_them(planner):
    planner.select_zone("z1")
    dash = planner.dashboard
    assert 'href="row:' in dash.idle_list.text()
    idle = [int(r) for r in dash._idle_rows]
    assert len(idle) == 3
    dash.idle_list.linkActivated.emit(f"row:{idle[1]}")
    assert planner.selected_plots == [idle[1]]
    assert planner.table.selected_rows() == [idle[1]]
    dash.idle_list.linkActivated.emit("all")
    assert planner.selected_plots == idle


def test_no_blank_captions_without_a_project(qtbot, isolated_settings):
    from sezmap.ui.main_window import MainWindow

    w = MainWindow(isolated_settings)
    qtbot.addWidget(w)
    w.show()
    dash = w.dashboard
    assert dash.note.text() == "No project is open."
    shown = [name.text() for name, _v in dash.figure_labels.values() if name.isVisibleTo(dash)]
    shown += [box.title() for box in (dash.status_box, dash.idle_box, dash.network_box, dash.zones_box)
              if box.isVisibleTo(dash)]
    assert shown == []
    w.canvas.shutdown()


# --- measure, start-up, recent, the benchmark's help ---------------------------------

def test_the_measure_label_stays_on_the_map_and_esc_clears_the_status_bar(window, qtbot):
    from PySide6.QtTest import QTest

    window.set_tool("measure")
    canvas = window.canvas
    corner = QPoint(canvas.width() - 3, canvas.height() - 3)
    for point in (QPoint(60, 60), corner):
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    tool = window.tools["measure"]
    rect = tool.label_rect(QPointF(corner), QFontMetrics(canvas.font()).boundingRect(tool.value_text()))
    assert canvas.rect().contains(rect)
    assert window.statusBar().currentMessage().endswith("km")
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert window.statusBar().currentMessage() == ""
    assert not tool.points


def test_plain_sezmap_opens_the_last_project(isolated_settings, project_path, monkeypatch):
    from sezmap import paths
    from sezmap.ui import app as app_module
    from sezmap.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_project", lambda self, path, wait=False: opened.append(path))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    isolated_settings.last_project = project_path
    isolated_settings.sync()
    assert app_module.run_app(None) == 0
    Path(project_path).unlink()  # gone: the bundled project instead
    assert app_module.run_app(None) == 0
    assert opened == [project_path, str(paths.default_project())]


def test_a_deleted_file_leaves_recent_projects(window, isolated_settings, tmp_path):
    other = make_project(tmp_path / "other.gpkg")
    isolated_settings.add_recent(other)
    window.update_recent_menu()
    listed = [a.text() for a in window.menu_recent.actions() if a.text() and not a.isSeparator()]
    assert other in listed
    Path(other).unlink()
    window.menu_recent.aboutToShow.emit()  # the menu opened
    listed = [a.text() for a in window.menu_recent.actions() if a.text() and not a.isSeparator()]
    assert other not in listed and window.project_path in listed
    assert other not in isolated_settings.recent_projects()


def test_make_synthetic_writes_a_project_of_the_asked_size(tmp_path):
    """The benchmarks' project maker: as many plots as asked, over the 14 seeded zones, that the
    store opens; too few plots for its zones is refused with a usage error."""
    script = Path(__file__).resolve().parent / "benchmarks" / "make_synthetic.py"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = tmp_path / "synthetic.gpkg"
    done = subprocess.run([sys.executable, str(script), "1200", str(out)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    project = GpkgStore(out).load()
    assert len(project.plots) == 1200 and project.plots["plot_id"].is_unique
    assert len(project.zones) == 14 and set(project.plots["zone_id"]) == set(project.zones["zone_id"])
    assert project.plots.groupby("zone_id").size().min() >= 50
    assert set(project.plots["status"]) <= set(STATUSES) and len(project.corridors) and len(project.hubs)
    refused = subprocess.run([sys.executable, str(script), "100", str(tmp_path / "small.gpkg")],
                             capture_output=True, text=True, timeout=120, env=env)
    assert refused.returncode == 2 and "too few" in refused.stderr
