"""Areas and distances on the WGS84 ellipsoid (SCHEMA.md section 2).

Two ways to an area:

* :func:`geodesic_area_m2` — ``pyproj.Geod.geometry_area_perimeter``: exact, one
  polygon at a time. Used for the zone polygons (few).
* :func:`cea_xy` — the ellipsoidal Lambert *cylindrical equal-area* projection.
  It is equal-area everywhere, so a polygon's planar area in it is its
  ellipsoidal area, up to the difference between its edges drawn straight in
  the projection and the geodesic edges ``Geod`` assumes. That difference grows
  with the cube of an edge's length: below 1e-6 of the area for plots (edges
  under ~1 km), 0.2 % for a triangle with a 25 km side at 50°N. So an edge
  longer than ``CEA_MAX_EDGE_M`` is measured along its geodesic
  (:func:`cea_area_m2`; ``fastgeom.cea_areas_m2`` sends rings with such edges
  there): the 25 km side then errs by ~1e-6 of the area (tests/
  test_analysis_long_edges.py checks it against ``Geod``). Overlays (a plot
  clipped to its zone, unions) are made on the straight edges, as shapely makes
  them in lon/lat, and only measured so: a plot touching a zone's long edge from
  outside does not overlap it. It needs only ``sin`` and ``log`` per vertex, so a million
  plots cost a few array operations. Every CEA with the same ellipsoid is an
  affine rescaling of (longitude, authalic q), so areas do not depend on the
  standard parallel; the zone's latitude is used so shapes stay close to true
  near the zone (for clipping).

Distances use ``Geod.inv`` on pairs of points; candidates are found in a local
azimuthal equidistant projection (:func:`local_aeqd`).
"""

from __future__ import annotations

import itertools
import math
import threading

import numpy as np
import pyproj
import shapely

GEOD = pyproj.Geod(ellps="WGS84")
A = GEOD.a  # semi-major axis, m
E2 = GEOD.es  # first eccentricity squared
E = math.sqrt(E2)
M2_PER_HA = 10_000.0


# --- exact (pyproj.Geod) -----------------------------------------------------------------------

def geodesic_area_m2(geom) -> float:
    """Ellipsoidal area of a (Multi)Polygon in lon/lat, holes subtracted, any ring orientation."""
    if geom is None or geom.is_empty:
        return 0.0
    total = 0.0
    for poly in getattr(geom, "geoms", [geom]):
        if poly.geom_type != "Polygon":
            continue
        rings = [poly.exterior, *poly.interiors]
        areas = [abs(GEOD.polygon_area_perimeter(*np.asarray(r.coords)[:, :2].T)[0]) for r in rings]
        total += areas[0] - sum(areas[1:])
    return total


def geodesic_areas_m2(geoms, stream=None) -> np.ndarray:
    """``geodesic_area_m2`` of each of many geometries, equal to it bit for bit: a polygon of
    one ring is measured straight from ``stream`` (their coordinate stream,
    ``sezmap.model.coords.Rings``; read from GEOS when not given), without a shapely object
    per ring (~3x faster); any other goes through ``geodesic_area_m2``."""
    from sezmap.model import coords

    geoms = np.asarray(geoms, dtype=object)
    stream = stream if stream is not None else coords.rings(geoms)
    xy, offsets = stream.xy, stream.offsets
    simple = stream.simple & np.isin(shapely.get_type_id(geoms), (3, 6))  # (Multi)Polygon: a closed line is none
    area = GEOD.polygon_area_perimeter
    out = np.empty(len(geoms))
    for i in range(len(geoms)):
        if simple[i]:
            a, b = offsets[i], offsets[i + 1]
            out[i] = abs(area(xy[a:b, 0], xy[a:b, 1])[0])
        else:
            out[i] = geodesic_area_m2(geoms[i])
    return out


