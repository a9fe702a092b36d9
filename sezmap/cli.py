"""The ``sezmap`` command line (SCHEMA.md section 3).

Exit codes: 0 done; 2 the input was bad (stderr says what and where, nothing was
changed); 3 the project is busy (another program holds its write lock; nothing was
changed, try again); 1 an internal error.
"""

from __future__ import annotations

import argparse
import re
import sys
import traceback
import unicodedata

from sezmap import __version__, exiting, paths
from sezmap.model.problems import DataError, Problem, counted
from sezmap.store.errors import ProjectBusy

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_BUSY = 0, 1, 2, 3


def _project(args) -> str:
    return args.project or str(paths.default_project())


def _check_out(args) -> None:
    """Refuse ``--out`` now, before the project is read, when it names the project (through
    any path), a special file or a read-only file (sezmap.formats.atomic)."""
    from sezmap.formats.atomic import check_writable

    if args.out is not None:
        check_writable(args.out, inputs=[_project(args)])


def _write_out(args, text: str) -> None:
    """``text`` to ``--out`` whole or not at all, never over the project (sezmap.formats.atomic)."""
    from sezmap.formats.atomic import write_text

    write_text(args.out, text, inputs=[_project(args)])


def _emit(args, text: str, said: str = "") -> None:
    """``text`` to ``--out`` (then ``said``, if any, on standard error) or to standard output."""
    if args.out:
        _write_out(args, text)
        if said:
            print(_safe(said), file=sys.stderr)
    else:
        _print(text, raw=args.raw)


def _print(text: str, raw: bool = False) -> None:
    """Data to standard output: control characters shown as escapes (\\x1b, \\r, ...) unless
    ``raw`` (sezmap.formats.untrusted.terminal_text)."""
    from sezmap.formats.untrusted import terminal_text

    sys.stdout.write(text if raw else terminal_text(text))


def cmd_open(args) -> int:
    from sezmap.qt_imports import plain_imports

    plain_imports()
    from sezmap.ui.app import run_app

    return run_app(args.path, smoke_seconds=args.smoke_seconds)


def cmd_validate(args) -> int:
    from sezmap.store import open_store

    store = open_store(_project(args))
    damaged = store.integrity_problems()  # SQLite's own check: pages GDAL may not read
    if damaged:
        raise DataError(damaged)
    project = store.load()
    found = store.audit_findings()
    for p in found.warnings:  # what the next sezmap write repairs, or no fault
        print(_safe(f"sezmap: warning: {Problem(p.layer, p.row, p.reason, source=store.location)}"), file=sys.stderr)
    if found.errors:
        raise DataError([Problem("", "", f"{store.location}: the record was changed outside sezmap (tampering) or "
                                 "its contract is broken:")]
                        + [Problem(p.layer, p.row, p.reason, source=store.location) for p in found.errors])
    print(f"{project.location}: valid ({len(project.zones)} zones, {len(project.plots)} plots, "
          f"{len(project.corridors)} corridor segments, {len(project.hubs)} hubs)")
    return EXIT_OK


def cmd_import(args) -> int:
    from sezmap.store import open_store
    from sezmap.store.importing import import_file

    store = open_store(_project(args))
    report = import_file(store, args.source, args.layer, crs=args.crs, actor=args.actor, reason=args.reason,
                         crs_override=args.crs_override, source_layer=args.source_layer,
                         max_source_mb=args.max_source_mb)
    for note in report.repaired:
        print(_safe(f"note: {note}"), file=sys.stderr)
    print(f"imported {report.count} {'feature' if report.count == 1 else 'features'} into {args.layer} "
          f"of {store.location}")
    return EXIT_OK


PLOT_OPTIONS = {
    # option: (field, help)
    "status": ("status", "new status"),
    "tenant": ("tenant", "tenant (company)"),
    "project_name": ("project_name", "project name"),
    "cadastral_no": ("cadastral_no", "cadastral number"),
    "zone": ("zone_id", "move the plot to another zone"),
    "allocated_on": ("allocated_on", "date of allocation (YYYY-MM-DD)"),
    "deadline": ("contract_deadline", "contract deadline (YYYY-MM-DD)"),
    "investment_committed": ("investment_committed_kzt", "committed investment, KZT"),
    "investment_actual": ("investment_actual_kzt", "actual investment, KZT"),
    "jobs_planned": ("jobs_planned", "jobs planned"),
    "geometry": ("geometry", "new geometry as WKT, in the plots layer's CRS or in --crs"),
}


