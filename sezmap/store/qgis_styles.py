"""sezmap's symbology as QGIS layer styles, carried in the project file (no Qt).

QGIS keeps the styles it saves "in the database" in a table ``layer_styles`` and applies the
default one when a layer of the file is opened. ``write_layer_styles`` writes one style per
feature layer there, named ``sezmap``:

- plots: a categorised renderer on ``status`` in the one palette (model/statuses.py);
- zones: a light fill with a haloed dark outline, labelled with the English name;
- corridors: one category per corridor id, in sezmap's colour for it and dashed by its mode
  (model/symbology.py), over a white halo; other ids dashed by mode in grey;
- hubs: a categorised renderer on ``kind`` with sezmap's marker shapes and colours.

The table is laid out as QGIS (through GDAL) creates it, and listed in ``gpkg_contents`` as an
attributes table, so GDAL and QGIS see it and the file still passes GDAL's validator. The call
is idempotent: a style already as this version writes it is left alone (no write at all); one
that differs is replaced. A style of another name that a user saved as the layer's default
stays the default.
"""

from __future__ import annotations

import contextlib
import sqlite3
from xml.sax.saxutils import escape, quoteattr

from sezmap.model import symbology
from sezmap.model.statuses import STATUS_COLOURS, STATUS_LABELS_EN, STATUSES
from sezmap.store import geopackage_sql as sql

TABLE = "layer_styles"
STYLE_NAME = "sezmap"
DESCRIPTION = "sezmap symbology"
QGIS_VERSION = "3.22.16-Białowieża"  # the version whose reader the QML follows (Debian 12's QGIS)
# As GDAL's GeoPackage driver creates the table for QGIS (QgsOgrProviderMetadata::saveStyle).
TABLE_SQL = (
    '"id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), '
    '"f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), '
    '"styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, '
    '"description" TEXT, "owner" TEXT(30), "ui" TEXT(30), '
    "\"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
)
COLUMNS = ("f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
           "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time")
MM_PER_PX = 25.4 / 96.0  # sezmap's pixel sizes at 96 dpi
UNKNOWN_COLOUR = "#FF00FF"  # a status sezmap does not know (render/styles.status_colour)
OTHER_CORRIDOR_COLOUR = "#555555"
QGIS_LINE_STYLES = {"solid": "solid", "dash": "dash", "dot": "dot", "dash_dot": "dash dot"}
QGIS_MARKERS = {"diamond": ("diamond", 1.0), "circle": ("circle", 1.0), "square": ("square", 1.0),
                "triangle": ("triangle", 1.05), "star": ("star", 1.25), "small_circle": ("circle", 0.6)}
SLD_MARKERS = {"diamond": "square", "circle": "circle", "square": "square", "triangle": "triangle",
               "star": "star", "small_circle": "circle"}


# --- colours and numbers ------------------------------------------------------------------------


def _rgba(colour) -> tuple[int, int, int, int]:
    if isinstance(colour, str):
        text = colour.lstrip("#")
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), 255
    r, g, b, *a = colour
    return int(r), int(g), int(b), int(a[0]) if a else 255


def qgis_colour(colour) -> str:
    """'r,g,b,a' as QGIS writes colours."""
    return ",".join(str(v) for v in _rgba(colour))


def _hex(colour) -> str:
    r, g, b, _a = _rgba(colour)
    return f"#{r:02x}{g:02x}{b:02x}"


def _opacity(colour) -> str:
    return _num(_rgba(colour)[3] / 255.0)


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def _mm(px: float) -> str:
    return _num(px * MM_PER_PX)


# --- QML ------------------------------------------------------------------------------------------


