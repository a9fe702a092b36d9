"""The renderer: map settings, projected arrays, culling, and what lands in the image."""

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

import factories as f
from sezmap.model.project import Project
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render import styles
from sezmap.render.geometry_arrays import GeometryArrays
from sezmap.render.identify import identify
from sezmap.render.labels import LabelCandidate, LabelPlacer
from sezmap.render.map_settings import MapSettings
from sezmap.render.measure import geodesic_area_m2, geodesic_length_m
from sezmap.render.qpath import path_from_arrays
from sezmap.render.renderer import render, render_image
from sezmap.render.scene import build_scene

CRS = crs_mod.DEFAULT_DISPLAY_CRS


def grid_project(n=4, zone_box=(70.0, 45.0, 70.1, 45.1)):
    x0, y0, x1, y1 = zone_box
    step_x, step_y = (x1 - x0) / n, (y1 - y0) / n
    plots = []
    for i in range(n):
        for j in range(n):
            k = i * n + j
            box = shapely.box(x0 + i * step_x, y0 + j * step_y, x0 + (i + 0.9) * step_x, y0 + (j + 0.9) * step_y)
            plots.append(f.plot(f"p{k}", "z1", box, status=STATUSES[k % len(STATUSES)]))
    layers = f.layers([f.zone("z1", shapely.box(*zone_box))], plots,
                      [f.corridor("c1", ((69.0, 44.0), (71.0, 46.0)))], [f.hub("h1", (71.0, 46.0))])
    return Project(**layers)


def test_settings_zoom_keeps_the_point_under_the_cursor():
    s = MapSettings(center_x=1000, center_y=2000, resolution=10, width=400, height=300)
    before = s.pixel_to_world(100, 50)
    z = s.zoomed(2.0, 100, 50)
    assert z.resolution == 5
    after = z.pixel_to_world(100, 50)
    assert np.allclose(before, after)


def test_settings_pan_moves_content_with_the_drag():
    s = MapSettings(center_x=0, center_y=0, resolution=10, width=400, height=300)
    p = s.panned(10, 0)
    # the world point that was at pixel 0 is now at pixel 10
    wx, wy = s.pixel_to_world(0, 0)
    px, py = p.world_to_pixel(wx, wy)
    assert np.allclose((px, py), (10, 0))


def test_fitted_shows_the_whole_box_and_scale():
    s = MapSettings(width=800, height=600).fitted((0, 0, 8000, 3000), margin=0)
    x0, y0, x1, y1 = s.extent
    assert x0 <= 0 and y0 <= 0 and x1 >= 8000 and y1 >= 3000
    assert s.resolution == pytest.approx(10)
    assert s.scale_denominator == pytest.approx(10 * 96 / 0.0254)


def test_display_crs_round_trip_and_is_kazakh_albers():
    x, y = crs_mod.forward(CRS, [68.0, 76.9], [48.0, 43.2])
    assert abs(x[0]) < 1e-6 and abs(y[0]) < 1e-6  # lon_0 68, lat_0 48 is the origin
    lon, lat = crs_mod.inverse(CRS, x, y)
    assert np.allclose(lon, [68.0, 76.9]) and np.allclose(lat, [48.0, 43.2])


def test_geometry_arrays_bounds_cull_and_vertices():
    geoms = np.array([shapely.box(70, 45, 70.01, 45.01),
                      shapely.MultiPolygon([shapely.box(71, 46, 71.01, 46.01), shapely.box(72, 46, 72.01, 46.01)]),
                      None], dtype=object)
    arrays = GeometryArrays.from_geometries(geoms, CRS)
    assert arrays.kind == "polygon" and len(arrays) == 3
    assert np.isnan(arrays.bounds[2]).all()
    b = crs_mod.project_bounds(CRS, (70, 45, 70.01, 45.01))
    assert np.allclose(arrays.bounds[0], b, atol=1.0)
    assert list(arrays.visible(b)) == [0]
    assert len(arrays.vertex_indices(np.array([1]))) == 10  # two closed rings of 5
    assert arrays.part_start[arrays.vertex_indices(np.array([1]))].sum() == 2


def test_path_from_arrays_makes_subpaths():
    path = path_from_arrays(np.array([0, 10, 10, 0, 20, 30, 30.0]), np.array([0, 0, 10, 0, 0, 0, 10.0]),
                            np.array([1, 0, 0, 0, 1, 0, 0], bool))
    assert path.elementCount() == 7
    assert path.boundingRect() == QRectF(0, 0, 30, 10)


def pixel(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name().upper()


def test_zone_image_has_the_status_colours_where_the_plots_are():
    project = grid_project()
    scene = build_scene(project, None, CRS)
    zone_bounds = tuple(scene.layer("zones").arrays.bounds[0])
    settings = MapSettings(width=600, height=500).fitted(zone_bounds)
    image, stats = render_image(settings, scene)
    assert stats["plots_visible"] == 16
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, 600, 7) for y in range(0, 500, 7)}
    assert len(colours) > 5  # not blank
    centres = scene.layer("plots").arrays.centres
    for k, status in enumerate(project.plots["status"]):
        px, py = settings.world_to_pixel(*centres[k])
        assert pixel(image, px, py) == STATUS_COLOURS[status].upper(), (k, status)


