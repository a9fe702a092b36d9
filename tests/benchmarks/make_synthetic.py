"""Synthetic sezmap projects for benchmarks: N plots over the 14 zones, laid out like the real ones.

    python tests/benchmarks/make_synthetic.py 100000 /tmp/sezmap-bench-analysis/synthetic_100000.gpkg

Zones sit at the real zones' coordinates (seeds/zones.csv), each an irregular 40-gon sized
to hold its share of the plots (shares follow the published areas); the largest zone has a
hole. Plots are the cells of a jittered lattice in a local equal-area frame, so neighbours
share exact vertices (a clean coverage), 0.5–5 ha each. About 15 % of cells are left
unparcelled (gaps); boundary cells are clipped to the zone except ~3 %, which stick out;
0.05 % of plots get an overlapping copy. Statuses, deadlines and investments are mixed.
Corridors follow the seeded routes through the seeded places; hubs are the seeded hubs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from sezmap.model import schema, status_rules  # noqa: E402
from sezmap.model.statuses import STATUSES  # noqa: E402
from sezmap.store.gpkg import GpkgStore  # noqa: E402

STATUS_P = np.array([0.30, 0.08, 0.20, 0.12, 0.18, 0.04, 0.08])  # vacant … infrastructure
GAP_SHARE, OUT_SHARE, OVERLAP_SHARE = 0.15, 0.03, 0.0005


def seeds():
    names = pd.read_csv(ROOT / "seeds" / "zone_names.csv", usecols=["zone_id", "name_ru", "name_kk"])
    zones = pd.read_csv(ROOT / "seeds" / "zones.csv").merge(names, on="zone_id", validate="one_to_one")
    hubs = pd.read_csv(ROOT / "seeds" / "hubs.csv")
    places = pd.read_csv(ROOT / "seeds" / "places.csv")
    corr = pd.read_csv(ROOT / "seeds" / "corridors.csv")
    return zones, hubs, places, corr


def zone_polygon(rng, radius_m, with_hole):
    ang = np.linspace(0, 2 * np.pi, 41)[:-1]
    r = radius_m * rng.uniform(0.9, 1.1, len(ang))
    outer = np.column_stack([r * np.cos(ang), r * np.sin(ang)])
    holes = []
    if with_hole:
        h = radius_m * 0.15
        holes = [np.column_stack([h * np.cos(ang[::-1]), h * np.sin(ang[::-1])])]
    return shapely.Polygon(outer, holes)


def zone_plots(rng, n_plots, with_hole):
    """(zone polygon, plot polygons) in a local metric frame centred on 0, 0."""
    n_cells = int(n_plots / (1 - GAP_SHARE)) + 8
    side = int(np.ceil(np.sqrt(n_cells / 0.6))) + 4  # the zone (radius ~0.45 side) holds ~0.64 side²
    widths = rng.uniform(70, 220, side)
    heights = rng.uniform(70, 220, side)
    xs = np.concatenate([[0], np.cumsum(widths)])
    ys = np.concatenate([[0], np.cumsum(heights)])
    xs -= xs[-1] / 2
    ys -= ys[-1] / 2
    radius = 0.5 * min(xs[-1] - xs[0], ys[-1] - ys[0]) / 1.1
    zone = zone_polygon(rng, radius, with_hole)
    X, Y = np.meshgrid(xs, ys, indexing="ij")
    jit = 0.2 * np.minimum.outer(np.r_[widths, widths[-1]], np.r_[heights, heights[-1]])
    X = X + rng.uniform(-1, 1, X.shape) * jit
    Y = Y + rng.uniform(-1, 1, Y.shape) * jit
    i, j = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    i, j = i.ravel(), j.ravel()
    corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1), (i, j)]
    rings = np.stack([np.stack([X[a, b], Y[a, b]], -1) for a, b in corners], 1)
    cells = shapely.polygons(rings)
    shapely.prepare(zone)
    centres = shapely.centroid(cells)
    keep = shapely.contains(zone, centres)
    cells = cells[keep]
    inside = shapely.contains_properly(zone, cells)
    stick = ~inside & (rng.random(len(cells)) < OUT_SHARE)
    clip = ~inside & ~stick
    cells[clip] = shapely.intersection(cells[clip], zone)
    good = shapely.get_type_id(cells) == 3  # clipped cells that stayed one polygon
    cells = cells[good & (shapely.area(cells) > 2000)]
    rng.shuffle(cells)
    n_keep = min(n_plots, int(len(cells) * (1 - GAP_SHARE)))
    plots = cells[:n_keep]
    n_over = max(1, int(round(n_keep * OVERLAP_SHARE)))
    pick = rng.choice(n_keep, n_over, replace=False)
    extra = np.array([shapely.affinity.translate(plots[k], 40.0, 25.0) for k in pick], dtype=object)
    plots = np.concatenate([plots[: n_keep - n_over], extra])
    return zone, plots


def to_lonlat(geoms, lon0, lat0):
    crs = pyproj.CRS.from_proj4(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m")
    inv = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def fn(xy):
        x, y = inv.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(np.asarray(geoms, dtype=object), fn)


def make_layers(n_total: int, seed: int = 7) -> dict[str, gpd.GeoDataFrame]:
    rng = np.random.default_rng(seed)
    zones_s, hubs_s, places, corr = seeds()
    share = zones_s["official_area_ha"].to_numpy(float)
    share = share / share.sum()
    counts = np.maximum((share * n_total).astype(int), 50)
    counts[np.argmax(counts)] += n_total - counts.sum()
    if counts.min() < 50:
        raise ValueError(f"{n_total} plots are too few: each of the {len(share)} zones gets at least 50")
    zone_rows, plot_geoms, plot_zone = [], [], []
    for k, z in zones_s.iterrows():
        # real zones sharing a point (Astana) are nudged apart so they do not overlap
        lon0 = z["lon"] + 0.6 * (k % 3 - 1) * (zones_s["lon"].duplicated(keep=False)[k])
        lat0 = z["lat"] + 0.4 * (k % 2) * (zones_s["lat"].duplicated(keep=False)[k])
        zone_m, plots_m = zone_plots(rng, int(counts[k]), with_hole=(k == int(np.argmax(counts))))
        zone_ll = to_lonlat([zone_m], lon0, lat0)[0]
        zone_rows.append(dict(zone_id=z["zone_id"], name_en=z["name_en"], name_ru=z["name_ru"],
                              name_kk=z["name_kk"], category=z["category"], established=int(z["established"]),
                              expires=None if pd.isna(z["expires"]) else int(z["expires"]),
                              official_area_ha=float(z["official_area_ha"]), focus=z["focus"],
                              region=z["region"], source="synthetic", geometry=shapely.MultiPolygon([zone_ll])))
        plot_geoms.append(to_lonlat(plots_m, lon0, lat0))
        plot_zone += [z["zone_id"]] * len(plots_m)
    geoms = np.concatenate(plot_geoms)
    n = len(geoms)
    status = np.array(STATUSES, dtype=object)[rng.choice(len(STATUSES), n, p=STATUS_P)]
    deadline = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    committed = np.round(rng.uniform(1e8, 5e10, n), -6)
    actual = np.where(rng.random(n) < 0.2, np.nan, np.round(committed * rng.uniform(0, 1.3, n), -6))
    ids = np.char.add("P", np.char.zfill(np.arange(n).astype(str), 7))
    # what each status needs (model.status_rules), derived without drawing from rng (the rest stays as it was)
    needs = {name: np.isin(status, status_rules.NEEDED_BY[name]) for name in ("tenant", "allocated_on")}
    tenant = np.where(needs["tenant"], np.char.add("Tenant ", ids).astype(object), None)
    allocated_on = np.where(needs["allocated_on"],
                            (deadline - pd.Timedelta(days=3 * 365)).strftime("%Y-%m-%d").to_numpy(dtype=object), None)
    plots = gpd.GeoDataFrame({
        "plot_id": ids.astype(object), "zone_id": plot_zone, "cadastral_no": None, "status": status,
        "tenant": tenant, "project_name": None, "allocated_on": allocated_on,
        "contract_deadline": deadline.strftime("%Y-%m-%d").to_numpy(dtype=object),
        "investment_committed_kzt": committed, "investment_actual_kzt": actual, "jobs_planned": None,
        "version": 1, "updated_at": "2026-01-01T00:00:00Z", "updated_by": "synthetic",
    }, geometry=shapely.multipolygons(geoms, indices=np.arange(n)), crs=schema.CRS)
    zones = gpd.GeoDataFrame(zone_rows, geometry="geometry", crs=schema.CRS)
    where = {r["id"]: (r["lon"], r["lat"]) for _, r in places.iterrows()}
    where.update({r["hub_id"]: (r["lon"], r["lat"]) for _, r in hubs_s.iterrows()})
    corr_rows = []
    for _, r in corr[corr["metric"] == "route"].drop_duplicates("corridor_id").iterrows():
        pts = [where[p] for p in str(r["value"]).split(";") if p in where]
        if len(pts) >= 2:
            corr_rows.append(dict(corridor_id=r["corridor_id"], name_en=r["name_en"], name_ru=r["name_ru"],
                                  mode=r["mode"], geometry=shapely.MultiLineString([pts])))
    corridors = gpd.GeoDataFrame(corr_rows, geometry="geometry", crs=schema.CRS)
    hubs = gpd.GeoDataFrame(
        [dict(hub_id=r["hub_id"], name_en=r["name_en"], name_ru=r["name_ru"], kind=r["kind"],
              country=r["country"], geometry=shapely.Point(r["lon"], r["lat"])) for _, r in hubs_s.iterrows()],
        geometry="geometry", crs=schema.CRS)
    return {"zones": zones, "plots": plots, "corridors": corridors, "hubs": hubs}


def make_project(n_total: int, path: Path, seed: int = 7) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    GpkgStore.create(path, make_layers(n_total, seed), {"title": f"Synthetic {n_total} plots"}, overwrite=True)
    return path


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="make_synthetic.py", description=__doc__.split("\n\n")[0],
        epilog="Example: make_synthetic.py 100000 /tmp/sezmap-bench-analysis/synthetic_100000.gpkg")
    parser.add_argument("plots", help="how many plots (1e6 and 1000000 both work)")
    parser.add_argument("out", nargs="?", help="the GeoPackage to write (replaced if it exists; default "
                                               "/tmp/sezmap-bench-analysis/synthetic_<plots>.gpkg)")
    args = parser.parse_args(argv)
    try:
        n = int(float(args.plots))
    except ValueError:
        parser.error(f"plots: {args.plots!r} is not a number")
    if n < 1:
        parser.error("plots: at least 1")
    out = Path(args.out) if args.out else Path(f"/tmp/sezmap-bench-analysis/synthetic_{n}.gpkg")
    try:
        print(make_project(n, out))
    except ValueError as e:
        parser.error(f"plots: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