def _symbol_layer(cls: str, props: dict[str, str], indent: str) -> str:
    """A symbol layer with its properties both as QGIS 3.16+ writes them (an Option map) and
    as older versions read them (prop elements)."""
    options = "".join(f'\n{indent}    <Option type="QString" name={quoteattr(k)} value={quoteattr(v)}/>'
                      for k, v in props.items())
    legacy = "".join(f"\n{indent}  <prop k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in props.items())
    return (f'{indent}<layer class="{cls}" enabled="1" locked="0" pass="0">\n'
            f'{indent}  <Option type="Map">{options}\n{indent}  </Option>{legacy}\n'
            f'{indent}</layer>\n')


def _symbol(kind: str, name: str, layers: list[tuple[str, dict[str, str]]], indent: str = "      ") -> str:
    body = "".join(_symbol_layer(cls, props, indent + "  ") for cls, props in layers)
    return (f'{indent}<symbol type="{kind}" name={quoteattr(name)} alpha="1" clip_to_extent="1" '
            f'force_rhr="0">\n{body}{indent}</symbol>\n')


def _fill(colour, outline, outline_px: float) -> tuple[str, dict[str, str]]:
    return "SimpleFill", {
        "color": qgis_colour(colour), "style": "solid", "joinstyle": "bevel",
        "outline_color": qgis_colour(outline), "outline_style": "solid",
        "outline_width": _mm(outline_px), "outline_width_unit": "MM",
        "offset": "0,0", "offset_unit": "MM",
    }


def _line(colour, width_px: float, style: str = "solid") -> tuple[str, dict[str, str]]:
    return "SimpleLine", {
        "line_color": qgis_colour(colour), "line_style": QGIS_LINE_STYLES.get(style, "solid"),
        "line_width": _mm(width_px), "line_width_unit": "MM",
        "capstyle": "round", "joinstyle": "round", "use_custom_dash": "0",
        "offset": "0", "offset_unit": "MM",
    }


def _marker(shape: str, colour, size_px: float) -> tuple[str, dict[str, str]]:
    name, scale = QGIS_MARKERS.get(shape, ("circle", 1.0))
    return "SimpleMarker", {
        "name": name, "color": qgis_colour(colour), "outline_color": "255,255,255,255",
        "outline_style": "solid", "outline_width": "0.25", "outline_width_unit": "MM",
        "size": _mm(size_px * scale), "size_unit": "MM", "scale_method": "diameter",
        "angle": "0", "joinstyle": "bevel", "horizontal_anchor_point": "1",
        "vertical_anchor_point": "1", "offset": "0,0", "offset_unit": "MM",
    }


def _categorised(attr: str, categories: list[tuple[str, str, str]], symbols: list[str]) -> str:
    """categories: (value, label, symbol name); a value of '' is QGIS's 'all other values'."""
    cats = "".join(f'      <category render="true" symbol={quoteattr(sym)} value={quoteattr(value)} '
                   f'label={quoteattr(label)}/>\n' for value, label, sym in categories)
    return (f'  <renderer-v2 type="categorizedSymbol" attr={quoteattr(attr)} symbollevels="0" '
            f'forceraster="0" enableorderby="0">\n    <categories>\n{cats}    </categories>\n'
            f'    <symbols>\n{"".join(symbols)}    </symbols>\n  </renderer-v2>\n')


def _single(symbol: str) -> str:
    return (f'  <renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" enableorderby="0">\n'
            f'    <symbols>\n{symbol}    </symbols>\n  </renderer-v2>\n')


def _labels(field: str, size_pt: float, bold: bool, placement: int) -> str:
    weight = "75" if bold else "50"
    return (
        '  <labeling type="simple">\n    <settings calloutType="simple">\n'
        f'      <text-style fieldName={quoteattr(field)} isExpression="0" fontFamily="DejaVu Sans" '
        f'fontSize="{_num(size_pt)}" fontSizeUnit="Point" fontWeight="{weight}" '
        f'fontItalic="0" textColor="17,17,17,255" textOpacity="1">\n'
        '        <text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" '
        'bufferColor="255,255,255,220" bufferOpacity="1" bufferNoFill="1" bufferJoinStyle="128"/>\n'
        '      </text-style>\n'
        f'      <placement placement="{placement}" dist="1" distUnits="MM" priority="5"/>\n'
        '      <rendering obstacle="1" scaleVisibility="0" drawLabels="1" upsidedownLabels="0"/>\n'
        '    </settings>\n  </labeling>\n'
    )


def _document(body: str, labels: str = "") -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QGIS_VERSION}" styleCategories="Symbology|Labeling" '
        f'labelsEnabled="{1 if labels else 0}">\n{body}{labels}'
        '  <blendMode>0</blendMode>\n  <featureBlendMode>0</featureBlendMode>\n'
        '  <layerOpacity>1</layerOpacity>\n</qgis>\n'
    )


