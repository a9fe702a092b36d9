"""The index on plots(zone_id): one zone's plots are found without scanning the table, in new
files, upgraded ones and copies that lost it; GDAL reads the file as before."""

import shutil
import sqlite3
import subprocess

import pytest

from sezmap.model.edits import PlotEdit
from sezmap.store import audit_check, migrations
from sezmap.store.gpkg import GpkgStore
from tests import factories as f


def plan(path) -> str:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN SELECT fid FROM plots WHERE zone_id = 'z1'").fetchall()
    return " ".join(str(r[-1]) for r in rows)


@pytest.fixture
def store(tmp_path):
    return GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=[f.plot("p1"), f.plot("p2")]))


def test_a_new_file_finds_a_zones_plots_through_the_index(store):
    assert f"USING INDEX {migrations.ZONE_INDEX}" in plan(store.path) or \
        f"USING COVERING INDEX {migrations.ZONE_INDEX}" in plan(store.path)
    with sqlite3.connect(store.path) as conn:
        assert audit_check.findings(conn).errors == []


def test_a_file_without_the_index_gets_it_on_its_next_write(store):
    with sqlite3.connect(store.path) as conn:
        conn.execute(f'DROP INDEX "{migrations.ZONE_INDEX}"')
    assert migrations.ZONE_INDEX not in plan(store.path)
    store.apply_edit(PlotEdit("p1", {"tenant": "x"}, "a", "r"))
    assert migrations.ZONE_INDEX in plan(store.path)


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs GDAL's ogrinfo")
def test_gdal_reads_the_indexed_file(store):
    out = subprocess.run(["ogrinfo", "-so", "-al", str(store.path), "plots"], capture_output=True,
                         text=True, check=True)
    assert "Feature Count: 2" in out.stdout and "zone_id: String" in out.stdout and "part: String" in out.stdout
    assert "ERROR" not in out.stderr


def test_the_ids_a_file_keeps_unique_are_found_and_a_table_without_the_constraint_is_checked(store, tmp_path):
    """A sezmap file's UNIQUE constraint keeps plot_id unique (a large load skips that check); a
    table without one (rebuilt by another tool) is checked, and a duplicate is refused."""
    from sezmap.model.problems import DataError
    from sezmap.store import layer_reads

    assert layer_reads.unique_columns(store.path, ["plots", "zones", "corridors"]) == {
        "plots": {"plot_id"}, "zones": {"zone_id"}, "corridors": set()}
    copy = tmp_path / "copy.gpkg"
    shutil.copy(store.path, copy)
    with sqlite3.connect(copy) as conn:  # the plots table as a tool writes it without the constraint
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'plots'").fetchone()[0]
        conn.execute("ALTER TABLE plots RENAME TO plots_old")
        conn.execute(ddl.replace(" UNIQUE", ""))
        conn.execute("INSERT INTO plots SELECT * FROM plots_old")
        conn.execute("DROP TABLE plots_old")
        conn.execute("UPDATE plots SET plot_id = 'p1'")
    assert layer_reads.unique_columns(copy, ["plots"]) == {"plots": set()}
    with pytest.raises(DataError, match="duplicate plot_id 'p1'"):
        GpkgStore(copy).load()
