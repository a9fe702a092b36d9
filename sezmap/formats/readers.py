"""Read a foreign vector file into a GeoDataFrame in EPSG:4326, keeping source row numbers.

GDAL (through pyogrio) reads GeoJSON, Shapefile (also zipped), GeoPackage and KML;
CSV is read with pandas and takes a WKT column or lon/lat columns.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import shapely

from sezmap.model.problems import DataError, Problem

WKT_COLUMNS = ("wkt", "geometry", "geom", "the_geom", "shape")
LON_COLUMNS = ("lon", "lng", "long", "longitude", "x")
LAT_COLUMNS = ("lat", "latitude", "y")
GDAL_SUFFIXES = {".geojson", ".json", ".shp", ".gpkg", ".kml", ".zip", ".fgb", ".gml", ".gpx"}
SUFFIXES = GDAL_SUFFIXES | {".csv", ".txt"}


@dataclass
class Source:
    """Features read from a file: the frame, each row's number in the file, problems met."""

    path: Path
    frame: gpd.GeoDataFrame
    rows: list[int]
    problems: list[Problem] = field(default_factory=list)


def parse_crs(text: str | None, path: Path) -> pyproj.CRS | None:
    if text is None:
        return None
    try:
        return pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError as exc:
        raise DataError(Problem("-", "-", f"--crs {text!r} is not a coordinate system: {exc}", str(path))) from None


def read_source(path: str | Path, crs: str | None = None, layer: str | None = None) -> Source:
    """Read ``path``; ``crs`` overrides (or supplies) the file's CRS. Result is in EPSG:4326."""
    path = Path(path)
    given = parse_crs(crs, path)
    if not path.exists():
        raise DataError(Problem("-", "-", "no such file", str(path)))
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DataError(Problem("-", "-", f"unknown file type {suffix!r} (expected one of "
                                + ", ".join(sorted(SUFFIXES)) + ")", str(path)))
    try:
        if suffix in (".csv", ".txt"):
            source = read_csv(path)
        else:
            source = read_gdal(path, layer)
    except DataError:
        raise
    except Exception as exc:  # GDAL, pandas and codec errors on a damaged file
        raise DataError(Problem("-", "-", f"cannot be read: {exc}", str(path))) from None
    frame = source.frame
    if given is not None:
        frame = frame.set_crs(given, allow_override=True)
    if frame.crs is None:
        raise DataError(Problem("-", "-", "the file does not say its coordinate system; give one with --crs "
                                "(for example --crs EPSG:32642)", str(path)))
    if not pyproj.CRS(frame.crs).equals(pyproj.CRS("EPSG:4326")):
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:
            raise DataError(Problem("-", "-", f"cannot reproject from {frame.crs}: {exc}", str(path))) from None
    source.frame = frame
    return source


def _gdal_path(path: Path) -> str:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                names = [n for n in zf.namelist() if n.lower().endswith(".shp")]
        except zipfile.BadZipFile:
            raise DataError(Problem("-", "-", "not a readable zip archive", str(path))) from None
        if not names:
            raise DataError(Problem("-", "-", "the zip archive holds no .shp file", str(path)))
        return f"/vsizip/{path}/{names[0]}"
    return str(path)


def read_gdal(path: Path, layer: str | None) -> Source:
    gdal_path = _gdal_path(path)
    layers = [name for name, _ in pyogrio.list_layers(gdal_path)]
    if not layers:
        raise DataError(Problem("-", "-", "the file has no layers", str(path)))
    if layer is None or layer not in layers:
        if len(layers) > 1 and layer not in layers:
            spatial = [n for n, g in pyogrio.list_layers(gdal_path) if g is not None]
            if len(spatial) != 1:
                raise DataError(Problem("-", "-", f"the file has several layers ({', '.join(layers)}); "
                                        f"none is called {layer!r}", str(path)))
            layer = spatial[0]
        else:
            layer = layers[0]
    frame = pyogrio.read_dataframe(gdal_path, layer=layer)
    if not isinstance(frame, gpd.GeoDataFrame):
        raise DataError(Problem("-", "-", f"layer {layer!r} has no geometry", str(path)))
    if frame.geometry.name != "geometry":
        frame = frame.rename_geometry("geometry")
    return Source(path, frame, list(range(1, len(frame) + 1)))


def _pick(columns, names) -> str | None:
    lower = {c.lower().strip(): c for c in columns}
    for name in names:
        if name in lower:
            return lower[name]
    return None


def read_csv(path: Path) -> Source:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(Problem("-", "-", "is not UTF-8 text", str(path))) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    table = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[""])
    rows = [i + 2 for i in range(len(table))]  # row 1 is the header
    problems: list[Problem] = []
    wkt_col = _pick(table.columns, WKT_COLUMNS)
    lon_col, lat_col = _pick(table.columns, LON_COLUMNS), _pick(table.columns, LAT_COLUMNS)
    if wkt_col is not None:
        texts = table[wkt_col].to_numpy(dtype=object)
        geoms = np.empty(len(texts), dtype=object)
        for i, wkt in enumerate(texts):
            if wkt is None or (isinstance(wkt, float) and np.isnan(wkt)):
                geoms[i] = None
                continue
            try:
                geoms[i] = shapely.from_wkt(wkt)
            except (shapely.errors.GEOSException, ValueError, TypeError) as exc:
                geoms[i] = None
                problems.append(Problem("-", f"row {rows[i]}", f"{wkt_col}: not readable WKT ({exc})", str(path)))
        table = table.drop(columns=[wkt_col])
    elif lon_col is not None and lat_col is not None:
        lon = pd.to_numeric(table[lon_col], errors="coerce").to_numpy()
        lat = pd.to_numeric(table[lat_col], errors="coerce").to_numpy()
        bad = ~(np.isfinite(lon) & np.isfinite(lat))
        for i in np.flatnonzero(bad):
            problems.append(Problem("-", f"row {rows[i]}", f"{lon_col}/{lat_col}: not numbers", str(path)))
        geoms = shapely.points(np.where(bad, np.nan, lon), np.where(bad, np.nan, lat))
        geoms = np.where(bad, None, geoms)
        table = table.drop(columns=[lon_col, lat_col])
    else:
        raise DataError(Problem("-", "-", "CSV needs a WKT column (" + ", ".join(WKT_COLUMNS)
                                + ") or lon/lat columns", str(path)))
    # CSV carries no CRS: columns named lon/lat are taken as WGS84 unless --crs says
    # otherwise; x/y columns and WKT need --crs.
    geographic = wkt_col is None and lon_col.lower() != "x" and lat_col.lower() != "y"
    crs = "EPSG:4326" if geographic else None
    frame = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geoms, crs=crs), crs=crs)
    return Source(path, frame, rows, problems)
