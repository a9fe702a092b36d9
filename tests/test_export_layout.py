"""Print layouts and static exports (PNG, SVG, PDF, GeoTIFF), checked by real readers:
poppler's pdftoppm and pdftotext, xml.etree, rasterio, and the pixels of the images."""

import datetime as dt
import math
import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pyproj
import pytest
import shapely
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

import factories as f
from sezmap import paths
from sezmap.analysis.engine import AnalysisEngine
from sezmap.export import ExportCancelled, export_map
from sezmap.render.page_language import using_language
from sezmap.export.static import export_scene, page_layout
from sezmap.model.project import Project
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.render import crs as crs_mod
from sezmap.render.furniture import north_angle, scale_bar
from sezmap.render.legend import legend_entries
from sezmap.render.page import paper_page, pixel_page
from sezmap.store import open_store
from tests import needs

ZONE = "khorgos_eastern_gate"
AS_OF = dt.date(2026, 1, 1)
CRS = crs_mod.DEFAULT_DISPLAY_CRS
TITLE_RU = "СЭЗ «Хоргос – Восточные ворота»"
TITLE_KK = "«Қорғас – Шығыс қақпасы» АЭА"


@pytest.fixture(scope="module")
def bundled():
    project = open_store(str(paths.default_project())).load()
    return project, AnalysisEngine(project, AS_OF), export_scene(project)


def to_display(lon, lat):
    t = pyproj.Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
    return t.transform(lon, lat)


