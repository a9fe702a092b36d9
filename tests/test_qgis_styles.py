"""The project file carries sezmap's symbology as QGIS layer styles (table ``layer_styles``)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import textwrap
import xml.etree.ElementTree as ET

import pyogrio
import pytest

import factories as f
from sezmap import paths
from sezmap.model import symbology
from sezmap.model.statuses import STATUS_COLOURS, STATUSES
from sezmap.store import qgis_styles
from sezmap.store.gpkg import GpkgStore
from tests import needs

GDAL_COLUMNS = ["id", "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time"]
QGIS_LINE_STYLES = {"solid": "solid", "dash": "dash", "dot": "dot", "dash_dot": "dash dot"}
QGIS_SHAPES = {"diamond": "diamond", "circle": "circle", "square": "square", "triangle": "triangle",
               "star": "star", "small_circle": "circle"}


def rgba(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},255"


def props(layer: ET.Element) -> dict[str, str]:
    """A symbol layer's properties, read the way QGIS 3.16+ reads them (the Option map)."""
    options = layer.find("Option")
    assert options is not None and options.get("type") == "Map"
    out = {o.get("name"): o.get("value") for o in options.findall("Option")}
    legacy = {p.get("k"): p.get("v") for p in layer.findall("prop")}
    assert legacy == out  # the same for older readers
    return out


def categories(qml: str):
    """attr, [(value, label, [symbol layers' (class, props)])] of a categorised renderer."""
    root = ET.fromstring(qml)
    renderer = root.find("renderer-v2")
    assert renderer is not None and renderer.get("type") == "categorizedSymbol"
    symbols = {s.get("name"): s for s in renderer.find("symbols").findall("symbol")}
    out = []
    for cat in renderer.find("categories").findall("category"):
        symbol = symbols[cat.get("symbol")]
        out.append((cat.get("value"), cat.get("label"),
                    [(layer.get("class"), props(layer)) for layer in symbol.findall("layer")]))
    return renderer.get("attr"), out


@pytest.fixture()
def store(tmp_path):
    corridors = [f.corridor("c_road", mode="road", name_en="Road corridor"),
                 f.corridor("c_rail", coords=((70.0, 44.0), (72.0, 46.0)), mode="rail"),
                 f.corridor("c_road", coords=((71.0, 46.0), (73.0, 47.0)), mode=None)]
    return GpkgStore.create(tmp_path / "p.gpkg", f.layers(corridors=corridors), now="2026-01-01T00:00:00Z")


def test_new_projects_carry_the_styles_in_the_table_qgis_reads(store):
    conn = sqlite3.connect(store.path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(layer_styles)")]
    assert columns == GDAL_COLUMNS
    rows = conn.execute("SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
                        "useAsDefault, update_time FROM layer_styles ORDER BY id").fetchall()
    assert [r[2] for r in rows] == ["zones", "plots", "corridors", "hubs"]
    assert {(r[0], r[1], r[3], r[4], r[5], r[6]) for r in rows} == {
        ("", "", "geom", "sezmap", 1, "2026-01-01T00:00:00.000Z")}
    listed = conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchone()
    assert listed == ("attributes",)
    conn.close()
    # GDAL (as QGIS opens files) lists and reads the table
    assert "layer_styles" in dict(pyogrio.list_layers(store.path))
    frame = pyogrio.read_dataframe(store.path, layer="layer_styles")
    assert sorted(frame["f_table_name"]) == ["corridors", "hubs", "plots", "zones"]


def test_plots_are_categorised_by_status_in_the_one_palette(store):
    qml = qgis_styles.read_layer_styles(store.path)["plots"]
    attr, cats = categories(qml)
    assert attr == "status"
    assert [c[0] for c in cats] == [*STATUSES, ""]  # "" is QGIS's "all other values"
    for value, _label, layers in cats:
        (cls, p), = layers
        assert cls == "SimpleFill" and p["style"] == "solid"
        assert p["color"] == rgba(STATUS_COLOURS.get(value, "#FF00FF"))


def test_corridors_are_dashed_by_mode_in_their_map_colours(store):
    attr, cats = categories(qgis_styles.read_layer_styles(store.path)["corridors"])
    assert attr == "corridor_id"
    assert [(c[0], c[1]) for c in cats] == [("c_road", "Road corridor"), ("c_rail", "c_rail"), ("", "Other corridors")]
    expected = {"c_road": (symbology.CORRIDOR_PALETTE[0], "road"), "c_rail": (symbology.CORRIDOR_PALETTE[1], "rail")}
    for value, _label, layers in cats[:2]:
        (halo_cls, halo), (cls, line) = layers
        assert halo_cls == cls == "SimpleLine" and halo["line_color"] == "255,255,255,200"
        colour, mode = expected[value]
        assert line["line_color"] == rgba(colour)
        assert line["line_style"] == QGIS_LINE_STYLES[symbology.CORRIDOR_DASH_STYLE[mode]]
    assert {c[2][1][1]["line_style"] for c in cats[:2]} == {"dash", "solid"}


def test_hubs_are_markers_by_kind(store):
    attr, cats = categories(qgis_styles.read_layer_styles(store.path)["hubs"])
    assert attr == "kind"
    assert [c[0] for c in cats] == [*symbology.HUB_SYMBOLS, ""]
    for kind, label, layers in cats[:-1]:
        (cls, p), = layers
        shape, colour = symbology.HUB_SYMBOLS[kind]
        assert cls == "SimpleMarker" and p["name"] == QGIS_SHAPES[shape] and p["color"] == rgba(colour)
        assert label == symbology.HUB_KIND_LABELS_EN[kind]


def test_zones_are_outlined_not_filled_and_labelled(store):
    root = ET.fromstring(qgis_styles.read_layer_styles(store.path)["zones"])
    assert root.get("labelsEnabled") == "1"
    assert root.find("labeling/settings/text-style").get("fieldName") == "name_en"
    layers = root.findall("renderer-v2/symbols/symbol/layer")
    fill = props(layers[0])
    assert layers[0].get("class") == "SimpleFill" and fill["style"] == "no"
    assert props(layers[-1])["line_color"] == "27,27,27,255"


def test_sld_parses_with_a_rule_per_status():
    root = ET.fromstring(qgis_styles.plots_sld())
    ns = {"se": "http://www.opengis.net/se", "ogc": "http://www.opengis.net/ogc"}
    literals = [e.text for e in root.iterfind(".//se:Rule/ogc:Filter//ogc:Literal", ns)]
    assert literals == list(STATUSES)
    fills = [e.text for e in root.iterfind(".//se:Fill/se:SvgParameter[@name='fill']", ns)]
    assert fills == [STATUS_COLOURS[s].lower() for s in STATUSES]


def test_writing_again_changes_nothing_and_follows_the_corridors(store):
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    assert qgis_styles.write_layer_styles(store) == 0
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before
    conn = store.connect()  # (the R-tree triggers call the ST_ functions sezmap registers)
    conn.execute("UPDATE corridors SET mode = 'sea' WHERE corridor_id = 'c_rail'")
    conn.commit()
    conn.close()
    assert qgis_styles.write_layer_styles(store, now="2026-02-01T00:00:00Z") == 1
    _attr, cats = categories(qgis_styles.read_layer_styles(store.path)["corridors"])
    assert dict((c[0], c[2][1][1]["line_style"]) for c in cats)["c_rail"] == "dot"
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*), max(update_time) FROM layer_styles").fetchone() == (
        4, "2026-02-01T00:00:00.000Z")
    conn.close()


