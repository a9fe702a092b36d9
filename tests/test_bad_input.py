"""Bad input and faults, command by command: each ends as the contract says.

A table of cases per command (validate, report, import, plot set, plot history, audit,
export): numbers too large or negative, coordinates that are not numbers, records a reader
would skip, dates with trailing text, a CRS that contradicts the file, control characters in
ids, unknown plots, forged history lines, damaged files, a lock held past the busy wait.
Every case checks the exit code (2 bad input, 3 busy; never 1), one message without a
traceback naming the file, the row and the reason, and the project unchanged: a dump of
every table (sqlite3's ``iterdump``) before and after. Then, with hypothesis, random dates,
numbers and ids; a Polygon-typed plots layer as QGIS makes it; a full disk (a tiny tmpfs,
as root) and a read-only folder (tests.test_store_protections' runner).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import unicodedata
from decimal import Decimal
from pathlib import Path

import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sezmap.cli import build_parser, main
from sezmap.model import schema
from sezmap.model.edits import PlotEdit
from sezmap.model.problems import Problem
from sezmap.store import geopackage_sql
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent
STAMP = "2026-01-01T00:00:00.000Z"
HAS_EXPORT = ",export" in build_parser().format_usage()


def _layers():
    return f.layers(
        zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))],
        plots=[f.plot("p1", "z1", geometry=shapely.box(70.001, 45.001, 70.01, 45.01), updated_at=STAMP),
               f.plot("p2", "z1", geometry=shapely.box(70.02, 45.001, 70.03, 45.01), updated_at=STAMP),
               f.plot("p3", "z2", geometry=shapely.box(71.001, 45.001, 71.01, 45.01), updated_at=STAMP)],
    )


def make_project(path: Path) -> GpkgStore:
    store = GpkgStore.create(path, _layers(), {"title": "bad input"}, now=STAMP)
    store.apply_edit(PlotEdit("p1", {"tenant": "Alpha", "jobs_planned": 10}, "ana", "lease"), now=STAMP)
    return store


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("template") / "p.gpkg").path


@pytest.fixture
def project(template, tmp_path):
    path = tmp_path / "p.gpkg"
    shutil.copy(template, path)
    return path


def dump(path: Path) -> list[str]:
    """Every table, index, trigger and row of the file (sqlite3's iterdump)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def run(capsys, argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's own refusals (an unknown option): exit 2, its usage text
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def expect_refusal(capsys, argv, project: Path, says, code: int = 2) -> str:
    """Run; the exit code, a message on stderr without a traceback saying each of ``says``,
    and the project's dump unchanged."""
    before = dump(project)
    got, _out, err = run(capsys, argv)
    assert got == code, (argv, got, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert err.startswith("sezmap: error: ") or err.startswith("usage:"), err
    for fragment in says:
        assert str(fragment) in err, (fragment, err)
    assert dump(project) == before, argv
    return err


# --- sources to import ----------------------------------------------------------------------

def feature(pid, x=70.04, props=None, ring=None, kind="Feature", geometry=None):
    ring = ring or [[x, 45.04], [x + 0.005, 45.04], [x + 0.005, 45.045], [x, 45.045], [x, 45.04]]
    properties = {"plot_id": pid, "zone_id": "z1", "status": "vacant", **(props or {})}
    return {"type": kind, "properties": properties,
            "geometry": geometry if geometry is not None else {"type": "Polygon", "coordinates": [ring]}}


def geojson(*features, **extra) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features), **extra})


def hub_geojson(crs=None) -> str:
    collection = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"hub_id": "hx", "name_en": "x", "name_ru": "x", "kind": "station",
                                          "country": "KZ"},
        "geometry": {"type": "Point", "coordinates": [71.4, 51.1]}}]}
    if crs:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(collection)


def plots_csv(*rows, header="plot_id,zone_id,status,wkt") -> str:
    return "\n".join([header, *rows]) + "\n"


WKT = '"POLYGON ((70.04 45.04, 70.045 45.04, 70.045 45.045, 70.04 45.04))"'
NAN_RING = [[float("nan"), 45.04], [70.045, 45.04], [70.045, 45.045], [float("nan"), 45.04]]
INF_RING = [[70.04, 45.04], [70.045, 45.04], [float("inf"), 45.045], [70.04, 45.04]]

