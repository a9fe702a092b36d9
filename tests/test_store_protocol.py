"""The store's typed interface (sezmap.store.protocol) is what GpkgStore offers."""

import inspect

from factories import make_project
from sezmap.store.gpkg import GpkgStore
from sezmap.store.protocol import ProjectStore


def test_a_geopackage_store_is_a_project_store(tmp_path):
    store = GpkgStore(make_project(tmp_path / "p.gpkg"))
    assert isinstance(store, ProjectStore)
    assert store.location == str(tmp_path / "p.gpkg")


def test_the_protocol_names_the_stores_own_signatures():
    """Same parameters, in the same order, with the same defaults (a renamed or dropped one fails)."""
    methods = [name for name, member in vars(ProjectStore).items()
               if callable(member) and not name.startswith("_")]
    assert len(methods) == 19  # location is a property
    for name in methods:
        wanted = inspect.signature(getattr(ProjectStore, name)).parameters
        given = inspect.signature(getattr(GpkgStore, name)).parameters
        assert [(p.name, p.kind, p.default) for p in wanted.values()] == \
            [(p.name, p.kind, p.default) for p in given.values()], name


def test_a_geopackage_lets_its_writer_change_every_zone(tmp_path):
    rights = GpkgStore(make_project(tmp_path / "p.gpkg")).write_rights()
    assert rights.login is None and rights.zones is None and not rights.read_only
    assert rights.may_change("z1") and rights.may_change("any zone") and rights.may_change(None)


def test_the_stored_crs_is_the_layers_own(tmp_path):
    """A file sezmap made keeps lon/lat (None); one another program wrote in UTM says so, and
    `plot set --geometry` reads its coordinates in it (tests/test_store_files.py)."""
    import sqlite3

    import pyproj

    store = GpkgStore(make_project(tmp_path / "p.gpkg"))
    assert store.stored_crs("plots") is None
    with sqlite3.connect(store.path) as conn:  # the plots layer declared in UTM 42N
        conn.execute("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
                     "definition) VALUES ('WGS 84 / UTM zone 42N', 32642, 'EPSG', 32642, ?)",
                     (pyproj.CRS(32642).to_wkt(),))
        conn.execute("UPDATE gpkg_geometry_columns SET srs_id = 32642 WHERE table_name = 'plots'")
    assert store.stored_crs("plots") == pyproj.CRS(32642)
    assert store.stored_crs("zones") is None
