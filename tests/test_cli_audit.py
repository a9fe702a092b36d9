"""``sezmap audit``: the project-wide audit log, filtered, as CSV or JSON."""

import csv
import io
import json
import os

import pytest
import shapely

from sezmap.cli import main
from sezmap.model.edits import PlotEdit
from sezmap.store import audit_rows_csv, geopackage_sql, open_store
from sezmap.store.audit_export import audit_bound
from sezmap.store.gpkg import GpkgStore
from tests import factories as f

HEADER = ["id", "at", "actor", "plot_id", "field", "old_value", "new_value", "reason"]
TRICKY = 'Alpha, "Beta"\nТОО Гамма'


@pytest.fixture
def project(tmp_path):
    layers = f.layers(
        zones=[f.zone("z1"), f.zone("z2", geometry=shapely.box(71.0, 45.0, 71.1, 45.1))],
        plots=[f.plot("p1", "z1", geometry=shapely.box(70.001, 45.001, 70.01, 45.01)),
               f.plot("p2", "z1", geometry=shapely.box(70.02, 45.001, 70.03, 45.01), tenant="Hold LLP"),
               f.plot("p3", "z2", geometry=shapely.box(71.001, 45.001, 71.01, 45.01))],
    )
    store = GpkgStore.create(tmp_path / "p.gpkg", layers)
    store.apply_edit(PlotEdit("p1", {"tenant": TRICKY}, "ana", "lease"), now="2026-01-05T10:00:00.000Z")
    store.apply_edit(PlotEdit("p2", {"status": "reserved", "jobs_planned": 40}, "bob", "hold"),
                     now="2026-01-06T23:59:59.999Z")
    store.apply_edit(PlotEdit("p3", {"tenant": "Delta"}, "ana", "lease"), now="2026-01-07T00:00:00.000Z")
    # a plot no longer in the file: its rows match no zone
    conn = geopackage_sql.connect(store.path)
    geopackage_sql.insert_rows(conn, "audit_log", ["at", "actor", "plot_id", "field", "old_value", "new_value", "reason"],
                               [("2026-01-08T08:00:00.000Z", "bob", "gone", "plot", "{}", None, "merged")])
    conn.close()
    return store


@pytest.fixture
def anywhere(project, on_store):
    """The project's location on each store: the GeoPackage, and a PostGIS database it was
    published into (its audit log copied as it was: ids, times, actors)."""
    return on_store(project.path)


