"""Split shares investment and jobs out by area and merge sums them: zone totals stay put."""

import sqlite3

import pytest
import shapely

from sezmap.analysis.report import report_dict
from sezmap.model import apportion
from sezmap.session import geometry_edits as ge
from tests import factories as f

AMOUNTS = apportion.AMOUNT_FIELDS


def cell(i):
    x = round(70.0 + i * 0.01, 6)
    return shapely.box(x, 45.01, round(x + 0.01, 6), 45.02)


@pytest.fixture
def session(tmp_path):
    # z1: KEG-0001..0004 in a row; KEG-0002 allocated and idle (deadline passed, nothing made),
    # KEG-0003 with odd jobs and money; z2: one plot that must not move.
    plots = [f.plot(f"KEG-{k + 1:04d}", "z1", geometry=cell(k)) for k in range(4)]
    plots[1].update(status="allocated", tenant="Old LLP", contract_deadline="2025-01-01", allocated_on="2024-03-01",
                    cadastral_no="03-047-123-456", investment_committed_kzt=1e9, investment_actual_kzt=1234.56,
                    jobs_planned=41)
    plots[2].update(status="allocated", tenant="Next LLP", contract_deadline="2027-01-01", allocated_on="2024-05-01",
                    cadastral_no="03-047-123-457", investment_committed_kzt=333333333.33, jobs_planned=7)
    plots.append(f.plot("OTH-0001", "z2", geometry=shapely.box(70.1, 45.01, 70.11, 45.02),
                        investment_committed_kzt=5e6, jobs_planned=3))
    layers = f.layers(zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(70.1, 45.0, 70.2, 45.1))],
                      plots=plots)
    return f.open_session(tmp_path / "p.gpkg", layers, as_of="2026-06-01")


def engine_totals(session):
    """Per zone: committed and made as the engine holds them (NaN: none), jobs as the project
    frame holds them, and the report's idle area."""
    eng, plots = session.engine, session.project.plots
    zones = {z["zone_id"]: z for z in report_dict(eng, with_quality=False)["zones"]}
    out = {}
    for k, zid in enumerate(eng.zone_ids):
        rows = eng.zone == k
        jobs = plots.loc[plots["zone_id"].astype(str) == zid, "jobs_planned"]
        out[zid] = (float(sum(v for v in eng.committed[rows] if v == v)),
                    float(sum(v for v in eng.actual[rows] if v == v)),
                    int(jobs.fillna(0).sum()), zones[zid]["idle_area_ha"])
    return out


def file_totals(session):
    """Per zone, as the file holds them (sqlite3): committed, made, jobs, and how many plots
    carry each cadastral number."""
    with sqlite3.connect(session.store.path) as db:
        sums = {z: (c, a, j) for z, c, a, j in db.execute(
            "SELECT zone_id, TOTAL(investment_committed_kzt), TOTAL(investment_actual_kzt),"
            " TOTAL(jobs_planned) FROM plots GROUP BY zone_id")}
        cadastral = db.execute("SELECT cadastral_no, COUNT(*) FROM plots WHERE cadastral_no IS NOT NULL"
                               " GROUP BY cadastral_no HAVING COUNT(*) > 1").fetchall()
        jobs_types = {t for (t,) in db.execute("SELECT DISTINCT typeof(jobs_planned) FROM plots")}
    return sums, cadastral, jobs_types


def same_totals(a, b):
    assert a.keys() == b.keys()
    for zid in a:
        assert a[zid][:2] == pytest.approx(b[zid][:2], rel=1e-6), zid
        assert a[zid][2] == b[zid][2], zid
        if len(a[zid]) > 3:
            assert a[zid][3] == pytest.approx(b[zid][3], rel=1e-3, abs=1e-6), zid


def check_unchanged(session, before_engine, before_file, idle_area=True):
    """The zone totals as before (and the idle area too, unless a merge made more land idle)."""
    now = engine_totals(session)
    if not idle_area:
        now, before_engine = ({z: v[:3] for z, v in t.items()} for t in (now, before_engine))
    same_totals(now, before_engine)
    sums, cadastral, jobs_types = file_totals(session)
    same_totals(sums, before_file)
    assert cadastral == []  # no cadastral number on two plots
    assert jobs_types <= {"integer", "null"}


def record(session, plot_id):
    return session.store.read_plots([plot_id])[plot_id]


