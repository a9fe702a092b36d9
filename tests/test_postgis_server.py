"""The throw-away PostgreSQL cluster the PostGIS tests run against (tests/pg_fixtures.py)."""

import subprocess
import sys

import psycopg
from psycopg.conninfo import conninfo_to_dict

from pg_fixtures import server_uri


def test_each_test_gets_a_fresh_database_with_postgis_available(pg_server, pg_empty):
    with psycopg.connect(pg_empty) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                            "('pg_catalog', 'information_schema')").fetchone()[0] == 0
        conn.execute("CREATE EXTENSION postgis")
        major = conn.execute("SELECT postgis_lib_version()").fetchone()[0].split(".")[0]
        assert major == "3"
    assert pg_empty != server_uri("postgres") and "password" not in conninfo_to_dict(pg_empty)


def test_without_a_server_ci_fails_and_a_local_run_skips(tmp_path):
    test = tmp_path / "test_needs_pg.py"
    test.write_text("def test_x(pg_empty):\n    pass\n")
    (tmp_path / "conftest.py").write_text("from pg_fixtures import pg_empty, pg_server  # noqa: F401\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    run = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(test)]
    local = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert local.returncode == 0 and "1 skipped" in local.stdout and "pg_virtualenv" in local.stdout, local.stdout
    ci = subprocess.run(run, cwd=tmp_path, env={**env, "CI": "true"}, capture_output=True, text=True)
    assert ci.returncode == 1 and "CI=true" in ci.stdout and "1 error" in ci.stdout, ci.stdout
