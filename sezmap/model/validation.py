"""Validation rules for project layers (SCHEMA.md section 1).

Every function returns a list of :class:`Problem`; an empty list means valid.
They work on GeoDataFrames in EPSG:4326 and use vectorised shapely calls.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re

import numpy as np
import pandas as pd
import shapely

from sezmap.model import schema
from sezmap.model.values import is_missing
from sezmap.model.coords import KnownRings, Rings
from sezmap.model.problems import Problem, Reason, reason_of
from sezmap.model.statuses import STATUSES

ALLOWED_VALUES = {
    ("zones", "category"): schema.ZONE_CATEGORIES,
    ("plots", "status"): STATUSES,
    ("corridors", "mode"): schema.CORRIDOR_MODES,
    ("hubs", "kind"): schema.HUB_KINDS,
    ("hubs", "mode"): schema.CROSSING_MODES,
}


class RowLabels:
    """Labels rows by their id where they have one, else by row number; built lazily."""

    def __init__(self, spec: schema.LayerSpec, frame: pd.DataFrame, row_numbers=None):
        self.ids = frame[spec.id_field] if spec.id_field in frame.columns else None
        self.numbers = row_numbers

    def __getitem__(self, i: int) -> str:
        number = self.numbers[i] if self.numbers is not None else i + 1
        ident = self.ids.iloc[i] if self.ids is not None else None
        if isinstance(ident, str) and ident.strip() and ident.isprintable():
            return f"{ident} (row {number})"
        return f"row {number}"


def row_labels(spec: schema.LayerSpec, frame: pd.DataFrame, row_numbers=None) -> RowLabels:
    return RowLabels(spec, frame, row_numbers)


PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_AND_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ].+")

# SQLite keeps whole numbers in 64 bits
INTEGER_LIMIT = 2**63
# a floating-point number holds every whole number up to 2**53 exactly, and beyond it only some
EXACT_FLOAT_LIMIT = 2**53


def whole_number(name: str, value) -> int:
    """A whole number, exactly as given, or ValueError saying why not. Python and numpy integers
    as they are; text as decimal digits (``" 7 "``, ``"1e3"``, ``"12.0"`` and ``"1_000"`` too),
    read exactly, never through a float; a float only up to 2**53, where it is still exact
    (``123456789012345678`` as a float is ``...680``: refused, not stored wrong). Every whole
    number lies within ±2**53: beyond, a project's readers would get it through a float
    (``beyond_exact``)."""
    whole = Reason(f"{name}: {value!r} is not a whole number", "not_whole_number", field=name, value=str(value))
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(whole)
    if isinstance(value, np.integer):
        value = value.item()
    if isinstance(value, int):
        number = value
    elif isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value != int(value):
            raise ValueError(whole)
        if EXACT_FLOAT_LIMIT < abs(float(value)) < INTEGER_LIMIT:
            raise ValueError(Reason(
                f"{name}: {value!r} came as a floating-point number beyond 2**53, which cannot say a whole "
                "number exactly; give it as digits (text or an integer field)", "not_exact",
                field=name, value=str(value)))
        number = int(value)
    else:
        try:
            exact = decimal.Decimal(str(value).strip())
        except (decimal.InvalidOperation, ValueError):
            raise ValueError(whole) from None
        if not exact.is_finite() or exact != exact.to_integral_value():
            raise ValueError(whole)
        # before int(): "1e999999" would be a huge number to make
        number = INTEGER_LIMIT if abs(exact) >= INTEGER_LIMIT else int(exact)
    if abs(number) >= INTEGER_LIMIT:
        raise ValueError(f"{name}: {value!r} is too large to store (a whole number must lie within ±9.2e18)")
    if abs(number) > EXACT_FLOAT_LIMIT:
        raise ValueError(Reason(
            f"{name}: {value!r} is beyond 2**53 (9,007,199,254,740,992): GDAL and pandas read a whole-number "
            "field that may be empty as floating-point numbers, which cannot hold it exactly, so the project "
            "could not be read back", "beyond_exact", field=name, value=str(value)))
    return number


def parse_date(value) -> dt.date | None:
    """An ISO date ``YYYY-MM-DD``, or a whole ISO date and time (``2024-01-01T10:30``,
    ``2024-01-01 10:30:00+05:00``: the date as written), to a date; None for missing;
    ValueError for anything else, trailing text and impossible times included."""
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    text = str(value).strip()
    try:
        if PLAIN_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if DATE_AND_TIME.fullmatch(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, or an ISO date and time)")


def check_value(field: schema.Field, value):
    """Coerce one value to the field's type; raise ValueError with a reason."""
    if is_missing(value):
        if not field.nullable:
            raise ValueError(Reason(f"{field.name} is required", "required", field=field.name))
        return None
    if isinstance(value, (np.number, np.bool_)):
        value = value.item()  # numpy's scalars as Python's (and named so in messages)
    if field.type == "TEXT":
        return str(value)
    if field.type == "INTEGER":
        return whole_number(field.name, value)
    if field.type == "REAL":
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(Reason(f"{field.name}: {value!r} is not a number", "not_number",
                                    field=field.name, value=str(value))) from None
        if not math.isfinite(number):
            raise ValueError(Reason(f"{field.name}: {value!r} is not a finite number", "not_number",
                                    field=field.name, value=str(value)))
        return number
    if field.type == "DATE":
        try:
            day = parse_date(value)
            return day.isoformat() if day is not None else None
        except ValueError as exc:
            raise ValueError(Reason(f"{field.name}: {exc}", "not_date", field=field.name, value=str(value))) from None
    if field.type == "DATETIME":
        if isinstance(value, (dt.datetime, pd.Timestamp)):
            return pd.Timestamp(value).strftime("%Y-%m-%dT%H:%M:%SZ")
        text = str(value).strip()
        try:
            pd.Timestamp(text)
        except (ValueError, TypeError):
            raise ValueError(Reason(f"{field.name}: {text!r} is not a date and time", "not_date",
                                    field=field.name, value=text)) from None
        return text
    raise AssertionError(field.type)