# id, file name, content, extra options, what the message says (besides the file's name)
IMPORT_CASES = [
    ("skipped-feature-type", "in.geojson", geojson(feature("A1"), feature("A2", 70.05, kind="Feture"),
                                                   feature("A3", 70.06)),
     [], ["plots A2 (row 2)", 'not a GeoJSON Feature ("type" is \'Feture\'', "GDAL would skip"]),
    ("skipped-non-object", "in.geojson", geojson(feature("A1"), 42), [], ["plots row 2", "not a GeoJSON Feature"]),
    ("nan-coordinates-geojson", "in.geojson", geojson(feature("B1", ring=NAN_RING)), [],
     ["plots B1 (row 1)", "not finite numbers (NaN or Infinity)"]),
    ("inf-coordinates-geojson", "in.geojson", geojson(feature("B1", ring=INF_RING)), [],
     ["plots B1 (row 1)", "not finite numbers"]),
    ("overflowing-coordinates-geojson", "in.geojson",
     geojson(feature("B1", ring=[[70.04, 45.04], [70.045, 45.04], [1.0, 45.045], [70.04, 45.04]])).replace(
         "[1.0, 45.045]", "[1e999, 45.045]"), [], ["plots B1 (row 1)", "not finite numbers"]),
    ("nan-coordinates-wkt", "in.csv", plots_csv('D1,z1,vacant,"POLYGON ((nan 45.04, 70.045 45.04, 70.045 45.045, '
                                                'nan 45.04))"'), ["--crs", "EPSG:4326"],
     ["plots D1 (row 2)", "not finite numbers"]),
    ("inf-coordinates-wkt", "in.csv", plots_csv('D1,z1,vacant,"POLYGON ((inf 45.04, 70.045 45.04, 70.045 45.045, '
                                                'inf 45.04))"'), ["--crs", "EPSG:4326"],
     ["plots D1 (row 2)", "not finite numbers"]),
    ("inf-lonlat", "hubs.csv", "hub_id,kind,country,lon,lat\nh7,station,KZ,inf,45\n", [],
     ["hubs h7 (row 2)", "not finite numbers"]),
    ("reprojected-to-infinity", "hubs_far.csv", "hub_id,kind,country,x,y\nh1,station,KZ,1e308,5000\n",
     ["--crs", "EPSG:32642"], ["hubs h1 (row 2)", "cannot be brought to lon/lat from EPSG:32642"]),
    ("huge-integer", "in.geojson", geojson(feature("C1", props={"jobs_planned": 1e20})), [],
     ["plots C1 (row 1)", "jobs_planned", "too large"]),
    ("negative-money", "in.geojson", geojson(feature("C1", props={"investment_committed_kzt": -1e9})), [],
     ["plots C1 (row 1)", "investment_committed_kzt", "is negative"]),
    ("date-trailing-text", "in.geojson", geojson(feature("C1", props={"contract_deadline": "2024-01-01xyz"})), [],
     ["plots C1 (row 1)", "'2024-01-01xyz' is not a date"]),
    ("date-impossible-time", "in.csv", plots_csv(f"C1,z1,vacant,{WKT},2024-01-01T99:99",
                                                 header="plot_id,zone_id,status,wkt,allocated_on"),
     ["--crs", "EPSG:4326"], ["plots C1 (row 2)", "'2024-01-01T99:99' is not a date"]),
    ("crs-contradicts-file", "hubs.geojson", hub_geojson(), ["--crs", "EPSG:3857"],
     ["declares its coordinate system as EPSG:4326", "--crs says EPSG:3857", "--crs-override"]),
    ("crs-contradicts-declared", "hubs.geojson", hub_geojson("urn:ogc:def:crs:EPSG::32642"),
     ["--crs", "EPSG:4326"], ["declares its coordinate system as EPSG:32642"]),
    ("crs-override-without-crs", "hubs.geojson", hub_geojson(), ["--crs-override"], ["--crs-override needs --crs"]),
    ("crs-not-a-crs", "hubs.geojson", hub_geojson(), ["--crs", "EPSG:99999999"], ["is not a coordinate system"]),
    ("nul-in-csv-id", "in.csv", plots_csv(f"h\x001,z1,vacant,{WKT}"), ["--crs", "EPSG:4326"],
     ["plots row 2", "plot_id: contains a NUL character"]),
    ("control-in-csv-id", "in.csv", plots_csv(f"h\x011,z1,vacant,{WKT}"), ["--crs", "EPSG:4326"],
     ["plots row 2", "plot_id 'h\\x011' contains control characters"]),
    ("nul-in-geojson-id", "in.geojson", geojson(feature("h\x001")), [], ["plots row 1", "NUL character"]),
    ("tab-in-geojson-id", "in.geojson", geojson(feature("h\t1")), [],
     ["plots row 1", "plot_id 'h\\t1' contains control characters"]),
    ("csv-extra-values", "in.csv", plots_csv(f"E1,z1,vacant,{WKT},surplus"), ["--crs", "EPSG:4326"],
     ["plots row 2", "5 values for 4 columns"]),
    ("csv-same-column-twice", "in.csv",
     plots_csv(f"E1,E1,z1,vacant,{WKT}", header="plot_id,Plot_ID,zone_id,status,wkt"),
     ["--crs", "EPSG:4326"], ["columns 'plot_id' and 'Plot_ID' have the same name"]),
    ("outside-lonlat", "in.geojson", geojson(feature("F1", x=1000.0)), [], ["plots F1 (row 1)", "outside"]),
    ("already-in-project", "in.geojson", geojson(feature("p2")), [], ["plot_id 'p2' is already in the project"]),
    ("not-json", "in.geojson", "{\"type\": \"FeatureCollection\", \"features\": [", [], ["is not valid JSON"]),
    ("no-such-file", None, None, [], ["no such file"]),
]


