"""Untrusted text in outputs: a tenant, project name, reason, actor or zone
name written by anyone reaches no output as something that runs - a spreadsheet formula, a
terminal escape sequence, HTML or script in the web map, markup in the SVG page."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shapely

from sezmap.cli import main
from sezmap.formats.untrusted import (
    json_text,
    script_json,
    spreadsheet_cell,
    terminal_text,
)
from sezmap.model.statuses import STATUSES
from sezmap.store import geopackage_sql
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests import needs

MARK = "document.documentElement.setAttribute('data-pwned', '{}')"
HOSTILE = {  # where -> a text that would run if it were not escaped
    "comment": "<!--<script>",
    "script": "</script><script>" + MARK.format("script") + "</script>",
    "img": '"><img src=x onerror="' + MARK.format("img") + '">',
    "title": "</title><script>" + MARK.format("title") + "</script>",
    "template": "`${" + MARK.format("template") + "}`\u2028\u2029",
}
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mred\u202eevil\x9b31m\rfake"
PLOT_STATUSES = STATUSES[:6]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A project whose every free text holds HTML, script and terminal escapes."""
    path = tmp_path_factory.mktemp("hostile") / "p.gpkg"
    texts = list(HOSTILE.values())
    zone = f.zone("z1", geometry=shapely.box(70.0, 45.0, 70.1, 45.066), name_en=HOSTILE["comment"] + HOSTILE["img"],
                  name_ru=HOSTILE["script"], name_kk=HOSTILE["title"], focus=HOSTILE["img"], region=ESCAPES)
    plots = [f.plot(f"p{k}", "z1", geometry=f.cell(k % 3, k // 3, size=0.033), status=status,
                    tenant=texts[k % len(texts)], project_name=texts[(k + 1) % len(texts)] + ESCAPES)
             for k, status in enumerate(PLOT_STATUSES)]
    store = GpkgStore.create(path, f.layers(zones=[zone], plots=plots,
                                            corridors=[f.corridor(name_en=HOSTILE["template"] + HOSTILE["script"])],
                                            hubs=[f.hub(name_en=HOSTILE["img"], xy=(70.05, 45.03))]),
                             meta={"title": HOSTILE["title"] + HOSTILE["comment"], "contact": HOSTILE["img"]})
    return store.path


# --- CSV --------------------------------------------------------------------------------------

FORMULAS = [  # a cell as stored -> as a spreadsheet-safe CSV holds it
    ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("ТОО Альфа;=1+1", "ТОО Альфа;'=1+1"),  # a ru/kk spreadsheet splits at ";"
    ("\uff1dHYPERLINK(\"http://evil.example\")", "'\uff1dHYPERLINK(\"http://evil.example\")"),  # full-width ＝
    ("\uff0b1+1", "'\uff0b1+1"),
    ("\uff0d1+1", "'\uff0d1+1"),
    ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
    ("\ufe661+1", "'\ufe661+1"),  # small ﹦
    ("ТОО;\uff1d1+1", "ТОО;'\uff1d1+1"),
    ("-5", "-5"),  # a number is no formula
    ("+1.5e3", "+1.5e3"),
    ("'=already text", "'=already text"),
    ("Alpha LLP", "Alpha LLP"),
    ("a=b", "a=b"),
]


@pytest.mark.parametrize(("stored", "cell"), FORMULAS, ids=[repr(s) for s, _ in FORMULAS])
def test_spreadsheet_cell_follows_owasps_rule(stored, cell):
    assert spreadsheet_cell(stored) == cell


@pytest.fixture
def audited(tmp_path) -> Path:
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers())
    conn = geopackage_sql.connect(store.path)
    geopackage_sql.insert_rows(conn, "audit_log", ["at", "actor", "plot_id", "field", "old_value", "new_value", "reason"],
                               [("2026-01-05T10:00:00.000Z", "ana", "p1", "tenant", None, stored, stored)
                                for stored, _cell in FORMULAS] +
                               [("2026-01-06T10:00:00.000Z", ESCAPES, "p1", "tenant", "old", ESCAPES, ESCAPES)])
    conn.close()
    return store.path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_audit_csv_neutralises_formulas_and_raw_keeps_them(audited, tmp_path, capsys):
    for raw in (False, True):
        out = tmp_path / f"audit-{raw}.csv"
        code, _, _ = run(capsys, "audit", "--project", str(audited), "--out", str(out), *(["--raw"] if raw else []))
        assert code == 0
        table = list(csv.DictReader(out.open(encoding="utf-8", newline="")))[:len(FORMULAS)]
        expected = [stored if raw else cell for stored, cell in FORMULAS]
        assert [r["new_value"] for r in table] == expected and [r["reason"] for r in table] == expected


def test_the_report_csv_neutralises_a_zone_name(tmp_path, capsys):
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(zones=[f.zone("z1", name_en="=cmd|' /C calc'!A0")]))
    for raw, cell in ((False, "'=cmd|' /C calc'!A0"), (True, "=cmd|' /C calc'!A0")):
        code, out, _ = run(capsys, "report", "--project", str(store.path), "--format", "csv", *(["--raw"] if raw else []))
        assert code == 0
        row = next(csv.DictReader(io.StringIO(out)))
        assert row["name_en"] == cell and float(row["area_ha"]) > 0  # numbers stay numbers


