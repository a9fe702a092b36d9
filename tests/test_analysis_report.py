"""``sezmap report`` end to end on a project file built in tmp_path."""

import csv
import io
import json

import pytest
import shapely

import factories as f
from sezmap.cli import main
from sezmap.model.statuses import STATUSES
from sezmap.store.gpkg import GpkgStore

ZONE_KEYS = [
    "zone_id", "name_en", "area_ha", "official_area_ha", "allocated_ratio", "infrastructure_ratio",
    "unused_ratio", "status_area_ha", "plots", "idle_plots", "idle_area_ha", "nearest_corridor_km",
    "nearest_corridor_id", "nearest_border_crossing_km", "nearest_border_crossing_id", "nearest_seaport_km",
    "nearest_seaport_id", "nearest_dry_port_km", "nearest_dry_port_id", "nearest_border_crossing_by_country", "network_km",
]


@pytest.fixture
def project(tmp_path):
    z2 = shapely.box(71.0, 45.0, 71.05, 45.05)
    layers = f.layers(
        zones=[f.zone("z1", name_en="First | zone"), f.zone("z2", z2, official_area_ha=None)],
        plots=[
            f.plot("p1", geometry=shapely.box(70.0, 45.0, 70.05, 45.1), status="allocated",
                   contract_deadline="2025-01-01", investment_committed_kzt=5e8, investment_actual_kzt=1e8),
            f.plot("p2", geometry=shapely.box(70.05, 45.0, 70.1, 45.05), status="vacant"),
            f.plot("p3", "z2", geometry=shapely.box(71.0, 45.0, 71.01, 45.01), status="infrastructure"),
        ],
        corridors=[f.corridor("c1", ((69.0, 45.05), (72.0, 45.05)))],
        hubs=[f.hub("h1", (72.0, 45.05)), f.hub("h2", (75.0, 40.0), "seaport")],
    )
    path = tmp_path / "p.gpkg"
    GpkgStore.create(path, layers, {"title": "Test project"})
    return path


def run(capsys, *args):
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_the_documented_shape(project, capsys):
    code, out, _ = run(capsys, "--project", str(project), "--as-of", "2026-01-01")
    assert code == 0
    report = json.loads(out)
    assert report["project"] == "Test project" and report["as_of"] == "2026-01-01"
    assert [z["zone_id"] for z in report["zones"]] == ["z1", "z2"]
    for z in report["zones"]:
        assert list(z)[:len(ZONE_KEYS)] == ZONE_KEYS
        assert list(z["status_area_ha"]) == list(STATUSES)
        assert set(z["network_km"]) == {"h1", "h2"}
    z1 = report["zones"][0]
    assert z1["plots"] == 2 and z1["idle_plots"] == 1
    assert z1["allocated_ratio"] == pytest.approx(0.5, abs=1e-3)
    assert z1["unused_ratio"] == pytest.approx(0.5, abs=1e-3)
    assert z1["nearest_corridor_km"] == 0.0 and z1["nearest_corridor_id"] == "c1"
    assert z1["network_km"]["h2"] > z1["network_km"]["h1"] > 0  # legs to the nearest vertex, then along c1
    assert report["zones"][1]["official_area_ha"] is None
    assert set(report["quality"]) == {"overlaps", "outside_zone", "gaps", "area_check"}


def test_csv_is_one_flat_row_per_zone(project, capsys):
    code, out, _ = run(capsys, "--project", str(project), "--format", "csv", "--as-of", "2026-01-01")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["zone_id"] for r in rows] == ["z1", "z2"]
    assert "status_area_ha_under_construction" in rows[0] and "network_km_h1" in rows[0]
    assert float(rows[0]["allocated_ratio"]) == pytest.approx(0.5, abs=1e-3)


def test_markdown_sorted_by_unused_land_and_written_to_a_file(project, tmp_path, capsys):
    out_file = tmp_path / "r.md"
    code, out, _ = run(capsys, "--project", str(project), "--format", "md", "--out", str(out_file))
    assert code == 0 and out == ""
    text = out_file.read_text(encoding="utf-8")
    assert text.index("Zone z2") < text.index("First \\| zone")  # z2 is ~99 % unused, z1 50 %
    assert "## Data quality" in text and "| Zone | Corridor | Border crossing | Seaport | Dry port |" in text


def test_bad_project_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.gpkg"
    bad.write_text("not a geopackage")
    code, _, err = run(capsys, "--project", str(bad))
    assert code == 2 and "not a GeoPackage" in err
    code, _, err = run(capsys, "--project", str(tmp_path / "missing.gpkg"))
    assert code == 2 and "no such file" in err


