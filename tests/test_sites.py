"""Site search (sezmap.analysis.sites, ``sezmap sites``) against an independent computation:
geopandas for the frames, pyproj.Geod on densely sampled plot boundaries and geodesically
densified rail lines for the distances, Geod areas; hand-built and random (hypothesis)
projects; adjacency of vacant plots checked on hand-built cases."""

from __future__ import annotations

import json

import numpy as np
import pyproj
import pytest
import shapely
from factories import cell, corridor, hub, layers, make_project, plot, zone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sezmap import cli
from sezmap.analysis.logistics import LogisticsIndex
from sezmap.analysis.sites import SiteIndex, SiteQuery
from sezmap.model.project import Project

GEOD = pyproj.Geod(ellps="WGS84")
STEP_DEG = 0.0002  # boundary sampling of the independent computation (~20 m)


def project_of(**kw) -> Project:
    lay = layers(**kw)
    return Project(lay["zones"], lay["plots"], lay["corridors"], lay["hubs"])


# --- the independent computation ----------------------------------------------------------------

def boundary_points(geom) -> np.ndarray:
    return shapely.get_coordinates(shapely.segmentize(geom.boundary, STEP_DEG))


def expected_hub_km(geom, points) -> float:
    if not points:
        return float("nan")
    xy = boundary_points(geom)
    best = float("inf")
    for p in points:
        if geom.covers(p):
            return 0.0
        best = min(best, GEOD.inv(xy[:, 0], xy[:, 1], np.full(len(xy), p.x), np.full(len(xy), p.y))[2].min())
    return best / 1000.0