def test_sub_pixel_plots_are_drawn_as_pixels_in_their_status_colour():
    project = grid_project(n=4, zone_box=(70.0, 45.0, 70.004, 45.004))  # ~300 m: far below a pixel
    scene = build_scene(project, None, CRS)
    settings = MapSettings(width=400, height=300).fitted(crs_mod.project_bounds(CRS, (60, 40, 80, 50)))
    for layer_id in ("zones", "corridors", "hubs"):
        scene.layer(layer_id).visible = False
    image, stats = render_image(settings, scene)
    assert stats["plots_as_pixels"] == 16
    centres = scene.layer("plots").arrays.centres
    px, py = settings.world_to_pixel(centres[:, 0], centres[:, 1])
    found = {pixel(image, x, y) for x, y in zip(px, py)}
    assert found & {c.upper() for c in STATUS_COLOURS.values()}


@pytest.mark.parametrize("device", ["image", "pixmap"])
@pytest.mark.parametrize("size", [(300, 200), (64, 480), (1200, 90), (17, 13)])
def test_render_draws_on_any_paint_device_size(size, device):
    """Wide, tall and tiny images and pixmaps: the zone fills the device, each plot in its colour."""
    width, height = size
    project = grid_project()
    scene = build_scene(project, None, CRS)
    for layer_id in ("corridors", "hubs"):  # the corridor crosses the zone
        scene.layer(layer_id).visible = False
    settings = MapSettings(width=width, height=height).fitted(tuple(scene.layer("zones").arrays.bounds[0]))
    target = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied) if device == "image" \
        else QPixmap(width, height)
    target.fill(QColor("#000000"))
    painter = QPainter(target)
    stats = render(settings, painter, scene, labels=False)
    painter.end()
    assert not stats.get("cancelled") and stats["plots_visible"] == 16
    image = target if device == "image" else target.toImage()
    assert (image.width(), image.height()) == size
    corners = [(0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)]
    assert all(pixel(image, x, y) != "#000000" for x, y in corners)  # drawn edge to edge
    centres = scene.layer("plots").arrays.centres
    for k, status in enumerate(project.plots["status"]):
        px, py = settings.world_to_pixel(*centres[k])
        if min(width, height) >= 64:  # a plot spans pixels of its own fill (at 17 x 13 it is ~3 px)
            assert pixel(image, px, py) == STATUS_COLOURS[status].upper(), (size, k, status)


def test_render_stops_when_cancelled():
    scene = build_scene(grid_project(), None, CRS)
    settings = MapSettings(width=300, height=200).fitted(scene.full_bounds())
    _image, stats = render_image(settings, scene, cancelled=lambda: True)
    assert stats.get("cancelled") is True


def test_labels_do_not_overlap():
    placer = LabelPlacer(400, 300)
    cands = [LabelCandidate(f"Label number {i}", 200 + (i % 3), 150 + (i % 2), priority=i) for i in range(30)]
    placed = placer.place(cands)
    assert 1 <= len(placed) < 30
    rects = [label.rect for label in placed]
    for i in range(len(rects)):
        for j in range(i + 1, len(rects)):
            assert not rects[i].intersects(rects[j])
    assert placed[0].cand.priority == 29  # the most important first


def test_identify_finds_the_plot_under_the_point():
    project = grid_project()
    scene = build_scene(project, None, CRS)
    target = 5
    x, y = scene.layer("plots").arrays.centres[target]
    hits = identify(project, scene, x, y, tolerance=1.0)
    plot_hits = [h for h in hits if h.layer_id == "plots"]
    assert plot_hits and plot_hits[0].feature_id == "p5"
    assert any(h.layer_id == "zones" and h.feature_id == "z1" for h in hits)


def test_geodesic_measure():
    x, y = crs_mod.forward(CRS, [70.0, 71.0], [45.0, 45.0])
    assert geodesic_length_m(CRS, x, y) == pytest.approx(78_846, rel=2e-3)
    x, y = crs_mod.forward(CRS, [70.0, 70.01, 70.01, 70.0], [45.0, 45.0, 45.01, 45.01])
    import pyproj

    expected = abs(pyproj.Geod(ellps="WGS84").geometry_area_perimeter(shapely.box(70, 45, 70.01, 45.01))[0])
    assert geodesic_area_m2(CRS, x, y) == pytest.approx(expected, rel=1e-6)


def test_raster_overlay_is_warped_and_drawn(tmp_path):
    rasterio = pytest.importorskip("rasterio")
    from rasterio.transform import from_bounds

    from sezmap.render.raster import load_raster_layer

    path = tmp_path / "red.tif"
    data = np.zeros((3, 50, 50), np.uint8)
    data[0] = 255
    with rasterio.open(path, "w", driver="GTiff", width=50, height=50, count=3, dtype="uint8",
                       crs="EPSG:4326", transform=from_bounds(70, 45, 70.1, 45.1, 50, 50)) as dst:
        dst.write(data)
    layer = load_raster_layer(path, CRS)
    scene = build_scene(None, None, CRS)
    scene.layers.append(layer)
    settings = MapSettings(width=200, height=200).fitted(layer.bounds())
    image, _stats = render_image(settings, scene)
    assert pixel(image, 100, 100) == "#FF0000"


