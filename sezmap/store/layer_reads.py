"""A large layer read as two scans at once (GpkgStore.read_layer and load): GDAL reads the
attributes while the geometries' WKB is decoded on another thread. For opening a project the
plots' two scans are begun first (``BegunRead``): their map is drawn from the geometries'
coordinate stream while the attributes are still read and the geometries not built."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio

from sezmap.formats import wkb
from sezmap.store import file_guard
from sezmap.store import geopackage_sql as sql

SPLIT_READ_MIN = 100_000  # features: larger layers are read as two scans at once (read_layer)


def read_in_two(path: Path, name: str, meanwhile=None, where: str | None = None, bbox=None, built=None):
    """A large layer read as two scans at once, attributes and geometries: GDAL reads one
    while the other's WKB is decoded (formats.wkb, which keeps the coordinate stream), and
    ``meanwhile`` looks at the attributes. The rows are matched on fid and version (every
    edit bumps the version), so a layer written in between gives None: the caller reads
    it in one scan. ``where`` and ``bbox`` read some features (both scans filter alike).
    ``built(frame, coordinate stream)`` is called on the geometries' thread as soon as both
    scans are in and matched, whether or not ``meanwhile`` has ended (nothing checked yet).
    Returns (frame, coordinate stream, what ``meanwhile`` gave)."""
    if not split_read(path, name):
        return None, None, None
    attributes: Future = Future()
    with ThreadPoolExecutor(max_workers=1) as pool:
        geo = pool.submit(_geometries, path, name, where, bbox, attributes, built)
        try:
            attrs = _attributes(path, name, where, bbox)
        except BaseException as exc:
            attributes.set_exception(exc)
            raise
        attributes.set_result(attrs)
        found = meanwhile(attrs) if meanwhile is not None else None
        frame, known = geo.result()
    return (frame, known, found) if frame is not None else (None, None, None)


def _geometries(path: Path, name: str, where, bbox, attributes: Future, built):
    """(the frame of both scans matched, the coordinate stream), or (None, None) when they
    do not match; ``built`` told of the frame here, on the geometries' thread."""
    scan = scan_geometries(path, name, where, bbox)
    geoms, known = scan.decoded.geometries()
    frame = _matched(attributes.result(), scan, geoms)
    if frame is not None and built is not None:
        built(frame, known)
    return (frame, known) if frame is not None else (None, None)


def split_read(path: Path, name: str) -> bool:
    """Whether the layer is large enough to be read in two scans (and can be: it has versions)."""
    with file_guard.using(path, file_guard.GDAL):
        info = pyogrio.read_info(path, layer=name)
    return info["features"] >= SPLIT_READ_MIN and "version" in list(info["fields"])


def _attributes(path: Path, name: str, where: str | None = None, bbox=None):
    """The attributes (by fid) as ``pyogrio.read_dataframe`` gives them, their date-times read
    as text and made times here (``_times``)."""
    with file_guard.using(path, file_guard.GDAL):  # each GDAL call held on its own thread
        attrs = pyogrio.read_dataframe(path, layer=name, read_geometry=False, use_arrow=True,
                                       fid_as_index=True, where=where, bbox=bbox, datetime_as_string=True)
        info = pyogrio.read_info(path, layer=name)
    for field, dtype in zip(info["fields"], info["dtypes"], strict=True):
        if field in attrs.columns and str(dtype).startswith("datetime") and dtype != "datetime64[D]":
            attrs[field] = _times(attrs[field])
    return attrs


def _times(text: pd.Series) -> pd.Series:
    """Date-times read as text, as ``pyogrio.read_dataframe`` makes them (ISO 8601, to the
    millisecond, UTC where they have offsets): by Arrow's cast where every one is UTC ("Z",
    as sezmap writes them: ~0.02 s at a million rows, where pandas' parse with its cache of
    unique values took ~0.4-0.8 s), else by pandas; text left as it is if it does not parse."""
    strings = pa.array(text.array) if len(text) else pa.array([], pa.string())
    try:
        present = strings.drop_null()
        if len(present) and pc.all(pc.ends_with(present, "Z")).as_py():
            times = pc.cast(strings, pa.timestamp("ms", "UTC")).to_numpy(zero_copy_only=False)
            return pd.Series(times, index=text.index, name=text.name).dt.tz_localize("UTC")
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass  # (pandas parses what Arrow does not)
    try:
        try:
            parsed = pd.to_datetime(text, format="ISO8601", cache=False)
        except ValueError as exc:
            if "Mixed timezones" not in str(exc):
                raise
            parsed = pd.to_datetime(text, format="ISO8601", cache=False, utc=True)
    except (ValueError, TypeError, OverflowError):
        return text
    return parsed.dt.as_unit("ms") if parsed.dtype.kind == "M" else parsed