def test_a_split_and_its_undo_keep_the_zone_totals(session):
    before_engine, (before_file, _, _) = engine_totals(session), file_totals(session)
    line = [(70.017, 45.0), (70.017, 45.03)]  # KEG-0002 (70.01..70.02): 70 % keeps the id | 30 %
    session.edit("Split KEG-0002", ge.split_changes(session, "KEG-0002", line, reason="a test edit"))
    check_unchanged(session, before_engine, before_file)
    kept, new = record(session, "KEG-0002"), record(session, "KEG-0005")
    assert kept["cadastral_no"] == "03-047-123-456" and new["cadastral_no"] is None
    assert (kept["jobs_planned"], new["jobs_planned"]) == (29, 12)  # 28.7 | 12.3: the larger remainder
    assert kept["investment_committed_kzt"] == pytest.approx(7e8, rel=1e-3)
    assert new["investment_committed_kzt"] == pytest.approx(3e8, rel=1e-3)
    assert kept["investment_committed_kzt"] + new["investment_committed_kzt"] == pytest.approx(1e9, rel=1e-12)
    assert new["investment_actual_kzt"] == pytest.approx(1234.56 * 0.3, rel=1e-3)
    session.undo()
    check_unchanged(session, before_engine, before_file)
    assert session.row_of("KEG-0005") is None
    back = record(session, "KEG-0002")
    assert (back["jobs_planned"], back["investment_committed_kzt"], back["cadastral_no"]) == \
        (41, 1e9, "03-047-123-456")
    session.redo()
    check_unchanged(session, before_engine, before_file)
    assert record(session, "KEG-0005")["jobs_planned"] == 12


def test_a_split_into_three_shares_jobs_exactly_and_keeps_missing_values_missing(session):
    before_engine, (before_file, _, _) = engine_totals(session), file_totals(session)
    line = [(70.023, 45.0), (70.023, 45.03), (70.026, 45.03), (70.026, 45.0)]  # 30 | 30 | 40 %
    changes = ge.split_changes(session, "KEG-0003", line, reason="a test edit")
    session.edit("Split KEG-0003", changes)
    check_unchanged(session, before_engine, before_file)
    ids = [c.plot_id for c in changes]
    recs = [record(session, p) for p in ids]
    assert sum(r["jobs_planned"] for r in recs) == 7 and recs[0]["jobs_planned"] == 3
    assert all(r["investment_actual_kzt"] is None for r in recs)  # none before: none after
    assert [r["cadastral_no"] for r in recs] == ["03-047-123-457", None, None]
    assert sum(r["investment_committed_kzt"] for r in recs) == pytest.approx(333333333.33, rel=1e-9)
    session.undo()
    check_unchanged(session, before_engine, before_file)


def test_a_merge_and_its_undo_keep_the_zone_totals(session):
    before_engine, (before_file, _, _) = engine_totals(session), file_totals(session)
    session.set_selection([session.row_of("KEG-0002"), session.row_of("KEG-0003")])
    outcome = ge.merge_selection(session, "a test edit")
    assert outcome.kept == "KEG-0002", outcome
    check_unchanged(session, before_engine, before_file, idle_area=False)  # KEG-0003's land is idle now
    kept = record(session, "KEG-0002")
    assert kept["jobs_planned"] == 48 and kept["cadastral_no"] == "03-047-123-456"
    assert kept["investment_committed_kzt"] == pytest.approx(1e9 + 333333333.33, rel=1e-12)
    assert kept["investment_actual_kzt"] == pytest.approx(1234.56)  # the one plot that had it
    session.undo()
    check_unchanged(session, before_engine, before_file)
    assert record(session, "KEG-0003")["jobs_planned"] == 7 and record(session, "KEG-0002")["jobs_planned"] == 41


def test_a_merge_of_plots_without_amounts_leaves_them_missing(session):
    changes = ge.merge_changes(session, ["KEG-0003", "KEG-0004"], reason="a test edit")
    edit = changes[-1]
    assert "investment_actual_kzt" not in edit.changes  # missing in both: stays missing
    session.edit("Merge", changes)
    assert record(session, ge.merge_survivor(changes))["investment_actual_kzt"] is None


def test_largest_remainder_and_money_shares():
    assert apportion.split_count(41, [0.7, 0.3]) == [29, 12]
    assert apportion.split_count(10, [1, 1, 1]) == [4, 3, 3]  # a tie: the earlier piece
    assert apportion.split_count(0, [2, 1]) == [0, 0]
    big = 123456789012345678
    assert sum(apportion.split_count(big, [3.3, 2.2, 1.1])) == big
    parts = apportion.split_money(1e9, [0.6, 0.25, 0.15])
    assert sum(parts) == pytest.approx(1e9, rel=1e-12) and parts[2] == pytest.approx(1.5e8)
    assert apportion.split_amounts({"jobs_planned": None, "investment_committed_kzt": float("nan")}, [1, 1]) == [{}, {}]
    assert apportion.merged_amounts([{"jobs_planned": 2.0}, {"jobs_planned": None}, {}]) == {"jobs_planned": 2}
