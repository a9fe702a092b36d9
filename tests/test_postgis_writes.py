"""sezmap's own plot changes on PostGIS: one server transaction, the login as actor, stale edits refused."""

import os
import threading

import psycopg
import pytest

from pg_fixtures import as_login, login_name
from sezmap.cli import main
from sezmap.model.edits import ConflictError, PlotCreate, PlotDelete, PlotEdit, StepConflict
from sezmap.model.problems import DataError
from sezmap.store.postgis.store import PostgisStore


@pytest.fixture
def pgpass(tmp_path, monkeypatch):
    """Passwords as libpq reads them from a password file (PGPASSFILE, mode 0600): the superuser's
    and those added by ``add(login, password)``; PGPASSWORD unset so that each login uses its own."""
    path = tmp_path / "pgpass"
    lines = [f"*:*:*:{os.environ.get('PGUSER', 'postgres')}:{os.environ.get('PGPASSWORD', '')}"]

    def add(login, password):
        lines.append(f"*:*:*:{login}:{password}")
        path.write_text("\n".join(lines) + "\n")
        path.chmod(0o600)

    add("nobody", "-")
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return add


def as_uri(uri, login):
    """The database's URI with another login (no password in it)."""
    return uri.replace("://" + os.environ.get("PGUSER", "postgres") + "@", f"://{login}@", 1)


@pytest.fixture
def company(pg_seeded, pgpass):
    """(login, its URI): a company login of zone Z1."""
    name, conn = as_login(pg_seeded, "company", ["Z1"])
    conn.close()
    pgpass(name, "pw-" + name)
    return name, as_uri(pg_seeded, name)


def test_plot_set_on_postgis_is_audited_with_the_login(company, pg_seeded, capsys):
    name, uri = company
    assert main(["plot", "set", "P1", "--status", "reserved", "--tenant", "Acme", "--actor", "whoever",
                 "--reason", "lease signed", "--expect-version", "1", "--project", uri]) == 0
    assert "plot P1: version 2; changed status, tenant" in capsys.readouterr().out
    rows = [(e.actor, e.field, e.old_value, e.new_value, e.reason) for e in PostgisStore(uri).history("P1")][-2:]
    assert rows == [(name, "status", "vacant", "reserved", "lease signed"),
                    (name, "tenant", None, "Acme", "lease signed")]
    assert PostgisStore(uri).read_plots(["P1"])["P1"]["updated_by"] == name


def test_plot_set_on_another_zones_plot_is_refused_by_the_server(company, capsys):
    _name, uri = company
    assert main(["plot", "set", "P2", "--tenant", "X", "--actor", "a", "--reason", "r", "--project", uri]) == 2
    err = capsys.readouterr().err
    assert "may not change plot P2 (zone Z2)" in err and "SQLSTATE 42501" in err


def test_a_stale_expect_version_names_who_changed_what(company, capsys):
    name, uri = company
    assert main(["plot", "set", "P1", "--tenant", "A", "--actor", "a", "--reason", "r", "--project", uri]) == 0
    assert main(["plot", "set", "P1", "--tenant", "B", "--actor", "a", "--reason", "r", "--expect-version", "1",
                 "--project", uri]) == 2
    err = capsys.readouterr().err
    assert "changed meanwhile: version is 2, the edit expected 1" in err and f"last change by {name}" in err
    assert "tenant" in err


