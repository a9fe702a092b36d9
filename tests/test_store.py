"""GeoPackage store: round trip, audited edits, versions, transactions, validation on open."""

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import geopandas as gpd
import numpy as np
import pyarrow as pa
import pyarrow.compute  # noqa: F401
import pyogrio
import pytest
import shapely

from sezmap.model.edits import ConflictError, PlotDelete, PlotEdit
from sezmap.model.problems import DataError
from sezmap.model.values import is_missing
from pg_fixtures import actor_on
from sezmap.store import geopackage_sql, open_store
from sezmap.store.gpkg import GpkgStore
from tests import factories as f


def small_project(path):
    layers = f.layers(
        zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))],
        # p1 has most of what an active status needs (model.status_rules)
        plots=[f.plot("p1", "z1", tenant="Тест ТОО", investment_committed_kzt=1.5e9, allocated_on="2026-01-10"),
               f.plot("p2", "z1", geometry=shapely.box(70.02, 45.0, 70.03, 45.01), status="operational")],
    )
    return GpkgStore.create(path, layers, {"title": "Тестовый проект"})


@pytest.fixture
def store(tmp_path):
    """The small project in a GeoPackage (for what only a file has)."""
    return small_project(tmp_path / "p.gpkg")


@pytest.fixture
def any_store(tmp_path, on_store):
    """The small project on each store: the GeoPackage, and a PostGIS database it was published into."""
    return open_store(on_store(small_project(tmp_path / "p.gpkg").path))


def plot_row(store, plot_id):
    return store.load().plots.set_index("plot_id").loc[plot_id]


def test_round_trip_keeps_values_and_cyrillic(any_store):
    store = any_store
    project = store.load()
    assert list(project.plots.plot_id) == ["p1", "p2"]
    p1 = project.plots.set_index("plot_id").loc["p1"]
    assert p1.tenant == "Тест ТОО"
    assert p1.investment_committed_kzt == 1.5e9
    assert p1.version == 1
    assert p1.geometry.equals(shapely.MultiPolygon([shapely.box(70.0, 45.0, 70.01, 45.01)]))
    assert project.meta["title"] == "Тестовый проект"
    assert project.meta["schema_version"] == "4"
    assert project.zones.name_kk.tolist() == ["Аймақ z1", "Аймақ z2"]


def test_large_layers_read_in_two_scans_give_the_same_frame(store, monkeypatch):
    from sezmap.model import coords
    from sezmap.store import layer_reads

    plain = store.read_layer("plots")
    calls = []
    real, real_arrow = pyogrio.read_dataframe, pyogrio.read_arrow
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 0)
    monkeypatch.setattr(layer_reads.pyogrio, "read_dataframe", lambda *a, **k: calls.append(k) or real(*a, **k))
    monkeypatch.setattr(layer_reads.pyogrio, "read_arrow", lambda *a, **k: calls.append(k) or real_arrow(*a, **k))
    split = store.read_layer("plots")
    assert len(calls) == 2 and any(k.get("read_geometry") is False for k in calls)
    assert list(split.columns) == list(plain.columns) and split.crs == plain.crs
    assert split.drop(columns="geometry").equals(plain.drop(columns="geometry"))
    assert shapely.equals_identical(split.geometry.values, plain.geometry.values).all()
    # the coordinate stream kept from the decoding is the geometries' own
    project = store.load()
    geoms = np.asarray(project.plots.geometry.values, dtype=object)
    kept, read = project.plot_rings.of(geoms), coords.rings(geoms)
    assert kept is not None
    assert np.array_equal(kept.xy, read.xy) and np.array_equal(kept.offsets, read.offsets)
    assert np.array_equal(kept.simple, read.simple)
    project.plots.loc[0, "geometry"] = shapely.MultiPolygon([shapely.box(70.0, 45.0, 70.01, 45.01)])
    assert project.plot_rings.of(np.asarray(project.plots.geometry.values, dtype=object)) is None  # not theirs now

    def written_in_between(*a, **k):  # the geometry scan sees a newer version of every row
        meta, table = real_arrow(*a, **k)
        at = table.schema.get_field_index("version")
        return meta, table.set_column(at, "version", pa.compute.add(table.column("version"), 1))

    monkeypatch.setattr(layer_reads.pyogrio, "read_arrow", written_in_between)
    calls.clear()
    again = store.read_layer("plots")  # falls back to one scan, of geometries and attributes
    assert any(k.get("read_geometry", True) for k in calls)
    assert again.drop(columns="geometry").equals(plain.drop(columns="geometry"))


