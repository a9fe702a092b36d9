"""``sezmap sites`` output: the sites as JSON (SCHEMA.md section 3), CSV or Markdown.

Written from the columns of a ``SiteResults`` (site_results.py): the JSON text is the text of
``json_text([site.to_dict() ...], indent=2)``, put together line by line with what is the same
for every site of a zone (its name and terms) written once, so that all 187k sites of the
1M-plot benchmark cost no dict each (the ``json`` module indents in pure Python).
"""

from __future__ import annotations

import json

from sezmap.analysis.site_results import DISTANCES, TARGETS, SiteResults
from sezmap.formats.untrusted import json_escaped, markdown_cell, spreadsheet_csv

FORMATS = ("json", "csv", "md")
TERMS = ("category", "region", "established", "expires", "years_left", "official_area_ha", "focus")
CSV_COLUMNS = ("plot_ids", "zone_id", "area_ha", *(f"km_{k}" for k in DISTANCES), "score", "zone_name",
               *(f"{k}_id" for k in TARGETS), *(f"terms_{k}" for k in TERMS))


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _numbers(values: list) -> list[str]:
    return ["null" if v is None else repr(v) for v in values]


def _block(values: list[str], indent: str, brackets: str) -> str:
    """A JSON list or object's already-written items at ``indent`` (as ``indent=2`` writes them)."""
    if not values:
        return brackets
    inner = ",\n".join(f"{indent}  {v}" for v in values)
    return f"{brackets[0]}\n{inner}\n{indent}{brackets[1]}"


def to_json(results: SiteResults) -> str:
    """``json_text(results.records(), indent=2)``, from the columns."""
    if not len(results):
        return "[]"
    cols = results.columns()
    numbers = {k: _numbers(cols[k]) for k in ("area_ha", *(f"km_{k}" for k in DISTANCES), "score")}
    texts: dict[object, str] = {}  # hub ids: a few values, each written once

    def text(value) -> str:
        if value not in texts:
            texts[value] = _dumps(value)
        return texts[value]

    zones: dict[str, tuple[str, str, str]] = {}
    for zone_id in set(cols["zone_id"]):
        zone_name, zone_terms = results.zone_info.get(zone_id, (None, {}))
        zones[zone_id] = (_dumps(zone_id), _dumps(zone_name),
                          _block([f"{_dumps(k)}: {_dumps(v)}" for k, v in zone_terms.items()], "    ", "{}"))
    ids = [_dumps(str(p)) for p in results.ids.tolist()]
    bounds = results.offsets.tolist()
    targets = {k: cols[f"{k}_id"] for k in TARGETS}
    items = []
    for i, zone_id in enumerate(cols["zone_id"]):
        zid, name, terms = zones[zone_id]
        fields = [f'"plot_ids": {_block(ids[bounds[i]:bounds[i + 1]], "    ", "[]")}', f'"zone_id": {zid}',
                  f'"area_ha": {numbers["area_ha"][i]}']
        fields += [f'"km_{k}": {numbers[f"km_{k}"][i]}' for k in DISTANCES]
        fields += [f'"score": {numbers["score"][i]}', f'"zone_name": {name}']
        fields += [f'"{k}_id": {text(targets[k][i])}' for k in TARGETS]
        fields.append(f'"terms": {terms}')
        items.append("  {\n    " + ",\n    ".join(fields) + "\n  }")
    return json_escaped("[\n" + ",\n".join(items) + "\n]")


def csv_rows(results: SiteResults):
    """The CSV rows: one a site; plot ids separated by spaces; the zone's terms as ``terms_<field>``."""
    cols = results.columns()
    ids = [str(p) for p in results.ids.tolist()]
    bounds = results.offsets.tolist()
    zone_cells: dict[str, list] = {}
    for zone_id in set(cols["zone_id"]):
        zone_name, zone_terms = results.zone_info.get(zone_id, (None, {}))
        zone_cells[zone_id] = [zone_name] + [zone_terms.get(k) for k in TERMS]
    for i, zone_id in enumerate(cols["zone_id"]):
        name, *terms = zone_cells[zone_id]
        yield [" ".join(ids[bounds[i]:bounds[i + 1]]), zone_id, cols["area_ha"][i],
               *(cols[f"km_{k}"][i] for k in DISTANCES), cols["score"][i], name,
               *(cols[f"{k}_id"][i] for k in TARGETS), *terms]


def to_csv(results: SiteResults, raw: bool = False) -> str:
    return spreadsheet_csv(CSV_COLUMNS, csv_rows(results), raw=raw)


def to_markdown(sites: list[dict]) -> str:
    head = ["#", "plots", "zone", "area, ha", "rail, km", "border, km", "seaport, km", "dry port, km", "score",
            "zone expires", "focus"]
    lines = ["# Sites", "", "| " + " | ".join(head) + " |", "|---:|---|---|" + "---:|" * 6 + "---:|---|"]
    for k, s in enumerate(sites, 1):
        t = s["terms"]
        cells = [k, ", ".join(s["plot_ids"]), s.get("zone_name") or s["zone_id"], s["area_ha"], s["km_rail"],
                 s["km_border"], s["km_port"], s["km_dry_port"], s["score"], t.get("expires"), t.get("focus")]
        lines.append("| " + " | ".join(markdown_cell("–" if c is None else c) for c in cells) + " |")
    if not sites:
        lines.append("")
        lines.append("No vacant land fits.")
    return "\n".join(lines) + "\n"


def render(results: SiteResults, fmt: str, raw: bool = False) -> str:
    if fmt == "json":
        return to_json(results) + "\n"
    if fmt == "csv":
        return to_csv(results, raw)
    if fmt == "md":
        return to_markdown(results.records())
    raise ValueError(f"unknown format {fmt!r}")
