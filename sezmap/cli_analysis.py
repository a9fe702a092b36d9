"""The command line's analysis commands beyond the report: ``imagery check`` and ``report
--trend`` (sezmap.analysis.imagery, sezmap.analysis.trend); sezmap.cli wires them in."""

from __future__ import annotations

import sys

from sezmap.cli import EXIT_OK, _check_out, _emit, _project
from sezmap.model.problems import DataError, counted


def add_imagery_parser(sub, with_project) -> None:
    imagery = sub.add_parser("imagery", help="plots' reported status against imagery").add_subparsers(
        dest="imagery_command", required=True)
    p = with_project(imagery.add_parser(
        "check", help="flag plots whose reported status the raster contradicts",
        description="Per plot: the weighted mean of the raster and the share of its land on built pixels "
                    "(value at or above --threshold; NDVI: below it). Flags: looks_unbuilt (under construction "
                    "or operational, built fraction below the threshold), looks_built (vacant or withdrawn, "
                    "at or above it), no_data (less than half the plot on valid pixels), consistent."))
    p.add_argument("--raster", required=True, help="GeoTIFF in any CRS")
    p.add_argument("--band", type=int, metavar="N", help="the band holding a built-up score 0..1 (default 1)")
    p.add_argument("--index", choices=["ndbi", "ndvi"], help="compute an index from the bands named below")
    p.add_argument("--nir", type=int, metavar="N", help="near-infrared band (for ndbi and ndvi)")
    p.add_argument("--swir", type=int, metavar="N", help="short-wave infrared band (for ndbi)")
    p.add_argument("--red", type=int, metavar="N", help="red band (for ndvi)")
    p.add_argument("--threshold", type=float, default=0.5, metavar="T",
                   help="a pixel counts as built at or above T (NDVI: below T); a plot's built fraction is "
                        "compared with T too (default 0.5)")
    p.add_argument("--zone", help="only the plots of this zone")
    p.add_argument("--format", choices=["json", "csv", "md"], default="json", help="output format (default json)")
    p.add_argument("--out", help="write to this file instead of standard output (never over the project)")
    p.add_argument("--raw", action="store_true",
                   help="cells exactly as stored (no leading ' before a formula-like text, no escapes)")
    p.set_defaults(func=cmd_imagery_check)



def cmd_imagery_check(args) -> int:
    from sezmap.analysis import imagery
    from sezmap.export import check_zone
    from sezmap.store import open_store

    if args.band is not None and args.index is not None:
        raise DataError("--band and --index exclude each other")
    spec = imagery.RasterSpec(args.raster, band=args.band, index=args.index, nir=args.nir, swir=args.swir,
                              red=args.red, threshold=args.threshold)
    spec.bands()  # a bad choice of bands fails before the project is read
    _check_out(args)
    project = open_store(_project(args)).load()
    check_zone(project, args.zone)
    rows = imagery.check(project, spec, zone=args.zone)
    text = imagery.render(rows, spec, args.format, raw=args.raw)
    flagged = sum(r.flag != "consistent" for r in rows)
    _emit(args, text, f"{counted(len(rows), 'plot')} checked, {flagged} flagged: {args.out}")
    return EXIT_OK


