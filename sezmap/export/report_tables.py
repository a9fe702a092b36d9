"""``sezmap report`` as tables for people: Markdown and CSV in English, Russian or Kazakh.

Every table names zones, corridors and hubs by their names in the report's language (ids only
in the JSON and in the CSV's id column). The network distances are printed with zones as rows:
first the nearest hub of each kind along the network, then every hub, a few hubs per table so
that a table fits a page. Headings and words come from the app's one translation catalogue
(context "export", read by ``Texts``; statuses and hub kinds in the app's own context
"sezmap"), numbers are grouped as the language writes them.

The CSV without ``language`` keeps the JSON's keys as headings (for programs). With a language
its headings are words in that language and each row starts with the zone's id and name.
``excel`` makes a file Excel opens as it is: a UTF-8 byte order mark (else Excel reads
Cyrillic as Windows-1251), CRLF line ends, and in Russian and Kazakh the separator ``;`` with
decimal commas (what Excel expects where the decimal mark is a comma). Cells a spreadsheet
would take for a formula start with ``'`` (sezmap.formats.untrusted.spreadsheet_cell) unless
``raw``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from sezmap.export.kpis import feature_names
from sezmap.export.texts import Texts, arg
from sezmap.formats.untrusted import markdown_cell, spreadsheet_cell
from sezmap.model import schema
from sezmap.model.statuses import STATUS_LABELS_EN, STATUSES
from sezmap.render.layout_content import meta_text
from sezmap.render.names import HUB_KIND_LABELS, feature_name
from sezmap.render.numbers import DASH

CONTEXT = "export"
HUBS_PER_TABLE = 4  # network distances: zones as rows, this many hubs as columns per table
QUALITY_ROWS = 20
BOM = "\ufeff"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` for translation in ``context``; translated where it is used."""
    return source


