"""sezmap import: every format, CRS handling, row-level rejections, all or nothing."""

import zipfile

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sezmap.cli import main
from sezmap.model.problems import DataError
from sezmap.store.gpkg import GpkgStore
from sezmap.store.importing import import_file
from tests import factories as f

GEOD = pyproj.Geod(ellps="WGS84")


@pytest.fixture
def store(tmp_path):
    return GpkgStore.create(tmp_path / "project.gpkg", f.layers(plots=[f.plot("p1")]))




def plots_frame(n=2):
    from sezmap.model import schema
    rows = [f.plot(f"n{i}", geometry=shapely.box(70.03 + 0.01 * i, 45.03, 70.035 + 0.01 * i, 45.035),
                   status="allocated", tenant="ТОО «Сарыарқа»", allocated_on="2025-01-15",
                   contract_deadline="2027-06-30", investment_committed_kzt=4.5e9) for i in range(n)]
    return f.frame(schema.PLOTS, rows).drop(columns=["version", "updated_at", "updated_by"])


def write(frame, path, **kw):
    frame.to_file(path, **kw)
    return path


def plot_ids(store):
    return sorted(store.load().plots.plot_id)


# Writing the test Shapefiles cuts field names to 10 characters, as real ones are: expected.
SHAPEFILE_WARNINGS = [pytest.mark.filterwarnings("ignore:Column names longer than 10"),
                      pytest.mark.filterwarnings("ignore:Normalized/laundered field name")]


@SHAPEFILE_WARNINGS[0]
@SHAPEFILE_WARNINGS[1]
@pytest.mark.parametrize("name, driver", [
    ("in.geojson", "GeoJSON"), ("in.shp", "ESRI Shapefile"), ("in.gpkg", "GPKG"), ("in.kml", "KML"),
])
def test_each_gdal_format(store, tmp_path, name, driver):
    frame = plots_frame()
    if driver == "KML":
        frame = frame.to_crs(4326)
    kw = {"engine": "pyogrio"}
    path = write(frame, tmp_path / name, driver=driver, **kw)
    report = import_file(store, path, "plots")
    assert report.count == 2
    assert plot_ids(store) == ["n0", "n1", "p1"]
    row = store.load().plots.set_index("plot_id").loc["n0"]
    assert row.tenant == "ТОО «Сарыарқа»" and row.status == "allocated" and row.version == 1
    assert row.geometry.normalize().equals_exact(shapely.MultiPolygon([shapely.box(70.03, 45.03, 70.035, 45.035)]).normalize(), 1e-9)
    # the file's trigger audits the new plot: created, then each value it was given
    assert [h.field for h in store.history("n0")][:3] == ["plot", "zone_id", "status"]
    assert ("tenant", "ТОО «Сарыарқа»") in [(h.field, h.new_value) for h in store.history("n0")]
    assert store.history("n0")[-1].field == "geometry" and store.history("n0")[-1].new_value.startswith("MULTIPOLYGON")


@SHAPEFILE_WARNINGS[0]
@SHAPEFILE_WARNINGS[1]
def test_zipped_shapefile(store, tmp_path):
    write(plots_frame(), tmp_path / "plots.shp")  # with its .dbf, .shx and .prj
    archive = tmp_path / "plots.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in tmp_path.glob("plots.*"):
            if part.suffix != ".zip":
                zf.write(part, f"data/{part.name}")
    assert import_file(store, archive, "plots").count == 2


def test_csv_with_wkt_needs_crs(store, tmp_path):
    path = tmp_path / "plots.csv"
    frame = plots_frame()
    table = frame.drop(columns="geometry").assign(wkt=frame.geometry.to_wkt())
    table.to_csv(path, index=False)
    with pytest.raises(DataError, match="does not say its coordinate system"):
        import_file(store, path, "plots")
    assert import_file(store, path, "plots", crs="EPSG:4326").count == 2


