"""Read a foreign vector file into a GeoDataFrame in EPSG:4326, keeping source row numbers.

GDAL (through pyogrio) reads GeoJSON, Shapefile (also zipped), GeoPackage and KML;
CSV is read with Python's csv module and takes a WKT column or lon/lat columns.

Every record of the source is accounted for: GDAL skips some records without a word (a
GeoJSON feature whose ``type`` is not ``Feature``, say), so the records are also counted
independently where the format allows (GeoJSON parsed as JSON, a Shapefile's ``.dbf``
record count, KML ``Placemark`` elements, a GeoPackage table's rows), and a record that was
not read is an error naming it. Coordinates that are not finite numbers (NaN, Infinity) and
NUL characters (which GDAL cuts text at) are refused naming the row, before anything else
looks at the geometry.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sqlite3
import struct
import tempfile
import unicodedata
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import shapely

from sezmap.formats import input_files
from sezmap.formats.wkb import wkb_finite
from sezmap.model import schema
from sezmap.model.problems import DataError, Problem, counted
from sezmap.model.values import flat_geometries

WKT_COLUMNS = ("wkt", "geometry", "geom", "the_geom", "shape")
LON_COLUMNS = ("lon", "lng", "long", "longitude", "x")
LAT_COLUMNS = ("lat", "latitude", "y")
GDAL_SUFFIXES = {".geojson", ".json", ".shp", ".gpkg", ".kml", ".zip", ".fgb", ".gml", ".gpx"}
SUFFIXES = GDAL_SUFFIXES | {".csv", ".txt"}

NOT_FINITE = "coordinates: not finite numbers (NaN or Infinity)"
NUL_TEXT = "contains a NUL character (GDAL would cut the text there)"
GEOJSON_GEOMETRIES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                      "GeometryCollection"}


@dataclass
class Source:
    """Features read from a file: the frame, each row's number in the file, problems met.

    ``problems``: about the file or records that are not in the frame; ``faults``: frame
    position -> why the reader refused that row's geometry or values (the importer names
    the row by its id); ``assumed_crs``: what the coordinates are taken as when the file
    declares no CRS and none is given (CSV lon/lat columns: WGS84).
    """

    path: Path
    frame: gpd.GeoDataFrame
    rows: list[int]
    problems: list[Problem] = field(default_factory=list)
    faults: dict[int, str] = field(default_factory=dict)
    assumed_crs: str | None = None
    notes: list[Problem] = field(default_factory=list)  # what the user should know (nothing wrong)


def parse_crs(text: str | None, path: Path) -> pyproj.CRS | None:
    if text is None:
        return None
    try:
        return pyproj.CRS.from_user_input(text)
    except pyproj.exceptions.CRSError as exc:
        raise DataError(Problem("-", "-", f"--crs {text!r} is not a coordinate system: {exc}", str(path))) from None


def crs_name(crs) -> str:
    """How a CRS is named in messages: ``EPSG:3857 (WGS 84 / Pseudo-Mercator)``."""
    crs = pyproj.CRS(crs)
    auth = crs.to_authority(min_confidence=70)
    return f"{auth[0]}:{auth[1]} ({crs.name})" if auth else crs.name


def same_crs(a, b) -> bool:
    a, b = pyproj.CRS(a), pyproj.CRS(b)
    if a.equals(b, ignore_axis_order=True):
        return True
    code = a.to_epsg(min_confidence=70)
    return code is not None and code == b.to_epsg(min_confidence=70)


def read_source(path: str | Path, crs: str | None = None, layer: str | None = None,
                crs_override: bool = False, source_layer: str | None = None,
                max_source_mb: float | None = None) -> Source:
    """Read ``path``; ``crs`` supplies the file's CRS where it declares none. Where the file
    declares another one, that is an error unless ``crs_override`` says ``crs`` wins.
    ``layer``: the project layer the features are for (it names the rows in messages);
    ``source_layer``: the file's layer to read, needed where it has several (a GeoPackage's
    tables, a KML's folders, the Shapefiles of a zip). Only regular files are read, no larger
    than the limit of formats.input_files (``max_source_mb``). The result is in EPSG:4326, in
    two dimensions (Z and M dropped), its column names told apart (ignoring case)."""
    path = Path(path)
    given = parse_crs(crs, path)
    if crs_override and given is None:
        raise DataError(Problem("-", "-", "--crs-override needs --crs (the coordinate system that wins)", str(path)))
    if not path.exists():
        raise DataError(Problem("-", "-", "no such file", str(path)))
    input_files.regular_file(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DataError(Problem("-", "-", f"unknown file type {suffix!r} (expected one of "
                                + ", ".join(sorted(SUFFIXES)) + ")", str(path)))
    limit = input_files.limit_bytes(max_source_mb)
    try:
        if suffix in (".csv", ".txt"):
            input_files.check_size(path, [path], limit)
            source = read_csv(path, layer)
        elif suffix == ".zip":
            source = read_zip(path, layer, source_layer, limit)
        else:
            input_files.check_size(path, _parts(path), limit)
            source = read_gdal(path, path, layer, source_layer)
    except DataError:
        raise
    except Exception as exc:  # GDAL, pandas and codec errors on a damaged file
        raise DataError(Problem("-", "-", f"cannot be read: {exc}", str(path))) from None
    refuse_ambiguous_columns(source.frame.columns, path)
    source.frame["geometry"] = gpd.GeoSeries(flat_geometries(source.frame.geometry.values),
                                             index=source.frame.index, crs=source.frame.crs)
    frame = source.frame
    declared = frame.crs
    if given is not None:
        if declared is not None and not same_crs(declared, given) and not crs_override:
            raise DataError(Problem(
                "-", "-", f"the file declares its coordinate system as {crs_name(declared)}, but --crs says "
                f"{crs_name(given)}: leave --crs out to use the file's, or add --crs-override if the file is "
                "wrong and --crs is right", str(path)))
        frame = frame.set_crs(given, allow_override=True)
    elif declared is None:
        if source.assumed_crs is None:
            raise DataError(Problem("-", "-", "the file does not say its coordinate system; give one with --crs "
                                    "(for example --crs EPSG:32642)", str(path)))
        frame = frame.set_crs(source.assumed_crs)
    _refuse_not_finite(frame, source.faults, NOT_FINITE)
    if not pyproj.CRS(frame.crs).equals(pyproj.CRS("EPSG:4326")):
        source_crs = frame.crs
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:
            raise DataError(Problem("-", "-", f"cannot reproject from {source_crs}: {exc}", str(path))) from None
        _refuse_not_finite(frame, source.faults, f"coordinates: cannot be brought to lon/lat from {crs_name(source_crs)} "
                           "(they fall outside the area that coordinate system covers; is the CRS right?)")
    source.frame = frame
    return source


def _refuse_not_finite(frame: gpd.GeoDataFrame, faults: dict[int, str], reason: str) -> None:
    """Rows with a coordinate that is not a finite number: a fault each, geometry dropped
    (so that nothing downstream, reprojection or repair, meets it)."""
    geoms = np.asarray(frame.geometry.values, dtype=object)
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    bad = np.unique(index[~np.isfinite(coords).all(axis=1)])
    if not len(bad):
        return
    for i in bad:
        faults.setdefault(int(i), reason)
    geoms = geoms.copy()
    geoms[bad] = None
    frame["geometry"] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)


def column_key(name) -> str:
    """How column names are told apart: ignoring case, surrounding spaces and Unicode's
    composed or decomposed forms (``status``, ``Status`` and `` STATUS`` are one name)."""
    return unicodedata.normalize("NFC", str(name)).strip().casefold()


def refuse_ambiguous_columns(columns, path: Path) -> None:
    """Two columns whose names differ only in case (``status`` and ``Status``): which one holds
    the field is anybody's guess, so the file is refused (in every format)."""
    seen: dict[str, str] = {}
    for name in columns:
        key = column_key(name)
        if key in seen:
            raise DataError(Problem("-", "-", f"columns {seen[key]!r} and {name!r} have the same name (ignoring "
                                    "case): which one holds the field is unclear; rename one", str(path)))
        seen[key] = name