def test_date_times_read_as_text_are_made_times_as_pyogrio_makes_them():
    """The two scans' attributes read date-times as text and make them times themselves
    (Arrow's cast when all are UTC): the same values and dtype as pyogrio's own parse."""
    import pandas as pd

    from sezmap.store.layer_reads import _times

    def times(values):
        return _times(pd.Series(values, dtype="str", name="updated_at"))

    utc = times(["2026-01-01T00:00:00Z", None, "2025-05-06T07:08:09.123Z"])
    assert str(utc.dtype) == "datetime64[ms, UTC]" and utc.isna().tolist() == [False, True, False]
    assert utc.iloc[2] == pd.Timestamp("2025-05-06T07:08:09.123", tz="UTC")
    assert str(times(["2026-01-01T00:00:00", "2025-05-06T07:08:09.5"]).dtype) == "datetime64[ms]"  # naive stay naive
    mixed = times(["2026-01-01T00:00:00+05:00", "2025-05-06T07:08:09Z"])
    assert str(mixed.dtype) == "datetime64[ms, UTC]" and mixed.iloc[0] == pd.Timestamp("2025-12-31T19:00", tz="UTC")
    assert times(["garbage", "2026-01-01T00:00:00Z"]).tolist() == ["garbage", "2026-01-01T00:00:00Z"]  # left as text
    assert str(times([None, None]).dtype) == "datetime64[ms]"
    index = pd.Index([7, 9], name="fid")
    assert _times(pd.Series(["2026-01-01T00:00:00Z"] * 2, dtype="str", index=index)).index.equals(index)


def test_other_tools_read_the_file(store):
    """GDAL (as QGIS and ogrinfo use it) sees every layer, its CRS and geometry type."""
    layers = dict(pyogrio.list_layers(store.path))
    assert layers["zones"] == "MultiPolygon" and layers["hubs"] == "Point"
    assert "audit_log" in layers and "project_meta" in layers
    info = pyogrio.read_info(store.path, layer="plots")
    assert info["crs"] == "EPSG:4326" and info["features"] == 2
    assert gpd.read_file(store.path, layer="plots", bbox=(70.015, 44.9, 70.04, 45.1)).plot_id.tolist() == ["p2"]


def test_edit_bumps_version_and_audits_each_field(any_store):
    store = any_store
    result = store.apply_edit(PlotEdit("p1", {"status": "allocated", "tenant": "Новый арендатор",
                                              "contract_deadline": "2027-06-30"}, "ana", "contract signed"))
    assert result.version == 2
    assert set(result.changed) == {"status", "tenant", "contract_deadline"}
    row = store.load().plots.set_index("plot_id").loc["p1"]
    assert row.status == "allocated" and row.version == 2 and row.updated_by == actor_on(store, "ana")
    history = store.history("p1")
    assert [(h.field, h.old_value, h.new_value) for h in history] == [
        ("status", "vacant", "allocated"),
        ("tenant", "Тест ТОО", "Новый арендатор"),
        ("contract_deadline", None, "2027-06-30"),
    ]
    assert all(h.actor == actor_on(store, "ana") and h.reason == "contract signed" for h in history)


def test_geometry_edit_is_logged_and_indexed(store):
    new = shapely.box(70.05, 45.05, 70.07, 45.07)
    store.apply_edit(PlotEdit("p1", {"geometry": new}, "ana", "resurvey"))
    assert store.history("p1")[-1].field == "geometry"
    assert shapely.from_wkt(store.history("p1")[-1].new_value).equals(new)
    hits = gpd.read_file(store.path, layer="plots", bbox=(70.06, 45.06, 70.065, 45.065))
    assert hits.plot_id.tolist() == ["p1"]


def test_unchanged_values_bump_nothing(any_store):
    store = any_store
    result = store.apply_edit(PlotEdit("p1", {"status": "vacant"}, "ana", "no-op"))
    assert result.changed == {} and result.version == 1
    assert store.history("p1") == []


def test_stale_version_is_refused_and_changes_nothing(any_store):
    store = any_store
    store.apply_edit(PlotEdit("p1", {"status": "reserved"}, "a", "r", expect_version=1))
    with pytest.raises(ConflictError, match="version is 2"):
        store.apply_edit(PlotEdit("p1", {"status": "allocated"}, "b", "r", expect_version=1))
    assert store.load().plots.set_index("plot_id").loc["p1"].status == "reserved"
    assert len(store.history("p1")) == 1


def test_inverse_edit_undoes(any_store):
    store = any_store
    result = store.apply_edit(PlotEdit("p1", {"status": "allocated", "contract_deadline": "2027-06-30",
                                              "geometry": shapely.box(70, 45, 70.02, 45.02)},
                                       "a", "r"))
    store.apply_edit(result.inverse("a", "undo"))
    row = store.load().plots.set_index("plot_id").loc["p1"]
    assert row.status == "vacant" and row.version == 3
    assert row.geometry.equals(shapely.MultiPolygon([shapely.box(70.0, 45.0, 70.01, 45.01)]))