def test_csv_with_lon_lat_columns(store, tmp_path):
    path = tmp_path / "hubs.csv"
    path.write_text("hub_id;name_en;name_ru;kind;country;lon;lat\n"
                    "h9;Aktau port;Порт Актау;seaport;KZ;51.1638;43.6465\n", encoding="utf-8")
    assert import_file(store, path, "hubs").count == 1
    hub = store.load().hubs.set_index("hub_id").loc["h9"]
    assert (hub.geometry.x, hub.geometry.y) == (51.1638, 43.6465) and hub.name_ru == "Порт Актау"


# Kazakhstan's usual systems: UTM zones 41N-45N and Pulkovo 1942 Gauss-Kruger zones.
@pytest.mark.parametrize("epsg, lon", [
    (32641, 63.2), (32642, 69.6), (32643, 75.1), (32644, 80.3), (32645, 84.9),
    (28411, 62.8), (28412, 69.6), (28413, 75.4), (28414, 80.3), (28415, 87.1),
])
def test_reprojection_is_within_a_metre(store, tmp_path, epsg, lon):
    """Points known in lon/lat, written in the local CRS, come back within 1 m (geodesic)."""
    lons = np.array([lon - 0.4, lon, lon + 0.4])
    lats = np.array([43.2, 47.5, 51.8])
    to_local = pyproj.Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    x, y = to_local.transform(lons, lats)
    hubs = gpd.GeoDataFrame(
        {"hub_id": [f"k{i}" for i in range(3)], "name_en": "x", "name_ru": "x", "kind": "station", "country": "KZ"},
        geometry=gpd.points_from_xy(x, y), crs=f"EPSG:{epsg}")
    path = write(hubs, tmp_path / "hubs.gpkg")
    import_file(store, path, "hubs")
    got = store.load().hubs.set_index("hub_id").loc[[f"k{i}" for i in range(3)]]
    _, _, dist = GEOD.inv(got.geometry.x.to_numpy(), got.geometry.y.to_numpy(), lons, lats)
    assert dist.max() < 1.0


def test_crs_option_overrides_for_files_without_one(store, tmp_path):
    path = tmp_path / "hubs.csv"
    x, y = pyproj.Transformer.from_crs(4326, 32642, always_xy=True).transform(69.6, 42.3)
    path.write_text(f"hub_id,kind,country,x,y\nh1x,station,KZ,{x},{y}\n")
    with pytest.raises(DataError, match="--crs"):
        import_file(store, path, "hubs")
    import_file(store, path, "hubs", crs="EPSG:32642")
    hub = store.load().hubs.set_index("hub_id").loc["h1x"]
    assert abs(hub.geometry.x - 69.6) < 1e-7 and abs(hub.geometry.y - 42.3) < 1e-7


def test_invalid_geometry_is_repaired_and_reported(store, tmp_path):
    frame = plots_frame(1)
    bowtie = shapely.Polygon([(70.03, 45.03), (70.04, 45.04), (70.04, 45.03), (70.03, 45.04)])
    frame["geometry"] = [bowtie]
    path = write(frame, tmp_path / "bow.geojson")
    report = import_file(store, path, "plots")
    assert report.count == 1 and "repaired" in str(report.repaired[0])
    assert store.load().plots.set_index("plot_id").loc["n0"].geometry.is_valid


@pytest.mark.parametrize("mutate, message", [
    (lambda fr: fr.assign(status=["allocated", "sold"]), "n1 (row 2): status 'sold' is not one of"),
    (lambda fr: fr.assign(plot_id=["n0", "n0"]), "n0 (row 2): duplicate plot_id"),
    (lambda fr: fr.assign(plot_id=["p1", "n1"]), "plot_id 'p1' is already in the project"),
    (lambda fr: fr.assign(zone_id=["z1", "zz"]), "zone_id 'zz' is not a zone"),
    (lambda fr: fr.assign(geometry=[fr.geometry[0], shapely.box(10, 10, 11, 11)]), "lies outside every zone"),
    (lambda fr: fr.assign(contract_deadline=["2026-01-01", "soon"]), "'soon' is not a date"),
    (lambda fr: fr.drop(columns="status"), "status is required"),
])
def test_bad_rows_are_rejected_with_row_and_reason_and_nothing_written(store, tmp_path, mutate, message):
    path = write(mutate(plots_frame()), tmp_path / "bad.geojson")
    before = store.path.read_bytes()
    with pytest.raises(DataError) as err:
        import_file(store, path, "plots")
    assert message in err.value.summary()
    assert str(path) in err.value.summary()
    assert store.path.read_bytes() == before