W = {  # every word of the tables (source text, context "export")
    "title": QT_TRANSLATE_NOOP("export", "Land use and logistics: %1"),
    "intro": QT_TRANSLATE_NOOP("export", "As of %1. Areas in hectares on the WGS84 ellipsoid; distances in km (geodesic). Zones sorted by unused land, largest share first. Unused = vacant, reserved, withdrawn or not parcelled."),
    "zone": QT_TRANSLATE_NOOP("export", "Zone"),
    "zone_id": QT_TRANSLATE_NOOP("export", "Zone id"),
    "part": QT_TRANSLATE_NOOP("export", "Part"),
    "area_ha": QT_TRANSLATE_NOOP("export", "Area ha"),
    "official_area_ha": QT_TRANSLATE_NOOP("export", "Official area ha"),
    "allocated_ratio": QT_TRANSLATE_NOOP("export", "Allocated share"),
    "infrastructure_ratio": QT_TRANSLATE_NOOP("export", "Infrastructure share"),
    "unused_ratio": QT_TRANSLATE_NOOP("export", "Unused share"),
    "plots": QT_TRANSLATE_NOOP("export", "Plots"),
    "idle_plots": QT_TRANSLATE_NOOP("export", "Idle plots"),
    "idle_area_ha": QT_TRANSLATE_NOOP("export", "Idle ha"),
    "unparcelled_ha": QT_TRANSLATE_NOOP("export", "Not parcelled ha"),
    "status_area": QT_TRANSLATE_NOOP("export", "%1, ha"),
    "nearest_km": QT_TRANSLATE_NOOP("export", "Nearest %1 km"),
    "nearest_id": QT_TRANSLATE_NOOP("export", "Nearest %1"),
    "network_km": QT_TRANSLATE_NOOP("export", "Network km to %1"),
    "network_track_km": QT_TRANSLATE_NOOP("export", "By track or road to %1, km (estimate)"),
    "corridor": QT_TRANSLATE_NOOP("export", "Corridor"),
    "status_table": QT_TRANSLATE_NOOP("export", "Land by plot status (ha)"),
    "not_parcelled": QT_TRANSLATE_NOOP("export", "Not parcelled"),
    "nearest_table": QT_TRANSLATE_NOOP("export", "Nearest hubs (straight line)"),
    "by_country_table": QT_TRANSLATE_NOOP("export", "Nearest border crossing to each neighbouring country (straight line)"),
    "crossing_to_km": QT_TRANSLATE_NOOP("export", "Nearest border crossing to %1 km"),
    "crossing_to": QT_TRANSLATE_NOOP("export", "Nearest border crossing to %1"),
    "network_table": QT_TRANSLATE_NOOP("export", "Distance along the transport network (km)"),
    "network_intro": QT_TRANSLATE_NOOP("export", "From each zone's centroid along the network; — where the network does not connect them. First the nearest of each kind, then every hub."),
    "network_nearest": QT_TRANSLATE_NOOP("export", "Nearest along the network"),
    "network_hubs": QT_TRANSLATE_NOOP("export", "Hubs %1–%2 of %3"),
    "parts_table": QT_TRANSLATE_NOOP("export", "Parts of zones"),
    "parts_intro": QT_TRANSLATE_NOOP("export", "A part is the zone's plots marked with its name; its area is the area of those plots, so its unused land is those of its plots that are neither allocated nor infrastructure."),
    "quality": QT_TRANSLATE_NOOP("export", "Data quality"),
    "overlap_pairs": QT_TRANSLATE_NOOP("export", "Overlapping plot pairs: %1 (counted once in the figures above)."),
    "outside_count": QT_TRANSLATE_NOOP("export", "Plots sticking out of their zone: %1 (clipped to the zone)."),
    "mapped_ha": QT_TRANSLATE_NOOP("export", "Mapped ha"),
    "difference": QT_TRANSLATE_NOOP("export", "Difference"),
    "gap_polygons": QT_TRANSLATE_NOOP("export", "Gap polygons"),
    "overlaps": QT_TRANSLATE_NOOP("export", "Overlapping plots (largest first):"),
    "plot": QT_TRANSLATE_NOOP("export", "Plot"),
    "overlap_ha": QT_TRANSLATE_NOOP("export", "Overlap ha"),
    "outside": QT_TRANSLATE_NOOP("export", "Plots sticking out of their zone (largest first):"),
    "outside_ha": QT_TRANSLATE_NOOP("export", "Outside ha"),
    "more": QT_TRANSLATE_NOOP("export", "… and %1 more (see the JSON report)."),
}
TARGETS = ("corridor", *schema.DISTANCE_HUB_KINDS)
COUNTRIES = {  # schema.NEIGHBOURS: ISO code -> name (source text, context "export")
    "RU": QT_TRANSLATE_NOOP("export", "Russia"),
    "CN": QT_TRANSLATE_NOOP("export", "China"),
    "KG": QT_TRANSLATE_NOOP("export", "Kyrgyzstan"),
    "UZ": QT_TRANSLATE_NOOP("export", "Uzbekistan"),
    "TM": QT_TRANSLATE_NOOP("export", "Turkmenistan"),
}


@dataclass
class ReportNames:
    """Names in the report's language: zones, zone parts, corridors and hubs by id, and each hub's kind."""

    language: str = "en"
    zones: dict[str, str] = field(default_factory=dict)
    features: dict[str, str] = field(default_factory=dict)  # corridors and hubs
    hub_kinds: dict[str, str] = field(default_factory=dict)
    title: str = ""  # the project's title in the language (project_meta title_<lang>), "" for the report's

    @classmethod
    def of(cls, project, language: str = "en") -> ReportNames:
        zones = {str(r["zone_id"]): feature_name(r, language) or str(r["zone_id"])
                 for r in project.zones.drop(columns="geometry").to_dict("records")}
        kinds = {str(h): str(k) for h, k in zip(project.hubs["hub_id"], project.hubs["kind"], strict=True)}
        return cls(language, zones, feature_names(project, language), kinds,
                   meta_text(project.meta, "title", language))

    def zone(self, zone_id) -> str:
        return self.zones.get(str(zone_id)) or str(zone_id)

    def feature(self, ident) -> str:
        return DASH if ident is None else self.features.get(str(ident)) or str(ident)


class _Words:
    def __init__(self, language: str):
        self.texts = Texts(language)

    def __call__(self, key: str, *values) -> str:
        return arg(self.texts.translate(CONTEXT, W[key]), *values)

    def status(self, status: str) -> str:
        return self.texts.translate("sezmap", STATUS_LABELS_EN[status])

    def country(self, code: str) -> str:
        return self.texts.translate(CONTEXT, COUNTRIES[code]) if code in COUNTRIES else code

    def target(self, target: str) -> str:
        return self("corridor") if target == "corridor" else self.texts.translate("sezmap", str(HUB_KIND_LABELS[target]))


