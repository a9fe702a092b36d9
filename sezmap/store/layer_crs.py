"""A layer's coordinate system as the file declares it, and the way between it and lon/lat.

sezmap writes its layers in EPSG:4326 (SCHEMA.md), and its rules (lon/lat range, inside the
zone, no overlap) are worked out in lon/lat. A file made by another program may keep a layer
in another CRS (plots in UTM metres, say): its geometries are brought to lon/lat where they are
read and checked, and new geometries are written back in the layer's own CRS, with its srs_id
in the GeoPackage geometry header, so that the layer never holds degrees among its metres.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

import numpy as np
import pyproj
import shapely

from sezmap.model.schema import SRS_ID
from sezmap.store import geopackage_sql as sql

LONLAT = pyproj.CRS("EPSG:4326")


@dataclass(frozen=True)
class LayerCrs:
    """The srs_id a layer's geometries carry and, if it is not lon/lat, its CRS."""

    srs_id: int = SRS_ID
    crs: pyproj.CRS | None = None  # None: lon/lat (EPSG:4326, or undefined as GDAL reads it)

    @property
    def is_lonlat(self) -> bool:
        return self.crs is None

    def to_lonlat(self, geoms):
        """Geometries (one or an array) from the layer's CRS to lon/lat."""
        return geoms if self.crs is None else _transform(geoms, _transformer(self.crs, LONLAT))

    def to_layer(self, geoms):
        """Geometries (one or an array) from lon/lat to the layer's CRS."""
        return geoms if self.crs is None else _transform(geoms, _transformer(LONLAT, self.crs))

    def encode(self, geoms) -> list[bytes | None]:
        """Lon/lat geometries as the layer's GeoPackage blobs (its CRS, its srs_id)."""
        return sql.encode_geometries(self.to_layer(np.asarray(geoms, dtype=object)), self.srs_id)

    def decode(self, blob):
        """A GeoPackage blob of the layer as a lon/lat geometry."""
        geom = sql.decode_geometry(blob)
        return geom if geom is None else self.to_lonlat(geom)


@functools.lru_cache(maxsize=16)
def _transformer(src: pyproj.CRS, dst: pyproj.CRS) -> pyproj.Transformer:
    return pyproj.Transformer.from_crs(src, dst, always_xy=True)


def _transform(geoms, transformer: pyproj.Transformer):
    def move(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, move)


def layer_crs(conn: sqlite3.Connection, table: str) -> LayerCrs:
    """The CRS of ``table``'s geometry column (gpkg_geometry_columns, gpkg_spatial_ref_sys)."""
    row = conn.execute(
        "SELECT g.srs_id, s.organization, s.organization_coordsys_id, s.definition "
        "FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
        "WHERE g.table_name = ?", (table,)).fetchone()
    if row is None:
        return LayerCrs()
    srs_id, org, code, definition = row
    if srs_id in (0, -1, SRS_ID):  # undefined geographic / Cartesian: taken as lon/lat, as the reader does
        return LayerCrs(srs_id)
    crs = _crs(org, code, definition)
    if crs is None or crs.equals(LONLAT, ignore_axis_order=True):
        return LayerCrs(srs_id)
    return LayerCrs(srs_id, crs)


def srs_crs(conn: sqlite3.Connection, srs_id: int) -> LayerCrs:
    """The CRS of an srs_id of the file (as a geometry blob's header names it)."""
    if srs_id in (0, -1, SRS_ID):
        return LayerCrs(srs_id)
    row = conn.execute("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys "
                       "WHERE srs_id = ?", (srs_id,)).fetchone()
    crs = _crs(*row) if row else None
    if crs is None or crs.equals(LONLAT, ignore_axis_order=True):
        return LayerCrs(srs_id)
    return LayerCrs(srs_id, crs)


@functools.lru_cache(maxsize=16)
def _crs(org, code, definition) -> pyproj.CRS | None:
    for text in ((f"{org}:{code}" if org and code is not None else None), definition):
        if text and text != "undefined":
            try:
                return pyproj.CRS.from_user_input(text)
            except pyproj.exceptions.CRSError:
                continue
    return None


def geometry_in_lonlat(wkt: str, layer: pyproj.CRS | None, crs_text: str | None):
    """A geometry typed by a user (``plot set --geometry``) as lon/lat: its coordinates are in the
    layer's own CRS ``layer`` (None: lon/lat, as a PostGIS project keeps every layer), or in
    ``crs_text`` if given (then reprojected). Returns (geometry, or the text as it is if it is not
    WKT, for the edit's own check to name; the CRS it was read in, or None for lon/lat)."""
    from sezmap.model.problems import DataError

    given: pyproj.CRS | None
    if crs_text is not None:
        try:
            given = pyproj.CRS.from_user_input(crs_text)
        except pyproj.exceptions.CRSError as exc:
            raise DataError(f"--crs {crs_text!r} is not a coordinate system: {exc}") from None
    else:
        given = layer
    if given is None or given.equals(LONLAT, ignore_axis_order=True):
        return wkt, None
    try:
        geom = shapely.from_wkt(wkt)
    except (shapely.errors.ShapelyError, ValueError, TypeError):
        return wkt, given
    if geom is None:
        return wkt, given
    moved = _transform(geom, _transformer(given, LONLAT)) if given != LONLAT else geom
    return moved, given
