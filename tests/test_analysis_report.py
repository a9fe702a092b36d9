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
    assert "## Data quality" in text and "Border crossing km" in text


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
