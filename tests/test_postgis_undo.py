"""An undo against the status workflow or the status rules on PostGIS (migration 11): the server lets
it through only when it names, as ``sezmap.undo_of``, the audit row of this login's change it truly
reverses; a forged one (another row, other values, another login's change, another zone) is checked
as any move, and refused."""

import psycopg
import pytest

from pg_fixtures import as_login
from sezmap.store.postgis import status_rules_sql

FULL = "tenant = 'Acme', allocated_on = '2025-01-15', contract_deadline = '2027-06-30', investment_committed_kzt = 1e9"
BACK = "status = 'reserved', allocated_on = NULL, contract_deadline = NULL, investment_committed_kzt = NULL"
WORKFLOW = "SZ003"


def _step(conn, plot: str, sets: str) -> int:
    """One committed change of the plot; the id of its first audit row."""
    conn.execute(f"UPDATE sezmap.plots SET {sets} WHERE plot_id = %s", (plot,))
    first = conn.execute("SELECT min(id) FROM sezmap.audit_log WHERE xid = pg_current_xact_id() AND plot_id = %s",
                         (plot,)).fetchone()[0]
    conn.commit()
    return first


def _undo(conn, plot: str, sets: str, row) -> str | None:
    """The SQLSTATE an undo naming audit row ``row`` is refused with (None: written, committed)."""
    try:
        conn.execute("SELECT set_config('sezmap.undo_of', %s, true)", (str(row),))
        conn.execute(f"UPDATE sezmap.plots SET {sets} WHERE plot_id = %s", (plot,))
        conn.commit()
        return None
    except psycopg.Error as exc:
        conn.rollback()
        return exc.sqlstate


def _status(uri, plot: str) -> tuple:
    with psycopg.connect(uri) as conn:
        return conn.execute("SELECT status, contract_deadline IS NULL, version FROM sezmap.plots WHERE plot_id = %s",
                            (plot,)).fetchone()


@pytest.fixture
def allocated(pg_seeded):
    """P1 reserved, then allocated, by a company login of Z1: (uri, its connection, the allocation's row,
    the reservation's row)."""
    _name, conn = as_login(pg_seeded, "company", ["Z1"], reason="work")
    reserved = _step(conn, "P1", "status = 'reserved', tenant = 'Acme'")
    done = _step(conn, "P1", f"status = 'allocated', {FULL}")
    yield pg_seeded, conn, done, reserved
    conn.close()


def test_an_undo_naming_the_change_it_reverses_goes_against_the_workflow(allocated):
    uri, conn, done, _reserved = allocated
    assert _undo(conn, "P1", BACK, done) is None  # allocated -> reserved: no workflow step
    assert _status(uri, "P1") == ("reserved", True, 4)
    with psycopg.connect(uri) as admin:
        rows = admin.execute("SELECT field, old_value, new_value FROM sezmap.audit_log WHERE plot_id = 'P1' "
                             "AND xid = (SELECT max(xid::text::bigint)::text::xid8 FROM sezmap.audit_log) ORDER BY id"
                             ).fetchall()
    assert ("status", "allocated", "reserved") in rows and len(rows) == 4  # audited like every change


def test_a_plain_move_against_the_workflow_is_still_refused(allocated):
    uri, conn, _done, _reserved = allocated
    assert _undo(conn, "P1", BACK, "") == WORKFLOW
    assert _undo(conn, "P1", BACK, "not a number") == WORKFLOW
    assert _status(uri, "P1") == ("allocated", False, 3)


def test_a_forged_undo_is_refused(allocated, pg_seeded):
    uri, conn, done, reserved = allocated
    # values that are not what the change put there: vacant was never P1's state before 'allocated'
    assert _undo(conn, "P1", "status = 'vacant'", done) == WORKFLOW
    # a field that change did not touch, put back with the rest
    assert _undo(conn, "P1", BACK + ", project_name = 'x'", done) in (WORKFLOW, status_rules_sql.SQLSTATE)
    # an older row: the plot no longer holds what the reservation left
    assert _undo(conn, "P1", "status = 'vacant', tenant = NULL", reserved) == WORKFLOW
    # another plot's row
    with psycopg.connect(uri) as admin:
        admin.execute("SET LOCAL sezmap.reason = 'p2'")
        other = _step(admin, "P2", "status = 'reserved', tenant = 'B'")
    assert _undo(conn, "P1", BACK, other) == WORKFLOW
    assert _status(uri, "P1") == ("allocated", False, 3)


def test_an_undo_of_another_logins_change_is_refused(pg_seeded):
    _admin, admin = as_login(pg_seeded, "admin", reason="work")
    _company, company = as_login(pg_seeded, "company", ["Z1"], reason="work")
    with admin, company:
        _step(admin, "P1", "status = 'reserved', tenant = 'Acme'")
        done = _step(admin, "P1", f"status = 'allocated', {FULL}")
        assert _undo(company, "P1", BACK, done) == WORKFLOW
        assert _undo(admin, "P1", BACK, done) is None  # the admin's own change


def test_an_undo_in_another_zone_is_refused_by_the_zone_guard(pg_seeded):
    _admin, admin = as_login(pg_seeded, "admin", reason="work")
    _company, company = as_login(pg_seeded, "company", ["Z1"], reason="work")
    with admin, company:
        _step(admin, "P2", "status = 'reserved', tenant = 'Acme'")
        done = _step(admin, "P2", f"status = 'allocated', {FULL}")
        assert _undo(company, "P2", BACK, done) == "42501"
    assert _status(pg_seeded, "P2") == ("allocated", False, 3)


def test_a_forged_put_back_is_checked_as_a_new_plot(pg_seeded):
    """An INSERT naming a removal passes the status rules only as the plot the removal kept."""
    _name, conn = as_login(pg_seeded, "company", ["Z1"], reason="work")
    with conn:
        _step(conn, "P1", "status = 'reserved', tenant = 'Acme'")
        conn.execute("DELETE FROM sezmap.plots WHERE plot_id = 'P1'")
        removal = conn.execute("SELECT max(id) FROM sezmap.audit_log WHERE plot_id = 'P1'").fetchone()[0]
        conn.commit()
        square = "ST_Multi(ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))', 4326))"
        insert = f"INSERT INTO sezmap.plots (plot_id, zone_id, status, tenant, geom) VALUES ('P1', 'Z1', %s, %s, {square})"

        def put_back(status, tenant, row) -> str | None:
            try:
                conn.execute("SELECT set_config('sezmap.undo_of', %s, true)", (str(row),))
                conn.execute(insert, (status, tenant))
                conn.commit()
                return None
            except psycopg.Error as exc:
                conn.rollback()
                return exc.sqlstate

        assert put_back("reserved", None, removal) == status_rules_sql.SQLSTATE  # not what it was
        assert put_back("reserved", "Acme", "") is None  # complete: no undo needed
