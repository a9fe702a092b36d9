"""``sezmap report``: the metrics as JSON (SCHEMA.md section 3), flat CSV, or Markdown for planners."""

from __future__ import annotations

import csv
import html
import io

from sezmap.analysis.engine import AnalysisEngine
from sezmap.analysis.quality import quality
from sezmap.formats.untrusted import json_text, spreadsheet_cell
from sezmap.model import schema
from sezmap.model.statuses import STATUS_LABELS_EN, STATUSES

FORMATS = ("json", "csv", "md")


def report_dict(engine: AnalysisEngine, with_quality: bool = True) -> dict:
    project = engine.project
    out: dict[str, object] = {
        "project": project.title,
        "as_of": engine.as_of.isoformat(),
        "zones": [engine.metrics[z].to_dict() for z in engine.zone_ids],
    }
    if with_quality:
        out["quality"] = quality(engine).to_dict()
    return out


def to_json(report: dict) -> str:
    return json_text(report, indent=2) + "\n"


def _flat(zone: dict, prefix: str = "") -> dict:
    """Nested objects as columns ``key_sub`` (``nearest_border_crossing_by_country_RU_km``)."""
    row = {}
    for key, value in zone.items():
        if isinstance(value, dict):
            row.update(_flat(value, f"{prefix}{key}_"))
        else:
            row[f"{prefix}{key}"] = value
    return row


