"""Inputs, with real files and tools: every layer of a source accounted for
(a zip of two Shapefiles written by pyogrio), constraints of the file (a UNIQUE index added with
sqlite3), integers exact (hypothesis beyond 2**53), ISO country codes, ambiguous column names
in every format, special files (a real FIFO, under a timeout), a plots layer in UTM metres
written by ogr2ogr, look-alike ids and actors (NFD/NFC, U+200B, U+200F), Z dropped at input, and
a zip bomb made here (a .dbf of zeros, deflated). Each refusal asserts the exit code, the message
(file, row, reason) and an unchanged file (sqlite3's iterdump), as tests.test_bad_input does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pyogrio
import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st

from sezmap.formats.readers import source_layers
from sezmap.model import schema
from sezmap.model.problems import DataError
from sezmap.store import geopackage_sql, open_store
from sezmap.store.gpkg import GpkgStore
from tests import factories as f
from tests import test_bad_input
from tests.test_bad_input import (
    FUZZ,
    dump,
    expect_refusal,
    feature,
    geojson,
    run,
)

ROOT = Path(__file__).resolve().parent.parent

# the fixtures: a copy of test_bad_input's small project for each test (made once, the template)
template, project = test_bad_input.template, test_bad_input.project


def sezmap(*argv, env=None, timeout=120) -> subprocess.CompletedProcess:
    """The command line in a process of its own (a FIFO must not hang the test run)."""
    return subprocess.run([sys.executable, "-m", "sezmap", *map(str, argv)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def plot_frame(*ids, x0=70.04):
    rows = [f.plot(pid, geometry=shapely.box(x0 + 0.01 * i, 45.04, x0 + 0.005 + 0.01 * i, 45.045))
            for i, pid in enumerate(ids)]
    return f.frame(schema.PLOTS, rows).drop(columns=["version", "updated_at", "updated_by"])


def stored(project: Path, sql: str, *params):
    conn = sqlite3.connect(project)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# --- every layer of a source ----------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore:Normalized/laundered field name")
def test_a_zip_of_two_shapefiles_is_refused_naming_them_and_takes_source_layer(project, tmp_path, capsys):
    for name, ids, x0 in (("east", ("e1", "e2"), 70.04), ("west", ("w1",), 70.07)):
        pyogrio.write_dataframe(plot_frame(*ids, x0=x0), tmp_path / f"{name}.shp")
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in sorted(tmp_path.glob("*.*")):
            if part.stem in ("east", "west"):
                zf.write(part, part.name)
    assert source_layers(archive) == ["east", "west"]  # what the app asks to choose from
    expect_refusal(capsys, ["import", archive, "--layer", "plots", "--project", project], project,
                   [archive, "the file has 2 layers (east, west)", "--source-layer NAME"])
    expect_refusal(capsys, ["import", archive, "--layer", "plots", "--source-layer", "north", "--project", project],
                   project, [archive, "has no layer 'north' (its layers: east, west)"])
    code, out, err = run(capsys, ["import", archive, "--layer", "plots", "--source-layer", "east", "--project", project])
    assert code == 0 and "imported 2 features into" in out, err
    assert "its other Shapefiles (west) were not read" in err
    code, out, err = run(capsys, ["import", archive, "--layer", "plots", "--source-layer", "west", "--project", project])
    assert code == 0 and "imported 1 feature into" in out, err
    assert {"e1", "e2", "w1"} <= set(GpkgStore(project).load().plots.plot_id)


@pytest.mark.filterwarnings("ignore:Normalized/laundered field name")
def test_a_zip_made_on_a_mac_is_one_shapefile(project, tmp_path, capsys):
    """macOS's zip adds ``__MACOSX/._name.shp`` resource forks: they are not a second layer."""
    pyogrio.write_dataframe(plot_frame("m1"), tmp_path / "mac.shp")
    archive = tmp_path / "mac.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in sorted(tmp_path.glob("mac.*")):
            if part.suffix != ".zip":
                zf.write(part, f"parcels/{part.name}")
                zf.writestr(f"__MACOSX/parcels/._{part.name}", b"\x00\x05\x16\x07")
    assert source_layers(archive) == ["parcels/mac"]
    code, out, err = run(capsys, ["import", archive, "--layer", "plots", "--project", project])
    assert code == 0 and "imported 1 feature into" in out, err


