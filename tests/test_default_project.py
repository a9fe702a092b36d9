"""The bundled default project: valid, at official areas, calibrated, reproducible from seeds."""

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyproj
import pytest
import shapely

from sezmap import paths
from sezmap.model.statuses import ACTIVE_STATUSES
from sezmap.store.gpkg import GpkgStore
from tests import shipped

GEOD = pyproj.Geod(ellps="WGS84")
ROOT = Path(__file__).resolve().parent.parent


def ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


project = shipped.project  # the shipped project, once a module


def test_default_project_validates_with_all_layers(project):
    assert len(project.zones) == 14
    assert len(project.plots) > 1000
    assert set(project.corridors.corridor_id) == {"khorgos_china_europe", "north_south_east", "trans_caspian",
                                                    "rail_network"}
    assert {"border_crossing", "seaport", "dry_port", "cooperation_center", "logistics_hub"} <= set(project.hubs.kind)
    assert {"port_aktau", "port_kuryk", "sez_icbc_khorgos", "hub_icic_central_asia",
            "hub_almaty_logistics"} <= set(project.hubs.hub_id)


def test_zone_areas_match_official_figures(project):
    for zone in project.zones.itertuples():
        assert ha(zone.geometry) == pytest.approx(zone.official_area_ha, rel=0.01), zone.zone_id
        assert "schematic" in zone.source


def test_zones_sit_at_their_published_places(project):
    seeds = {r["zone_id"]: r for r in csv.DictReader(open(ROOT / "seeds" / "zones.csv", encoding="utf-8"))}
    for zone in project.zones.itertuples():
        seed = seeds[zone.zone_id]
        c = zone.geometry.centroid
        _, _, d = GEOD.inv(c.x, c.y, float(seed["lon"]), float(seed["lat"]))
        assert d < 20_000, zone.zone_id


def test_plots_do_not_overlap_and_stay_in_their_zone(project):
    plots = project.plots
    tree = shapely.STRtree(plots.geometry.values)
    a, b = tree.query(plots.geometry.values, predicate="overlaps")
    assert len(a) == 0
    zones = project.zones.set_index("zone_id").geometry
    outside = shapely.difference(plots.geometry.values, zones.reindex(plots.zone_id).values)
    assert max(ha(g) for g in outside if not g.is_empty) * 1e4 < 1.0  # under 1 m² of rounding


def test_khorgos_is_calibrated_to_the_audit(project):
    plots = project.plots[project.plots.zone_id == "khorgos_eastern_gate"]
    zone = project.zones.set_index("zone_id").geometry["khorgos_eastern_gate"]
    active = plots[plots.status.isin(ACTIVE_STATUSES)]
    share = ha(shapely.intersection(zone, shapely.union_all(active.geometry.values))) / ha(zone)
    assert share == pytest.approx(0.276, abs=0.001)
    assert len(active) == 29
    registered = plots[plots.tenant.notna() & (plots.status != "infrastructure")]
    assert len(registered) == 76


def test_astana_industrial_park_is_a_third_unused(project):
    """The park's plots are marked (plots.part) and 32 % of their land is neither active nor
    infrastructure (the audit's figure), measured here with pyproj.Geod."""
    zone = project.zones.set_index("zone_id").geometry["astana_new_city"]
    park = min(zone.geoms, key=lambda g: g.area)
    plots = project.plots[project.plots.zone_id == "astana_new_city"]
    marked = plots[plots["part"] == "Industrial Park No. 1"]
    assert len(marked) > 10 and all(park.buffer(1e-6).covers(g) for g in marked.geometry)  # (rounding)
    assert set(plots.loc[plots["part"].isna()].geometry.map(park.intersects)) == {False}  # the whole park is marked
    used = marked[marked.status.isin(ACTIVE_STATUSES | {"infrastructure"})]
    unused = 1 - ha(shapely.union_all(used.geometry.values)) / ha(shapely.union_all(marked.geometry.values))
    assert unused == pytest.approx(0.32, abs=0.001)


def test_the_report_gives_the_parks_figures_apart(project):
    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.analysis.report import report_dict

    zones = {z["zone_id"]: z for z in report_dict(AnalysisEngine(project, "2026-06-01"), with_quality=False)["zones"]}
    [park] = zones["astana_new_city"]["parts"]
    assert park["part"] == "Industrial Park No. 1" and park["unused_ratio"] == pytest.approx(0.32, abs=0.001)
    assert [z for z, v in zones.items() if "parts" in v] == ["astana_new_city"]


def test_saryarka_has_the_idle_90_ha(project):
    plots = project.plots[project.plots.zone_id == "saryarka"]
    big = plots.iloc[int(np.argmax([ha(g) for g in plots.geometry]))]
    assert ha(big.geometry) == pytest.approx(90, rel=0.001)
    assert big.status == "allocated" and big.allocated_on.year <= 2015
    assert big.investment_actual_kzt < big.investment_committed_kzt


def build(out):
    subprocess.run([sys.executable, str(ROOT / "layers" / "build_default_project.py"), "--out", str(out)],
                   check=True, capture_output=True)
    return out


@pytest.mark.slow
def test_build_is_deterministic_and_matches_the_bundled_file(tmp_path):
    """Two builds give the same bytes; the bundled file holds the same data (coordinates to
    1e-9 degrees, so a newer PROJ or GEOS rounding a last digit differently is not a change)."""
    first, second = build(tmp_path / "a.gpkg"), build(tmp_path / "b.gpkg")
    assert first.read_bytes() == second.read_bytes()
    rebuilt, bundled = GpkgStore(first).load(), GpkgStore(paths.default_project()).load()
    for name in ("zones", "plots", "corridors", "hubs"):
        a, b = rebuilt.layer(name), bundled.layer(name)
        assert a.drop(columns="geometry").equals(b.drop(columns="geometry")), name
        assert shapely.equals_exact(a.geometry.values, b.geometry.values, tolerance=1e-9).all(), name
