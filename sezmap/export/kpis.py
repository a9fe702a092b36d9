"""A zone's key figures as label/value rows, in the export's language (web map popups, slides)."""

from __future__ import annotations

from sezmap.analysis.metrics import ZoneMetrics
from sezmap.export.texts import Texts, name_of

# (metric target, label); the label is the dashboard's own (translated in context ZoneDashboard)
DISTANCES = (
    ("corridor", "Nearest corridor"),
    ("border_crossing", "Nearest border crossing"),
    ("seaport", "Nearest seaport"),
    ("dry_port", "Nearest dry port"),
)


def feature_names(project, language: str) -> dict[str, str]:
    """id -> name in ``language`` for corridors and hubs (distances name their targets)."""
    out: dict[str, str] = {}
    for frame, key in ((project.corridors, "corridor_id"), (project.hubs, "hub_id")):
        if frame is None or key not in frame:
            continue
        for row in frame.drop(columns="geometry", errors="ignore").to_dict("records"):
            ident = row.get(key)
            if ident is None or str(ident) in out:
                continue
            out[str(ident)] = name_of(row, language) or str(ident)
    return out


def zone_kpis(m: ZoneMetrics, texts: Texts, names: dict[str, str] | None = None,
              distances: bool = True) -> list[tuple[str, str]]:
    """(label, value) rows: area, the land-use ratios, plots, idle plots, nearest targets."""
    names = names or {}

    def tr(text, *args):
        return texts.tr(text, *args, context="ZoneDashboard")

    rows = [(tr("Area"), texts.hectares(m.area_ha, 0))]
    if m.official_area_ha is not None:
        rows.append((tr("Official area"), texts.hectares(m.official_area_ha, 0)))
    rows += [
        (tr("Allocated"), texts.ratio(m.allocated_ratio)),
        (tr("Infrastructure"), texts.ratio(m.infrastructure_ratio)),
        (tr("Unused"), texts.ratio(m.unused_ratio)),
        (tr("Plots"), texts.number(m.plots)),
        (tr("Idle plots"), tr("%1 plots, %2 ha", texts.number(m.idle_plots), texts.number(m.idle_area_ha, 1))),
    ]
    if distances:
        for target, label in DISTANCES:
            km, ident = m.nearest.get(target, (None, None))
            if km is None:
                continue
            value = texts.kilometres(km, 0 if km >= 100 else 1)
            if ident:
                value += f" — {names.get(str(ident), str(ident))}"
            rows.append((tr(label), value))
    return rows
