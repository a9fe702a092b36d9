"""The plot editing widgets' logic without Qt: reading a form, building the edits of an Apply or
a batch (only changed fields, workflow refusals named before anything is written), idle rows,
plot areas, and files written whole."""

import csv
import os

import numpy as np
import pyproj
import pytest
import shapely

from sezmap.analysis.engine import AnalysisEngine
from sezmap.formats.atomic import write_text
from sezmap.model.problems import DataError
from sezmap.session import ProjectSession, events
from sezmap.session import batch_edits as be
from sezmap.session import form_fields as ff
from sezmap.session import idle_plots as ip
from sezmap.session import plot_history as ph
from sezmap.store.gpkg import GpkgStore
from tests import factories as f


def rec(pid="KEG-0001", **kw):
    out = {"plot_id": pid, "status": "vacant", "tenant": None, "project_name": None, "cadastral_no": None,
           "allocated_on": None, "contract_deadline": None, "investment_committed_kzt": None,
           "investment_actual_kzt": None, "jobs_planned": None, "version": 3}
    out.update(kw)
    return out


@pytest.mark.parametrize("name,text,value", [
    ("contract_deadline", "2026-03-31", "2026-03-31"),
    ("contract_deadline", "  ", None),
    ("investment_committed_kzt", "4 200 000 000", 4.2e9),
    ("investment_committed_kzt", "4,200,000.5", 4200000.5),
    ("investment_actual_kzt", "1.5e9", 1.5e9),
    ("jobs_planned", "120", 120),
    ("tenant", " Khorgos Logistics LLP ", "Khorgos Logistics LLP"),
])
def test_fields_are_read(name, text, value):
    parsed = ff.parse_field(name, text)
    assert parsed.ok and parsed.value == value


def test_numbers_in_the_russian_way():
    assert ff.parse_field("investment_committed_kzt", "4\u00a0200\u00a0000,5", ",", "\u00a0").value == 4200000.5


@pytest.mark.parametrize("name,text,code", [
    ("contract_deadline", "31.03.2026", ff.NOT_A_DATE),
    ("allocated_on", "2026-02-30", ff.NOT_A_DATE),
    ("investment_committed_kzt", "many", ff.NOT_A_NUMBER),
    ("investment_actual_kzt", "-5", ff.NEGATIVE),
    ("investment_actual_kzt", "inf", ff.NOT_A_NUMBER),
    ("jobs_planned", "2.5", ff.NOT_WHOLE),
    ("jobs_planned", "-1", ff.NEGATIVE),
    ("tenant", "a\x01b", ff.CONTROL_CHARACTERS),
])
def test_bad_fields_are_named(name, text, code):
    assert ff.parse_field(name, text).problem == code


def test_a_shown_value_reads_back_unchanged():
    import datetime as dt

    record = rec(contract_deadline=dt.date(2025, 1, 1), investment_committed_kzt=1e9, jobs_planned=40.0,
                 tenant="Old LLP")
    texts = {name: ff.display_text(name, record[name]) for name in ff.FORM_FIELDS if name != "status"}
    assert texts["contract_deadline"] == "2025-01-01" and texts["investment_committed_kzt"] == "1000000000"
    form = ff.read_form({**texts, "status": "vacant"})
    plan = be.plan_edits([record], form.values, "me", "why")
    assert plan.unchanged and not plan.edits


def test_only_changed_fields_are_edited_with_the_version_read():
    form = ff.read_form({"status": "allocated", "tenant": "New LLP", "contract_deadline": "",
                         "jobs_planned": "10"})
    plan = be.plan_edits([rec(jobs_planned=10.0)], form.values, "Khorgos MC", "contract signed")
    assert plan.ok and len(plan.edits) == 1
    edit = plan.edits[0]
    assert edit.changes == {"status": "allocated", "tenant": "New LLP"}
    assert (edit.actor, edit.reason, edit.expect_version) == ("Khorgos MC", "contract signed", 3)


def test_a_missing_reason_blocks():
    plan = be.plan_edits([rec()], {"tenant": "X"}, "me", "  ")
    assert plan.missing_reason and not plan.ok