def colour_at(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name().upper()


# --- the layout's boxes ---------------------------------------------------------------------

PAGES = {
    "A4 portrait": paper_page("A4", False, 150),
    "A4 landscape": paper_page("A4", True, 150),
    "A3 portrait": paper_page("A3", False, 100),
    "A3 landscape": paper_page("A3", True, 100),
    "1920x1080": pixel_page(1920, 1080),
    "800x600": pixel_page(800, 600),
    "1080x1920": pixel_page(1080, 1920),
}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@pytest.mark.parametrize("zone", [ZONE, "nipt", None])
@pytest.mark.parametrize("page_name", list(PAGES))
def test_no_two_items_overlap_and_all_stay_on_the_page(bundled, page_name, zone, language):
    project, engine, scene = bundled
    page = PAGES[page_name]
    with using_language(language):
        layout = page_layout(project, page, zone=zone, language=language, engine=engine, scene=scene)
    boxes = layout.boxes
    assert {"title", "map", "scale_bar", "north", "sources", "legend"} <= set(boxes)
    if zone is not None:
        assert "figures" in boxes
    names = sorted(boxes)
    for i, a in enumerate(names):
        r = boxes[a]
        assert r.width() > 0 and r.height() > 0, a
        assert r.left() >= 0 and r.top() >= 0 and r.right() <= page.width + 0.01 and r.bottom() <= page.height + 0.01, a
        for b in names[i + 1:]:
            overlap = r.intersected(boxes[b])
            assert overlap.width() * overlap.height() < 1e-6, (page_name, a, b)
    # the legend's entries sit inside the legend box, apart from each other
    legend = boxes["legend"]
    placed = [rect.translated(legend.topLeft()) for _entry, rect in layout.legend_plan.placed]
    assert placed
    for k, r in enumerate(placed):
        assert legend.adjusted(-0.01, -0.01, 0.01, 0.01).contains(r)
        for other in placed[k + 1:]:
            overlap = r.intersected(other)
            assert overlap.width() * overlap.height() < 1e-6
    # the map keeps most of the page
    m = boxes["map"]
    assert m.width() * m.height() > 0.35 * page.width * page.height


def test_a_long_legend_is_summarised_not_spilled(bundled):
    """Many corridors in a small page: the legend shrinks, flows, then says "+ N more"."""
    project, engine, scene = bundled
    corridors = [f.corridor(f"c{k}", ((55.0, 45.1 + k * 0.07), (75.0, 45.1 + k * 0.07)), mode=("rail", "road", "sea")[k % 3],
                            name_en=f"A corridor with quite a long name number {k}") for k in range(40)]
    layers = f.layers([f.zone("z1", shapely.box(62.0, 45.0, 66.0, 48.0))], [f.plot("p1", "z1")], corridors, [f.hub()])
    small = Project(**layers)
    page = pixel_page(800, 600)
    layout = page_layout(small, page, zone="z1", engine=AnalysisEngine(small, AS_OF), basemap=False)
    kinds = [entry.kind for entry, _rect in layout.legend_plan.placed]
    assert kinds[-1] == "more" and layout.legend_plan.dropped > 0
    assert layout.boxes["legend"].bottom() <= page.height


# --- what the legend says, the scale bar, the north arrow ----------------------------------


def two_status_project():
    plots = [f.plot(f"p{k}", "z1", shapely.box(70.0 + k * 0.02, 45.0, 70.015 + k * 0.02, 45.015),
                    status=("vacant", "operational")[k % 2]) for k in range(4)]
    return Project(**f.layers([f.zone("z1", shapely.box(69.99, 44.99, 70.09, 45.03))], plots,
                              [f.corridor("c1", ((69.0, 44.0), (71.0, 46.0)), mode="road")],
                              [f.hub("h1", (75.0, 49.0), kind="seaport")]))


@pytest.mark.parametrize("landscape", [False, True])
def test_the_a3_country_map_lists_only_what_can_be_seen_and_repeats_no_inset(bundled, landscape):
    """At country scale every zone is a ring that covers its plots: no plot status in the
    legend; the map is the whole country: no inset that would be a small copy of it. A zone's
    page keeps both."""
    project, engine, scene = bundled
    page = paper_page("A3", landscape, 100)
    country = page_layout(project, page, engine=engine, scene=scene)
    texts = [entry.text for entry, _rect in country.legend_plan.placed]
    assert "Zone location" in texts and "Zone boundary" not in texts
    assert not {"Vacant", "Reserved", "Allocated", "Operational", "Plots"} & set(texts)
    assert "inset" not in country.boxes
    zone_page = page_layout(project, page, zone=ZONE, engine=engine, scene=scene)
    zone_texts = [entry.text for entry, _rect in zone_page.legend_plan.placed]
    assert {"Vacant", "Operational"} <= set(zone_texts)
    assert "inset" in zone_page.boxes


def test_the_legend_lists_only_what_the_map_shows():
    project = two_status_project()
    layout = page_layout(project, pixel_page(1200, 800), zone="z1", engine=AnalysisEngine(project, AS_OF),
                         basemap=False)
    entries = legend_entries(layout.scene, layout.settings)
    texts = [e.text for e in entries]
    assert "Vacant" in texts and "Operational" in texts
    assert not {"Reserved", "Allocated", "Withdrawn", "Infrastructure", "Under construction"} & set(texts)
    assert any(t.startswith("c1 (road)") for t in texts)  # the corridor crosses the view
    assert "Seaport" not in texts  # the hub is 500 km away
    # the road corridor's swatch is the map's own dashed symbol
    road = next(e for e in entries if e.text.startswith("c1"))
    from PySide6.QtCore import Qt

    assert road.symbol.dash == Qt.PenStyle.DashLine


@pytest.mark.parametrize("lat", [41.5, 47.0, 53.0])
def test_the_scale_bar_is_round_and_true_at_the_map_latitude(lat):
    """A geodesic of the bar's length, laid east from the centre, spans the bar's pixels."""
    from sezmap.render.map_settings import MapSettings

    x, y = to_display(75.0, lat)
    settings = MapSettings(center_x=x, center_y=y, resolution=25.0, width=800, height=600, crs=CRS)
    metres, length = scale_bar(settings, 200)
    mantissa = metres / 10 ** math.floor(math.log10(metres))
    assert mantissa in (1.0, 2.0, 5.0)
    assert 80 <= length <= 200
    lon2, lat2, _ = pyproj.Geod(ellps="WGS84").fwd(75.0, lat, 90.0, metres)
    x2, y2 = to_display(lon2, lat2)
    assert math.hypot(x2 - x, y2 - y) / settings.resolution == pytest.approx(length, rel=2e-3)


def test_the_scale_differs_with_latitude_in_the_albers_projection():
    from sezmap.render.map_settings import MapSettings

    per_px = []
    for lat in (40.0, 47.0, 55.0):
        x, y = to_display(68.0, lat)
        m, px = scale_bar(MapSettings(center_x=x, center_y=y, resolution=25.0, crs=CRS), 200)
        per_px.append(m / px)
    assert per_px[0] != pytest.approx(per_px[1], rel=1e-3) and per_px[2] != pytest.approx(per_px[1], rel=1e-3)


def test_the_north_arrow_points_to_true_north_east_of_the_central_meridian():
    from sezmap.render.map_settings import MapSettings

    n = (math.sin(math.radians(42)) + math.sin(math.radians(52))) / 2  # the cone constant
    for lon in (55.0, 68.0, 80.3):
        x, y = to_display(lon, 44.2)
        angle = north_angle(MapSettings(center_x=x, center_y=y, crs=CRS))
        assert angle == pytest.approx(-n * (lon - 68.0), abs=0.05)


# --- PNG --------------------------------------------------------------------------------------


def test_png_has_the_asked_size_and_the_plots_in_their_status_colours(bundled, tmp_path):
    project, engine, scene = bundled
    out = export_map(project, tmp_path / "zone.png", zone=ZONE, width=1920, height=1080, engine=engine, scene=scene)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    layout = page_layout(project, pixel_page(1920, 1080), zone=ZONE, engine=engine, scene=scene)
    box, settings, s = layout.boxes["map"], layout.settings, layout.page.scale
    plots = project.plots[project.plots.zone_id == ZONE]
    points = shapely.point_on_surface(np.asarray(plots.geometry.values))
    xs, ys = to_display(shapely.get_x(points), shapely.get_y(points))
    px, py = settings.world_to_pixel(np.asarray(xs), np.asarray(ys))
    hits = total = 0
    for x, y, status in zip(px, py, plots.status):
        if 5 < x < settings.width - 5 and 5 < y < settings.height - 5:
            total += 1
            hits += colour_at(image, (box.left() + x) * s, (box.top() + y) * s) == STATUS_COLOURS[status].upper()
    assert total > 50
    assert hits >= 0.8 * total  # the rest under labels and corridor lines
    found = {STATUSES[k] for k in np.unique(layout.scene.layer("plots").status_code[
        layout.scene.layer("plots").arrays.visible(settings.extent)])}
    legend_texts = {e.text for e, _r in layout.legend_plan.placed}
    from sezmap.render import names

    assert {names.status_label(st) for st in found} <= legend_texts


def test_a_cancelled_export_writes_nothing(bundled, tmp_path):
    project, engine, scene = bundled
    target = tmp_path / "cancelled.png"
    with pytest.raises(ExportCancelled):
        export_map(project, target, zone=ZONE, engine=engine, scene=scene, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


# --- PDF --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language,title", [("ru", TITLE_RU), ("kk", TITLE_KK)])
@pytest.mark.parametrize("paper,landscape", [("A4", False), ("A3", True)])
def test_pdf_renders_and_its_cyrillic_title_is_searchable(bundled, tmp_path, language, title, paper, landscape):
    needs.command("pdftoppm", "poppler-utils")
    project, engine, scene = bundled
    out = export_map(project, tmp_path / "zone.pdf", zone=ZONE, paper=paper, landscape=landscape, dpi=300,
                     language=language, engine=engine, scene=scene)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    mm = {"A4": (210, 297), "A3": (297, 420)}[paper]
    w_mm, h_mm = (mm[1], mm[0]) if landscape else mm
    assert abs(image.width() - w_mm / 25.4 * 30) <= 2 and abs(image.height() - h_mm / 25.4 * 30) <= 2
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 30  # a drawn page, not a blank one
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert title in " ".join(text.split())
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())


# --- SVG --------------------------------------------------------------------------------------


def test_svg_parses_and_holds_text_elements(bundled, tmp_path):
    project, engine, scene = bundled
    out = export_map(project, tmp_path / "zone.svg", zone=ZONE, language="ru", engine=engine, scene=scene)
    root = ET.parse(out).getroot()
    texts = [el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert len(texts) > 20
    assert TITLE_RU in texts
    assert any("га" in t for t in texts)  # the key figures, in Russian units


# --- GeoTIFF ----------------------------------------------------------------------------------


def test_geotiff_is_georeferenced_in_the_display_crs(bundled, tmp_path):
    import rasterio
    import rasterio.transform

    project, engine, scene = bundled
    out = export_map(project, tmp_path / "zone.tif", zone=ZONE, width=1000, height=700, scene=scene)
    with rasterio.open(out) as ds:
        assert (ds.width, ds.height, ds.count) == (1000, 700, 3)
        assert pyproj.CRS.from_wkt(ds.crs.to_wkt()).equals(pyproj.CRS.from_user_input(CRS))
        pixel = ds.res[0]
        assert ds.res[0] == pytest.approx(ds.res[1], rel=1e-9)
        left, bottom, right, top = ds.bounds
        rgb = ds.read()
        transform = ds.transform
    # the requested extent: the zone's outline in the display CRS, with 6 % around it
    zone = project.zones[project.zones.zone_id == ZONE].geometry.iloc[0]
    zx, zy = to_display(*shapely.get_coordinates(zone).T)
    x0, x1, y0, y1 = min(zx), max(zx), min(zy), max(zy)
    assert (left + right) / 2 == pytest.approx((x0 + x1) / 2, abs=pixel)
    assert top - 0.5 * 700 * pixel == pytest.approx((y0 + y1) / 2, abs=pixel)
    want_w, want_h = (x1 - x0) * 1.12, (y1 - y0) * 1.12
    fit = max(want_w / 1000, want_h / 700)  # the limiting side fills the image
    assert pixel == pytest.approx(fit, rel=1e-3)
    assert left <= x0 and right >= x1 and top >= y1 and bottom <= y0
    assert min(abs(right - left - want_w), abs(top - bottom - want_h)) <= 2 * pixel
    # plots land where the transform says: their status colour at their own pixels
    plots = project.plots[project.plots.zone_id == ZONE]
    points = shapely.point_on_surface(np.asarray(plots.geometry.values))
    xs, ys = to_display(shapely.get_x(points), shapely.get_y(points))
    rows, cols = rasterio.transform.rowcol(transform, np.asarray(xs), np.asarray(ys))
    hits = total = 0
    for row, col, status in zip(rows, cols, plots.status):
        if 3 < col < 997 and 3 < row < 697:
            total += 1
            got = "#{:02X}{:02X}{:02X}".format(*rgb[:, row, col])
            hits += got == STATUS_COLOURS[status].upper()
    assert total > 50 and hits >= 0.8 * total


def test_geotiff_of_a_paper_size_has_that_many_pixels(bundled, tmp_path):
    import rasterio

    project, _engine, scene = bundled
    out = export_map(project, tmp_path / "a4.tif", zone="saryarka", paper="A4", landscape=True, dpi=100, scene=scene)
    with rasterio.open(out) as ds:
        assert (ds.width, ds.height) == (round(297 / 25.4 * 100), round(210 / 25.4 * 100))
        assert ds.res[0] == pytest.approx(ds.res[1], rel=1e-9)


def test_investor_mode_shows_and_lists_only_vacant_plots(bundled):
    project, engine, scene = bundled
    layout = page_layout(project, pixel_page(1600, 900), zone=ZONE, engine=engine, scene=scene, vacant=True)
    fills = {e.text for e in layout.entries if e.kind == "symbol" and e.symbol.__class__.__name__ == "FillSymbol"
             and e.text in {"Vacant", "Reserved", "Allocated", "Under construction", "Operational", "Withdrawn",
                            "Infrastructure"}}
    assert fills == {"Vacant"}
    assert "Vacant plots only" in layout.content.subtitle
    from sezmap.export.static import page_image

    image = page_image(layout)
    box, settings, s = layout.boxes["map"], layout.settings, layout.page.scale
    plots = project.plots[project.plots.zone_id == ZONE]
    points = shapely.point_on_surface(np.asarray(plots.geometry.values))
    xs, ys = to_display(shapely.get_x(points), shapely.get_y(points))
    px, py = settings.world_to_pixel(np.asarray(xs), np.asarray(ys))
    shown = {status: 0 for status in STATUSES}
    for x, y, status in zip(px, py, plots.status):
        if 5 < x < settings.width - 5 and 5 < y < settings.height - 5:
            shown[status] += colour_at(image, (box.left() + x) * s, (box.top() + y) * s) == STATUS_COLOURS[status].upper()
    assert shown["vacant"] > 10
    assert all(n == 0 for status, n in shown.items() if status != "vacant")
    # the app's scene is not changed by an investor-mode export
    assert not scene.layer("plots").hidden_statuses


# --- the SVG page, as its readers draw it ----------------------------------------------------


def _svg_readers():
    """(name, draw(svg, png, width, height)) for each real SVG reader installed."""
    from tests.test_export_web import run_chromium

    readers = []
    if shutil.which("rsvg-convert"):
        def rsvg(svg, png, w, h):
            subprocess.run(["rsvg-convert", "-w", str(w), "-h", str(h), "-b", "white", "-o", str(png), str(svg)],
                           check=True, capture_output=True, timeout=120)
        readers.append(("librsvg", rsvg))
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        def chrome(svg, png, w, h):
            run_chromium(png.parent / "chromium", svg.as_uri(), f"--screenshot={png}", f"--window-size={w},{h}",
                         "--force-device-scale-factor=1", "--default-background-color=ffffffff")
        readers.append(("Chromium", chrome))
    return readers


def _rgb(path) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(path).convert("RGB")).astype(float)


def _blocks(rgb: np.ndarray, n: int = 4) -> np.ndarray:
    """Means of n×n pixel blocks: two readers' text antialiasing differs by a pixel, a map does not."""
    h, w = rgb.shape[0] // n * n, rgb.shape[1] // n * n
    return rgb[:h, :w].reshape(h // n, n, w // n, n, 3).mean(axis=(1, 3))


def test_svg_page_is_clipped_like_the_png_page_in_librsvg_and_chromium(bundled, tmp_path):
    """The map, its background and the corridors stay in the map frame, the inset's countries in
    the inset: the panel (key figures, legend, the gaps, the inset) reads as on the PNG page."""
    project, engine, scene = bundled
    readers = _svg_readers()
    if not readers:
        pytest.skip("no SVG reader installed (librsvg2-bin's rsvg-convert, chromium)")
    kw = dict(zone=ZONE, paper="A4", landscape=True, dpi=96, engine=engine, scene=scene)
    png = _rgb(export_map(project, tmp_path / "page.png", **kw))
    svg = export_map(project, tmp_path / "page.svg", **kw)
    h, w = png.shape[:2]
    layout = page_layout(project, paper_page("A4", True, 96), zone=ZONE, engine=engine, scene=scene)
    s = w / layout.page.width

    def part(rgb, r, inside=2):
        return rgb[int(r.top() * s) + inside: int(r.bottom() * s) - inside,
                   int(r.left() * s) + inside: int(r.right() * s) - inside]

    body = layout.boxes["map"]
    panel = QRectF(body.right() + 3, body.top(), layout.page.width - body.right() - 3, body.height())
    for name, draw in readers:
        out = tmp_path / f"{name}.png"
        draw(svg, out, w, h)
        got = _rgb(out)
        assert got.shape == png.shape, name
        for key in ("figures", "legend", "inset", "inset_heading", "legend_heading"):
            a, b = _blocks(part(got, layout.boxes[key])), _blocks(part(png, layout.boxes[key]))
            differ = (np.abs(a - b).max(axis=2) > 40).mean()
            assert differ < 0.002, f"{name}: {differ:.1%} of the {key} box differs from the PNG page"
        # beside the map, where the PNG page is white, the SVG page is white too (no map colour)
        a, b = _blocks(part(got, panel, 0)), _blocks(part(png, panel, 0))
        white = (b > 250).all(axis=2)
        assert white.mean() > 0.3
        stray = (a[white] < 235).any(axis=1).mean()
        assert stray < 0.002, f"{name}: {stray:.1%} of the white panel is painted"


def test_every_static_export_says_its_date(bundled, tmp_path):
    """The page's subtitle (PNG, PDF, SVG) and the GeoTIFF's tags name the date of the figures."""
    import rasterio

    project, engine, scene = bundled
    day = dt.date(2025, 3, 1)
    tif = export_map(project, tmp_path / "dated.tif", zone=ZONE, width=600, height=400, scene=scene, as_of=day)
    with rasterio.open(tif) as src:
        tags = src.tags()
    assert tags["SEZMAP_AS_OF"] == "2025-03-01" and tags["TIFFTAG_DATETIME"] == "2025:03:01 00:00:00"
    assert "as of 2025-03-01" in tags["TIFFTAG_IMAGEDESCRIPTION"]
    svg = export_map(project, tmp_path / "dated.svg", zone=ZONE, paper="A4", scene=scene, as_of=day)
    assert "1 March 2025" in svg.read_text(encoding="utf-8")


def test_a_zone_pages_analysis_runs_on_a_worker_beside_its_scene(qapp, monkeypatch):
    """export.static.engine_and_scene: the analysis starts on another thread before the scene is
    built here (if they ran one after the other, the scene's wait below would time out), and
    both equal what each gives alone."""
    import threading

    from sezmap.export import static

    project = open_store(str(paths.default_project())).load_zone("khorgos_eastern_gate")
    started, threads = threading.Event(), {}
    real = static.export_scene

    def scene(p, basemap=True):
        assert started.wait(30), "the analysis had not started when the scene was built"
        threads["scene"] = threading.current_thread()
        return real(p, basemap)

    def engine():
        started.set()
        threads["engine"] = threading.current_thread()
        return AnalysisEngine(project, AS_OF, edits=False)

    monkeypatch.setattr(static, "export_scene", scene)
    analysed, built = static.engine_and_scene(project, engine)
    assert threads["scene"] is threading.current_thread() and threads["engine"] is not threads["scene"]
    alone = AnalysisEngine(project, AS_OF, edits=False)
    assert analysed.metrics == alone.metrics
    assert [type(layer) for layer in built.layers] == [type(layer) for layer in real(project).layers]
