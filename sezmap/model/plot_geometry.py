"""Geometry rules and operations for editing plots (geometries in EPSG:4326, lon/lat).

- :func:`geometry_rule_problems`: what is wrong with a plot's new geometry (coordinates,
  validity, type, inside its zone, no overlap with other plots), each saying which rule and
  where (lon/lat with 6 decimals).
- :func:`split_plot`: a plot cut in pieces by a line drawn across it.
- :func:`merge_plots`: plots that share edges joined into one polygon.
- :func:`next_plot_ids`: ids for new plots, following the zone's pattern.

Lengths and areas in the rules are in metres: the plot and what it is compared with are
projected to an azimuthal equidistant projection centred on the plot (over a few km its
scale error is below 1e-6). Areas reported by the operations are ellipsoidal (pyproj.Geod).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyproj
import shapely
import shapely.ops
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from sezmap.model.problems import Reason

GEOD = pyproj.Geod(ellps="WGS84")

ZONE_TOLERANCE_M = 0.5  # a plot may stick out of its zone by this much (rounding, digitising)
OVERLAP_TOLERANCE_M2 = 0.01  # overlaps below this area are rounding, not overlaps
OUTSIDE_AREA_EPS_M2 = 1e-6  # what is left of a plot outside its buffered zone below this is noise

SNAP_DEG = 1e-9  # about 0.1 mm: coordinates closer than this are the same point (floating noise)
MIN_SHARED_EDGE_DEG = 1e-6  # about 10 cm: plots sharing less boundary than this only touch
SLIVER_DEG = 1e-8  # about 1 mm: parts and holes thinner than this are floating noise


def where(lon: float, lat: float) -> str:
    """How a location is written in messages."""
    return f"at lon {lon:.6f}, lat {lat:.6f}"


# -- local metric projection -----------------------------------------------------------------

class LocalMetres:
    """Lon/lat <-> metres in an azimuthal equidistant projection (WGS84) centred on ``(lon, lat)``.

    A PROJ pipeline, not a CRS-to-CRS transformer: it takes microseconds to set up, not
    milliseconds, which matters when every edit is checked.
    """

    def __init__(self, lon: float, lat: float):
        self.transformer = pyproj.Transformer.from_pipeline(
            "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            f"+step +proj=aeqd +lat_0={float(lat)!r} +lon_0={float(lon)!r} +ellps=WGS84")

    @classmethod
    def around(cls, geom: BaseGeometry) -> LocalMetres:
        minx, miny, maxx, maxy = geom.bounds
        return cls((minx + maxx) / 2, (miny + maxy) / 2)

    def to_m(self, geoms):
        return shapely.transform(geoms, lambda xy: np.column_stack(self.transformer.transform(xy[:, 0], xy[:, 1])))

    def xy_to_lonlat(self, xy: np.ndarray) -> np.ndarray:
        xy = np.atleast_2d(np.asarray(xy, dtype=float))
        return np.column_stack(self.transformer.transform(xy[:, 0], xy[:, 1], direction="INVERSE"))


class Gnomonic:
    """Lon/lat <-> an ellipsoidal gnomonic projection centred on ``(lon, lat)``, where geodesics
    are straight lines (to nanometres over a few km). Cutting a plot there puts every new
    vertex on the geodesic edge it cuts, so the pieces' ellipsoidal areas add up to the plot's."""

    def __init__(self, lon: float, lat: float):
        self.transformer = pyproj.Transformer.from_pipeline(
            "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            f"+step +proj=gnom +lat_0={float(lat)!r} +lon_0={float(lon)!r} +ellps=WGS84")

    def forward(self, xy: np.ndarray) -> np.ndarray:
        return np.column_stack(self.transformer.transform(xy[:, 0], xy[:, 1]))

    def inverse(self, xy: np.ndarray) -> np.ndarray:
        return np.column_stack(self.transformer.transform(xy[:, 0], xy[:, 1], direction="INVERSE"))


# -- rules -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GeometryFinding:
    """One broken rule: ``rule`` (``geometry``, ``type``, ``coordinates``, ``validity``, ``zone``,
    ``overlap``), the English ``message``, where (lon/lat, None when there is no such point),
    the other plot (overlap) and how much (metres outside, or m² of overlap)."""

    rule: str
    message: str
    lon: float | None = None
    lat: float | None = None
    other_plot_id: str | None = None
    amount: float | None = None


_VALID_REASON = re.compile(r"^(.*?)\s*\[(\S+)\s+(\S+)\]\s*$")


def geometry_rule_findings(geom, zone_geom, neighbours: Iterable[tuple[str, BaseGeometry]],
                           tolerance_m: float = ZONE_TOLERANCE_M,
                           overlap_tolerance_m2: float = OVERLAP_TOLERANCE_M2) -> list[GeometryFinding]:
    """The rules a plot geometry breaks, as :class:`GeometryFinding` (see
    :func:`geometry_rule_problems`)."""
    if not isinstance(geom, BaseGeometry) or geom.is_empty:
        return [GeometryFinding("geometry", "geometry: missing or empty")]
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        x, y = shapely.get_coordinates(geom)[0]
        return [GeometryFinding("type", f"type: a {geom.geom_type}, not a Polygon or MultiPolygon, {where(x, y)}",
                                float(x), float(y))]
    xy = shapely.get_coordinates(geom)
    finite = np.isfinite(xy).all(axis=1)
    if not finite.all():
        i = int(np.flatnonzero(~finite)[0])
        return [GeometryFinding("coordinates", f"coordinates: vertex {i + 1} is not a finite number "
                                               f"(lon {xy[i, 0]!r}, lat {xy[i, 1]!r})")]
    out = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if out.any():
        i = int(np.flatnonzero(out)[0])
        x, y = xy[i]
        return [GeometryFinding("coordinates", f"coordinates: outside the lon/lat range (lon -180..180, "
                                               f"lat -90..90) {where(x, y)}; is the CRS right?", float(x), float(y))]
    if not shapely.is_valid(geom):
        reason = shapely.is_valid_reason(geom)
        m = _VALID_REASON.match(reason)
        if m:
            try:
                x, y = float(m.group(2)), float(m.group(3))
                return [GeometryFinding("validity", f"validity: {m.group(1)} {where(x, y)}", x, y)]
            except ValueError:
                pass
        return [GeometryFinding("validity", f"validity: {reason}")]
    local = LocalMetres.around(geom)
    plot_m = local.to_m(geom)
    findings = []
    if zone_geom is not None:
        # edges are straight in lon/lat (as stored): densified before projecting, so a zone's
        # long edge along a parallel is not taken for a chord that plots sit up to ~1 m beyond
        near = _near(zone_geom, geom)
        findings += _zone_findings(local.to_m(shapely.segmentize(geom, DENSIFY_DEG)),
                                   shapely.segmentize(near, DENSIFY_DEG), local, tolerance_m)
    findings += _overlap_findings(geom, plot_m, neighbours, local, overlap_tolerance_m2)
    return findings


def geometry_rule_problems(geom, zone_geom, neighbours: Iterable[tuple[str, BaseGeometry]],
                           tolerance_m: float = ZONE_TOLERANCE_M,
                           overlap_tolerance_m2: float = OVERLAP_TOLERANCE_M2) -> list[str]:
    """What is wrong with a plot geometry (lon/lat); [] when nothing is.

    ``zone_geom``: its zone's polygon (None: not checked); ``neighbours``: ``(plot_id, geometry)``
    of OTHER plots near it. Each message starts with the rule and says where:

    - ``geometry: missing or empty``
    - ``type: a LineString, not a Polygon or MultiPolygon, at lon 70.000000, lat 45.000000``
    - ``coordinates: vertex 3 is not a finite number (lon nan, lat 45.0)``
    - ``coordinates: outside the lon/lat range (lon -180..180, lat -90..90) at lon ..., lat ...; is the CRS right?``
    - ``validity: Self-intersection at lon 70.005000, lat 45.005000`` (GEOS's reason and location)
    - ``zone: 123.45 m outside its zone (tolerance 0.5 m) at lon ..., lat ...`` (the farthest point out)
    - ``overlap: overlaps plot 'KEG-0012' by 250.00 m² at lon ..., lat ...`` (a point inside the overlap)

    The first four stop the checks (the rest cannot be judged); zone and overlap are both given.
    Touching edges are not an overlap.
    """
    return [f.message for f in geometry_rule_findings(geom, zone_geom, neighbours, tolerance_m, overlap_tolerance_m2)]


DENSIFY_DEG = 1e-4  # ~10 m: the sag of a lon/lat edge this long in the local projection is < 1 µm


def _near(zone_geom, geom, margin_deg: float = 0.01):
    """The zone clipped to the plot's neighbourhood (a zone may have thousands of vertices)."""
    if not isinstance(zone_geom, BaseGeometry) or zone_geom.is_empty:
        return zone_geom
    minx, miny, maxx, maxy = geom.bounds
    near = shapely.clip_by_rect(zone_geom, minx - margin_deg, miny - margin_deg, maxx + margin_deg, maxy + margin_deg)
    return zone_geom if near.is_empty else near


def _zone_findings(plot_m, zone_geom, local: LocalMetres, tolerance_m: float) -> list[GeometryFinding]:
    if not isinstance(zone_geom, BaseGeometry) or zone_geom.is_empty:
        return [GeometryFinding("zone", "zone: its zone has no geometry")]
    zone_m = local.to_m(zone_geom if zone_geom.is_valid else shapely.make_valid(zone_geom))
    outside = shapely.difference(plot_m, shapely.buffer(zone_m, max(float(tolerance_m), 0.0)))
    if shapely.area(outside) <= OUTSIDE_AREA_EPS_M2:
        return []
    # the farthest point out: among the vertices of what lies outside (densified) and a point
    # inside each of its parts
    region = shapely.difference(plot_m, zone_m)
    minx, miny, maxx, maxy = region.bounds
    step = max(max(maxx - minx, maxy - miny) / 64, 0.01)
    parts = shapely.get_parts(region)
    cand = np.vstack([shapely.get_coordinates(shapely.segmentize(region, step)),
                      shapely.get_coordinates(shapely.point_on_surface(parts))])
    shapely.prepare(zone_m)
    dist = shapely.distance(shapely.points(cand), zone_m)
    k = int(np.argmax(dist))
    lon, lat = local.xy_to_lonlat(cand[k])[0]
    d = float(dist[k])
    return [GeometryFinding("zone", Reason(f"zone: {d:.2f} m outside its zone (tolerance {tolerance_m:g} m) "
                                           f"{where(lon, lat)}", "outside_zone", metres=d,
                                           tolerance=float(tolerance_m), lon=float(lon), lat=float(lat)),
                            float(lon), float(lat), amount=d)]


def _overlap_findings(geom, plot_m, neighbours, local: LocalMetres, tolerance_m2: float) -> list[GeometryFinding]:
    pairs = [(pid, g) for pid, g in neighbours if isinstance(g, BaseGeometry) and not g.is_empty]
    if not pairs:
        return []
    ids = [pid for pid, _g in pairs]
    others = np.array([g for _pid, g in pairs], dtype=object)
    bad = ~shapely.is_valid(others)
    if bad.any():
        others[bad] = shapely.make_valid(others[bad])
    hit = np.flatnonzero(shapely.intersects(geom, others))  # (the caller's geometry is not prepared:
    # it may be shared with other threads)
    if not len(hit):
        return []
    common = shapely.intersection(plot_m, local.to_m(others[hit]))
    area = shapely.area(common)
    findings = []
    for k in np.flatnonzero(area > tolerance_m2):
        polys = [p for p in shapely.get_parts(common[k]) if p.geom_type in ("Polygon", "MultiPolygon")]
        largest = max(polys, key=lambda p: p.area)
        lon, lat = local.xy_to_lonlat(shapely.get_coordinates(largest.point_on_surface()))[0]
        pid = ids[hit[k]]
        findings.append(GeometryFinding(
            "overlap", Reason(f"overlap: overlaps plot {pid!r} by {area[k]:.2f} m² {where(lon, lat)}", "overlap",
                              plot=str(pid), square_metres=float(area[k]), lon=float(lon), lat=float(lat)),
            float(lon), float(lat), other_plot_id=pid, amount=float(area[k])))
    return findings


# -- operations --------------------------------------------------------------------------------

def geodesic_area_m2(geom: BaseGeometry) -> float:
    """Ellipsoidal area (WGS84) of a lon/lat polygon, in m² (holes subtracted whatever the
    rings' orientation: pyproj adds rings that turn the same way)."""
    return abs(GEOD.geometry_area_perimeter(shapely.orient_polygons(geom))[0])


def _polygonal(geom, what: str) -> BaseGeometry:
    if not isinstance(geom, BaseGeometry) or geom.is_empty:
        raise ValueError(f"{what} has no geometry")
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"{what} is a {geom.geom_type}, not a Polygon or MultiPolygon")
    if not geom.is_valid:
        raise ValueError(f"{what} is not a valid polygon ({shapely.is_valid_reason(geom)})")
    return geom


