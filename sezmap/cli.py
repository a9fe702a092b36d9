"""The ``sezmap`` command line (SCHEMA.md section 3).

Exit codes: 0 done; 2 the input was bad (stderr says what and where, nothing was
changed); 3 the project is busy (another program holds its write lock; nothing was
changed, try again); 1 an internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from pathlib import Path

from sezmap import __version__, paths
from sezmap.model.problems import DataError, Problem
from sezmap.store.errors import ProjectBusy

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_BUSY = 0, 1, 2, 3


def _project(args) -> str:
    return args.project or str(paths.default_project())


def _write_out(out: str, text: str) -> None:
    """Write ``text`` to ``out`` whole or not at all: a temporary file beside it, renamed."""
    import os
    import tempfile

    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise DataError(f"{out}: cannot be written: no such folder {str(folder)!r}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DataError(f"{out}: cannot be written: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DataError(f"{out}: cannot be written: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def cmd_open(args) -> int:
    from sezmap.ui.app import run_app

    return run_app(args.path)


def cmd_validate(args) -> int:
    from sezmap.store import open_store

    store = open_store(_project(args))
    project = store.load()
    unprotected = store.protection_problems()
    if unprotected:
        raise DataError([Problem(p.layer, p.row, p.reason, source=store.location) for p in unprotected])
    print(f"{project.location}: valid ({len(project.zones)} zones, {len(project.plots)} plots, "
          f"{len(project.corridors)} corridor segments, {len(project.hubs)} hubs)")
    return EXIT_OK


def cmd_import(args) -> int:
    from sezmap.store import open_store
    from sezmap.store.importing import import_file

    store = open_store(_project(args))
    report = import_file(store, args.source, args.layer, crs=args.crs, actor=args.actor, reason=args.reason)
    for note in report.repaired:
        print(f"note: {note}", file=sys.stderr)
    print(f"imported {report.count} feature(s) into {args.layer} of {store.location}")
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
    "geometry": ("geometry", "new geometry as WKT (EPSG:4326)"),
}


def cmd_plot_set(args) -> int:
    from sezmap.model.edits import PlotEdit
    from sezmap.store import open_store

    changes = {}
    for option, (field, _help) in PLOT_OPTIONS.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = None if value == "" else value
    store = open_store(_project(args))
    edit = PlotEdit(args.plot_id, changes, args.actor, args.reason, args.expect_version)
    result = store.apply_edit(edit)
    if not result.changed:
        print(f"plot {args.plot_id}: nothing changed (version {result.version})")
    else:
        print(f"plot {args.plot_id}: version {result.version}; changed {', '.join(result.changed)}")
    return EXIT_OK


def cmd_plot_history(args) -> int:
    from sezmap.store import open_store

    for e in open_store(_project(args)).history(args.plot_id):
        print(f"{e.at}\t{e.actor}\t{e.field}\t{e.old_value}\t->\t{e.new_value}\t{e.reason or ''}")
    return EXIT_OK


def cmd_report(args) -> int:
    import datetime as dt

    from sezmap.analysis.engine import AnalysisEngine
    from sezmap.analysis.report import render, report_dict
    from sezmap.store import open_store

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise DataError(f"--as-of {args.as_of!r} is not a date (YYYY-MM-DD)") from None
    project = open_store(_project(args)).load()
    text = render(report_dict(AnalysisEngine(project, as_of)), args.format)
    if args.out:
        _write_out(args.out, text)
    else:
        sys.stdout.write(text)
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
    entries = open_store(_project(args)).audit(
        zone=args.zone, actor=args.actor, since=args.since, until=args.until, field=args.field,
        plot_id=args.plot, limit=args.limit)
    text = audit_rows_json(entries) if args.format == "json" else audit_rows_csv(entries)
    if args.out:
        _write_out(args.out, text)
        print(f"{len(entries)} audit row(s) written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sezmap", description="Kazakhstan SEZ map and land-use metrics")
    parser.add_argument("--version", action="version", version=f"sezmap {__version__}")
    sub = parser.add_subparsers(dest="command")

    def with_project(p):
        p.add_argument("--project", help="project GeoPackage (default: the bundled project)")
        return p

    p = sub.add_parser("open", help="open the desktop app on a project")
    p.add_argument("path")
    p.set_defaults(func=cmd_open)

    p = with_project(sub.add_parser("validate", help="check a project against the schema"))
    p.set_defaults(func=cmd_validate)

    p = with_project(sub.add_parser("import", help="add features from a file to a project layer"))
    p.add_argument("source", help="GeoJSON, Shapefile (.shp or .zip), GeoPackage, KML or CSV")
    p.add_argument("--layer", required=True, choices=["zones", "plots", "corridors", "hubs"])
    p.add_argument("--crs", help="the file's CRS when it does not say (for example EPSG:32642)")
    p.add_argument("--actor", default="import", help="who imports (for the audit log)")
    p.add_argument("--reason", help="why (for the audit log)")
    p.set_defaults(func=cmd_import)

    p = with_project(sub.add_parser("report", help="land-use and logistics metrics of every zone"))
    p.add_argument("--format", choices=["json", "csv", "md"], default="json", help="output format (default json)")
    p.add_argument("--as-of", help="report date YYYY-MM-DD for idle plots (default: today)")
    p.add_argument("--out", help="write to this file instead of standard output")
    p.set_defaults(func=cmd_report)

    plot = sub.add_parser("plot", help="audited plot changes").add_subparsers(dest="plot_command", required=True)
    p = with_project(plot.add_parser("set", help="one audited change to a plot"))
    p.add_argument("plot_id")
    for option, (_field, help_text) in PLOT_OPTIONS.items():
        p.add_argument("--" + option.replace("_", "-"), dest=option, help=help_text)
    p.add_argument("--actor", required=True, help="who makes the change")
    p.add_argument("--reason", required=True, help="why")
    p.add_argument("--expect-version", type=int, help="refuse if the plot's version is not this")
    p.set_defaults(func=cmd_plot_set)

    p = with_project(plot.add_parser("history", help="a plot's audit trail"))
    p.add_argument("plot_id")
    p.set_defaults(func=cmd_plot_history)

    p = with_project(sub.add_parser("audit", help="the project's audit log, filtered, as CSV or JSON"))
    p.add_argument("--zone", help="rows of the plots that are in this zone now (plots.zone_id)")
    p.add_argument("--actor", help="rows by this actor")
    p.add_argument("--since", help="from this date YYYY-MM-DD (included) or date-time (UTC unless it says)")
    p.add_argument("--until", help="up to this date YYYY-MM-DD (included) or date-time")
    p.add_argument("--field", help="rows about this field (status, tenant, geometry, plot, ...)")
    p.add_argument("--plot", help="rows of this plot id")
    p.add_argument("--limit", type=int, help="only the latest N rows")
    p.add_argument("--format", choices=["csv", "json"], default="csv", help="output format (default csv)")
    p.add_argument("--out", help="write to this file (replaced whole) instead of standard output")
    p.set_defaults(func=cmd_audit)
    return parser


def main(argv: list[str] | None = None) -> int:
    import warnings

    # GDAL's note when it reads a WAL project from a read-only folder (it retries as immutable)
    warnings.filterwarnings("ignore", message=r".*WAL-enabled database", category=RuntimeWarning)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.path = str(paths.default_project())
        args.func = cmd_open
    try:
        return args.func(args)
    except ProjectBusy as exc:
        print(f"sezmap: error: {exc.summary()}", file=sys.stderr)
        return EXIT_BUSY
    except DataError as exc:
        print(f"sezmap: error: {exc.summary()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - the last resort: say it was ours
        traceback.print_exc()
        print("sezmap: internal error (the traceback above says where)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
