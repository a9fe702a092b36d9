"""Translated names for statuses, layers, hub kinds and corridor modes.

QtCore's translate (no widgets), with the literals written out so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("sezmap", text)


def status_label(status: str) -> str:
    labels = {
        "vacant": QCoreApplication.translate("sezmap", "Vacant"),
        "reserved": QCoreApplication.translate("sezmap", "Reserved"),
        "allocated": QCoreApplication.translate("sezmap", "Allocated"),
        "under_construction": QCoreApplication.translate("sezmap", "Under construction"),
        "operational": QCoreApplication.translate("sezmap", "Operational"),
        "withdrawn": QCoreApplication.translate("sezmap", "Withdrawn"),
        "infrastructure": QCoreApplication.translate("sezmap", "Infrastructure"),
    }
    return labels.get(status, status)


def layer_title(layer_id: str) -> str:
    titles = {
        "zones": QCoreApplication.translate("sezmap", "Zones"),
        "plots": QCoreApplication.translate("sezmap", "Plots"),
        "corridors": QCoreApplication.translate("sezmap", "Corridors"),
        "hubs": QCoreApplication.translate("sezmap", "Hubs"),
        "basemap": QCoreApplication.translate("sezmap", "Basemap"),
        "countries": QCoreApplication.translate("sezmap", "Countries"),
        "admin1": QCoreApplication.translate("sezmap", "Regions"),
        "water": QCoreApplication.translate("sezmap", "Lakes and seas"),
        "rivers": QCoreApplication.translate("sezmap", "Rivers"),
        "cities": QCoreApplication.translate("sezmap", "Cities"),
        "route": QCoreApplication.translate("sezmap", "Route"),
        "selection": QCoreApplication.translate("sezmap", "Selection"),
        "tiles": QCoreApplication.translate("sezmap", "Online tiles"),
    }
    return titles.get(layer_id, layer_id)


def hub_kind_label(kind: str) -> str:
    labels = {
        "border_crossing": QCoreApplication.translate("sezmap", "Border crossing"),
        "seaport": QCoreApplication.translate("sezmap", "Seaport"),
        "dry_port": QCoreApplication.translate("sezmap", "Dry port"),
        "logistics_hub": QCoreApplication.translate("sezmap", "Logistics hub"),
        "cooperation_center": QCoreApplication.translate("sezmap", "Cooperation centre"),
        "station": QCoreApplication.translate("sezmap", "Station"),
    }
    return labels.get(kind, kind)


def mode_label(mode: str) -> str:
    labels = {
        "rail": QCoreApplication.translate("sezmap", "rail"),
        "road": QCoreApplication.translate("sezmap", "road"),
        "sea": QCoreApplication.translate("sezmap", "sea"),
        "multimodal": QCoreApplication.translate("sezmap", "multimodal"),
    }
    return labels.get(mode, mode)


def field_label(field: str) -> str:
    """A column's caption (table headers, identify panel); the raw field name when unknown."""
    labels = {
        "plot_id": QCoreApplication.translate("sezmap", "Plot"),
        "zone_id": QCoreApplication.translate("sezmap", "Zone"),
        "cadastral_no": QCoreApplication.translate("sezmap", "Cadastral number"),
        "status": QCoreApplication.translate("sezmap", "Status"),
        "tenant": QCoreApplication.translate("sezmap", "Tenant"),
        "project_name": QCoreApplication.translate("sezmap", "Project"),
        "allocated_on": QCoreApplication.translate("sezmap", "Allocated on"),
        "contract_deadline": QCoreApplication.translate("sezmap", "Contract deadline"),
        "investment_committed_kzt": QCoreApplication.translate("sezmap", "Investment committed, ₸"),
        "investment_actual_kzt": QCoreApplication.translate("sezmap", "Investment made, ₸"),
        "jobs_planned": QCoreApplication.translate("sezmap", "Jobs planned"),
        "version": QCoreApplication.translate("sezmap", "Version"),
        "updated_at": QCoreApplication.translate("sezmap", "Last changed"),
        "updated_by": QCoreApplication.translate("sezmap", "Changed by"),
        "name_en": QCoreApplication.translate("sezmap", "Name (English)"),
        "name_ru": QCoreApplication.translate("sezmap", "Name (Russian)"),
        "name_kk": QCoreApplication.translate("sezmap", "Name (Kazakh)"),
        "category": QCoreApplication.translate("sezmap", "Category"),
        "established": QCoreApplication.translate("sezmap", "Established"),
        "expires": QCoreApplication.translate("sezmap", "Expires"),
        "official_area_ha": QCoreApplication.translate("sezmap", "Official area, ha"),
        "focus": QCoreApplication.translate("sezmap", "Focus"),
        "region": QCoreApplication.translate("sezmap", "Region"),
        "source": QCoreApplication.translate("sezmap", "Source"),
        "corridor_id": QCoreApplication.translate("sezmap", "Corridor"),
        "mode": QCoreApplication.translate("sezmap", "Mode"),
        "hub_id": QCoreApplication.translate("sezmap", "Hub"),
        "kind": QCoreApplication.translate("sezmap", "Kind"),
        "country": QCoreApplication.translate("sezmap", "Country"),
    }
    return labels.get(field, field)


def category_label(category: str) -> str:
    labels = {
        "city": QCoreApplication.translate("sezmap", "city"),
        "industry": QCoreApplication.translate("sezmap", "industry"),
        "trade": QCoreApplication.translate("sezmap", "trade"),
    }
    return labels.get(category, category)


def value_label(field: str, value) -> str:
    """Coded values (status, hub kind, corridor mode, zone category) in words; others unchanged."""
    label = {"status": status_label, "kind": hub_kind_label, "mode": mode_label,
             "category": category_label}.get(field)
    return label(str(value)) if label is not None else value


NAME_KEYS = {"kk": ("name_kk", "name_ru", "name_en"), "ru": ("name_ru", "name_en"), "en": ("name_en", "name_ru")}


def name_keys(language: str) -> tuple[str, ...]:
    """The name fields to try for ``language``, best first: its own, else Russian, else English."""
    return NAME_KEYS.get(language, NAME_KEYS["en"])


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
