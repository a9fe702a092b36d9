"""``sezmap imagery check``: rasters made here from a project's plots, some plots mislabelled."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pyproj
import pytest
import rasterio
import rasterio.features
import shapely
from affine import Affine

from sezmap.analysis import imagery
from sezmap.store.gpkg import GpkgStore
from tests.factories import layers, plot, zone

N = 8  # plots per side
X0, Y0, SIZE = 70.0, 45.0, 0.01  # degrees (UTM zone 42N)
UTM = "EPSG:32642"


def _truth():
    """Per plot (i, j): truly built?, reported status, expected flag (without nodata)."""
    rng = np.random.default_rng(7)
    rows = []
    for i in range(N):
        for j in range(N):
            built = bool(rng.random() < 0.5)
            status = "operational" if built else "vacant"
            if (i * N + j) % 5 == 2:  # mislabelled: says the opposite of the ground
                status = "vacant" if built else "under_construction"
            elif (i * N + j) % 11 == 3:
                status = "allocated"  # neither flag applies
            rows.append((i, j, built, status))
    return rows


def _geometry(i, j):
    x, y = X0 + i * SIZE, Y0 + j * SIZE
    return shapely.box(x, y, x + 0.9 * SIZE, y + 0.9 * SIZE)


@pytest.fixture
def grid_project(tmp_path):
    rows = _truth()
    plots = [plot(f"p{i}_{j}", "z1", _geometry(i, j), status=s) for i, j, _b, s in rows]
    path = tmp_path / "grid.gpkg"
    GpkgStore.create(path, layers([zone("z1", shapely.box(X0, Y0, X0 + N * SIZE, Y0 + N * SIZE))], plots))
    return path, rows


def _expected(rows, no_data: set[str]) -> dict[str, str]:
    out = {}
    for i, j, built, status in rows:
        pid = f"p{i}_{j}"
        if pid in no_data:
            out[pid] = "no_data"
        elif status in ("operational", "under_construction") and not built:
            out[pid] = "looks_unbuilt"
        elif status in ("vacant", "withdrawn") and built:
            out[pid] = "looks_built"
        else:
            out[pid] = "consistent"
    return out


def _write_raster(path, rows, crs: str, pixel: float, bands=("score",), nodata_box=None, extent=None):
    """A raster of the plots' true ground in ``crs``: built plots score ~0.9, the rest ~0.1
    (noise ±0.05); ``nodata_box`` (lon/lat) holds nodata; ``extent`` (lon/lat box) bounds it."""
    to = pyproj.Transformer.from_crs(4326, crs, always_xy=True)
    lon0, lat0, lon1, lat1 = extent or (X0 - 0.002, Y0 - 0.002, X0 + N * SIZE + 0.002, Y0 + N * SIZE + 0.002)
    xs, ys = to.transform([lon0, lon1, lon0, lon1], [lat0, lat0, lat1, lat1])
    left, right, bottom, top = min(xs), max(xs), min(ys), max(ys)
    w, h = int(np.ceil((right - left) / pixel)), int(np.ceil((top - bottom) / pixel))
    transform = Affine(pixel, 0, left, 0, -pixel, top)

    def burn(geoms_lonlat):
        g = shapely.transform(np.asarray(geoms_lonlat, dtype=object),
                              lambda xy: np.column_stack(to.transform(xy[:, 0], xy[:, 1])))
        return rasterio.features.rasterize([(x, 1) for x in g], out_shape=(h, w), transform=transform,
                                           fill=0, dtype="uint8") if len(g) else np.zeros((h, w), "uint8")

    built = burn([_geometry(i, j) for i, j, b, _s in rows if b]).astype(bool)
    rng = np.random.default_rng(1)
    noise = rng.uniform(-0.05, 0.05, (h, w))
    nodata = -9999.0
    if bands == ("score",):
        data = [np.where(built, 0.9, 0.1) + noise]
    else:  # nir, swir: NDBI = (swir - nir) / (swir + nir) = +1/3 built, -1/3 not
        data = [np.where(built, 0.2, 0.4) + noise / 10, np.where(built, 0.4, 0.2) + noise / 10]
    if nodata_box is not None:
        hole = burn([shapely.box(*nodata_box)]).astype(bool)
        for d in data:
            d[hole] = nodata
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=len(data), dtype="float32",
                       crs=crs, transform=transform, nodata=nodata) as ds:
        for k, d in enumerate(data, start=1):
            ds.write(d.astype("float32"), k)
    return str(path)


def _precision_recall(found: dict[str, str], expected: dict[str, str], flag: str) -> tuple[float, float]:
    got = {p for p, f in found.items() if f == flag}
    want = {p for p, f in expected.items() if f == flag}
    tp = len(got & want)
    return (tp / len(got) if got else 1.0), (tp / len(want) if want else 1.0)


def _check(path, spec, zone_id=None):
    project = GpkgStore(path).load()
    return {r.plot_id: r for r in imagery.check(project, spec, zone=zone_id, workers=1)}


@pytest.mark.parametrize("crs,pixel", [(UTM, 20.0), ("EPSG:4326", 0.0002)])
def test_flags_have_full_precision_and_recall_in_utm_and_lonlat_with_nodata_and_partial_cover(
        grid_project, tmp_path, crs, pixel):
    path, rows = grid_project
    # nodata over plot (1, 1) whole; the raster stops inside column 7 of plots (its 30 % west
    # of the edge is covered: no_data) and 8 (is covered 80 %: judged on what is seen)
    hole = (X0 + 1 * SIZE - 0.001, Y0 + 1 * SIZE - 0.001, X0 + 1.9 * SIZE + 0.001, Y0 + 1.9 * SIZE + 0.001)
    edge_x = X0 + 6 * SIZE + 0.27 * SIZE
    raster = _write_raster(tmp_path / "r.tif", rows, crs, pixel, nodata_box=hole,
                           extent=(X0 - 0.002, Y0 - 0.002, edge_x, Y0 + N * SIZE + 0.002))
    found = _check(path, imagery.RasterSpec(raster, threshold=0.5))
    no_data = {"p1_1"} | {f"p{i}_{j}" for i in (6, 7) for j in range(N)}
    expected = _expected(rows, no_data)
    flags = {p: r.flag for p, r in found.items()}
    assert sum(f == "looks_unbuilt" for f in expected.values()) >= 2
    assert sum(f == "looks_built" for f in expected.values()) >= 2
    for flag in ("looks_unbuilt", "looks_built", "no_data"):
        assert _precision_recall(flags, expected, flag) == (1.0, 1.0), flag
    assert flags == expected
    # the figures behind the flags
    assert found["p1_1"].mean is None and found["p1_1"].built_fraction is None
    assert found["p6_0"].covered_share == pytest.approx(0.3, abs=0.05)
    for pid, want in expected.items():
        if want in ("looks_unbuilt", "consistent") and found[pid].built_fraction is not None:
            built = next(b for i, j, b, _s in rows if f"p{i}_{j}" == pid)
            assert found[pid].built_fraction == (pytest.approx(1.0, abs=0.02) if built
                                                 else pytest.approx(0.0, abs=0.02))
            assert found[pid].mean == pytest.approx(0.9 if built else 0.1, abs=0.02)


def test_partly_covered_plot_judged_on_its_seen_part(grid_project, tmp_path):
    """A plot 80 % on the raster is judged (covered_share 0.8), one 30 % on it is no_data."""
    path, rows = grid_project
    edge_x = X0 + 3 * SIZE + 0.72 * SIZE  # plot column 3 (0.9 wide) 80 % covered
    raster = _write_raster(tmp_path / "r.tif", rows, UTM, 10.0,
                           extent=(X0 - 0.002, Y0 - 0.002, edge_x, Y0 + N * SIZE + 0.002))
    found = _check(path, imagery.RasterSpec(raster))
    assert found["p3_0"].covered_share == pytest.approx(0.8, abs=0.03)
    assert found["p3_0"].flag != "no_data"
    assert all(found[f"p{i}_{j}"].flag == "no_data" for i in range(4, N) for j in range(N))


def test_ndbi_from_named_bands_and_zone_filter(grid_project, tmp_path):
    path, rows = grid_project
    raster = _write_raster(tmp_path / "r.tif", rows, UTM, 20.0, bands=("nir", "swir"))
    found = _check(path, imagery.RasterSpec(raster, index="ndbi", nir=1, swir=2, threshold=0.1), zone_id="z1")
    assert {p: r.flag for p, r in found.items()} == _expected(rows, set())
    built = next(f"p{i}_{j}" for i, j, b, _s in rows if b)
    assert found[built].mean == pytest.approx(1 / 3, abs=0.03)


def test_weighted_fraction_matches_shapely_pixel_intersections(tmp_path):
    """A rotated polygon over a 12 × 12 raster: mean and built fraction agree with the areas of
    its intersections with every pixel's box (shapely): the weights are exact."""
    rng = np.random.default_rng(3)
    values = rng.random((12, 12)).astype("float32")
    left, top, px = 500_000.0, 5_000_000.0, 10.0
    transform = Affine(px, 0, left, 0, -px, top)
    path = tmp_path / "small.tif"
    with rasterio.open(path, "w", driver="GTiff", width=12, height=12, count=1, dtype="float32",
                       crs=UTM, transform=transform) as ds:
        ds.write(values, 1)
    poly = shapely.affinity.rotate(shapely.Polygon([(left + 17, top - 23), (left + 93, top - 31),
                                                    (left + 88, top - 101), (left + 29, top - 84)]), 17)
    weights = np.array([[shapely.intersection(poly, shapely.box(left + c * px, top - (r + 1) * px,
                                                                left + (c + 1) * px, top - r * px)).area
                         for c in range(12)] for r in range(12)]) / px ** 2
    stats = imagery.zonal_stats(np.array([poly], dtype=object), imagery.RasterSpec(str(path), threshold=0.5),
                                workers=1)
    assert stats.mean[0] == pytest.approx((weights * values).sum() / weights.sum(), abs=1e-9)
    assert stats.built_fraction[0] == pytest.approx((weights * (values >= 0.5)).sum() / weights.sum(), abs=1e-9)
    assert stats.covered_share[0] == pytest.approx(1.0, abs=1e-9)