def _parts(path: Path) -> list[Path]:
    """The file and, for a Shapefile, its other parts (``.dbf``, ``.shx``, ``.prj``...), each
    refused if it is not a regular file (GDAL would wait on a FIFO ``.dbf`` for ever)."""
    parts = [path]
    if path.suffix.lower() == ".shp":
        parts += [p for p in path.parent.iterdir() if p.stem == path.stem and p != path]
    for part in parts:
        input_files.regular_file(part)
    return parts


def choose_layer(path: Path, layers: list[str], spatial: list[str], source_layer: str | None) -> str:
    """The file's layer to read: ``source_layer`` if given (it must be one of them), else its one
    layer with geometry; a file with several is refused, naming them, never read in part."""
    if source_layer is not None:
        if source_layer not in layers:
            raise DataError(Problem("-", "-", f"has no layer {source_layer!r} (its layers: {', '.join(layers)})",
                                    str(path)))
        return source_layer
    if not layers:
        raise DataError(Problem("-", "-", "the file has no layers", str(path)))
    candidates = spatial or layers
    if len(candidates) > 1:
        raise DataError(Problem("-", "-", f"the file has {len(candidates)} layers ({', '.join(candidates)}): "
                                "name the one to import with --source-layer NAME (and import the others "
                                "one by one)", str(path)))
    return candidates[0]