def is_iso_country(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code of a country in ISO's list (pycountry's
    copy of it), written as ISO writes it, in capitals."""
    import pycountry  # its list is loaded on first use

    return (isinstance(code, str) and len(code) == 2 and code.isascii() and code.isupper()
            and pycountry.countries.get(alpha_2=code) is not None)


def check_value_rules(layer: str, field: str, value) -> str | None:
    """The reason a (coerced) value breaks a rule of its field, or None."""
    allowed = ALLOWED_VALUES.get((layer, field))
    if allowed is not None and value is not None and value not in allowed:
        return Reason(f"{field} {value!r} is not one of {', '.join(allowed)}",
                      "unknown_status" if field == "status" else "not_one_of",
                      field=field, value=str(value), allowed=tuple(allowed))
    if layer == "hubs" and field in ("country", "neighbour") and value is not None and not is_iso_country(value):
        return Reason(f"{field} {value!r} is not an ISO 3166-1 alpha-2 code (two capital letters of a "
                      "country in ISO's list, such as KZ, CN, RU)", "not_iso_country", value=str(value))
    if field in ("investment_committed_kzt", "investment_actual_kzt", "jobs_planned", "official_area_ha") \
            and value is not None and value < 0:
        return Reason(f"{field} {value!r} is negative (amounts of money, jobs and areas are 0 or more)",
                      "negative", field=field, value=value)
    if layer == "plots" and field == "version" and value is not None and value < 1:
        return f"version {value!r} is below 1"
    return None


GEOM_TYPE_NAMES = {
    0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
    5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection",
}


def certainly_valid_quads(geoms: np.ndarray, r: Rings | None = None, type_id: np.ndarray | None = None) -> np.ndarray:
    """Plots that are strictly convex quadrilaterals, hence valid, found without GEOS.

    One polygon, no holes, a closed ring of four corners turning the same way at each corner
    with no zero turn: the four exterior angles then add up to one full turn, so the ring
    is simple and convex (this does not hold beyond four corners: a pentagram turns one way
    too). Most cadastral plots are such quadrilaterals; GEOS's is_valid checks the rest.
    ``r``: the geometries' coordinate stream, ``type_id`` their types, if known already.
    """
    out = np.zeros(len(geoms), dtype=bool)
    if not len(geoms):
        return out
    type_id = shapely.get_type_id(geoms) if type_id is None else type_id
    if r is not None:  # one part of one ring
        cand = r.simple & (r.counts == 5) & (type_id != 7)
    else:
        cand = (shapely.get_num_coordinates(geoms) == 5) & (shapely.get_num_geometries(geoms) == 1) & (type_id != 7)
    idx = np.flatnonzero(cand)  # five coordinates in one part leave no room for a hole
    if not len(idx):
        return out
    if r is None:
        xy = shapely.get_coordinates(geoms if len(idx) == len(geoms) else geoms[idx])
        at = np.arange(0, 5 * len(idx), 5)
    else:
        xy, at = r.xy, r.offsets[:-1][idx]
    flat = np.ascontiguousarray(xy).ravel()
    for s in range(0, len(idx), BLOCK):  # in blocks, so that the temporaries stay in cache
        block = slice(s, s + BLOCK)
        out[idx[block]] = _strictly_convex_quads(flat, 2 * at[block])
    return out


BLOCK = 1 << 16


def _strictly_convex_quads(flat: np.ndarray, at: np.ndarray) -> np.ndarray:
    """For rings of five points (x, y pairs from ``flat[at]`` on): closed, and turning the
    same way, clearly, at each of the four corners."""
    x = [flat.take(at + 2 * k) for k in range(5)]  # the five points as 1-d columns
    y = [flat.take(at + (2 * k + 1)) for k in range(5)]
    closed = (x[0] == x[4]) & (y[0] == y[4])
    ex = [x[k + 1] - x[k] for k in range(4)]  # the four edges, the closing one last
    ey = [y[k + 1] - y[k] for k in range(4)]
    length = [a * a + b * b for a, b in zip(ex, ey, strict=True)]
    same_way = closed
    positive = np.ones(len(at), dtype=bool)
    negative = np.ones(len(at), dtype=bool)
    for k in range(4):
        n = (k + 1) % 4  # each edge's successor
        turn = ex[k] * ey[n] - ey[k] * ex[n]
        # A turn must be clearly away from zero (sine above 1e-9), so that rounding can never
        # make a spike or a straight corner look like a turn (squared: no square roots).
        same_way &= turn * turn > 1e-18 * (length[k] * length[n])
        positive &= turn > 0
        negative &= turn < 0
    return same_way & (positive | negative)


def geometry_problems(spec: schema.LayerSpec, geoms: np.ndarray, labels, r: Rings | None = None) -> list[Problem]:
    """Missing, wrong-typed, invalid geometries and coordinates outside the lon/lat range.
    ``r``: the geometries' coordinate stream, if it was read already."""
    problems: list[Problem] = []
    geoms = np.asarray(geoms, dtype=object)
    # no coordinates: missing or empty
    missing = r.counts == 0 if r is not None else shapely.is_missing(geoms) | shapely.is_empty(geoms)
    type_id = shapely.get_type_id(geoms)
    accepted = np.isin(type_id, [t for t, name in GEOM_TYPE_NAMES.items() if name in spec.accepted_geometries])
    checked = ~missing & accepted
    valid = np.ones(len(geoms), dtype=bool)
    unsure = checked & ~certainly_valid_quads(geoms, r, type_id)
    valid[unsure] = shapely.is_valid(geoms[unsure])
    for i in np.flatnonzero(missing):
        problems.append(Problem(spec.name, labels[i], "has no geometry"))
    for i in np.flatnonzero(~missing & ~accepted):
        want = " or ".join(spec.accepted_geometries)
        kind = GEOM_TYPE_NAMES.get(int(type_id[i]), "unknown")
        problems.append(Problem(spec.name, labels[i], f"geometry is a {kind}, not a {want}"))
    for i in np.flatnonzero(checked & ~valid):
        reason = shapely.is_valid_reason(geoms[i])
        problems.append(Problem(spec.name, labels[i], f"invalid geometry: {reason}"))
    if not _all_in_lonlat_range(r):  # else some geometry may be out of range: which ones
        bounds = np.full((len(geoms), 4), np.nan)
        bounds[checked] = shapely.bounds(geoms[checked])
        with np.errstate(invalid="ignore"):
            out = (bounds[:, 0] < -180) | (bounds[:, 2] > 180) | (bounds[:, 1] < -90) | (bounds[:, 3] > 90)
        for i in np.flatnonzero(out):
            problems.append(
                Problem(spec.name, labels[i], "coordinates are outside the lon/lat range (is the CRS right?)")
            )
    return problems


