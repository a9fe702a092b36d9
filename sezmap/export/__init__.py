"""Map snapshots and exports, drawn by the same renderer as the canvas.

``export_map(project, out_path, ...)`` picks the format by the extension:

* ``.png`` a page (print layout) as an image; ``.svg`` and ``.pdf`` the page as vectors with
  real text (searchable, Cyrillic included);
* ``.tif`` the map alone as a GeoTIFF, georeferenced in the display CRS (drops into QGIS);
* ``.html`` an interactive web map (``sezmap.export.web``); ``.pptx`` a slide deck
  (``sezmap.export.deck``).

Every format is written to a temporary file in the target folder and renamed over the target
when complete, so nothing half-written is ever left at ``out_path``. Bad arguments (unknown
zone, extension, paper, sizes; a folder that cannot be written) raise ``DataError`` before
any work; the command line turns that into exit code 2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sezmap.formats.atomic import atomic_output, check_writable
from sezmap.model.problems import DataError
from sezmap.session.language import LANGUAGES

FORMATS = (".png", ".svg", ".pdf", ".tif", ".html", ".pptx")
ALIASES = {".tiff": ".tif", ".htm": ".html"}
PAGE_FORMATS = (".png", ".svg", ".pdf")
DEFAULT_PIXELS = (1920, 1080)
MAX_PIXELS = 150_000_000  # device pixels of one page or image (an A3 sheet at 600 dpi is 70M)
MIN_SIDE = 200


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written."""


# what writing each format imports beyond reading the project (sezmap.preload imports them
# while the project is read)
_DRAWING = ("sezmap.analysis.engine", "sezmap.export.static")
DRAWING_MODULES = {".png": _DRAWING, ".svg": _DRAWING, ".pdf": _DRAWING, ".tif": _DRAWING,
                   ".html": ("sezmap.analysis.engine", "sezmap.export.web"),
                   ".pptx": ("sezmap.analysis.engine", "sezmap.export.static", "sezmap.export.deck")}


def modules_for(fmt: str) -> tuple[str, ...]:
    """The modules writing format ``fmt`` (an extension: ``export_format``) imports."""
    return DRAWING_MODULES.get(fmt, ())


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """ExportCancelled when ``cancelled()`` says so (a caller on another thread asked)."""
    if cancelled is not None and cancelled():
        raise ExportCancelled("the export was cancelled")


def report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def project_inputs(project) -> tuple[str, ...]:
    """The files an export of ``project`` reads, which it must never write over."""
    location = getattr(project, "location", "") or ""
    return (location,) if location else ()


def export_format(out_path) -> str:
    suffix = format_of_path(out_path)
    if suffix is None:
        shown = repr(Path(out_path).suffix) if Path(out_path).suffix else "no extension"
        raise DataError(f"{out_path}: unknown export format ({shown}); the extension must be one of "
                        + ", ".join(FORMATS))
    return suffix


def format_of_path(path) -> str | None:
    """The export format a path's extension names (".tiff" is ".tif"), or None when it names none."""
    suffix = Path(str(path)).suffix.lower()
    suffix = ALIASES.get(suffix, suffix)
    return suffix if suffix in FORMATS else None


def check_zone(project, zone: str | None) -> None:
    if zone is None:
        return
    known = [str(z) for z in project.zones["zone_id"]]
    if str(zone) not in known:
        raise DataError(f"--zone {zone!r}: no such zone in {project.location or 'the project'}; "
                        f"zones: {', '.join(known)}")


