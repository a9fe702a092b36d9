"""`sezmap db init` and `sezmap db status`: schema, group roles, checksummed migrations under a lock."""

import threading

import psycopg
import pytest

from sezmap.cli import main
from sezmap.store.postgis import migrate

OWNED = ("zones", "plots", "corridors", "hubs", "audit_log", "project_meta", "login_zones", "status_transitions",
         "schema_migrations")


def catalog_state(uri):
    """What init could change: sezmap's relations with owner and grants, functions, triggers,
    policies, migration rows, group roles."""
    with psycopg.connect(uri) as conn:
        return [conn.execute(q).fetchall() for q in (
            "SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner), c.relacl::text FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'sezmap' ORDER BY 1",
            "SELECT p.proname, pg_get_userbyid(p.proowner), md5(p.prosrc) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'sezmap' ORDER BY 1",
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
            "SELECT polname, polrelid::regclass::text FROM pg_policy ORDER BY 1",
            "SELECT * FROM sezmap.schema_migrations ORDER BY version",
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'sezmap%' ORDER BY 1",
        )]


def test_init_creates_schema_roles_and_migrations_owned_by_the_owner(pg_empty, capsys):
    assert main(["db", "init", "--project", pg_empty]) == 0
    out = capsys.readouterr().out
    assert "applied migration 0001 schema" in out and "migrated" in out
    with psycopg.connect(pg_empty) as conn:
        owner = conn.execute("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'sezmap'").fetchone()
        assert owner == ("sezmap_owner",)
        owners = dict(conn.execute("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'sezmap'").fetchall())
        assert set(owners) == set(OWNED) and set(owners.values()) == {"sezmap_owner"}
        roles = dict(conn.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN "
                                  "('sezmap_owner', 'sezmap_admin', 'sezmap_planner', 'sezmap_company')").fetchall())
        assert roles == dict.fromkeys(("sezmap_owner", "sezmap_admin", "sezmap_planner", "sezmap_company"), False)
        rows = conn.execute("SELECT version, name, sha256 FROM sezmap.schema_migrations ORDER BY version").fetchall()
    assert rows == [(m.version, m.name, m.sha256) for m in migrate.shipped()]
    assert len(rows) >= 3


def test_the_tables_hold_the_fields_of_the_schema(pg_project):
    from sezmap.model import schema

    with psycopg.connect(pg_project) as conn:
        for name, spec in schema.FEATURE_LAYERS.items():
            columns = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'sezmap' AND table_name = %s "
                "ORDER BY ordinal_position", (name,))]
            # (a column a later migration added comes after geom: the stores name columns, never positions)
            assert columns[:1] == ["fid"] and "geom" in columns, name
            assert [c for c in columns if c not in ("fid", "geom")] == spec.field_names, (
                f"{name}: a field of model/schema.py needs a PostGIS migration (sezmap/store/postgis/sql/) that adds "
                "its column")


def test_a_second_init_changes_nothing(pg_empty, capsys):
    first = migrate.init_database(pg_empty)
    assert first.changed and [m.version for m in first.applied] == [m.version for m in migrate.shipped()]
    before = catalog_state(pg_empty)
    assert main(["db", "init", "--project", pg_empty]) == 0
    assert "up to date; nothing changed" in capsys.readouterr().out
    again = migrate.init_database(pg_empty)
    assert (again.changed, again.applied, again.roles_created) == (False, [], [])
    assert catalog_state(pg_empty) == before


def test_two_inits_at_once_apply_each_migration_once(pg_empty):
    results, errors = [], []

    def run():
        try:
            results.append(migrate.init_database(pg_empty))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sorted(len(r.applied) for r in results) == [0, len(migrate.shipped())]


def test_a_changed_applied_migration_is_refused(pg_project, capsys):
    with psycopg.connect(pg_project) as conn:
        conn.execute("UPDATE sezmap.schema_migrations SET sha256 = repeat('0', 64) WHERE version = 2")
    before = catalog_state(pg_project)
    assert main(["db", "init", "--project", pg_project]) == 2
    err = capsys.readouterr().err
    assert "migration 2 (server_rules)" in err and "SHA-256 differs" in err
    assert catalog_state(pg_project) == before


def test_a_database_of_a_newer_sezmap_is_refused(pg_project, capsys):
    with psycopg.connect(pg_project) as conn:
        conn.execute("INSERT INTO sezmap.schema_migrations (version, name, sha256) VALUES (999, 'future', 'x')")
    for command in ("init", "status"):
        assert main(["db", command, "--project", pg_project]) == 2
        err = capsys.readouterr().err
        assert "at migration 999 (future)" in err and "use a newer sezmap" in err, command


def test_status_lists_the_migrations(pg_project, capsys):
    assert main(["db", "status", "--project", pg_project]) == 0
    out = capsys.readouterr().out
    for m in migrate.shipped():
        assert f"migration {m.version:04d} {m.name}: applied" in out


def test_status_of_a_database_without_sezmap_says_to_init(pg_empty, capsys):
    assert main(["db", "status", "--project", pg_empty]) == 2
    assert "run `sezmap db init` first" in capsys.readouterr().err


@pytest.mark.parametrize("location", ["postgresql://postgres:secret@localhost:5432/x",
                                      "postgresql://localhost/x?password=secret",
                                      "service=x password=secret"])
def test_a_location_holding_a_password_is_refused(location, capsys):
    assert main(["db", "init", "--project", location]) == 2
    err = capsys.readouterr().err
    assert "holds a password" in err and "secret" not in err


def test_an_unreachable_server_is_exit_3_naming_it(capsys):
    assert main(["db", "status", "--project", "postgresql://someone@127.0.0.1:1/nowhere"]) == 3
    err = capsys.readouterr().err
    assert "someone@127.0.0.1:1/nowhere: the database server cannot be reached" in err


def test_db_commands_want_a_database(tmp_path, capsys):
    assert main(["db", "init", "--project", str(tmp_path / "p.gpkg")]) == 2
    assert "works on a PostgreSQL database" in capsys.readouterr().err


def test_validate_warns_of_a_migration_the_database_lacks(pg_project, capsys):
    """A database an older sezmap initialised lacks the newest rules: validate passes but says so."""
    assert main(["validate", "--project", pg_project]) == 0
    assert "lacks migration" not in capsys.readouterr().err
    latest = migrate.shipped()[-1]
    with psycopg.connect(pg_project) as conn:  # as if migrated by the sezmap before it
        conn.execute("DELETE FROM sezmap.schema_migrations WHERE version = %s", (latest.version,))
    assert main(["validate", "--project", pg_project]) == 0
    err = capsys.readouterr().err
    assert f"lacks migration {latest.version} ({latest.name})" in err and "sezmap db init" in err, err
