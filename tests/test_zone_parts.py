"""A zone's parts (plots marked with ``part``) reported apart, with the zone's definitions:
hand-built cases checked against areas computed independently with pyproj.Geod."""

import json
import sqlite3

import pytest
import shapely
from pyproj import Geod

from sezmap.cli import main
from sezmap.model.edits import PlotEdit
from sezmap.session import geometry_edits as ge
from sezmap.store import audit_check, migrations
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

GEOD = Geod(ellps="WGS84")
PARK = "Industrial park"


def geod_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


def box(i, j, w=1.0, h=1.0):
    """A 0.01° cell of the grid over z1 (70.0, 45.0)–(70.1, 45.1), ``w`` × ``h`` cells."""
    x, y = 70.0 + i * 0.01, 45.0 + j * 0.01
    return shapely.box(x, y, x + w * 0.01, y + h * 0.01)


# the park: two allocated plots (one idle), one vacant, one infrastructure; two plots outside it
PARK_PLOTS = {
    "p1": dict(status="allocated", geometry=box(0, 0, 2, 1)),
    "p2": dict(status="allocated", geometry=box(2, 0), contract_deadline="2025-01-01",
               investment_committed_kzt=5e8, investment_actual_kzt=1e7),  # idle on 2026-06-01
    "p3": dict(status="vacant", geometry=box(0, 1, 3, 1)),
    "p4": dict(status="infrastructure", geometry=box(3, 0, 1, 2)),
}


def report(capsys, path, fmt="json"):
    assert main(["report", "--project", str(path), "--as-of", "2026-06-01", "--format", fmt]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if fmt == "json" else out


@pytest.fixture
def project(tmp_path):
    plots = [f.plot(pid, "z1", part=PARK, **kw) for pid, kw in PARK_PLOTS.items()]
    plots += [f.plot("p5", "z1", geometry=box(5, 5), status="operational"),
              f.plot("p6", "z1", geometry=box(6, 5), status="vacant", part="  ")]  # blank: in no part
    plots.append(f.plot("q1", "z2", geometry=shapely.box(71.0, 45.0, 71.01, 45.01), status="allocated"))
    layers = f.layers([f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))], plots)
    path = tmp_path / "p.gpkg"
    GpkgStore.create(path, layers, {"title": "Parts"})
    return path


def test_a_part_has_the_zone_figures_of_its_plots_as_geod_measures_them(project, capsys):
    zones = {z["zone_id"]: z for z in report(capsys, project)["zones"]}
    assert "parts" not in zones["z2"]  # no plot of z2 names a part
    [park] = zones["z1"]["parts"]
    ha = {pid: geod_ha(kw["geometry"]) for pid, kw in PARK_PLOTS.items()}
    total = sum(ha.values())
    assert park["part"] == PARK and park["plots"] == 4 and park["idle_plots"] == 1
    assert park["area_ha"] == pytest.approx(total, rel=1e-4)
    # (the union of the plots, measured as one, edges over 1 km as geodesics, differs from the sum of
    # their own Geod areas by ~1e-5: a long edge of the union is not quite its pieces' edges)
    assert park["allocated_ratio"] == pytest.approx((ha["p1"] + ha["p2"]) / total, abs=1e-4)
    assert park["infrastructure_ratio"] == pytest.approx(ha["p4"] / total, abs=1e-4)
    assert park["unused_ratio"] == pytest.approx(ha["p3"] / total, abs=1e-4)
    assert park["idle_area_ha"] == pytest.approx(ha["p2"], rel=1e-4)
    assert set(park) == {"part", "area_ha", "allocated_ratio", "infrastructure_ratio", "unused_ratio", "plots",
                         "idle_plots", "idle_area_ha"}