@pytest.mark.parametrize("case", IMPORT_CASES, ids=[c[0] for c in IMPORT_CASES])
def test_import_refuses(project, tmp_path, capsys, case):
    _id, name, content, options, says = case
    source = tmp_path / (name or "missing.geojson")
    if content is not None:
        source.write_text(content, encoding="utf-8")
    layer = "hubs" if name and name.startswith("hubs") else "plots"
    expect_refusal(capsys, ["import", source, "--layer", layer, *options, "--project", project], project,
                   [source, *says])


def test_import_a_crs_override_is_taken_when_asked(project, tmp_path, capsys):
    source = tmp_path / "hubs.geojson"
    source.write_text(hub_geojson(), encoding="utf-8")
    assert run(capsys, ["import", source, "--layer", "hubs", "--crs", "EPSG:32642", "--crs-override",
                        "--project", project])[0] == 0
    hub = GpkgStore(project).load().hubs.set_index("hub_id").loc["hx"].geometry
    assert 60 < hub.x < 70 and 0 < hub.y < 1  # 71.4 m east, 51.1 m north of UTM 42N's origin


@pytest.mark.filterwarnings("ignore:Normalized/laundered field name")  # a Shapefile's 10-character names
def test_import_a_shapefile_record_marked_deleted_is_not_a_lost_record(project, tmp_path, capsys):
    """GDAL skips .dbf records marked deleted; the independent count skips them too."""
    frame = f.frame(schema.PLOTS, [f.plot(f"s{i}", geometry=shapely.box(70.04 + 0.01 * i, 45.04, 70.045 + 0.01 * i,
                                                                          45.045)) for i in range(3)])
    frame = frame.drop(columns=["version", "updated_at", "updated_by"])
    pyogrio.write_dataframe(frame, tmp_path / "in.shp")
    dbf = tmp_path / "in.dbf"
    data = bytearray(dbf.read_bytes())
    header, size = int.from_bytes(data[8:10], "little"), int.from_bytes(data[10:12], "little")
    data[header + size] = ord("*")
    dbf.write_bytes(data)
    assert run(capsys, ["import", tmp_path / "in.shp", "--layer", "plots", "--project", project])[0] == 0
    assert {"s0", "s2"} <= set(GpkgStore(project).load().plots.plot_id)