def geodesic_distance_m(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Geodesic distance between points (arrays broadcast)."""
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2)))
    _, _, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    return np.asarray(dist, dtype=float)


def densify_geodesic(coords: np.ndarray, max_segment_m: float) -> np.ndarray:
    """A lon/lat polyline with points added along each geodesic edge, none longer than the limit."""
    coords = np.asarray(coords, dtype=float)[:, :2]
    if len(coords) < 2:
        return coords
    out = [coords[:1]]
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(coords):
        dist = GEOD.inv(lon1, lat1, lon2, lat2)[2]
        n = int(dist // max_segment_m)
        if n > 0:
            mid = GEOD.npts(lon1, lat1, lon2, lat2, n)
            out.append(np.asarray(mid, dtype=float).reshape(-1, 2))
        out.append(np.array([[lon2, lat2]]))
    return np.concatenate(out)


# --- equal-area (cylindrical, ellipsoidal) -------------------------------------------------------

def authalic_q(lat_deg: np.ndarray) -> np.ndarray:
    """Snyder's q(phi) for the ellipsoid (Map Projections: A Working Manual, eq. 3-12)."""
    s = np.sin(np.radians(lat_deg))
    es = E * s
    return (1.0 - E2) * (s / (1.0 - E2 * s * s) - (0.5 / E) * np.log((1.0 - es) / (1.0 + es)))


def cea_scale(lat0: float) -> float:
    s = math.sin(math.radians(lat0))
    return math.cos(math.radians(lat0)) / math.sqrt(1.0 - E2 * s * s)


def cea_xy(lon, lat, lon0: float, lat0: float) -> tuple[np.ndarray, np.ndarray]:
    """Lambert cylindrical equal-area (standard parallel lat0, central meridian lon0), metres.

    Same as PROJ's ``+proj=cea +lat_ts=lat0 +lon_0=lon0 +ellps=WGS84``.
    """
    k0 = cea_scale(lat0)
    lon = np.asarray(lon, dtype=float)
    x = A * k0 * np.radians(((lon - lon0 + 180.0) % 360.0) - 180.0)
    y = A * authalic_q(np.asarray(lat, dtype=float)) / (2.0 * k0)
    return x, y


CEA_MAX_EDGE_M = 1_000.0  # longer edges are measured along their geodesic (cea_area_m2)
DEGREE_M = 111_700.0  # a degree of latitude is at most this long (m): degrees bound lengths from above


def cea_geometries(geoms, lon0: float, lat0: float) -> np.ndarray:
    """Geometries (lon/lat) projected to the CEA of :func:`cea_xy` (a new array): each vertex,
    the edges straight between them. Overlays (clipping, unions) are made on these; areas
    are measured with :func:`cea_area_m2`."""
    def fn(xy):
        x, y = cea_xy(xy[:, 0], xy[:, 1], lon0, lat0)
        return np.column_stack([x, y])
    return shapely.transform(np.asarray(geoms, dtype=object), fn)


def cea_area_m2(cea_geoms, lon0: float, lat0: float) -> np.ndarray:
    """Ellipsoidal area (m²) of polygons given in the CEA of :func:`cea_xy` (lon0, lat0), each
    edge read as Geod reads it: the geodesic between its ends. Their planar area, except where
    an edge may be longer than ``CEA_MAX_EDGE_M``: there the polygon's vertices go back to
    lon/lat, such edges are cut along their geodesics and the result is measured (the module's
    text). So the overlays stay those of straight edges between the vertices, as in lon/lat,
    and their areas are Geod's."""
    geoms = np.asarray(cea_geoms, dtype=object).reshape(-1)
    out = np.asarray(shapely.area(geoms), dtype=float).reshape(-1)
    for i in np.flatnonzero(_long_in_cea(geoms, lon0, lat0)):
        out[i] = float(shapely.area(_geodesic_image(geoms[i], lon0, lat0)))
    return out


def _long_in_cea(geoms: np.ndarray, lon0: float, lat0: float) -> np.ndarray:
    """Which CEA geometries have an edge that may be longer than ``CEA_MAX_EDGE_M`` on the ground."""
    out = np.zeros(len(geoms), dtype=bool)
    xy, index = shapely.get_coordinates(geoms, return_index=True)
    if len(xy) < 2:
        return out
    d2 = np.sum(np.diff(xy, axis=0) ** 2, axis=1)
    same = index[:-1] == index[1:]
    # the CEA stretches a length by at most max(k, 1/k), k = cos(lat) / cos(lat0) (about, on the
    # ellipsoid: 1 % added), over the latitudes these geometries span
    _, lat = cea_to_lonlat(np.zeros(2), np.array([xy[:, 1].min(), xy[:, 1].max()]), lon0, lat0)
    c0 = math.cos(math.radians(lat0))
    cs = [math.cos(math.radians(v)) for v in (*lat, 0.0 if lat[0] <= 0.0 <= lat[1] else lat[0])]
    stretch = 1.01 * max(max(c / c0, c0 / c) if c > 1e-9 else math.inf for c in cs)
    long = same & (d2 * stretch * stretch > CEA_MAX_EDGE_M ** 2)
    out[index[:-1][long]] = True
    return out


def edges_longer_than(x: np.ndarray, y: np.ndarray, max_m: float) -> np.ndarray:
    """For each pair of consecutive lon/lat points, whether the edge may be longer than ``max_m``
    (never False for one that is: a cheap upper bound, not the geodesic; ``DEGREE_M``)."""
    dy = np.diff(y)
    dx = np.abs(np.diff(x))
    dx = np.minimum(dx, 360.0 - dx) * _shrink(np.minimum(np.abs(y[:-1]), np.abs(y[1:])))
    return dx * dx + dy * dy > (max_m / DEGREE_M) ** 2


def _shrink(lat_deg: np.ndarray) -> np.ndarray:
    """A degree of longitude on the ground relative to one of latitude, never underestimated."""
    return np.minimum(1.0, np.cos(np.radians(np.clip(np.abs(lat_deg) - 1.0, 0.0, 90.0))) * 1.01)


def _geodesic_image(geom, lon0: float, lat0: float):
    """A CEA polygon (or multipolygon) with its long edges cut along their geodesics."""
    polys = shapely.get_parts(geom) if shapely.get_type_id(geom) in (6, 7) else [geom]
    out = []
    for poly in polys:
        if shapely.get_type_id(poly) != 3 or poly.is_empty:
            continue
        rings = []
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            lon, lat = cea_to_lonlat(xy[:, 0], xy[:, 1], lon0, lat0)
            dense = densify_geodesic(np.column_stack([lon, lat]), CEA_MAX_EDGE_M)
            rings.append(np.column_stack(cea_xy(dense[:, 0], dense[:, 1], lon0, lat0)))
        out.append(shapely.Polygon(rings[0], rings[1:]))
    return shapely.MultiPolygon(out) if len(out) != 1 else out[0]


def cea_to_lonlat(x, y, lon0: float, lat0: float) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of :func:`cea_xy` (via PROJ)."""
    return _cea_inverse(round(lon0, 9), round(lat0, 9)).transform(x, y)


_local = threading.local()  # PROJ transformers must not be shared between threads: one cache per thread


def _cached(kind: str, key, make):
    caches = getattr(_local, "caches", None)
    if caches is None:
        caches = _local.caches = {}
    cache = caches.setdefault(kind, {})
    value = cache.get(key)
    if value is None:
        if len(cache) >= 256:
            cache.clear()
        value = cache[key] = make()
    return value


def _cea_inverse(lon0: float, lat0: float) -> _Inverse:
    return _cached("cea", (lon0, lat0), lambda: _Inverse(
        _pipeline(f"+proj=cea +lat_ts={lat0} +lon_0={lon0} +ellps=WGS84")))


def _pipeline(step: str) -> pyproj.Transformer:
    """A lon/lat (degrees) -> projected (m) transformer from a PROJ string, without a CRS lookup
    (creating a Transformer from CRSs searches PROJ's database: ~30 ms each)."""
    return pyproj.Transformer.from_pipeline(
        f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {step}")


class _Inverse:
    def __init__(self, forward: pyproj.Transformer):
        self.forward = forward

    def transform(self, x, y):
        return self.forward.transform(x, y, direction="INVERSE")


def cea_centroid_lonlat(geom, lon0: float, lat0: float) -> tuple[float, float]:
    """The area centroid of a lon/lat polygon, computed in the equal-area projection."""
    c = shapely.centroid(cea_geometries([geom], lon0, lat0)[0])
    lon, lat = cea_to_lonlat(c.x, c.y, lon0, lat0)
    return float(lon), float(lat)


# --- local azimuthal equidistant (distance candidates) --------------------------------------------

def local_aeqd(lon0: float, lat0: float):
    """(forward, inverse) transformers of an azimuthal equidistant projection centred on a point
    (cached per thread)."""
    def make():
        fwd = _pipeline(f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84")
        return fwd, _Inverse(fwd)
    return _cached("aeqd", (lon0, lat0), make)


def transform_geometries(geoms, transformer: pyproj.Transformer) -> np.ndarray:
    def fn(xy):
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(np.asarray(geoms, dtype=object), fn)


def ecef(lon, lat) -> np.ndarray:
    """Earth-centred cartesian coordinates (m) on the ellipsoid surface, shape (n, 3)."""
    lon = np.radians(np.asarray(lon, dtype=float))
    lat = np.radians(np.asarray(lat, dtype=float))
    s = np.sin(lat)
    n = A / np.sqrt(1.0 - E2 * s * s)
    return np.column_stack([n * np.cos(lat) * np.cos(lon), n * np.cos(lat) * np.sin(lon), n * (1.0 - E2) * s])