def trend_text(args, store, engine) -> str:
    """``report --trend``: the report with each zone's figures at each period end, rebuilt by
    replaying the audit log backwards (sezmap.analysis.trend)."""
    import datetime as dt

    from sezmap.analysis import trend
    from sezmap.analysis.report import report_dict
    from sezmap.session.zone_trends import report_trends

    bounds = {}
    for name in ("since", "until"):
        value = getattr(args, name)
        try:
            bounds[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            raise DataError(f"--{name} {value!r} is not a date (YYYY-MM-DD)") from None
    until = bounds["until"] or engine.as_of
    if bounds["since"] is not None and bounds["since"] > until:
        raise DataError(f"--since {bounds['since']} is after --until {until}")
    report = report_dict(engine)  # (before the replay changes the engine)
    found = report_trends(store, args.trend, until, bounds["since"], engine)
    report = trend.add_trend(report, found.zones)
    return trend.render(report, args.format, raw=args.raw)


def add_sites_parser(sub, with_project) -> None:
    p = with_project(sub.add_parser(
        "sites", help="vacant land that fits an investor's needs, best first (docs/schema.md)"))
    p.add_argument("--min-ha", type=float, required=True, metavar="N", help="smallest area, hectares")
    p.add_argument("--max-ha", type=float, metavar="N", help="largest area, hectares")
    p.add_argument("--focus", metavar="TEXT", help="zones whose focus (in English, Russian or Kazakh) holds this text")
    p.add_argument("--max-km-rail", type=float, metavar="N", help="at most N km from a rail line")
    p.add_argument("--max-km-border", type=float, metavar="N", help="at most N km from a border crossing")
    p.add_argument("--border-country", metavar="ISO2",
                   help="with --max-km-border: a crossing to this neighbour (RU, CN, KG, UZ, TM)")
    p.add_argument("--max-km-port", type=float, metavar="N", help="at most N km from a seaport")
    p.add_argument("--max-km-dry-port", type=float, metavar="N", help="at most N km from a dry port")
    p.add_argument("--merge-adjacent", action="store_true",
                   help="also offer groups of adjacent vacant plots of one zone, merged")
    p.add_argument("--limit", type=int, metavar="N", help="only the best N sites")
    p.add_argument("--as-of", help="date YYYY-MM-DD for the zones' years left (default: today)")
    p.add_argument("--format", choices=["json", "csv", "md"], default="json", help="output format (default json)")
    p.add_argument("--out", help="write to this file instead of standard output (never over the project)")
    p.add_argument("--raw", action="store_true",
                   help="cells exactly as stored: no leading ' before a value a spreadsheet would take for "
                        "a formula, and control characters not escaped on standard output")
    p.add_argument("--export-html", metavar="FILE",
                   help="also write the sites as an investor web map (one offline HTML file)")
    p.add_argument("--export-pdf", metavar="FILE",
                   help="also write the sites as a PDF: the map of the results, the sites' table (the best "
                        "200), the zones' terms")
    p.add_argument("--language", choices=["en", "ru", "kk"], default="en",
                   help="language of --export-html and --export-pdf (default en)")
    p.set_defaults(func=cmd_sites)


def cmd_sites(args) -> int:
    import datetime as dt

    from sezmap.analysis.sites import SiteQuery
    from sezmap.analysis.sites_cache import site_index
    from sezmap.analysis.sites_output import render
    from sezmap.formats.atomic import check_writable
    from sezmap.store import open_store

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise DataError(f"--as-of {args.as_of!r} is not a date (YYYY-MM-DD)") from None
    query = SiteQuery(args.min_ha, args.max_ha, args.focus, args.max_km_rail, args.max_km_border,
                      args.border_country.upper() if args.border_country else None, args.max_km_port,
                      args.max_km_dry_port, args.merge_adjacent, args.limit)
    if query.problems():
        raise DataError("; ".join(query.problems()))
    _check_out(args)
    exports = [path for path in (args.export_html, args.export_pdf) if path]
    for path in exports:  # refused before the project is read, as --out
        check_writable(path, inputs=[_project(args)])
    found = site_index(open_store(_project(args)), need_project=bool(exports))  # saved between runs
    results = found.index.rank(query, as_of)
    text = render(results, args.format, raw=args.raw)
    _emit(args, text, f"{counted(len(results), 'site')} written to {args.out}")
    if exports:
        from sezmap.analysis.engine import AnalysisEngine
        from sezmap.export.sites_export import export_sites_html, export_sites_pdf

        project = found.project
        assert project is not None  # (read: need_project)

        if args.export_html:  # (the zones' key figures in their popups)
            export_sites_html(project, results, query, args.export_html, language=args.language, as_of=as_of,
                              engine=AnalysisEngine(project, as_of))
        if args.export_pdf:
            from sezmap.cli import _gui_application

            _gui_application()  # (fonts and painting for the page)
            export_sites_pdf(project, results, query, args.export_pdf, language=args.language, as_of=as_of)
        print(f"sezmap: sites written to {', '.join(exports)}", file=sys.stderr)
    return EXIT_OK