def test_import_every_record_of_a_well_formed_file_is_read(project, tmp_path, capsys):
    """The accounting never refuses what GDAL reads whole: GeoJSON, CSV with blank lines and a
    quoted line break, GeoPackage, KML, and a KML whose other folder is named in a note."""
    sources = {
        "a.geojson": geojson(feature("g1"), feature("g2", 70.05)),
        "b.csv": plots_csv(f"c1,z1,vacant,{WKT.replace('70.04', '70.06').replace('70.045', '70.065')}", "",
                           '"c2","z1","vacant","POLYGON ((70.07 45.04, 70.075 45.04,\n70.075 45.045, 70.07 45.04))"'),
    }
    for name, text in sources.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    frame = f.frame(schema.PLOTS, [f.plot("k1", geometry=shapely.box(70.08, 45.04, 70.085, 45.045))])
    pyogrio.write_dataframe(frame.drop(columns=["version", "updated_at", "updated_by"]), tmp_path / "c.gpkg",
                            layer="parcels")
    for name, options in (("a.geojson", []), ("b.csv", ["--crs", "EPSG:4326"]), ("c.gpkg", [])):
        code, out, err = run(capsys, ["import", tmp_path / name, "--layer", "plots", *options, "--project", project])
        assert code == 0, err
    assert {"g1", "g2", "c1", "c2", "k1"} <= set(GpkgStore(project).load().plots.plot_id)
    kml = tmp_path / "two.kml"
    kml.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
        <Folder><name>hubs</name>
        <Placemark><ExtendedData><Data name="hub_id"><value>k1</value></Data><Data name="kind"><value>station</value>
        </Data><Data name="country"><value>KZ</value></Data></ExtendedData><Point><coordinates>71.4,51.1</coordinates>
        </Point></Placemark></Folder>
        <Folder><name>other</name><Placemark><Point><coordinates>71.6,51.1</coordinates></Point></Placemark></Folder>
        </Document></kml>"""), encoding="utf-8")
    code, out, err = run(capsys, ["import", kml, "--layer", "hubs", "--project", project])
    assert code == 2 and "the file has 2 layers (hubs, other)" in err and "--source-layer" in err, err
    code, out, err = run(capsys, ["import", kml, "--layer", "hubs", "--source-layer", "hubs", "--project", project])
    assert code == 0 and "imported 1 feature into" in out, err
    assert "read the file's layer 'hubs'; its other layers (" in err and "other" in err and "were not read" in err


# --- plot set -----------------------------------------------------------------------------------

PLOT_SET_CASES = [
    ("huge-integer", ["--jobs-planned", "1e20"], ["plots p1", "jobs_planned", "too large"]),
    ("huge-integer-digits", ["--jobs-planned", "99999999999999999999"], ["too large"]),
    ("negative-money", ["--investment-committed", "-1e9"], ["plots p1", "investment_committed_kzt", "is negative"]),
    ("negative-money-plain", ["--investment-actual", "-5"], ["investment_actual_kzt", "is negative"]),
    ("negative-jobs", ["--jobs-planned", "-.5"], ["jobs_planned"]),
    ("not-finite-money", ["--investment-actual", "inf"], ["investment_actual_kzt", "'inf' is not a number"]),
    ("date-trailing-text", ["--deadline", "2024-01-01xyz"], ["contract_deadline", "'2024-01-01xyz' is not a date"]),
    ("date-impossible-time", ["--allocated-on", "2024-01-01T99:99"], ["allocated_on", "is not a date"]),
    ("date-impossible-day", ["--deadline", "2024-02-30"], ["is not a date"]),
    ("geometry-nan", ["--geometry", "POLYGON ((nan 45, 70.01 45, 70.01 45.01, nan 45))"], ["plots p1", "geometry"]),
    ("geometry-inf", ["--geometry", "POLYGON ((inf 45, 70.01 45, 70.01 45.01, inf 45))"], ["plots p1", "geometry"]),
    ("geometry-out-of-range", ["--geometry", "POLYGON ((70 45, 1000 45, 1000 46, 70 45))"],
     ["plots p1", "outside the lon/lat range"]),
    ("unknown-status", ["--status", "sold"], ["status 'sold' is not one of"]),
    ("stale-version", ["--tenant", "x", "--expect-version", "1"], ["changed meanwhile: version is 2"]),
    ("negative-version", ["--tenant", "x", "--expect-version", "-1"], ["changed meanwhile"]),
]


@pytest.mark.parametrize("case", PLOT_SET_CASES, ids=[c[0] for c in PLOT_SET_CASES])
def test_plot_set_refuses(project, capsys, case):
    _id, options, says = case
    expect_refusal(capsys, ["plot", "set", "p1", *options, "--actor", "a", "--reason", "r", "--project", project],
                   project, [project, *says])


def test_plot_set_unknown_plot(project, capsys):
    expect_refusal(capsys, ["plot", "set", "NOPE-0001", "--tenant", "x", "--actor", "a", "--reason", "r",
                            "--project", project], project, [project, "plots NOPE-0001: no such plot"])


def test_a_negative_value_is_a_value_not_an_option(project, capsys):
    """argparse would read ``-1e9`` as an option and print the usage text; sezmap reads it
    as the option's value, so the refusal is the field's own."""
    err = expect_refusal(capsys, ["plot", "set", "p1", "--investment-committed", "-1e9", "--actor", "a",
                                  "--reason", "r", "--project", project], project, ["is negative"])
    assert "expected one argument" not in err and "usage" not in err
    assert run(capsys, ["audit", "--limit", "-3", "--project", project])[0] == 2


# --- plot history --------------------------------------------------------------------------------

def test_plot_history_of_an_unknown_plot_is_exit_2(project, capsys):
    expect_refusal(capsys, ["plot", "history", "NOPE-0001", "--project", project], project,
                   [project, "plots NOPE-0001: no such plot"])


def test_a_line_break_in_a_reason_cannot_forge_a_history_line(project, capsys):
    forged = "fixed\n2026-01-01T00:00:00.000Z\tmallory\tstatus\t\\N\t->\toperational\tforged"
    assert run(capsys, ["plot", "set", "p2", "--tenant", "T\tab\\", "--actor", "ana", "--reason", forged,
                        "--project", project])[0] == 0
    code, out, _err = run(capsys, ["plot", "history", "p2", "--project", project])
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1 and "mallory" in lines[0]  # one audit row, one line
    cells = lines[0].split("\t")
    assert cells[1:] == ["ana", "tenant", "\\N", "->", "T\\tab\\\\",
                         "fixed\\n2026-01-01T00:00:00.000Z\\tmallory\\tstatus\\t\\\\N\\t->\\toperational\\tforged"]
    code, out, _err = run(capsys, ["plot", "history", "p2", "--format", "json", "--project", project])
    assert code == 0 and json.loads(out)[0]["reason"] == forged and json.loads(out)[0]["old_value"] is None
    code, out, _err = run(capsys, ["plot", "history", "p2", "--format", "csv", "--project", project])
    assert code == 0 and list(csv.reader(io.StringIO(out)))[1][-1] == forged


# --- damaged files, every command --------------------------------------------------------------

def _damaged(data: bytes, kind: str, roots: dict[str, int], page: int) -> bytes:
    d = bytearray(data)
    if kind == "garbage":  # every page after the first overwritten
        d[page:] = bytes((i * 7919 + 13) % 251 for i in range(len(d) - page))
    elif kind == "truncated":
        d = d[: len(d) // 2 + 100]
    elif kind == "zeroed-table-root":  # the plots table's root page zeroed
        at = (roots["plots"] - 1) * page
        d[at:at + page] = bytes(page)
    elif kind == "schema-page":  # sqlite_master's cells overwritten
        d[100:page] = bytes((i * 31) % 256 for i in range(page - 100))
    elif kind == "cell-pointers":  # the zones table's cell pointers point nowhere
        at = (roots["zones"] - 1) * page
        d[at + 8:at + 200] = b"\xff" * 192
    return bytes(d)


DAMAGE = ["garbage", "truncated", "zeroed-table-root", "schema-page", "cell-pointers"]
COMMANDS = {
    "validate": lambda p, t: ["validate"],
    "report": lambda p, t: ["report", "--format", "json"],
    "import": lambda p, t: ["import", t / "in.geojson", "--layer", "plots"],
    "plot set": lambda p, t: ["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r"],
    "plot history": lambda p, t: ["plot", "history", "p1"],
    "audit": lambda p, t: ["audit"],
}
if HAS_EXPORT:
    COMMANDS["export"] = lambda p, t: ["export", "--out", t / "map.svg"]


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_project_is_exit_2_naming_it_and_untouched(template, tmp_path, capsys, kind, command):
    conn = sqlite3.connect(template)
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'"))
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(_damaged(template.read_bytes(), kind, roots, page))
    (tmp_path / "in.geojson").write_text(geojson(feature("n1")), encoding="utf-8")
    before = bad.read_bytes()
    code, out, err = run(capsys, [*COMMANDS[command](bad, tmp_path), "--project", bad])
    assert bad.read_bytes() == before
    assert not (tmp_path / "map.svg").exists()
    if code == 0 and command in ("plot history", "audit"):
        # the audit log itself is sound (another table is damaged): read, and read right
        assert run(capsys, [*COMMANDS[command](template, tmp_path), "--project", template])[1] == out
        return
    assert code == 2, (kind, command, err)
    assert "Traceback" not in err and f"{bad}: the file is damaged" in err and "restore it from a backup" in err, err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_not_a_project_is_exit_2(tmp_path, capsys, command):
    (tmp_path / "in.geojson").write_text(geojson(feature("n1")), encoding="utf-8")
    text = tmp_path / "notes.gpkg"
    text.write_text("not a geopackage", encoding="utf-8")
    for path, says in ((text, "not a GeoPackage"), (tmp_path / "missing.gpkg", "no such file")):
        code, _out, err = run(capsys, [*COMMANDS[command](path, tmp_path), "--project", path])
        assert code == 2 and f"{path}: {says}" in err and "Traceback" not in err, (command, err)


def test_a_damaged_page_that_the_write_does_not_touch_still_stops_it(template, tmp_path, capsys, monkeypatch):
    """The hubs table damaged: a tenant change of a plot never reads it (without the check it
    commits into the damaged file, as a copy shows), but SQLite's quick_check before the
    write does."""
    bad = tmp_path / "bad.gpkg"
    shutil.copy(template, bad)
    conn = sqlite3.connect(bad)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'hubs'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(bad.read_bytes())
    data[(root - 1) * page + 8:(root - 1) * page + 12] = b"\xff\xff\xff\xff"  # its cell pointers
    bad.write_bytes(data)
    control = tmp_path / "control.gpkg"
    shutil.copy(bad, control)
    edit = ["plot", "set", "p2", "--tenant", "x", "--actor", "a", "--reason", "r", "--project"]
    with monkeypatch.context() as m:
        m.setattr(geopackage_sql, "integrity_problem", lambda conn: None)
        assert run(capsys, [*edit, control])[0] == 0  # the write alone does not notice
    before = bad.read_bytes()
    code, _out, err = run(capsys, [*edit, bad])
    assert code == 2 and f"{bad}: the file is damaged" in err and "Traceback" not in err, err
    assert bad.read_bytes() == before
    code, _out, err = run(capsys, ["validate", "--project", bad])
    assert code == 2 and f"{bad}: the file is damaged" in err, err


# --- other bad options and project contents -----------------------------------------------------

def test_reads_refuse_bad_options(project, tmp_path, capsys):
    expect_refusal(capsys, ["report", "--as-of", "2024-01-01xyz", "--project", project], project,
                   ["--as-of '2024-01-01xyz' is not a date"])
    expect_refusal(capsys, ["report", "--out", tmp_path / "nowhere" / "r.json", "--project", project], project,
                   ["no such folder"])
    expect_refusal(capsys, ["audit", "--since", "2024-01-01T99:99", "--project", project], project, ["--since"])
    expect_refusal(capsys, ["audit", "--limit", "-1", "--project", project], project, ["--limit -1"])
    if HAS_EXPORT:
        expect_refusal(capsys, ["export", "--as-of", "yesterday", "--out", tmp_path / "m.svg", "--project", project],
                       project, ["--as-of 'yesterday' is not a date"])


@pytest.mark.filterwarnings("ignore:invalid value encountered in from_wkb")  # the NaN, as expected
def test_a_project_with_coordinates_that_are_not_numbers(project, capsys):
    """Another tool wrote NaN into a plot's geometry: validate and report name the plot."""
    ring = bytearray(shapely.to_wkb(shapely.box(70.001, 45.001, 70.01, 45.01), byte_order=1))
    ring[13 + 16 * 2:13 + 16 * 2 + 8] = bytes.fromhex("000000000000f87f")  # the third x: NaN
    conn = geopackage_sql.connect(project)
    conn.execute("UPDATE plots SET geom = ?, version = version + 1 WHERE plot_id = 'p2'",
                 (b"GP\x00\x01" + (4326).to_bytes(4, "little") + bytes(ring),))
    conn.close()
    for argv in (["validate"], ["report"]):
        expect_refusal(capsys, [*argv, "--project", project], project, [project, "plots p2", "nan"])