NUMBER_FIELDS = ("investment_committed_kzt", "investment_actual_kzt", "jobs_planned")


def _read_typed_numbers(plot_id: str, changes: dict, source: str) -> None:
    """Numbers typed as the plot form takes them (``4 500 000 000``, ``1 234,5``): read by the
    same reader, digits kept (a whole number stays exact); a refusal names the field."""
    from sezmap.model.typed_numbers import number_text

    problems = []
    for field in NUMBER_FIELDS:
        if changes.get(field) is not None:
            try:
                changes[field] = number_text(field, changes[field])
            except ValueError as exc:
                problems.append(Problem("plots", str(plot_id), exc.args[0], source))
    if problems:
        raise DataError(problems)


def cmd_plot_set(args) -> int:
    from sezmap.model.edits import PlotEdit
    from sezmap.store import open_store

    changes = {}
    for option, (field, _help) in PLOT_OPTIONS.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = None if value == "" else value
    store = open_store(_project(args))
    _read_typed_numbers(args.plot_id, changes, store.location)
    if args.crs is not None and args.geometry is None:
        raise DataError("--crs goes with --geometry (it says the coordinate system of its coordinates)")
    note = None
    if (geometry := changes.get("geometry")) is not None:
        changes["geometry"], note = _geometry_in_lonlat(store, geometry, args.crs)
    edit = PlotEdit(args.plot_id, changes, args.actor, args.reason, args.expect_version)
    try:
        result = store.apply_edit(edit)
    except ProjectBusy:
        raise
    except DataError as exc:  # name the project file in every row's message
        raise type(exc)([Problem(p.layer, p.row, p.reason, p.source or store.location) if p.layer else p
                         for p in exc.problems] + ([Problem("", "", note)] if note else [])) from None
    if note:
        print(f"note: {note}", file=sys.stderr)
    if not result.changed:
        print(f"plot {args.plot_id}: nothing changed (version {result.version})")
    else:
        print(f"plot {args.plot_id}: version {result.version}; changed {', '.join(result.changed)}")
    return EXIT_OK


def _geometry_in_lonlat(store, wkt: str, crs: str | None):
    """``--geometry`` as lon/lat: its coordinates are in the plots layer's own CRS (EPSG:4326 in a
    file sezmap made; UTM metres, say, in one another program made), or in ``--crs``. Returns the
    geometry and a note saying the CRS it was read in (None for lon/lat)."""
    from sezmap.formats.readers import crs_name
    from sezmap.store.layer_crs import geometry_in_lonlat

    geom, read_in = geometry_in_lonlat(wkt, store.stored_crs("plots"), crs)
    note = None
    if read_in is not None:
        note = f"--geometry read in {crs_name(read_in)}" + ("" if crs else " (the plots layer's own; give "
                                                             "another with --crs)")
    return geom, note


def history_cell(value) -> str:
    """A value in ``plot history``'s text output: NULL as ``\\N``; backslash, tab, line breaks
    and other control characters escaped (``\\\\``, ``\\t``, ``\\n``, ``\\r``, ``\\xNN``, ``\\uNNNN``),
    so that one audit row is always one line of tab-separated cells."""
    from sezmap.formats.untrusted import terminal_text

    if value is None:
        return "\\N"
    return terminal_text(str(value).replace("\\", "\\\\"), keep="")


def _safe(text: str) -> str:
    from sezmap.formats.untrusted import terminal_text

    return terminal_text(text)


def cmd_plot_history(args) -> int:
    from sezmap.store import open_store
    from sezmap.store.audit_export import audit_rows_csv, audit_rows_json

    store = open_store(_project(args))
    entries = store.history(args.plot_id)
    if not entries and not store.read_plots([args.plot_id]):
        shown = args.plot_id if args.plot_id.isprintable() else repr(args.plot_id)
        raise DataError(Problem("plots", shown, "no such plot (and no audit rows for it)",
                                source=store.location))
    if args.format == "json":
        sys.stdout.write(audit_rows_json(entries))
    elif args.format == "csv":
        _print(audit_rows_csv(entries, raw=args.raw), raw=args.raw)
    else:
        from sezmap.store.audit_chain import GENUINE

        states = store.audit_states([e.id for e in entries])
        for e in entries:
            cells = [history_cell(v) for v in (e.at, e.actor, e.field, e.old_value)]
            cells += ["->", history_cell(e.new_value), history_cell(e.reason)]
            state = states.get(e.id, GENUINE)
            if state != GENUINE:  # a last cell: changed by another program, or not genuine and why
                cells.append(history_cell(f"[{state}]"))
            print("\t".join(cells))
    return EXIT_OK