def test_an_undo_goes_against_the_workflow_only_when_it_reverses_the_last_change(any_store):
    """An undo (an edit that does not check the workflow) may put back 'reserved' after 'allocated'
    only because it reverses that change; one claiming to put back what never was is checked as
    any move, and refused, on both stores."""
    store = any_store
    store.apply_edit(PlotEdit("p1", {"status": "reserved"}, "a", "r"))
    done = store.apply_edit(PlotEdit("p1", {"status": "allocated", "contract_deadline": "2027-06-30"}, "a", "r"))
    forged = PlotEdit("p1", {"status": "vacant"}, "a", "undo", check_workflow=False, expect={"status": "allocated"})
    with pytest.raises(DataError, match="status cannot go from 'allocated' to 'vacant'"):
        store.apply_edit(forged)
    with pytest.raises(DataError, match="status cannot go from 'allocated' to 'vacant'"):
        store.apply_edit(PlotEdit("p1", {"status": "vacant"}, "a", "undo", check_workflow=False))
    assert plot_row(store, "p1").status == "allocated"
    undo = store.apply_edit(done.inverse("a", "undo"))
    assert undo.changed["status"] == ("allocated", "reserved") and plot_row(store, "p1").status == "reserved"


def test_an_undone_removal_puts_back_a_legacy_plot_only_as_it_was(any_store):
    """p2 is operational without what that status needs (written before the status rules): removed,
    the undo puts it back as it was; a plot 'put back' with other values is checked as a new one."""
    store = any_store
    removed = store.apply_changes([PlotDelete("p2", "a", "merged")])[0]
    forged = removed.inverse("a", "undo")
    forged = dataclasses.replace(forged, values={**forged.values, "project_name": "Something else"})
    with pytest.raises(DataError, match="needs tenant"):
        store.apply_changes([forged])
    store.apply_changes([removed.inverse("a", "undo")])
    row = plot_row(store, "p2")
    assert row.status == "operational" and is_missing(row.tenant)


@pytest.mark.parametrize("changes, reason", [
    ({"status": "sold"}, "status 'sold' is not one of"),
    ({"contract_deadline": "31.12.2026"}, "is not a date"),
    ({"investment_actual_kzt": "lots"}, "is not a number"),
    ({"investment_actual_kzt": -5}, "is negative"),
    ({"zone_id": "nowhere"}, "is not a zone"),
    ({"geometry": "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"}, "invalid"),
    ({"geometry": shapely.box(10, 10, 11, 11)}, "outside its zone"),
    ({"version": 7}, "not an editable"),
])
def test_bad_edits_are_refused_with_reason_and_change_nothing(any_store, changes, reason):
    store = any_store
    before = store.load().plots
    with pytest.raises(DataError, match=reason):
        store.apply_edit(PlotEdit("p1", changes, "a", "r"))
    after = store.load().plots
    assert after.drop(columns="geometry").equals(before.drop(columns="geometry"))
    assert shapely.equals_identical(after.geometry.values, before.geometry.values).all()
    assert store.history("p1") == []


def test_a_refused_edit_leaves_the_file_as_it_was(store):
    before = store.path.read_bytes()
    with pytest.raises(DataError, match="is not a zone"):
        store.apply_edit(PlotEdit("p1", {"zone_id": "nowhere"}, "a", "r"))
    assert store.path.read_bytes() == before


def test_unknown_plot_and_missing_actor(any_store):
    store = any_store
    with pytest.raises(DataError, match="no such plot"):
        store.apply_edit(PlotEdit("nope", {"status": "vacant"}, "a", "r"))
    with pytest.raises(DataError, match="actor"):
        store.apply_edit(PlotEdit("p1", {"status": "reserved"}, "", "r"))


def test_audit_log_is_append_only(store):
    store.apply_edit(PlotEdit("p1", {"status": "reserved", "tenant": "T"}, "a", "r"))
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'x'")


def test_other_tools_get_the_version_raised_and_cannot_write_a_stale_one(store):
    conn = geopackage_sql.connect(store.path)  # a GeoPackage-aware client (as GDAL is)
    conn.execute("UPDATE plots SET status = 'operational', contract_deadline = '2027-06-30' "
                 "WHERE plot_id = 'p1'")  # as QGIS does
    assert conn.execute("SELECT version, updated_by FROM plots WHERE plot_id = 'p1'").fetchone() == (
        2, "another program")
    with pytest.raises(sqlite3.DatabaseError, match="stale"):
        conn.execute("UPDATE plots SET status = 'vacant', version = 1 WHERE plot_id = 'p1'")
    conn.close()


