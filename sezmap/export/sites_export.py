"""The site search's results for investors: an interactive web map (``export_html``, investor
mode, showing only the results' plots) and a PDF (a print page of the results on the map, then
the sites in a table and the terms of their zones).

    export_sites(project, results, query, "sites.html", language="ru", as_of=date, engine=engine)
    export_sites(project, results, query, "sites.pdf", ...)

Both say the figures' date and, where the project's metadata says so, that zone boundaries are
schematic (``layout_content.data_notes``, as every export does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import numpy as np

from sezmap.analysis.site_results import SiteResults
from sezmap.analysis.sites import SiteQuery
from sezmap.export.report_tables import COUNTRIES
from sezmap.export.texts import Texts, arg, name_of
from sezmap.export.web import encoders
from sezmap.render.layout_content import data_notes


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


MAX_PDF_SITES = 200  # a PDF lists the best so many (and says how many there are)
MAX_WEB_PLOTS = 400_000  # as export_html's limit for all zones
WORDS = {
    "title": QT_TRANSLATE_NOOP("export", "Sites for investors"),
    "area": QT_TRANSLATE_NOOP("export", "Area"),
    "at_least": QT_TRANSLATE_NOOP("export", "at least %1"),
    "between": QT_TRANSLATE_NOOP("export", "%1 to %2"),
    "focus": QT_TRANSLATE_NOOP("export", "Zone focus"),
    "rail": QT_TRANSLATE_NOOP("export", "Rail line"),
    "border": QT_TRANSLATE_NOOP("export", "Border crossing"),
    "port": QT_TRANSLATE_NOOP("export", "Seaport"),
    "dry_port": QT_TRANSLATE_NOOP("export", "Dry port"),
    "within": QT_TRANSLATE_NOOP("export", "within %1"),
    "merged": QT_TRANSLATE_NOOP("export", "Adjacent vacant plots"),
    "merged_yes": QT_TRANSLATE_NOOP("export", "offered merged too"),
    "sites": QT_TRANSLATE_NOOP("export", "Sites found"),
    "best_of": QT_TRANSLATE_NOOP("export", "the best %1 of %2 are listed"),
    "as_of": QT_TRANSLATE_NOOP("ZoneDashboard", "Figures as of %1."),
    "site": QT_TRANSLATE_NOOP("export", "Site"),
    "site_area": QT_TRANSLATE_NOOP("export", "Site area, ha"),
    "site_plots": QT_TRANSLATE_NOOP("export", "Plots of the site"),
    "km_rail": QT_TRANSLATE_NOOP("export", "Rail, km"),
    "km_border": QT_TRANSLATE_NOOP("export", "Border crossing, km"),
    "km_port": QT_TRANSLATE_NOOP("export", "Seaport, km"),
    "km_dry_port": QT_TRANSLATE_NOOP("export", "Dry port, km"),
    "score": QT_TRANSLATE_NOOP("export", "Score"),
    "zone": QT_TRANSLATE_NOOP("export", "Zone"),
    "expires": QT_TRANSLATE_NOOP("export", "Zone expires"),
    "years_left": QT_TRANSLATE_NOOP("export", "Years left"),
    "category": QT_TRANSLATE_NOOP("export", "Category"),
    "region": QT_TRANSLATE_NOOP("export", "Region"),
    "established": QT_TRANSLATE_NOOP("export", "Established"),
    "official_area_ha": QT_TRANSLATE_NOOP("export", "Official area, ha"),
    "zone_focus": QT_TRANSLATE_NOOP("export", "Focus"),
    "terms": QT_TRANSLATE_NOOP("export", "The zones' terms"),
    "score_note": QT_TRANSLATE_NOOP("export", "Score 0 to 1, higher is better: the mean of the area's fit (the area asked for over the site's) and, for each distance limit, how far within it the site lies."),
    "click": QT_TRANSLATE_NOOP("export", "Click a plot for its site's figures and its zone's terms."),
}
TERMS = ("category", "region", "established", "expires", "years_left", "official_area_ha", "focus")


def word(texts: Texts, key: str) -> str:
    return texts.translate("ZoneDashboard" if key == "as_of" else "export", WORDS[key])


def query_rows(query: SiteQuery, texts: Texts) -> list[tuple[str, str]]:
    """What the search asked for, as (label, value) rows in ``texts``' language."""
    ha = texts.hectares
    area = (arg(word(texts, "at_least"), ha(query.min_ha, 1)) if query.max_ha is None
            else arg(word(texts, "between"), ha(query.min_ha, 1), ha(query.max_ha, 1)))
    rows = [(word(texts, "area"), area)]
    if query.focus:
        rows.append((word(texts, "focus"), query.focus))
    for key, limit in query.limits().items():
        value = arg(word(texts, "within"), texts.kilometres(limit, 0 if float(limit).is_integer() else 1))
        if key == "border" and query.border_country:
            value += f" ({texts.translate('export', COUNTRIES[query.border_country])})"
        rows.append((word(texts, key), value))
    if query.merge_adjacent:
        rows.append((word(texts, "merged"), word(texts, "merged_yes")))
    return rows


def found_text(results: SiteResults, texts: Texts, shown: int) -> str:
    text = texts.number(results.total)
    if shown < results.total:
        text += " (" + arg(word(texts, "best_of"), texts.number(shown), texts.number(results.total)) + ")"
    return text


