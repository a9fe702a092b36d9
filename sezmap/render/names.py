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


def feature_name(row, language: str) -> str:
    """A feature's name in the UI language: name_<lang>, else Russian, else English."""
    order = {"kk": ("name_kk", "name_ru", "name_en"), "ru": ("name_ru", "name_en")}.get(
        language, ("name_en", "name_ru"))
    for key in order:
        value = row.get(key) if hasattr(row, "get") else None
        if isinstance(value, str) and value.strip():
            return value
    return ""