def test_crash_mid_write_leaves_last_committed_state(store, tmp_path):
    """A process killed inside the transaction: the next open sees the file as before."""
    before = store.load().plots.set_index("plot_id").status.to_dict()
    script = textwrap.dedent(f"""
        import os
        from sezmap.store import gpkg
        from sezmap.model.edits import PlotEdit
        real = gpkg.audit_chain.seal_after
        def crash(*a, **k):
            real(*a, **k)
            os._exit(9)  # dies after the plot row is updated and audited, before COMMIT
        gpkg.audit_chain.seal_after = crash
        gpkg.GpkgStore({str(store.path)!r}).apply_edit(PlotEdit("p1", {{"status": "operational",
                                                                 "contract_deadline": "2027-06-30"}}, "a", "r"))
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=os.getcwd())
    assert proc.returncode == 9
    assert store.load().plots.set_index("plot_id").status.to_dict() == before
    assert store.history("p1") == []


def test_open_reports_missing_layer_and_field(tmp_path):
    path = tmp_path / "bad.gpkg"
    layers = f.layers()
    layers["plots"].drop(columns=["status"]).to_file(path, layer="plots")
    layers["zones"].to_file(path, layer="zones")
    with pytest.raises(DataError) as err:
        GpkgStore(path).load()
    text = err.value.summary()
    assert "corridors -: layer is missing" in text and "hubs -: layer is missing" in text


def test_open_reports_bad_rows_by_layer_row_and_reason(tmp_path):
    path = tmp_path / "bad.gpkg"
    layers = f.layers(plots=[f.plot("p1", status="sold"), f.plot("p2", zone_id="ghost")])
    for name, frame in layers.items():
        frame.to_file(path, layer=name)
    with pytest.raises(DataError) as err:
        GpkgStore(path).load()
    text = err.value.summary()
    assert "plots p1 (row 1): status 'sold' is not one of" in text
    assert "plots p2 (row 2): zone_id 'ghost' is not a zone of the project" in text
    assert str(path) in text


def test_not_a_geopackage(tmp_path):
    path = tmp_path / "x.gpkg"
    path.write_text("hello")
    with pytest.raises(DataError, match="not a GeoPackage"):
        GpkgStore(path)


def test_a_geopackage_from_another_tool_is_adopted_on_first_write(tmp_path):
    """Made in QGIS (say): no audit_log/project_meta. Reading leaves it alone; a write migrates it."""
    path = tmp_path / "qgis.gpkg"
    for name, frame in f.layers().items():
        frame.to_file(path, layer=name)
    before = path.read_bytes()
    store = GpkgStore(path)
    store.load()
    assert path.read_bytes() == before
    store.apply_edit(PlotEdit("p1", {"status": "reserved", "tenant": "T"}, "a", "r"))
    assert store.meta()["schema_version"] == "4"
    assert [h.field for h in store.history("p1")] == ["status", "tenant"]


def test_newer_schema_is_refused(store):
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE project_meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    with pytest.raises(DataError, match="schema_version"):
        store.load()


def test_create_is_atomic_and_refuses_to_overwrite(store, tmp_path):
    with pytest.raises(DataError, match="already exists"):
        GpkgStore.create(store.path, f.layers())
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_copy_of_project_is_independent(store, tmp_path):
    copy = tmp_path / "copy.gpkg"
    shutil.copy(store.path, copy)
    GpkgStore(copy).apply_edit(PlotEdit("p1", {"status": "reserved"}, "a", "r"))
    assert store.load().plots.status.iloc[0] == "vacant"


def test_version_1_file_gains_the_extension_fields_on_first_write(tmp_path):
    """A project written before name_kk of hubs existed: read as empty, added on first write."""
    store = GpkgStore.create(tmp_path / "v1.gpkg", f.layers())
    conn = geopackage_sql.connect(store.path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'sezmap_hubs_%'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")  # a version 1 file had none of them
    conn.execute("ALTER TABLE hubs DROP COLUMN name_kk")
    conn.execute("UPDATE project_meta SET value = '1' WHERE key = 'schema_version'")
    conn.close()
    assert store.load().hubs.name_kk.isna().all()
    store.apply_edit(PlotEdit("p1", {"status": "reserved", "tenant": "T"}, "a", "r"))
    assert store.meta()["schema_version"] == "4"
    assert "name_kk" in pyogrio.read_info(store.path, layer="hubs")["fields"]