def test_two_clients_editing_one_plot_at_once_exactly_one_wins(pg_seeded, pgpass):
    """Both saw version 1; the server serves them one after the other; the second is refused, naming the first."""
    from sezmap.store.postgis.logins import grant_login

    names = [login_name("co"), login_name("co")]
    for n in names:
        grant_login(pg_seeded, n, "company", ["Z1"], "pw")
        pgpass(n, "pw")
    stores = [PostgisStore(as_uri(pg_seeded, n)) for n in names]
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def edit(store, name, tenant):
        start.wait()
        try:
            outcomes[name] = store.apply_edit(PlotEdit("P1", {"tenant": tenant}, "x", "mine", expect_version=1))
        except ConflictError as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=edit, args=(s, n, n)) for s, n in zip(stores, names, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    lost = [n for n, o in outcomes.items() if isinstance(o, ConflictError)]
    won = [n for n, o in outcomes.items() if not isinstance(o, Exception)]
    assert len(lost) == len(won) == 1
    assert f"last change by {won[0]}" in str(outcomes[lost[0]]) and "tenant" in str(outcomes[lost[0]])
    row = stores[0].read_plots(["P1"])["P1"]
    assert (row["tenant"], row["version"], row["updated_by"]) == (won[0], 2, won[0])


def test_changes_are_all_or_nothing_and_undo_goes_back(pg_seeded):
    store = PostgisStore(pg_seeded)
    square = "MULTIPOLYGON (((1 0, 2 0, 2 1, 1 1, 1 0)))"
    with pytest.raises(DataError, match="not one of"):  # the second change is refused: the first is not kept
        store.apply_changes([PlotEdit("P1", {"tenant": "T"}, "a", "r"),
                             PlotCreate("P3", {"zone_id": "Z1", "status": "vacant", "geometry": square}, "a", "r"),
                             PlotEdit("P3", {"status": "nonsense"}, "a", "r")])
    assert store.read_plots(["P1", "P3"]) == {"P1": store.read_plots(["P1"])["P1"]}
    assert store.read_plots(["P1"])["P1"]["tenant"] is None
    done = store.apply_changes([PlotEdit("P1", {"tenant": "T"}, "a", "r"),
                                PlotCreate("P3", {"zone_id": "Z1", "status": "vacant", "geometry": square}, "a", "r")])
    assert [r.version for r in done] == [2, 1]
    store.apply_changes([r.inverse("a", "undo") for r in reversed(done)])
    assert set(store.read_plots(["P1", "P3"])) == {"P1"} and store.read_plots(["P1"])["P1"]["tenant"] is None
    assert [(e.field, e.new_value) for e in store.history("P3")[-2:]] == [("plot", "removed"),
                                                                        ("lineage", "undo of its creation")]
    gone = store.apply_changes([PlotDelete("P2", "a", "r")])[0]
    assert gone.values["zone_id"] == "Z2" and "P2" not in store.read_plots(["P2"])


def test_an_undo_over_another_clients_change_is_a_step_conflict(pg_seeded, company):
    name, uri = company
    store = PostgisStore(pg_seeded)
    done = store.apply_edit(PlotEdit("P1", {"tenant": "Mine"}, "a", "r"))
    assert PostgisStore(uri).apply_edit(PlotEdit("P1", {"tenant": "Theirs"}, "b", "r")).version == 3
    undo = done.inverse("a", "undo")
    with pytest.raises(StepConflict) as caught:
        store.apply_changes([undo])
    assert caught.value.conflicts[0].actor == name and caught.value.conflicts[0].fields == ("tenant",)
    assert store.read_plots(["P1"])["P1"]["tenant"] == "Theirs"


def test_nothing_changed_writes_nothing(pg_seeded):
    store = PostgisStore(pg_seeded)
    result = store.apply_edit(PlotEdit("P1", {"status": "vacant"}, "a", "r"))
    assert result.changed == {} and result.version == 1
    with psycopg.connect(pg_seeded) as conn:
        assert conn.execute("SELECT count(*) FROM sezmap.audit_log WHERE reason <> 'seed'").fetchone()[0] == 0


def test_a_plots_part_is_kept_and_audited_by_the_server(company):
    """Migration 9: plots.part on the server, audited like every plot field."""
    name, uri = company
    PostgisStore(uri).apply_edit(PlotEdit("P1", {"part": "Industrial Park No. 1"}, "whoever", "the park",
                                          expect_version=1))
    assert PostgisStore(uri).read_plots(["P1"])["P1"]["part"] == "Industrial Park No. 1"
    last = PostgisStore(uri).history("P1")[-1]
    assert (last.actor, last.field, last.old_value, last.new_value) == (name, "part", None, "Industrial Park No. 1")


def test_a_company_login_importing_zones_is_refused_and_nothing_is_written(company, pg_seeded, tmp_path, capsys):
    from sezmap.model import schema
    from tests import factories as f

    _name, uri = company
    source = tmp_path / "zones.geojson"
    f.frame(schema.ZONES, [f.zone("Z9")]).to_file(source)
    assert main(["import", str(source), "--layer", "zones", "--actor", "a", "--reason", "r", "--project", uri]) == 2
    assert "permission denied" in capsys.readouterr().err
    with psycopg.connect(pg_seeded) as conn:
        assert conn.execute("SELECT count(*) FROM sezmap.zones WHERE zone_id = 'Z9'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sezmap.audit_log WHERE plot_id = 'Z9'").fetchone() == (0,)