def page_for(fmt: str, width=None, height=None, paper=None, landscape=None, dpi=None):
    """The page (sezmap.render.page.Page) asked for; DataError when the sizes make no sense."""
    from sezmap.render.page import PAPER_MM, paper_page, pixel_page

    if (width is None) != (height is None):
        raise DataError("--width and --height go together: give both, or neither")
    if width is not None and paper is not None:
        raise DataError("give either --width/--height (pixels) or --paper (with --dpi), not both")
    if dpi is not None and not (36 <= float(dpi) <= 1200):
        raise DataError(f"--dpi {dpi}: must be between 36 and 1200")
    if width is not None:
        if dpi is not None:
            raise DataError("--dpi goes with --paper; --width and --height are already pixels")
        if int(width) < MIN_SIDE or int(height) < MIN_SIDE:
            raise DataError(f"--width {width} --height {height}: each must be at least {MIN_SIDE} pixels")
        if int(width) * int(height) > MAX_PIXELS:
            raise DataError(f"--width {width} --height {height}: more than {MAX_PIXELS:,} pixels")
        return pixel_page(int(width), int(height))
    if paper is None and landscape is None and dpi is None and fmt in (".png", ".tif"):
        return pixel_page(*DEFAULT_PIXELS)
    if landscape is None:  # A4 landscape unless a paper is named (then portrait, as printers do)
        landscape = paper is None
    paper = (paper or "A4").upper()
    if paper not in PAPER_MM:
        raise DataError(f"--paper {paper!r}: use {' or '.join(PAPER_MM)}")
    dpi = float(dpi) if dpi is not None else (96.0 if fmt == ".svg" else 300.0)
    page = paper_page(paper, bool(landscape), dpi)
    w, h = page.device_size
    if w * h > MAX_PIXELS:
        raise DataError(f"--paper {paper} --dpi {dpi:g}: {w}×{h} is more than {MAX_PIXELS:,} pixels")
    return page


# written whole or not at all, never over the project (sezmap.formats.atomic): the export's names for it
check_target = check_writable


def atomic_target(out_path, project):
    return atomic_output(out_path, require_content=True, inputs=project_inputs(project))


def export_map(project, out_path, *, zone: str | None = None, width: int | None = None,
               height: int | None = None, paper: str | None = None, landscape: bool | None = None,
               dpi: float | None = None, title: str | None = None, language: str = "en",
               as_of: dt.date | None = None, engine=None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, vacant: bool = False,
               scene=None, extent=None, basemap: bool = True, trend: str | None = None,
               audit_mark=None) -> Path:
    """Write a map of ``project`` to ``out_path`` in the format its extension names; returns the path.

    ``zone``: a zone id (the map fits it and the page shows its key figures); ``width`` and
    ``height`` in pixels, or ``paper`` ("A4"/"A3") with ``landscape`` and ``dpi``; ``title``
    (default: the zone's name); ``language`` "en", "ru" or "kk"; ``as_of`` the date of the
    figures (default: the engine's, else today); ``engine`` an AnalysisEngine already computed,
    or an ``analysis.engine_job.EngineJob`` computing one (waited for where it is needed: a
    page's map is drawn meanwhile), made here when a format needs it; ``progress(done, total)`` and ``cancelled()`` for a
    caller on another thread (a cancelled export raises ExportCancelled and writes nothing);
    ``vacant``: only vacant plots (investor mode). For pages and GeoTIFFs: ``scene`` the map
    scene to draw (the app's, with its layer visibility; default: built from the project and
    the bundled basemap), ``extent`` a display-CRS bbox to show instead of the zone or the
    whole project, ``basemap`` whether a scene built here has the basemap. ``trend``
    ("monthly" or "quarterly", pages and decks): the land use over time as ``sezmap report
    --trend`` gives it up to the figures' date, rebuilt from the project file's audit log;
    ``audit_mark``: the log's mark ``project`` is as of (a window's snapshot,
    ``SessionSnapshot.audit_mark``): the history is then replayed over ``project`` itself from
    the rows up to the mark (an edit written while the export runs is not in it); None (the
    command line): over the project read again from its file, with every row.
    """
    fmt = export_format(out_path)
    check_zone(project, zone)
    if language not in LANGUAGES:
        *others, last = LANGUAGES
        raise DataError(f"--language {language!r}: use {', '.join(others)} or {last}")
    cancelled = cancelled or (lambda: False)
    target = Path(out_path)
    if fmt in PAGE_FORMATS or fmt == ".tif":
        page = page_for(fmt, width, height, paper, landscape, dpi)
    check_trend(project, fmt, trend)
    if fmt in (".html", ".pptx"):
        # these write through their own temporary file and rename (sezmap.formats.atomic)
        check_target(target, project_inputs(project))
        if fmt == ".html":
            engine = _engine_for(project, engine, as_of)
            from sezmap.export import web

            web.export_html(project, engine, target, zone=zone, title=title, language=language, vacant=vacant,
                            progress=progress, cancelled=cancelled)
        else:
            from sezmap.export import deck

            engine = _made(engine) or _engine(project, as_of)  # (the deck analyses again for another date)
            extra: dict = {"scene": scene} if scene is not None else {}
            if trend is not None:
                extra.update(trend=trend, trends=trends_for(project, trend, as_of or engine.as_of, audit_mark))
            deck.export_pptx(project, engine, target, zones=None if zone is None else [zone], title=title,
                             language=language, as_of=as_of, progress=progress, cancelled=cancelled,
                             vacant=vacant, **extra)
        return target
    from sezmap.export import static
    from sezmap.render.page_language import using_language

    check_target(target, project_inputs(project))  # before the drawing, not after
    with atomic_target(target, project) as tmp:
        with using_language(language):
            if fmt == ".tif":
                day = as_of or (engine.as_of if engine is not None else None)
                static.write_geotiff(project, tmp, page, zone=zone, language=language, scene=scene,
                                     extent=extent, vacant=vacant, basemap=basemap, progress=progress,
                                     cancelled=cancelled, as_of=as_date(day) if day is not None else None)
            else:
                if zone is not None and scene is None:  # the key figures, and the map's scene meanwhile
                    engine, scene = static.engine_and_scene(project, lambda: _engine_for(project, engine, as_of),
                                                            basemap)
                elif zone is not None:  # the key figures
                    engine = _engine_for(project, engine, as_of)
                trends = None
                if trend is not None:
                    trends = trends_for(project, trend, as_of or (engine.as_of if engine is not None else dt.date.today()),
                                        audit_mark)
                    check_cancelled(cancelled)
                layout = static.page_layout(project, page, zone=zone, title=title, language=language,
                                            as_of=as_of, engine=engine, scene=scene, extent=extent,
                                            vacant=vacant, basemap=basemap, trend=trend, trends=trends)
                static.write_page(layout, tmp, fmt, progress=progress, cancelled=cancelled)
        check_cancelled(cancelled)
    return target


