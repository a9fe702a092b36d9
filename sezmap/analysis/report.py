"""``sezmap report``: the metrics as JSON (SCHEMA.md section 3). CSV, Markdown and names in the
report's language are the export layer's (sezmap.export.report_tables), so the analysis stays free
of Qt and of the catalogue."""

from __future__ import annotations

from sezmap.analysis.engine import AnalysisEngine
from sezmap.analysis.parts import zone_parts
from sezmap.analysis.quality import quality
from sezmap.formats.untrusted import json_text

FORMATS = ("json", "csv", "md")


def report_dict(engine: AnalysisEngine, with_quality: bool = True) -> dict:
    """The report's object (SCHEMA.md section 3; a zone whose plots name parts gets ``parts``,
    see analysis.parts)."""
    project = engine.project
    zones = [engine.metrics[z].to_dict() for z in engine.zone_ids]
    parts = zone_parts(dict(zip(engine.zone_ids, engine.frames, strict=True)), project.plots, engine.as_of)
    for z in zones:
        if z["zone_id"] in parts:  # only zones with parts (plots marked with a part) have the key
            z["parts"] = [p.to_dict() for p in parts[z["zone_id"]]]
    out: dict[str, object] = {"project": project.title, "as_of": engine.as_of.isoformat(), "zones": zones}
    if with_quality:
        out["quality"] = quality(engine).to_dict()
    return out


def to_json(report: dict) -> str:
    return json_text(report, indent=2) + "\n"
