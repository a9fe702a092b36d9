"""The map in the window: zones picked by their ring at country scale, a
route's legs off the corridor network drawn and reported apart."""

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from sezmap.render import styles

LEFT, NO_MOD = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def country_scale(window, zone_row=0):
    """The view zoomed out until the zone is a 3 px polygon (drawn as a ring), centred on it."""
    zones = window.scene.layer("zones")
    cx, cy = (float(v) for v in zones.arrays.centres[zone_row])
    resolution = float(zones.arrays.sizes[zone_row]) / 3.0
    canvas = window.canvas
    canvas.set_settings(canvas.settings.replace(center_x=cx, center_y=cy, resolution=resolution))
    assert zone_row in zones.marker_rows(resolution)  # drawn as a ring at this scale
    return canvas.to_pixel(cx, cy), resolution


def test_double_click_on_a_zone_ring_3px_off_its_centre_picks_it(window):
    centre, resolution = country_scale(window)
    assert window.current_zone is None
    pos = QPointF(centre.x() + 3, centre.y())  # on the ring, outside the 3 px polygon
    QTest.mouseDClick(window.canvas, LEFT, NO_MOD, pos.toPoint())
    assert window.current_zone == "z1"
    assert window.canvas.settings.resolution < resolution / 5  # zoomed to the zone


def test_a_single_click_on_a_zone_ring_picks_it_without_moving_the_map(window, qtbot):
    """The dashboard says "pick a zone on the map": one click with the pan tool does it."""
    centre, resolution = country_scale(window)
    assert window.current_zone is None and window.canvas.tool is window.tools["pan"]
    before = window.canvas.settings
    qtbot.mouseClick(window.canvas, LEFT, NO_MOD, QPointF(centre.x() + 3, centre.y()).toPoint())
    assert window.current_zone == "z1"
    after = window.canvas.settings
    assert (after.center_x, after.center_y, after.resolution) == (before.center_x, before.center_y, resolution)
    assert window.selected_plots == []  # a zone picked, no plot selected


def test_a_single_click_on_a_plot_selects_it_and_a_drag_still_pans(window, qtbot):
    window.zoom_to_zone("z1")
    plots = window.scene.layer("plots")
    row = 5
    x, y = (float(v) for v in plots.arrays.centres[row])
    pos = window.canvas.to_pixel(x, y).toPoint()
    qtbot.mouseClick(window.canvas, LEFT, NO_MOD, pos)
    assert window.selected_plots == [row]
    assert window.current_zone == "z1"
    qtbot.mouseClick(window.canvas, LEFT, Qt.KeyboardModifier.ControlModifier,
                     window.canvas.to_pixel(*(float(v) for v in plots.arrays.centres[6])).toPoint())
    assert window.selected_plots == [5, 6]
    before = window.canvas.settings.center_x
    qtbot.mousePress(window.canvas, LEFT, NO_MOD, pos)
    for dx in (5, 20, 40):
        QTest.mouseMove(window.canvas, pos + QPointF(dx, 0).toPoint())
    qtbot.mouseRelease(window.canvas, LEFT, NO_MOD, pos + QPointF(40, 0).toPoint())
    assert window.canvas.settings.center_x < before  # panned
    assert window.selected_plots == [5, 6]  # and a drag picks nothing


def test_identify_3px_off_a_zone_ring_centre_finds_the_zone(window):
    centre, _resolution = country_scale(window)
    window.set_tool("identify")
    found = []
    original = window.identify_at

    def spy(*args):
        found.extend(original(*args))
        return found

    window.tools["identify"].identified.disconnect()
    window.tools["identify"].identified.connect(spy)
    QTest.mouseClick(window.canvas, LEFT, NO_MOD, QPointF(centre.x() - 2, centre.y() + 2).toPoint())
    assert [h.feature_id for h in found if h.layer_id == "zones"] == ["z1"]
    assert window.current_zone == "z1"