# --- busy: a write lock held past the busy wait ----------------------------------------------------

def test_a_held_lock_is_exit_3_for_writes_and_readers_go_on(project, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SEZMAP_BUSY_TIMEOUT_MS", "200")
    (tmp_path / "in.geojson").write_text(geojson(feature("n1")), encoding="utf-8")
    # another program's lock: a plain sqlite3 connection (sezmap's own, geopackage_sql.connect,
    # would hold the file in this thread, and the commands' header read would be refused as a
    # fault of sezmap's code: store/file_guard.py)
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for argv in (COMMANDS["plot set"](project, tmp_path), COMMANDS["import"](project, tmp_path)):
            expect_refusal(capsys, [*argv, "--project", project], project,
                           [f"{project}: the project is busy"], code=3)
        for name in ("validate", "report", "plot history", "audit"):
            code, _out, err = run(capsys, [*COMMANDS[name](project, tmp_path), "--project", project])
            assert code == 0, (name, err)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --- hypothesis: random values never crash, never half-write ------------------------------------

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(text=st.one_of(
    st.text(max_size=25),
    st.dates().map(str).flatmap(lambda d: st.sampled_from([d, d + "xyz", d + "T99:99", d + "T10:30", d + " 10:30:00Z",
                                                          d + "T23:59:59.999+05:00", d[:-1], d + "\n"])),
))
@pytest.mark.slow
def test_any_date_is_stored_as_a_date_or_refused(template, tmp_path_factory, capsys, text):
    project = tmp_path_factory.mktemp("dates") / "p.gpkg"
    shutil.copy(template, project)
    before = dump(project)
    code, _out, err = run(capsys, ["plot", "set", "p2", "--deadline", text, "--actor", "a", "--reason", "r",
                                   "--project", project])
    assert code in (0, 2) and "Traceback" not in err, err
    stored = GpkgStore(project).read_plots(["p2"])["p2"]["contract_deadline"]
    if code == 2:
        assert dump(project) == before
    elif text.strip():
        assert len(stored) == 10 and stored == text.strip()[:10]  # the date as written, nothing else
        import datetime as dt
        dt.date.fromisoformat(stored)


@FUZZ
@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                       st.integers(min_value=-(10**30), max_value=10**30).map(str),
                       st.sampled_from(["1e20", "-0", "-1e9", "9.2e18", "9223372036854775807", "1_000", " 7 ",
                                        "0x10"])))