def _as_line(line) -> LineString:
    if not isinstance(line, BaseGeometry):
        try:
            line = LineString(np.asarray(line, dtype=float).reshape(-1, 2))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the cutting line is not a list of (x, y) points ({exc})") from None
    if line.geom_type != "LineString" or line.is_empty:
        raise ValueError(f"the cutting line must be a LineString, not a {line.geom_type}")
    xy = shapely.get_coordinates(line)
    if not np.isfinite(xy).all():
        raise ValueError("the cutting line has a coordinate that is not a finite number")
    keep = np.r_[True, (np.diff(xy, axis=0) != 0).any(axis=1)]
    if keep.sum() < 2:
        raise ValueError("the cutting line needs two distinct points")
    return LineString(xy[keep])


def _extended(xy: np.ndarray, by: float) -> np.ndarray:
    """The line with both end segments lengthened by ``by`` (so that an end put on the plot's
    boundary, give or take floating noise, goes through it)."""
    xy = xy.copy()
    for end, prev in ((0, 1), (-1, -2)):
        d = xy[end] - xy[prev]
        xy[end] = xy[end] + d / np.hypot(*d) * by
    return xy


def _back_to_lonlat(pieces: np.ndarray, projected: np.ndarray, lonlat: np.ndarray, gn: Gnomonic) -> np.ndarray:
    """Pieces cut in the gnomonic projection, back in lon/lat: the plot's own vertices exactly as
    they were, the new ones (where the line cuts an edge) through the inverse projection."""
    n = len(projected)

    def restore(xy):
        both = np.vstack([projected, xy])
        _u, inv = np.unique(both, axis=0, return_inverse=True)
        inv = inv.ravel()
        source = np.full(inv.max() + 1, -1)
        source[inv[:n][::-1]] = np.arange(n)[::-1]  # an original vertex of each distinct point
        src = source[inv[n:]]
        out = np.empty_like(xy)
        known = src >= 0
        out[known] = lonlat[src[known]]
        if (~known).any():
            out[~known] = gn.inverse(xy[~known])
        return out

    return shapely.transform(pieces, restore)


