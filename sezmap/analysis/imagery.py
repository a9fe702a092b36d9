"""``sezmap imagery check``: each plot's reported status against a raster of built-up land (no Qt).

The raster is a GeoTIFF in any CRS: a built-up score (``band``), or bands from which an index is
computed (``index`` ``ndbi`` = (SWIR − NIR) / (SWIR + NIR), ``ndvi`` = (NIR − red) / (NIR + red)).
A pixel counts as built when its value is at or above the threshold (NDVI: below it, green land
being unbuilt). Per plot (reprojected to the raster's CRS with pyproj):

* ``mean``: the mean of the plot's valid pixels, each weighted by how much of it lies inside the
  plot;
* ``built_fraction``: the weighted share of those pixels that count as built;
* ``covered_share``: how much of the plot has valid pixels (outside the raster, nodata, a masked
  or NaN pixel, a zero index denominator are not valid).

How much of a pixel lies inside a plot is measured by supersampling: every tile of the raster is
burnt at ``SUPERSAMPLE`` × ``SUPERSAMPLE`` subcells per pixel by GDAL's rasteriser
(``rasterio.features.rasterize``, a subcell belongs to the plot that holds its centre), and a
plot's pixel weighs the number of its subcells / ``SUPERSAMPLE``². The weight of a pixel the plot's
edge crosses is thus within about 1 / ``SUPERSAMPLE`` of its exact share (tests compare it with
shapely intersection areas). Where plots overlap (a data-quality problem ``sezmap report``
names), the shared subcells count for one of them. A plot smaller than a subcell may hold none:
it is ``no_data``.

Flags: ``no_data`` when less than ``MIN_COVERED`` of the plot has valid pixels; else
``looks_unbuilt`` (reported under construction or operational, built fraction below the
threshold), ``looks_built`` (reported vacant or withdrawn, built fraction at or above it), else
``consistent``.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass

import numpy as np
import pyproj
import rasterio
import rasterio.features
import rasterio.windows
import shapely
from affine import Affine

from sezmap.analysis import fastgeom, geodesy
from sezmap.formats.untrusted import json_text, spreadsheet_cell
from sezmap.model import coords
from sezmap.model.problems import DataError, counted

SUPERSAMPLE = 4  # subcells per pixel side
TILE = 1024  # pixels per tile side
MIN_COVERED = 0.5  # a plot with less of its land on valid pixels is no_data
WORKERS = 2  # processes (tiles shared out between them)
PARALLEL_MIN_PLOTS = 20_000
INDEXES = ("ndbi", "ndvi")
FLAGS = ("looks_unbuilt", "looks_built", "no_data", "consistent")
BUILT_STATUSES = ("under_construction", "operational")
EMPTY_STATUSES = ("vacant", "withdrawn")
FORMATS = ("json", "csv", "md")


@dataclass(frozen=True)
class RasterSpec:
    """What to read from the raster: one band (1-based), or an index from named bands."""

    path: str
    band: int | None = None
    index: str | None = None
    nir: int | None = None
    swir: int | None = None
    red: int | None = None
    threshold: float = 0.5

    def bands(self) -> dict[str, int]:
        """The bands to read, by role."""
        if self.index is None:
            return {"score": self.band or 1}
        if self.index not in INDEXES:
            raise DataError(f"--index {self.index!r}: one of {', '.join(INDEXES)}")
        need = {"ndbi": ("nir", "swir"), "ndvi": ("nir", "red")}[self.index]
        missing = [f"--{n}" for n in need if getattr(self, n) is None]
        if missing:
            raise DataError(f"--index {self.index} needs {' and '.join(missing)} (band numbers, from 1)")
        return {n: int(getattr(self, n)) for n in need}

    def values(self, read: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """(value, valid) of a tile from its bands (float arrays with NaN where masked)."""
        if self.index is None:
            v = read["score"]
        else:
            a, b = (read["swir"], read["nir"]) if self.index == "ndbi" else (read["nir"], read["red"])
            den = a + b
            with np.errstate(divide="ignore", invalid="ignore"):
                v = np.where(den != 0, (a - b) / den, np.nan)
        return v, np.isfinite(v)

    def built(self, value: np.ndarray) -> np.ndarray:
        if self.index == "ndvi":
            return value < self.threshold
        return value >= self.threshold


@dataclass(frozen=True)
class ZonalStats:
    """Per plot (in the order given): weighted mean, built fraction and covered share (NaN: no
    valid pixel)."""

    mean: np.ndarray
    built_fraction: np.ndarray
    covered_share: np.ndarray


@dataclass(frozen=True)
class PlotCheck:
    plot_id: str
    zone_id: str | None
    status: str | None
    mean: float | None
    built_fraction: float | None
    flag: str
    covered_share: float
    area_ha: float | None


def _open(spec: RasterSpec):
    try:
        ds = rasterio.open(spec.path)
    except rasterio.errors.RasterioIOError as exc:
        raise DataError(f"--raster {spec.path}: cannot be read as a raster ({exc})") from None
    bands = spec.bands()
    bad = [f"{role} band {b}" for role, b in bands.items() if not 1 <= b <= ds.count]
    if bad:
        ds.close()
        raise DataError(f"--raster {spec.path}: has {counted(ds.count, 'band')}, no {', '.join(bad)}")
    if ds.crs is None:
        ds.close()
        raise DataError(f"--raster {spec.path}: says no coordinate system (a GeoTIFF with a CRS is needed)")
    if not ds.transform.is_rectilinear:
        ds.close()
        raise DataError(f"--raster {spec.path}: a rotated grid is not supported")
    return ds


def to_raster_crs(geoms_lonlat: np.ndarray, crs) -> np.ndarray:
    """Lon/lat geometries in the raster's CRS."""
    target = pyproj.CRS.from_user_input(crs)
    if target.equals(pyproj.CRS.from_epsg(4326), ignore_axis_order=True):
        return geoms_lonlat
    return geodesy.transform_geometries(geoms_lonlat, pyproj.Transformer.from_crs(4326, target, always_xy=True))