def test_the_report_csv_neutralises_a_hub_id_in_its_header(tmp_path, capsys):
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(hubs=[f.hub("h;=1+1", xy=(70.5, 45.5))]))
    code, out, _ = run(capsys, "report", "--project", str(store.path), "--format", "csv")
    header = next(csv.reader(io.StringIO(out)))
    assert code == 0 and "network_km_h;'=1+1" in header and "network_km_h;=1+1" not in header


def test_the_apps_audit_export_is_the_neutralised_csv(audited):
    from sezmap.store import audit_rows_csv

    text = audit_rows_csv(GpkgStore(audited).audit())
    assert "\n1,2026-01-05T10:00:00.000Z,ana,p1,tenant,,\"'=HYPERLINK(" in text


# --- terminals --------------------------------------------------------------------------------

RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("args", [
    ["audit"], ["audit", "--format", "json"], ["plot", "history", "p1"], ["plot", "history", "p1", "--format", "csv"],
    ["plot", "history", "p1", "--format", "json"],
], ids=lambda a: " ".join(a))
def test_data_printed_to_standard_output_shows_escapes_not_controls(audited, capsys, args):
    code, out, _ = run(capsys, *args, "--project", str(audited))
    assert code == 0
    assert RAW_CONTROLS.search(out) is None, repr(out[-400:])
    if "json" in args:  # escaped the JSON way: the same values for a JSON reader
        assert json.loads(out)[-1]["new_value"] == ESCAPES
    else:
        assert "\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred\\u202eevil\\x9b31m\\rfake" in out


def test_raw_prints_the_values_as_stored(audited, capsys):
    code, out, _ = run(capsys, "audit", "--project", str(audited), "--raw")
    assert code == 0 and ESCAPES in out


def test_a_markdown_report_on_a_terminal_and_in_a_file(hostile, tmp_path, capsys):
    code, out, _ = run(capsys, "report", "--project", str(hostile), "--format", "md")
    assert code == 0 and RAW_CONTROLS.search(out) is None and "\\x1b]0;owned" not in out  # region: not in md
    assert "<script>" not in out and "<img" not in out and "&lt;img src=x" in out
    code, _, _ = run(capsys, "report", "--project", str(hostile), "--format", "md", "--out", str(tmp_path / "r.md"))
    assert code == 0 and "<img" not in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_escapes_are_visible_and_json_stays_exact():
    assert terminal_text("a\x1b[31mb\tc\nd\u202e") == "a\\x1b[31mb\tc\nd\\u202e"
    assert json.loads(json_text({"v": ESCAPES})) == {"v": ESCAPES}
    assert RAW_CONTROLS.search(json_text({"v": ESCAPES})) is None
    inline = script_json({"v": HOSTILE["script"] + HOSTILE["comment"] + "&\u2028"})
    assert not re.search("[<>&\u2028\u2029]", inline) and json.loads(inline)["v"].startswith("</script>")


# --- the web map in a real browser -------------------------------------------------------------

def _chromium(tmp_path, url: str, *args) -> subprocess.CompletedProcess:
    from tests.test_export_web import run_chromium

    return run_chromium(tmp_path, url, *args)


@pytest.fixture(scope="module")
def web_map(hostile, tmp_path_factory) -> Path:
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.export import web

    project = GpkgStore(hostile).load()
    out = tmp_path_factory.mktemp("web") / "hostile.html"
    web.export_html(project, AnalysisEngine(project, as_of="2026-06-01"), out)
    return out


def _data_block(page: str) -> dict:
    from sezmap.export import web

    match = re.search(rf'<script type="application/json" id="{web.DATA_ID}">(.*?)</script>', page, re.DOTALL)
    return json.loads(match.group(1))


def test_the_web_maps_data_holds_the_names_exactly(web_map):
    data = _data_block(web_map.read_text(encoding="utf-8"))
    assert data["zones"][0]["name"] == HOSTILE["comment"] + HOSTILE["img"]


def test_chromium_draws_every_plot_and_runs_no_injected_script(web_map, tmp_path):
    from tests.test_export_web import console_messages, status_pixels

    shot = tmp_path / "shot.png"
    done = _chromium(tmp_path, web_map.as_uri(), f"--screenshot={shot}", "--window-size=1280,800")
    assert console_messages(done.stderr) == []
    counts = status_pixels(shot, PLOT_STATUSES)
    assert all(n > 2000 for n in counts.values()), counts  # each plot drawn, in its status's colour

    done = _chromium(tmp_path / "dom", web_map.as_uri() + "#sz-selftest", "--dump-dom")
    assert console_messages(done.stderr) == []
    dom = done.stdout
    assert re.search(r'<body[^>]*data-sz-clicked="\d+"', dom), dom[:2000]  # the map's script ran to the end
    assert "data-pwned" not in re.search(r"<html[^>]*>", dom).group(0), "an injected script ran"
    popup = re.search(r'<div class="sz-popup">.*?</div>', dom, flags=re.DOTALL).group(0)
    assert "<img" not in popup and "<script" not in popup and "&lt;" in popup  # shown as text