def zone_terms(results: SiteResults, project, texts: Texts) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each zone of the results (in order of its best site): its name and its terms."""
    rows = project.zones.drop(columns="geometry").to_dict("records")
    by_id = {str(r["zone_id"]): r for r in rows}
    out = []
    for zone_id in dict.fromkeys(str(z) for z in results.zone_ids.tolist()):
        _name, terms = results.zone_info.get(zone_id, (None, {}))
        row = by_id.get(zone_id, {})
        values = [(word(texts, "zone_focus" if k == "focus" else k), _term_text(row, k, terms.get(k), texts))
                  for k in TERMS if terms.get(k) is not None]
        out.append((name_of(row, texts.language) or zone_id, values))
    return out


def _term_text(row: dict, key: str, value, texts: Texts) -> str:
    if key in ("focus", "region"):  # in the page's language where the zone gives it
        from sezmap.render.names import text_in

        return text_in(row, key, texts.language) or str(value)
    if key == "official_area_ha":
        return texts.number(value, 0)
    if key == "category":  # a code ("industry"): in words, in the page's language
        from sezmap.render.names import CATEGORY_LABELS

        source = CATEGORY_LABELS.get(str(value))
        return texts.translate("sezmap", str(source)) if source is not None else str(value)
    return str(value)


# --- the web map ------------------------------------------------------------------------------

def site_columns(results: SiteResults, rows: np.ndarray, texts: Texts) -> list[dict]:
    """Popup columns of the plots ``rows`` (ascending): each plot's best site (its rank, area,
    plots, distances, score) and its zone's terms."""
    first: dict[int, int] = {}  # plot row -> the best site holding it
    for i in range(len(results)):
        for r in results.plot_rows(i).tolist():
            first.setdefault(int(r), i)
    best = np.array([first[int(r)] for r in rows.tolist()], dtype=np.int64)
    cols = results.columns()

    def text(values) -> dict:
        return encoders.text_column(values)

    def km(key: str) -> list:
        return [None if cols[key][i] is None else texts.number(cols[key][i], 1) for i in best.tolist()]

    out = [{"key": "site", "label": word(texts, "site"), "kind": "text", **text([f"#{i + 1}" for i in best.tolist()])},
           {"key": "site_area", "label": word(texts, "site_area"), "kind": "text",
            **text([texts.number(cols["area_ha"][i], 2) for i in best.tolist()])},
           {"key": "site_plots", "label": word(texts, "site_plots"), "kind": "text",
            **text([", ".join(results.plot_ids(i)) for i in best.tolist()])}]
    out += [{"key": k, "label": word(texts, k), "kind": "text", **text(km(k))}
            for k in ("km_rail", "km_border", "km_port", "km_dry_port")]
    out.append({"key": "score", "label": word(texts, "score"), "kind": "text",
                **text([texts.number(cols["score"][i], 3) for i in best.tolist()])})
    for key in ("expires", "years_left", "category"):
        values = [results.zone_info.get(cols["zone_id"][i], (None, {}))[1].get(key) for i in best.tolist()]
        values = [None if v is None else _term_text({}, key, v, texts) for v in values]
        out.append({"key": f"zone_{key}", "label": word(texts, key), "kind": "text", **text(values)})
    return out


def export_sites_html(project, results: SiteResults, query: SiteQuery, out_path, *, language: str = "en",
                      as_of: dt.date | None = None, engine=None, progress=None, cancelled=None) -> Path:
    from sezmap.export.web import export_html
    from sezmap.model.problems import DataError

    texts = Texts(language)
    rows = results.all_rows()
    if len(rows) > MAX_WEB_PLOTS:
        raise DataError(f"{len(rows):,} plots are too many for one web map (at most {MAX_WEB_PLOTS:,}): "
                        "ask for fewer sites (--limit)")
    as_of = as_of or getattr(engine, "as_of", None) or dt.date.today()
    lines = [arg(word(texts, "as_of"), str(as_of))]
    lines += [f"{label}: {value}" for label, value in query_rows(query, texts)]
    lines.append(f"{word(texts, 'sites')}: {found_text(results, texts, len(results))}. {word(texts, 'click')}")
    return export_html(project, engine, out_path, title=word(texts, "title"), language=language, vacant=True,
                       plots=rows, extra_columns=site_columns(results, rows, texts), title_lines=lines,
                       progress=progress, cancelled=cancelled)


# --- the PDF ----------------------------------------------------------------------------------

def export_sites_pdf(project, results: SiteResults, query: SiteQuery, out_path, *, language: str = "en",
                     as_of: dt.date | None = None, engine=None, scene=None,
                     cancelled: Callable[[], bool] | None = None) -> Path:
    from sezmap.render.page_language import using_language
    from sezmap.export.sites_pdf import write_sites_pdf

    as_of = as_of or getattr(engine, "as_of", None) or dt.date.today()
    with using_language(language):
        write_sites_pdf(project, results, query, Path(out_path), language, as_of, scene, cancelled)
    return Path(out_path)


def export_sites(project, results: SiteResults, query: SiteQuery, out_path, **options) -> Path:
    """The web map (``.html``) or the PDF (``.pdf``), by the file's extension."""
    suffix = Path(out_path).suffix.lower()
    if suffix in (".html", ".htm"):
        options.pop("scene", None)
        return export_sites_html(project, results, query, out_path, **options)
    if suffix == ".pdf":
        options.pop("progress", None)
        return export_sites_pdf(project, results, query, out_path, **options)
    raise ValueError(f"{out_path}: export the sites as .html or .pdf")


def notes(project, texts: Texts) -> list[str]:
    """What the data is (schematic boundaries, illustrative plots), in ``texts``' language."""
    return data_notes(project.meta, texts.translate)
