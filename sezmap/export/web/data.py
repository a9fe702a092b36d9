"""What the web map shows, chosen from the project: which zones and plots, plot areas, the
attribute columns of the plots' popups and each zone's key figures and information."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sezmap.analysis import geodesy
from sezmap.export.kpis import feature_names, key_figures
from sezmap.export.texts import Texts, name_of
from sezmap.export.web import encoders
from sezmap.model.problems import DataError
from sezmap.render import names as render_names
from sezmap.render.label_texts import short_label

# popup fields beyond id, status and area (all but the cadastral number hidden in investor mode)
FIELDS = (("cadastral_no", "text"), ("tenant", "text"), ("project_name", "text"), ("allocated_on", "date"),
          ("contract_deadline", "date"), ("investment_committed_kzt", "money"),
          ("investment_actual_kzt", "money"), ("jobs_planned", "number"), ("updated_at", "stamp"))
INVESTOR_FIELDS = ("cadastral_no",)
ZONE_INFO = (("focus", "Focus"), ("region", "Region"), ("established", "Established"))


def zone_rows(project, zone: str | None) -> pd.DataFrame:
    """The zones the map is about: all, or the one asked for (DataError when there is none)."""
    zones = project.zones
    if zone is None:
        return zones
    sel = zones[zones["zone_id"].astype(str) == str(zone)]
    if sel.empty:
        known = ", ".join(str(z) for z in zones["zone_id"])
        raise DataError(f"--zone {zone!r}: no such zone (the project has: {known})")
    return sel


def plot_rows(project, zone: str | None, vacant: bool) -> np.ndarray:
    """Positions of the plots shown: the zone's (or all), only the vacant ones in investor mode."""
    plots = project.plots
    mask = np.ones(len(plots), dtype=bool)
    if zone is not None:
        mask &= (plots["zone_id"].astype(str) == str(zone)).to_numpy()
    if vacant:
        mask &= (plots["status"] == "vacant").to_numpy()
    return np.flatnonzero(mask)


def areas_ha(project, engine, rows: np.ndarray, exact: bool) -> np.ndarray:
    """Plot areas in hectares: on the ellipsoid (pyproj.Geod) when ``exact``, else the engine's
    equal-area figures (within 0.1 % of those)."""
    area = getattr(engine, "area", None)
    if not exact and area is not None and len(area) == len(project.plots):
        return np.asarray(area, dtype=float)[rows] / geodesy.M2_PER_HA
    geoms = project.plots.geometry.values
    known = project.plot_rings.of(geoms) if project.plot_rings is not None else None  # (as read)
    return geodesy.geodesic_areas_m2(geoms[rows], known.take(rows) if known is not None else None) / geodesy.M2_PER_HA


def plot_columns(plots: pd.DataFrame, areas: np.ndarray, texts: Texts, vacant: bool, full: bool) -> list[dict]:
    """The plots' attributes, column by column, with their captions and how to show them."""
    def label(field):
        return texts.translate("sezmap", str(render_names.FIELD_LABELS.get(field, field)))

    columns = [{"key": "plot_id", "label": label("plot_id"), "kind": "text", **encoders.text_column(plots["plot_id"])}]
    if not vacant:
        columns.append({"key": "status", "label": label("status"), "kind": "status",
                        **encoders.text_column(plots["status"])})
    columns.append({"key": "area_ha", "label": texts.translate("ZoneDashboard", "Area"), "kind": "ha",
                    **encoders.number_column(areas, 2)})
    if not full:
        return columns
    for field, kind in FIELDS:
        if field not in plots or (vacant and field not in INVESTOR_FIELDS):
            continue
        values = plots[field]
        if kind == "text":
            data = encoders.text_column(values)
        elif kind == "date":
            data = encoders.date_column(values)
        elif kind == "stamp":
            data, kind = encoders.stamp_column(values), "text"
        else:
            data = encoders.number_column(values)
        columns.append({"key": field, "label": label(field), "kind": kind, **data})
    return columns


def _has_text(value) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and bool(str(value).strip())


def zone_records(project, engine, texts: Texts) -> list[dict]:
    """Per zone of the project (in its order): name and short name (label_texts.short_label,
    "" when none), key figures, information and area."""
    metrics = getattr(engine, "metrics", {}) or {}
    language = texts.language
    names = feature_names(project, language)
    out = []
    for row in project.zones.drop(columns="geometry").to_dict("records"):
        zid = str(row["zone_id"])
        m = metrics.get(zid) if project.has_whole(zid) else None  # (a zone read alone: the others' are not known)
        info = [[texts.translate("sezmap", label),
                 str(int(row[field])) if field == "established" else render_names.text_in(row, field, language)]
                for field, label in ZONE_INFO if _has_text(row.get(field))]
        name = name_of(row, language) or zid
        out.append({"name": name, "short": short_label(name),  # (short: the label where the name has no room)
                    "kpis": key_figures(m, language, names).rows() if m else [],
                    "info": info, "area": float(m.area_ha) if m else 0.0})
    return out
