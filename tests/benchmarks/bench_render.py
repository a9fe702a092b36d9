"""Render benchmark: sezmap's renderer beside QGIS's, same GeoPackage, 1920×1080.

    .venv/bin/python tests/benchmarks/bench_render.py [--sizes 100000 1000000] [--out docs/benchmarks-render.md]

For each size it writes a GeoPackage of that many plots (the default project's 14 zones,
each filled with an equal share of small rectangular plots, status drawn at random), then
times, at 1920×1080 in the Kazakhstan Albers CRS:

* sezmap: ``render_image`` of the plots layer (status fill, the one palette), full extent
  and one zone; median of 5 redraws after one warm-up (the warm-up builds the STRtree);
  a pan step of the canvas (move the cached image and repaint), median of 50;
* QGIS (Debian's qgis / python3-qgis, run with /usr/bin/python3 as a separate process, a
  yardstick only): the same layer with a categorized renderer in the same colours and a
  hairline outline, QgsMapRendererParallelJob (what the QGIS canvas uses), default
  antialiasing, median of 3 (1 at a million plots) after one warm-up; once in the same
  Albers CRS and extents (like for like), once in EPSG:4326 over the same areas (no
  reprojection: QGIS's best case; QGIS 3.22 is much slower with a custom PROJ CRS).

Both programs run in the same invocation, one after the other, on the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pyogrio  # noqa: E402
import shapely  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sezmap import paths  # noqa: E402
from sezmap.model.statuses import STATUS_COLOURS, STATUSES  # noqa: E402
from sezmap.render.crs import DEFAULT_DISPLAY_CRS  # noqa: E402

WIDTH, HEIGHT = 1920, 1080
ZONE = "khorgos_eastern_gate"
STATUS_WEIGHTS = np.array([0.35, 0.15, 0.15, 0.08, 0.17, 0.04, 0.06])


def make_gpkg(path: Path, n_plots: int, seed: int = 7) -> Path:
    """Zones of the default project, each filled with n_plots / 14 small plots."""
    if path.exists():
        return path
    zones = pyogrio.read_dataframe(paths.default_project(), layer="zones")
    rng = np.random.default_rng(seed)
    per_zone = n_plots // len(zones) + 1
    parts = []
    for zone_id, geom in zip(zones["zone_id"], zones.geometry):
        x0, y0, x1, y1 = geom.bounds
        coslat = np.cos(np.radians((y0 + y1) / 2))
        fill = geom.area / ((x1 - x0) * (y1 - y0))
        cells = per_zone / max(fill, 0.05) * 1.02
        aspect = (x1 - x0) * coslat / (y1 - y0)
        ny = int(np.ceil(np.sqrt(cells / aspect)))
        nx = int(np.ceil(cells / ny))
        sx, sy = (x1 - x0) / nx, (y1 - y0) / ny
        gx, gy = np.meshgrid(x0 + (np.arange(nx) + 0.5) * sx, y0 + (np.arange(ny) + 0.5) * sy)
        cx, cy = gx.ravel(), gy.ravel()
        inside = shapely.contains_xy(geom, cx, cy)
        cx, cy = cx[inside][:per_zone], cy[inside][:per_zone]
        boxes = shapely.box(cx - 0.42 * sx, cy - 0.42 * sy, cx + 0.42 * sx, cy + 0.42 * sy)
        parts.append(gpd.GeoDataFrame({
            "plot_id": [f"{zone_id}-{i:07d}" for i in range(len(boxes))],
            "zone_id": zone_id,
            "status": rng.choice(np.array(STATUSES), size=len(boxes), p=STATUS_WEIGHTS),
        }, geometry=boxes, crs="EPSG:4326"))
    plots = gpd.GeoDataFrame(np.concatenate([p.values for p in parts]), columns=parts[0].columns,
                             geometry="geometry", crs="EPSG:4326").iloc[:n_plots]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.gpkg")
    # GeoPackage 1.2, which QGIS 3.22's GDAL reads without complaint
    pyogrio.write_dataframe(zones, tmp, layer="zones", driver="GPKG", dataset_options={"VERSION": "1.2"})
    pyogrio.write_dataframe(plots, tmp, layer="plots", driver="GPKG", append=True)
    tmp.rename(path)
    return path


# --- sezmap -----------------------------------------------------------------------------------

def bench_sezmap(path: Path, repeats: int = 5) -> dict:
    from PySide6.QtWidgets import QApplication

    from sezmap.render.geometry_arrays import GeometryArrays
    from sezmap.render.layers import PlotsLayer
    from sezmap.render.map_settings import MapSettings
    from sezmap.render.renderer import render_image
    from sezmap.render.scene import MapScene

    app = QApplication.instance() or QApplication([])
    t = time.perf_counter()
    plots = pyogrio.read_dataframe(path, layer="plots", use_arrow=True)
    zones = pyogrio.read_dataframe(path, layer="zones")
    read_s = time.perf_counter() - t
    t = time.perf_counter()
    arrays = GeometryArrays.from_geometries(np.asarray(plots.geometry.values, dtype=object), DEFAULT_DISPLAY_CRS)
    layer = PlotsLayer(arrays, list(plots["status"]))
    scene = MapScene([layer], DEFAULT_DISPLAY_CRS)
    prepare_s = time.perf_counter() - t
    base = MapSettings(width=WIDTH, height=HEIGHT)
    zone_arrays = GeometryArrays.from_geometries(np.asarray(zones.geometry.values, dtype=object),
                                                 DEFAULT_DISPLAY_CRS)
    zone_row = list(zones["zone_id"]).index(ZONE)
    views = {
        "full": base.fitted(arrays.total_bounds),
        "zone": base.fitted(tuple(zone_arrays.bounds[zone_row])),
    }
    out = {"read_s": read_s, "prepare_s": prepare_s, "plots": len(plots), "extents": {}}
    for name, settings in views.items():
        image, stats = render_image(settings, scene)  # warm-up (builds the STRtree)
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            image, stats = render_image(settings, scene)
            times.append(time.perf_counter() - t)
        image.save(str(path.with_name(f"{path.stem}-sezmap-{name}.png")))
        out[name] = statistics.median(times)
        out[name + "_stats"] = {k: v for k, v in stats.items() if not k.startswith("ms_")}
        out["extents"][name] = list(settings.extent)
    out["pan_ms"] = bench_pan(app, scene, views["zone"])
    return out


def bench_pan(app, scene, settings, steps: int = 50) -> float:
    """Median time of one pan step: the canvas moves its cached picture and repaints."""
    from sezmap.ui.canvas import MapCanvas

    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    canvas.scene = scene
    canvas.set_settings(settings, render=False)
    canvas.render_now()
    app.processEvents()
    times = []
    for i in range(steps):
        t = time.perf_counter()
        canvas.pan_by(7 if i % 2 else -5, 3, record=False, render=False)
        canvas.repaint()
        times.append(time.perf_counter() - t)
    canvas.close()
    return statistics.median(times) * 1000


def _plots(path: Path) -> int:
    return int(pyogrio.read_info(path, layer="plots")["features"])


# --- QGIS (separate process, system Python) ----------------------------------------------------

QGIS_SCRIPT = r"""
import json, statistics, sys, time
from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsMapRendererParallelJob,
    QgsCoordinateReferenceSystem, QgsRectangle, QgsCategorizedSymbolRenderer, QgsRendererCategory,
    QgsFillSymbol, QgsCoordinateTransform, QgsProject)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