def test_a_geopackage_of_two_layers_is_refused_naming_them(project, tmp_path, capsys):
    source = tmp_path / "two.gpkg"
    pyogrio.write_dataframe(plot_frame("a1"), source, layer="first")
    pyogrio.write_dataframe(plot_frame("b1", x0=70.07), source, layer="second")
    assert source_layers(source) == ["first", "second"]
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", project], project,
                   [source, "the file has 2 layers (first, second)", "--source-layer"])
    code, _out, err = run(capsys, ["import", source, "--layer", "plots", "--source-layer", "second",
                                   "--project", project])
    assert code == 0 and "its other layers (first) were not read" in err, err


# --- constraints another program added -------------------------------------------------------------

def test_a_unique_index_added_with_sqlite3_is_exit_2_naming_the_row(project, tmp_path, capsys):
    assert run(capsys, ["plot", "set", "p2", "--cadastral-no", "01-001-001", "--actor", "a", "--reason", "r",
                        "--project", project])[0] == 0
    subprocess.run(["sqlite3", str(project), "CREATE UNIQUE INDEX cadastral_once ON plots(cadastral_no)"], check=True)
    expect_refusal(capsys, ["plot", "set", "p1", "--cadastral-no", "01-001-001", "--actor", "a", "--reason", "r",
                            "--project", project], project,
                   [project, "plots p1: refused by a rule of the project file",
                    "UNIQUE constraint failed: plots.cadastral_no", "nothing was written"])
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("C1"), feature("C2", 70.05, props={"cadastral_no": "01-001-001"})))
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", project], project,
                   [source, "plots C2 (row 2): refused by a rule of the project file",
                    "UNIQUE constraint failed: plots.cadastral_no"])


# --- integers exact or refused -----------------------------------------------------------------------

BIG = 123456789012345678


def test_a_large_integer_is_stored_exactly_from_plot_set_geojson_and_csv(project, tmp_path, capsys):
    exact = 2**53  # the largest whole number every reader (GDAL and pandas: floats where a value may be empty) gets back
    assert run(capsys, ["plot", "set", "p2", "--jobs-planned", str(exact), "--actor", "a", "--reason", "r",
                        "--project", project])[0] == 0
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("G1", props={"jobs_planned": exact - 1})))
    csv_source = tmp_path / "in.csv"
    csv_source.write_text(f'plot_id,zone_id,status,jobs_planned,wkt\nK1,z1,vacant,{exact - 3},'
                          '"POLYGON ((70.05 45.04, 70.055 45.04, 70.055 45.045, 70.05 45.04))"\n')
    assert run(capsys, ["import", source, "--layer", "plots", "--project", project])[0] == 0
    assert run(capsys, ["import", csv_source, "--layer", "plots", "--crs", "EPSG:4326", "--project", project])[0] == 0
    rows = dict(stored(project, "SELECT plot_id, jobs_planned FROM plots WHERE plot_id IN ('p2', 'G1', 'K1')"))
    assert rows == {"p2": exact, "G1": exact - 1, "K1": exact - 3}
    assert stored(project, "SELECT new_value FROM audit_log WHERE plot_id = 'p2' AND field = 'jobs_planned'") == \
        [(str(exact),)]
    # and read back, by every reader, exactly (the column has empty values: GDAL gives floats)
    assert run(capsys, ["validate", "--project", project])[0] == 0
    plots = open_store(project).load().plots.set_index("plot_id")
    assert int(plots.at["p2", "jobs_planned"]) == exact and int(plots.at["K1", "jobs_planned"]) == exact - 3