def _all_in_lonlat_range(r: Rings | None) -> bool:
    """Every coordinate of the stream a longitude and a latitude (False if unknown or NaN)."""
    if r is None:
        return False
    if len(r.xy) == 0:
        return True
    x, y = r.xy[:, 0], r.xy[:, 1]
    return bool(x.min() >= -180 and x.max() <= 180 and y.min() >= -90 and y.max() <= 90)


NO_TEXT = {"date", "datetime", "datetime64", "floating", "integer", "mixed-integer-float", "boolean",
           "decimal", "empty"}


MASK_CHUNK = 100_000  # rows per pass of ``missing_mask`` (each pass holds the GIL: a few ms)


def missing_mask(values: pd.Series) -> np.ndarray:
    """None, NaN, NaT and blank strings; a slice at a time (pandas holds the GIL through each
    pass over a column of Python objects: ~0.1 s at a million rows, while the window waits)."""
    if len(values) > MASK_CHUNK:
        return np.concatenate([_missing(values.iloc[a:a + MASK_CHUNK]) for a in range(0, len(values), MASK_CHUNK)])
    return _missing(values)


def _missing(values: pd.Series) -> np.ndarray:
    mask = values.isna().to_numpy().copy()
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in NO_TEXT:
        return mask  # no strings among the values, so no blank ones
    if values.dtype == object or pd.api.types.is_string_dtype(values):
        text = values if isinstance(values.dtype, pd.StringDtype) else values.astype("string")
        mask |= (text.str.strip() == "").fillna(False).to_numpy(dtype=bool)
    return mask