def test_outside_a_zone_drawn_as_its_outline_is_not_the_zone(window):
    """At zone scale the outline is the target: a click just outside it finds no zone."""
    window.zoom_to_zone("z1")
    zones = window.scene.layer("zones")
    x0, y0, x1, y1 = zones.arrays.bounds[0]
    res = window.canvas.settings.resolution
    hits = window.identify_at(x1 + 3 * res, (y0 + y1) / 2, 0.0)
    assert not [h for h in hits if h.layer_id == "zones"]


def test_a_route_with_legs_off_the_network_says_so_and_draws_them_apart(window):
    """Test Zone's centroid is ~130 km from the corridor's nearest vertex: that leg is off the
    network, reported in the panel and drawn dashed grey, not in the route's colour."""
    window.start_analysis(wait=True)
    panel = window.logistics
    panel.zone_box.setCurrentIndex(panel.zone_box.findData("z1"))
    panel.hub_box.setCurrentIndex(panel.hub_box.findData("h2"))
    panel.show_button.click()
    parts = window.engine.route_parts("z1", "h2")
    off = sum(p.km for p in parts if not p.on_network)
    km = window.engine.metrics["z1"].network_km["h2"]
    assert off > 50
    text = panel.result.text()
    assert f"{km:,.1f} km, of which {off:,.1f} km off the corridor network" in text
    route = window.scene.layer("route")
    assert [on for _xy, on in route.parts] == [p.on_network for p in parts]
    assert any(text_ == "Off the corridor network (straight line)" for text_, _k, _s in route.legend_items())
    # draw it: along the zone's leg the pixels are the grey of the legs, never the route's red
    settings = window.canvas.settings
    image = QImage(settings.width, settings.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    from sezmap.render.layers import RenderContext

    route.draw(RenderContext(settings, painter))
    painter.end()
    leg = route.parts[0][0]
    px, py = settings.world_to_pixel(leg[:, 0], leg[:, 1])
    samples = [QColor(image.pixel(int(round(x)), int(round(y)))) for x, y in
               zip(np.linspace(px[0], px[1], 60)[10:-10], np.linspace(py[0], py[1], 60)[10:-10])]
    red = [c for c in samples if abs(c.red() - styles.ROUTE.red()) < 30 and c.green() < 80]
    grey = [c for c in samples if abs(c.red() - c.green()) < 10 and c.red() < 160]
    assert not red and len(grey) >= 10


def test_a_route_without_a_leg_worth_mentioning_keeps_the_plain_text(window):
    panel = window.logistics
    panel.show_result(123.4, "A", "B", 0.01)
    assert "of which" not in panel.result.text() and "123.4" in panel.result.text()


def test_the_canvas_keeps_labels_off_its_scale_bar_and_north_arrow(window, monkeypatch, qtbot):
    """Both ways the canvas renders (on its thread, and at once) ask for the furniture's boxes
    to be kept free of labels."""
    import sezmap.render.renderer as renderer
    import sezmap.ui.render_job as render_job

    asked = []
    for module in (renderer, render_job):
        real = module.render_image

        def spy(*args, _real=real, **kwargs):
            asked.append(kwargs.get("furniture"))
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, "render_image", spy)
    window.canvas.render_now()
    with qtbot.waitSignal(window.canvas.renderFinished, timeout=10000):
        window.canvas.refresh()
    assert asked == [True, True]


def test_every_zone_is_labelled_in_the_default_window(open_window):
    """The bundled project in a window of the default 1400×900: the canvas's own render names
    every zone (Park of Innovative Technologies too, next to Almaty G4 City)."""
    from sezmap import paths
    from sezmap.render.labels import LabelPlacer
    from sezmap.render.renderer import render

    window = open_window(str(paths.default_project()), size=(1400, 900))
    settings = window.canvas.settings
    assert settings.width < 900  # the docks take their default room
    image = QImage(settings.width, settings.height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    placer = LabelPlacer(settings.width, settings.height)
    render(settings, painter, window.scene, furniture=True, placer=placer)
    painter.end()
    labelled = {label.cand.key for label in placer.placed}
    for zone_id in window.project.zones["zone_id"]:
        assert f"zones:{zone_id}" in labelled, zone_id
    pit = next(label for label in placer.placed if label.cand.key == "zones:almaty_pit")
    assert pit.text.replace("\n", " ").startswith("Park of Innovative Technologies")