def line_points(line) -> np.ndarray:
    xy = np.asarray(line.coords)
    out = [xy[:1]]
    for (x1, y1), (x2, y2) in zip(xy[:-1], xy[1:], strict=True):
        n = int(GEOD.inv(x1, y1, x2, y2)[2] // 20.0)
        if n > 0:
            out.append(np.asarray(GEOD.npts(x1, y1, x2, y2, n)).reshape(-1, 2))
        out.append(np.array([[x2, y2]]))
    return np.concatenate(out)


def expected_rail_km(geom, lines) -> float:
    if not lines:
        return float("nan")
    dense = [line_points(line) for line in lines]  # the edges are geodesics
    if any(geom.intersects(shapely.LineString(pts)) for pts in dense):
        return 0.0
    xy = boundary_points(geom)
    best = float("inf")
    for pts in dense:
        # pairs near the shortest on a local equirectangular plane (within 2 %), then the geodesic
        k = np.cos(np.radians(xy[:, 1].mean()))
        d2 = ((xy[:, None, 0] - pts[None, :, 0]) * k) ** 2 + (xy[:, None, 1] - pts[None, :, 1]) ** 2
        i, j = np.nonzero(d2 <= d2.min() * 1.05 + 1e-6)
        best = min(best, GEOD.inv(xy[i, 0], xy[i, 1], pts[j, 0], pts[j, 1])[2].min())
    return best / 1000.0


def expected_plots(project: Project, country: str | None = None):
    """Per vacant plot (geopandas frame): area (Geod) and distances (km)."""
    plots = project.plots[project.plots["status"] == "vacant"].copy()
    hubs, corridors = project.hubs, project.corridors
    rails = [g for g in corridors[corridors["mode"] == "rail"].geometry]
    border = hubs[hubs["kind"] == "border_crossing"]
    if country:
        border = border[border["neighbour"] == country]
    plots["area_ha"] = [abs(GEOD.geometry_area_perimeter(g)[0]) / 1e4 for g in plots.geometry]
    plots["rail"] = [expected_rail_km(g, rails) for g in plots.geometry]
    for key, sel in (("border", border), ("port", hubs[hubs["kind"] == "seaport"]),
                     ("dry_port", hubs[hubs["kind"] == "dry_port"])):
        plots[key] = [expected_hub_km(g, list(sel.geometry)) for g in plots.geometry]
    return plots


def close(a, b) -> bool:
    if np.isnan(a) or np.isnan(b):
        return bool(np.isnan(a) and np.isnan(b))
    # 0.1 % or 15 m (the sampling: boundaries every ~20 m, lines every 20 m): far tighter than
    # SCHEMA's ±0.5 % or 0.5 km
    return abs(a - b) <= max(0.001 * b, 0.015)


# --- hand-built ---------------------------------------------------------------------------------

def hand_project() -> Project:
    zones = [zone("z1", shapely.box(70.0, 45.0, 70.2, 45.2), focus="Logistics and metallurgy",
                  focus_ru="Логистика и металлургия", expires=2040),
             zone("z2", shapely.box(72.0, 44.0, 72.1, 44.1), focus="Tourism", focus_ru="Туризм")]
    plots = [plot(f"a{i}{j}", "z1", cell(i, j, size=0.02), status="allocated" if (i + j) % 3 == 1 else "vacant")
             for i in range(5) for j in range(5)]
    plots += [plot("b1", "z2", shapely.box(72.01, 44.01, 72.05, 44.03)),
              plot("b2", "z2", shapely.box(72.06, 44.05, 72.065, 44.055), status="reserved")]
    corridors = [corridor("rail1", ((69.5, 44.8), (70.05, 45.05), (70.5, 45.3))),
                 corridor("road1", ((72.0, 43.0), (72.05, 44.05)), mode="road")]
    hubs = [hub("bx_cn", (70.3, 45.1), neighbour="CN"), hub("bx_ru", (71.0, 46.0), neighbour="RU"),
            hub("port", (51.2, 43.6), kind="seaport"), hub("dry", (70.05, 45.01), kind="dry_port")]
    return project_of(zones=zones, plots=plots, corridors=corridors, hubs=hubs)


def test_plot_distances_and_areas_match_an_independent_computation():
    project = hand_project()
    index = SiteIndex(project)
    sites = {s.plot_ids[0]: s for s in index.search(SiteQuery(0.0))}
    want = expected_plots(project)
    assert set(sites) == set(want["plot_id"])
    for _, row in want.iterrows():
        s = sites[row["plot_id"]]
        assert abs(s.area_ha - row["area_ha"]) <= 0.001 * row["area_ha"]
        for key in ("rail", "border", "port", "dry_port"):
            assert close(s.km[key], row[key]), (row["plot_id"], key, s.km[key], row[key])
    vacant = project.plots[project.plots["status"] == "vacant"]
    dry = project.hubs[project.hubs["kind"] == "dry_port"].geometry.iloc[0]
    rail = project.corridors.geometry.iloc[0]
    (holder,) = vacant[vacant.covers(dry)]["plot_id"]  # the dry port lies in this plot
    assert sites[holder].km["dry_port"] == 0.0
    crossed = vacant[vacant.intersects(rail)]["plot_id"]
    assert len(crossed) >= 2 and all(sites[p].km["rail"] == 0.0 for p in crossed)
    assert sites["b1"].km["rail"] > 100  # the road next to it is not rail


def test_by_neighbour_distance_uses_that_countrys_crossings():
    project = hand_project()
    want = expected_plots(project, country="RU").set_index("plot_id")
    got = SiteIndex(project).search(SiteQuery(0.0, max_km_border=1000, border_country="RU"))
    assert {s.plot_ids[0] for s in got} == set(want.index)
    for s in got:
        assert close(s.km["border"], want.loc[s.plot_ids[0], "border"])
        assert s.target_ids["border"] == "bx_ru"


def test_filters_and_ranking_follow_the_documented_score():
    project = hand_project()
    q = SiteQuery(300.0, max_ha=400.0, max_km_rail=5.0, max_km_dry_port=20.0, focus="металл")
    got = SiteIndex(project).search(q)
    want = expected_plots(project)
    zone_ok = want["zone_id"] == "z1"
    fits = want[zone_ok & (want["area_ha"] >= 300.0) & (want["area_ha"] <= 400.0) & (want["rail"] <= 5.0)
                & (want["dry_port"] <= 20.0)].copy()
    fits["score"] = (300.0 / fits["area_ha"] + (1 - fits["rail"] / 5.0) + (1 - fits["dry_port"] / 20.0)) / 3
    fits = fits.set_index("plot_id")
    assert sorted(s.plot_ids[0] for s in got) == sorted(fits.index) and len(got) >= 3
    assert np.allclose([s.score for s in got], fits.loc[[s.plot_ids[0] for s in got], "score"], atol=1e-4)
    assert [s.score for s in got] == sorted((s.score for s in got), reverse=True)  # best first
    assert got and got[0].terms["expires"] == 2040 and got[0].to_dict()["terms"]["focus"].startswith("Logistics")
    assert not SiteIndex(project).search(SiteQuery(0.0, focus="steel"))


def test_distances_agree_with_the_logistics_index_at_each_plots_centroid():
    """LogisticsIndex measures from points: a plot's distance is at most its centroid's (the
    index's rail figure is at most 0.5 km over the line's) and at least that less the plot's
    radius."""
    project = hand_project()
    index = SiteIndex(project)
    c = shapely.centroid(index.geoms)
    at_c = LogisticsIndex(project.corridors, project.hubs).distances(shapely.get_x(c), shapely.get_y(c))
    radius = np.array([GEOD.inv(*np.broadcast_arrays(p.x, p.y, *shapely.get_coordinates(g).T))[2].max() / 1000
                       for p, g in zip(c, index.geoms, strict=True)])
    for key, slack in (("rail", 0.5), ("border", 0.0), ("seaport", 0.0), ("dry_port", 0.0)):
        mine = index.distances[f"{key}_km"].to_numpy()
        theirs = at_c[f"{key}_km"].to_numpy()
        assert (mine <= theirs + 1e-6).all()
        assert (mine >= theirs - radius - slack - 1e-6).all()


# --- merging adjacent plots ---------------------------------------------------------------------

def groups_of(index: SiteIndex) -> set[frozenset[str]]:
    return {frozenset(str(i) for i in index.plot_ids[index.groups.part(k)]) for k in range(len(index.groups.starts))}


def test_adjacent_vacant_plots_of_one_zone_merge_and_nothing_else_does():
    gap = 1e-7  # ~1.1 cm of latitude
    plots = [plot("A", "z1", shapely.box(70.00, 45.00, 70.01, 45.01)),
             plot("B", "z1", shapely.box(70.01, 45.00, 70.02, 45.01)),  # shares an edge with A
             plot("C", "z1", shapely.box(70.00, 45.01 + gap, 70.01, 45.02)),  # 1 cm above A
             plot("D", "z1", shapely.box(70.02, 45.01, 70.03, 45.02)),  # only a corner of B
             plot("E", "z2", shapely.box(70.02, 44.99, 70.03, 45.005)),  # touches B, other zone
             plot("F", "z1", shapely.box(69.99, 45.00, 70.00, 45.01), status="reserved"),  # touches A
             plot("G", "z1", shapely.box(69.98, 45.00, 69.99, 45.01)),  # touches F only
             plot("H", "z1", shapely.box(70.005, 44.99, 70.015, 45.00)),  # shares parts of A's and B's edges
             plot("I", "z1", shapely.box(70.05, 45.05, 70.06, 45.06)),
             plot("J", "z1", shapely.box(70.055, 45.05, 70.065, 45.06))]  # overlaps I
    zones = [zone("z1", shapely.box(69.9, 44.9, 70.1, 45.1)), zone("z2", shapely.box(70.0, 44.9, 70.1, 45.0))]
    index = SiteIndex(project_of(zones=zones, plots=plots))
    assert groups_of(index) == {frozenset("ABH"), frozenset("IJ")}
    sites = index.search(SiteQuery(0.0, merge_adjacent=True))
    merged = {frozenset(s.plot_ids): s for s in sites if len(s.plot_ids) > 1}
    assert set(merged) == {frozenset("ABH"), frozenset("IJ")}
    abh = shapely.union_all([p["geometry"] for p in plots if p["plot_id"] in "ABH"])
    assert merged[frozenset("ABH")].area_ha == pytest.approx(abs(GEOD.geometry_area_perimeter(abh)[0]) / 1e4, rel=1e-3)
    ij = shapely.union_all([p["geometry"] for p in plots if p["plot_id"] in "IJ"])  # the union, not the sum
    assert merged[frozenset("IJ")].area_ha == pytest.approx(abs(GEOD.geometry_area_perimeter(ij)[0]) / 1e4, rel=1e-3)
    assert not any(len(s.plot_ids) > 1 for s in index.search(SiteQuery(0.0)))


def test_a_group_is_measured_from_its_nearest_member():
    plots = [plot("A", "z1", shapely.box(70.00, 45.00, 70.01, 45.01)),
             plot("B", "z1", shapely.box(70.01, 45.00, 70.02, 45.01))]
    project = project_of(plots=plots, hubs=[hub("h", (70.5, 45.005)), hub("p", (69.0, 45.0), kind="seaport")])
    sites = SiteIndex(project).search(SiteQuery(2.0, merge_adjacent=True))
    (group,) = [s for s in sites if len(s.plot_ids) == 2]
    want = expected_plots(project).set_index("plot_id")
    assert close(group.km["border"], want.loc["B", "border"])
    assert close(group.km["port"], want.loc["A", "port"])


# --- random projects (hypothesis) ----------------------------------------------------------------

@st.composite
def random_projects(draw):
    n = draw(st.integers(2, 5))
    x0, y0 = draw(st.floats(50.0, 85.0)), draw(st.floats(41.0, 54.0))
    size = draw(st.sampled_from([0.002, 0.01, 0.03]))
    statuses = draw(st.lists(st.sampled_from(["vacant", "vacant", "reserved"]), min_size=n * n, max_size=n * n))
    plots = [plot(f"p{i}_{j}", "z1" if i < n - 1 else "z2", cell(i, j, x0, y0, size), status=statuses[i * n + j])
             for i in range(n) for j in range(n)]
    zones = [zone("z1", shapely.box(x0 - 1, y0 - 1, x0 + 2, y0 + 2)), zone("z2", shapely.box(x0, y0, x0 + 1, y0 + 1))]
    kinds = ["border_crossing", "seaport", "dry_port"]
    hubs = [hub(f"h{k}", (x0 + draw(st.floats(-3, 3)), y0 + draw(st.floats(-2, 2))), kind=kinds[k % 3],
                neighbour=draw(st.sampled_from(["RU", "CN", None])))
            for k in range(draw(st.integers(0, 6)))]
    rail = [(x0 + draw(st.floats(-2, 2)), y0 + draw(st.floats(-2, 2))) for _ in range(draw(st.integers(2, 4)))]
    corridors = [corridor("r", rail)] if len(set(rail)) > 1 else []
    return project_of(zones=zones, plots=plots, corridors=corridors, hubs=hubs)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_projects(), st.floats(0.0, 200.0), st.floats(1.0, 300.0), st.floats(1.0, 500.0))