def source_layers(path: str | Path) -> list[str]:
    """The layers of a source one of which ``--source-layer`` must name when there are several
    (as :func:`choose_layer` counts them); [] where the file cannot be listed (reading it says why)."""
    path = Path(path)
    if input_files.special_kind(path) or not path.is_file():
        return []
    try:
        if path.suffix.lower() == ".zip":
            return list(_zip_shapefiles(input_files.zip_members(path)))
        if path.suffix.lower() in (".csv", ".txt", ".geojson", ".json"):
            return []
        listed = pyogrio.list_layers(str(path))
    except Exception:  # noqa: BLE001 - a damaged file: the import names its fault
        return []
    return [str(n) for n, g in listed if g is not None] or [str(n) for n, _ in listed]


def _zip_shapefiles(members) -> dict:
    """The Shapefiles of a zip archive: name (its path in the archive without ``.shp``) -> member.
    macOS's resource forks (``__MACOSX/``, ``._name.shp``) are no Shapefiles."""
    return {str(PurePosixPath(m.filename).with_suffix("")): m for m in members
            if m.filename.lower().endswith(".shp") and not _apple_double(m.filename)}


def _apple_double(name: str) -> bool:
    path = PurePosixPath(name)
    return path.parts[0] == "__MACOSX" or path.name.startswith("._")


def read_zip(path: Path, layer: str | None, source_layer: str | None, limit: int) -> Source:
    """A zipped Shapefile: the archive's Shapefiles are its layers (named by their paths in it,
    without ``.shp``); the one read is unpacked, within the size limit, to a temporary folder."""
    members = input_files.zip_members(path)
    shapefiles = _zip_shapefiles(members)
    if not shapefiles:
        raise DataError(Problem("-", "-", "the zip archive holds no .shp file", str(path)))
    name = choose_layer(path, list(shapefiles), list(shapefiles), source_layer)
    parts = [m for m in members if str(PurePosixPath(m.filename).with_suffix("")) == name]
    with tempfile.TemporaryDirectory(prefix="sezmap-unzip-") as folder:
        files = input_files.unzip(path, parts, Path(folder), limit)
        source = read_gdal(path, files[shapefiles[name].filename], layer, None)
    others = [n for n in shapefiles if n != name]
    if others:
        source.notes.append(Problem(layer or "-", "-", f"read the archive's Shapefile {name!r}; its other "
                                    f"Shapefiles ({', '.join(others)}) were not read", str(path)))
    return source


def read_gdal(path: Path, file: Path, layer: str | None, source_layer: str | None) -> Source:
    """A file GDAL reads (``file``; ``path`` is how messages name it: a zip it came out of)."""
    gdal_path = str(file)
    where = layer or "-"
    suffix = file.suffix.lower()
    records = _geojson_records(path, where) if suffix in (".geojson", ".json") else None
    listed = pyogrio.list_layers(gdal_path)
    layers = [str(n) for n, _ in listed]
    name = choose_layer(path, layers, [str(n) for n, g in listed if g is not None], source_layer)
    frame, faults = _read_frame(gdal_path, name)
    if not isinstance(frame, gpd.GeoDataFrame):
        raise DataError(Problem("-", "-", f"layer {name!r} has no geometry", str(path)))
    if frame.geometry.name != "geometry":
        frame = frame.rename_geometry("geometry")
    source = Source(path, frame, list(range(1, len(frame) + 1)), faults=faults)
    others = [n for n in layers if n != name]
    if others:
        source.notes.append(Problem(where, "-", f"read the file's layer {name!r}; its other layers "
                                    f"({', '.join(others)}) were not read", str(path)))
    if records is not None:
        _account_geojson(source, records, where)
    else:
        _account_count(source, _record_count(file, gdal_path, name, layers), where)
    return source


