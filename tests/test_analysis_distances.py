"""Distances to corridors and hubs, and along the corridor network, against brute force
with pyproj.Geod (SCHEMA.md tolerance: ±0.5 % or ±0.5 km, whichever is larger)."""

import numpy as np
import pytest
import shapely

import factories as f
from sezmap.analysis import distances, network
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.project import Project
from test_analysis_reference import GEOD, brute_distance_km, sample_boundary, sample_geodesic_line

ZONE = shapely.Polygon([(70.0, 45.0), (70.1, 45.0), (70.12, 45.08), (70.03, 45.1)])


def tolerance(km):
    return max(0.005 * km, 0.5)


def engine_for(zones=None, corridors=None, hubs=None):
    layers = f.layers(zones=zones or [f.zone("z1", ZONE)], plots=[], corridors=corridors, hubs=hubs)
    return AnalysisEngine(Project(**layers), "2026-01-01")


def test_zone_the_corridor_crosses_is_at_zero():
    e = engine_for(corridors=[f.corridor("far", ((60.0, 40.0), (61.0, 41.0))),
                              f.corridor("through", ((69.9, 45.05), (70.2, 45.05)))])
    m = e.metrics["z1"]
    assert m.nearest["corridor"] == (0.0, "through")


@pytest.mark.parametrize("line", [
    ((70.3, 44.0), (70.3, 46.0)),  # ~15 km east, north-south
    ((68.0, 45.6), (72.0, 45.9)),  # ~60 km north, long geodesic edge
    ((75.0, 40.0), (76.0, 50.0)),  # several hundred km away
])
def test_nearest_corridor_against_dense_sampling(line):
    e = engine_for(corridors=[f.corridor("c", line)])
    km, cid = e.metrics["z1"].nearest["corridor"]
    ref = brute_distance_km(sample_boundary(ZONE, 0.001), sample_geodesic_line(line, 500.0))
    assert cid == "c"
    assert km == pytest.approx(ref, abs=tolerance(ref))
    assert km <= ref + 0.05  # never longer than a sampled pair


def test_nearest_hub_of_each_kind():
    hubs = [f.hub("bc_near", (70.2, 45.05), "border_crossing"), f.hub("bc_far", (72.0, 47.0), "border_crossing"),
            f.hub("port", (51.17, 43.66), "seaport"), f.hub("inside", (70.05, 45.05), "dry_port"),
            f.hub("st", (70.0, 45.0), "station")]
    e = engine_for(hubs=hubs)
    m = e.metrics["z1"]
    zone_pts = sample_boundary(ZONE, 0.0002)
    for kind, hid, xy in [("border_crossing", "bc_near", (70.2, 45.05)), ("seaport", "port", (51.17, 43.66))]:
        km, got = m.nearest[kind]
        ref = brute_distance_km(zone_pts, np.array([xy]))
        assert got == hid
        assert km == pytest.approx(ref, abs=tolerance(ref))
    assert m.nearest["dry_port"] == (0.0, "inside")


def test_no_hub_of_a_kind_gives_nulls():
    e = engine_for(hubs=[f.hub("h", (70.5, 45.5), "station")])
    d = e.metrics["z1"].to_dict()
    assert d["nearest_seaport_km"] is None and d["nearest_seaport_id"] is None
    assert d["nearest_border_crossing_km"] is None


def leg_km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def test_network_distance_by_hand():
    # Line A: (70.05,45.2)-(70.5,45.2)-(71,45.5); line B starts 30 m from A's end and runs on.
    a = ((70.05, 45.2), (70.5, 45.2), (71.0, 45.5))
    end_b = (71.0 + 0.0003, 45.5 + 0.0001)  # ~26 m from A's last vertex
    b = (end_b, (71.5, 46.0))
    # a third line, disconnected (15 km from B), with a hub at its end
    c = ((71.7, 46.0), (72.0, 46.0))
    hubs = [f.hub("h_on_b", (71.5, 46.01), "dry_port"), f.hub("h_cut", (72.0, 46.0), "border_crossing")]
    e = engine_for(corridors=[f.corridor("A", a), f.corridor("B", b), f.corridor("C", c)], hubs=hubs)
    m = e.metrics["z1"]
    centroid = m.centroid
    # the centroid, computed independently: Geod-free planar centroid in an equal-area CRS
    import geopandas as gpd
    ref_c = gpd.GeoSeries([ZONE], crs=4326).to_crs("+proj=laea +lat_0=45.05 +lon_0=70.06").centroid.to_crs(4326)[0]
    assert leg_km(centroid, (ref_c.x, ref_c.y)) < 0.01
    # SCHEMA.md: every edge weighs its geodesic length (the 26 m join too); legs as they are
    along = leg_km(a[0], a[1]) + leg_km(a[1], a[2]) + leg_km(end_b, (71.5, 46.0))
    legs = leg_km(centroid, a[0]) + leg_km((71.5, 46.0), (71.5, 46.01))
    expected = legs + along + leg_km(a[2], end_b)
    assert m.network_km["h_on_b"] == pytest.approx(expected, abs=0.05)
    # beyond the contract, the track estimate: the land lines times the circuity, the rest as it is
    track = legs + network.CIRCUITY * along + leg_km(a[2], end_b)
    assert m.network_track_km["h_on_b"] == pytest.approx(track, abs=0.05)
    assert m.network_track_km["h_cut"] is None
    report = m.to_dict()
    assert list(report).index("network_track_km") == list(report).index("network_km") + 1
    assert m.network_km["h_cut"] is None  # its line does not join the rest
    route = e.route("z1", "h_on_b")
    coords = shapely.get_coordinates(route)
    assert tuple(coords[0]) == pytest.approx(centroid) and tuple(coords[-1]) == (71.5, 46.01)
    assert e.route("z1", "h_cut") is None
    matrix = e.network_matrix()
    assert list(matrix.columns) == ["h_on_b", "h_cut"] and list(matrix.index) == ["z1"]
    assert np.isnan(matrix.loc["z1", "h_cut"])


def test_densely_digitised_line_keeps_its_length():
    lon = np.linspace(70.0, 70.1, 400)  # vertices ~20 m apart: joining must not collapse them
    coords = tuple(zip(lon, np.full(400, 45.0)))
    net = network.CorridorNetwork(f.layers(corridors=[f.corridor("d", coords)])["corridors"])
    paths = net.shortest([0])
    assert paths.metres[0, 399] / 1000.0 == pytest.approx(leg_km(coords[0], coords[-1]), rel=1e-6)


def test_nearest_picks_the_closest_of_several():
    ids, lines = distances.densified_lines(f.layers(corridors=[
        f.corridor("x", ((70.5, 44.0), (70.5, 46.0))), f.corridor("y", ((70.2, 44.0), (70.2, 46.0)))])["corridors"])
    got = distances.nearest(ZONE, ids, lines)
    assert got.target_id == "y"