def test_forked_workers_give_the_single_process_figures(grid_project, tmp_path):
    path, rows = grid_project
    raster = _write_raster(tmp_path / "r.tif", rows, UTM, 5.0)
    project = GpkgStore(path).load()
    geoms = np.asarray(project.plots.geometry.values, dtype=object)
    spec = imagery.RasterSpec(raster)
    old = imagery.STRIP_BYTES
    with rasterio.open(raster) as ds:
        imagery.STRIP_BYTES = 24 * (ds.width + 2) * 50  # strips of 50 rows, shared out between two processes
        assert ds.height > 200
    try:
        one = imagery.zonal_stats(geoms, spec, workers=1, crs=4326)
        two = imagery.zonal_stats(geoms, spec, workers=2, crs=4326)
    finally:
        imagery.STRIP_BYTES = old
    np.testing.assert_allclose(one.built_fraction, two.built_fraction)
    np.testing.assert_allclose(one.mean, two.mean)
    np.testing.assert_allclose(one.covered_share, two.covered_share)
    assert np.isfinite(one.mean).all()


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "sezmap", *map(str, args)], capture_output=True, text=True)


def test_cli_json_csv_md_and_bad_input(grid_project, tmp_path, capsys):
    from sezmap.cli import main

    path, rows = grid_project
    raster = _write_raster(tmp_path / "r.tif", rows, UTM, 20.0)
    done = _cli("imagery", "check", "--raster", raster, "--project", path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert {"plot_id", "zone_id", "status", "mean", "built_fraction", "flag"} <= set(out[0])
    assert {r["plot_id"]: r["flag"] for r in out} == _expected(rows, set())
    capsys.readouterr()
    base = ["imagery", "check", "--raster", raster, "--project", str(path)]
    assert main([*base, "--format", "csv", "--out", str(tmp_path / "c.csv")]) == 0
    assert (tmp_path / "c.csv").read_text().splitlines()[0].startswith("plot_id,zone_id,status,mean,built_fraction,flag")
    assert main([*base, "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "looks_unbuilt" in md and "| p" in md
    for bad in (["--band", "3"], ["--index", "ndbi", "--nir", "1"], ["--zone", "nowhere"], ["--band", "1", "--index", "ndvi"]):
        assert main([*base, *bad]) == 2, bad
    assert main(["imagery", "check", "--raster", str(tmp_path / "missing.tif"), "--project", str(path)]) == 2
    assert "missing.tif" in capsys.readouterr().err