def _pixel_ranges(bounds: np.ndarray, transform: Affine) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Plots' boxes as pixel column and row ranges [c0, c1) × [r0, r1) (not clipped)."""
    inv = ~transform
    c_a, r_a = inv @ (bounds[:, 0], bounds[:, 1])
    c_b, r_b = inv @ (bounds[:, 2], bounds[:, 3])
    c0, c1 = np.floor(np.minimum(c_a, c_b)), np.ceil(np.maximum(c_a, c_b))
    r0, r1 = np.floor(np.minimum(r_a, r_b)), np.ceil(np.maximum(r_a, r_b))
    return c0, c1, r0, r1


def _shapes(geoms: np.ndarray):
    """GeoJSON-like mappings for the rasteriser: one-ring polygons straight from their
    coordinates (shapely's ``__geo_interface__`` costs ~15 µs a polygon), the rest through it."""
    simple = (shapely.get_type_id(geoms) == 3) & (shapely.get_num_interior_rings(geoms) == 0)
    only = geoms.copy()
    only[~simple] = None
    xy = shapely.get_coordinates(shapely.get_exterior_ring(only))
    ends = np.cumsum(shapely.get_num_coordinates(only))
    start = 0
    for g, ok, end in zip(geoms, simple.tolist(), ends.tolist(), strict=True):
        if ok:
            yield {"type": "Polygon", "coordinates": [xy[start:end].tolist()]}
            start = end
        else:
            yield g


# the plots and the spec of the run, for forked workers (set before the pool starts)
_JOB: dict = {}