def plots_qml() -> str:
    categories, symbols = [], []
    for n, status in enumerate((*STATUSES, "")):
        colour = STATUS_COLOURS.get(status, UNKNOWN_COLOUR)
        categories.append((status, STATUS_LABELS_EN.get(status, "Other status"), str(n)))
        symbols.append(_symbol("fill", str(n), [_fill(colour, symbology.PLOT_OUTLINE, 0.5)]))
    return _document(_categorised("status", categories, symbols))


def zones_qml() -> str:
    # outlined, not filled: the plots under a zone keep their colours (as on sezmap's map)
    symbol = _symbol("fill", "0", [
        ("SimpleFill", {**_fill(symbology.ZONE_FILL, symbology.ZONE_OUTLINE, 0)[1], "style": "no",
                        "outline_style": "no"}),
        _line(symbology.ZONE_HALO, 4.0),
        _line(symbology.ZONE_OUTLINE, symbology.ZONE_OUTLINE_WIDTH_PX),
    ])
    return _document(_single(symbol), _labels("name_en", 10, True, 0))


def _blank(value) -> bool:
    return not (isinstance(value, str) and value.strip())


def corridor_styles(corridors) -> list[tuple[str, str, str, str]]:
    """(corridor_id, colour, line style, name) in the order the ids first appear; a corridor's
    mode and name are its segments' first non-blank ones (as the map draws them).
    ``corridors``: (corridor_id, mode[, name_en]) of each segment, in layer order."""
    found: dict[str, list] = {}
    for row in corridors:
        cid, mode = str(row[0]), row[1]
        name = row[2] if len(row) > 2 else None
        entry = found.setdefault(cid, [None, None])
        if entry[0] is None and not _blank(mode):
            entry[0] = mode
        if entry[1] is None and not _blank(name):
            entry[1] = name
    return [(cid, symbology.corridor_colour(n), symbology.corridor_dash(mode), name or cid)
            for n, (cid, (mode, name)) in enumerate(found.items())]


def corridors_qml(corridors=()) -> str:
    """``corridors``: (corridor_id, mode[, name_en]) of each segment, in layer order."""
    categories, symbols = [], []

    def line(colour, style):
        return [_line(symbology.CORRIDOR_HALO, symbology.CORRIDOR_HALO_WIDTH_PX),
                _line(colour, symbology.CORRIDOR_WIDTH_PX, style)]

    for n, (cid, colour, style, name) in enumerate(corridor_styles(corridors)):
        categories.append((cid, name, str(n)))
        symbols.append(_symbol("line", str(n), line(colour, style)))
    other = str(len(categories))
    categories.append(("", "Other corridors", other))
    symbols.append(_symbol("line", other, line(OTHER_CORRIDOR_COLOUR, "solid")))
    return _document(_categorised("corridor_id", categories, symbols), _labels("name_en", 8, False, 2))


def hubs_qml() -> str:
    categories, symbols = [], []
    kinds = list(symbology.HUB_SYMBOLS)
    for n, kind in enumerate((*kinds, "")):
        shape, colour = symbology.hub_symbol(kind or None)
        categories.append((kind, symbology.HUB_KIND_LABELS_EN.get(kind, "Other"), str(n)))
        symbols.append(_symbol("marker", str(n), [_marker(shape, colour, symbology.HUB_SIZE_PX)]))
    return _document(_categorised("kind", categories, symbols), _labels("name_en", 8, False, 0))


# --- SLD (for readers other than QGIS) ---------------------------------------------------------


def _sld_rule(name: str, attr: str | None, value: str | None, symbolizer: str) -> str:
    flt = ""
    if attr is not None:
        flt = (f"<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>{escape(attr)}</ogc:PropertyName>"
               f"<ogc:Literal>{escape(value or '')}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>")
    return f"<se:Rule><se:Name>{escape(name)}</se:Name>{flt}{symbolizer}</se:Rule>"