@pytest.fixture
def tile_server():
    """A tile server on localhost answering every /z/x/y.png with a solid green tile."""
    import http.server
    import threading

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#00AA00"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(data)
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png", hits, server
    server.shutdown()


def test_xyz_tiles_are_fetched_cached_and_warped(tile_server, tmp_path):
    from sezmap.render.tiles import XyzTileLayer

    url, hits, server = tile_server
    settings = MapSettings(width=320, height=240).fitted(crs_mod.project_bounds(CRS, (69.0, 44.0, 71.0, 46.0)))
    scene = build_scene(None, None, CRS)
    layer = XyzTileLayer(url, tmp_path / "cache", timeout_s=30)  # a late tile under load is not "offline"
    scene.layers.append(layer)
    image, _ = render_image(settings, scene)
    assert hits and pixel(image, 160, 120) == "#00AA00"
    cached = list((tmp_path / "cache").rglob("*.png"))
    assert len(cached) == len(hits)
    # offline: the cache still serves the same view, with no new requests
    server.shutdown()
    before = len(hits)
    layer2 = XyzTileLayer(url, tmp_path / "cache", timeout_s=0.5)
    scene.layers[-1] = layer2
    image, _ = render_image(settings, scene)
    assert pixel(image, 160, 120) == "#00AA00" and len(hits) == before


def test_xyz_tiles_fall_back_quietly_when_offline(tmp_path):
    from sezmap.render.tiles import XyzTileLayer

    settings = MapSettings(width=200, height=150).fitted(crs_mod.project_bounds(CRS, (69.0, 44.0, 71.0, 46.0)))
    scene = build_scene(None, None, CRS)
    layer = XyzTileLayer("http://127.0.0.1:9/{z}/{x}/{y}.png", tmp_path / "cache", timeout_s=0.5)
    scene.layers.append(layer)
    image, stats = render_image(settings, scene)
    assert "unavailable" in layer.status
    assert QColor(image.pixel(100, 75)) == styles.BACKGROUND  # the background, nothing broken


def test_basemap_layers_and_city_names_follow_the_language():
    from sezmap import paths
    from sezmap.render.scene import basemap_layers

    if not paths.basemap_path().exists():
        pytest.skip("no bundled basemap")
    layers = basemap_layers(paths.basemap_path(), CRS)
    ids = [layer.layer_id for layer in layers]
    assert ids[0] == "countries" and "cities" in ids
    cities = layers[ids.index("cities")]
    assert any("а" <= ch <= "я" for name in cities.names_by_language["ru"] for ch in name.lower())
    scene = build_scene(None, paths.basemap_path(), CRS)
    settings = MapSettings(width=800, height=500).fitted(crs_mod.project_bounds(CRS, (46, 40, 88, 56)))
    image, stats = render_image(settings, scene)
    assert stats["labels"] > 5


def test_the_same_render_draws_into_pdf_and_svg(tmp_path):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPageSize, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    scene = build_scene(grid_project(), None, CRS)
    settings = MapSettings(width=600, height=400).fitted(scene.full_bounds())
    svg_path = tmp_path / "map.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(svg_path))
    generator.setSize(QSize(600, 400))
    generator.setResolution(96)
    painter = QPainter(generator)
    render(settings, painter, scene)
    painter.end()
    text = svg_path.read_text()
    assert "<svg" in text and STATUS_COLOURS["operational"].lower() in text.lower()
    pdf_path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(pdf_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    painter = QPainter(writer)
    render(settings, painter, scene)
    painter.end()
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_identify_a_multipart_corridor_only_near_its_parts():
    from sezmap.render.identify import point_distance

    geoms = np.array([shapely.MultiLineString([[(70, 45), (71, 45)], [(72, 45), (73, 45)]])], dtype=object)
    arrays = GeometryArrays.from_geometries(geoms, CRS)
    gap_x, gap_y = crs_mod.forward(CRS, [71.5], [45.0])
    on_x, on_y = crs_mod.forward(CRS, [70.5], [45.0])
    assert point_distance(arrays, 0, float(on_x[0]), float(on_y[0])) < 200  # on the first part
    assert point_distance(arrays, 0, float(gap_x[0]), float(gap_y[0])) > 30_000  # not across the gap


def test_beyond_the_basemap_the_map_reads_as_unmapped_land_not_sea():
    # the basemap covers 44-90°E, 35-57°N; its lakes and seas there are a layer of their own, so
    # the background is seen only beyond it (a portrait country page shows 30-66°N): near the
    # neighbours' grey, far from the water's blue
    water = QColor(styles.BASEMAP_STYLES["water"]["fill"])
    land = QColor(styles.BASEMAP_STYLES["countries"]["fill"])

    def distance(a, b):
        return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))

    assert distance(styles.BACKGROUND, land) < 40 < distance(styles.BACKGROUND, water)
