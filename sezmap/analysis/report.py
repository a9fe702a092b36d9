"""``sezmap report``: the metrics as JSON (SCHEMA.md section 3); as CSV or Markdown for people
through sezmap.export.report_tables (names and words in the report's language)."""

from __future__ import annotations

from sezmap.analysis.engine import AnalysisEngine
from sezmap.analysis.quality import quality
from sezmap.formats.untrusted import json_text

FORMATS = ("json", "csv", "md")


def report_dict(engine: AnalysisEngine, with_quality: bool = True, language: str | None = None) -> dict:
    """The report's object; with ``language`` each zone also has its ``name`` in that language
    (the keys stay English)."""
    project = engine.project
    zones = [engine.metrics[z].to_dict() for z in engine.zone_ids]
    if language is not None:
        from sezmap.export.report_tables import ReportNames

        names = ReportNames.of(project, language)
        for z in zones:
            z["name"] = names.zone(z["zone_id"])
    out: dict[str, object] = {"project": project.title, "as_of": engine.as_of.isoformat(), "zones": zones}
    if with_quality:
        out["quality"] = quality(engine).to_dict()
    return out


def to_json(report: dict) -> str:
    return json_text(report, indent=2) + "\n"


def render(report: dict, fmt: str, raw: bool = False, names=None, excel: bool = False) -> str:
    """``report`` as ``fmt``; ``names`` (report_tables.ReportNames) the language of the tables."""
    from sezmap.export import report_tables

    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return report_tables.to_csv(report, raw, names=names, excel=excel)
    if fmt == "md":
        return report_tables.to_markdown(report, names)
    raise ValueError(f"unknown format {fmt!r}")