def test_a_whole_number_beyond_2_53_is_refused_so_the_project_stays_readable(project, tmp_path, capsys):
    # stored, it would come back through a float (the column has empty values) and every reader
    # would refuse the project
    expect_refusal(capsys, ["plot", "set", "p2", "--jobs-planned", str(BIG), "--actor", "a", "--reason", "r",
                            "--project", project], project, ["jobs_planned", "beyond 2**53"])
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("G1", props={"jobs_planned": BIG})))
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", project], project,
                   [source, "plots G1 (row 1): jobs_planned", "beyond 2**53"])
    csv_source = tmp_path / "in.csv"
    csv_source.write_text(f'plot_id,zone_id,status,jobs_planned,wkt\nK1,z1,vacant,{2**53 + 1},'
                          '"POLYGON ((70.05 45.04, 70.055 45.04, 70.055 45.045, 70.05 45.04))"\n')
    expect_refusal(capsys, ["import", csv_source, "--layer", "plots", "--crs", "EPSG:4326", "--project", project],
                   project, [csv_source, "plots K1 (row 2): jobs_planned", "beyond 2**53"])


def test_a_large_integer_that_came_as_a_float_is_refused(project, tmp_path, capsys):
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("G1", props={"jobs_planned": float(BIG)})))
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", project], project,
                   [source, "plots G1 (row 1): jobs_planned", "beyond 2**53"])


@pytest.mark.slow
@FUZZ
@given(number=st.integers(min_value=2**53 - 5, max_value=2**64))
def test_any_integer_beyond_2_53_is_exact_or_refused(template, tmp_path_factory, capsys, number):
    folder = tmp_path_factory.mktemp("big")
    project = folder / "p.gpkg"
    shutil.copy(template, project)
    before = dump(project)
    code, _out, err = run(capsys, ["plot", "set", "p2", "--jobs-planned", str(number), "--actor", "a",
                                   "--reason", "r", "--project", project])
    source = folder / "in.csv"
    source.write_text(f'plot_id,zone_id,status,jobs_planned,wkt\nK1,z1,vacant,{number},'
                      '"POLYGON ((70.05 45.04, 70.055 45.04, 70.055 45.045, 70.05 45.04))"\n')
    code_csv, _out, err_csv = run(capsys, ["import", source, "--layer", "plots", "--crs", "EPSG:4326",
                                           "--project", project])
    if number >= 2**63:
        assert code == 2 and code_csv == 2 and "too large" in err and "too large" in err_csv, (err, err_csv)
        assert dump(project) == before
    elif number > 2**53:
        assert code == 2 and code_csv == 2 and "beyond 2**53" in err and "beyond 2**53" in err_csv, (err, err_csv)
        assert dump(project) == before
    else:
        assert code == 0 and code_csv == 0, (err, err_csv)
        assert dict(stored(project, "SELECT plot_id, jobs_planned FROM plots WHERE plot_id IN ('p2', 'K1')")) == \
            {"p2": number, "K1": number}


def test_the_plot_form_reads_a_large_integer_exactly():
    from sezmap.session.form_fields import display_text, parse_field

    assert parse_field("jobs_planned", f"{2**53:,}").value == 2**53
    assert parse_field("jobs_planned", f"{BIG:,}").problem == "too_large"
    assert parse_field("jobs_planned", "1.5").problem == "not_whole"
    assert display_text("jobs_planned", 2**53) == str(2**53)


# --- ISO countries, ambiguous columns ----------------------------------------------------------------

HUBS = "hub_id,name_en,name_ru,kind,country,lon,lat\n"


@pytest.mark.parametrize("country", ["XX", "kz", "SU", "K1", "ZZ"])
def test_a_country_that_is_not_iso_3166_is_refused(project, tmp_path, capsys, country):
    source = tmp_path / "hubs.csv"
    source.write_text(HUBS + f"h9,x,x,station,{country},71.4,51.1\n")
    expect_refusal(capsys, ["import", source, "--layer", "hubs", "--project", project], project,
                   [source, "hubs h9 (row 2)", f"country '{country}' is not an ISO 3166-1 alpha-2 code"])