def run(capsys, *args):
    code = main(["audit", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(text):
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == HEADER
    return [dict(zip(HEADER, r)) for r in table[1:]]


def test_csv_has_a_header_and_every_row_round_trips(anywhere, capsys):
    code, out, _ = run(capsys, "--project", anywhere)
    assert code == 0
    got = rows(out)
    assert [(r["plot_id"], r["field"], r["new_value"]) for r in got] == [
        ("p1", "tenant", TRICKY), ("p2", "status", "reserved"), ("p2", "jobs_planned", "40"),
        ("p3", "tenant", "Delta"), ("gone", "plot", "")]
    assert [int(r["id"]) for r in got] == [1, 2, 3, 4, 5]
    assert got[0]["at"] == "2026-01-05T10:00:00.000Z" and got[0]["old_value"] == ""
    assert out == audit_rows_csv(open_store(anywhere).audit())  # the app's export writes the same


def test_json_is_a_list_of_objects(anywhere, capsys):
    code, out, _ = run(capsys, "--format", "json", "--plot", "p2", "--project", anywhere)
    assert code == 0
    data = json.loads(out)
    assert [set(d) for d in data] == [set(HEADER)] * 2
    assert [(d["field"], d["old_value"], d["new_value"], d["actor"]) for d in data] == [
        ("status", "vacant", "reserved", "bob"), ("jobs_planned", None, "40", "bob")]


@pytest.mark.parametrize("args, expected", [
    (["--zone", "z1"], ["p1", "p2", "p2"]),
    (["--zone", "z2"], ["p3"]),
    (["--zone", "nowhere"], []),
    (["--actor", "bob"], ["p2", "p2", "gone"]),
    (["--field", "tenant"], ["p1", "p3"]),
    (["--since", "2026-01-06", "--until", "2026-01-06"], ["p2", "p2"]),  # whole days, both ends
    (["--since", "2026-01-07"], ["p3", "gone"]),
    (["--until", "2026-01-05T10:00"], ["p1"]),  # to the end of the minute named
    (["--since", "2026-01-06T23:59:59.999Z", "--until", "2026-01-07T05:00:00+05:00"], ["p2", "p2", "p3"]),
    (["--actor", "ana", "--zone", "z1"], ["p1"]),
    (["--limit", "2"], ["p3", "gone"]),  # the latest rows, oldest first
    (["--limit", "0"], []),
])
def test_filters(anywhere, capsys, args, expected):
    code, out, err = run(capsys, *args, "--project", anywhere)
    assert code == 0, err
    assert [r["plot_id"] for r in rows(out)] == expected


def test_zone_is_the_plots_zone_now(project, capsys):
    conn = geopackage_sql.connect(project.path)  # moved by another tool (with its version bump)
    conn.execute("UPDATE plots SET zone_id = 'z2', version = version + 1 WHERE plot_id = 'p1'")
    conn.close()
    moved = rows(run(capsys, "--zone", "z2", "--project", str(project.path))[1])
    assert [r["plot_id"] for r in moved] == ["p1", "p3", "p1"]  # the move itself is audited by the file
    assert (moved[-1]["actor"], moved[-1]["field"], moved[-1]["new_value"]) == ("another program", "zone_id", "z2")
    assert [e.plot_id for e in project.audit(zone="z1")] == ["p2", "p2"]


@pytest.mark.parametrize("args, message", [
    (["--since", "2026-02-30"], "--since '2026-02-30': not a date (YYYY-MM-DD)"),
    (["--until", "yesterday"], "--until 'yesterday': not a date (YYYY-MM-DD) or a date-time"),
    (["--since", "2026-01-05T25:00"], "--since '2026-01-05T25:00': not a valid date-time"),
    (["--since", "2026-01-07", "--until", "2026-01-06"], "--since '2026-01-07' is after --until '2026-01-06'"),
    (["--limit", "-1"], "--limit -1: must be 0 or more"),
])
def test_bad_bounds_exit_2(anywhere, capsys, args, message):
    code, out, err = run(capsys, *args, "--project", anywhere)
    assert code == 2 and out == ""
    assert err.startswith(f"sezmap: error: {message}")
    assert "Traceback" not in err


def test_store_refuses_bad_bounds_too(project):
    from sezmap.model.problems import DataError

    with pytest.raises(DataError, match="since '31.12.2026': not a date"):
        project.audit(since="31.12.2026")
    assert audit_bound("2026-01-06") == "2026-01-06T00:00:00.000Z"
    assert audit_bound("2026-01-06", end=True) == "2026-01-06T23:59:59.999Z"
    assert audit_bound("2026-01-06T12:30:15", end=True) == "2026-01-06T12:30:15.999Z"
    assert audit_bound("2026-01-06T12:30:15.250+01:00") == "2026-01-06T11:30:15.250Z"


def test_out_is_written_whole_by_a_rename(project, capsys, tmp_path, monkeypatch):
    target = tmp_path / "out" / "audit.csv"
    target.parent.mkdir()
    target.write_text("old contents\n")
    code, out, err = run(capsys, "--out", str(target), "--project", str(project.path))
    assert code == 0 and out == "" and "5 audit rows written" in err
    assert len(rows(target.read_text(encoding="utf-8"))) == 5
    assert os.listdir(target.parent) == ["audit.csv"]

    def fails(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fails)
    code, _, err = run(capsys, "--format", "json", "--out", str(target), "--project", str(project.path))
    assert code == 2 and f"{target}: cannot be written: No space left on device" in err
    assert len(rows(target.read_text(encoding="utf-8"))) == 5  # the old file, whole
    assert os.listdir(target.parent) == ["audit.csv"]  # no temporary file left
    monkeypatch.undo()
    code, _, err = run(capsys, "--out", str(tmp_path / "missing" / "a.csv"), "--project", str(project.path))
    assert code == 2 and "no such folder" in err


def test_a_file_without_an_audit_log_has_none(tmp_path, capsys):
    path = tmp_path / "qgis.gpkg"
    for name, frame in f.layers().items():
        frame.to_file(path, layer=name)
    before = path.read_bytes()
    code, out, _ = run(capsys, "--project", str(path))
    assert code == 0 and out == ",".join(HEADER) + "\n"
    assert path.read_bytes() == before


def test_the_audit_of_several_plots_is_one_query(tmp_path):
    """store.audit(plot_id=[...]) gives the rows of any of the plots, as one call per plot would."""
    from sezmap.model.edits import PlotEdit
    from sezmap.store.gpkg import GpkgStore
    from tests import factories as f

    layers = f.layers(plots=[f.plot(f"p{k}", geometry=f.cell(k, 0)) for k in range(3)])
    store = GpkgStore.create(tmp_path / "p.gpkg", layers)
    for k in range(3):
        store.apply_edit(PlotEdit(f"p{k}", {"tenant": f"T{k}"}, "a", "r"))
    both = store.audit(plot_id=["p0", "p2"])
    assert both == sorted(store.history("p0") + store.history("p2"), key=lambda e: e.id)
    assert store.audit(plot_id=[]) == []


@pytest.mark.parametrize(("limit", "said"), [("1", "1 audit row written to"), ("2", "2 audit rows written to")])
def test_out_says_the_count_in_words(project, capsys, tmp_path, limit, said):
    out = tmp_path / "audit.csv"
    code, printed, err = run(capsys, "--limit", limit, "--out", str(out), "--project", str(project.path))
    assert code == 0 and printed == "" and err.startswith(said)
    assert len(rows(out.read_text(encoding="utf-8"))) == int(limit)