def _read_frame(gdal_path: str, name: str) -> tuple[gpd.GeoDataFrame, dict[int, str]]:
    """The layer as a frame; a geometry GEOS cannot build (a ring of NaN that does not close,
    a malformed record) is a fault of its row, not of the whole file."""
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Non closed ring detected", category=RuntimeWarning)
            return pyogrio.read_dataframe(gdal_path, layer=name), {}
    except shapely.errors.ShapelyError:
        pass
    attributes = pyogrio.read_dataframe(gdal_path, layer=name, read_geometry=False)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Non closed ring detected", category=RuntimeWarning)
        meta, _fids, blobs, _fields = pyogrio.raw.read(gdal_path, layer=name, columns=[])
    geoms = np.empty(len(blobs), dtype=object)
    faults = {}
    for i, blob in enumerate(blobs):
        if blob is None:
            continue
        try:
            geoms[i] = shapely.from_wkb(blob)
        except shapely.errors.ShapelyError as exc:
            faults[i] = NOT_FINITE if wkb_finite(blob) is False else f"geometry: cannot be read ({exc})"
    crs = meta.get("crs")
    return gpd.GeoDataFrame(attributes, geometry=gpd.GeoSeries(geoms, crs=crs), crs=crs), faults


# --- accounting for every record --------------------------------------------------------------

@dataclass
class _GeoJsonRecords:
    features: list  # the records GDAL reads, in order: each entry of "features" that is a Feature
    has_geometry: list[bool]


def _feature_label(i: int, feature, where: str) -> str:
    """``KEG-0012 (row 3)``: the record's id (the layer's id property, else the feature's
    own ``id``) where it has one, and its place in the file."""
    ident = None
    spec = schema.FEATURE_LAYERS.get(where)
    if isinstance(feature, dict):
        props = feature.get("properties")
        if spec is not None and isinstance(props, dict):
            ident = next((v for k, v in props.items() if k.lower().strip() == spec.id_field), None)
        if ident is None:
            ident = feature.get("id")
    text = str(ident) if isinstance(ident, (str, int)) else ""
    return f"{text} (row {i})" if text.strip() and text.isprintable() else f"row {i}"


def _finite_coordinates(coords) -> bool:
    stack = [coords]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, float) and not math.isfinite(item):
            return False
    return True


