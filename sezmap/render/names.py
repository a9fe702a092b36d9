"""Translated names for statuses, layers, hub kinds and corridor modes.

QtCore's translate (no widgets), in the language of ``sezmap.render.page_language`` (an
export's, else the UI's). The tables hold English source texts marked with
QT_TRANSLATE_NOOP so lupdate finds them; ``_label`` translates at call time (the language
can change while the app runs).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from sezmap.render import page_language


def _label(table: Mapping[str, object], key: str) -> str:
    """The translated label of ``key`` in ``table`` (English source texts, marked with
    QT_TRANSLATE_NOOP), else ``key`` itself."""
    text = table.get(key)
    return page_language.translate("sezmap", str(text)) if text is not None else key


STATUS_LABELS = {
    "vacant": QT_TRANSLATE_NOOP("sezmap", "Vacant"),
    "reserved": QT_TRANSLATE_NOOP("sezmap", "Reserved"),
    "allocated": QT_TRANSLATE_NOOP("sezmap", "Allocated"),
    "under_construction": QT_TRANSLATE_NOOP("sezmap", "Under construction"),
    "operational": QT_TRANSLATE_NOOP("sezmap", "Operational"),
    "withdrawn": QT_TRANSLATE_NOOP("sezmap", "Withdrawn"),
    "infrastructure": QT_TRANSLATE_NOOP("sezmap", "Infrastructure"),
}


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


LAYER_TITLES = {
    "zones": QT_TRANSLATE_NOOP("sezmap", "Zones"),
    "plots": QT_TRANSLATE_NOOP("sezmap", "Plots"),
    "corridors": QT_TRANSLATE_NOOP("sezmap", "Corridors"),
    "hubs": QT_TRANSLATE_NOOP("sezmap", "Hubs"),
    "basemap": QT_TRANSLATE_NOOP("sezmap", "Basemap"),
    "countries": QT_TRANSLATE_NOOP("sezmap", "Countries"),
    "admin1": QT_TRANSLATE_NOOP("sezmap", "Regions"),
    "water": QT_TRANSLATE_NOOP("sezmap", "Lakes and seas"),
    "rivers": QT_TRANSLATE_NOOP("sezmap", "Rivers"),
    "cities": QT_TRANSLATE_NOOP("sezmap", "Cities"),
    "route": QT_TRANSLATE_NOOP("sezmap", "Route"),
    "selection": QT_TRANSLATE_NOOP("sezmap", "Selection"),
    "site_results": QT_TRANSLATE_NOOP("sezmap", "Site search results"),
    "tiles": QT_TRANSLATE_NOOP("sezmap", "Online tiles"),
}


def layer_title(layer_id: str) -> str:
    return _label(LAYER_TITLES, layer_id)


HUB_KIND_LABELS = {
    "border_crossing": QT_TRANSLATE_NOOP("sezmap", "Border crossing"),
    "seaport": QT_TRANSLATE_NOOP("sezmap", "Seaport"),
    "dry_port": QT_TRANSLATE_NOOP("sezmap", "Dry port"),
    "logistics_hub": QT_TRANSLATE_NOOP("sezmap", "Logistics hub"),
    "cooperation_center": QT_TRANSLATE_NOOP("sezmap", "Cooperation centre"),
    "station": QT_TRANSLATE_NOOP("sezmap", "Station"),
}


def hub_kind_label(kind: str) -> str:
    return _label(HUB_KIND_LABELS, kind)


MODE_LABELS = {
    "rail": QT_TRANSLATE_NOOP("sezmap", "rail"),
    "road": QT_TRANSLATE_NOOP("sezmap", "road"),
    "sea": QT_TRANSLATE_NOOP("sezmap", "sea"),
    "multimodal": QT_TRANSLATE_NOOP("sezmap", "multimodal"),
    "rail+road": QT_TRANSLATE_NOOP("sezmap", "rail and road"),  # a border crossing's mode
}


def mode_label(mode: str) -> str:
    return _label(MODE_LABELS, mode)


FIELD_LABELS = {
    "plot_id": QT_TRANSLATE_NOOP("sezmap", "Plot"),
    "zone_id": QT_TRANSLATE_NOOP("sezmap", "Zone"),
    "cadastral_no": QT_TRANSLATE_NOOP("sezmap", "Cadastral number"),
    "status": QT_TRANSLATE_NOOP("sezmap", "Status"),
    "area_ha": QT_TRANSLATE_NOOP("sezmap", "Area, ha"),
    "tenant": QT_TRANSLATE_NOOP("sezmap", "Tenant"),
    "project_name": QT_TRANSLATE_NOOP("sezmap", "Project"),
    "allocated_on": QT_TRANSLATE_NOOP("sezmap", "Allocated on"),
    "contract_deadline": QT_TRANSLATE_NOOP("sezmap", "Contract deadline"),
    "investment_committed_kzt": QT_TRANSLATE_NOOP("sezmap", "Investment committed, ₸"),
    "investment_actual_kzt": QT_TRANSLATE_NOOP("sezmap", "Investment made, ₸"),
    "jobs_planned": QT_TRANSLATE_NOOP("sezmap", "Jobs planned"),
    "part": QT_TRANSLATE_NOOP("sezmap", "Zone part"),
    "version": QT_TRANSLATE_NOOP("sezmap", "Version"),
    "updated_at": QT_TRANSLATE_NOOP("sezmap", "Last changed"),
    "updated_by": QT_TRANSLATE_NOOP("sezmap", "Changed by"),
    "name_en": QT_TRANSLATE_NOOP("sezmap", "Name (English)"),
    "name_ru": QT_TRANSLATE_NOOP("sezmap", "Name (Russian)"),
    "name_kk": QT_TRANSLATE_NOOP("sezmap", "Name (Kazakh)"),
    "category": QT_TRANSLATE_NOOP("sezmap", "Category"),
    "established": QT_TRANSLATE_NOOP("sezmap", "Established"),
    "expires": QT_TRANSLATE_NOOP("sezmap", "Expires"),
    "official_area_ha": QT_TRANSLATE_NOOP("sezmap", "Official area, ha"),
    "focus": QT_TRANSLATE_NOOP("sezmap", "Focus"),
    "region": QT_TRANSLATE_NOOP("sezmap", "Region"),
    "focus_ru": QT_TRANSLATE_NOOP("sezmap", "Focus (Russian)"),
    "focus_kk": QT_TRANSLATE_NOOP("sezmap", "Focus (Kazakh)"),
    "region_ru": QT_TRANSLATE_NOOP("sezmap", "Region (Russian)"),
    "region_kk": QT_TRANSLATE_NOOP("sezmap", "Region (Kazakh)"),
    "source": QT_TRANSLATE_NOOP("sezmap", "Source"),
    "corridor_id": QT_TRANSLATE_NOOP("sezmap", "Corridor"),
    "mode": QT_TRANSLATE_NOOP("sezmap", "Mode"),
    "hub_id": QT_TRANSLATE_NOOP("sezmap", "Hub"),
    "kind": QT_TRANSLATE_NOOP("sezmap", "Kind"),
    "country": QT_TRANSLATE_NOOP("sezmap", "Country"),
    "neighbour": QT_TRANSLATE_NOOP("sezmap", "Neighbouring country"),
}


def field_label(field: str) -> str:
    """A column's caption (table headers, identify panel); the raw field name when unknown."""
    return _label(FIELD_LABELS, field)