def test_random_projects_match_the_independent_computation(project, min_ha, max_rail, max_border):
    index = SiteIndex(project)
    got = {s.plot_ids[0]: s for s in index.search(SiteQuery(min_ha, max_km_rail=max_rail, max_km_border=max_border))}
    want = expected_plots(project).set_index("plot_id")
    for pid, row in want.iterrows():
        inside = row["area_ha"] >= min_ha and row["rail"] <= max_rail and row["border"] <= max_border
        sure = (abs(row["area_ha"] - min_ha) > 0.002 * min_ha and abs(row["rail"] - max_rail) > 0.01
                and abs(row["border"] - max_border) > 0.01)
        if sure:
            assert (pid in got) == inside, (pid, row.to_dict())
        if pid in got:
            for key in ("rail", "border"):
                assert close(got[pid].km[key], row[key]), (pid, key)


# --- the command line ---------------------------------------------------------------------------

def test_cli_sites_json_csv_md(tmp_path, capsys):
    path = make_project(tmp_path / "p.gpkg", n=6)
    assert cli.main(["sites", "--project", path, "--min-ha", "1", "--max-km-rail", "50", "--merge-adjacent",
                     "--as-of", "2026-06-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out and all({"plot_ids", "zone_id", "area_ha", "km_rail", "km_border", "km_port", "km_dry_port",
                        "score"} <= set(s) for s in out)
    assert [s["score"] for s in out] == sorted((s["score"] for s in out), reverse=True)
    assert all(s["km_rail"] <= 50 and s["area_ha"] >= 1 for s in out)
    assert cli.main(["sites", "--project", path, "--min-ha", "1", "--format", "csv", "--limit", "2",
                     "--out", str(tmp_path / "s.csv")]) == 0
    lines = (tmp_path / "s.csv").read_text().splitlines()
    assert lines[0].startswith("plot_ids,zone_id,area_ha,km_rail") and len(lines) == 3
    assert cli.main(["sites", "--project", path, "--min-ha", "1", "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Sites")


@pytest.mark.parametrize("args", [["--min-ha", "5", "--max-ha", "1"], ["--min-ha", "-1"],
                                  ["--min-ha", "1", "--border-country", "XX", "--max-km-border", "5"],
                                  ["--min-ha", "1", "--border-country", "RU"], ["--min-ha", "1", "--as-of", "soon"]])
def test_cli_sites_refuses_bad_queries(tmp_path, capsys, args):
    path = make_project(tmp_path / "p.gpkg")
    assert cli.main(["sites", "--project", path, *args]) == 2
    assert "sezmap: error:" in capsys.readouterr().err


# --- columnar results and output ------------------------------------------------------------------

@pytest.mark.parametrize("query", [SiteQuery(0.0, merge_adjacent=True), SiteQuery(1.0, max_km_rail=80.0),
                                   SiteQuery(0.5, max_km_border=500.0, border_country="CN", merge_adjacent=True,
                                             limit=3), SiteQuery(500.0)])
def test_columnar_output_is_the_sites_as_objects(query):
    from sezmap.analysis.sites_output import render, to_csv
    from sezmap.formats.untrusted import json_text, spreadsheet_csv

    index = SiteIndex(hand_project())
    results = index.rank(query, "2026-06-01")
    dicts = [s.to_dict() for s in index.search(query, "2026-06-01")]
    assert results.records() == dicts
    assert render(results, "json") == json_text(dicts, indent=2) + "\n"
    flat = [[" ".join(d["plot_ids"]), d["zone_id"], d["area_ha"], d["km_rail"], d["km_border"], d["km_port"],
             d["km_dry_port"], d["score"], d["zone_name"], d["border_id"], d["port_id"], d["dry_port_id"],
             *(d["terms"].get(k) for k in ("category", "region", "established", "expires", "years_left",
                                           "official_area_ha", "focus"))] for d in dicts]
    assert to_csv(results) == spreadsheet_csv(to_csv(results).splitlines()[0].split(","), flat)


def test_a_limit_keeps_the_best_of_the_whole_ranking_and_says_how_many_fit():
    index = SiteIndex(hand_project())
    everything = index.rank(SiteQuery(0.0, merge_adjacent=True))
    best = index.rank(SiteQuery(0.0, merge_adjacent=True, limit=4))
    assert best.records() == everything.records()[:4] and best.total == len(everything) > 4
    assert [best.plot_ids(i) for i in range(4)] == [everything.plot_ids(i) for i in range(4)]
    rows = {int(r) for r in everything.all_rows()}
    plots = index.project.plots
    assert rows == {i for i in range(len(plots)) if plots["status"].iat[i] == "vacant"}


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False) | st.sampled_from([0.00005, 2.675, 1.00005, -0.5]),
       st.sampled_from([3, 4]))
def test_column_rounding_is_pythons_round(value, digits):
    from sezmap.analysis.site_results import _rounded

    assert _rounded(np.array([value, np.nan]), digits) == [round(value, digits), None]


def test_the_index_says_how_far_it_is_and_stops_when_told():
    from sezmap.analysis.plot_distances import Cancelled

    project = hand_project()
    told = []
    SiteIndex(project, progress=lambda done, total: told.append((done, total)))
    zones = project.plots.loc[project.plots["status"] == "vacant", "zone_id"].nunique()
    assert told == [(k, zones + 1) for k in range(1, zones + 2)]
    asked = []
    with pytest.raises(Cancelled):
        SiteIndex(project, cancelled=lambda: asked.append(1) or len(asked) > 1)
    assert len(asked) == 2  # asked before the work, stopped before the first zone was measured