# --- Markdown ------------------------------------------------------------------------------------


_cell = markdown_cell


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def _rule(numbers: int, texts: int = 1) -> str:
    return "|" + "---|" * texts + "---:|" * numbers


def to_markdown(report: dict, names: ReportNames | None = None) -> str:
    names = names or ReportNames()
    w = _Words(names.language)
    num = w.texts.number

    def pct(value) -> str:
        return w.texts.ratio(value)

    def km(value) -> str:
        return num(value, 1)

    zones = sorted(report["zones"], key=lambda z: (-(z["unused_ratio"] or 0.0), z["zone_id"]))
    zone = {z["zone_id"]: _cell(names.zone(z["zone_id"])) for z in zones}
    lines = [f"# {_cell(w('title', names.title or report['project']))}", "", w("intro", report["as_of"]), "",
             _row([w("zone"), w("area_ha"), w("allocated_ratio"), w("infrastructure_ratio"), w("unused_ratio"),
                   w("plots"), w("idle_plots"), w("idle_area_ha")]), _rule(7)]
    for z in zones:
        lines.append(_row([zone[z["zone_id"]], num(z["area_ha"], 1), pct(z["allocated_ratio"]),
                           pct(z["infrastructure_ratio"]), pct(z["unused_ratio"]), num(z["plots"]),
                           num(z["idle_plots"]), num(z["idle_area_ha"], 1)]))
    parts = [(z, p) for z in zones for p in z.get("parts") or []]
    if parts:
        lines += ["", f"## {w('parts_table')}", "", w("parts_intro"), "",
                  _row([w("zone"), w("part"), w("area_ha"), w("allocated_ratio"), w("infrastructure_ratio"),
                        w("unused_ratio"), w("plots")]), _rule(5, 2)]
        for z, p in parts:
            lines.append(_row([zone[z["zone_id"]], _cell(p["part"]), num(p["area_ha"], 1),
                               pct(p["allocated_ratio"]), pct(p["infrastructure_ratio"]), pct(p["unused_ratio"]),
                               num(p["plots"])]))
    lines += ["", f"## {w('status_table')}", "",
              _row([w("zone"), *(w.status(s) for s in STATUSES), w("not_parcelled")]), _rule(len(STATUSES) + 1)]
    for z in zones:
        lines.append(_row([zone[z["zone_id"]], *(num(z["status_area_ha"][s], 1) for s in STATUSES),
                           num(z.get("unparcelled_ha"), 1)]))
    lines += ["", f"## {w('nearest_table')}", "", _row([w("zone"), *(w.target(t) for t in TARGETS)]),
              _rule(0, 1 + len(TARGETS))]
    for z in zones:
        lines.append(_row([zone[z["zone_id"]], *(
            _cell(f"{names.feature(z[f'nearest_{t}_id'])}, {w.texts.kilometres(z[f'nearest_{t}_km'])}") for t in TARGETS)]))
    lines += _by_country_table(zones, zone, names, w)
    lines += _network_tables(zones, zone, names, w, km)
    q = report.get("quality")
    if q is not None:
        lines += _quality(q, names, w)
    return "\n".join(lines) + "\n"


def _by_country_table(zones, zone, names: ReportNames, w: _Words) -> list[str]:
    """The nearest crossing to each neighbouring country (schema.NEIGHBOURS), zones as rows."""
    if not any(z.get("nearest_border_crossing_by_country") for z in zones):
        return []
    lines = ["", f"## {w('by_country_table')}", "", _row([w("zone"), *(w.country(c) for c in schema.NEIGHBOURS)]),
             _rule(0, 1 + len(schema.NEIGHBOURS))]
    for z in zones:
        by = z.get("nearest_border_crossing_by_country") or {}
        cells = [_cell(f"{names.feature(by[c]['id'])}, {w.texts.kilometres(by[c]['km'])}")
                 if (by.get(c) or {}).get("id") else DASH for c in schema.NEIGHBOURS]
        lines.append(_row([zone[z["zone_id"]], *cells]))
    return lines