args = json.loads(sys.argv[1])
app = QgsApplication([], False)
app.setPrefixPath("/usr", True)
app.initQgis()
layer = QgsVectorLayer(args["path"] + "|layername=plots", "plots", "ogr")
assert layer.isValid()
cats = []
for status, colour in args["colours"].items():
    sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "40,40,40,150",
                                      "outline_width": "0", "outline_style": "solid"})
    cats.append(QgsRendererCategory(status, sym, status))
layer.setRenderer(QgsCategorizedSymbolRenderer("status", cats))
aea = QgsCoordinateReferenceSystem.fromProj(args["crs"])
lonlat = QgsCoordinateReferenceSystem("EPSG:4326")
to_lonlat = QgsCoordinateTransform(aea, lonlat, QgsProject.instance())
out = {"features": layer.featureCount()}
for label, crs in (("", aea), ("_4326", lonlat)):
    for name, ext in args["extents"].items():
        rect = QgsRectangle(*ext)
        if crs == lonlat:
            rect = to_lonlat.transformBoundingBox(rect)
        ms = QgsMapSettings()
        ms.setLayers([layer])
        ms.setDestinationCrs(crs)
        ms.setOutputSize(QSize(args["width"], args["height"]))
        ms.setOutputDpi(96)
        ms.setExtent(rect)
        times = []
        for i in range(args["repeats"] + 1):
            job = QgsMapRendererParallelJob(ms)
            t = time.perf_counter()
            job.start()
            job.waitForFinished()
            if i:
                times.append(time.perf_counter() - t)
        job.renderedImage().save(args["prefix"] + "-qgis-" + name + label + ".png")
        out[name + label] = statistics.median(times)