# --- the SVG page and the deck ------------------------------------------------------------------

@pytest.fixture(scope="module")
def svg_page(hostile, tmp_path_factory) -> Path:
    from sezmap.cli import _gui_application
    from sezmap.export import export_map

    _gui_application()
    out = tmp_path_factory.mktemp("svg") / "page.svg"
    export_map(GpkgStore(hostile).load(), out, zone="z1", title="Title\x1b[31m\x0b\x07" + HOSTILE["script"])
    return out


def test_the_svg_page_is_well_formed_xml_with_the_names_as_text(svg_page):
    root = ET.parse(svg_page).getroot()  # a real XML parser: a control character fails it
    names = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert not names & {"script", "foreignObject", "iframe", "img", "a"}, names
    assert not [k for el in root.iter() for k in el.attrib if k.lower().startswith("on")]
    texts = "".join(el.text or "" for el in root.iter())
    assert "</script><script>" in texts and "Title\ufffd[31m" in texts


def test_rsvg_renders_the_svg_page(svg_page, tmp_path):
    exe = needs.command("rsvg-convert", "librsvg2-bin")
    out = tmp_path / "page.png"
    done = subprocess.run([exe, "-o", str(out), str(svg_page)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert out.stat().st_size > 10_000


def test_the_deck_holds_the_names_as_text(hostile, tmp_path):
    from pptx import Presentation

    from sezmap.cli import _gui_application
    from sezmap.export import export_map

    _gui_application()
    out = export_map(GpkgStore(hostile).load(), tmp_path / "d.pptx", zone="z1")
    texts = [run.text for slide in Presentation(out).slides for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs for run in p.runs]
    assert any(HOSTILE["comment"] + HOSTILE["img"] in t for t in texts)


# --- the app's rich-text labels -----------------------------------------------------------------

@pytest.fixture
def project_path(tmp_path):  # (for tests.test_ui's window fixture)
    zone = f.zone("z1", name_en='<b>Big</b><img src="x.png"><a href="file:///etc">')
    return str(GpkgStore.create(tmp_path / "p.gpkg", f.layers(zones=[zone])).path)


def test_the_dashboard_shows_a_zone_name_as_text(window):
    from PySide6.QtGui import QTextDocument

    window.select_zone("z1")
    shown = QTextDocument()
    shown.setHtml(window.dashboard.heading.text())
    assert shown.toPlainText() == '<b>Big</b><img src="x.png"><a href="file:///etc">'


def test_the_apps_messages_show_markup_in_data_as_text(window, tmp_path):
    from PySide6.QtCore import Qt

    from sezmap.ui.audit_dialog import AuditDialog

    dialog = AuditDialog(window.session)
    assert not dialog.export_csv(str(tmp_path / "<b>nope</b>" / "a.csv"))  # no such folder, named
    assert "<b>nope</b>" in dialog.error.text() and dialog.error.textFormat() == Qt.TextFormat.PlainText
    dialog.deleteLater()


def test_identify_tooltips_show_a_zone_id_as_text(qapp, tmp_path):
    from PySide6.QtGui import QTextDocument

    from sezmap.render.identify import Hit
    from sezmap.ui.identify_panel import IdentifyPanel

    zone_id = '<b>z1</b><img src="x.png">'
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(zones=[f.zone(zone_id, name_en="Zone one")],
                                                           plots=[f.plot("p1", zone_id)]))
    project = store.load()
    panel = IdentifyPanel()
    panel.show_hits(project, [Hit(layer_id="plots", row=0, feature_id="p1")])
    top = panel.tree.topLevelItem(0)
    zone_item = next(top.child(k) for k in range(top.childCount()) if top.child(k).text(1) == "Zone one")
    shown = QTextDocument()
    shown.setHtml(zone_item.toolTip(1))  # Qt shows a tooltip as rich text when it looks like markup
    assert shown.toPlainText() == zone_id
    shown.setHtml(zone_item.toolTip(0))
    assert shown.toPlainText() == "zone_id"
    panel.deleteLater()


def test_the_geotiff_description_holds_the_title_without_control_characters(hostile, tmp_path):
    import rasterio

    from sezmap.cli import _gui_application
    from sezmap.export import export_map

    _gui_application()
    project = GpkgStore(hostile).load()
    project.meta["title"] = "Zone\x1b]0;owned\x07\x00 map" + ESCAPES
    out = export_map(project, tmp_path / "z.tif", zone="z1", width=300, height=200)
    with rasterio.open(out) as src:
        description = src.tags()["TIFFTAG_IMAGEDESCRIPTION"]
    assert description.startswith(terminal_text(project.title) + "; plot status as of ")  # and its date
    assert description.startswith("Zone\\x1b]0;owned\\x07\\x00 map")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", description)