def _network_tables(zones, zone, names: ReportNames, w: _Words, km) -> list[str]:
    hubs = sorted({h for z in zones for h in z["network_km"]}, key=lambda h: (names.hub_kinds.get(h, ""), h))
    if not hubs:
        return []
    kinds = [k for k in schema.DISTANCE_HUB_KINDS if any(names.hub_kinds.get(h) == k for h in hubs)]
    lines = ["", f"## {w('network_table')}", "", w("network_intro")]
    if kinds:
        lines += ["", f"### {w('network_nearest')}", "", _row([w("zone"), *(w.target(k) for k in kinds)]),
                  _rule(0, 1 + len(kinds))]
        for z in zones:
            cells = []
            for k in kinds:
                known = [(v, h) for h, v in z["network_km"].items() if v is not None and names.hub_kinds.get(h) == k]
                cells.append(_cell(f"{names.feature(min(known)[1])}, {w.texts.kilometres(min(known)[0])}") if known else DASH)
            lines.append(_row([zone[z["zone_id"]], *cells]))
    for start in range(0, len(hubs), HUBS_PER_TABLE):
        group = hubs[start:start + HUBS_PER_TABLE]
        lines += ["", f"### {w('network_hubs', start + 1, start + len(group), len(hubs))}", "",
                  _row([w("zone"), *(_cell(names.feature(h)) for h in group)]), _rule(len(group))]
        for z in zones:
            lines.append(_row([zone[z["zone_id"]], *(km(z["network_km"].get(h)) for h in group)]))
    return lines


def _quality(q: dict, names: ReportNames, w: _Words) -> list[str]:
    num = w.texts.number
    zone = names.zone
    lines = ["", f"## {w('quality')}", "", f"- {w('overlap_pairs', num(len(q['overlaps'])))}",
             f"- {w('outside_count', num(len(q['outside_zone'])))}", "",
             _row([w("zone"), w("mapped_ha"), w("official_area_ha"), w("difference"), w("unparcelled_ha"),
                   w("gap_polygons")]), _rule(5)]
    gaps = {g["zone_id"]: g for g in q["gaps"]}
    for a in q["area_check"]:
        g = gaps.get(a["zone_id"], {})
        diff = DASH if a["difference_pct"] is None else ("+" if a["difference_pct"] >= 0 else "−") + \
            num(abs(a["difference_pct"]), 1) + "\u00a0%"
        lines.append(_row([_cell(zone(a["zone_id"])), num(a["area_ha"], 1), num(a["official_area_ha"], 1), diff,
                           num(g.get("unparcelled_ha"), 1), num(g.get("polygons"))]))
    if q["overlaps"]:
        lines += ["", w("overlaps"), "", _row([w("zone"), w("plot"), w("plot"), w("overlap_ha")]), _rule(1, 3)]
        for o in sorted(q["overlaps"], key=lambda o: -o["overlap_ha"])[:QUALITY_ROWS]:
            lines.append(_row([_cell(zone(o["zone_id"])), _cell(o["plot_a"]), _cell(o["plot_b"]),
                               num(o["overlap_ha"], 4)]))
        if len(q["overlaps"]) > QUALITY_ROWS:
            lines += ["", w("more", num(len(q["overlaps"]) - QUALITY_ROWS))]
    if q["outside_zone"]:
        lines += ["", w("outside"), "", _row([w("zone"), w("plot"), w("outside_ha")]), _rule(1, 2)]
        for o in sorted(q["outside_zone"], key=lambda o: -o["outside_ha"])[:QUALITY_ROWS]:
            lines.append(_row([_cell(zone(o["zone_id"])), _cell(o["plot_id"]), num(o["outside_ha"], 4)]))
        if len(q["outside_zone"]) > QUALITY_ROWS:
            lines += ["", w("more", num(len(q["outside_zone"]) - QUALITY_ROWS))]
    return lines


# --- CSV -----------------------------------------------------------------------------------------


PART_KEYS = ("area_ha", "allocated_ratio", "infrastructure_ratio", "unused_ratio", "plots", "idle_plots",
             "idle_area_ha")


def _flat(zone: dict, prefix: str = "") -> dict:
    """Nested objects as columns ``key_sub`` (``nearest_border_crossing_by_country_RU_km``); the
    zone's parts as columns ``parts_<part>_<figure>`` (``parts_Industrial Park No. 1_unused_ratio``)."""
    row = {}
    for key, value in zone.items():
        if isinstance(value, dict):
            row.update(_flat(value, f"{prefix}{key}_"))
        elif key == "parts" and not prefix:
            for part in value or []:
                row.update({f"parts_{part['part']}_{k}": part.get(k) for k in PART_KEYS})
        else:
            row[f"{prefix}{key}"] = value
    return row