def test_an_iso_country_is_taken(project, tmp_path, capsys):
    source = tmp_path / "hubs.csv"
    source.write_text(HUBS + "h8,x,x,station,UZ,69.2,41.3\nh9,x,x,station,CN,80.3,44.2\n")
    assert run(capsys, ["import", source, "--layer", "hubs", "--project", project])[0] == 0


KML_TWO_STATUSES = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><ExtendedData>
<Data name="plot_id"><value>A1</value></Data><Data name="zone_id"><value>z1</value></Data>
<Data name="status"><value>vacant</value></Data><Data name="Status"><value>operational</value></Data>
</ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>70.04,45.04 70.045,45.04 70.045,45.045 70.04,45.04
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>"""


@pytest.mark.parametrize("name,content", [
    ("in.geojson", geojson(feature("A1", props={"Status": "operational"}))),
    ("in.kml", KML_TWO_STATUSES),
    ("in.csv", "plot_id,zone_id,status,STATUS,wkt\nA1,z1,vacant,operational,"
               '"POLYGON ((70.04 45.04, 70.045 45.04, 70.045 45.045, 70.04 45.04))"\n'),
], ids=["geojson", "kml", "csv"])
def test_columns_that_differ_only_in_case_are_refused_in_every_format(project, tmp_path, capsys, name, content):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--crs", "EPSG:4326", "--project", project],
                   project, [source, "columns 'status' and", "have the same name (ignoring case)"])


# --- special files -------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["project", "source", "shapefile-part"])
def test_a_fifo_is_refused_at_once(project, tmp_path, role):
    fifo = tmp_path / ("p.gpkg" if role == "project" else "in.geojson")
    if role == "shapefile-part":
        pyogrio.write_dataframe(plot_frame("s1"), tmp_path / "in.shp")
        (tmp_path / "in.dbf").unlink()
        fifo = tmp_path / "in.dbf"
    else:
        fifo = tmp_path / "pipe" / fifo.name
        fifo.parent.mkdir()
    os.mkfifo(fifo)
    before = dump(project)
    if role == "project":
        done = sezmap("validate", "--project", fifo, timeout=60)
        assert done.returncode == 2 and f"{fifo}: is a FIFO (named pipe), not a regular file" in done.stderr
        done = sezmap("plot", "set", "p1", "--tenant", "x", "--actor", "a", "--reason", "r", "--project", fifo)
        assert done.returncode == 2 and "is a FIFO" in done.stderr
        return
    source = fifo if role == "source" else tmp_path / "in.shp"
    done = sezmap("import", source, "--layer", "plots", "--project", project, timeout=60)
    assert done.returncode == 2, done.stderr
    assert f"{fifo}: is a FIFO (named pipe), not a regular file" in done.stderr and "Traceback" not in done.stderr
    assert dump(project) == before


def test_a_directory_as_project_is_refused(tmp_path, capsys):
    folder = tmp_path / "p.gpkg"
    folder.mkdir()
    code, _out, err = run(capsys, ["validate", "--project", folder])
    assert code == 2 and f"{folder}: is a directory, not a regular file" in err


# --- a plots layer in UTM metres (ogr2ogr) -------------------------------------------------------------

@pytest.fixture
def utm_project(project, tmp_path):
    """The project with its plots layer rewritten by ogr2ogr in UTM zone 42N (EPSG:32642)."""
    utm = tmp_path / "plots_utm.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(utm), str(project), "plots", "-t_srs", "EPSG:32642"], check=True)
    subprocess.run(["ogr2ogr", "-update", "-overwrite", str(project), str(utm), "plots", "-nln", "plots"], check=True)
    assert stored(project, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'plots'") == [(32642,)]
    return project


def plot_geometry_in_file(project: Path, plot_id: str):
    blob = stored(project, "SELECT geom FROM plots WHERE plot_id = ?", plot_id)[0][0]
    return int.from_bytes(blob[4:8], "little"), geopackage_sql.decode_geometry(blob)


UTM_SQUARE = "POLYGON ((580400 4983600, 580500 4983600, 580500 4983700, 580400 4983700, 580400 4983600))"


def test_plot_set_geometry_in_a_utm_layer_is_read_in_its_crs(utm_project, capsys):
    degrees = "POLYGON ((70.02 45.001, 70.029 45.001, 70.029 45.009, 70.02 45.001))"
    err = expect_refusal(capsys, ["plot", "set", "p2", "--geometry", degrees, "--actor", "a", "--reason", "r",
                                  "--project", utm_project], utm_project,
                         [utm_project, "plots p2: zone:", "outside its zone"])
    assert "--geometry read in EPSG:32642 (WGS 84 / UTM zone 42N)" in err and "--crs" in err
    code, _out, err = run(capsys, ["plot", "set", "p2", "--geometry", UTM_SQUARE, "--actor", "a", "--reason", "r",
                                   "--project", utm_project])
    assert code == 0, err
    srs, geom = plot_geometry_in_file(utm_project, "p2")
    assert srs == 32642 and geom.geom_type == "MultiPolygon"
    assert shapely.hausdorff_distance(geom, shapely.from_wkt(UTM_SQUARE)) < 1e-6  # metres, as given
    # the audit log keeps the blob as stored; its readers show it in lon/lat (SCHEMA)
    audited = [e.new_value for e in GpkgStore(utm_project).history("p2") if e.field == "geometry"]
    lon, lat = shapely.from_wkt(audited[-1]).centroid.coords[0]
    assert 70.0 < lon < 70.05 and 45.0 < lat < 45.01
    code, out, err = run(capsys, ["validate", "--project", utm_project])
    assert code == 0, err
    info = subprocess.run(["ogrinfo", "-q", str(utm_project), "-sql", "SELECT ST_MinX(geom) FROM plots WHERE "
                           "plot_id = 'p2'"], capture_output=True, text=True, check=True).stdout
    assert "580400" in info


def test_plot_set_geometry_with_crs_is_reprojected_into_the_layer(utm_project, capsys):
    degrees = "POLYGON ((70.02 45.001, 70.029 45.001, 70.029 45.009, 70.02 45.001))"
    code, _out, err = run(capsys, ["plot", "set", "p2", "--geometry", degrees, "--crs", "EPSG:4326", "--actor", "a",
                                   "--reason", "r", "--project", utm_project])
    assert code == 0, err
    srs, geom = plot_geometry_in_file(utm_project, "p2")
    assert srs == 32642 and 580000 < geom.bounds[0] < 582000 and 4983000 < geom.bounds[1] < 4985000
    expect_refusal(capsys, ["plot", "set", "p2", "--tenant", "x", "--crs", "EPSG:4326", "--actor", "a",
                            "--reason", "r", "--project", utm_project], utm_project, ["--crs goes with --geometry"])


def test_an_import_into_a_utm_layer_is_written_in_metres(utm_project, tmp_path, capsys):
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("U1")))
    assert run(capsys, ["import", source, "--layer", "plots", "--project", utm_project])[0] == 0
    srs, geom = plot_geometry_in_file(utm_project, "U1")
    assert srs == 32642 and geom.bounds[0] > 500000


# --- look-alike ids and actors -------------------------------------------------------------------------

NFC_ID = "КЭЗ-й1"
NFD_ID = unicodedata.normalize("NFD", NFC_ID)


def test_ids_are_taken_in_nfc(project, tmp_path, capsys):
    assert NFC_ID != NFD_ID
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature(NFD_ID)), encoding="utf-8")
    assert run(capsys, ["import", source, "--layer", "plots", "--project", project])[0] == 0
    assert stored(project, "SELECT count(*) FROM plots WHERE plot_id = ?", NFC_ID) == [(1,)]
    code, _out, err = run(capsys, ["plot", "set", NFD_ID, "--tenant", "T", "--actor", "a", "--reason", "r",
                                   "--project", project])
    assert code == 0, err
    code, out, err = run(capsys, ["plot", "history", NFD_ID, "--project", project])
    assert code == 0 and "tenant" in out, err
    code, out, err = run(capsys, ["audit", "--plot", NFD_ID, "--format", "json", "--project", project])
    assert code == 0 and {row["plot_id"] for row in json.loads(out)} == {NFC_ID}, err
    again = tmp_path / "again.geojson"
    again.write_text(geojson(feature(NFC_ID, 70.06)), encoding="utf-8")
    expect_refusal(capsys, ["import", again, "--layer", "plots", "--project", project], project,
                   [again, f"plot_id '{NFC_ID}' is already in the project"])


@pytest.mark.parametrize("char,name", [("\u200b", "U+200B ZERO WIDTH SPACE"), ("\u200f", "U+200F RIGHT-TO-LEFT MARK"),
                                       ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("\ufeff", "U+FEFF")])
def test_invisible_and_bidi_characters_in_ids_and_actors_are_refused(project, tmp_path, capsys, char, name):
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature(f"p{char}2")), encoding="utf-8")
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--project", project], project,
                   [source, "plots row 1: plot_id", "contains invisible or bidi control characters", name])
    expect_refusal(capsys, ["plot", "set", "p1", "--tenant", "x", "--actor", f"ana{char}", "--reason", "r",
                            "--project", project], project,
                   [project, "plots p1: actor", "invisible or bidi control characters", name])
    good = tmp_path / "good.geojson"
    good.write_text(geojson(feature("V1")), encoding="utf-8")
    expect_refusal(capsys, ["import", good, "--layer", "plots", "--actor", f"{char}", "--project", project], project,
                   ["--actor", "invisible or bidi control characters", "an import needs an actor"])


@pytest.mark.parametrize("actor", [" ", "\u3000", "\t", ""])
def test_a_blank_actor_is_refused_by_the_command_line(project, tmp_path, capsys, actor):
    expect_refusal(capsys, ["plot", "set", "p1", "--tenant", "x", "--actor", actor, "--reason", "r",
                            "--project", project], project, [project, "plots p1"])
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("V1")), encoding="utf-8")
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--actor", actor, "--project", project], project,
                   ["an import needs an actor"])


@pytest.mark.parametrize("actor", ["  ", "\u200b", "a\u200fb", "ana\n"])
def test_a_blank_or_invisible_actor_is_refused_by_the_session(actor):
    from sezmap.session.project_session import ProjectSession

    with pytest.raises(DataError, match="actor"):
        ProjectSession(actor=actor)
    session = ProjectSession(actor="ana")
    with pytest.raises(DataError, match="actor"):
        session.actor = actor
    assert session.actor == "ana"
    assert ProjectSession(actor=unicodedata.normalize("NFD", "Әлия")).actor == "Әлия"


@pytest.mark.parametrize("actor", ["   ", "\u200b", "\u200f"])
def test_the_settings_dialog_refuses_a_blank_or_invisible_user_name(qtbot, tmp_path, actor):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    from sezmap.ui.app_settings import AppSettings
    from sezmap.ui.settings_dialog import SettingsDialog

    settings = AppSettings()
    settings.q.clear()
    settings.user_name = "Ana"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText(actor)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.user_problem.isHidden()
    assert "actor" in dialog.user_problem.text()
    assert settings.user_name == "Ana"
    with pytest.raises(DataError):
        settings.user_name = actor


# --- Z and M dropped at input --------------------------------------------------------------------------

def test_a_z_geometry_is_stored_and_audited_in_two_dimensions(project, tmp_path, capsys):
    wkt = "POLYGON Z ((70.02 45.001 5, 70.029 45.001 5, 70.029 45.009 7, 70.02 45.001 5))"
    code, _out, err = run(capsys, ["plot", "set", "p2", "--geometry", wkt, "--actor", "a", "--reason", "r",
                                   "--project", project])
    assert code == 0, err
    audited = [e.new_value for e in GpkgStore(project).history("p2") if e.field == "geometry"][-1]
    assert " Z " not in audited and not shapely.from_wkt(audited).has_z
    _srs, geom = plot_geometry_in_file(project, "p2")
    assert not geom.has_z and shapely.equals_exact(geom, shapely.from_wkt(audited), tolerance=0)
    source = tmp_path / "in.geojson"
    ring = [[70.04, 45.04, 3.0], [70.045, 45.04, 3.0], [70.045, 45.045, 4.0], [70.04, 45.04, 3.0]]
    source.write_text(geojson(feature("Z1", ring=ring)))
    assert run(capsys, ["import", source, "--layer", "plots", "--project", project])[0] == 0
    _srs, geom = plot_geometry_in_file(project, "Z1")
    assert not geom.has_z


# --- a zip bomb ----------------------------------------------------------------------------------------

def zip_bomb(path: Path, megabytes: int) -> None:
    """A zipped Shapefile whose .dbf is ``megabytes`` MiB of zeros (deflated to about a thousandth)."""
    folder = path.parent / "bomb"
    folder.mkdir()
    pyogrio.write_dataframe(plot_frame("b1"), folder / "in.shp")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part in ("in.shp", "in.shx", "in.prj"):
            zf.write(folder / part, part)
        with zf.open("in.dbf", "w", force_zip64=True) as dst:
            zeros = bytes(1 << 20)
            for _ in range(megabytes):
                dst.write(zeros)


PEAK_RSS = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
            "print('peak-rss-kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(done.returncode)")


def sezmap_peak_rss(*argv) -> tuple[subprocess.CompletedProcess, float]:
    """The command line in a process of its own, with its peak memory in MB, measured by a parent
    that has no other children (this test process's RUSAGE_CHILDREN holds every earlier test's)."""
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "sezmap", *map(str, argv)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    kb = re.findall(r"^peak-rss-kb (\d+)$", done.stderr, flags=re.M)
    assert kb, done.stderr
    return done, int(kb[-1]) / 1024


@pytest.mark.slow
def test_a_zip_bomb_is_refused_before_it_is_unpacked(project, tmp_path):
    bomb = tmp_path / "bomb.zip"
    zip_bomb(bomb, 600)
    assert bomb.stat().st_size < 2 * 2**20
    before = dump(project)
    done, peak_mb = sezmap_peak_rss("import", bomb, "--layer", "plots", "--project", project)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert f"{bomb}: would unpack to 600.0 MB, more than the limit of 512 MB" in done.stderr
    assert "--max-source-mb" in done.stderr and "SEZMAP_MAX_SOURCE_MB" in done.stderr
    assert peak_mb < 1000  # it was 2.3 GB: nothing was inflated
    assert dump(project) == before
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("sezmap-unzip-*/in.dbf"))


def test_the_source_limit_is_set_by_option_or_environment(project, tmp_path, capsys, monkeypatch):
    bomb = tmp_path / "bomb.zip"
    zip_bomb(bomb, 3)
    expect_refusal(capsys, ["import", bomb, "--layer", "plots", "--max-source-mb", "2", "--project", project],
                   project, [bomb, "would unpack to 3.0 MB, more than the limit of 2 MB"])
    monkeypatch.setenv("SEZMAP_MAX_SOURCE_MB", "1")
    expect_refusal(capsys, ["import", bomb, "--layer", "plots", "--project", project], project,
                   [bomb, "more than the limit of 1 MB"])
    big = tmp_path / "big.geojson"
    big.write_text(geojson(feature("B1", props={"tenant": "x" * (2 << 20)})))
    expect_refusal(capsys, ["import", big, "--layer", "plots", "--project", project], project,
                   [big, "holds 2.0 MB, more than the limit of 1 MB"])


def test_a_zip_that_declares_less_than_it_holds_is_refused(project, tmp_path, capsys):
    """Sizes in the archive's directory forged small: the unpacking stops at what was declared
    (zipfile never gives more) and the archive is refused, the project untouched."""
    bomb = tmp_path / "bomb.zip"
    zip_bomb(bomb, 3)
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(bomb) as zf:
        info = zf.getinfo("in.dbf")
    at = next(i for i in range(len(data)) if data.startswith(b"PK\x01\x02", i)
              and data[i + 46:i + 46 + 6] == b"in.dbf")
    data[info.header_offset + 22:info.header_offset + 26] = (1000).to_bytes(4, "little")  # local header size
    extra = data[at + 46 + 6:at + 46 + 6 + int.from_bytes(data[at + 30:at + 32], "little")]
    if extra[:2] == b"\x01\x00":  # zip64: the sizes are in the extra field
        pos = at + 46 + 6 + 4
        data[pos:pos + 8] = (1000).to_bytes(8, "little")
    else:
        data[at + 24:at + 28] = (1000).to_bytes(4, "little")
    bomb.write_bytes(bytes(data))
    expect_refusal(capsys, ["import", bomb, "--layer", "plots", "--project", project], project,
                   [bomb, "not a readable zip archive"])


def test_unpacking_never_writes_more_than_declared_or_the_limit(tmp_path):
    """An archive whose directory declares less than a member holds: unpacking writes no more
    than declared and the limit (zipfile stops at the declared size, the count at the limit) and
    the archive is refused."""
    from sezmap.formats import input_files

    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.dbf", bytes(3 << 20))
    members = input_files.zip_members(archive)
    members[0].file_size = 10  # as a forged directory would say
    with pytest.raises(DataError) as caught:
        input_files.unzip(archive, members, tmp_path, limit=1 << 20)
    assert "not a readable zip archive" in str(caught.value) or "unpacks to more than the limit" in str(caught.value)
    assert (tmp_path / "a.dbf").stat().st_size <= 1 << 20


def test_docs_state_the_input_rules():
    schema_doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for rule in ("ISO 3166-1 alpha-2", "NFC", "SEZMAP_MAX_SOURCE_MB", "--source-layer", "2**53"):
        assert rule in schema_doc, rule


def test_the_app_asks_which_layer_of_a_several_layer_source_to_import(window, tmp_path, qtbot, monkeypatch):  # noqa: F811
    from sezmap.ui import window_files

    source = tmp_path / "two.gpkg"
    pyogrio.write_dataframe(plot_frame("a1", x0=70.02), source, layer="first")
    pyogrio.write_dataframe(plot_frame("b1", x0=70.05), source, layer="second")
    asked = []

    def choose(parent, title, label, items, *rest):
        asked.append(list(items))
        return "second", True

    monkeypatch.setattr(window_files.QInputDialog, "getItem", choose)
    before = len(window.project.plots)
    window.import_file(str(source), layer="plots")
    qtbot.waitUntil(lambda: window.project is not None and len(window.project.plots) == before + 1, timeout=20000)
    assert asked == [["first", "second"]]
    assert "b1" in set(window.project.plots["plot_id"]) and "a1" not in set(window.project.plots["plot_id"])
    assert set(stored(window.project_path, "SELECT actor FROM audit_log WHERE plot_id = 'b1'")) == {
        (window.session.actor,)}  # the created row and one per value, all the session's actor


@pytest.mark.parametrize("actor", ["another program", "Another  Program", "ANOTHER PROGRAM\u00a0"])
def test_the_name_of_changes_made_without_sezmap_is_no_actor(project, tmp_path, capsys, actor):
    """A sezmap user cannot pass as 'another program' (the name the file's triggers give changes
    made without sezmap), in the command line, an import or the session."""
    from sezmap.session.project_session import ProjectSession

    expect_refusal(capsys, ["plot", "set", "p1", "--tenant", "x", "--actor", actor, "--reason", "r",
                            "--project", project], project, [project, "plots p1: actor", "is reserved"])
    source = tmp_path / "in.geojson"
    source.write_text(geojson(feature("V1")), encoding="utf-8")
    expect_refusal(capsys, ["import", source, "--layer", "plots", "--actor", actor, "--project", project], project,
                   ["is reserved"])
    with pytest.raises(DataError, match="is reserved"):
        ProjectSession(actor=actor)
