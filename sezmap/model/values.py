"""Values as sezmap takes them in: is a value missing, are two values the same, is a name (an
id, an actor) one a person can read and type back, geometry as it is kept (two dimensions).

Every input path (import, ``plot set``, the app's forms, its settings and session) uses these
functions, so that the same text is the same id everywhere; and ``same_value`` is the one
equality rule (the store's writes, the undo check, changes picked up from the file, the form).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import unicodedata

import numpy as np
import shapely


def label_codes(values, labels) -> np.ndarray:
    """Position (int64) of each value in ``labels`` (-1: missing or unknown), without Python
    strings: pyarrow's ``index_in`` on an (arrow-backed) text column; pandas for anything else."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pa.array(values, from_pandas=True)
        if pa.types.is_null(arr.type):
            return np.full(len(values), -1, dtype=np.int64)
        if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            raise TypeError(arr.type)
        found = pc.index_in(arr, value_set=pa.array(list(labels), type=arr.type))
        return np.asarray(pc.fill_null(found, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    except (pa.ArrowException, TypeError, ValueError):
        return pd.Index(list(labels)).get_indexer(values).astype(np.int64)


def is_missing(value, blank_text: bool = True) -> bool:
    """None, NaN, NaT or pandas' NA; with ``blank_text``, also an empty or all-space string
    (what a form field or a CSV cell holds when nothing was entered)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return blank_text and not value.strip()
    return type(value).__name__ in ("NaTType", "NAType")


def nfc(value):
    """Text in Unicode's composed form (NFC): ``й`` typed as one code point or as ``и`` and a
    combining breve is the same id. Anything but a string is returned as it is."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


# Line and paragraph separators break a line like a control character does.
_CONTROL = {"Cc", "Zl", "Zp"}


def _named(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"


def name_problem(value, what: str) -> str | None:
    """Why ``value`` cannot be a name (an id, an actor), or None. Refused: blank text; control
    characters (a NUL, a tab, a line break); invisible and bidi control characters, i.e. Unicode's
    format characters (category Cf: zero-width spaces and joiners, U+200E/U+200F marks, U+202A..
    U+202E and U+2066..U+2069 overrides and isolates, a byte order mark), which make two ids look
    alike or a name read backwards."""
    text = str(value)
    if any(unicodedata.category(c) in _CONTROL for c in text):
        return f"{what} {text!r} contains control characters"
    invisible = [c for c in text if unicodedata.category(c) == "Cf"]
    if invisible:
        return (f"{what} {text!r} contains invisible or bidi control characters ("
                + ", ".join(dict.fromkeys(_named(c) for c in invisible)) + ")")
    if not text.strip():
        return f"{what} is blank"
    return None


# The actor the file's triggers give a change made without sezmap (store.audit_triggers)
OTHER_PROGRAM = "another program"


def actor_problem(value, what: str = "actor") -> str | None:
    """Why ``value`` cannot name who makes a change, or None: what :func:`name_problem` refuses,
    and the name the audit log gives changes made without sezmap (in any case or spacing), which
    a sezmap user cannot take."""
    problem = name_problem(value, what)
    if problem is None and " ".join(str(value).split()).casefold() == OTHER_PROGRAM:
        problem = (f"{what} {str(value)!r} is reserved: the audit log names changes made without sezmap so; "
                   "give your own name")
    return problem


def flat_geometries(geoms) -> np.ndarray:
    """Geometries in two dimensions: Z and M dropped (sezmap keeps, checks and audits x and y
    only), so what is audited is what is stored."""
    geoms = np.asarray(geoms, dtype=object)
    present = ~shapely.is_missing(geoms)
    if not (shapely.has_z(np.where(present, geoms, None)).any() or _has_m(geoms[present])):
        return geoms
    return shapely.force_2d(geoms)


def _has_m(geoms: np.ndarray) -> bool:
    has_m = getattr(shapely, "has_m", None)  # shapely 2.1 and later know M
    return bool(has_m is not None and len(geoms) and has_m(geoms).any())


def checked_actor(value) -> str:
    """Who makes a change, as the audit log keeps it: NFC, and refused (DataError) when blank or
    holding control, invisible or bidi characters (:func:`name_problem`). The one check of the
    command line, the app's settings and its session."""
    from sezmap.model.problems import DataError, Reason

    text = nfc(value) if isinstance(value, str) else value
    reason = "the actor is missing" if text is None else actor_problem(text)
    if reason:
        raise DataError(Reason(f"{reason}: a change needs a readable actor (who makes it)", "bad_actor"))
    return text.strip()


def same_value(a, b) -> bool:
    """Whether two values of a plot field are the same value: THE equality rule of every layer
    (the store's write, the undo check, changes picked up from the file, the edit form).

    Missing values (None, NaN, NaT, NA, blank text) are all the same; geometries are the same
    only if exactly equal (same type, same coordinates in the same order); dates compare as
    their ISO day (a date, a timestamp and "YYYY-MM-DD" text alike); numbers compare exactly
    (Python compares an int with a float exactly, so 554 == 554.0 but a float that lost an
    integer's last digits is not that integer); anything else with ``==``."""
    a_geom, b_geom = hasattr(a, "geom_type"), hasattr(b, "geom_type")
    if a_geom or b_geom:
        return a_geom and b_geom and bool(shapely.equals_exact(a, b, tolerance=0.0))
    a_missing, b_missing = is_missing(a), is_missing(b)
    if a_missing or b_missing:
        return a_missing and b_missing
    if _is_date(a) or _is_date(b):
        return _day(a) == _day(b)
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    return bool(a == b)


def _is_number(value) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_date(value) -> bool:
    return isinstance(value, (dt.date, dt.datetime)) or hasattr(value, "isoformat") and hasattr(value, "year")


def _day(value) -> str:
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]