def test_any_number_is_stored_or_refused(template, tmp_path_factory, capsys, value):
    project = tmp_path_factory.mktemp("numbers") / "p.gpkg"
    shutil.copy(template, project)
    before = dump(project)
    code, _out, err = run(capsys, ["plot", "set", "p2", "--jobs-planned", value, "--investment-actual", value,
                                   "--actor", "a", "--reason", "r", "--project", project])
    assert code in (0, 2) and "Traceback" not in err, (value, err)
    if code == 2:
        assert dump(project) == before
    else:
        row = GpkgStore(project).read_plots(["p2"])["p2"]
        assert row["jobs_planned"] >= 0 and row["investment_actual_kzt"] >= 0
        assert abs(row["jobs_planned"]) < 2**63 and row["jobs_planned"] == Decimal(value.strip())  # exactly


ID_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))


@pytest.mark.slow
@FUZZ
@given(ids=st.lists(st.text(ID_CHARS, min_size=1, max_size=6), min_size=1, max_size=4, unique=True))
def test_any_id_is_imported_exactly_or_refused(template, tmp_path_factory, capsys, ids):
    """Ids of any characters, written by Python's csv module: imported as written (in NFC),
    or, if one holds a control, invisible or bidi control character, refused whole."""
    folder = tmp_path_factory.mktemp("ids")
    project = folder / "p.gpkg"
    shutil.copy(template, project)
    ids = [f"x{i}{text}" for i, text in enumerate(ids)]  # never blank, never a duplicate
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)  # minimal quoting leaves a lone \r bare
    writer.writerow(["plot_id", "zone_id", "status", "wkt"])
    for i, pid in enumerate(ids):
        x = 70.04 + 0.006 * i
        writer.writerow([pid, "z1", "vacant",
                         f"POLYGON (({x} 45.04, {x + 0.005} 45.04, {x + 0.005} 45.045, {x} 45.04))"])
    source = folder / "in.csv"
    source.write_text(buffer.getvalue(), encoding="utf-8")
    before = dump(project)
    code, _out, err = run(capsys, ["import", source, "--layer", "plots", "--crs", "EPSG:4326", "--project", project])
    controls = [pid for pid in ids if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in pid)]
    nfc = [unicodedata.normalize("NFC", pid) for pid in ids]
    if controls:
        assert code == 2 and "contains" in err and "Traceback" not in err, err
        assert dump(project) == before
    elif len(set(nfc)) < len(nfc):  # two ids that differ only in their Unicode form are one id twice
        assert code == 2 and "duplicate plot_id" in err, err
    else:
        assert code == 0, err
        assert set(nfc) <= set(GpkgStore(project).load().plots.plot_id)  # as written, composed


# --- a Polygon-typed plots layer (QGIS) -------------------------------------------------------------

