"""``sezmap sites`` output: the sites as JSON (SCHEMA.md section 3), CSV or Markdown."""

from __future__ import annotations

import csv
import html
import io

from sezmap.formats.untrusted import json_text, spreadsheet_cell

FORMATS = ("json", "csv", "md")
TERMS = ("category", "region", "established", "expires", "years_left", "official_area_ha", "focus")


def _flat(site: dict) -> dict:
    row = {k: v for k, v in site.items() if k not in ("plot_ids", "terms")}
    row = {"plot_ids": " ".join(site["plot_ids"]), **row}
    row.update({f"terms_{k}": site["terms"].get(k) for k in TERMS})
    return row


def to_csv(sites: list[dict], raw: bool = False) -> str:
    """One row a site; plot ids separated by spaces; the zone's terms as ``terms_<field>``."""
    rows = [_flat(s) for s in sites]
    columns = list(rows[0]) if rows else ["plot_ids", "zone_id", "area_ha", "km_rail", "km_border", "km_port",
                                          "km_dry_port", "score"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        cells = ["" if r.get(c) is None else r.get(c) for c in columns]
        writer.writerow(cells if raw else [spreadsheet_cell(v) for v in cells])
    return buf.getvalue()


def _cell(value) -> str:
    text = "–" if value is None else str(value)
    return html.escape(text, quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def to_markdown(sites: list[dict]) -> str:
    head = ["#", "plots", "zone", "area, ha", "rail, km", "border, km", "seaport, km", "dry port, km", "score",
            "zone expires", "focus"]
    lines = ["# Sites", "", "| " + " | ".join(head) + " |", "|---:|---|---|" + "---:|" * 6 + "---:|---|"]
    for k, s in enumerate(sites, 1):
        t = s["terms"]
        cells = [k, ", ".join(s["plot_ids"]), s.get("zone_name") or s["zone_id"], s["area_ha"], s["km_rail"],
                 s["km_border"], s["km_port"], s["km_dry_port"], s["score"], t.get("expires"), t.get("focus")]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    if not sites:
        lines.append("")
        lines.append("No vacant land fits.")
    return "\n".join(lines) + "\n"


def render(sites: list[dict], fmt: str, raw: bool = False) -> str:
    if fmt == "json":
        return json_text(sites, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(sites, raw)
    if fmt == "md":
        return to_markdown(sites)
    raise ValueError(f"unknown format {fmt!r}")
