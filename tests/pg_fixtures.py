"""PostgreSQL fixtures: a fresh database per test on the throw-away cluster of the run.

The server is the one libpq's ``PG*`` variables name (``pg_virtualenv -t -o fsync=off CMD``
sets them for CMD: a localhost cluster with PostGIS, removed afterwards; .ci/run runs the
tests so). Only a server named by ``PGHOST`` is used: the tests create and drop databases and
roles, which they must never do on a server they merely find on the machine's socket.

Without a server a PostGIS test is skipped, saying why; with ``CI=true`` it FAILS instead, so
that CI cannot pass by running none of them.

``pg_empty``: a new empty database (PostGIS not even installed), as libpq URI without a
password. ``pg_project``: a new database made from a template that ``sezmap db init`` set up
once per session (schema ``sezmap``, its roles and migrations), so each test starts clean in
~0.1 s. Roles are the cluster's, not the database's: tests name their logins uniquely
(:func:`login_name`).
"""

from __future__ import annotations

import itertools
import os
import uuid

import pytest

_COUNTER = itertools.count()
_RUN = uuid.uuid4().hex[:8]


def _missing(reason: str):
    from needs import in_ci

    if in_ci():
        pytest.fail(f"CI=true and {reason}: the PostGIS tests must run in CI (.ci/run runs them under pg_virtualenv)",
                    pytrace=False)
    pytest.skip(f"{reason}: run the tests under `pg_virtualenv -t -o fsync=off` (Debian's postgresql-common) "
                "to include the PostGIS tests")


def server_uri(dbname: str) -> str:
    """A libpq URI of database ``dbname`` on the test server, without a password (libpq takes it
    from PGPASSWORD)."""
    host = os.environ.get("PGHOST", "localhost")
    port = os.environ.get("PGPORT", "5432")
    user = os.environ.get("PGUSER", "postgres")
    return f"postgresql://{user}@{host}:{port}/{dbname}"


def login_name(prefix: str) -> str:
    """A login role name no other test of this run (nor an earlier run) uses."""
    return f"{prefix}_{_RUN}_{next(_COUNTER)}"


@pytest.fixture(scope="session")
def pg_server():
    """An autocommit connection to the server's maintenance database, as its superuser."""
    if not os.environ.get("PGHOST"):
        _missing("no PostgreSQL server is named (PGHOST is not set)")
    try:
        import psycopg
    except ImportError:
        _missing("psycopg is not installed")
    try:
        conn = psycopg.connect(server_uri(os.environ.get("PGDATABASE", "postgres")), autocommit=True,
                               connect_timeout=10)
    except psycopg.OperationalError as exc:
        _missing(f"the PostgreSQL server named by PG* cannot be reached ({str(exc).strip()})")
    if conn.execute("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'").fetchone()[0] == 0:
        conn.close()
        _missing("the PostgreSQL server has no PostGIS (Debian: postgresql-15-postgis-3)")
    yield conn
    conn.close()


def _new_database(server, template: str | None = None) -> str:
    name = f"sezmap_test_{_RUN}_{next(_COUNTER)}"
    server.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def _drop(server, name: str) -> None:
    server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_empty(pg_server):
    """The URI of a new, empty database (dropped after the test)."""
    name = _new_database(pg_server)
    yield server_uri(name)
    _drop(pg_server, name)


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A database ``sezmap db init`` set up, to copy for each test."""
    from sezmap.store.postgis import migrate

    name = _new_database(pg_server)
    migrate.init_database(server_uri(name))
    pg_server.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    yield name
    pg_server.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false')
    _drop(pg_server, name)


@pytest.fixture
def pg_project(pg_server, pg_template):
    """The URI of a new database with sezmap's schema, roles and migrations (dropped after the test)."""
    name = _new_database(pg_server, pg_template)
    yield server_uri(name)
    _drop(pg_server, name)


SQUARE = "ST_Multi(ST_GeomFromText('POLYGON(({0} 0, {1} 0, {1} 1, {0} 1, {0} 0))', 4326))"


@pytest.fixture
def pg_seeded(pg_project):
    """Zones Z1 and Z2, plot P1 in Z1 and P2 in Z2 (vacant, version 1), written as the superuser."""
    import psycopg

    with psycopg.connect(pg_project) as conn:
        conn.execute(f"INSERT INTO sezmap.zones (zone_id, name_en, geom) VALUES ('Z1', 'one', {SQUARE.format(0, 2)}), "
                     f"('Z2', 'two', {SQUARE.format(10, 12)})")
        conn.execute("SET LOCAL sezmap.reason = 'seed'")
        conn.execute(f"INSERT INTO sezmap.plots (plot_id, zone_id, status, geom) VALUES "
                     f"('P1', 'Z1', 'vacant', {SQUARE.format(0, 1)}), ('P2', 'Z2', 'vacant', {SQUARE.format(10, 11)})")
    return pg_project


def as_login(uri, role, zones=(), reason=None):
    """(name, a connection as a new login of ``role``) (its password given to libpq, not in the URI)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from sezmap.store.postgis.logins import grant_login

    name = login_name(role)
    grant_login(uri, name, role, list(zones), "pw-" + name)
    params = {**conninfo_to_dict(uri), "user": name, "password": "pw-" + name}
    if reason:
        params["options"] = "-c sezmap.reason=" + reason.replace(" ", "\\ ")  # libpq's options: spaces escaped
    return name, psycopg.connect(make_conninfo(**params))


@pytest.fixture(params=["gpkg", "postgis"])
def on_store(request):
    """Both stores: a function ``(GeoPackage project path) -> location`` giving, for the test's
    ``gpkg`` run, the file itself and, for its ``postgis`` run, a new database (:func:`pg_project`)
    the file was published into (``sezmap db publish``). A test using it runs once on each
    store; the ``postgis`` run needs the server as every PostGIS test does."""

    def location(path) -> str:
        if request.param == "gpkg":
            return str(path)
        from sezmap.store.postgis.transfer import publish

        uri = request.getfixturevalue("pg_project")
        publish(path, uri)
        return uri

    location.kind = request.param  # type: ignore[attr-defined]
    return location


def actor_on(store, actor: str) -> str:
    """Whom the store's audit rows name for a change made as ``actor``: that actor in a file,
    the server's login on PostGIS (its ``session_user``)."""
    params = getattr(store, "params", None)
    if params is None:
        return actor
    import os

    return params.get("user") or os.environ.get("PGUSER", "postgres")