def suspect_mask(field: schema.Field, values: pd.Series) -> np.ndarray:
    """Rows that may break the field's type or rules (checked one by one afterwards).

    A fast vectorised pass, so a million-row layer costs array operations, not
    a Python call per cell; only the suspects get a per-value check for the reason.
    """
    if field.type == "TEXT" and field.nullable:
        return np.zeros(len(values), dtype=bool)  # any text will do
    missing = missing_mask(values)
    suspect = missing if not field.nullable else np.zeros(len(values), dtype=bool)
    present = ~missing
    if field.type in ("INTEGER", "REAL"):
        if values.dtype == bool:
            return suspect | present
        if values.dtype == object:  # booleans hide among objects; they are not numbers here
            suspect |= np.fromiter((isinstance(v, (bool, np.bool_)) for v in values), bool, len(values))
        numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(numbers)
        if field.type == "INTEGER":
            with np.errstate(invalid="ignore"):
                # from 2**53 on the float may not be the number (2**53 + 1 reads as 2**53): looked
                # at one by one (whole_number)
                bad |= (numbers != np.floor(numbers)) | (np.abs(numbers) >= EXACT_FLOAT_LIMIT)
        with np.errstate(invalid="ignore"):
            bad |= numbers < (1 if field.name == "version" else 0)
        suspect |= present & bad
    elif field.type in ("DATE", "DATETIME"):
        if pd.api.types.is_datetime64_any_dtype(values):
            return suspect
        if values.dtype == object and pd.api.types.infer_dtype(values, skipna=True) in ("date", "datetime"):
            return suspect  # date objects (as GDAL gives them through Arrow) are dates
        text = values.astype("string").str.strip()
        if field.type == "DATE":  # anything but a plain date is looked at one by one (parse_date)
            plain = text.str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fillna(False).to_numpy(dtype=bool)
            parsed = pd.to_datetime(text.where(plain), format="%Y-%m-%d", errors="coerce")
        else:
            parsed = pd.to_datetime(text, format="ISO8601", errors="coerce")
        suspect |= present & parsed.isna().to_numpy()
    return suspect


def missing_fields_problem(spec: schema.LayerSpec, columns, note: str = "", source: str = "") -> Problem | None:
    """The required fields of ``spec`` that ``columns`` lack, as one problem (None: none lacks);
    ``note`` added to its reason, ``source`` the file named."""
    missing = [f.name for f in spec.required_fields if f.name not in columns]
    if not missing:
        return None
    return Problem(spec.name, "-", Reason(f"missing {'field' if len(missing) == 1 else 'fields'}: {', '.join(missing)}"
                                          + (f" ({note})" if note else ""), "missing_fields", layer=spec.name,
                                          fields=tuple(missing)), source=source)


