"""What a print page says: its title, subtitle, a zone's key figures, the data-sources line and,
when asked for, the chart of land use over time (``chart_data.TrendContent``).

No Qt: the words are translated by the ``translate(context, source)`` given
(``sezmap.render.page_language.translate``: the page's language), the figures come ready made
(``sezmap.export.kpis.key_figures``: the same figures as the dashboard, the web map and the
slides) and the date ready written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sezmap.render.chart_data import TrendContent


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks ``source`` for translation in ``context``; translated where it is used."""
    return source


CONTEXT = "layout"
TEXTS = {
    "as_of": QT_TRANSLATE_NOOP("layout", "Plot status as of %1"),
    "vacant_only": QT_TRANSLATE_NOOP("layout", "Vacant plots only"),
    "default_title": QT_TRANSLATE_NOOP("layout", "Special economic zones of Kazakhstan"),
    "schematic": QT_TRANSLATE_NOOP("layout", "Zone boundaries are schematic outlines at the published locations, sized to the official areas."),
    "illustrative": QT_TRANSLATE_NOOP("layout", "Plots are an illustrative layout: tenants, dates and investment figures are invented."),
    "plots_note": QT_TRANSLATE_NOOP("layout", "Plots: %1."),
    "data": QT_TRANSLATE_NOOP("layout", "Data: %1."),
    "basemap": QT_TRANSLATE_NOOP("layout", "Basemap: Natural Earth; places: GeoNames (CC BY 4.0)."),
    "projection": QT_TRANSLATE_NOOP("layout", "Albers equal-area projection."),
}

Translate = Callable[[str, str], str]  # (context, source) -> text


def untranslated(_context: str, source: str) -> str:
    return source


@dataclass
class LayoutContent:
    title: str
    subtitle: str = ""
    sources: str = ""
    figures: list[tuple[str, str]] = field(default_factory=list)  # (label, value) for the zone
    shares: tuple[float, float, float] | None = None  # allocated, infrastructure, unused
    zone_id: str | None = None
    trend: TrendContent | None = None  # land use over time (issue 26), when the page includes it


def meta_text(meta: dict, key: str, language: str = "en") -> str:
    """A project_meta text in ``language``: ``<key>_<language>`` (``title_ru``, ``contact_kk``)
    when the project gives it, else ``<key>``; "" when neither is set."""
    meta = meta or {}
    for name in (f"{key}_{language}", key):
        value = str(meta.get(name) or "").strip()
        if value:
            return value
    return ""


def contact_line(meta: dict, translate: Translate = untranslated, language: str = "en") -> str:
    """Whom an investor contacts: the project's ``contact`` (``contact_ru``, ``contact_kk``), else
    a line that sends them to the zone's management company (the web map and the slides)."""
    contact = (meta_text(meta, "contact", language)
               or translate("export", "For enquiries, contact the zone's management company."))
    return translate("export", "Contact") + f": {contact}"


def data_notes(meta: dict, translate: Translate = untranslated) -> list[str]:
    """What the data is, as the project's metadata says: schematic zone boundaries, illustrative
    plots (or the project's own note on its plots). The print page, the web map and the slides
    say these same sentences."""
    def text(key: str) -> str:
        return translate(CONTEXT, TEXTS[key])

    meta = meta or {}
    description = str(meta.get("description") or "").lower()
    plots_note = str(meta.get("plots_note") or "").strip()
    notes = []
    if "schematic" in description:
        notes.append(text("schematic"))
    if plots_note.lower().startswith("illustrative") or ("illustrative" in description and not plots_note):
        notes.append(text("illustrative"))
    elif plots_note:
        notes.append(text("plots_note").replace("%1", plots_note.rstrip(".")))
    return notes


def sources_line(meta: dict, translate: Translate = untranslated, basemap: bool = True,
                 language: str = "en") -> str:
    """Where the data comes from, saying so where the zones are schematic and plots illustrative."""
    def text(key: str) -> str:
        return translate(CONTEXT, TEXTS[key])

    parts = []
    title = meta_text(meta, "title", language)
    if title:
        parts.append(text("data").replace("%1", title.rstrip(".")))
    parts.extend(data_notes(meta, translate))
    if basemap:
        parts.append(text("basemap"))
    parts.append(text("projection"))
    return " ".join(parts)


def layout_content(meta: dict, zone_id: str | None = None, zone_name: str = "", *,
                   figures: list[tuple[str, str]] | None = None, shares: tuple[float, float, float] | None = None,
                   as_of_text: str = "", title: str | None = None, vacant: bool = False,
                   basemap: bool = True, translate: Translate = untranslated, language: str = "en",
                   trend: TrendContent | None = None) -> LayoutContent:
    """Title, subtitle, key figures and sources for a page of a project with ``meta`` (its
    metadata), of the zone ``zone_id`` named ``zone_name`` in the page's language, if any."""
    def text(key: str) -> str:
        return translate(CONTEXT, TEXTS[key])

    if zone_id is not None and not zone_name:
        zone_name = zone_id
    if title:
        head = title
        sub = [zone_name] if zone_name and zone_name != title else []
    elif zone_name:
        head, sub = zone_name, []
    else:
        head, sub = text("default_title"), []
    if vacant:
        sub.append(text("vacant_only"))
    if as_of_text:
        sub.append(text("as_of").replace("%1", as_of_text))
    return LayoutContent(head, " · ".join(sub), sources_line(meta, translate, basemap, language),
                         figures=list(figures or []), shares=shares, zone_id=zone_id, trend=trend)
