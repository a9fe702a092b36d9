"""The command line's analysis commands beyond the report: ``imagery check`` and ``report
--trend`` (sezmap.analysis.imagery, sezmap.analysis.trend); sezmap.cli wires them in."""

from __future__ import annotations

import sys

from sezmap.cli import EXIT_OK, _check_out, _print, _project, _write_out
from sezmap.model.problems import DataError


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
    if args.out:
        _write_out(args, text)
        print(f"{len(rows)} plots checked, {sum(r.flag != 'consistent' for r in rows)} flagged: {args.out}",
              file=sys.stderr)
    else:
        _print(text, raw=args.raw)
    return EXIT_OK


def trend_text(args, store, engine) -> str:
    """``report --trend``: the report with each zone's figures at each period end, rebuilt by
    replaying the audit log backwards (sezmap.analysis.trend)."""
    import datetime as dt

    from sezmap.analysis import trend
    from sezmap.analysis.report import report_dict

    bounds = {}
    for name in ("since", "until"):
        value = getattr(args, name)
        try:
            bounds[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            raise DataError(f"--{name} {value!r} is not a date (YYYY-MM-DD)") from None
    until = bounds["until"] or engine.as_of
    since, entries = bounds["since"], None
    if since is None:  # from the first audited change
        entries = store.audit()
        since = dt.date.fromisoformat(str(entries[0].at)[:10]) if entries else until
    if since > until:
        raise DataError(f"--since {since} is after --until {until}")
    ends = trend.period_ends(args.trend, since, until)
    report = report_dict(engine)  # (before the replay changes the engine)
    if entries is None and ends:
        entries = store.audit(since=(ends[0] + dt.timedelta(days=1)).isoformat())
    report = trend.add_trend(report, trend.zone_trends(engine, entries or [], ends) if ends else {})
    return trend.render(report, args.format, raw=args.raw)
