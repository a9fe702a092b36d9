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

How much of a pixel lies inside a plot is its exact share (``sezmap.analysis.coverage``: Green's
theorem over the plot's boundary cut at pixel rows and columns, against running sums of the
raster's rows: the fractions exactextract computes; tests compare the weights with shapely
intersection areas). The raster is read in strips of whole rows, shared out between two forked
processes for a large project. Where plots overlap (a data-quality problem ``sezmap report``
names), the shared pixels count for each of them.

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
import rasterio.windows
import shapely

from sezmap.analysis import coverage, fastgeom, geodesy
from sezmap.formats.untrusted import json_text, spreadsheet_cell
from sezmap.model import coords
from sezmap.model.problems import DataError, Reason, counted

STRIP_BYTES = 64 << 20  # running sums of a strip of raster rows (3 float64 per pixel)
NOISE = 1e-9  # pixels: a plot's valid cover below this is rounding (a plot beside the raster)
MIN_COVERED = 0.5  # a plot with less of its land on valid pixels is no_data
WORKERS = 2  # processes (strips shared out between them)
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


def raster_facts(path: str) -> tuple[int, str]:
    """(band count, CRS name) of a raster; DataError when it cannot be read."""
    with _opened(path) as ds:
        return ds.count, ds.crs.to_string() if ds.crs is not None else ""


def _opened(path: str):
    """The raster at ``path`` open; DataError when it cannot be read as one."""
    try:
        return rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise DataError(Reason(f"--raster {path}: cannot be read as a raster ({exc})", "unreadable_raster",
                               path=path, detail=str(exc))) from None


def _open(spec: RasterSpec):
    """The raster open, checked: the bands asked for, a CRS, a grid not rotated (the problems carry
    a code and the file for the desktop app's words: ``ui.problem_text``)."""
    ds = _opened(spec.path)
    bands = spec.bands()
    outside = {role: b for role, b in bands.items() if not 1 <= b <= ds.count}
    reason: Reason | None = None
    if outside:
        bad = ", ".join(f"{role} band {b}" for role, b in outside.items())
        missing = ", ".join(str(b) for b in sorted(set(outside.values())))
        reason = Reason(f"--raster {spec.path}: has {counted(ds.count, 'band')}, no {bad}",
                        "raster_lacks_bands", path=spec.path, bands=missing, count=ds.count)
    elif ds.crs is None:
        reason = Reason(f"--raster {spec.path}: says no coordinate system (a GeoTIFF with a CRS is needed)",
                        "raster_without_crs", path=spec.path)
    elif not ds.transform.is_rectilinear:
        reason = Reason(f"--raster {spec.path}: a rotated grid is not supported", "rotated_raster", path=spec.path)
    if reason is not None:
        ds.close()
        raise DataError(reason)
    return ds


def _reprojection(crs, raster_crs):
    """(x, y) arrays from ``crs`` to the raster's, or None when they are the same."""
    source, target = pyproj.CRS.from_user_input(crs), pyproj.CRS.from_user_input(raster_crs)
    if source.equals(target, ignore_axis_order=True):
        return None
    return pyproj.Transformer.from_crs(source, target, always_xy=True).transform


# the plots' edges and the spec of the run, for forked workers (set before the pool starts)
_JOB: dict = {}


def _strips_sums(strips: list[int]) -> np.ndarray:
    """(3, n) sums over these strips of rows, per plot: valid, value·valid and built·valid
    pixels, each weighted by its share inside the plot."""
    spec: RasterSpec = _JOB["spec"]
    edges: coverage.Edges = _JOB["edges"]
    out = np.zeros((3, _JOB["n"]))
    progress = _JOB.get("progress")  # (in the calling process only: never set for forked workers)
    with _open(spec) as ds:
        bands, width, height = spec.bands(), ds.width, ds.height
        for done, k in enumerate(strips):
            if progress is not None:
                progress(done, len(strips))
            sel = _JOB["strips"][k]
            if not len(sel):
                continue
            row0 = k * _JOB["rows"]
            row1 = min(row0 + _JOB["rows"], height)
            win = rasterio.windows.Window(0, row0, width, row1 - row0)
            read = {}
            valid = np.ones((row1 - row0, width), dtype=bool)
            for role, b in bands.items():
                read[role] = ds.read(b, window=win).astype(np.float64)
                valid &= ds.read_masks(b, window=win) > 0
            value, ok = spec.values(read)
            valid &= ok
            value = np.where(valid, value, 0.0)
            run = coverage.running([valid, value, valid & spec.built(value)])
            out += coverage.sums(coverage.pieces(edges.take(sel), row0, row1, width), run, len(out[0]))
    return out