print(json.dumps(out), flush=True)
import os
os._exit(0)  # QGIS 3.22 can crash in exitQgis() when run headless; the results are out
"""


def bench_qgis(path: Path, extents: dict, repeats: int = 3) -> dict | None:
    repeats = 1 if _plots(path) >= 500_000 else repeats
    python = "/usr/bin/python3"
    args = {"path": str(path), "extents": extents, "crs": DEFAULT_DISPLAY_CRS, "width": WIDTH,
            "height": HEIGHT, "repeats": repeats, "colours": STATUS_COLOURS,
            "prefix": str(path.with_name(path.stem))}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run([python, "-c", QGIS_SCRIPT, json.dumps(args)], capture_output=True, text=True,
                              env=env, timeout=1800)
    except (FileNotFoundError, subprocess.TimeoutExpired) as exc:
        print(f"QGIS run failed: {exc}", file=sys.stderr)
        return None
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "sezmap-bench"))
    parser.add_argument("--out", help="write the results table (markdown) here too")
    parser.add_argument("--no-qgis", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for n in args.sizes:
        t = time.perf_counter()
        path = make_gpkg(Path(args.dir) / f"plots-{n}.gpkg", n)
        print(f"{n:,} plots: data ready in {time.perf_counter() - t:.1f} s ({path})", flush=True)
        ours = bench_sezmap(path)
        print(f"  sezmap: {json.dumps(ours, default=float)}", flush=True)
        theirs = None if args.no_qgis else bench_qgis(path, ours["extents"])
        print(f"  qgis:   {json.dumps(theirs)}", flush=True)
        rows.append((n, ours, theirs))
    lines = [
        "| plots | view | sezmap (s) | QGIS 3.22, same Albers CRS (s) | speed-up | QGIS 3.22 in EPSG:4326 (s) | speed-up |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for n, ours, theirs in rows:
        for view in ("full", "zone"):
            cells = [f"{n:,}", view, f"{ours[view]:.3f}"]
            for key in (view, view + "_4326"):
                q = theirs.get(key) if theirs else None
                cells += ["—", "—"] if q is None else [f"{q:.3f}", f"{q / ours[view]:.1f}×"]
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("| plots | read GeoPackage (s) | project + index arrays (s) | pan step (ms) |")
    lines.append("|---:|---:|---:|---:|")
    for n, ours, _theirs in rows:
        lines.append(f"| {n:,} | {ours['read_s']:.2f} | {ours['prepare_s']:.2f} | {ours['pan_ms']:.2f} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
