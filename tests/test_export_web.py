"""The interactive web map: one HTML file that opens offline in a real browser."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pyproj
import pytest
import shapely

import factories as f
from sezmap.analysis.engine import AnalysisEngine
from sezmap.export import ExportCancelled
from sezmap.export import web
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.store.gpkg import GpkgStore
from tests import needs, shipped

ZONE = "khorgos_eastern_gate"
GEOD = pyproj.Geod(ellps="WGS84")


project, engine = shipped.project, shipped.engine  # the shipped project, once a module


@pytest.fixture(scope="module")
def zone_html(project, engine, tmp_path_factory):
    out = tmp_path_factory.mktemp("web") / "khorgos.html"
    web.export_html(project, engine, out, zone=ZONE)
    return out


class Page(HTMLParser):
    """Scripts and stylesheets a page loads, its inline JSON data."""

    def __init__(self):
        super().__init__()
        self.loads: list[str] = []
        self.scripts = 0
        self._data_open = False
        self.data = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
            if a.get("src"):
                self.loads.append(a["src"])
            self._data_open = a.get("id") == web.DATA_ID
        if tag == "link" and a.get("href"):
            self.loads.append(a["href"])
        if tag in ("img", "iframe") and a.get("src"):
            self.loads.append(a["src"])

    def handle_endtag(self, tag):
        if tag == "script":
            self._data_open = False

    def handle_data(self, data):
        if self._data_open:
            self.data += data


def parse(path: Path) -> tuple[Page, dict]:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page, json.loads(page.data)


def decode(stream: dict) -> list[list[np.ndarray]]:
    """The plots' rings (lon/lat, closing vertex dropped) from the page's varint stream."""
    raw = base64.b64decode(stream["geom"])
    pos = 0

    def uint():
        nonlocal pos
        value, shift = 0, 0
        while True:
            b = raw[pos]
            pos += 1
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value

    def sint():
        u = uint()
        return -(u + 1) // 2 if u % 2 else u // 2

    out, lon, lat = [], 0, 0
    for _ in range(stream["n"]):
        rings = []
        for _ in range(uint()):
            ring = []
            for _ in range(uint()):
                lon += sint()
                lat += sint()
                ring.append((lon / web.UNIT, lat / web.UNIT))
            rings.append(np.array(ring))
        out.append(rings)
    assert pos == len(raw)
    return out


def test_the_page_loads_nothing_from_the_web_and_holds_its_data(zone_html, project):
    page, data = parse(zone_html)
    assert page.loads == []  # no script or stylesheet from a CDN (or from anywhere)
    text = zone_html.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in text and "cdnjs" not in text and "code.jquery" not in text
    assert "L.version" in text or "Leaflet" in text  # Leaflet itself is inlined
    assert "L.Control.Measure" in text and "fullscreen" in text.lower()
    zone_plots = project.plots[project.plots.zone_id == ZONE]
    assert data["plots"]["n"] == len(zone_plots)
    ids = data["plots"]["columns"][0]
    assert ids["key"] == "plot_id"
    got = ids["values"] if "values" in ids else [ids["dict"][c] for c in ids["codes"]]
    assert got == list(zone_plots.plot_id)
    assert zone_html.stat().st_size < 3_000_000


def test_the_maps_own_script_and_style_are_package_data_inlined_in_the_page(zone_html):
    """static/sezmap.js, measure.js and sezmap.css ship with the package (pyproject's package-data for a wheel,
    the PyInstaller spec for the bundle) and the page holds them whole."""
    import fnmatch
    import tomllib

    from sezmap.export.web import assets

    root = Path(__file__).resolve().parents[1]
    static = Path(web.__file__).parent / "static"
    names = sorted(p.name for p in static.iterdir())
    assert names == ["measure.js", "sezmap.css", "sezmap.js"]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["sezmap.export.web"]
    assert all(any(fnmatch.fnmatch(f"static/{name}", g) for g in globs) for name in names)
    assert '"sezmap/export/web/static"' in (root / "packaging" / "sezmap.spec").read_text(encoding="utf-8")
    page = zone_html.read_text(encoding="utf-8")
    for name in names:
        text = assets.own_asset(name)
        assert "</script" not in text.lower() and len(text) > 1000
        assert text in page, name


def test_every_status_colour_used_is_on_the_page(zone_html, project):
    text = zone_html.read_text(encoding="utf-8")
    used = set(project.plots.loc[project.plots.zone_id == ZONE, "status"])
    for status in used:
        assert STATUS_COLOURS[status] in text, status
    _page, data = parse(zone_html)
    codes = data["plots"]["status"]
    assert sorted(set(codes)) == sorted(STATUSES.index(s) for s in used)


def test_the_geometry_stream_round_trips_to_a_tenth_of_a_metre():
    shapes = [
        shapely.Polygon([(70.0, 45.0), (70.01, 45.0), (70.01, 45.01), (70.0, 45.01)]),
        shapely.Polygon([(70.0, 45.0), (70.02, 45.0), (70.02, 45.02), (70.0, 45.02)],
                        [[(70.005, 45.005), (70.01, 45.005), (70.01, 45.01), (70.005, 45.01)]]),
        shapely.MultiPolygon([shapely.box(71.0, 46.0, 71.001, 46.001), shapely.box(71.002, 46.0, 71.003, 46.001)]),
        None,
        shapely.Polygon(),
        shapely.Polygon([(-3.1234567, -10.7654321), (-3.1, -10.7654321), (-3.1, -10.7)]),
    ]
    stream = web.encode_polygons(np.array(shapes, dtype=object))
    assert stream["n"] == 6 and stream["nr"] == 6
    rings = decode(stream)
    assert [len(r) for r in rings] == [1, 2, 2, 0, 0, 1]
    for geom, got in zip(shapes, rings, strict=True):
        if geom is None or geom.is_empty:
            assert got == []
            continue
        expected = [np.asarray(r.coords)[:-1] for p in getattr(geom, "geoms", [geom])
                    for r in (p.exterior, *p.interiors)]
        assert len(expected) == len(got)
        for e, g in zip(expected, got, strict=True):
            assert np.abs(e - g).max() <= 0.5e-6 + 1e-12


def test_unknown_zone_is_bad_input_and_writes_nothing(project, engine, tmp_path):
    with pytest.raises(DataError, match="no_such_zone"):
        web.export_html(project, engine, tmp_path / "x.html", zone="no_such_zone")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_is_bad_input(project, engine, tmp_path):
    with pytest.raises(DataError, match="cannot be written"):
        web.export_html(project, engine, tmp_path / "missing" / "x.html", zone=ZONE)


def test_cancel_stops_and_leaves_nothing(project, engine, tmp_path):
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(ExportCancelled):
        web.export_html(project, engine, tmp_path / "x.html", zone=ZONE, progress=progress,
                        cancelled=lambda: len(calls) >= 3)
    assert calls == [(0, web.STEPS), (1, web.STEPS), (2, web.STEPS)]
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end_and_an_old_file_is_replaced_whole(project, engine, tmp_path):
    out = tmp_path / "x.html"
    out.write_text("old")
    calls = []
    web.export_html(project, engine, out, zone=ZONE, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(k, web.STEPS) for k in range(web.STEPS + 1)]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["x.html"]


def test_investor_mode_has_only_vacant_plots_with_geodesic_areas_and_the_contact(project, engine, tmp_path):
    project.meta["contact"] = "Khorgos MC, +7 7282 00 00 00, invest@example.kz"
    try:
        out = web.export_html(project, engine, tmp_path / "v.html", zone=ZONE, vacant=True)
    finally:
        del project.meta["contact"]
    _page, data = parse(out)
    vacant = project.plots[(project.plots.zone_id == ZONE) & (project.plots.status == "vacant")]
    assert data["plots"]["n"] == len(vacant) > 0
    assert set(data["plots"]["status"]) == {STATUSES.index("vacant")}
    columns = {c["key"]: c for c in data["plots"]["columns"]}
    assert "tenant" not in columns and "investment_committed_kzt" not in columns
    areas = np.array(columns["area_ha"]["values"])
    exact = np.array([abs(GEOD.geometry_area_perimeter(g)[0]) / 1e4 for g in vacant.geometry])
    assert np.allclose(areas, exact, rtol=0, atol=0.006)
    text = out.read_text(encoding="utf-8")
    assert "invest@example.kz" in text
    focus = project.zones.set_index("zone_id").loc[ZONE, "focus"]
    assert json.dumps(focus)[1:-1][:40] in text
    for status in set(STATUSES) - {"vacant"}:
        assert STATUS_COLOURS[status] not in text.split("<body>")[1].split(web.DATA_ID)[0], status


def test_investor_mode_without_a_contact_says_whom_to_ask(project, engine, tmp_path, monkeypatch):
    for key in ("contact", "contact_ru", "contact_kk"):
        monkeypatch.delitem(project.meta, key, raising=False)
    out = web.export_html(project, engine, tmp_path / "v.html", zone=ZONE, vacant=True, language="ru")
    assert "управляющую компанию" in out.read_text(encoding="utf-8")


def test_the_contact_is_the_projects_setting_in_the_pages_language(project, engine, tmp_path, monkeypatch):
    monkeypatch.setitem(project.meta, "contact", "Zone MC, invest@example.kz")
    monkeypatch.setitem(project.meta, "contact_ru", "УК зоны, invest@example.kz")
    en = web.export_html(project, engine, tmp_path / "en.html", zone=ZONE, vacant=True).read_text(encoding="utf-8")
    ru = web.export_html(project, engine, tmp_path / "ru.html", zone=ZONE, vacant=True,
                         language="ru").read_text(encoding="utf-8")
    assert "Zone MC, invest@example.kz" in en and "management company" not in en
    assert "УК зоны, invest@example.kz" in ru and "Zone MC" not in ru


def title_box(path: Path) -> str:
    """The text of the page's title box (what sezmap.title puts over the map)."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r"sezmap\.title\([^,]+, (\"(?:[^\"\\]|\\.)*\")\)", text)
    assert found, "no title box"
    return json.loads(found.group(1))


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_page_says_what_the_data_is_and_its_date_as_the_print_page_does(project, engine, tmp_path, language):
    from sezmap.export.texts import Texts
    from sezmap.render.layout_content import TEXTS

    out = web.export_html(project, engine, tmp_path / "z.html", zone=ZONE, language=language)
    box = title_box(out)
    texts = Texts(language)
    for key in ("schematic", "illustrative"):  # the print page's sentences, in the page's language
        sentence = texts.translate("layout", TEXTS[key])
        assert sentence in box, (key, box)
        assert language == "en" or sentence != TEXTS[key]
    from sezmap.render.date_words import date_text
    from sezmap.render.page_language import using_language

    with using_language(language):  # its date in words, as the print page says it
        assert date_text(engine.as_of, as_of=False) in box


