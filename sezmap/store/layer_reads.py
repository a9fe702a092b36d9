"""A large layer read as two scans at once (GpkgStore.read_layer and load): GDAL reads the
attributes while the geometries' WKB is decoded on another thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio

from sezmap.formats import wkb
from sezmap.store import file_guard
from sezmap.store import geopackage_sql as sql

SPLIT_READ_MIN = 100_000  # features: larger layers are read as two scans at once (read_layer)


def read_in_two(path: Path, name: str, meanwhile=None, where: str | None = None, bbox=None):
    """A large layer read as two scans at once, attributes and geometries: GDAL reads one
    while the other's WKB is decoded (formats.wkb, which keeps the coordinate stream), and
    ``meanwhile`` looks at the attributes. The rows are matched on fid and version (every
    edit bumps the version), so a layer written in between gives None: the caller reads
    it in one scan. ``where`` and ``bbox`` read some features (both scans filter alike).
    Returns (frame, coordinate stream, what ``meanwhile`` gave)."""
    with file_guard.using(path, file_guard.GDAL):
        info = pyogrio.read_info(path, layer=name)
    if info["features"] < SPLIT_READ_MIN or "version" not in list(info["fields"]):
        return None, None, None
    with ThreadPoolExecutor(max_workers=1) as pool:
        geo = pool.submit(_geometries, path, name, where, bbox)
        with file_guard.using(path, file_guard.GDAL):  # each GDAL call held on its own thread
            attrs = pyogrio.read_dataframe(path, layer=name, read_geometry=False, use_arrow=True,
                                           fid_as_index=True, where=where, bbox=bbox)
        found = meanwhile(attrs) if meanwhile is not None else None
        fids, versions, geoms, known, crs = geo.result()
    if not (np.array_equal(attrs.index.to_numpy(), fids) and np.array_equal(attrs["version"].to_numpy(), versions)):
        return None, None, None
    return gpd.GeoDataFrame(attrs.reset_index(drop=True), geometry=geoms, crs=crs), known, found


def _geometries(path: Path, name: str, where: str | None = None, bbox=None):
    with file_guard.using(path, file_guard.GDAL):
        meta, table = pyogrio.read_arrow(path, layer=name, columns=["version"], return_fids=True, where=where,
                                         bbox=bbox)
    geoms, known = wkb.decode_polygons(table.column(meta["geometry_name"]))
    fids = table.column(meta["fid_column"]).to_numpy()
    versions = table.column("version").to_numpy(zero_copy_only=False)
    return fids, versions, geoms, known, meta["crs"]


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
