"""A route's parts on and off the corridor network: the straight legs from a
zone's centroid and to a hub are off the network, flagged and measured apart; network_km keeps
its meaning (the sum)."""

import pytest
import shapely

import factories as f
from sezmap.analysis import network
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from test_analysis_reference import GEOD

ZONE = shapely.box(70.0, 45.0, 70.1, 45.1)


def km_between(a, b) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def engine(corridors, hubs) -> AnalysisEngine:
    layers = f.layers(zones=[f.zone("z1", ZONE)], plots=[], corridors=corridors, hubs=hubs)
    return AnalysisEngine(Project(**layers), "2026-01-01")


def test_the_legs_off_the_network_are_parts_of_their_own():
    # the corridor is ~110 km east of the zone; the hub ~11 km off the corridor's far end
    line = ((71.5, 44.5), (71.5, 45.5), (72.5, 45.5))
    hub = (72.5, 45.6)
    e = engine([f.corridor("c", line)], [f.hub("h", hub, "dry_port")])
    total = e.metrics["z1"].network_km["h"]
    parts = e.route_parts("z1", "h")
    assert [p.on_network for p in parts] == [False, True, False]
    centroid = e.metrics["z1"].centroid
    entry = min(line, key=lambda v: km_between(centroid, v))
    assert tuple(shapely.get_coordinates(parts[0].line)[0]) == pytest.approx(centroid)
    assert tuple(shapely.get_coordinates(parts[0].line)[-1]) == pytest.approx(entry)
    assert parts[0].km == pytest.approx(km_between(centroid, entry), abs=0.01)
    assert parts[2].km == pytest.approx(km_between(line[-1], hub), abs=0.01)
    assert tuple(shapely.get_coordinates(parts[2].line)[-1]) == pytest.approx(hub)
    along = km_between(entry, (71.5, 45.5)) + km_between((71.5, 45.5), line[-1])
    assert parts[1].km == pytest.approx(along, abs=0.05)  # the contract: the lines' geodesic length
    assert sum(p.km for p in parts) == pytest.approx(total, abs=1e-9)  # network_km: all of it
    # the track estimate: the same route, its stretch along the (land) line times the circuity
    track = e.metrics["z1"].network_track_km["h"]
    assert track == pytest.approx(parts[0].km + network.CIRCUITY * along + parts[2].km, abs=0.05)
    # the parts join up into the route line
    route = shapely.get_coordinates(e.route("z1", "h"))
    assert tuple(route[0]) == pytest.approx(centroid) and tuple(route[-1]) == pytest.approx(hub)


def test_a_hub_on_a_vertex_has_no_leg_and_no_route_no_parts():
    line = ((70.05, 45.05), (71.0, 45.05))  # starts at the zone's centroid
    e = engine([f.corridor("c", line), f.corridor("far", ((80.0, 50.0), (81.0, 50.0)))],
               [f.hub("on", (71.0, 45.05), "station"), f.hub("cut", (81.0, 50.0), "station")])
    parts = e.route_parts("z1", "on")
    assert [p.on_network for p in parts][-1] is True  # no leg to a hub on the line's vertex
    assert sum(p.km for p in parts) == pytest.approx(e.metrics["z1"].network_km["on"])
    assert e.route_parts("z1", "cut") == []


def test_pavlodar_to_dostyk_in_the_default_project():
    """A long route along the rail lines: Pavlodar lies on the rail network now (the old
    1,168.6 km crossed some 380 km of steppe to the nearest corridor in a straight leg).
    1,063.2 km along the lines (1,179.7 km by the track estimate) via Aksu – Konechnaya, Semey
    and Aktogay, the link opened in 2001 so that Pavlodar's traffic need not go round via
    Astana; only the 4 km from the centroid is off it."""
    from sezmap import paths
    from sezmap.store import open_store

    if not paths.default_project().exists():
        pytest.skip("no bundled project")
    e = AnalysisEngine(open_store(paths.default_project()).load())
    parts = e.route_parts("pavlodar", "border_dostyk_alashankou")
    off = sum(p.km for p in parts if not p.on_network)
    assert e.metrics["pavlodar"].network_km["border_dostyk_alashankou"] == pytest.approx(1063.2, abs=0.1)
    assert e.metrics["pavlodar"].network_track_km["border_dostyk_alashankou"] == pytest.approx(1179.7, abs=0.1)
    assert off < 10