def test_a_zone_exports_with_more_plots_than_a_whole_map_may_hold(project, engine, tmp_path, monkeypatch):
    """--zone: one zone's page may hold more plots than the whole project's (468,910 plots of the
    largest zone of a 1M-plot project are refused only without --zone; docs/benchmarks.md)."""
    zone_plots = int((project.plots.zone_id == ZONE).sum())
    monkeypatch.setattr(web, "MAX_PLOTS", zone_plots - 1)
    with pytest.raises(DataError, match=r"export one zone \(--zone\)"):
        web.export_html(project, engine, tmp_path / "all.html")
    _page, data = parse(web.export_html(project, engine, tmp_path / "z.html", zone=ZONE))
    assert data["plots"]["n"] == zone_plots
    monkeypatch.setattr(web, "MAX_ZONE_PLOTS", zone_plots - 1)
    with pytest.raises(DataError, match="in one zone"):
        web.export_html(project, engine, tmp_path / "z2.html", zone=ZONE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["z.html"]


def test_a_project_without_plots_or_hubs_still_makes_a_page(tmp_path):
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=[], hubs=[]))
    project = store.load()
    out = web.export_html(project, AnalysisEngine(project), tmp_path / "e.html")
    _page, data = parse(out)
    assert data["plots"]["n"] == 0 and len(data["zones"]) == 1