def validate_layer(spec: schema.LayerSpec, frame: pd.DataFrame, row_numbers=None,
                   known: KnownRings | None = None, attributes: list[Problem] | None = None) -> list[Problem]:
    """Fields present, values of the right type and domain, ids unique, geometries sound.
    ``known``: a coordinate stream read with the geometries (used if it is theirs);
    ``attributes``: the :func:`attribute_problems` of these rows, if found already."""
    lacking = missing_fields_problem(spec, frame.columns)
    if lacking is not None:
        return [lacking]
    labels = row_labels(spec, frame, row_numbers)
    problems = (attribute_problems(spec, frame, labels) or []) if attributes is None else list(attributes)
    if spec.geometry_type is not None:
        if "geometry" not in frame.columns:
            return problems + [Problem(spec.name, "-", "has no geometry column")]
        geoms = np.asarray(frame.geometry.values, dtype=object)
        problems += geometry_problems(spec, geoms, labels, known.of(geoms) if known is not None else None)
    return problems


def attribute_problems(spec: schema.LayerSpec, frame: pd.DataFrame, labels=None,
                       unique_ids: bool = False) -> list[Problem] | None:
    """Values of the right type and domain, ids unique (None if a required field is missing:
    :func:`validate_layer` says so). The geometry column, if any, is not looked at.
    ``unique_ids``: the source keeps the ids unique itself (SQLite's UNIQUE constraint of a file
    sezmap wrote), so they are not checked again (~1.9 s at a million plots)."""
    if any(f.name not in frame.columns for f in spec.required_fields):
        return None
    labels = row_labels(spec, frame) if labels is None else labels
    problems: list[Problem] = []
    for field in spec.fields:
        if field.name not in frame.columns:
            continue  # an extension field a file from elsewhere does not have
        values = frame[field.name]
        suspect = suspect_mask(field, values)
        allowed = ALLOWED_VALUES.get((spec.name, field.name))
        if allowed is not None:
            suspect |= values.notna().to_numpy() & ~values.isin(allowed).to_numpy()
        if spec.name == "hubs" and field.name in ("country", "neighbour"):
            suspect |= values.notna().to_numpy()
        for i in np.flatnonzero(suspect):
            value = values.iloc[i]
            try:
                coerced = check_value(field, value)
            except ValueError as exc:
                problems.append(Problem(spec.name, labels[i], reason_of(exc)))
                continue
            reason = check_value_rules(spec.name, field.name, coerced)
            if reason:
                problems.append(Problem(spec.name, labels[i], reason))
    if spec.unique_id and spec.id_field and not unique_ids:
        ids = frame[spec.id_field]
        dup = ids.duplicated(keep="first") & ids.notna()
        for i in np.flatnonzero(dup.to_numpy()):
            problems.append(Problem(spec.name, labels[i], Reason(f"duplicate {spec.id_field} {ids.iloc[i]!r}",
                                                                 "duplicate_id", field=spec.id_field,
                                                                 value=str(ids.iloc[i]))))
    return problems


def validate_plot_zones(plots: pd.DataFrame, zone_ids, row_numbers=None) -> list[Problem]:
    """Every plot names a zone that exists."""
    labels = row_labels(schema.PLOTS, plots, row_numbers)
    zones = plots["zone_id"]
    unknown = ~missing_mask(zones) & ~zones.isin(set(zone_ids)).to_numpy()
    return [
        Problem("plots", labels[int(i)], Reason(f"zone_id {zones.iloc[i]!r} is not a zone of the project", "unknown_zone",
                                           zone=str(zones.iloc[i])))
        for i in np.flatnonzero(unknown)
    ]


def validate_project(layers: dict[str, pd.DataFrame], known: dict[str, KnownRings] | None = None,
                     attributes: dict[str, list[Problem]] | None = None) -> list[Problem]:
    """All four feature layers, their rules, and plots pointing at existing zones.
    ``known``: coordinate streams read with some layers' geometries, by layer; ``attributes``:
    some layers' :func:`attribute_problems`, found already (while their geometries were read)."""
    problems: list[Problem] = []
    for name, spec in schema.FEATURE_LAYERS.items():
        if name not in layers:
            problems.append(Problem(name, "-", Reason("layer is missing", "missing_layer", layer=name)))
            continue
        problems += validate_layer(spec, layers[name], known=(known or {}).get(name),
                                   attributes=(attributes or {}).get(name))
    if "plots" in layers and "zones" in layers and "zone_id" in layers["plots"].columns \
            and "zone_id" in layers["zones"].columns:
        problems += validate_plot_zones(layers["plots"], layers["zones"]["zone_id"].dropna())
    return problems