def cmd_report(args) -> int:
    import datetime as dt

    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.analysis.report import report_dict
    from sezmap.export.report_tables import ReportNames, name_zones, render
    from sezmap.store import open_store

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise DataError(f"--as-of {args.as_of!r} is not a date (YYYY-MM-DD)") from None
    if args.excel and args.format != "csv":
        raise DataError("--excel goes with --format csv")
    if args.trend is None and (args.since or args.until):
        raise DataError("--since and --until go with --trend")
    _check_out(args)
    store = open_store(_project(args))
    project = store.load()
    engine = AnalysisEngine(project, as_of)
    if args.trend is None:
        names = ReportNames.of(project, args.language or "en")
        report = report_dict(engine)
        if args.language is not None:
            name_zones(report, names)
        text = render(report, args.format, raw=args.raw, excel=args.excel,
                      names=names if args.format == "md" or args.language else None)
    else:
        from sezmap.cli_analysis import trend_text

        text = trend_text(args, store, engine)
    if args.out:
        _write_out(args, text)
    elif args.excel:  # bytes as they are: the byte order mark and CRLF line ends
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        _print(text, raw=args.raw)
    return EXIT_OK


def cmd_audit(args) -> int:
    from sezmap.store import open_store
    from sezmap.store.audit_export import audit_bound, audit_rows_csv, audit_rows_json

    for option, value, end in (("--since", args.since, False), ("--until", args.until, True)):
        if value is not None:
            try:
                audit_bound(value, end)
            except ValueError as exc:
                raise DataError(f"{option} {value!r}: {exc}") from None
    if args.since and args.until and audit_bound(args.since) > audit_bound(args.until, True):
        raise DataError(f"--since {args.since!r} is after --until {args.until!r}")
    if args.limit is not None and args.limit < 0:
        raise DataError(f"--limit {args.limit}: must be 0 or more")
    _check_out(args)
    entries = open_store(_project(args)).audit(
        zone=args.zone, actor=args.actor, since=args.since, until=args.until, field=args.field,
        plot_id=args.plot, limit=args.limit, layer=None if args.layer == "all" else args.layer)
    text = audit_rows_json(entries) if args.format == "json" else audit_rows_csv(entries, raw=args.raw)
    _emit(args, text, f"{counted(len(entries), 'audit row')} written to {args.out}")
    return EXIT_OK


def _gui_application():
    """A QGuiApplication for drawing (fonts, painting); offscreen unless a platform is set, so
    an export needs no display."""
    import os

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    global _QT_APP
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _QT_APP = QGuiApplication(["sezmap"])  # kept for the process's life
    # numbers and texts follow --language only (not the system locale)
    QLocale.setDefault(QLocale(QLocale.Language.English))


_QT_APP = None


def cmd_export(args) -> int:
    import datetime as dt

    from sezmap.qt_imports import plain_imports

    plain_imports()
    from sezmap import preload
    from sezmap.analysis.engine_job import EngineJob
    from sezmap.export import TREND_FORMATS, check_target, check_zone, export_format, export_map, modules_for, page_for
    from sezmap.store import open_store

    fmt = export_format(args.out)
    if args.trend and fmt not in TREND_FORMATS:
        raise DataError(f"--trend goes with {', '.join(TREND_FORMATS)} (a page or a deck), not {fmt}")
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        raise DataError(f"--as-of {args.as_of!r} is not a date (YYYY-MM-DD)") from None
    if args.landscape and args.paper is None:
        raise DataError("--landscape goes with --paper")
    if fmt in (".png", ".svg", ".pdf", ".tif"):
        page_for(fmt, args.width, args.height, args.paper, True if args.landscape else None, args.dpi)
    elif args.width is not None or args.paper is not None or args.dpi is not None:
        raise DataError(f"{args.out}: --width, --height, --paper and --dpi are for .png, .svg, .pdf and .tif")
    check_target(args.out, [_project(args)])  # a bad target fails now, not after the project is read
    _gui_application()
    store = open_store(_project(args))
    drawing = preload.begin(modules_for(fmt))  # imported while the project is read
    # with --zone, the zone's plots (and, on a page, those around it) only; a page's figures
    # analysed from the zone's own plots as soon as they are read, while the rest is read
    begun: list[EngineJob] = []
    try:
        if args.zone and fmt in (".png", ".svg", ".pdf"):
            project = store.load_zone(args.zone, own_read=lambda own: begun.append(EngineJob(own, as_of)))
        elif args.zone and fmt != ".pptx":
            project = store.load_zone(args.zone, around=fmt != ".html")
        else:
            project = store.load()
        drawing.wait()
        check_zone(project, args.zone)
        out = export_map(project, args.out, zone=args.zone, width=args.width, height=args.height, paper=args.paper,
                         landscape=True if args.landscape else None, dpi=args.dpi, title=args.title,
                         language=args.language, as_of=as_of, vacant=args.vacant, trend=args.trend,
                         engine=begun[0] if begun else None)
    except BaseException:
        for job in begun:  # (the read found a problem: its analysis is not waited for)
            job.abandon()
        raise
    print(f"wrote {out}")
    exiting.no_teardown_needed(project)  # the output renamed into place, the project only read
    return EXIT_OK