def plugin_texts() -> dict[str, str]:
    """The measure plugin's own English texts (key -> text of its src/i18n/en.js) and its
    coordinates' hemisphere letters, read from the plugin the page inlines."""
    from sezmap.export.web.assets import assets_dir

    source = (assets_dir() / "leaflet-measure" / "dist" / "leaflet-measure.js").read_text(encoding="utf-8")
    english = source[source.index("// English i18n translations"):]
    english = english[:english.index("};")]
    texts = dict(re.findall(r"'(\w+)': '([^']*)'", english))
    assert len(texts) > 20, texts
    letters = [letter for pair in re.findall(r"ddToDms\(last\.\w+, '(\w)', '(\w)'\)", source) for letter in pair]
    assert sorted(letters) == ["E", "N", "S", "W"], letters
    return texts | {f"hemisphere {letter}": letter for letter in letters}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_measure_tools_words_translate_every_text_the_plugin_shows(tmp_path, language):
    """Every text of the measure plugin (its English locale, read from the plugin itself) that the
    tool can show has a Cyrillic translation in the page's dictionary (or is a unit, named through
    the plugin's options); the page holds them; an English page passes none."""
    from sezmap.export.texts import Texts
    from sezmap.export.web import measure

    texts = Texts(language)
    words, options = measure.words(texts), measure.control_options(texts)
    cyrillic = re.compile(r"^[^A-Za-z]*[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі][^A-Za-z]*$")
    units = {key for key in options if key.endswith("_unit")}
    shown_units = {options[key] for key in units}
    unused_units = {"acres", "feet", "miles", "sqfeet", "sqmiles"}  # not among the tool's units
    for key, english in plugin_texts().items():
        if key in ("decPoint", "thousandsSep") or key in unused_units:
            continue
        if key in shown_units:
            assert cyrillic.match(options["units"][key]["display"]), (key, options["units"])
            continue
        found = [k for k in (english, f"%1 {english}") if k in words]
        assert found and cyrillic.match(words[found[0]].replace("%1", "")), (key, english, words)
    assert set(shown_units) == set(options["units"])
    assert (options["dec_point"], options["thousands_sep"]) == (",", "\u00a0")

    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=[], hubs=[]))
    project = store.load()
    for lang, expected in ((language, words), ("en", {})):
        page = web.export_html(project, None, tmp_path / f"{lang}.html", language=lang).read_text(encoding="utf-8")
        call = re.search(r"sezmap\.measureWords\(map_\w+, measure_control_\w+, (\{.*?\})\);\n", page)
        assert call, lang
        assert json.loads(call.group(1))["words"] == expected


