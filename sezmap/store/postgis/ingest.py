"""Rows for ``sezmap db publish``'s bulk copy: a layer, the audit log or the project's meta as an
Arrow table typed as the server's columns, copied by ADBC (``adbc_ingest``: COPY in PostgreSQL's
binary format, in the publishing transaction).

Every value goes to the server as its binary form (an integer as four bytes, a time as
microseconds, a geometry as WKB, which PostGIS reads as is and gives the column's SRID): no text
is made for a value and none parsed again, and no Python object made per row. A column is
converted by Arrow in one call; only a column Arrow cannot convert as it is (a number in a text
field, a date or a time written as text) is read value by value, as the server would read its
text, and a value that does not fit the server's column is refused naming it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from sezmap.formats import wkb
from sezmap.model import schema
from sezmap.model.coords import KnownRings, rings_of
from sezmap.model.problems import DataError
from sezmap.model.values import is_missing
from sezmap.store.postgis.migrate import SCHEMA

ARROW_TYPES = {"text": pa.string(), "integer": pa.int32(), "bigint": pa.int64(), "double precision": pa.float64(),
               "date": pa.date32(), "timestamp with time zone": pa.timestamp("us", tz="UTC"),
               "geometry": pa.large_binary()}
# a multi column: how to make a multi of parts, and the type id of a part
MULTI = {"MULTIPOLYGON": (shapely.multipolygons, 3), "MULTILINESTRING": (shapely.multilinestrings, 1)}


def server_types(conn, table: str) -> dict[str, pa.DataType]:
    """The Arrow type of each column of the server's table ``sezmap.<table>``."""
    with conn.cursor() as cur:
        cur.execute("SELECT attname::text, format_type(atttypid, NULL) FROM pg_attribute "
                    f"WHERE attrelid = '{SCHEMA}.{table}'::regclass AND attnum > 0 AND NOT attisdropped")
        found = cur.fetchall()
    return {name: ARROW_TYPES[kind] for name, kind in found if kind in ARROW_TYPES}


def layer_table(spec: schema.LayerSpec, frame, types: dict[str, pa.DataType],
                known: KnownRings | None = None) -> pa.Table:
    """The layer's fields (those the server has; a field the frame lacks as nulls) and its
    geometry (``geom``), as the server's columns. ``known``: the coordinate stream read with the
    layer's polygons (Project.plot_rings), from which their WKB is written in bulk (else the
    stream is read from GEOS, which still costs less than shapely's WKB writer)."""
    columns = {}
    for f in spec.fields:
        if f.name not in types:
            continue
        values = frame[f.name] if f.name in frame.columns else pd.Series([None] * len(frame), dtype=object)
        columns[f.name] = column_array(f"{spec.name}.{f.name}", values.reset_index(drop=True), types[f.name])
    geoms = np.asarray(frame.geometry.values, dtype=object)
    if spec.geometry_type == "MULTIPOLYGON":
        columns["geom"] = wkb.encode_multipolygons(geoms, rings_of(geoms, known))  # a stream: ~5x faster
    else:
        columns["geom"] = _wkb(geoms, spec.geometry_type)
    return pa.table(columns)


def rows_table(columns, rows, types: dict[str, pa.DataType], label: str) -> pa.Table:
    """Rows (tuples in the order of ``columns``) as the server's columns."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    return pa.table({c: column_array(f"{label}.{c}", frame[c].astype(object), types[c]) for c in columns})


def column_array(label: str, values: pd.Series, kind: pa.DataType) -> pa.Array:
    """One column as the server's type: by Arrow in one call, else value by value (text)."""
    try:
        return pa.array(values, type=kind, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        pass
    if pa.types.is_timestamp(kind):  # written as text: ISO 8601, UTC when it names no zone
        try:
            return pa.array(pd.to_datetime(values, utc=True, format="ISO8601"), type=kind, from_pandas=True)
        except (ValueError, TypeError) as exc:
            raise DataError(f"{label}: {exc}") from None
    out = []
    for i, value in enumerate(values):
        try:
            out.append(None if is_missing(value) else _one_value(value, kind))
        except (ValueError, OverflowError) as exc:
            raise DataError(f"{label}, row {i + 1}: {value!r} does not fit the server's column ({exc})") from None
    return pa.array(out, type=kind)


def _one_value(value, kind: pa.DataType):
    from sezmap.model.validation import parse_date, whole_number

    if pa.types.is_string(kind):
        return str(value)
    if pa.types.is_date(kind):
        return parse_date(value)
    if pa.types.is_integer(kind):
        number = whole_number("value", value)
        limit = 2 ** (kind.bit_width - 1)
        if not -limit <= number < limit:
            raise OverflowError(f"beyond {kind.bit_width}-bit integers")
        return number
    if pa.types.is_floating(kind):
        return float(value)
    raise ValueError(f"no conversion to {kind}")


def _wkb(geoms: np.ndarray, column_type: str | None) -> pa.Array:
    """WKB of a (small) layer of lines or points, made multi where the column is; null for a
    missing or empty geometry."""
    geoms = geoms.copy()
    geoms[shapely.is_missing(geoms) | shapely.is_empty(geoms)] = None
    multi = MULTI.get(column_type or "")
    if multi is not None:
        make, single_type = multi
        single = np.flatnonzero(shapely.get_type_id(geoms) == single_type)
        if len(single):
            geoms[single] = make(geoms[single], indices=np.arange(len(single)))
    return pa.array(shapely.to_wkb(geoms), type=pa.large_binary())


def copy(conn, table: str, data: pa.Table) -> int:
    """COPY the rows into ``sezmap.<table>`` (binary, in the connection's transaction)."""
    if data.num_rows:
        with conn.cursor() as cur:
            cur.adbc_ingest(table, data, mode="append", db_schema_name=SCHEMA)
    return data.num_rows