CATEGORY_LABELS = {
    "city": QT_TRANSLATE_NOOP("sezmap", "city"),
    "industry": QT_TRANSLATE_NOOP("sezmap", "industry"),
    "trade": QT_TRANSLATE_NOOP("sezmap", "trade"),
}


def category_label(category: str) -> str:
    return _label(CATEGORY_LABELS, category)


def value_label(field: str, value) -> str:
    """Coded values (status, hub kind, corridor mode, zone category) in words; others unchanged."""
    label = {"status": status_label, "kind": hub_kind_label, "mode": mode_label,
             "category": category_label}.get(field)
    return label(str(value)) if label is not None else value


def value_text(field: str, value, decimals: int = 0, fixed: bool = False) -> str:
    """A cell as the table and the identify panel show it: words for codes, grouped numbers
    (floats; at most ``decimals`` places, trailing zeros dropped; ``fixed``: always
    ``decimals`` places, as a column of measures reads best), whole integers as they are
    (years, versions), timestamps to the minute; "" when there is no value."""
    from sezmap.render import numbers

    if numbers.missing(value):
        return ""
    if field in ("status", "kind", "mode", "category"):
        return value_label(field, value)
    if isinstance(value, (float, np.floating)):
        text = numbers.number(float(value), decimals)
        if decimals and not fixed:
            text = text.rstrip("0").rstrip(page_language.locale().decimalPoint())
        return text
    if hasattr(value, "strftime") and hasattr(value, "hour"):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


NAME_KEYS = {"kk": ("name_kk", "name_ru", "name_en"), "ru": ("name_ru", "name_en"), "en": ("name_en", "name_ru")}


def name_keys(language: str) -> tuple[str, ...]:
    """The name fields to try for ``language``, best first: its own, else Russian, else English."""
    return NAME_KEYS.get(language, NAME_KEYS["en"])


def text_in(row, field: str, language: str) -> str:
    """A zone's text ``field`` ("focus", "region") in ``language``: ``<field>_<language>``, else
    (as names) Russian, else the field itself; "" when none is given."""
    keys = {"kk": (f"{field}_kk", f"{field}_ru", field), "ru": (f"{field}_ru", field)}.get(language, (field,))
    return first_text(row, keys)


def first_text(row, keys) -> str:
    """The first of ``keys`` whose value in ``row`` is a non-blank string (None, NaN, "" are skipped)."""
    get = row.get if hasattr(row, "get") else (lambda _key: None)
    for key in keys:
        value = get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def feature_name(row, language: str) -> str:
    """A feature's name in the UI language: name_<lang>, else Russian, else English.

    ``name_kk`` of corridors and hubs is a schema extension: files from elsewhere may lack
    the column or leave it empty, and then the Russian (or English) name is shown.
    """
    return first_text(row, name_keys(language))