# --- in a real browser --------------------------------------------------------------------------

OFFLINE = ["--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]


def chromium() -> str:
    return shutil.which("chromium-browser") or needs.command("chromium", "chromium")


def run_chromium(tmp_path, url: str, *args) -> subprocess.CompletedProcess:
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--no-first-run", "--hide-scrollbars", "--mute-audio", f"--user-data-dir={tmp_path / 'profile'}",
           "--enable-logging=stderr", "--v=0", "--virtual-time-budget=8000", *OFFLINE, *args, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def status_pixels(shot: Path, statuses) -> dict[str, int]:
    """How many pixels of the screenshot ``shot`` have exactly each status's colour."""
    from PIL import Image

    pixels = np.asarray(Image.open(shot).convert("RGB")).reshape(-1, 3)
    words = (pixels[:, 0].astype(np.int64) << 16) | (pixels[:, 1].astype(np.int64) << 8) | pixels[:, 2]
    return {s: int((words == int(STATUS_COLOURS[s][1:], 16)).sum()) for s in statuses}


def test_chromium_shows_the_zone_in_its_colours_offline_without_console_errors(zone_html, project, tmp_path):
    shot = tmp_path / "shot.png"
    done = run_chromium(tmp_path, zone_html.as_uri(), f"--screenshot={shot}", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    from PIL import Image

    counts = status_pixels(shot, STATUSES)
    used = set(project.plots.loc[project.plots.zone_id == ZONE, "status"])
    for status in used:  # each status the zone has fills a good part of the view
        assert counts[status] > 2000, (status, counts)
    width, height = Image.open(shot).size
    assert sum(counts.values()) > 0.15 * width * height, counts


def test_chromium_opens_a_plots_popup_with_its_zones_figures(zone_html, project, engine, tmp_path):
    done = run_chromium(tmp_path, zone_html.as_uri() + "#sz-selftest", "--dump-dom")
    assert console_messages(done.stderr) == []
    dom = done.stdout
    clicked = re.search(r'data-sz-clicked="(\d+)"', dom)
    assert clicked, dom[-2000:]
    plot = project.plots[project.plots.zone_id == ZONE].iloc[int(clicked.group(1))]
    popup = re.search(r'<div class="sz-popup">.*?</table></div>', dom, flags=re.DOTALL)
    assert popup, "no popup"
    html = popup.group(0)
    assert plot.plot_id in html
    assert "Khorgos" in html and "Unused" in html
    note = re.search(r'<p class="sz-note">(.*?)</p>', dom)  # shown over the map: what the data is
    assert note and "schematic" in note.group(1) and "illustrative" in note.group(1)
    unused = engine.metrics[ZONE].unused_ratio * 100
    assert f"{unused:.1f}" in html


def test_chromium_paints_plots_smaller_than_a_pixel_in_the_status_with_the_most_land(tmp_path):
    """Zoomed out, a pixel holds many plots: it shows the status with the most land there, not
    whichever status layer is drawn last (a zone three quarters vacant looked all infrastructure,
    the last layer; the 468,910-plot zone of the 1M project looked 1 % vacant for 30 %)."""
    from PIL import Image

    from sezmap.model.project import Project

    size, n = 0.02, 90  # plots of ~1.7 km in a zone of ~140 km: each under a pixel, the zone ~40 px
    x0, y0 = 52.0, 47.0
    zones = [f.zone("west", geometry=shapely.box(x0, y0, x0 + n * size, y0 + n * size)),
             f.zone("east", geometry=shapely.box(84.0, 49.0, 84.05, 49.05))]
    plots = [f.plot(f"p{i}_{j}", "west", f.cell(i, j, x0, y0, size),
                    status="infrastructure" if (i % 2, j % 2) == (1, 1) else "vacant")
             for i in range(n) for j in range(n)]
    lay = f.layers(zones=zones, plots=plots, corridors=[], hubs=[])
    project = Project(lay["zones"], lay["plots"], lay["corridors"], lay["hubs"], meta={})
    out = web.export_html(project, None, tmp_path / "w.html")
    shot = tmp_path / "shot.png"
    done = run_chromium(tmp_path, out.as_uri(), f"--screenshot={shot}", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    view = tmp_path / "view.png"  # the map left of the legend
    Image.open(shot).crop((0, 0, 1000, 800)).save(view)
    counts = status_pixels(view, ["vacant", "infrastructure"])
    assert counts["vacant"] > 500, counts  # the zone is drawn, and not as a speck
    assert counts["infrastructure"] < 0.1 * counts["vacant"], counts


def test_chromium_keeps_the_zone_labels_clear_of_the_legend_and_title(project, engine, tmp_path):
    """The whole country in Kazakh (long names; «Қорғас» шекара маңы… ran under the legend): no
    label shown is under the legend or the title box, and the legend can be folded away."""
    out = web.export_html(project, engine, tmp_path / "kk.html", language="kk")
    done = run_chromium(tmp_path, out.as_uri() + "#sz-selftest", "--dump-dom", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    dom = done.stdout
    labels = re.search(r'data-sz-labels="(\d+) (\d+)"', dom)
    assert labels, dom[-2000:]
    shown, under = int(labels.group(1)), int(labels.group(2))
    assert shown >= 8 and under == 0, (shown, under)
    assert re.search(r'<div class="sz-legend[^"]*"><details open=""><summary>Шартты белгілер</summary>', dom)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_chromium_labels_the_icbc_beside_khorgos_at_country_zoom(project, engine, tmp_path, language):
    """The whole country: ICBC Khorgos, a point beside Khorgos – Eastern Gate at that zoom, is
    labelled (its name, else its short name, a line further out if it must), and no label shown
    overlaps another or lies under the legend or the title."""
    import html

    out = web.export_html(project, engine, tmp_path / f"{language}.html", language=language)
    _page, data = parse(out)
    zones = list(project.zones["zone_id"])
    icbc = data["zones"][zones.index("icbc_khorgos")]
    done = run_chromium(tmp_path, out.as_uri() + "#sz-selftest", "--dump-dom", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    dom = done.stdout
    texts = html.unescape(re.search(r'data-sz-label-texts="([^"]*)"', dom).group(1)).split("|")
    overlaps = int(re.search(r'data-sz-label-overlaps="(\d+)"', dom).group(1))
    _shown, under = map(int, re.search(r'data-sz-labels="(\d+) (\d+)"', dom).groups())
    assert {icbc["name"], icbc["short"]} & set(texts), texts
    assert data["zones"][zones.index("khorgos_eastern_gate")]["name"] in texts
    assert overlaps == 0 and under == 0, (overlaps, under, texts)


@pytest.mark.parametrize(("zone", "language", "size"), [(None, "en", "1280,800"), (None, "kk", "1280,800"),
                                                         (None, "ru", "1024,700"), (ZONE, "en", "1280,800"),
                                                         (ZONE, "en", "900,700")])
def test_chromium_keeps_the_zone_labels_off_the_markers(project, engine, tmp_path, zone, language, size):
    """A border crossing's diamond covered a zone's name (Qyzyljar, Pavlodar, Ontustik at country
    zoom), a label another zone's ring: as on the printed map (render/labels.py), no zone label
    shown lies over a hub's symbol or another zone's ring, on the whole country and on a zone's
    map. In a 1280 x 800 window every zone is still named (some a line or two further out, with
    a leader); in a smaller one those that find no room are left out."""
    import html

    out = web.export_html(project, engine, tmp_path / "m.html", zone=zone, language=language)
    done = run_chromium(tmp_path, out.as_uri() + "#sz-selftest", "--dump-dom", f"--window-size={size}")
    assert console_messages(done.stderr) == []
    dom = done.stdout
    labels = json.loads(html.unescape(re.search(r'data-sz-label-boxes="([^"]*)"', dom).group(1)))
    markers = json.loads(html.unescape(re.search(r'data-sz-marker-boxes="([^"]*)"', dom).group(1)))
    hubs = [m for m in markers if m[0] < 0]
    assert len(hubs) == len(project.hubs), markers  # every hub's symbol, each a box
    assert all(14 <= r - le <= 30 and 14 <= b - t <= 30 for _z, le, t, r, b, *_home in hubs), hubs
    names = list(project.zones["zone_id"])
    if zone is None:  # the country: every zone is a ring
        assert sorted(m[0] for m in markers if m[0] >= 0) == list(range(len(names))), markers
    width, height = map(int, size.split(","))
    labels = [b for b in labels if b[1] < width and b[3] > 0 and b[2] < height and b[4] > 0]  # in the window
    labelled = {names[z] for z, *_box in labels}
    covered = [(names[z], names[m[0]] if m[0] >= 0 else "hub", (le, t, r, b), m[1:5])
               for z, le, t, r, b in labels for m in markers
               if m[0] != z and le < m[3] and r > m[1] and t < m[4] and b > m[2]]
    assert covered == [], covered
    if size == "1280,800":
        assert labelled == set(names) if zone is None else zone in labelled, labelled


@pytest.mark.parametrize(("zone", "language", "size"), [(None, "en", "1280,800"), (None, "ru", "1280,800"),
                                                         (None, "kk", "1280,800"), (None, "en", "1024,700"),
                                                         (ZONE, "en", "1280,800"), (ZONE, "kk", "900,700")])
def test_chromium_keeps_markers_a_few_pixels_apart_from_hiding_each_other(project, engine, tmp_path, zone, language,
                                                                           size):
    """At country zoom the Khorgos dry port's square covered the rings of Khorgos – Eastern Gate and
    of ICBC Khorgos (a few km apart), and the hubs there one another: at the zoom the page opens
    at, on the whole country and on a zone's map, no two markers' boxes (a hub's symbol, a small
    zone's ring) meet; those that would are spread a little, each still near its true place."""
    import html
    import itertools
    import math

    out = web.export_html(project, engine, tmp_path / "m.html", zone=zone, language=language)
    done = run_chromium(tmp_path, out.as_uri() + "#sz-selftest", "--dump-dom", f"--window-size={size}")
    assert console_messages(done.stderr) == []
    markers = json.loads(html.unescape(re.search(r'data-sz-marker-boxes="([^"]*)"', done.stdout).group(1)))
    zones, hubs = list(project.zones["zone_id"]), list(project.hubs["hub_id"])
    assert sorted(m[0] for m in markers if m[0] < 0) == list(range(-len(hubs), 0)), markers

    def name(m) -> str:  # a zone's ring, or a hub's symbol (-1 - its row among the hubs)
        return zones[m[0]] if m[0] >= 0 else hubs[-1 - m[0]]

    def meet(a, b) -> bool:
        return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]

    # the case is there: markers whose true places are a few pixels apart (a dry port and its
    # station at one point on every map; Khorgos, its ICBC and their hubs on the country's)
    close = {frozenset((name(a), name(b))) for a, b in itertools.combinations(markers, 2)
             if math.dist(a[5:7], b[5:7]) < 8}
    assert frozenset(("hub_khorgos_dry_port", "station_altynkol")) in close, close
    if zone is None:
        assert {frozenset(("hub_khorgos_dry_port", z)) for z in ("khorgos_eastern_gate", "icbc_khorgos")} <= close
        dry_port = next(m for m in markers if m[0] < 0 and name(m) == "hub_khorgos_dry_port")
        rings = [m for m in markers if m[0] >= 0 and name(m) in ("khorgos_eastern_gate", "icbc_khorgos")]
        assert len(rings) == 2 and not any(meet(dry_port, m) for m in rings), (dry_port, rings)
    hidden = [(name(a), name(b), a[1:5], b[1:5]) for a, b in itertools.combinations(markers, 2) if meet(a, b)]
    assert hidden == [], hidden
    far = [(name(m), m[1:]) for m in markers
           if math.dist(((m[1] + m[3]) / 2, (m[2] + m[4]) / 2), m[5:7]) > 60]
    assert far == [], far


@pytest.mark.parametrize("zone", [None, ZONE])
def test_chromium_folds_spread_markers_back_while_a_zoom_animates_and_spreads_them_after(project, engine, tmp_path,
                                                                                         zone):
    """Markers spread apart flew further apart while the map zoomed (their offsets, pixels at one
    zoom, scaled with the animation, the legs stretched) and jumped back at its end. Zooming in
    by one level about a spread marker's true place, animated: when the animation starts every
    marker is at its true place (it moves with the map), no leg or leader line is on the map and
    each small zone's label is at its ring, and no two labels shown overlap there, at the zoom it
    starts from or the one it goes to (a label placed beside a spread marker is hidden while the
    zoom runs: back at its ring it may lie over a neighbour's); at its end, at the new zoom, the markers are spread
    again, no two boxes meet, each near its true place, and no label in the window lies over a marker."""
    import html
    import itertools
    import math

    out = web.export_html(project, engine, tmp_path / "m.html", zone=zone)
    done = run_chromium(tmp_path, out.as_uri() + "#sz-selftest", "--dump-dom", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    start = re.search(r'data-sz-zoom-start="([^"]*)"', done.stdout)
    end = re.search(r'data-sz-zoom-end="([^"]*)"', done.stdout)
    assert start and end, done.stdout[-2000:]  # (no start: the zoom was not animated)
    start, end = json.loads(html.unescape(start.group(1))), json.loads(html.unescape(end.group(1)))
    assert start["spread"] > 0 and (start["off"], start["legs"], start["leaders"], start["labels"]) == (0, 0, 0, 0), start
    assert start["overlaps"] == [0, 0], start  # no label shown over another as the zoom starts, nor where it ends
    assert end["zoom"][1] == end["zoom"][0] + 1, end["zoom"]
    markers, labels = end["markers"], end["labels"]
    assert sorted(m[0] for m in markers if m[0] < 0) == list(range(-len(project.hubs), 0)), markers
    moved = [m for m in markers if math.dist(((m[1] + m[3]) / 2, (m[2] + m[4]) / 2), m[5:7]) > 0.5]
    assert moved and all(math.dist(((m[1] + m[3]) / 2, (m[2] + m[4]) / 2), m[5:7]) <= 60 for m in moved), moved
    hidden = [(a, b) for a, b in itertools.combinations(markers, 2)
              if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert hidden == [], hidden
    labels = [b for b in labels if b[1] < 1280 and b[3] > 0 and b[2] < 800 and b[4] > 0]  # in the window
    covered = [(z, m) for z, le, t, r, b in labels for m in markers
               if m[0] != z and le < m[3] and r > m[1] and t < m[4] and b > m[2]]
    assert labels and covered == [], covered


@pytest.mark.parametrize(("language", "unit"), [("en", "km"), ("ru", "км"), ("kk", "км")])
def test_chromium_shows_the_scale_bar_in_the_pages_language(project, engine, tmp_path, language, unit):
    """The whole country's scale bar said "300 km" on the Russian and Kazakh pages (Leaflet's
    own units); its units are the page's, as on the printed map."""
    out = web.export_html(project, engine, tmp_path / f"{language}.html", language=language)
    done = run_chromium(tmp_path, out.as_uri(), "--dump-dom", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    scale = re.search(r'<div class="leaflet-control-scale-line"[^>]*>([^<]*)</div>', done.stdout)
    assert scale, done.stdout[-2000:]
    figure, _space, shown = scale.group(1).replace("&nbsp;", " ").partition(" ")
    assert figure.isdigit() and shown == unit, scale.group(1)


def measure_texts(dom: str) -> list[str]:
    """What the measure tool showed at each step of "#sz-measuretest" (static/measure.js)."""
    import html

    assert 'data-sz-measure-done="1"' in dom, dom[-2000:]
    return json.loads(html.unescape(re.search(r'data-sz-measure="([^"]*)"', dom).group(1)))


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_chromium_shows_the_measure_tool_in_the_pages_language(project, engine, tmp_path, language):
    """The measure tool said "Measure distances and areas", "Path distance 8.86 Kilometers
    (8,855 Meters)" on Russian and Kazakh pages. Measuring an area, a line and a point in the
    page (as clicks would): every text it shows, its units and its numbers are the page's
    language; an English page is the plugin's own."""
    import html

    from sezmap.export.texts import Texts
    from sezmap.export.web import measure

    out = web.export_html(project, engine, tmp_path / f"{language}.html", zone=ZONE, language=language)
    done = run_chromium(tmp_path, out.as_uri() + "#sz-measuretest", "--dump-dom", "--window-size=1280,800")
    assert console_messages(done.stderr) == []  # (its second point threw on the canvas map)
    steps = measure_texts(done.stdout)
    shown = "\n".join(steps)
    assert len(steps) == 8 and all(steps), steps
    words = measure.words(Texts(language))
    if language == "en":
        assert words == {}
        for english in ("Measure distances and areas", "Path distance", "Perimeter", "Point location",
                        "Center on this line", "Center on this area", "Center on this location", "Finish measurement"):
            assert english in plugin_texts().values() and english in shown, english  # the plugin's own
        assert re.search(r"\d\.\d\d Kilometers \(\d{1,3}(,\d{3})+ Meters\)", shown), shown
        assert re.search(r"\d\.\d\d Hectares \(\d{1,3}(,\d{3})+ Sq Meters\)", shown), shown
        assert re.search(r"\d\.\d{6} / \d+\.\d{6}", shown) and '" N / ' in shown, shown
        return
    assert re.findall(r"[A-Za-z]+", shown) == [], shown  # no English left, not even N or E
    for english, text in words.items():
        if english not in ("%1 S", "%1 W"):  # (the zone is north and east)
            assert text.replace("%1", "").strip() in shown, (english, text)
    assert re.search(r"\d,\d\d км \(\d{1,3}(\u00a0\d{3})+ м\)", shown), shown
    assert re.search(r"\d,\d\d га \(\d{1,3}(\u00a0\d{3})+ м²\)", shown), shown
    assert re.search(r"\d,\d{6} / \d+,\d{6}", shown), shown
    panel = re.search(r'<div class="leaflet-control-measure[^"]*"[^>]*>.*?</ul>\s*</div>\s*</div>', done.stdout, re.DOTALL)
    assert panel, done.stdout[-3000:]
    texts_in_panel = [html.unescape(t) for t in re.findall(r">([^<]*)<", panel.group(0))]
    assert words["Measure distances and areas"] in texts_in_panel and words["Path distance"] in texts_in_panel
    assert not [t for t in texts_in_panel if re.search("[A-Za-z]", t)], texts_in_panel  # no English in it