def _tiles_sums(tiles: list[tuple[int, int, int, int]]) -> np.ndarray:
    """(3, n) sums over these tiles: subcells valid, value·valid, built·valid (per plot)."""
    spec: RasterSpec = _JOB["spec"]
    geoms, ranges = _JOB["geoms"], _JOB["ranges"]
    c0, c1, r0, r1 = ranges
    s = SUPERSAMPLE
    out = np.zeros((3, len(geoms)))
    progress = _JOB.get("progress")  # (in the calling process only: never set for forked workers)
    with _open(spec) as ds:
        bands = spec.bands()
        for done, (row, col, h, w) in enumerate(tiles):
            if progress is not None:
                progress(done, len(tiles))
            sel = np.flatnonzero((c1 > col) & (c0 < col + w) & (r1 > row) & (r0 < row + h))
            if not len(sel):
                continue
            win = rasterio.windows.Window(col, row, w, h)
            read = {}
            valid = np.ones((h, w), dtype=bool)
            for role, b in bands.items():
                a = ds.read(b, window=win).astype(np.float64)
                valid &= ds.read_masks(b, window=win) > 0
                read[role] = a
            value, ok = spec.values(read)
            valid &= ok
            value = np.where(valid, value, 0.0)
            built = valid & spec.built(value)
            sub = rasterio.features.rasterize(
                zip(_shapes(geoms[sel]), range(1, len(sel) + 1), strict=True), out_shape=(h * s, w * s),
                transform=ds.window_transform(win) @ Affine.scale(1 / s), fill=0,
                dtype="uint16" if len(sel) < 65535 else "int32")  # (half the memory to burn and read)
            cnt, vsum = _pixel_sums(sub.reshape(h, s, w, s), valid, built, value, len(sel) + 1)
            out[0, sel] += cnt[:, 1] + cnt[:, 2]
            out[1, sel] += vsum[:, 1] + vsum[:, 2]
            out[2, sel] += cnt[:, 2]
    return out


def _pixel_sums(ids: np.ndarray, valid: np.ndarray, built: np.ndarray, value: np.ndarray, m: int):
    """Subcell counts and value sums (m, 3) per plot id (of the tile's subcells ``ids``, (h, s, w,
    s)) and pixel kind (0 invalid, 1 valid unbuilt, 2 valid built): one pass per subcell position
    in the pixel, each over a pixel-sized array (no subcell-sized temporaries)."""
    s = ids.shape[1]
    kind = (valid.astype(np.int32) * (1 + built.astype(np.int32))).ravel()
    weights = value.ravel()
    cnt, vsum = np.zeros(3 * m), np.zeros(3 * m)
    for a in range(s):
        for b in range(s):
            key = ids[:, a, :, b].astype(np.int32).ravel() * 3 + kind
            cnt += np.bincount(key, minlength=3 * m)
            vsum += np.bincount(key, weights=weights, minlength=3 * m)
    return cnt.reshape(-1, 3)[1:], vsum.reshape(-1, 3)[1:]