def cmd_doctor(args) -> int:
    from sezmap import doctor

    found = doctor.checks()
    print(doctor.doctor_text(found))
    return EXIT_INTERNAL if any(c.required and not c.ok for c in found) else EXIT_OK


class _Version(argparse.Action):
    """``--version``: the version, where the data is and the libraries' versions (sezmap.doctor)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from sezmap import doctor

        print(doctor.version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sezmap", description="Kazakhstan SEZ map and land-use metrics")
    parser.add_argument("--version", action=_Version,
                        help=f"print sezmap's version ({__version__}), where its data is, and the versions of "
                             "GDAL, PROJ and Qt, then exit")
    parser.add_argument("--smoke-seconds", type=float, metavar="N",
                        help="open the window, print the start-up times and quit N seconds after "
                             "the first map (a smoke test of an install)")
    sub = parser.add_subparsers(dest="command")

    def with_project(p):
        p.add_argument("--project", help="project GeoPackage (default: the bundled project)")
        return p

    p = sub.add_parser("open", help="open the desktop app on a project")
    p.add_argument("path", nargs="?", help="project GeoPackage (default: the last project opened, else the bundled one)")
    p.add_argument("--smoke-seconds", type=float, metavar="N", default=argparse.SUPPRESS,
                   help="print the start-up times and quit N seconds after the first map")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("doctor", help="check this install: data, web map scripts, translations, GDAL, PROJ, Qt "
                                      "and a PostgreSQL driver (exit 1 if something required is missing)")
    p.set_defaults(func=cmd_doctor)

    p = with_project(sub.add_parser("validate", help="check a project against the schema"))
    p.set_defaults(func=cmd_validate)

    p = with_project(sub.add_parser("import", help="add features from a file to a project layer"))
    p.add_argument("source", help="GeoJSON, Shapefile (.shp or .zip), GeoPackage, KML or CSV")
    p.add_argument("--layer", required=True, choices=["zones", "plots", "corridors", "hubs"])
    p.add_argument("--crs", help="the file's CRS when it does not say (for example EPSG:32642)")
    p.add_argument("--crs-override", action="store_true",
                   help="use --crs even where the file declares another CRS (without it that is an error)")
    p.add_argument("--source-layer", metavar="NAME",
                   help="the file's layer to import, where it has several (a GeoPackage's tables, a KML's "
                        "folders, the Shapefiles of a zip): a file with several is refused without it")
    p.add_argument("--max-source-mb", type=float, metavar="MB",
                   help="refuse a source larger than this once unpacked (default 512, or SEZMAP_MAX_SOURCE_MB)")
    p.add_argument("--actor", default="import", help="who imports (for the audit log)")
    p.add_argument("--reason", help="why (for the audit log)")
    p.set_defaults(func=cmd_import)

    p = with_project(sub.add_parser("report", help="land-use and logistics metrics of every zone"))
    p.add_argument("--format", choices=["json", "csv", "md"], default="json", help="output format (default json)")
    p.add_argument("--as-of", help="report date YYYY-MM-DD for idle plots (default: today)")
    p.add_argument("--trend", choices=["monthly", "quarterly"],
                   help="each zone's figures at each month's or quarter's end, rebuilt from the audit log")
    p.add_argument("--since", help="with --trend: from the period holding this date YYYY-MM-DD (default: the "
                                   "first audited change)")
    p.add_argument("--until", help="with --trend: up to this date (default: --as-of)")
    p.add_argument("--out", help="write to this file instead of standard output (never over the project)")
    p.add_argument("--raw", action="store_true",
                   help="cells exactly as stored: no leading ' before a value a spreadsheet would take for "
                        "a formula (=, +, -, @, tab, CR), and control characters not escaped on standard output")
    p.add_argument("--language", choices=["en", "ru", "kk"],
                   help="names and headings in this language (md, csv; JSON adds each zone's name, keys stay "
                        "English); without it the CSV's headings are the JSON's keys")
    p.add_argument("--excel", action="store_true",
                   help="CSV for Excel: UTF-8 byte order mark, CRLF line ends; with --language ru or kk, "
                        "';' between cells and decimal commas")
    p.set_defaults(func=cmd_report)

    plot = sub.add_parser("plot", help="audited plot changes").add_subparsers(dest="plot_command", required=True)
    p = with_project(plot.add_parser("set", help="one audited change to a plot"))
    p.add_argument("plot_id")
    for option, (_field, help_text) in PLOT_OPTIONS.items():
        p.add_argument("--" + option.replace("_", "-"), dest=option, help=help_text)
    p.add_argument("--actor", required=True, help="who makes the change")
    p.add_argument("--reason", required=True, help="why")
    p.add_argument("--crs", help="the coordinate system of --geometry (default: the plots layer's own, "
                                 "EPSG:4326 in a project sezmap made)")
    p.add_argument("--expect-version", type=int, help="refuse if the plot's version is not this")
    p.set_defaults(func=cmd_plot_set)

    p = with_project(plot.add_parser("history", help="a plot's audit trail"))
    p.add_argument("plot_id")
    p.add_argument("--format", choices=["text", "csv", "json"], default="text",
                   help="text (default): tab-separated, one line per audit row, NULL as \\N, backslash, tab "
                        "and line breaks escaped; csv and json as sezmap audit writes them")
    p.add_argument("--raw", action="store_true",
                   help="cells exactly as stored: no leading ' before a value a spreadsheet would take for "
                        "a formula (=, +, -, @, tab, CR), and control characters not escaped on standard output")
    p.set_defaults(func=cmd_plot_history)

    from sezmap.cli_analysis import add_imagery_parser, add_sites_parser

    add_imagery_parser(sub, with_project)
    add_sites_parser(sub, with_project)

    p = with_project(sub.add_parser("audit", help="the project's audit log, filtered, as CSV or JSON"))
    p.add_argument("--zone", help="rows of the plots that are in this zone now (plots.zone_id)")
    p.add_argument("--actor", help="rows by this actor")
    p.add_argument("--since", help="from this date YYYY-MM-DD (included) or date-time (UTC unless it says)")
    p.add_argument("--until", help="up to this date YYYY-MM-DD (included) or date-time")
    p.add_argument("--field", help="rows about this field (status, tenant, geometry, plot, ...)")
    p.add_argument("--plot", help="rows of this plot id")
    p.add_argument("--limit", type=int, help="only the latest N rows")
    p.add_argument("--layer", choices=["plots", "zones", "corridors", "hubs", "file", "all"], default="plots",
                   help="rows of this layer (default plots; plot_id then holds the feature's id); file: what "
                        "sezmap found wrong with the file's protections and put back")
    p.add_argument("--format", choices=["csv", "json"], default="csv", help="output format (default csv)")
    p.add_argument("--out", help="write to this file (replaced whole, never the project) instead of standard output")
    p.add_argument("--raw", action="store_true",
                   help="cells exactly as stored: no leading ' before a value a spreadsheet would take for "
                        "a formula (=, +, -, @, tab, CR), and control characters not escaped on standard output")
    p.set_defaults(func=cmd_audit)

    p = with_project(sub.add_parser(
        "export", help="a map snapshot; the format follows the extension of --out",
        description="Write a map: .png, .svg or .pdf (a page with title, legend, scale bar, north arrow, "
                    "the zone's key figures and an inset), .tif (the map alone, georeferenced), "
                    ".html (an interactive web map) or .pptx (a slide deck)."))
    p.add_argument("--zone", help="zone id: the map shows this zone and its key figures")
    p.add_argument("--width", type=int, metavar="PX", help="page width in pixels (with --height; e.g. 1920)")
    p.add_argument("--height", type=int, metavar="PX", help="page height in pixels (with --width; e.g. 1080)")
    p.add_argument("--paper", type=str.upper, choices=["A4", "A3"], help="paper size (instead of pixels)")
    p.add_argument("--landscape", action="store_true", help="landscape paper (default portrait)")
    p.add_argument("--dpi", type=float, metavar="N", help="dots per inch on paper (default 300; SVG 96)")
    p.add_argument("--title", help="title of the page (default: the zone's name)")
    p.add_argument("--language", choices=["en", "ru", "kk"], default="en", help="language of the texts (default en)")
    p.add_argument("--as-of", help="date of the figures YYYY-MM-DD (default: today)")
    p.add_argument("--vacant", action="store_true", help="only vacant plots (investor mode)")
    p.add_argument("--trend", choices=["monthly", "quarterly"],
                   help="pages and decks: add the land use over time at each month's or quarter's end (the "
                        "figures of report --trend, rebuilt from the audit log): the zone's unused and allocated "
                        "shares, or every zone's unused share compared")
    p.add_argument("--out", required=True, help="the file to write: .png, .svg, .pdf, .tif, .html or .pptx")
    p.set_defaults(func=cmd_export)

    from sezmap.cli_db import add_db_commands

    add_db_commands(sub)
    return parser


NEGATIVE_NUMBER = re.compile(r"-\.?\d")


def _value_options(parser: argparse.ArgumentParser) -> set[str]:
    """The option strings (of the parser and its subcommands) that take one value."""
    found = set()
    for action in parser._actions:  # noqa: SLF001 - argparse lists its actions only here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in action.choices.values():
                found |= _value_options(sub)
        elif action.option_strings and action.nargs is None:
            found.update(action.option_strings)
    return found


def negative_values(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``--investment-committed -1e9`` as ``--investment-committed=-1e9``: argparse takes a
    value that starts with ``-`` for an option unless it looks like a plain negative number,
    so a negative value of an option that takes one is joined to it (and then refused, or
    accepted, by the option's own rules, not the usage text)."""
    options = _value_options(parser)
    out, i = [], 0
    while i < len(argv):
        token = argv[i]
        if token in options and i + 1 < len(argv) and NEGATIVE_NUMBER.match(argv[i + 1]):
            out.append(f"{token}={argv[i + 1]}")
            i += 2
            continue
        if token == "--":
            out.extend(argv[i:])
            break
        out.append(token)
        i += 1
    return out