def split_plot(geom, line, min_area_m2: float = OVERLAP_TOLERANCE_M2) -> list[Polygon]:
    """A plot (lon/lat Polygon or MultiPolygon) cut by a line drawn across it.

    Both ends of the line must lie outside the plot or on its boundary, else ValueError
    ("the cutting line must cross the plot from edge to edge: its start at lon ..., lat ... is
    inside the plot"). Returns the pieces, two or more Polygons, the largest (ellipsoidal area,
    to 0.01 m²) first, then by centroid (lon, then lat). The line's segments and the plot's
    edges are taken as geodesics (the cut is made in a gnomonic projection), so the pieces'
    ellipsoidal areas add up to the plot's; the plot's vertices are kept bit for bit. The parts
    of a MultiPolygon that the line does not cut are pieces of their own. A line that cuts
    nothing, or cuts off a piece under ``min_area_m2``, is refused (ValueError).
    """
    geom = _polygonal(geom, "the plot")
    line = _as_line(line)
    xy = shapely.get_coordinates(line)
    boundary = geom.boundary
    for name, pt in (("start", xy[0]), ("end", xy[-1])):
        p = Point(pt)
        if geom.contains(p) and shapely.distance(p, boundary) > SNAP_DEG:
            raise ValueError(f"the cutting line must cross the plot from edge to edge: its {name} "
                             f"{where(*pt)} is inside the plot")
    minx, miny, maxx, maxy = geom.bounds
    gn = Gnomonic((minx + maxx) / 2, (miny + maxy) / 2)
    lonlat = shapely.get_coordinates(geom)
    projected = gn.forward(lonlat)
    geom_p = shapely.transform(geom, lambda _xy: projected)  # same order as get_coordinates
    line_p = LineString(_extended(gn.forward(xy), 1e-3))  # ends 1 mm further: through the boundary
    cut = shapely.get_parts(shapely.ops.split(geom_p, line_p))
    cut = cut[(shapely.get_type_id(cut) == 3) & ~shapely.is_empty(cut)]
    if len(cut) <= shapely.get_num_geometries(geom):
        raise ValueError("the cutting line does not cut the plot: draw it across the plot from edge to edge")
    pieces = list(_back_to_lonlat(cut, projected, lonlat, gn))
    areas = np.array([geodesic_area_m2(p) for p in pieces])
    small = np.flatnonzero(areas < min_area_m2)
    if len(small):
        c = pieces[small[0]].representative_point()
        raise ValueError(f"the cutting line cuts off a piece of only {areas[small[0]]:.4f} m² {where(c.x, c.y)}")
    centroids = shapely.get_coordinates(shapely.centroid(np.array(pieces, dtype=object)))
    order = sorted(range(len(pieces)), key=lambda i: (-round(float(areas[i]), 2), centroids[i, 0], centroids[i, 1]))
    return [pieces[i] for i in order]