def zonal_stats(geoms: np.ndarray, spec: RasterSpec, workers: int | None = None,
                progress: Callable[[int, int], None] | None = None) -> ZonalStats:
    """Weighted zonal statistics of ``geoms`` (in the raster's CRS) over the raster of ``spec``.
    ``progress(tiles done, tiles)`` is called before each tile in one process (it may raise to
    stop the run), once at the start and the end with workers."""
    with _open(spec) as ds:
        transform, width, height = ds.transform, ds.width, ds.height
    n = len(geoms)
    bounds = shapely.bounds(geoms).reshape(n, 4)
    ranges = _pixel_ranges(bounds, transform)
    tiles = [(r, c, min(TILE, height - r), min(TILE, width - c))
             for r in range(0, height, TILE) for c in range(0, width, TILE)]
    _JOB.update(spec=spec, geoms=geoms, ranges=ranges)
    workers = (WORKERS if n >= PARALLEL_MIN_PLOTS else 1) if workers is None else workers
    try:
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods() and len(tiles) > 1:
            groups = [tiles[i::workers] for i in range(workers)]
            if progress is not None:
                progress(0, len(tiles))
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                sums = np.sum(list(pool.map(_tiles_sums, groups)), axis=0)
        else:
            _JOB["progress"] = progress
            sums = _tiles_sums(tiles)
        if progress is not None:
            progress(len(tiles), len(tiles))
    finally:
        _JOB.clear()
    subcell = abs(transform.a * transform.e) / SUPERSAMPLE ** 2
    expected = shapely.area(geoms) / subcell
    cnt = sums[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(cnt > 0, sums[1] / cnt, np.nan)
        built = np.where(cnt > 0, sums[2] / cnt, np.nan)
        covered = np.where(expected > 0, np.minimum(cnt / expected, 1.0), 0.0)
    return ZonalStats(mean, built, covered)


def flags(status: np.ndarray, stats: ZonalStats, threshold: float) -> np.ndarray:
    """Each plot's flag (see the module's docstring)."""
    out = np.full(len(status), "consistent", dtype=object)
    bf = np.nan_to_num(stats.built_fraction, nan=0.0)
    out[np.isin(status, BUILT_STATUSES) & (bf < threshold)] = "looks_unbuilt"
    out[np.isin(status, EMPTY_STATUSES) & (bf >= threshold)] = "looks_built"
    out[(stats.covered_share < MIN_COVERED) | np.isnan(stats.built_fraction)] = "no_data"
    return out


def _areas_ha(lonlat: np.ndarray) -> np.ndarray:
    """Ellipsoidal areas (an equal-area projection: its origin does not change them)."""
    if not len(lonlat):
        return np.zeros(0)
    b = shapely.bounds(lonlat)
    lon0, lat0 = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    return fastgeom.cea_areas_m2(lonlat, coords.rings(lonlat), lon0, lat0) / geodesy.M2_PER_HA


def _float(value, digits: int) -> float | None:
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


def check(project, spec: RasterSpec, zone: str | None = None, workers: int | None = None,
          progress: Callable[[int, int], None] | None = None) -> list[PlotCheck]:
    """Every plot of the project (of ``zone`` only, if given) checked against the raster
    (``progress``: see ``zonal_stats``)."""
    plots = project.plots
    if zone is not None:
        plots = plots[plots["zone_id"].astype(str) == str(zone)]
    with _open(spec) as ds:
        crs = ds.crs
    lonlat = np.asarray(plots.geometry.values, dtype=object)
    stats = zonal_stats(to_raster_crs(lonlat, crs.to_wkt()), spec, workers, progress)
    status = plots["status"].astype(object).to_numpy()
    flag = flags(status, stats, spec.threshold)
    area = _areas_ha(lonlat)
    return [PlotCheck(str(p), None if z is None else str(z), None if s is None else str(s), _float(m, 4),
                      _float(b, 4), str(f), round(float(c), 4), _float(a, 4))
            for p, z, s, m, b, f, c, a in zip(plots["plot_id"], plots["zone_id"], status, stats.mean,
                                              stats.built_fraction, flag, stats.covered_share, area, strict=True)]


COLUMNS = ("plot_id", "zone_id", "status", "mean", "built_fraction", "flag", "covered_share", "area_ha")


def to_json(rows: list[PlotCheck]) -> str:
    return json_text([asdict(r) for r in rows], indent=1) + "\n"


def to_csv(rows: list[PlotCheck], raw: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        cells = ["" if v is None else v for v in (getattr(r, c) for c in COLUMNS)]
        w.writerow(cells if raw else [spreadsheet_cell(v) for v in cells])
    return buf.getvalue()


def to_markdown(rows: list[PlotCheck], spec: RasterSpec) -> str:
    from sezmap.formats.untrusted import markdown_cell as _cell

    counts = {f: sum(r.flag == f for r in rows) for f in FLAGS}
    what = f"band {spec.band or 1}" if spec.index is None else spec.index.upper()
    lines = [f"# Imagery check: {_cell(os.path.basename(spec.path))} ({what}, threshold {spec.threshold:g})", "",
             ", ".join(f"{f}: {counts[f]}" for f in FLAGS), "",
             "| plot | zone | status | mean | built fraction | covered | flag |", "|---|---|---|---:|---:|---:|---|"]
    for r in rows:
        if r.flag == "consistent":
            continue
        lines.append(f"| {_cell(r.plot_id)} | {_cell(r.zone_id or '')} | {_cell(r.status or '')} | "
                     f"{'–' if r.mean is None else f'{r.mean:.3f}'} | "
                     f"{'–' if r.built_fraction is None else f'{r.built_fraction:.3f}'} | "
                     f"{r.covered_share * 100:.0f} % | {r.flag} |")
    return "\n".join(lines) + "\n"


def render(rows: list[PlotCheck], spec: RasterSpec, fmt: str, raw: bool = False) -> str:
    if fmt == "csv":
        return to_csv(rows, raw)
    if fmt == "md":
        return to_markdown(rows, spec)
    return to_json(rows)