PATH_ARGUMENTS = ("project", "path", "source", "out", "raster")  # file names: any bytes the system allows


def not_utf8_argument(args: argparse.Namespace) -> str | None:
    """The first text argument that holds bytes which are not UTF-8 (Python decodes them to lone
    surrogates, which no file can hold), as the command line names it; file names are not text."""
    for name, value in vars(args).items():
        if name not in PATH_ARGUMENTS and isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
            return name if name == "plot_id" else "--" + name.replace("_", "-")
    return None


def main(argv: list[str] | None = None) -> int:
    import warnings

    # GDAL's note when it reads a WAL project from a read-only folder (it retries as immutable)
    warnings.filterwarnings("ignore", message=r".*WAL-enabled database", category=RuntimeWarning)
    parser = build_parser()
    args = parser.parse_args(negative_values(parser, sys.argv[1:] if argv is None else list(argv)))
    if args.command is None:  # plain `sezmap`: the app on the last project (sezmap.ui.app.startup_target)
        args.path = None
        args.func = cmd_open
    bad = not_utf8_argument(args)
    if bad:
        print(_safe(f"sezmap: error: {bad}: not UTF-8 text (the terminal sent bytes in another encoding); "
                    "nothing was done"), file=sys.stderr)
        return EXIT_BAD_INPUT
    for name in ("plot_id", "plot", "zone", "actor"):  # ids and actors as they are kept: in NFC
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, unicodedata.normalize("NFC", getattr(args, name)))
    try:
        return args.func(args)
    except ProjectBusy as exc:
        print(_safe(f"sezmap: error: {exc.summary()}"), file=sys.stderr)
        return EXIT_BUSY
    except DataError as exc:  # the message may quote the data: shown with visible escapes
        print(_safe(f"sezmap: error: {exc.summary()}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - the last resort: say it was ours
        traceback.print_exc()
        print("sezmap: internal error (the traceback above says where)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