def _geojson_records(path: Path, where: str) -> _GeoJsonRecords | None:
    """The records of a GeoJSON file, parsed with Python's json (independently of GDAL).
    Entries GDAL would skip (not a ``Feature``), coordinates that are not finite numbers and
    NUL characters in properties are refused here, naming the row. None for JSON that is not
    GeoJSON (TopoJSON, Esri JSON): GDAL's own count is used for those."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataError(Problem("-", "-", "is not UTF-8 text (GeoJSON is UTF-8)", str(path))) from None
    except json.JSONDecodeError as exc:
        raise DataError(Problem("-", "-", f"is not valid JSON: {exc}", str(path))) from None
    if not isinstance(data, dict):
        raise DataError(Problem("-", "-", "is not GeoJSON: the top level is not an object", str(path)))
    kind = data.get("type")
    if kind == "FeatureCollection":
        entries = data.get("features")
        if not isinstance(entries, list):
            raise DataError(Problem("-", "-", 'is not GeoJSON: a FeatureCollection without a "features" list',
                                    str(path)))
    elif kind == "Feature":
        entries = [data]
    elif kind in GEOJSON_GEOMETRIES:
        entries = [{"type": "Feature", "properties": {}, "geometry": data}]
    else:
        return None
    problems = []
    features, has_geometry = [], []
    for i, entry in enumerate(entries, start=1):
        label = _feature_label(i, entry, where)
        if not isinstance(entry, dict) or entry.get("type") != "Feature":
            what = f'"type" is {entry.get("type")!r}' if isinstance(entry, dict) else f"a {type(entry).__name__}"
            problems.append(Problem(where, label, f'not a GeoJSON Feature ({what}, not "Feature"): GDAL would '
                                    "skip this record", str(path)))
            continue
        geometry = entry.get("geometry")
        if isinstance(geometry, dict) and not _finite_coordinates(
                [geometry.get("coordinates"), *[g.get("coordinates") for g in geometry.get("geometries") or []
                                                 if isinstance(g, dict)]]):
            problems.append(Problem(where, label, NOT_FINITE, str(path)))
        props = entry.get("properties")
        for key, value in (props.items() if isinstance(props, dict) else ()):
            if isinstance(value, str) and "\x00" in value:
                problems.append(Problem(where, label, f"{key}: {NUL_TEXT}", str(path)))
        features.append(entry)
        has_geometry.append(geometry is not None)
    if problems:
        raise DataError(problems)
    return _GeoJsonRecords(features, has_geometry)


def _account_geojson(source: Source, records: _GeoJsonRecords, where: str) -> None:
    frame = source.frame
    if len(frame) != len(records.features):
        _account_count(source, (len(records.features), ("feature", "features")), where)
        return
    missing = shapely.is_missing(np.asarray(frame.geometry.values, dtype=object))
    for i in np.flatnonzero(missing & np.array(records.has_geometry, dtype=bool)):
        geometry = records.features[i].get("geometry")
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        source.faults.setdefault(int(i), f"geometry: {kind!r} cannot be read as a GeoJSON geometry")


def _account_count(source: Source, expected: tuple[int, tuple[str, str]] | None, where: str) -> None:
    if expected is None:
        return
    count, (one, many) = expected
    read = len(source.frame)
    if count != read:
        source.problems.append(Problem(
            where, "-", f"the file holds {counted(count, one, many)} but {read} {'was' if read == 1 else 'were'} "
            "read: a record the reader skipped would be lost", str(source.path)))


def _record_count(path: Path, gdal_path: str, name: str, layers: list[str]) -> tuple[int, tuple[str, str]] | None:
    """(records in the source, what they are: one and many), counted without GDAL where the format allows."""
    suffix = path.suffix.lower()
    if suffix == ".shp":
        count = _dbf_records(path)
        return None if count is None else (count, ("record in its .dbf", "records in its .dbf"))
    if suffix == ".kml":
        placemarks = _kml_placemarks(path)
        if len(layers) > 1:
            others = sum(pyogrio.read_info(gdal_path, layer=n, force_feature_count=True)["features"]
                         for n in layers if n != name)
            placemarks -= others  # the other folders' placemarks are not this layer's
        return placemarks, ("placemark", "placemarks")
    if suffix == ".gpkg":
        return _gpkg_rows(path, name), (f"row in its table {name!r}", f"rows in its table {name!r}")
    return pyogrio.read_info(gdal_path, layer=name, force_feature_count=True)["features"], ("feature", "features")


def _dbf_records(path: Path) -> int | None:
    """Records of a Shapefile's .dbf that are not marked deleted (GDAL skips those), read a
    block of records at a time (the file may be large)."""
    dbf = next((p for p in path.parent.iterdir() if p.stem == path.stem and p.suffix.lower() == ".dbf"), None)
    if dbf is None:
        return None
    with open(dbf, "rb") as fh:
        head = fh.read(32)
        if len(head) < 32:
            return None
        count, header, size = struct.unpack_from("<IHH", head, 4)
        if not size:
            return 0
        fh.seek(header)
        live, left = 0, count
        while left > 0:
            block = fh.read(min(left, 65536) * size)
            if not block:
                break
            flags = block[::size]
            live += len(flags) - flags.count(0x2A)  # '*' marks a deleted record
            left -= len(flags)
    return live


def _kml_placemarks(path: Path) -> int:
    """The placemarks of a KML file; one whose ExtendedData names a field twice, ignoring case
    (``status`` and ``Status``), is refused: GDAL would keep one of the two values silently."""
    count, names = 0, []
    for _event, elem in ET.iterparse(path, events=("end",)):
        tag = elem.tag.rsplit("}", 1)[-1]
        if tag in ("Data", "SimpleData") and elem.get("name") is not None:
            names.append(elem.get("name"))
        elif tag == "Placemark":
            count += 1
            refuse_ambiguous_columns(names, path)
            names = []
            elem.clear()
    return count


def _gpkg_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect("file:" + quote(str(path.resolve())) + "?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


# --- CSV ----------------------------------------------------------------------------------------

def _pick(columns, names) -> str | None:
    lower = {c.lower().strip(): c for c in columns}
    for name in names:
        if name in lower:
            return lower[name]
    return None


NON_FINITE_WORD = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)


def delimiter(text: str) -> str:
    """The delimiter of a CSV file: of ``,``, ``;`` and tab, the one its header line holds most
    of (``,`` on a tie). Only the header: values may hold any of them."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts.values())
    return next(sep for sep, n in counts.items() if n == best)