def test_a_polygon_typed_layer_gets_polygons(tmp_path, capsys):
    """QGIS makes plots layers of type Polygon: imports and edits write Polygons there (the
    GeoPackage standard allows no MultiPolygon in a Polygon column); a MultiPolygon of several
    parts cannot go there and is refused naming the row."""
    path = tmp_path / "qgis.gpkg"
    for name, frame in _layers().items():
        kind = {"zones": "Polygon", "plots": "Polygon", "corridors": "LineString"}.get(name)
        pyogrio.write_dataframe(frame, path, layer=name, **({"geometry_type": kind} if kind else {}))
    one_part = {"type": "MultiPolygon", "coordinates": [[[[70.04, 45.04], [70.045, 45.04], [70.045, 45.045],
                                                          [70.04, 45.04]]]]}
    two_parts = {"type": "MultiPolygon", "coordinates": [
        [[[70.05, 45.04], [70.055, 45.04], [70.055, 45.045], [70.05, 45.04]]],
        [[[70.06, 45.04], [70.065, 45.04], [70.065, 45.045], [70.06, 45.04]]]]}
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("m1", geometry=one_part), feature("m2", 70.07)), encoding="utf-8")
    assert run(capsys, ["import", source, "--layer", "plots", "--project", path])[0] == 0
    assert run(capsys, ["plot", "set", "p1", "--geometry", "MULTIPOLYGON (((70.001 45.001, 70.012 45.001, 70.012 "
                        "45.01, 70.001 45.001)))", "--actor", "a", "--reason", "r", "--project", path])[0] == 0
    source.write_text(geojson(feature("m3", geometry=two_parts)), encoding="utf-8")
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", path], path,
                   [source, "plots m3 (row 1)", "a MultiPolygon of 2 parts", "holds single Polygons"])
    expect_refusal(capsys, ["plot", "set", "p2", "--geometry", shapely.to_wkt(shapely.from_geojson(
        json.dumps(two_parts))), "--actor", "a", "--reason", "r", "--project", path], path,
        [path, "plots p2", "a MultiPolygon of 2 parts"])
    conn = sqlite3.connect(path)
    kinds = {pid: geopackage_sql.decode_geometry(blob).geom_type for pid, blob in
             conn.execute("SELECT plot_id, geom FROM plots")}
    conn.close()
    assert kinds == {"p1": "Polygon", "p2": "Polygon", "p3": "Polygon", "m1": "Polygon", "m2": "Polygon"}
    assert run(capsys, ["validate", "--project", path])[0] == 0
    # GDAL's validator says nothing of the geometry types (it may complain of what the newer
    # GDAL in pyogrio wrote, the same before sezmap's writes as after)
    from tests.test_store_protections import _validator
    report = subprocess.run([*_validator(tmp_path), "-k", str(path)], capture_output=True, text=True)
    assert "geometry type" not in report.stdout.lower() and "Req 32" not in report.stdout, report.stdout


# --- a full disk, a read-only folder ---------------------------------------------------------------

FULL_DISK_DRIVER = r"""
import json, os, shutil, sqlite3, subprocess, sys, time
disk, project, source = sys.argv[1], sys.argv[2], sys.argv[3]
path = os.path.join(disk, "p.gpkg")
shutil.copy(project, path)
open(os.path.join(disk, "old.json"), "w").write("the report before")

def dump():
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()

def fill(leave):
    with open(os.path.join(disk, "fill"), "ab", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(os.path.join(disk, "fill"), max(os.path.getsize(os.path.join(disk, "fill")) - leave, 0))

def sezmap(*argv):
    out = subprocess.run([sys.executable, "-m", "sezmap", *argv, "--project", path], capture_output=True, text=True)
    return {"argv": list(argv), "code": out.returncode, "err": out.stderr}

before = dump()
fill(96 * 1024)  # room for SQLite's -shm, not for what the commands write
results = [sezmap("plot", "set", "p1", "--tenant", "big", "--actor", "a", "--reason", "r" * 120_000),
           sezmap("import", source, "--layer", "plots")]
same = dump() == before
holder = sqlite3.connect(path)  # keeps the -shm file while the disk fills up entirely
holder.execute("SELECT count(*) FROM plots").fetchone()
fill(0)
results += [sezmap("report", "--out", os.path.join(disk, "old.json")),
            sezmap("audit", "--format", "json", "--out", os.path.join(disk, "audit.json"))]
same = same and dump() == before  # while the holder keeps the -shm: a new one would not fit
files = sorted(os.listdir(disk))
holder.close()
print(json.dumps({"results": results, "same": same, "files": files,
                  "old": open(os.path.join(disk, "old.json")).read()}))
"""


@pytest.mark.slow
def test_a_full_disk_is_exit_2_and_changes_nothing(project, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("a full disk is a tiny tmpfs mounted in a private mount namespace, which needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{disk}'"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.strip()}")
    source = tmp_path / "big.geojson"
    source.write_text(geojson(*[feature(f"n{i}", 70.04 + 0.0005 * i, props={"tenant": "t" * 2000})
                                for i in range(100)]), encoding="utf-8")
    script = tmp_path / "driver.py"
    script.write_text(FULL_DISK_DRIVER)
    out = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=2m tmpfs '{disk}' && exec \"$@\"",
                          "sh", sys.executable, str(script), str(disk), str(project), str(source)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout)
    for result in got["results"]:
        assert result["code"] == 2, result
        assert "disk is full" in result["err"] and "Traceback" not in result["err"], result
    assert got["results"][0]["err"].startswith(f"sezmap: error: {disk / 'p.gpkg'}: cannot be written")
    assert got["same"]
    assert got["old"] == "the report before"  # --out: the old file whole, no half-written one
    assert [name for name in got["files"] if name not in ("fill", "old.json", "p.gpkg", "p.gpkg-shm",
                                                         "p.gpkg-wal")] == []