def _matched(attrs, scan: GeometryScan, geoms):
    """The frame of the two scans, or None where their rows are not the same (fid and version)."""
    if not (np.array_equal(attrs.index.to_numpy(), scan.fids) and np.array_equal(attrs["version"].to_numpy(), scan.versions)):
        return None
    return gpd.GeoDataFrame(attrs.reset_index(drop=True), geometry=geoms, crs=scan.crs)


@dataclass
class GeometryScan:
    """A layer's geometries as read (their fids, versions and the ``columns`` asked for, as
    Arrow) and decoded into their coordinate stream, not built yet (``formats.wkb.Decoded``)."""

    fids: np.ndarray
    versions: np.ndarray
    columns: dict[str, pa.ChunkedArray]
    decoded: wkb.Decoded
    crs: str | None


def scan_geometries(path: Path, name: str, where: str | None = None, bbox=None, columns=()) -> GeometryScan:
    with file_guard.using(path, file_guard.GDAL):
        meta, table = pyogrio.read_arrow(path, layer=name, columns=["version", *columns], return_fids=True,
                                         where=where, bbox=bbox)
    decoded = wkb.decode_stream(table.column(meta["geometry_name"]))
    fids = table.column(meta["fid_column"]).to_numpy()
    versions = table.column("version").to_numpy(zero_copy_only=False)
    return GeometryScan(fids, versions, {c: table.column(c) for c in columns}, decoded, meta["crs"])


def _looked_at(path: Path, name: str, meanwhile=None):
    """(the attributes, what ``meanwhile`` finds in them)."""
    attrs = _attributes(path, name)
    return attrs, (meanwhile(attrs) if meanwhile is not None else None)


class BegunRead:
    """A large layer's two scans begun at once, for opening a project: the attributes (and
    ``meanwhile``'s look at them) on a worker, the geometries on the calling thread as far as
    their coordinate stream (``scan``, with the ``columns`` asked for): the map can be drawn
    from it before GEOS builds the geometries and the attributes are in. ``finish()`` builds
    them and gives what ``read_in_two`` gives (``used``: the two scans matched); ``abandon()``
    lets the worker end on its own."""

    def __init__(self, path: Path, name: str, meanwhile=None, columns=()):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sezmap-attributes")
        self._attributes = self._pool.submit(_looked_at, path, name, meanwhile)
        self.used = False
        try:
            self.scan = scan_geometries(path, name, columns=columns)
        except BaseException:
            self.abandon()
            raise

    def finish(self):
        try:
            geoms, known = self.scan.decoded.geometries()
            attrs, found = self._attributes.result()
        finally:
            self.abandon()
        frame = _matched(attrs, self.scan, geoms)
        self.used = frame is not None
        return (frame, known, found) if frame is not None else (None, None, None)

    def abandon(self) -> None:
        self._pool.shutdown(wait=False)


def unique_columns(path: Path, tables) -> dict[str, set[str]]:
    """table -> its columns that SQLite keeps unique (a UNIQUE constraint or unique index on that
    column alone, compared byte for byte): their values need no duplicate check after a read.
    A file written by sezmap has one on each unique id (``plots.plot_id``, ...); a copy by
    another tool may not."""
    out: dict[str, set[str]] = {}
    conn = sql.connect(path, readonly=True)
    try:
        for table in tables:
            found: set[str] = set()
            for _, index, unique, *_ in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
                if not unique:
                    continue
                keys = [r for r in conn.execute(f'PRAGMA index_xinfo("{index}")').fetchall() if r[5]]  # key columns
                partial = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '% WHERE %'",
                                       (index,)).fetchone()
                if len(keys) == 1 and keys[0][2] and str(keys[0][4]).upper() == "BINARY" and not partial:
                    found.add(keys[0][2])
            out[table] = found
    finally:
        conn.close()
    return out