def read_csv(path: Path, layer: str | None = None) -> Source:
    """A CSV file, every record of it (Python's csv module): one frame row per record, its
    line in the file as its row number. A record with more values than the header has
    columns, and a NUL character in a cell, are refused naming the row."""
    where = layer or "-"
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(Problem("-", "-", "is not UTF-8 text", str(path))) from None
    sep = delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header, records, rows, problems = None, [], [], []
    line = 0
    try:
        for cells in reader:
            first, line = line + 1, reader.line_num
            if not cells or all(not c.strip() for c in cells):
                continue  # a blank line is no record
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) > len(header):
                problems.append(Problem(where, f"row {first}", f"{len(cells)} values for {len(header)} columns",
                                        str(path)))
            for name, cell in zip(header, cells, strict=False):  # a short row lacks its last cells
                if "\x00" in cell:
                    problems.append(Problem(where, f"row {first}", f"{name}: {NUL_TEXT}", str(path)))
            records.append(cells[:len(header)] + [""] * (len(header) - len(cells)))
            rows.append(first)
    except csv.Error as exc:
        raise DataError(Problem("-", f"row {line + 1}", f"not readable CSV: {exc}", str(path))) from None
    if header is None:
        raise DataError(Problem("-", "-", "the file is empty (no header)", str(path)))
    refuse_ambiguous_columns(header, path)
    if problems:
        raise DataError(problems)
    table = pd.DataFrame(records, columns=header, dtype=object)
    table = table.where(table != "", None) if len(table) else table
    faults: dict[int, str] = {}
    wkt_col = _pick(table.columns, WKT_COLUMNS)
    lon_col, lat_col = _pick(table.columns, LON_COLUMNS), _pick(table.columns, LAT_COLUMNS)
    if wkt_col is not None:
        texts = table[wkt_col].to_numpy(dtype=object)
        geoms = np.empty(len(texts), dtype=object)
        for i, wkt in enumerate(texts):
            if wkt is None:
                continue
            if NON_FINITE_WORD.search(wkt):
                faults[i] = NOT_FINITE
                continue
            try:
                geoms[i] = shapely.from_wkt(wkt)
            except (shapely.errors.ShapelyError, ValueError, TypeError) as exc:
                faults[i] = f"{wkt_col}: not readable WKT ({exc})"
        table = table.drop(columns=[wkt_col])
        geographic = False
    elif lon_col is not None and lat_col is not None:
        lon = pd.to_numeric(table[lon_col], errors="coerce").to_numpy(dtype=float)
        lat = pd.to_numeric(table[lat_col], errors="coerce").to_numpy(dtype=float)
        for i in np.flatnonzero(~(np.isfinite(lon) & np.isfinite(lat))).tolist():
            words = f"{table[lon_col].iloc[i]} {table[lat_col].iloc[i]}"
            faults[int(i)] = NOT_FINITE if NON_FINITE_WORD.search(words) else f"{lon_col}/{lat_col}: not numbers"
        bad = np.zeros(len(lon), dtype=bool)
        bad[list(faults)] = True
        geoms = shapely.points(np.where(bad, 0.0, lon), np.where(bad, 0.0, lat))
        geoms[bad] = None
        table = table.drop(columns=[lon_col, lat_col])
        geographic = lon_col.lower() != "x" and lat_col.lower() != "y"
    else:
        raise DataError(Problem("-", "-", "CSV needs a WKT column (" + ", ".join(WKT_COLUMNS)
                                + ") or lon/lat columns", str(path)))
    # CSV carries no CRS: columns named lon/lat are taken as WGS84 unless --crs says
    # otherwise; x/y columns and WKT need --crs (``geographic`` above).
    frame = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geoms, crs=None))
    return Source(path, frame, rows, faults=faults, assumed_crs="EPSG:4326" if geographic else None)