def zonal_stats(geoms: np.ndarray, spec: RasterSpec, workers: int | None = None, crs=None,
                progress: Callable[[int, int], None] | None = None) -> ZonalStats:
    """Weighted zonal statistics of ``geoms`` over the raster of ``spec``. The geometries are in
    ``crs`` (pyproj's input: ``4326`` for lon/lat), or in the raster's CRS if it is None; their
    vertices are reprojected to the raster's CRS, their edges straight lines there.
    ``progress(strips done, strips)`` is called before each strip of rows in one process (it may
    raise to stop the run), once at the start and the end with workers."""
    with _open(spec) as ds:
        transform, width, height, raster_crs = ds.transform, ds.width, ds.height, ds.crs.to_wkt()
    n = len(geoms)
    outline = coverage.boundary(geoms, transform, None if crs is None else _reprojection(crs, raster_crs))
    edges = outline.edges
    rows = int(np.clip(STRIP_BYTES // (24 * (width + 2)), 1, height))
    strips = coverage.by_strip(edges, height, width, rows)
    _JOB.update(spec=spec, edges=edges, strips=strips, rows=rows, n=n)
    workers = (WORKERS if n >= PARALLEL_MIN_PLOTS else 1) if workers is None else workers
    todo = [k for k in range(len(strips)) if len(strips[k])]
    try:
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods() and len(todo) > 1:
            groups = [todo[i::workers] for i in range(workers)]
            if progress is not None:
                progress(0, len(todo))
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                sums = np.sum(list(pool.map(_strips_sums, groups)), axis=0)
        else:
            _JOB["progress"] = progress
            sums = _strips_sums(todo)
        if progress is not None:
            progress(len(todo), len(todo))
    finally:
        _JOB.clear()
    expected = outline.area
    cnt = np.where(sums[0] > NOISE, sums[0], 0.0)
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


def _areas_ha(lonlat: np.ndarray, known: coords.KnownRings | None = None) -> np.ndarray:
    """Ellipsoidal areas (an equal-area projection: its origin does not change them)."""
    if not len(lonlat):
        return np.zeros(0)
    b = shapely.bounds(lonlat)
    lon0, lat0 = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    return fastgeom.cea_areas_m2(lonlat, coords.rings_of(lonlat, known), lon0, lat0) / geodesy.M2_PER_HA


def _floats(values: np.ndarray, digits: int) -> list[float | None]:
    """Rounded, None where not finite."""
    values = np.asarray(values, dtype=np.float64)
    out = np.round(values, digits).tolist()
    return [None if v != v or v in (np.inf, -np.inf) else v for v in out] if not np.isfinite(values).all() else out


def _texts(column) -> list[str | None]:
    """Text, None where missing."""
    missing = column.isna().to_numpy()
    out = column.astype(str).tolist()
    return [None if m else v for v, m in zip(out, missing.tolist(), strict=True)] if missing.any() else out


def check(project, spec: RasterSpec, zone: str | None = None, workers: int | None = None,
          progress: Callable[[int, int], None] | None = None) -> list[PlotCheck]:
    """Every plot of the project (of ``zone`` only, if given) checked against the raster
    (``progress``: see ``zonal_stats``)."""
    plots = project.plots
    if zone is not None:
        plots = plots[plots["zone_id"].astype(str) == str(zone)]
    lonlat = np.asarray(plots.geometry.values, dtype=object)
    stats = zonal_stats(lonlat, spec, workers, crs=4326, progress=progress)
    status = _texts(plots["status"])
    flag = flags(np.asarray(status, dtype=object), stats, spec.threshold).tolist()
    area = _areas_ha(lonlat, getattr(project, "plot_rings", None))
    return list(map(PlotCheck, _texts(plots["plot_id"]), _texts(plots["zone_id"]), status, _floats(stats.mean, 4),
                    _floats(stats.built_fraction, 4), flag, np.round(stats.covered_share, 4).tolist(),
                    _floats(area, 4)))


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
