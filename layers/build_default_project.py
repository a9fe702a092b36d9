"""Build the bundled default project, layers/default.gpkg, from the facts in seeds/.

    python layers/build_default_project.py [--out layers/default.gpkg]

Deterministic: the same seeds give the same data every run (fixed random seeds,
fixed timestamps, rounded coordinates).

- zones: the 14 SEZs at their real locations. Boundaries are SCHEMATIC (rounded
  rectangles placed around the published location), scaled so that each zone's
  ellipsoidal area equals its official hectares.
- plots: an ILLUSTRATIVE parcel layout, calibrated to the published figures where
  they exist (Khorgos: 27.6 % of the area allocated to 29 active projects of 76
  registered; Astana New City: 32 % of the industrial park unused; Saryarka: one
  90 ha allocation idle since 2014). Tenants, dates and money are invented.
- corridors: Kazakhstan's main rail lines (seeds/rail_lines.csv, one row each under the id
  ``rail_network``) and the named corridors of seeds/corridor_segments.csv routed over them
  (layers/build_network.py); geodesic stretches between gazetteer places.
- hubs: seeds/hubs.csv.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_network import expand, rail_rows, station_graph  # noqa: E402

from sezmap.model import schema  # noqa: E402
from sezmap.model.validation import validate_project  # noqa: E402
from sezmap.store.gpkg import GpkgStore  # noqa: E402

SEEDS = ROOT / "seeds"
GEOD = pyproj.Geod(ellps="WGS84")
STAMP = "2026-01-01T00:00:00.000Z"
DECIMALS = 7  # ~1 cm


def read_csv(name: str) -> list[dict]:
    with open(SEEDS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def rng_for(key: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(key.encode("utf-8")))


def geodesic_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


# --- local frames: Lambert azimuthal equal-area around each zone, in metres -------------


@dataclass
class Frame:
    lon: float
    lat: float

    def __post_init__(self):
        laea = pyproj.CRS.from_proj4(f"+proj=laea +lat_0={self.lat} +lon_0={self.lon} +ellps=WGS84 +units=m")
        self.to_ll = pyproj.Transformer.from_crs(laea, "EPSG:4326", always_xy=True)

    def lonlat(self, geom):
        out = shapely.transform(geom, lambda xy: np.column_stack(self.to_ll.transform(xy[:, 0], xy[:, 1])))
        return shapely.set_precision(out, 10.0 ** -DECIMALS, mode="pointwise")


# Where each schematic boundary sits relative to the published point (km east, km north),
# its width/height ratio and, for multi-site zones, the share of each site.
LAYOUT = {
    "astana_new_city": dict(offset=(-2.0, -7.0), aspect=1.3, sites=((0.0, 0.0, 0.78), (13.0, -9.0, 0.22))),
    "astana_technopolis": dict(offset=(-13.0, 9.0), aspect=1.2),
    "almaty_g4_city": dict(offset=(0.0, 0.0), aspect=1.5),
    "turkistan_turan": dict(offset=(4.0, -3.0), aspect=1.3),
    "saryarka": dict(offset=(6.0, -4.0), aspect=1.4),
    "pavlodar": dict(offset=(5.0, 4.0), aspect=1.2),
    "qyzyljar": dict(offset=(4.0, -3.0), aspect=1.5),
    "chemical_park_taraz": dict(offset=(-6.0, 3.0), aspect=1.3),
    "nipt": dict(offset=(0.0, 0.0), aspect=1.4),
    "almaty_pit": dict(offset=(9.0, 7.0), aspect=1.2),
    "ontustik": dict(offset=(5.0, -5.0), aspect=1.3),
    "khorgos_eastern_gate": dict(offset=(-1.0, -1.0), aspect=1.5),
    "icbc_khorgos": dict(offset=(0.0, 0.0), aspect=1.6),
    "seaport_aktau": dict(offset=(6.0, 3.0), aspect=1.2),
}


def rounded_rect(w: float, h: float, cx: float = 0.0, cy: float = 0.0):
    r = 0.12 * min(w, h)
    core = shapely.box(cx - w / 2 + r, cy - h / 2 + r, cx + w / 2 - r, cy + h / 2 - r)
    return core.buffer(r, quad_segs=4)


def scaled_to(geom, area_m2: float):
    factor = np.sqrt(area_m2 / geom.area)
    return shapely.affinity.scale(geom, factor, factor, origin=(0, 0))


def zone_shape(zone_id: str, area_ha: float):
    """A schematic zone outline in local metres whose area is ``area_ha`` (sites as parts)."""
    layout = LAYOUT[zone_id]
    aspect = layout["aspect"]
    ox, oy = (v * 1000 for v in layout["offset"])
    parts = []
    for sx, sy, share in layout.get("sites", ((0.0, 0.0, 1.0),)):
        side = np.sqrt(area_ha * 1e4 * share)
        part = rounded_rect(side * np.sqrt(aspect), side / np.sqrt(aspect))
        part = scaled_to(part, area_ha * 1e4 * share)
        parts.append(shapely.affinity.translate(part, ox + sx * 1000, oy + sy * 1000))
    return parts


# --- parcels ------------------------------------------------------------------------------


def grid_parcels(region, cell: float, gap: float, rng) -> list:
    """Parcels on a grid over ``region`` with street gaps; some pairs merged for variety."""
    minx, miny, maxx, maxy = region.bounds
    out = []
    for y in np.arange(miny, maxy, cell):
        x = minx
        while x < maxx:
            span = 2 if rng.random() < 0.25 else 1
            box = shapely.box(x + gap / 2, y + gap / 2, x + span * cell - gap / 2, y + cell - gap / 2)
            x += span * cell
            piece = shapely.intersection(box, region)
            if piece.is_empty:
                continue
            if piece.geom_type != "Polygon":
                piece = max(shapely.get_parts(piece), key=lambda g: g.area)
                if piece.geom_type != "Polygon":
                    continue
            if piece.area >= 0.4 * cell * cell:
                out.append(piece)
    return out


def cut_to_area(geom, area: float):
    """Split ``geom`` by a vertical line so the western part has ``area``: (part, rest)."""
    minx, miny, maxx, maxy = geom.bounds
    lo, hi = minx, maxx
    for _ in range(60):
        mid = (lo + hi) / 2
        if shapely.intersection(geom, shapely.box(minx - 1, miny - 1, mid, maxy + 1)).area < area:
            lo = mid
        else:
            hi = mid
    cut = (lo + hi) / 2
    part = shapely.intersection(geom, shapely.box(minx - 1, miny - 1, cut, maxy + 1))
    rest = shapely.difference(geom, shapely.box(minx - 1, miny - 1, cut, maxy + 1))
    return part, rest


def as_polygon(geom):
    if geom.geom_type == "Polygon":
        return geom
    return max(shapely.get_parts(geom), key=lambda g: g.area)


@dataclass
class Parcel:
    geom: object  # local metres
    status: str = "vacant"
    registered: bool = False
    forced: dict | None = None
    part: str | None = None  # the zone part the plot belongs to (plots.part)


def calibrate(parcels: list[Parcel], chosen: list[int], target_m2: float) -> list[Parcel]:
    """Trim the chosen parcels proportionally so their areas sum to ``target_m2``.

    Each trimmed-off remainder becomes a vacant parcel of its own.
    """
    total = sum(parcels[i].geom.area for i in chosen)
    if total < target_m2:
        raise ValueError(f"chosen parcels hold {total:.0f} m², below the target {target_m2:.0f} m²")
    keep = target_m2 / total
    extra = []
    for i in chosen:
        part, rest = cut_to_area(parcels[i].geom, parcels[i].geom.area * keep)
        parcels[i].geom = as_polygon(part)
        if not rest.is_empty and rest.area > 100:
            extra.append(Parcel(as_polygon(rest), part=parcels[i].part))
    # Compensate the tiny losses of as_polygon so the sum is exact.
    drift = target_m2 - sum(parcels[i].geom.area for i in chosen)
    last = chosen[-1]
    if abs(drift) > 1e-6 * target_m2:
        grown = shapely.buffer(parcels[last].geom, drift / parcels[last].geom.length, join_style="mitre")
        parcels[last].geom = as_polygon(grown)
    return parcels + extra


PARK = "Industrial Park No. 1"  # Astana New City's industrial park (Kazinform, 2015)

STATUS_MIX = {
    "operational": 0.24,
    "under_construction": 0.12,
    "allocated": 0.12,
    "reserved": 0.10,
    "vacant": 0.32,
    "withdrawn": 0.05,
    "infrastructure": 0.05,
}


def parcel_zone(zone_id: str, parts: list, area_ha: float, rng) -> list[Parcel]:
    """The illustrative layout of one zone, with the published calibrations."""
    n_target = int(np.clip(area_ha / 12, 40, 260))
    if zone_id == "khorgos_eastern_gate":
        n_target = 125  # 76 registered projects, plus vacant land and infrastructure
    cell = np.sqrt(area_ha * 1e4 / n_target)
    gap = min(40.0, cell * 0.06)
    parcels: list[Parcel] = []

    if zone_id == "saryarka":
        # One firm has held 90 ha since 2014 without building (published: 90 ha for over 10 years).
        big, rest = cut_to_area(parts[0], 90e4)
        parcels.append(Parcel(as_polygon(big), "allocated", True, forced=SARYARKA_IDLE))
        rest = shapely.difference(rest, shapely.box(*big.bounds).buffer(gap))
        parts = [rest]

    for part in parts:
        parcels += [Parcel(g) for g in grid_parcels(part, cell, gap, rng)]

    free = [i for i, p in enumerate(parcels) if p.forced is None]
    order = list(rng.permutation(free))

    if zone_id == "khorgos_eastern_gate":
        zone_area = sum(p.area for p in parts)
        # Active projects got the larger plots: the 29 largest, trimmed to the published share.
        order = sorted(order, key=lambda i: -parcels[i].geom.area)
        active = sorted(order[:29])
        parcels = calibrate(parcels, active, 0.276 * zone_area)  # 27.6 % allocated to active projects
        active_states = ["operational"] * 12 + ["under_construction"] * 9 + ["allocated"] * 8
        for i, status in zip(active, active_states):
            parcels[i].status, parcels[i].registered = status, True
        for k, i in enumerate(order[29:76]):  # 47 registered projects that are not active
            parcels[i].status, parcels[i].registered = ("reserved" if k < 30 else "withdrawn"), True
        for i in order[76:82]:
            parcels[i].status = "infrastructure"
        return parcels

    if zone_id == "astana_new_city":
        # The second site is the industrial park: 32 % of its land unused (the Supreme Audit
        # Chamber's 2021 audit, seeds/zone_figures.csv). Its plots are marked with the part
        # (plots.part), so the report gives the park's figures apart; a part's land is the land of
        # its plots (sezmap.analysis.parts), so 32 % of the park's plots' area is left unused.
        # The park's site, size and plots are ILLUSTRATIVE: no published outline or area was found
        # (PARK names it as Kazinform does, see seeds/SOURCES.md).
        park = parts[1]
        in_park = [i for i in order if parcels[i].geom.intersects(park)]
        for i in in_park:
            parcels[i].part = PARK
        infra = in_park[:3]
        for i in infra:
            parcels[i].status = "infrastructure"
        infra_area = sum(parcels[i].geom.area for i in infra)
        used_target = 0.68 * sum(parcels[i].geom.area for i in in_park) - infra_area
        active, acc = [], 0.0
        for i in in_park[3:]:
            if acc >= used_target * 1.15:
                break
            active.append(i)
            acc += parcels[i].geom.area
        parcels = calibrate(parcels, active, used_target)
        states = ["operational", "under_construction", "allocated"]
        for k, i in enumerate(active):
            parcels[i].status, parcels[i].registered = states[k % 3], True
        for k, i in enumerate(i for i in in_park if i not in active and i not in infra):
            parcels[i].status = ("reserved", "vacant", "withdrawn")[k % 3]
            parcels[i].registered = parcels[i].status != "vacant"
        order = [i for i in order if i not in in_park]

    names = list(STATUS_MIX)
    draws = rng.choice(len(names), size=len(order), p=list(STATUS_MIX.values()))
    for i, d in zip(order, draws):
        parcels[i].status = names[d]
        parcels[i].registered = names[d] not in ("vacant", "infrastructure")
    return parcels


# --- attributes ---------------------------------------------------------------------------

SARYARKA_IDLE = dict(
    tenant="Sary Metallurgy Holding LLP", project_name="Ferroalloy plant (not started)",
    allocated_on="2014-05-12", contract_deadline="2017-12-31",
    investment_committed_kzt=48.0e9, investment_actual_kzt=0.6e9, jobs_planned=650,
)

NAME_HEADS = ["Altyn", "Dala", "Qazaq", "Silk Way", "Steppe", "Caspian", "Zhetysu", "Nomad", "Turan",
              "Baikal", "Aqtau", "Sary", "Orda", "Tengri", "Kokshe", "Ural", "Ile", "Sayram"]
SECTORS = {
    "trade": ["Logistics", "Trade House", "Warehousing", "Freight", "Container Terminal", "Cold Chain"],
    "industry": ["Polymer", "Metals", "Pharma", "Machinery", "Agro Processing", "Glass", "Cable", "Chemicals"],
    "city": ["Construction", "Solar", "Electronics", "Auto Components", "Furniture", "Food", "Textile"],
}
PROJECT_KINDS = {
    "Logistics": "logistics centre", "Trade House": "wholesale centre", "Warehousing": "bonded warehouse",
    "Freight": "freight terminal", "Container Terminal": "container yard", "Cold Chain": "cold store",
    "Polymer": "polymer plant", "Metals": "metal works", "Pharma": "pharmaceutical plant",
    "Machinery": "machine-building plant", "Agro Processing": "food-processing plant",
    "Glass": "glass factory", "Cable": "cable factory", "Chemicals": "chemical plant",
    "Construction": "building-materials plant", "Solar": "solar-module plant",
    "Electronics": "electronics assembly", "Auto Components": "auto-components plant",
    "Furniture": "furniture factory", "Food": "food factory", "Textile": "textile mill",
}


def attributes(parcel: Parcel, zone: dict, area_ha: float, rng) -> dict:
    row = dict(tenant=None, project_name=None, allocated_on=None, contract_deadline=None,
               investment_committed_kzt=None, investment_actual_kzt=None, jobs_planned=None)
    if parcel.forced:
        row.update(parcel.forced)
        return row
    if parcel.status == "infrastructure":
        row["project_name"] = ["Access road", "Substation", "Water treatment", "Customs post",
                               "Rail siding", "Utility corridor"][int(rng.integers(6))]
        row["tenant"] = "SEZ management company"
        return row
    if not parcel.registered:
        return row
    sector = SECTORS[zone["category"]][int(rng.integers(len(SECTORS[zone["category"]])))]
    head = NAME_HEADS[int(rng.integers(len(NAME_HEADS)))]
    row["tenant"] = f"{head} {sector} LLP"
    row["project_name"] = PROJECT_KINDS[sector].capitalize()
    start = max(int(zone["established"]), 2008)
    year = int(rng.integers(start, 2026))
    allocated = f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
    deadline = f"{min(year + int(rng.integers(2, 6)), 2030)}{allocated[4:]}"
    committed = round(area_ha * float(rng.uniform(40e6, 400e6)), -6)
    share = {
        "operational": rng.uniform(0.85, 1.4),
        "under_construction": rng.uniform(0.15, 0.8),
        "allocated": rng.uniform(0.0, 0.35),
        "reserved": 0.0,
        "withdrawn": rng.uniform(0.0, 0.2),
    }[parcel.status]
    row.update(
        allocated_on=None if parcel.status == "reserved" else allocated,
        contract_deadline=deadline,
        investment_committed_kzt=committed,
        investment_actual_kzt=round(committed * float(share), -6),
        jobs_planned=int(area_ha * float(rng.uniform(2, 12))) + 5,
    )
    return row


# --- layers -------------------------------------------------------------------------------


def build_zones_and_plots() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    zones, plots = [], []
    translated = {r["zone_id"]: r for r in read_csv("zone_texts.csv")}
    named = {r["zone_id"]: r for r in read_csv("zone_names.csv")}
    for zone in read_csv("zones.csv"):
        texts, names = translated[zone["zone_id"]], named[zone["zone_id"]]
        zone_id = zone["zone_id"]
        area_ha = float(zone["official_area_ha"])
        frame = Frame(float(zone["lon"]), float(zone["lat"]))
        parts = zone_shape(zone_id, area_ha)
        local = shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]
        geom = geom_zone = frame.lonlat(shapely.segmentize(local, 250.0))
        zones.append(dict(
            zone_id=zone_id, name_en=zone["name_en"], name_ru=names["name_ru"], name_kk=names["name_kk"],
            category=zone["category"], established=int(zone["established"]),
            expires=int(zone["expires"]) if zone["expires"] else None, official_area_ha=area_ha,
            focus=zone["focus"], region=zone["region"],
            **{key: texts[key] for key in ("focus_ru", "focus_kk", "region_ru", "region_kk")},
            source=f"Facts: {zone['source']}. Boundary: schematic outline at the published location, "
                   f"sized to the official area (not a surveyed boundary).",
            geometry=geom,
        ))
        rng = rng_for(zone_id)
        parcels = parcel_zone(zone_id, parts, area_ha, rng)
        words = zone_id.split("_")
        prefix = ("".join(w[0] for w in words) if len(words) > 1 else zone_id[:3]).upper()
        region_code = 1 + zlib.crc32(zone["region"].encode()) % 20
        for n, parcel in enumerate(parcels, start=1):
            # Clipped to the zone again in lon/lat, so no plot sticks out by rounding.
            geom = as_polygon(shapely.intersection(frame.lonlat(parcel.geom), geom_zone))
            plots.append(dict(
                plot_id=f"{prefix}-{n:04d}", zone_id=zone_id,
                cadastral_no=f"{region_code:02d}-{int(rng.integers(100, 999)):03d}-{n // 100:03d}-{n % 1000:03d}",
                status=parcel.status, part=parcel.part,
                **attributes(parcel, zone, parcel.geom.area / 1e4, rng),
                version=1, updated_at=STAMP, updated_by="seed",
                geometry=geom,
            ))
    return to_frame(schema.ZONES, zones), to_frame(schema.PLOTS, plots)


def to_frame(spec: schema.LayerSpec, rows: list[dict]) -> gpd.GeoDataFrame:
    data = {f.name: [r.get(f.name) for r in rows] for f in spec.fields}
    return gpd.GeoDataFrame(data, geometry=[r["geometry"] for r in rows], crs=schema.CRS)


def places() -> dict[str, dict]:
    return {r["id"]: r for r in read_csv("places.csv")}


def geodesic_line(points: list[tuple[float, float]], step_km: float = 10.0):
    coords = [points[0]]
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        dist = GEOD.inv(x1, y1, x2, y2)[2] / 1000
        n = int(dist // step_km)
        coords += GEOD.npts(x1, y1, x2, y2, n) if n > 0 else []
        coords.append((x2, y2))
    return shapely.set_precision(shapely.LineString(coords), 10.0 ** -DECIMALS, mode="pointwise")


def build_corridors() -> gpd.GeoDataFrame:
    """The named corridors first (a zone as near a corridor as to the line under it reports the
    corridor), then the rail lines."""
    where = places()
    names = {r["corridor_id"]: r for r in read_csv("corridors.csv")}
    lines = read_csv("rail_lines.csv")
    graph = station_graph(lines, where)
    rows = []
    for seg in read_csv("corridor_segments.csv"):
        stops = expand(seg["waypoints"].split(";"), graph)
        pts = [(float(where[p]["lon"]), float(where[p]["lat"])) for p in stops]
        meta = names[seg["corridor_id"]]
        rows.append(dict(corridor_id=seg["corridor_id"], name_en=meta["name_en"], name_ru=meta["name_ru"],
                         name_kk=meta["name_kk"], mode=seg["mode"], geometry=geodesic_line(pts)))
    rows += rail_rows(lines, where, geodesic_line)
    return to_frame(schema.CORRIDORS, rows)


def build_hubs() -> gpd.GeoDataFrame:
    rows = [dict(hub_id=h["hub_id"], name_en=h["name_en"], name_ru=h["name_ru"], name_kk=h["name_kk"], kind=h["kind"],
                 country=h["country"], neighbour=h["neighbour"] or None, mode=h["mode"] or None,
                 geometry=shapely.Point(float(h["lon"]), float(h["lat"])))
            for h in read_csv("hubs.csv")]
    return to_frame(schema.HUBS, rows)


def build(out: Path) -> None:
    zones, plots = build_zones_and_plots()
    layers = {"zones": zones, "plots": plots, "corridors": build_corridors(), "hubs": build_hubs()}
    problems = validate_project(layers)
    if problems:
        raise SystemExit("\n".join(map(str, problems[:20])))
    for zone_id, geom, official in zip(zones.zone_id, zones.geometry, zones.official_area_ha):
        mapped = geodesic_ha(geom)
        if abs(mapped / official - 1) > 0.01:
            raise SystemExit(f"{zone_id}: mapped {mapped:.1f} ha vs official {official:.1f} ha")
    meta = {
        # title, title_ru/_kk, contact, contact_ru/_kk (seeds/project_meta.csv: their sources)
        **{r["key"]: r["value"] for r in read_csv("project_meta.csv")},
        "description": "14 special economic zones with schematic boundaries sized to their official "
                       "areas; plots are an illustrative layout calibrated to published figures. "
                       "Sources: seeds/SOURCES.md.",
        "plots_note": "illustrative: tenants, dates and investment figures are invented",
        # fixed, so that two builds give the same bytes (a new project otherwise gets a random one)
        "project_uuid": "5e2a0d8c-6f1b-4c33-9a57-0b1d3c2e4f60",
    }
    GpkgStore.create(out, layers, meta, overwrite=True, now=STAMP)
    print(f"{out}: {len(zones)} zones, {len(plots)} plots, {len(layers['corridors'])} corridor segments, "
          f"{len(layers['hubs'])} hubs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "layers" / "default.gpkg")
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
