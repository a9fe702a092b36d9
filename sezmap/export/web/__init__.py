"""The interactive web map: one HTML file that opens offline (folium, Leaflet inlined).

    export_html(project, engine, "khorgos.html", zone="khorgos_eastern_gate")
    export_html(project, engine, "vacant.html", zone="khorgos_eastern_gate", vacant=True)

What it shows: zones (outlined, a ring marker and label where a zone is only a few pixels),
plots coloured by status (the one palette of model/statuses.py, one layer per status), the
corridors (one colour each, dashed by mode, as on the map), the hubs by kind, over the
offline basemap (Natural Earth, GeoNames); a layer control, a legend, fullscreen, scale and
measure controls. A click on a plot opens its attributes and its zone's key figures (from the
analysis engine); a click on a zone, the zone's. Web tiles are optional (``tiles=``, off by
default: the file then loads nothing from anywhere).

Investor mode (``vacant=True``): only the vacant plots, with their area (ha, on the WGS84
ellipsoid), the zone's focus, the vacant land in total and a contact line (project_meta key
``contact``, ``contact_ru``/``contact_kk`` in those languages; without one, a line that sends
the reader to the zone's management company).

Every page says what its data is, as the print page does: the figures' date, and when the
project's metadata says so, that zone boundaries are schematic and plots illustrative
(``layout_content.data_notes``: the same sentences in the same catalogue).

The parts, each read on its own:

* ``data`` chooses what is shown (zones, plots, areas, popup columns, zone figures);
* ``encoders`` packs it compactly (plots travel as one varint-coded table, so a zone of 70,000
  plots is a few megabytes and stays responsive);
* ``page`` builds the folium map step by step (layers, legend, title, controls);
* ``assets`` inlines Leaflet, its plugins and sezmap's own ``static/sezmap.js`` and
  ``static/sezmap.css`` (package data): folium's CDN links are not used at all;
* ``symbols`` draws the legend's symbols and escapes text for HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import shapely

from sezmap.export import as_date, check_cancelled, project_inputs, report
from sezmap.export.texts import Texts, arg, name_of
from sezmap.export.web import data as page_data
from sezmap.export.web.assets import WebAssetsMissing, assets_dir, inline_assets
from sezmap.export.web.encoders import UNIT, encode_polygons
from sezmap.export.web.page import DATA_ID, PageContent, build_map, zone_bounds
from sezmap.formats.atomic import atomic_output
from sezmap.model.problems import DataError
from sezmap.model.statuses import STATUS_CODE, STATUS_LABELS_EN, STATUSES, status_codes
from sezmap.render.date_words import date_text
from sezmap.render.layout_content import contact_line, data_notes, meta_text
from sezmap.render.page_language import using_language
from sezmap.render.names import text_in

__all__ = ["DATA_ID", "MAX_PLOTS", "MAX_ZONE_PLOTS", "STEPS", "UNIT", "WebAssetsMissing", "encode_polygons", "export_html"]

MAX_PLOTS = 400_000  # more than this is no longer one responsive page: export one zone
MAX_ZONE_PLOTS = 1_000_000  # one zone's page: plots smaller than a pixel are drawn as dots (sezmap.js)
FULL_ATTRIBUTES_MAX = 150_000  # above this, popups carry the id, status and area only
STEPS = 6


def export_html(project, engine, out_path, *, zone=None, title=None, language="en", vacant=False,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, tiles: str | None = None,
                plots: np.ndarray | None = None, extra_columns: list[dict] | None = None,
                title_lines: list[str] | None = None) -> Path:
    """Write the interactive web map of the project (or of one zone) to ``out_path``; returns it.

    ``tiles``: an optional web tile source (a folium/xyzservices name such as "OpenStreetMap",
    or an XYZ URL template) under the offline basemap; None (the default) loads nothing.
    ``plots``: the plots' rows to show instead of the zone's (the site search's results; the
    map opens on them), ``extra_columns`` more popup columns for them (data.plot_columns'
    shape, in the same order), ``title_lines`` the lines under the title instead of the date
    and, in investor mode, the focus and vacant land (the contact line stays last).
    Raises DataError for an unknown zone, too many plots or an unwritable path (nothing is
    written), ExportCancelled when ``cancelled()`` says so, WebAssetsMissing when Leaflet is
    not installed (packaging/setup.sh)."""
    out_path = Path(out_path)
    texts = Texts(language)
    zone = None if zone in (None, "") else str(zone)
    zone_rows = page_data.zone_rows(project, zone)
    inline_assets(str(assets_dir()))  # missing Leaflet fails here, before any work
    report(progress, 0, STEPS)
    check_cancelled(cancelled)

    # 1. which plots, their areas and attributes
    rows = page_data.plot_rows(project, zone, vacant) if plots is None else np.asarray(plots, np.int64)
    limit = MAX_PLOTS if zone is None else MAX_ZONE_PLOTS
    if len(rows) > limit:
        raise DataError(f"{len(rows):,} plots are too many for one web map (at most {limit:,}"
                        + ("); export one zone (--zone)" if zone is None else " in one zone)"))
    shown = project.plots.iloc[rows]
    areas = page_data.areas_ha(project, engine, rows, exact=vacant)
    zone_index = {str(z): k for k, z in enumerate(project.zones["zone_id"])}
    codes = status_codes(shown["status"].astype(object)).astype(int)
    zones_of = shown["zone_id"].astype(object).map(zone_index).fillna(-1).to_numpy(dtype=int)
    columns = page_data.plot_columns(shown, areas, texts, vacant, full=len(rows) <= FULL_ATTRIBUTES_MAX)
    columns += extra_columns or []
    report(progress, 1, STEPS)
    check_cancelled(cancelled)

    # 2. geometries as one compact stream
    simplified = shapely.simplify(np.asarray(shown.geometry.values, dtype=object), 0.5 / UNIT,
                                  preserve_topology=True)
    stream = encode_polygons(simplified)
    report(progress, 2, STEPS)
    check_cancelled(cancelled)

    # 3. zones: names, key figures, information; the words the page's script writes
    status_labels = {s: texts.translate("sezmap", STATUS_LABELS_EN[s]) for s in STATUSES}
    decimal, group = texts.separators()
    data = {
        "group": group,
        "decimal": decimal,
        "plotWord": texts.translate("sezmap", "Plot"),
        "haUnit": texts.translate("sezmap", "%1 ha").replace("%1", "").strip() or "ha",
        "kpiTitle": texts.translate("ZoneDashboard", "Zone dashboard"),
        "statusLabels": status_labels,
        "zones": page_data.zone_records(project, engine, texts),
        "plots": {**stream, "status": codes.tolist(), "zone": zones_of.tolist(), "columns": columns},
    }
    report(progress, 3, STEPS)
    check_cancelled(cancelled)

    # 4. the map
    focus_zone = zone_rows.iloc[0] if zone is not None else None
    content = PageContent(
        title=title if title is not None else _default_title(project, texts, focus_zone, vacant),
        title_lines=_title_lines(project, texts, getattr(engine, "as_of", None), vacant, focus_zone, areas)
        if title_lines is None else list(title_lines) + _title_lines(project, texts, None, vacant, None, areas)[-1:],
        notes=data_notes(project.meta, texts.translate),
        vacant=vacant, statuses=[s for s in STATUSES if (codes == STATUS_CODE[s]).any()],
        unknown=bool((codes < 0).any()), status_labels=status_labels, data=data, tiles=tiles,
        bounds=zone_bounds(zone_rows) if plots is None else _plot_bounds(shown, zone_rows))
    fmap = build_map(project, content, texts)
    report(progress, 4, STEPS)
    check_cancelled(cancelled)

    # 5. the page
    page = fmap.get_root().render()
    leftovers = re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"https?://[^\"]*\"", page)
    if leftovers:  # a folium change brought a CDN link back: refuse rather than write a page that needs the web
        raise RuntimeError(f"the web map would load from the web: {leftovers[:3]}")
    report(progress, 5, STEPS)
    check_cancelled(cancelled)

    # 6. written whole or not at all
    with atomic_output(out_path, inputs=project_inputs(project)) as tmp:
        tmp.write_text(page, encoding="utf-8")
        check_cancelled(cancelled)
    report(progress, 6, STEPS)
    return out_path


def _plot_bounds(shown, zone_rows) -> tuple[float, float, float, float]:
    """Where the map opens on the plots shown (their zones' when there are none)."""
    if not len(shown):
        return zone_bounds(zone_rows)
    x0, y0, x1, y1 = (float(v) for v in shapely.total_bounds(shown.geometry.values))
    return x0, y0, x1, y1


def _default_title(project, texts: Texts, focus_zone, vacant: bool) -> str:
    """The zone's name (investor mode: "Vacant plots for investors — zone"), else the project's."""
    zone_name = name_of(focus_zone, texts.language) if focus_zone is not None else ""
    if vacant:
        return texts.translate("export", "Vacant plots for investors") + (f" — {zone_name}" if zone_name else "")
    return zone_name or meta_text(project.meta, "title", texts.language) or texts.translate(
        "export", "Special Economic Zones of Kazakhstan")


def _title_lines(project, texts: Texts, as_of, vacant: bool, focus_zone, areas: np.ndarray) -> list[str]:
    """The lines under the title: the date of the figures; in investor mode the zone's focus,
    the vacant land and whom to contact (last)."""
    lines = []
    if as_of is not None:
        with using_language(texts.language):  # (the date in the map's language, as a page says it)
            day = date_text(as_date(as_of), as_of=False)
        lines.append(arg(texts.translate("ZoneDashboard", "Figures as of %1."), day))
    if not vacant:
        return lines
    focus = text_in(focus_zone, "focus", texts.language) if focus_zone is not None else ""
    if focus:
        lines.append(texts.translate("sezmap", "Focus") + f": {focus}")
    vacant_land = texts.plural("%Ln plot, %1 ha", "%Ln plots, %1 ha", len(areas),
                               texts.number(float(np.nansum(areas)), 1), context="ZoneDashboard")
    lines.append(texts.translate("export", "Vacant land") + f": {vacant_land}")
    lines.append(contact_line(project.meta, texts.translate, texts.language))
    return lines