def to_csv(report: dict, raw: bool = False) -> str:
    """One row per zone; a text a spreadsheet would take for a formula starts with ``'``
    (sezmap.formats.untrusted.spreadsheet_cell) unless ``raw``."""
    rows = [_flat(z) for z in report["zones"]]
    columns: list[str] = []
    for r in rows:
        columns += [c for c in r if c not in columns]
    if not columns:
        columns = ["zone_id"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    # the header names hub ids too (network_km_<hub id>): neutralised like any cell
    csv.writer(buf, lineterminator="\n").writerow(columns if raw else [spreadsheet_cell(c) for c in columns])
    for r in rows:
        cells = {c: ("" if r.get(c) is None else r.get(c)) for c in columns}
        writer.writerow(cells if raw else {c: spreadsheet_cell(v) for c, v in cells.items()})
    return buf.getvalue()


def _num(value, digits=1, pct=False) -> str:
    if value is None:
        return "–"
    if pct:
        return f"{value * 100:.1f} %"
    return f"{value:,.{digits}f}"


def _cell(text) -> str:
    """A table cell: ``|`` escaped, line breaks as spaces, HTML characters as entities (a
    Markdown viewer shows them as written, never as markup)."""
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def to_markdown(report: dict) -> str:
    zones = sorted(report["zones"], key=lambda z: (-(z["unused_ratio"] or 0.0), z["zone_id"]))
    lines = [f"# Land use and logistics: {_cell(report['project'])}", "",
             f"As of {report['as_of']}. Areas in hectares on the WGS84 ellipsoid; distances in km "
             "(geodesic). Zones sorted by unused land, largest share first. Unused = vacant, "
             "reserved, withdrawn or not parcelled.", "",
             "| Zone | Area ha | Allocated | Infrastructure | Unused | Plots | Idle plots | Idle ha "
             "| Corridor km | Border crossing km | Seaport km | Dry port km |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for z in zones:
        lines.append("| " + " | ".join([
            _cell(z["name_en"] or z["zone_id"]), _num(z["area_ha"]), _num(z["allocated_ratio"], pct=True),
            _num(z["infrastructure_ratio"], pct=True), _num(z["unused_ratio"], pct=True), str(z["plots"]),
            str(z["idle_plots"]), _num(z["idle_area_ha"]),
            *[_num(z[f"nearest_{t}_km"]) for t in ("corridor", *schema.DISTANCE_HUB_KINDS)],
        ]) + " |")
    lines += ["", "## Land by plot status (ha)", "",
              "| Zone | " + " | ".join(STATUS_LABELS_EN[s] for s in STATUSES) + " | Not parcelled |",
              "|---|" + "---:|" * (len(STATUSES) + 1)]
    for z in zones:
        lines.append(f"| {_cell(z['zone_id'])} | " + " | ".join(_num(z["status_area_ha"][s]) for s in STATUSES)
                     + f" | {_num(z.get('unparcelled_ha'))} |")
    lines += ["", "## Nearest hubs", "", "| Zone | Corridor | Border crossing | Seaport | Dry port |",
              "|---|---|---|---|---|"]
    for z in zones:
        cells = [f"{z[f'nearest_{t}_id'] or '–'} ({_num(z[f'nearest_{t}_km'])} km)"
                 for t in ("corridor", *schema.DISTANCE_HUB_KINDS)]
        lines.append(f"| {_cell(z['zone_id'])} | " + " | ".join(_cell(c) for c in cells) + " |")
    lines += ["", "## Nearest border crossing to each neighbouring country", "",
              "| Zone | " + " | ".join(schema.NEIGHBOURS) + " |", "|---|" + "---|" * len(schema.NEIGHBOURS)]
    for z in zones:
        by = z.get("nearest_border_crossing_by_country") or {}
        cells = [f"{by[cc]['id']} ({_num(by[cc]['km'])} km)" if by.get(cc, {}).get("id") else "–"
                 for cc in schema.NEIGHBOURS]
        lines.append(f"| {_cell(z['zone_id'])} | " + " | ".join(_cell(c) for c in cells) + " |")
    hubs = sorted({h for z in zones for h in z["network_km"]})
    if hubs:
        lines += ["", "## Distance along the corridor network (km)", "",
                  "From each zone's centroid to each hub; – where the network does not connect them.", "",
                  "| Hub | " + " | ".join(_cell(z["zone_id"]) for z in zones) + " |",
                  "|---|" + "---:|" * len(zones)]
        for h in hubs:
            lines.append(f"| {_cell(h)} | " + " | ".join(_num(z["network_km"].get(h)) for z in zones) + " |")
    q = report.get("quality")
    if q is not None:
        lines += ["", "## Data quality", ""]
        lines.append(f"- Overlapping plot pairs: {len(q['overlaps'])} (counted once in the figures above).")
        lines.append(f"- Plots sticking out of their zone: {len(q['outside_zone'])} (clipped to the zone).")
        lines += ["", "| Zone | Mapped ha | Official ha | Difference | Not parcelled ha | Gap polygons |",
                  "|---|---:|---:|---:|---:|---:|"]
        gaps = {g["zone_id"]: g for g in q["gaps"]}
        for a in q["area_check"]:
            g = gaps.get(a["zone_id"], {})
            diff = "–" if a["difference_pct"] is None else f"{a['difference_pct']:+.1f} %"
            lines.append(f"| {_cell(a['zone_id'])} | {_num(a['area_ha'])} | {_num(a['official_area_ha'])} | {diff} "
                         f"| {_num(g.get('unparcelled_ha'))} | {g.get('polygons') if g.get('polygons') is not None else '–'} |")
        limit = 20
        if q["overlaps"]:
            lines += ["", "Overlapping plots (largest first):", "", "| Zone | Plot | Plot | Overlap ha |",
                      "|---|---|---|---:|"]
            for o in sorted(q["overlaps"], key=lambda o: -o["overlap_ha"])[:limit]:
                lines.append(f"| {_cell(o['zone_id'])} | {_cell(o['plot_a'])} | {_cell(o['plot_b'])} "
                             f"| {o['overlap_ha']:,.4f} |")
            if len(q["overlaps"]) > limit:
                lines.append(f"\n… and {len(q['overlaps']) - limit} more (see the JSON report).")
        if q["outside_zone"]:
            lines += ["", "Plots sticking out of their zone (largest first):", "", "| Zone | Plot | Outside ha |",
                      "|---|---|---:|"]
            for o in sorted(q["outside_zone"], key=lambda o: -o["outside_ha"])[:limit]:
                lines.append(f"| {_cell(o['zone_id'])} | {_cell(o['plot_id'])} | {o['outside_ha']:,.4f} |")
            if len(q["outside_zone"]) > limit:
                lines.append(f"\n… and {len(q['outside_zone']) - limit} more (see the JSON report).")
    return "\n".join(lines) + "\n"


def render(report: dict, fmt: str, raw: bool = False) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report, raw)
    if fmt == "md":
        return to_markdown(report)
    raise ValueError(f"unknown format {fmt!r}")