def test_bad_date_exits_2(project, capsys):
    code, _, err = run(capsys, "--project", str(project), "--as-of", "2026-13-45")
    assert code == 2 and "--as-of" in err


def _tables(text: str) -> list[list[list[str]]]:
    """The Markdown tables of ``text``: each a list of rows of cells (the rule row left out)."""
    tables: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            if not set(line) <= set("|-: "):
                rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
        elif rows:
            tables.append(rows)
            rows = []
    return tables


def test_markdown_names_zones_in_every_table(project, capsys):
    code, out, _ = run(capsys, "--project", str(project), "--format", "md", "--as-of", "2026-01-01")
    assert code == 0
    tables = _tables(out)
    assert len(tables) >= 6  # zones, status, nearest hubs, network (nearest, all), data quality
    for table in tables:
        if table[0][0] == "Zone":
            assert {row[0] for row in table[1:]} == {"First \\| zone", "Zone z2"}, table
    assert "h1, " in out and "c1, " in out  # hubs and corridors by name, with their distance


def test_network_table_fits_a_page(capsys):
    """The bundled project (14 zones, 18 hubs): zones are rows, no table is wider than nine columns."""
    code, out, _ = run(capsys, "--format", "md", "--as-of", "2026-01-01")
    assert code == 0
    network = out[out.index("## Distance along the transport network"):out.index("## Data quality")]
    tables = _tables(network)
    assert len(tables) >= 2
    for table in tables:
        assert table[0][0] == "Zone" and len(table) == 15 and max(len(r) for r in table) <= 9
    assert "Astana – New City SEZ" in network and "Aktau seaport" in network
    assert max(len(r) for t in _tables(out) for r in t) <= 9


def test_report_in_russian_and_kazakh(project, capsys):
    code, out, _ = run(capsys, "--project", str(project), "--format", "md", "--language", "ru", "--as-of", "2026-01-01")
    assert code == 0
    assert out.startswith("# Землепользование и логистика: ") and "| Зона | Площадь, га |" in out
    assert "Зона z2" in out and "Zone z2" not in out and "Свободен" in out
    assert "50,0\u00a0%" in out  # Russian decimals
    code, out, _ = run(capsys, "--project", str(project), "--format", "md", "--language", "kk", "--as-of", "2026-01-01")
    assert "| Аймақ |" in out and "Аймақ z2" in out
    code, out, _ = run(capsys, "--project", str(project), "--language", "kk", "--as-of", "2026-01-01")
    report = json.loads(out)  # JSON: English keys, the name in the language added
    assert [z["name"] for z in report["zones"]] == ["Аймақ z1", "Аймақ z2"]
    assert list(report["zones"][0])[:len(ZONE_KEYS)] == ZONE_KEYS
    code, out, _ = run(capsys, "--project", str(project), "--format", "csv", "--language", "ru", "--as-of", "2026-01-01")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["Зона"] for r in rows] == ["Зона z1", "Зона z2"] and rows[0]["Код зоны"] == "z1"
    assert "По сети до: h1, км" in rows[0] and "Свободен, га" in rows[0] and "network_km_h1" not in rows[0]


def test_excel_csv_has_a_bom_crlf_and_the_separator_excel_expects(project, tmp_path, capsys):
    out_file = tmp_path / "r.csv"
    code, _, _ = run(capsys, "--project", str(project), "--format", "csv", "--excel", "--language", "ru",
                     "--as-of", "2026-01-01", "--out", str(out_file))
    assert code == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0]["Зона"] == "Зона z1"
    assert rows[0]["Доля предоставленной"].startswith("0,5")  # a decimal comma, as Russian Excel reads numbers
    code, _, _ = run(capsys, "--project", str(project), "--format", "csv", "--excel", "--as-of", "2026-01-01",
                     "--out", str(out_file))
    text = out_file.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffzone_id,") and "\r\n" in text
    code, _, err = run(capsys, "--project", str(project), "--format", "md", "--excel")
    assert code == 2 and "--excel" in err


def test_excel_csv_neutralises_formulas(tmp_path, capsys):
    layers = f.layers(zones=[f.zone("z1", name_ru="=HYPERLINK(\"http://x\")")], plots=[f.plot("p1")],
                      corridors=[f.corridor("c1")], hubs=[f.hub("h1")])
    path = tmp_path / "p.gpkg"
    GpkgStore.create(path, layers, {"title": "T"})
    code, out, _ = run(capsys, "--project", str(path), "--format", "csv", "--language", "ru", "--excel")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert rows[0]["Зона"] == "'=HYPERLINK(\"http://x\")"
