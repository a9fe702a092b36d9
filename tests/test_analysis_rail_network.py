"""The logistics network of the shipped project: Kazakhstan's main rail lines with the named
corridors over them, border crossings to all five neighbours, places on the right side of the
border, and network distances that match published rail distances."""

from __future__ import annotations

import csv
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from sezmap.analysis import geodesy, network
from sezmap.analysis.logistics import LogisticsIndex
from sezmap.analysis.report import report_dict
from sezmap.export.report_tables import ReportNames, to_csv
from sezmap.model import schema
from tests import shipped

project, engine = shipped.project, shipped.engine
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TOLERANCE = 0.05  # the bound on network vs published rail distances
# Zones and crossings must lie inside Kazakhstan's basemap polygon with no tolerance: every
# zone vertex and every crossing point. Natural Earth's border is 1-2 km off near Khorgos, so
# the seeds place crossings 1 km inside the polygon and ICBC's outline 0.5 km or more inside.
INSIDE_TOLERANCE_M = 0.0


def _rows(name: str) -> list[dict]:
    with open(SEEDS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _places() -> dict[str, tuple[float, float]]:
    return {r["id"]: (float(r["lon"]), float(r["lat"])) for r in _rows("places.csv")}


def test_published_rail_distances_match_the_network_within_5_percent(project):
    pairs = _rows("rail_distances.csv")
    assert len(pairs) >= 10 and all(r["source"] and r["url"] for r in pairs)
    where = _places()
    net = network.CorridorNetwork(project.corridors)
    for r in pairs:
        a, b = (net.nearest_entry(*where[r["from_id"]]), net.nearest_entry(*where[r["to_id"]]))
        assert a.leg_m < 500 and b.leg_m < 500, f"{r['from_id']} or {r['to_id']} is not on the lines"
        paths = net.shortest([a.vertex])
        km = paths.track_metres[0, b.vertex] / 1000.0  # network_track_km's measure of the path
        published = float(r["km"])
        assert abs(km / published - 1) <= TOLERANCE, f"{r['from_id']}–{r['to_id']}: {km:.0f} vs {published:.0f} km"


def test_every_line_has_a_source_and_runs_through_gazetteer_places():
    where = _places()
    lines = _rows("rail_lines.csv")
    assert len(lines) >= 10
    for line in lines:
        assert line["source"] and line["url"].startswith("http"), line["line_id"]
        assert all(p in where for p in line["waypoints"].split(";")), line["line_id"]


def test_crossings_to_all_five_neighbours_with_mode_and_source(project):
    hubs = project.hubs
    crossings = hubs[hubs["kind"] == "border_crossing"]
    assert set(crossings["neighbour"]) == set(schema.NEIGHBOURS)
    assert set(crossings["mode"]) <= set(schema.CROSSING_MODES) and crossings["mode"].notna().all()
    seeds = {r["hub_id"]: r for r in _rows("hubs.csv")}
    for hid in crossings["hub_id"]:
        assert seeds[hid]["source"] and seeds[hid]["neighbour"] and seeds[hid]["mode"], hid


def test_zones_and_crossings_lie_inside_kazakhstan(project):
    countries = gpd.read_file(ROOT / "layers" / "basemap.gpkg", layer="countries")
    kz = countries[countries["iso_a2"] == "KZ"].geometry.iloc[0]
    for zid, geom in zip(project.zones["zone_id"], project.zones.geometry, strict=True):
        outside = shapely.get_coordinates(geom)[~shapely.contains_xy(kz, *shapely.get_coordinates(geom).T)]
        assert len(outside) == 0, f"zone {zid}: {len(outside)} vertices outside Kazakhstan"
    hubs = project.hubs
    kazakh = hubs[(hubs["country"] == "KZ")]
    assert len(kazakh[kazakh["kind"] == "border_crossing"]) >= 10
    for hid, p in zip(kazakh["hub_id"], kazakh.geometry, strict=True):
        if not kz.contains(p):
            fwd, _ = geodesy.local_aeqd(p.x, p.y)
            border = geodesy.transform_geometries([kz.boundary], fwd)[0]
            assert shapely.distance(shapely.Point(0, 0), border) <= INSIDE_TOLERANCE_M, f"{hid} lies outside"


def _nearest_by_network(engine, zone_id: str, neighbour: str | None = None) -> tuple[float, str]:
    hubs = engine.project.hubs
    crossings = hubs[hubs["kind"] == "border_crossing"]
    if neighbour:
        crossings = crossings[crossings["neighbour"] == neighbour]
    km = engine.metrics[zone_id].network_km
    return min((km[h], h) for h in crossings["hub_id"] if km.get(h) is not None)


def test_routes_a_planner_would_believe(engine):
    # Astana: the nearest crossing along the network is a Russian one, some 600 km away
    km, hub = _nearest_by_network(engine, "astana_new_city")
    assert 450 < km < 750 and hub in ("border_sharbakty_kulunda", "border_bulayevo_isilkul")
    # Qyzyljar (Petropavl) lies on the Trans-Siberian: a Russian crossing within 100 km
    km, hub = _nearest_by_network(engine, "qyzyljar", "RU")
    assert km < 100 and hub == "border_mamlyutka_petukhovo"
    # Pavlodar: the Kulunda line to Russia
    km, hub = _nearest_by_network(engine, "pavlodar", "RU")
    assert km < 150 and hub == "border_sharbakty_kulunda"
    # Saryarka (Karaganda) to the Aktau seaport over Zhezkazgan – Beineu (2014), not via Almaty
    km = engine.metrics["saryarka"].network_km["port_aktau"]
    assert 1900 < km < 2400
    route = engine.route("saryarka", "port_aktau")
    where = _places()
    for place in ("city_zhezkazgan", "station_beineu", "city_mangistau"):
        d = geodesy.geodesic_distance_m(*where[place], *np.asarray(route.coords).T).min()
        assert d < 1_000, f"the route misses {place}"
    d = geodesy.geodesic_distance_m(*where["city_almaty"], *np.asarray(route.coords).T).min()
    assert d > 500_000


def test_report_gives_the_nearest_crossing_per_neighbour(engine):
    report = report_dict(engine, with_quality=False)
    zone = next(z for z in report["zones"] if z["zone_id"] == "qyzyljar")
    by = zone["nearest_border_crossing_by_country"]
    assert list(by) == list(schema.NEIGHBOURS)
    assert by["RU"]["id"] == "border_mamlyutka_petukhovo" and by["RU"]["km"] < 80
    assert zone["nearest_border_crossing_id"] == by["RU"]["id"]  # overall = nearest of the five
    assert zone["nearest_border_crossing_km"] == min(v["km"] for v in by.values())
    header = to_csv(report).splitlines()[0].split(",")
    assert "nearest_border_crossing_by_country_TM_km" in header
    # in a language, the crossings (and corridors, hubs) by their names, not their ids
    names = ReportNames.of(engine.project, "ru")
    rows = list(csv.reader(to_csv(report, names=names).splitlines()))
    row = next(r for r in rows[1:] if r[0] == "qyzyljar")
    assert names.feature("border_mamlyutka_petukhovo") in row and "border_mamlyutka_petukhovo" not in row


def test_logistics_index_agrees_with_brute_force(project):
    index = LogisticsIndex(project.corridors, project.hubs)
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(50, 85, 300), rng.uniform(41, 55, 300)
    table = index.distances(lon, lat)
    hubs = project.hubs
    for cc in schema.NEIGHBOURS:
        sel = hubs[(hubs["kind"] == "border_crossing") & (hubs["neighbour"] == cc)]
        d = geodesy.geodesic_distance_m(lon[:, None], lat[:, None], sel.geometry.x.to_numpy()[None, :],
                                        sel.geometry.y.to_numpy()[None, :]) / 1000
        assert np.allclose(table[f"border_{cc}_km"], d.min(axis=1), atol=1e-6)
    rail = project.corridors[project.corridors["mode"] == "rail"]
    for i in range(0, 300, 30):
        fwd, _ = geodesy.local_aeqd(lon[i], lat[i])
        exact = shapely.distance(shapely.Point(0, 0), shapely.union_all(geodesy.transform_geometries(
            [shapely.segmentize(g, 0.05) for g in rail.geometry], fwd))) / 1000
        assert exact - 0.05 <= table["rail_km"][i] <= exact + 0.5 + 0.01 * exact


def test_a_crossings_neighbour_and_mode_are_checked():
    import factories as f

    from sezmap.model.validation import validate_project

    good = f.layers(hubs=[f.hub("b1", neighbour="RU", mode="rail+road"), f.hub("p1", kind="seaport")])
    assert validate_project(good) == []
    bad = f.layers(hubs=[f.hub("b1", neighbour="XX", mode="rail"), f.hub("b2", neighbour="CN", mode="ship")])
    texts = [str(p) for p in validate_project(bad)]
    assert any("b1" in t and "neighbour 'XX'" in t for t in texts), texts
    assert any("b2" in t and "mode 'ship'" in t for t in texts), texts


def test_a_project_without_neighbours_reports_empty_countries():
    import factories as f

    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.model.project import Project

    layers = f.layers(hubs=[f.hub("b1", (70.0, 45.0))])  # a crossing from elsewhere: no neighbour field value
    e = AnalysisEngine(Project(**layers), "2026-01-01")
    z = e.metrics[e.zone_ids[0]].to_dict()
    assert z["nearest_border_crossing_id"] == "b1"
    assert z["nearest_border_crossing_by_country"] == {cc: {"id": None, "km": None} for cc in schema.NEIGHBOURS}


def test_pruned_line_search_gives_what_measuring_every_line_gives():
    """distances.LineTargets skips lines that cannot be nearest; the answer is the one
    distances.nearest gives over all of them: random lines and zones, a line lying inside a
    zone (0 km, away from its boundary), zones with long edges."""
    from sezmap.analysis import distances

    rng = np.random.default_rng(3)
    lines = []
    for _ in range(25):
        start = rng.uniform((50, 41), (85, 55))
        steps = np.cumsum(rng.normal(0, 0.6, size=(int(rng.integers(2, 9)), 2)), axis=0)
        lines.append(shapely.LineString(np.vstack([start, start + steps])))
    lines.append(shapely.LineString([(70.01, 45.01), (70.05, 45.03)]))  # inside the first zone
    frame = gpd.GeoDataFrame({"corridor_id": [f"c{i}" for i in range(len(lines))]}, geometry=lines, crs=4326)
    ids, dense = distances.densified_lines(frame)
    targets = distances.LineTargets(ids, dense)
    zones = [shapely.box(69.9, 44.9, 70.2, 45.1)]
    for _ in range(30):
        x, y = rng.uniform(52, 83), rng.uniform(42, 54)
        w, h = rng.uniform(0.01, 1.5, size=2)  # up to ~150 km sides: long edges
        zones.append(shapely.box(x, y, x + w, y + h))
    for zone in zones:
        got, want = targets.nearest(zone), distances.nearest(zone, ids, dense)
        assert (got.target_id, got.km) == (want.target_id, want.km)
    assert targets.nearest(zones[0]).km == 0.0