def _sld_stroke(colour, width_px: float, style: str = "solid") -> str:
    width = width_px
    dash = " ".join(_num(d * width) for d in symbology.DASH_PATTERNS.get(style, ()))
    out = (f'<se:Stroke><se:SvgParameter name="stroke">{_hex(colour)}</se:SvgParameter>'
           f'<se:SvgParameter name="stroke-opacity">{_opacity(colour)}</se:SvgParameter>'
           f'<se:SvgParameter name="stroke-width">{_num(width)}</se:SvgParameter>'
           '<se:SvgParameter name="stroke-linejoin">round</se:SvgParameter>'
           '<se:SvgParameter name="stroke-linecap">round</se:SvgParameter>')
    if dash:
        out += f'<se:SvgParameter name="stroke-dasharray">{dash}</se:SvgParameter>'
    return out + "</se:Stroke>"


def _sld_fill(colour) -> str:
    return (f'<se:Fill><se:SvgParameter name="fill">{_hex(colour)}</se:SvgParameter>'
            f'<se:SvgParameter name="fill-opacity">{_opacity(colour)}</se:SvgParameter></se:Fill>')


def _sld(layer: str, rules: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.1.0" '
        'xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/'
        'StyledLayerDescriptor.xsd">'
        f'<NamedLayer><se:Name>{escape(layer)}</se:Name><UserStyle><se:Name>{STYLE_NAME}</se:Name>'
        f'<se:FeatureTypeStyle>{"".join(rules)}</se:FeatureTypeStyle></UserStyle></NamedLayer>'
        '</StyledLayerDescriptor>\n'
    )


def plots_sld() -> str:
    rules = [_sld_rule(STATUS_LABELS_EN[s], "status", s,
                       f"<se:PolygonSymbolizer>{_sld_fill(STATUS_COLOURS[s])}"
                       f"{_sld_stroke(symbology.PLOT_OUTLINE, 0.5)}</se:PolygonSymbolizer>")
             for s in STATUSES]
    return _sld("plots", rules)


def zones_sld() -> str:
    return _sld("zones", [_sld_rule("Zones", None, None,
                                    f"<se:PolygonSymbolizer>{_sld_fill(symbology.ZONE_FILL)}"
                                    f"{_sld_stroke(symbology.ZONE_OUTLINE, symbology.ZONE_OUTLINE_WIDTH_PX)}"
                                    "</se:PolygonSymbolizer>")])


def corridors_sld(corridors=()) -> str:
    rules = [_sld_rule(cid, "corridor_id", cid,
                       f"<se:LineSymbolizer>{_sld_stroke(colour, symbology.CORRIDOR_WIDTH_PX, style)}"
                       "</se:LineSymbolizer>")
             for cid, colour, style, _name in corridor_styles(corridors)]
    rules.append("<se:Rule><se:Name>Other corridors</se:Name><se:ElseFilter/>"
                 f"<se:LineSymbolizer>{_sld_stroke(OTHER_CORRIDOR_COLOUR, symbology.CORRIDOR_WIDTH_PX)}"
                 "</se:LineSymbolizer></se:Rule>")
    return _sld("corridors", rules)


def hubs_sld() -> str:
    rules = []
    for kind, (shape, colour) in symbology.HUB_SYMBOLS.items():
        mark = (f"<se:Mark><se:WellKnownName>{SLD_MARKERS.get(shape, 'circle')}</se:WellKnownName>"
                f"{_sld_fill(colour)}{_sld_stroke('#FFFFFF', 1.0)}</se:Mark>")
        size = symbology.HUB_SIZE_PX * QGIS_MARKERS.get(shape, ("circle", 1.0))[1]
        rules.append(_sld_rule(symbology.HUB_KIND_LABELS_EN.get(kind, kind), "kind", kind,
                               f"<se:PointSymbolizer><se:Graphic>{mark}<se:Size>{_num(size)}</se:Size>"
                               "</se:Graphic></se:PointSymbolizer>"))
    return _sld("hubs", rules)


# --- the table --------------------------------------------------------------------------------


