"""A zone's key figures, named and formatted once, for every place that shows them.

    figures = key_figures(engine.metrics["khorgos_eastern_gate"], "ru", feature_names(project, "ru"))
    figures.area.value        # "4 592,0 га"
    figures.rows()            # [(label, value), ...] in the dashboard's order

The dashboard, the print layout, the web map and the slide deck all show these, so a zone reads
the same everywhere: the same decimals as ``sezmap report --format md`` (1 for hectares,
percentages and kilometres), the official area whenever the project gives it, "—" for a figure
that has no value. Qt-free: labels and words come from the app's translations (context ZoneDashboard, read by
``Texts``; the dashboard's ``retranslate_captions`` holds them, so lupdate keeps them), numbers
are grouped as the language writes them (``Texts.number``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sezmap.analysis.metrics import ZoneMetrics
from sezmap.export.texts import Texts, arg, name_of
from sezmap.render.numbers import DASH  # no value; also between a distance and its target's name

CONTEXT = "ZoneDashboard"  # the labels are the dashboard's own
DECIMALS = 1  # hectares, percentages and kilometres, as the report writes them

# field -> label (source text); the order of the rows
LABELS = {
    "area": "Area",
    "official_area": "Official area",
    "allocated": "Allocated",
    "infrastructure": "Infrastructure",
    "unused": "Unused",
    "plots": "Plots",
    "idle": "Idle plots",
    "corridor": "Nearest corridor",
    "border_crossing": "Nearest border crossing",
    "seaport": "Nearest seaport",
    "dry_port": "Nearest dry port",
}
DISTANCE_TARGETS = ("corridor", "border_crossing", "seaport", "dry_port")


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class KeyFigures:
    """A zone's figures in one language; ``official_area`` is None when the project gives none."""

    area: Figure
    official_area: Figure | None
    allocated: Figure
    infrastructure: Figure
    unused: Figure
    plots: Figure
    idle: Figure
    corridor: Figure
    border_crossing: Figure
    seaport: Figure
    dry_port: Figure

    def items(self) -> list[tuple[str, Figure]]:
        """(field name, figure) for every figure present, in display order."""
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None]

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) rows: a table's, a popup's or a slide's."""
        return [(figure.label, figure.value) for _key, figure in self.items()]


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


def label(key: str, language: str) -> str:
    return Texts(language).translate(CONTEXT, LABELS[key])


def hectares(value, language: str) -> str:
    return Texts(language).hectares(value, DECIMALS)


def plot_count(value, language: str) -> str:
    return Texts(language).number(None if value is None else int(value))


def idle_value(count, area_ha, language: str) -> str:
    """"11 plots, 462.1 ha" ("3 участка, …", "5 участков, …": the language's plural forms)."""
    texts = Texts(language)
    return texts.plural("%Ln plot, %1 ha", "%Ln plots, %1 ha", int(count),
                        texts.number(area_ha, DECIMALS), context=CONTEXT)


def distance_value(km, target_name: str | None, language: str) -> str:
    """"12.3 km in a straight line — Khorgos", or "—" when nothing is in reach."""
    texts = Texts(language)
    if km is None:
        return DASH
    text = arg(texts.translate("ZoneDashboard", "%1 in a straight line"), texts.kilometres(km, DECIMALS))
    return f"{text} {DASH} {target_name}" if target_name else text


def key_figures(m: ZoneMetrics, language: str = "en", names: dict[str, str] | None = None) -> KeyFigures:
    """The figures of ``m`` in ``language``; ``names``: id -> name of the corridors and hubs
    (``feature_names``), else distances name their targets by id."""
    texts = Texts(language)
    names = names or {}

    def fig(key: str, value: str) -> Figure:
        return Figure(label(key, language), value)

    distances = {}
    for target in DISTANCE_TARGETS:
        km, ident = m.nearest.get(target, (None, None))
        name = names.get(str(ident), str(ident)) if ident is not None else None
        distances[target] = fig(target, distance_value(km, name, language))
    official = None
    if m.official_area_ha is not None:
        official = fig("official_area", hectares(m.official_area_ha, language))
    return KeyFigures(
        area=fig("area", hectares(m.area_ha, language)),
        official_area=official,
        allocated=fig("allocated", texts.ratio(m.allocated_ratio, DECIMALS)),
        infrastructure=fig("infrastructure", texts.ratio(m.infrastructure_ratio, DECIMALS)),
        unused=fig("unused", texts.ratio(m.unused_ratio, DECIMALS)),
        plots=fig("plots", plot_count(m.plots, language)),
        idle=fig("idle", idle_value(m.idle_plots, m.idle_area_ha, language)),
        **distances,
    )