def _thin(geom) -> bool:
    """A polygon (or ring as one) thinner than SLIVER_DEG: twice its area over its perimeter."""
    length = shapely.length(geom)
    return length == 0 or 2 * shapely.area(geom) / length < SLIVER_DEG


def _drop_slivers(geom: BaseGeometry) -> BaseGeometry:
    """Parts and holes that are floating noise taken out (a single part left: a Polygon)."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not _thin(p)]
    cleaned = [Polygon(p.exterior, [r for r in p.interiors if not _thin(Polygon(r))]) for p in parts]
    if len(cleaned) == 1:
        return cleaned[0]
    return MultiPolygon(cleaned)


def _label(ids, i: int) -> str:
    return repr(str(ids[i])) if ids is not None else f"#{i + 1}"


def merge_plots(geoms: Sequence[BaseGeometry], ids: Sequence[str] | None = None) -> Polygon:
    """The union of two or more plots (lon/lat) as one Polygon.

    Every part of every plot must be joined to the rest through shared edges (touching at a
    point only is refused, as is a gap): ValueError naming the plots (``ids`` if given, else
    ``#1``, ``#2``... in input order) and where, e.g. "plots 'A' and 'B' touch only at a point at
    lon ..., lat ...: merged plots must share an edge". Differences of floating noise (edges a
    fraction of a millimetre apart, sliver holes) are closed.
    """
    geoms = list(geoms)
    if len(geoms) < 2:
        raise ValueError("merging needs two or more plots")
    if ids is not None and len(ids) != len(geoms):
        raise ValueError("merge_plots: as many ids as geometries, please")
    for i, g in enumerate(geoms):
        _polygonal(g, f"plot {_label(ids, i)}")
    parts, owner = shapely.get_parts(np.array(geoms, dtype=object), return_index=True)
    _require_edge_connected(parts, owner, ids)
    union = shapely.union_all(parts)
    merged = _drop_slivers(union)
    noisy = not merged.equals_exact(union, 0.0)
    if merged.geom_type != "Polygon":  # edges apart by floating noise: snap them together
        noisy = True
        snapped = [shapely.snap(p, shapely.union_all(np.delete(parts, i)), SNAP_DEG) for i, p in enumerate(parts)]
        merged = _drop_slivers(shapely.union_all(snapped))
    if merged.geom_type != "Polygon":  # still apart by noise: close the gaps (mitred: corners kept)
        closed = shapely.buffer(shapely.buffer(shapely.union_all(parts), SNAP_DEG, join_style="mitre"),
                                -SNAP_DEG, join_style="mitre")
        merged = _drop_slivers(closed)
    if merged.geom_type != "Polygon" or not merged.is_valid:
        raise ValueError("the plots do not merge into one valid polygon")
    if noisy:  # vertices a hair apart where the edges did not quite meet: one of each pair
        cleaned = shapely.remove_repeated_points(merged, SNAP_DEG)
        if cleaned.geom_type == "Polygon" and cleaned.is_valid:
            merged = cleaned
    return merged


def _require_edge_connected(parts: np.ndarray, owner: np.ndarray, ids) -> None:
    n = len(parts)
    ii, jj = np.triu_indices(n, 1)
    a, b = parts[ii], parts[jj]
    near = shapely.dwithin(a, b, SNAP_DEG)
    joined = np.zeros(len(ii), dtype=bool)
    k = np.flatnonzero(near)
    if len(k):
        shared = shapely.length(shapely.intersection(shapely.boundary(a[k]), shapely.buffer(b[k], SNAP_DEG)))
        overlap = shapely.area(shapely.intersection(a[k], b[k]))
        joined[k] = (shared > MIN_SHARED_EDGE_DEG) | (overlap > MIN_SHARED_EDGE_DEG * SLIVER_DEG)
    group = np.arange(n)  # union-find over the joined pairs

    def root(x):
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    for i, j in zip(ii[joined], jj[joined], strict=True):
        group[root(i)] = root(j)
    roots = np.array([root(x) for x in range(n)])
    if (roots == roots[0]).all():
        return
    # the closest two parts of which one is joined to the first part and the other is not
    inside = roots == roots[0]
    cross = np.flatnonzero(inside[ii] != inside[jj])
    d = shapely.distance(a[cross], b[cross])
    k = cross[int(np.argmin(d))]
    pi, pj = int(owner[ii[k]]), int(owner[jj[k]])
    gap = shapely.shortest_line(parts[ii[k]], parts[jj[k]])
    (x0, y0), (x1, y1) = shapely.get_coordinates(gap)
    if d.min() <= SNAP_DEG:
        who = (f"plot {_label(ids, pi)} has parts that" if pi == pj
               else f"plots {_label(ids, pi)} and {_label(ids, pj)}")
        raise ValueError(f"{who} touch only at a point {where(x0, y0)}: merged plots must share an edge")
    metres = GEOD.line_length([x0, x1], [y0, y1])
    who = (f"plot {_label(ids, pi)} has parts" if pi == pj
           else f"plots {_label(ids, pi)} and {_label(ids, pj)} are")
    raise ValueError(f"{who} {metres:.2f} m apart (gap {where(x0, y0)}): merged plots must share an edge")


# -- ids ---------------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(.*?)(\d+)$", re.S)


def zone_id_prefix(zone_id: str) -> str:
    """The plot id prefix made from a zone id: the initials of its words, upper-case
    (``khorgos_eastern_gate`` -> ``KEG``), or the first three letters of a one-word id
    (``nipt`` -> ``NIP``); as the default project's plots are named."""
    words = [w for w in re.split(r"[\W_]+", str(zone_id)) if w]
    if not words:
        return "P"
    return ("".join(w[0] for w in words) if len(words) > 1 else words[0][:3]).upper()