TREND_KINDS = ("monthly", "quarterly")
TREND_FORMATS = (*PAGE_FORMATS, ".pptx")


def check_trend(project, fmt: str, trend: str | None) -> None:
    """DataError when the land use over time is asked for where it cannot be given."""
    if trend is None:
        return
    if trend not in TREND_KINDS:
        raise DataError(f"--trend {trend!r}: use monthly or quarterly")
    if fmt not in TREND_FORMATS:
        raise DataError(f"--trend goes with {', '.join(TREND_FORMATS)} (a page or a deck), not {fmt}")
    if not (getattr(project, "location", "") or ""):
        raise DataError("--trend: the project has no file, so no audit log to rebuild the history from")


def trends_for(project, kind: str, until: dt.date, audit_mark=None):
    """The figures of ``sezmap report --trend KIND --until UNTIL`` of the project's file (read
    again: the replay takes its own copy of the project back in time); with ``audit_mark`` (the
    log's mark the whole ``project`` is as of: a session's snapshot), of ``project`` itself
    analysed afresh, from the file only its audit log, the rows written after the mark left out
    (``zone_trends.report_trends``, as the dashboard's trend)."""
    from sezmap.session.zone_trends import report_trends
    from sezmap.store import open_store

    store, until = open_store(project.location), as_date(until)
    if audit_mark is None:
        return report_trends(store, kind, until)
    return report_trends(store, kind, until, project=project, mark=audit_mark)


def as_date(day) -> dt.date:
    """A date given as a date or an ISO text."""
    return day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))


def _engine_for(project, engine, as_of):
    """``engine`` if it is for ``as_of`` (or no date is asked for), else a new one for that date;
    an ``EngineJob``'s engine once it is made."""
    if engine is not None and (as_of is None or engine.as_of == as_of):
        return _made(engine)
    return _engine(project, as_of)


def _made(engine):
    """The engine an ``analysis.engine_job.EngineJob`` makes (waited for), else ``engine``."""
    from sezmap.analysis.engine_job import EngineJob

    return engine.result() if isinstance(engine, EngineJob) else engine


def _engine(project, as_of):
    from sezmap.analysis.engine import AnalysisEngine

    return AnalysisEngine(project, as_of, edits=False)