def test_a_batch_sets_only_the_fields_given_and_refuses_forbidden_moves_whole():
    form = ff.read_form({"status": None, "tenant": "", "jobs_planned": "7"}, batch=True)
    assert form.values == {"jobs_planned": 7}
    records = [rec("A", status="allocated"), rec("B", status="operational"), rec("C", status="vacant"),
               rec("D", status="withdrawn")]
    plan = be.plan_edits(records, {"status": "withdrawn"}, "me", "idle")
    assert list(plan.refused) == ["C"] and "vacant" in plan.refused["C"]
    assert plan.edits == [] and not plan.ok
    plan = be.plan_edits(records[:2] + records[3:], {"status": "withdrawn"}, "me", "idle")
    assert [e.plot_id for e in plan.edits] == ["A", "B"]  # D is withdrawn already


def test_batch_statuses_and_withdraw():
    assert be.batch_statuses(["operational"]) == ("operational", "withdrawn")
    assert "vacant" in be.batch_statuses(["operational", "reserved"])
    assert be.can_withdraw(["vacant", "allocated"]) and not be.can_withdraw(["vacant", "withdrawn"])


def test_idle_rows_oldest_deadline_first_and_geodesic_hectares(tmp_path):
    cell = [shapely.box(70.0 + 0.01 * k, 45.0, 70.01 + 0.01 * k, 45.01) for k in range(4)]
    plots = [f.plot(f"P{k}", "z1", geometry=cell[k]) for k in range(4)]
    for k, deadline in ((0, "2025-06-01"), (1, "2024-01-01"), (3, "2025-01-01")):
        plots[k].update(status="allocated", contract_deadline=deadline, investment_committed_kzt=1e9,
                        investment_actual_kzt=0.0)
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=plots))
    project = store.load()
    engine = AnalysisEngine(project, "2026-01-01", logistics=False)
    rows = ip.idle_rows(engine, project, "z1")
    assert [project.plots["plot_id"].iat[r] for r in rows] == ["P1", "P3", "P0"]
    assert len(ip.idle_rows(engine, project, None)) == 3 and len(ip.idle_rows(engine, project, "nope")) == 0
    geod = pyproj.Geod(ellps="WGS84")
    expected = abs(geod.geometry_area_perimeter(cell[1])[0]) / 1e4
    assert ip.idle_hectares(engine, rows)[0] == pytest.approx(expected, rel=1e-6)  # the engine's equal-area areas vs Geod


def test_history_of_is_newest_first(tmp_path):
    store = GpkgStore.create(tmp_path / "p.gpkg", f.layers(plots=[f.plot("P1"), f.plot(
        "P2", geometry=shapely.box(70.02, 45.0, 70.03, 45.01))]))
    session = ProjectSession(actor="me")
    session.set_project(store, store.load())
    session.edit("a", be.plan_edits([session.plot_record(0)], {"tenant": "T"}, "me", "r").edits)
    session.edit("b", be.plan_edits([session.plot_record(1)], {"tenant": "U"}, "me", "r").edits)
    entries = ph.history_of(store, ["P1", "P2", "P1"])
    assert [e.plot_id for e in entries] == ["P2", "P1"]
    assert entries[0].id > entries[1].id


def test_a_file_is_written_whole(tmp_path):
    target = tmp_path / "audit.csv"
    target.write_text("old")
    write_text(target, "id,at\n1,x\n")
    assert list(csv.reader(target.open(newline=""))) == [["id", "at"], ["1", "x"]]
    assert os.listdir(tmp_path) == ["audit.csv"]
    with pytest.raises(DataError, match="no such folder"):
        write_text(tmp_path / "missing" / "a.csv", "x")


def test_listen_connects_and_disconnects():
    session = ProjectSession(actor="me")
    seen = []
    stop = events.listen((session.zone_changed, seen.append))
    session.set_zone("z1")
    stop()
    session.set_zone("z2")
    assert seen == ["z1"] and len(session.zone_changed) == 0


def test_a_data_error_names_every_problem():
    with pytest.raises(DataError):
        be.plan_edits([rec()], {"tenant": "x"}, "", "r").edits[0].normalized()
    assert np.isfinite(ff.parse_number("1e3"))