def test_points_refused_for_plots(store, tmp_path):
    frame = plots_frame(1).assign(geometry=[shapely.Point(70.03, 45.03)])
    path = write(frame, tmp_path / "pts.geojson")
    with pytest.raises(DataError, match="geometry is a Point, not a Polygon or MultiPolygon"):
        import_file(store, path, "plots")


def test_cli_import_exit_codes(store, tmp_path, capsys, on_store):
    """On both stores: the GeoPackage, and a PostGIS database it was published into (there the
    server checks and audits each plot, naming the login)."""
    from pg_fixtures import actor_on
    from sezmap.store import open_store

    project = on_store(store.path)
    complete = plots_frame().assign(allocated_on="2025-01-15", contract_deadline="2027-06-30",
                                    investment_committed_kzt=4.5e9)  # what 'allocated' needs: the server checks
    good = write(complete, tmp_path / "good.geojson")
    assert main(["import", str(good), "--layer", "plots", "--actor", "ana", "--reason", "survey",
                 "--project", project]) == 0
    assert "imported 2 features into" in capsys.readouterr().out
    target = open_store(project)
    assert plot_ids(target) == ["n0", "n1", "p1"]
    created = [e for e in target.history("n0") if e.field == "plot"]
    assert [(e.new_value, e.actor, e.reason) for e in created] == [("created", actor_on(target, "ana"), "survey")]
    assert main(["import", str(good), "--layer", "plots", "--actor", "ana", "--project", project]) == 2
    err = capsys.readouterr().err
    assert "already in the project" in err and "good.geojson" in err
    assert plot_ids(target) == ["n0", "n1", "p1"]
    assert main(["import", str(tmp_path / "missing.geojson"), "--layer", "plots", "--actor", "ana",
                 "--project", project]) == 2


@pytest.mark.parametrize("layer, rows", [
    ("zones", [f.zone("z9", shapely.box(72.0, 45.0, 72.1, 45.1), name_ru="Зона «Тест»")]),
    ("corridors", [f.corridor("c9", ((70.0, 44.0), (70.5, 44.5))), f.corridor("c9", ((70.5, 44.5), (71.0, 44.0)))]),
    ("hubs", [f.hub("h9", (70.2, 44.2))]),
])
def test_cli_import_of_zones_corridors_and_hubs(store, tmp_path, capsys, on_store, layer, rows):
    """On both stores: the features added and audited ('created', with the actor or the server's login
    and the reason); an id already there (a zone's, a hub's) refuses the whole import."""
    import sqlite3

    from pg_fixtures import actor_on
    from sezmap.model import schema
    from sezmap.store import open_store

    project = on_store(store.path)
    spec = schema.FEATURE_LAYERS[layer]
    source = write(f.frame(spec, rows), tmp_path / f"{layer}.geojson")
    argv = ["import", str(source), "--layer", layer, "--actor", "ana", "--reason", "new data", "--project", project]
    assert main(argv) == 0, capsys.readouterr().err
    assert f"imported {len(rows)} feature" in capsys.readouterr().out
    target = open_store(project)
    got = target.load().layer(layer)
    added = got[got[spec.id_field] == rows[0][spec.id_field]]
    assert len(added) == len(rows)
    if layer == "zones":
        assert added.name_ru.iloc[0] == "Зона «Тест»"
    query = ("SELECT actor, reason FROM {}audit_log WHERE layer = '" + layer + "' AND plot_id = '"
             + rows[0][spec.id_field] + "' AND field = 'feature' AND new_value = 'created'")
    if project.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(project) as conn:
            created = conn.execute(query.format("sezmap.")).fetchall()
    else:
        with sqlite3.connect(project) as conn:
            created = conn.execute(query.format("")).fetchall()
    assert created == [(actor_on(target, "ana"), "new data")] * len(rows)
    if spec.unique_id:
        assert main(argv) == 2
        assert "already in the project" in capsys.readouterr().err
        assert len(open_store(project).load().layer(layer)) == len(got)