def test_overlapping_part_plots_count_once_and_land_outside_the_zone_not_at_all(tmp_path, capsys):
    a, b = box(0, 0, 2, 2), box(1, 1, 2, 2)  # b overlaps a by one cell
    edge = shapely.box(70.095, 45.0, 70.105, 45.01)  # half outside z1
    plots = [f.plot("a", "z1", geometry=a, status="allocated", part="P"),
             f.plot("b", "z1", geometry=b, status="vacant", part="P"),
             f.plot("e", "z1", geometry=edge, status="infrastructure", part="P")]
    path = tmp_path / "o.gpkg"
    GpkgStore.create(path, f.layers([f.zone("z1")], plots), {"title": "Overlaps"})
    [part] = {z["zone_id"]: z for z in report(capsys, path)["zones"]}["z1"]["parts"]
    inside = shapely.intersection(edge, shapely.box(70.0, 45.0, 70.1, 45.1))
    total = geod_ha(shapely.union_all([a, b])) + geod_ha(inside)
    assert part["area_ha"] == pytest.approx(total, rel=1e-4)
    assert part["allocated_ratio"] == pytest.approx(geod_ha(a) / total, abs=1e-5)
    assert part["unused_ratio"] == pytest.approx(geod_ha(shapely.difference(b, a)) / total, abs=1e-5)
    assert part["infrastructure_ratio"] == pytest.approx(geod_ha(inside) / total, abs=1e-5)


def test_the_markdown_report_prints_the_parts_table(project, capsys):
    text = report(capsys, project, "md")
    assert "## Parts of zones" in text
    row = next(line for line in text.splitlines() if PARK in line)
    assert row.startswith("| Zone z1 | Industrial park |") and "| 4 |" in row


def _as_version_3(path):
    """The file as sezmap 3 wrote it: no ``part`` column, triggers for the columns it has."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute('ALTER TABLE plots DROP COLUMN "part"')
    conn.execute("UPDATE project_meta SET value = '3' WHERE key = 'schema_version'")
    migrations.ensure_protections(conn)
    conn.commit()
    assert audit_check.findings(conn).errors == []
    conn.close()


def test_a_version_3_file_gets_the_part_column_and_audits_it(project):
    _as_version_3(project)
    store = GpkgStore(project)
    assert "part" not in store.load().plots.columns or store.load().plots["part"].isna().all()
    store.apply_edit(PlotEdit("p5", {"part": PARK}, "planner", "the park grew"))
    conn = sqlite3.connect(project)
    assert conn.execute("SELECT value FROM project_meta WHERE key = 'schema_version'").fetchone() == ("4",)
    assert conn.execute("SELECT part FROM plots WHERE plot_id = 'p5'").fetchone() == (PARK,)
    conn.execute("UPDATE plots SET part = 'Other', version = version + 1 WHERE plot_id = 'p6'")  # another program
    conn.commit()
    rows = conn.execute("SELECT plot_id, old_value, new_value FROM audit_log WHERE field = 'part' ORDER BY id").fetchall()
    assert rows == [("p5", None, PARK), ("p6", None, "Other")]  # (the version 3 file had no parts)
    assert audit_check.findings(conn).errors == []
    conn.close()


def test_a_split_plot_keeps_its_part_in_every_piece(tmp_path):
    plots = [f.plot("KEG-0001", "z1", geometry=box(0, 0), status="reserved", tenant="Park LLP", part=PARK)]
    session = f.open_session(tmp_path / "s.gpkg", f.layers([f.zone("z1")], plots))
    changes = ge.split_changes(session, "KEG-0001", [(70.005, 44.995), (70.005, 45.015)], reason="split on the map")
    session.edit("Split", changes)
    pieces = session.store.read_plots([c.plot_id for c in changes])
    assert len(pieces) == 2 and {p["part"] for p in pieces.values()} == {PARK}


def test_the_csv_gives_each_part_its_columns_and_names_hubs_in_its_language(project, capsys):
    import csv
    import io

    raw = list(csv.DictReader(io.StringIO(report(capsys, project, "csv"))))
    z1 = next(r for r in raw if r["zone_id"] == "z1")
    assert float(z1[f"parts_{PARK}_unused_ratio"]) == pytest.approx(
        report(capsys, project)["zones"][0]["parts"][0]["unused_ratio"])
    assert not any(v.startswith("[") or "{" in v for v in z1.values())  # no Python repr in a cell
    assert main(["report", "--project", str(project), "--as-of", "2026-06-01", "--format", "csv",
                 "--language", "ru", "--excel"]) == 0
    text = capsys.readouterr().out.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    head, z1 = rows[0], next(r for r in rows[1:] if r[0] == "z1")
    assert f"{PARK}: Доля неиспользуемой" in head
    cell = z1[head.index(f"{PARK}: Доля неиспользуемой")]
    assert "," in cell and "." not in cell  # a decimal comma, as the other numbers