def styles_for(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """layer -> (QML, SLD) for the feature layers the file has."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    corridors: list[tuple] = []
    if "corridors" in tables:
        columns = set(sql.table_columns(conn, "corridors"))
        if "corridor_id" in columns:
            mode = '"mode"' if "mode" in columns else "NULL"
            name = '"name_en"' if "name_en" in columns else "NULL"
            key = sql.integer_key(conn, "corridors")
            corridors = conn.execute(
                f'SELECT "corridor_id", {mode}, {name} FROM "corridors" WHERE "corridor_id" IS NOT NULL '
                f'ORDER BY "{key}"').fetchall()
    out = {
        "zones": (zones_qml(), zones_sld()),
        "plots": (plots_qml(), plots_sld()),
        "corridors": (corridors_qml(corridors), corridors_sld(corridors)),
        "hubs": (hubs_qml(), hubs_sld()),
    }
    return {name: style for name, style in out.items() if name in tables}


def _geometry_column(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    return row[0] if row else sql.GEOM_COLUMN


def write_layer_styles(conn_or_store, now: str | None = None) -> int:
    """Write sezmap's style of each feature layer into ``layer_styles`` (creating the table as
    QGIS does and listing it in gpkg_contents). ``conn_or_store``: a sqlite3 connection inside
    a write transaction, or a store (then one transaction of its own). Returns how many rows
    were written or replaced: 0 when everything was in place already."""
    if not isinstance(conn_or_store, sqlite3.Connection) and hasattr(conn_or_store, "connect"):
        conn = conn_or_store.connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                written = write_layer_styles(conn, now)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return written
        finally:
            conn.close()
    conn = conn_or_store
    at = sql.datetime_text(now) if now else _utc_now()
    written = 0
    if not sql.has_table(conn, TABLE):
        conn.execute(f'CREATE TABLE "{TABLE}" ({TABLE_SQL})')
    if TABLE not in sql.table_names(conn):
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES (?, 'attributes', ?, ?, ?)", (TABLE, TABLE, "QGIS layer styles", at))
    for layer, (qml, sld) in styles_for(conn).items():
        geom = _geometry_column(conn, layer)
        row = conn.execute(
            f'SELECT "id", "styleQML", "styleSLD" FROM "{TABLE}" WHERE "f_table_name" = ? '
            "AND \"f_geometry_column\" = ? AND \"styleName\" = ? AND coalesce(\"f_table_schema\", '') = '' "
            'ORDER BY "id" LIMIT 1', (layer, geom, STYLE_NAME)).fetchone()
        if row is not None:
            if row[1] == qml and row[2] == sld:
                continue
            conn.execute(f'UPDATE "{TABLE}" SET "styleQML" = ?, "styleSLD" = ?, "update_time" = ? WHERE "id" = ?',
                         (qml, sld, at, row[0]))
        else:
            other_default = conn.execute(
                f'SELECT 1 FROM "{TABLE}" WHERE "f_table_name" = ? AND "useAsDefault" = 1 LIMIT 1',
                (layer,)).fetchone()
            sql.insert_rows(conn, TABLE, list(COLUMNS), [
                ("", "", layer, geom, STYLE_NAME, qml, sld, 0 if other_default else 1, DESCRIPTION, "", None, at)])
        written += 1
    if written:
        sql.touch_contents(conn, TABLE, at)
    return written


def _utc_now() -> str:
    import datetime as dt

    return sql.datetime_text(dt.datetime.now(dt.UTC))


def read_layer_styles(path) -> dict[str, str]:
    """layer -> QML of its default style, as QGIS picks it (default first, then newest)."""
    with contextlib.closing(sql.connect(path, readonly=True)) as conn:  # registered in file_guard
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone():
            return {}
        out: dict[str, str] = {}
        for name, qml in conn.execute(
                f'SELECT "f_table_name", "styleQML" FROM "{TABLE}" WHERE coalesce("f_table_schema", \'\') = \'\' '
                'ORDER BY CASE WHEN "useAsDefault" THEN 1 ELSE 2 END, "update_time" DESC'):
            out.setdefault(name, qml)
        return out
