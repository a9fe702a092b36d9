"""Problems in the UI language.

A :class:`sezmap.model.problems.Problem` keeps an English ``reason`` (the command line and the
files say it as it is) and, for the problems a user meets most, a ``code`` and ``args``. Here a
code picks a translated template whose ``{name}`` places take the arguments, each shown as the
app shows it elsewhere: fields by their captions, statuses and layers by their names, numbers
grouped in the UI language. A problem without a code (or with an unknown one) is shown in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sezmap.model.problems import DataError, Problem
from sezmap.render import names, numbers

CONTEXT = "ProblemText"
TEMPLATES = {
    "missing_layer": QT_TRANSLATE_NOOP("ProblemText", "the layer “{layer}” is missing"),
    "missing_fields": QT_TRANSLATE_NOOP("ProblemText", "fields missing: {fields}"),
    "required": QT_TRANSLATE_NOOP("ProblemText", "{field} is required"),
    "not_number": QT_TRANSLATE_NOOP("ProblemText", "{field}: “{value}” is not a number"),
    "not_whole_number": QT_TRANSLATE_NOOP("ProblemText", "{field}: “{value}” is not a whole number"),
    "beyond_exact": QT_TRANSLATE_NOOP("ProblemText", "{field}: “{value}” is too large: at most 9,007,199,254,740,992"),
    "not_date": QT_TRANSLATE_NOOP("ProblemText", "{field}: “{value}” is not a date (YYYY-MM-DD)"),
    "negative": QT_TRANSLATE_NOOP("ProblemText", "{field} cannot be negative ({value})"),
    "unknown_status": QT_TRANSLATE_NOOP("ProblemText", "“{value}” is not a plot status (the statuses: {allowed})"),
    "not_one_of": QT_TRANSLATE_NOOP("ProblemText", "{field}: “{value}” is not one of {allowed}"),
    "forbidden_transition": QT_TRANSLATE_NOOP(
        "ProblemText", "the status cannot change from “{old}” to “{new}”; from “{old}” it can change to: {onward}"),
    "outside_zone": QT_TRANSLATE_NOOP(
        "ProblemText", "{metres} m outside its zone (tolerance {tolerance} m) at {lon}, {lat}"),
    "overlap": QT_TRANSLATE_NOOP("ProblemText", "overlaps plot {plot} by {square_metres} m² at {lon}, {lat}"),
    "changed_meanwhile": QT_TRANSLATE_NOOP(
        "ProblemText", "changed meanwhile by someone else; nothing was written: look at the new values and try again"),
    "changed_meanwhile_by": QT_TRANSLATE_NOOP(
        "ProblemText", "changed meanwhile by {actor} ({at}); nothing was written: look at the new values and try again"),
    "changed_since_step": QT_TRANSLATE_NOOP(
        "ProblemText", "{fields} changed after this step by {actor} ({at}); nothing was written"),
    "removed_since_step": QT_TRANSLATE_NOOP(
        "ProblemText", "removed after this step by {actor} ({at}); nothing was written"),
    "exists_since_step": QT_TRANSLATE_NOOP(
        "ProblemText", "added again after this step by {actor} ({at}); nothing was written"),
    "status_needs_fields": QT_TRANSLATE_NOOP(
        "ProblemText", "a plot with the status “{status}” needs {fields}: fill them in the same edit; nothing was written"),
    "no_such_plot": QT_TRANSLATE_NOOP("ProblemText", "there is no such plot"),
    "unknown_zone": QT_TRANSLATE_NOOP("ProblemText", "“{zone}” is not a zone of the project"),
    "duplicate_id": QT_TRANSLATE_NOOP("ProblemText", "{field} “{value}” is used more than once"),
    "needs_reason": QT_TRANSLATE_NOOP("ProblemText", "a reason is required (it is written to the audit log)"),
    "needs_actor": QT_TRANSLATE_NOOP("ProblemText", "a user name is required (Settings → Preferences)"),
    "changes_nothing": QT_TRANSLATE_NOOP("ProblemText", "the edit changes nothing"),
    "damaged_file": QT_TRANSLATE_NOOP("ProblemText", "The file {path} is damaged ({detail}). Restore it from a backup."),
    "unreadable_file": QT_TRANSLATE_NOOP("ProblemText", "The file {path} cannot be read ({detail})."),
    "not_a_geopackage": QT_TRANSLATE_NOOP("ProblemText", "The file {path} is not a GeoPackage project."),
    "no_such_file": QT_TRANSLATE_NOOP("ProblemText", "The file {path} does not exist (any more)."),
    "project_busy": QT_TRANSLATE_NOOP(
        "ProblemText", "The project {path} is busy: another program is writing to it. Try again in a moment."),
    "read_only": QT_TRANSLATE_NOOP("ProblemText", "The project {path} cannot be changed: it or its folder is read-only."),
    "disk_full": QT_TRANSLATE_NOOP("ProblemText", "The project {path} cannot be written: the disk is full. "
                                                  "Nothing was changed."),
    "cannot_open": QT_TRANSLATE_NOOP("ProblemText", "The file {path} cannot be opened ({detail})."),
    "io_error": QT_TRANSLATE_NOOP("ProblemText", "The file {path} cannot be read or written ({detail})."),
    "unreadable_raster": QT_TRANSLATE_NOOP("ProblemText", "The file {path} cannot be read as a raster ({detail})."),
    "raster_lacks_bands": QT_TRANSLATE_NOOP("ProblemText", "The file {path} has no band {bands} "
                                                           "(bands in it: {count})."),
    "raster_without_crs": QT_TRANSLATE_NOOP(
        "ProblemText", "The file {path} says no coordinate system: a GeoTIFF with a CRS is needed."),
    "rotated_raster": QT_TRANSLATE_NOOP("ProblemText", "The file {path} is a rotated grid, which is not supported."),
}
STATUS_ARGS = ("old", "new", "status")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _status(value) -> str:
    return names.status_label(str(value)) if value is not None else "—"


def _arg_text(code: str, name: str, value, args) -> str:
    """One argument as the app shows such a value."""
    if name == "field":
        return names.field_label(str(value))
    if name == "layer":
        return names.layer_title(str(value))
    if name in STATUS_ARGS or (name == "value" and code == "unknown_status"):
        return _status(value)
    if name in ("onward", "allowed") and (code in ("unknown_status", "forbidden_transition")
                                          or args.get("field") == "status"):
        return ", ".join(_status(v) for v in value) if value else QCoreApplication.translate("ProblemText", "none")
    if name == "fields":
        return ", ".join(names.field_label(str(v)) for v in value)
    if name in ("allowed",):
        return ", ".join(str(v) for v in value)
    if name in ("metres", "tolerance", "square_metres"):
        return numbers.number(float(value), 2)
    if name in ("lon", "lat"):
        return f"{float(value):.6f}"
    return str(value)


def reason_text(problem: Problem) -> str:
    """A problem's reason in the UI language (English, as the problem says it, without a code)."""
    code = problem.code
    if code == "changed_meanwhile" and problem.args.get("actor"):
        code = "changed_meanwhile_by"
    if code.endswith("_since_step") and not problem.args.get("actor"):
        return problem.reason  # another program, not in the audit log: the English words say so
    template = TEMPLATES.get(code)
    if template is None:
        return problem.reason
    args = problem.args
    try:
        return _tr(str(template)).format(**{k: _arg_text(problem.code, k, v, args) for k, v in args.items()})
    except (KeyError, IndexError, ValueError, TypeError):
        return problem.reason  # a template and its arguments out of step: English rather than nothing


def problem_line(problem: Problem) -> str:
    """A problem with where it is ("Plots KEG-0012: ..."), in the UI language."""
    text = reason_text(problem)
    if problem.layer in ("", "-") and problem.row in ("", "-"):
        return text
    where = names.layer_title(problem.layer) if problem.layer not in ("", "-") else ""
    row = problem.row if problem.row not in ("", "-") else ""
    head = " ".join(part for part in (where, row) if part)
    return f"{head}: {text}" if head else text


def error_text(exc: BaseException, limit: int = 12) -> str:
    """What to tell the user about a failure: a DataError's problems (at most ``limit``), one a
    line, in the UI language; any other exception as it says itself."""
    if not isinstance(exc, DataError):
        return str(exc)
    lines = [problem_line(p) for p in exc.problems[:limit]]
    more = len(exc.problems) - limit
    if more > 0:
        lines.append(QCoreApplication.translate("ProblemText", "… and %1 more").replace("%1", numbers.number(more)))
    return "\n".join(lines)