# --- malformed input never crashes and never writes ------------------------------------------------

CSV_CELLS = st.one_of(st.text(max_size=12), st.sampled_from(["", "POLYGON ((", "nan", "1e999", "-0", "70.0",
                                                              "POLYGON ((70 45, 70.01 45, 70.01 45.01, 70 45))"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(["plot_id", "zone_id", "status", "wkt", "lon", "lat", "x", "geometry", "jobs_planned"]),
                       min_size=1, max_size=6),
       cells=st.lists(st.lists(CSV_CELLS, min_size=0, max_size=7), max_size=5))
def test_malformed_csv_never_crashes_nor_writes(store, tmp_path_factory, header, cells):
    path = tmp_path_factory.mktemp("fuzz") / "in.csv"
    lines = [",".join(header)] + [",".join(c.replace(",", " ").replace("\n", " ") for c in row) for row in cells]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = store.path.read_bytes()
    try:
        import_file(store, path, "plots", crs="EPSG:4326")
    except DataError as exc:
        assert exc.problems
        assert store.path.read_bytes() == before
    else:
        assert store.path.read_bytes() != before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".geojson", ".kml", ".gpkg", ".zip", ".shp", ".csv"]))
def test_random_bytes_are_a_clear_error(store, tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"in{suffix}"
    path.write_bytes(data)
    before = store.path.read_bytes()
    with pytest.raises(DataError):
        import_file(store, path, "plots")
    assert store.path.read_bytes() == before


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.fixed_dictionaries({
    "plot_id": st.one_of(st.none(), st.sampled_from(["a", "b", "p1", ""])),
    "zone_id": st.sampled_from(["z1", "z2", None]),
    "status": st.sampled_from(["vacant", "allocated", "bogus", None]),
    "investment_actual_kzt": st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=4)),
    "contract_deadline": st.one_of(st.none(), st.dates().map(str), st.text(max_size=8)),
    "x": st.floats(69.9, 70.2), "y": st.floats(44.9, 45.2), "size": st.floats(-0.01, 0.02),
}), min_size=1, max_size=4))
@pytest.mark.slow
def test_malformed_geojson_rows_never_crash_nor_write(store, tmp_path_factory, rows):
    frame = gpd.GeoDataFrame(
        [{k: v for k, v in r.items() if k not in ("x", "y", "size")} for r in rows],
        geometry=[shapely.Polygon([(r["x"], r["y"]), (r["x"] + r["size"], r["y"]), (r["x"], r["y"] + r["size"] / 2),
                                   (r["x"] + r["size"], r["y"] + r["size"])]) for r in rows], crs=4326)
    path = tmp_path_factory.mktemp("rows") / "in.geojson"
    frame.astype({c: object for c in frame.columns if c != "geometry"}).to_file(path)
    before_ids = plot_ids(store)
    before = store.path.read_bytes()
    try:
        report = import_file(store, path, "plots")
    except DataError as exc:
        assert exc.problems
        assert store.path.read_bytes() == before
    else:
        assert len(plot_ids(store)) == len(before_ids) + report.count


def test_imported_plots_must_have_what_their_status_needs(store, tmp_path, on_store):
    """An imported plot is a new plot: the status rules bind it as they bind a drawn one, on both
    stores, with the file, the row and the missing fields named, and nothing added."""
    from sezmap.store import open_store

    project = on_store(store.path)
    frame = plots_frame(3)
    frame.loc[1, ["tenant", "contract_deadline"]] = None          # allocated needs both
    frame.loc[2, ["status", "tenant"]] = ["reserved", None]       # reserved needs a tenant
    path = write(frame, tmp_path / "rules.geojson")
    target = open_store(project)
    before = plot_ids(target)
    with pytest.raises(DataError) as caught:
        import_file(target, path, "plots", actor="ana")
    text = str(caught.value)
    assert "rules.geojson" in text
    assert "n1 (row 2): status 'allocated' needs tenant, contract_deadline" in text
    assert "n2 (row 3): status 'reserved' needs tenant" in text
    assert "n0" not in text  # complete: not named
    assert plot_ids(open_store(project)) == before