def next_plot_ids(zone_ids_existing: Iterable[str], count: int, zone_id: str,
                  taken: Iterable[str] = ()) -> list[str]:
    """``count`` new plot ids for a zone, following its plots' pattern.

    ``zone_ids_existing``: the ids of the zone's plots; ``taken``: any other ids in use (the
    whole layer: plot ids are unique across zones), never returned either. The pattern is the
    most common prefix before a number at the end (``KEG-0012`` -> ``KEG-`` and 4 digits,
    ``ANC-IP-0099`` -> ``ANC-IP-``); new ids continue after the largest number with the same
    zero-padding. A zone without numbered plots gets ``<zone_id_prefix>-0001`` on.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    existing = [str(p) for p in zone_ids_existing if p is not None]
    used = {p.casefold() for p in existing} | {str(p).casefold() for p in taken if p is not None}
    numbered = [m.groups() for m in map(_NUMBERED.match, existing) if m]
    if numbered:
        counts = Counter(prefix for prefix, _digits in numbered)
        highest: dict[str, int] = {}
        padded: dict[str, int] = {}  # the widest zero-padded number of each prefix
        for prefix, digits in numbered:
            highest[prefix] = max(highest.get(prefix, 0), int(digits))
            if len(digits) > 1 and digits.startswith("0"):
                padded[prefix] = max(padded.get(prefix, 1), len(digits))
        # the most common prefix; among equally common ones, the one numbered highest
        prefix = max(counts, key=lambda p: (counts[p], highest[p], p))
        width, n = padded.get(prefix, 1), highest[prefix]
    else:
        prefix, width, n = zone_id_prefix(zone_id) + "-", 4, 0
    out: list[str] = []
    while len(out) < count:
        n += 1
        candidate = f"{prefix}{n:0{width}d}"
        if candidate.casefold() not in used:
            out.append(candidate)
            used.add(candidate.casefold())
    return out