def _named(key: str, value, names: ReportNames):
    """A cell in the report's language: a corridor's or hub's id as its name."""
    if value is not None and key.startswith("nearest_") and key.endswith("_id"):
        return names.feature(value)
    return value


def _heading(key: str, names: ReportNames, w: _Words) -> str:
    """The heading of the flat column ``key`` in the report's language."""
    if key in ("zone_id", "plots", "idle_plots", "idle_area_ha", "area_ha", "official_area_ha", "allocated_ratio",
               "infrastructure_ratio", "unused_ratio", "unparcelled_ha"):
        return w(key)
    if key in ("name", "name_en"):
        return w("zone") + ("" if key == "name" else " (en)")
    if key.startswith("status_area_ha_") and key[len("status_area_ha_"):] in STATUS_LABELS_EN:
        return w("status_area", w.status(key[len("status_area_ha_"):]))
    for target in TARGETS:
        if key == f"nearest_{target}_km":
            return w("nearest_km", w.target(target).lower())
        if key == f"nearest_{target}_id":
            return w("nearest_id", w.target(target).lower())
    by_country = "nearest_border_crossing_by_country_"
    if key.startswith(by_country) and key.rsplit("_", 1)[-1] in ("km", "id"):
        country, what = key[len(by_country):].rsplit("_", 1)
        return w("crossing_to_km" if what == "km" else "crossing_to", w.country(country))
    if key.startswith("network_km_"):
        return w("network_km", names.feature(key[len("network_km_"):]))
    if key.startswith("network_track_km_"):
        return w("network_track_km", names.feature(key[len("network_track_km_"):]))
    if key.startswith("parts_"):
        for figure in PART_KEYS:
            if key.endswith(f"_{figure}"):
                return f"{key[len('parts_'):-len(figure) - 1]}: {w(figure)}"
    return key


def to_csv(report: dict, raw: bool = False, names: ReportNames | None = None, excel: bool = False) -> str:
    """One row per zone (see the module's text for ``names`` and ``excel``)."""
    w = _Words(names.language if names else "en")
    rows = [_flat(z) for z in report["zones"]]
    if names is not None:  # the zone's name in the language, beside its id
        rows = [{"zone_id": r["zone_id"], "name": names.zone(r["zone_id"]),
                 **{k: v for k, v in r.items() if k not in ("zone_id", "name")}} for r in rows]
    columns: list[str] = []
    for r in rows:
        columns += [c for c in r if c not in columns]
    if not columns:
        columns = ["zone_id"]
    headings = columns if names is None else [_heading(c, names, w) for c in columns]
    comma_decimals = excel and names is not None and names.language in ("ru", "kk")
    delimiter = ";" if comma_decimals else ","
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if excel else "\n")
    # the header names hub ids too (network_km_<hub id>): neutralised like any cell
    writer.writerow(headings if raw else [spreadsheet_cell(c) for c in headings])
    for r in rows:
        cells = ["" if r.get(c) is None else r.get(c) if names is None else _named(c, r.get(c), names)
                 for c in columns]
        if not raw:
            cells = [spreadsheet_cell(v) for v in cells]
        if comma_decimals:  # numbers after the formula check, which leaves numbers alone
            cells = [str(v).replace(".", ",") if isinstance(v, float) else v for v in cells]
        writer.writerow(cells)
    return (BOM if excel else "") + buf.getvalue()


def name_zones(report: dict, names: ReportNames) -> None:
    """Gives each zone of ``report`` its ``name`` in the language of ``names`` (the keys stay
    English)."""
    for z in report["zones"]:
        z["name"] = names.zone(z["zone_id"])


def render(report: dict, fmt: str, raw: bool = False, names: ReportNames | None = None, excel: bool = False) -> str:
    """``report`` as ``fmt`` (json, csv or md); ``names`` the language of the tables."""
    from sezmap.analysis.report import to_json

    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report, raw, names=names, excel=excel)
    if fmt == "md":
        return to_markdown(report, names)
    raise ValueError(f"unknown format {fmt!r}")