@pytest.mark.slow
def test_a_read_only_folder_refuses_writes_and_reads_on(project, tmp_path):
    from tests.test_store_protections import _read_only_runner

    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(project, folder / "p.gpkg")
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("n1")), encoding="utf-8")
    before = dump(folder / "p.gpkg")
    run_ro = _read_only_runner(folder)
    sezmap = [sys.executable, "-m", "sezmap"]
    target = ["--project", str(folder / "p.gpkg")]
    for argv in (["plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r"],
                 ["import", str(source), "--layer", "plots"]):
        out = run_ro([*sezmap, *argv, *target])
        assert out.returncode == 2 and f"{folder / 'p.gpkg'}: cannot be changed: the file or its folder is read-only" \
            in out.stderr and "Traceback" not in out.stderr, out.stderr
    out = run_ro([*sezmap, "report", "--out", str(folder / "r.json"), *target])
    assert out.returncode == 2 and f"{folder / 'r.json'}: cannot be written" in out.stderr, out.stderr
    out = run_ro([*sezmap, "report", *target])
    assert out.returncode == 0 and '"zones"' in out.stdout, out.stderr
    assert sorted(os.listdir(folder)) == ["p.gpkg"]
    assert dump(folder / "p.gpkg") == before


def test_a_hot_journal_in_a_read_only_folder_is_a_clear_error(project, tmp_path):
    """A crash left a rollback journal, and the folder is read-only: nothing can roll it back,
    and GDAL cannot read the file; sezmap says so (and what to do), exit 2."""
    from tests.test_store_protections import _read_only_runner

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.gpkg"
    shutil.copy(project, path)
    (folder / "p.gpkg-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(4096))
    run_ro = _read_only_runner(folder)
    out = run_ro([sys.executable, "-m", "sezmap", "validate", "--project", str(path)])
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert f"{path}: a crashed program left its unfinished write (p.gpkg-journal)" in out.stderr
    assert "open it once where it can be written" in out.stderr


# --- the promises page names tests that exist ------------------------------------------------------

def test_every_test_docs_promises_names_exists():
    """docs/promises.md says which tests check each promise: each of them is a test function
    of the file named before it."""
    import ast
    import re

    text = (ROOT / "docs" / "promises.md").read_text(encoding="utf-8")
    named, current = [], None
    for m in re.finditer(r"`(tests/[\w/]+\.py)::(test_\w+)`|`(test_\w+)`", text):
        current = m.group(1) or current
        named.append((current, m.group(2) or m.group(3)))
    assert len(named) > 40 and all(file for file, _ in named)
    functions = {}
    for file in {file for file, _ in named}:
        tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
        functions[file] = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    missing = [f"{file}::{name}" for file, name in named if name not in functions[file]]
    assert missing == []


def test_damage_that_reads_as_bad_rows_is_reported_as_damage(project, monkeypatch, capsys):
    """Some damaged pages read without an error, as rows of nothing (the cell-pointer variant
    does so for some layouts of the page): when the rows fail validation, the integrity check
    decides what to say."""
    monkeypatch.setattr(geopackage_sql, "integrity_problem", lambda conn: "*** in database main *** Page 7: bad")
    monkeypatch.setattr("sezmap.store.project_reads.validate_project", lambda *a, **k: [Problem("zones", "row 1", "zone_id is required")])
    code, _out, err = run(capsys, ["report", "--project", project])
    assert code == 2 and f"{project}: the file is damaged" in err and "zone_id is required" not in err, err
    monkeypatch.setattr(geopackage_sql, "integrity_problem", lambda conn: None)
    code, _out, err = run(capsys, ["report", "--project", project])
    assert code == 2 and "zone_id is required" in err, err


def _drop_plots_column(project: Path, column: str) -> None:
    """Another program drops a column of the plots table (its triggers first: SQLite will not
    drop a column a trigger names)."""
    conn = sqlite3.connect(project)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'plots'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(f'ALTER TABLE plots DROP COLUMN "{column}"')
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("column,option,value", [
    ("contract_deadline", "--deadline", "2030-01-01"),  # the column the edit writes
    ("contract_deadline", "--tenant", "Beta"),  # another: a rule may need the missing one
    ("status", "--tenant", "Beta"),  # readers refuse such a file: nothing is written into it either
])
def test_plot_set_on_a_file_missing_a_plots_field_is_refused(project, capsys, column, option, value):
    _drop_plots_column(project, column)
    expect_refusal(capsys, ["plot", "set", "p1", option, value, "--actor", "a", "--reason", "r", "--project", project],
                   project, [str(project), f"missing field: {column}"])