def test_a_users_default_style_stays_the_default(tmp_path):
    """A style a user saved in QGIS as the default is kept so; sezmap's is added beside it."""
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers())
    conn = sqlite3.connect(store.path)
    conn.execute("DELETE FROM layer_styles")
    conn.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                  "styleName, styleQML, useAsDefault) VALUES ('', '', 'plots', 'geom', 'mine', '<qgis/>', 1)")
    conn.commit()
    conn.close()
    assert qgis_styles.write_layer_styles(store) == 4
    conn = sqlite3.connect(store.path)
    assert dict(conn.execute("SELECT styleName, useAsDefault FROM layer_styles WHERE f_table_name = 'plots'")) == {
        "mine": 1, "sezmap": 0}
    assert conn.execute("SELECT useAsDefault FROM layer_styles WHERE f_table_name = 'zones'").fetchone() == (1,)
    conn.close()
    assert qgis_styles.read_layer_styles(store.path)["plots"] == "<qgis/>"


def test_the_bundled_project_carries_the_styles():
    styles = qgis_styles.read_layer_styles(paths.default_project())
    assert set(styles) == {"zones", "plots", "corridors", "hubs"}
    _attr, cats = categories(styles["corridors"])
    assert [c[0] for c in cats] == ["khorgos_china_europe", "north_south_east", "trans_caspian", "rail_network", ""]


QGIS_SCRIPT = textwrap.dedent("""
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    out = {}
    for name in ("zones", "plots", "corridors", "hubs"):
        layer = QgsVectorLayer(sys.argv[1] + "|layername=" + name, name, "ogr")
        renderer = layer.renderer()
        item = {"valid": layer.isValid(), "type": renderer.type(), "labels": layer.labelsEnabled()}
        if renderer.type() == "categorizedSymbol":
            item["attr"] = renderer.classAttribute()
            item["categories"] = [[str(c.value()), c.symbol().symbolLayers()[-1].color().name(),
                                   c.symbol().symbolLayers()[-1].layerType()] for c in renderer.categories()]
        out[name] = item
    print(json.dumps(out), flush=True)
    os._exit(0)  # QGIS 3.22's Python bindings may crash at interpreter exit
""")


def test_qgis_opens_the_bundled_project_in_sezmaps_colours(tmp_path):
    python = needs.system_python_with("qgis.core", "python3-qgis")
    script = tmp_path / "check.py"
    script.write_text(QGIS_SCRIPT)
    project = tmp_path / "default.gpkg"  # a copy: QGIS opens a GeoPackage read-write (it sets WAL)
    shutil.copyfile(paths.default_project(), project)
    before = paths.default_project().read_bytes()
    done = subprocess.run([python, str(script), str(project)], capture_output=True, text=True, timeout=180)
    assert paths.default_project().read_bytes() == before
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(item["valid"] for item in result.values())
    plots = result["plots"]
    assert plots["type"] == "categorizedSymbol" and plots["attr"] == "status"
    assert [c[:2] for c in plots["categories"]] == [[s, STATUS_COLOURS[s].lower()] for s in STATUSES] + [
        ["", "#ff00ff"]]
    hubs = result["hubs"]
    assert [c[0] for c in hubs["categories"]][:-1] == list(symbology.HUB_SYMBOLS)
    assert all(c[2] == "SimpleMarker" for c in hubs["categories"])
    corridors = result["corridors"]
    assert corridors["attr"] == "corridor_id" and corridors["categories"][0][1] == symbology.CORRIDOR_PALETTE[0].lower()
    assert result["zones"]["type"] == "singleSymbol" and result["zones"]["labels"]
