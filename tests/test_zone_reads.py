"""One zone read alone (store/zone_reads.py, what ``sezmap export --zone`` reads): the zone's
figures equal those of the whole project, on the bundled project and on a generated one."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from sezmap import paths
from sezmap.analysis.engine import AnalysisEngine
from sezmap.model.problems import DataError
from sezmap.store import open_store
from sezmap.store.zone_reads import load_zone, surroundings

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
AS_OF = dt.date(2026, 6, 1)


def _same_figures(path, zones, bulk=False):
    store = open_store(path)
    whole = AnalysisEngine(store.load(), AS_OF)
    for zone in zones:
        project = load_zone(store, zone)
        assert (project.plot_rings is not None) == bulk  # decoded in bulk as a whole load is, or read plainly
        own = (project.plots["zone_id"] == zone).sum()
        assert own == (whole.project.plots["zone_id"] == zone).sum()
        alone = AnalysisEngine(project, AS_OF)
        assert alone.metrics[zone].to_dict() == whole.metrics[zone].to_dict(), zone
    return whole


def test_a_zone_read_alone_has_the_figures_of_the_whole_bundled_project():
    whole = _same_figures(paths.default_project(), ["astana_new_city", "icbc_khorgos", "khorgos_eastern_gate"])
    assert len(whole.zone_ids) == 14


def test_a_zone_read_alone_has_the_figures_of_the_whole_generated_project(tmp_path, monkeypatch):
    from make_synthetic import make_project

    from sezmap.store import layer_reads

    path = make_project(30_000, tmp_path / "synthetic.gpkg")  # overlaps, gaps, plots sticking out
    zones = ["almaty_g4_city", "khorgos_eastern_gate", "icbc_khorgos", "qyzyljar"]
    _same_figures(path, zones)
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 1000)  # as a 1M project's plots are read
    _same_figures(path, zones, bulk=True)


def test_the_neighbours_plots_around_a_zone_are_read_and_no_others():
    store = open_store(paths.default_project())
    project = load_zone(store, "khorgos_eastern_gate")  # ICBC Khorgos lies beside it
    zones = set(project.plots["zone_id"])
    assert zones == {"icbc_khorgos", "khorgos_eastern_gate"}
    whole = store.load()
    bounds = whole.zones.set_index("zone_id").loc[["khorgos_eastern_gate"]].total_bounds
    minx, miny, maxx, maxy = surroundings(bounds)
    assert maxx - minx > 2 * (bounds[2] - bounds[0]) and maxy - miny > 2 * (bounds[3] - bounds[1])
    near = whole.plots.cx[minx:maxx, miny:maxy]
    assert set(near["plot_id"]) <= set(project.plots["plot_id"])
    with pytest.raises(DataError, match="no such zone"):
        load_zone(store, "nowhere'; drop table plots; --")


def test_a_one_zone_web_map_from_the_command_line_shows_that_zones_figures_as_the_whole_project(tmp_path):
    """``sezmap export --zone Z x.html`` reads zone Z alone: Z's key figures are those of a web map
    of the whole project; other zones (whose plots were not read) get no figures, not wrong ones."""
    from test_export_web import parse

    from sezmap.cli import main
    from sezmap.export import web

    store = open_store(paths.default_project())
    whole = store.load()
    web.export_html(whole, AnalysisEngine(whole, AS_OF), tmp_path / "whole.html", zone="saryarka")
    out = tmp_path / "zone.html"
    assert main(["export", "--zone", "saryarka", "--as-of", AS_OF.isoformat(), "--out", str(out)]) == 0
    zones = {z["name"]: z for z in parse(out)[1]["zones"]}
    expected = {z["name"]: z for z in parse(tmp_path / "whole.html")[1]["zones"]}
    assert zones["Saryarka SEZ"]["kpis"] == expected["Saryarka SEZ"]["kpis"] != []
    assert all(z["kpis"] == [] for name, z in zones.items() if name != "Saryarka SEZ")
    assert parse(out)[1]["plots"] == parse(tmp_path / "whole.html")[1]["plots"]


@pytest.mark.parametrize("two_scans", [False, True])
def test_a_one_zone_page_from_the_command_line_reads_only_that_zone_and_its_neighbours(tmp_path, monkeypatch,
                                                                                        two_scans):
    """``sezmap export --zone Z x.pdf`` never loads the project whole: the plots it reads are Z's
    and the other zones' plots whose boxes reach into Z's surroundings (found through the
    R-tree and read by id), each once per scan, whether read in one scan or in two."""
    import pyogrio

    from sezmap.cli import main
    from sezmap.store import layer_reads
    from sezmap.store.gpkg import GpkgStore

    zone = "khorgos_eastern_gate"
    whole = open_store(paths.default_project()).load()
    minx, miny, maxx, maxy = surroundings(whole.zones.set_index("zone_id").loc[[zone]].total_bounds)
    b = whole.plots.geometry.bounds
    near = (b.minx <= maxx) & (b.maxx >= minx) & (b.miny <= maxy) & (b.maxy >= miny) & (whole.plots.zone_id != zone)
    own = int((whole.plots.zone_id == zone).sum())
    assert 0 < near.sum() < len(whole.plots) - own  # some neighbours, and plots that are not read

    rows = []

    def counting(real):
        def counted(*args, **kwargs):
            out = real(*args, **kwargs)
            if kwargs.get("layer") == "plots":
                rows.append(len(out) if not isinstance(out, tuple) else out[1].num_rows)
            return out
        return counted
    for name in ("read_dataframe", "read_arrow"):
        monkeypatch.setattr(pyogrio, name, counting(getattr(pyogrio, name)))

    def whole_load(self, *args, **kwargs):
        raise AssertionError("the whole project was loaded")
    monkeypatch.setattr(GpkgStore, "load", whole_load)
    if two_scans:
        monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 100)
    out = tmp_path / "zone.pdf"
    assert main(["export", "--zone", zone, "--paper", "A4", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sum(rows) == (2 if two_scans else 1) * (own + int(near.sum())), rows


def _with_a_bad_value(tmp_path, zone: str) -> tuple[Path, str]:
    """(a copy of the bundled project with a negative ``jobs_planned`` on one plot of ``zone``,
    that plot's id)."""
    import shutil

    from sezmap.store import geopackage_sql as sql

    path = tmp_path / "p.gpkg"
    shutil.copy(paths.default_project(), path)
    conn = sql.connect(path)
    try:
        plot = conn.execute("SELECT plot_id FROM plots WHERE zone_id = ? LIMIT 1", (zone,)).fetchone()[0]
        conn.execute("UPDATE plots SET jobs_planned = -7 WHERE plot_id = ?", (plot,))
    finally:
        conn.close()
    return path, plot


def _bad(frame, rows, field, value):
    frame = frame.copy()
    frame[field] = frame[field].astype(object)
    for r in rows:
        frame.iloc[r, frame.columns.get_loc(field)] = value
    return frame


@pytest.mark.parametrize("case", ["clean", "bad neighbour", "bad own", "own and neighbour", "types widened",
                                  "not unique"])
def test_the_zones_own_checks_made_while_it_was_read_give_the_checks_of_all_the_plots_read(case):
    """``plot_checks`` (the zone's own rows checked while its geometries were decoded, then the
    neighbours' rows) gives exactly ``attribute_problems`` of all the rows read together: the
    same problems, labels (row numbers) and order, whether the zone's rows, the neighbours' or
    both hold bad values, or the neighbours' values change a column's type."""
    import pandas as pd

    from sezmap.model import schema
    from sezmap.model.validation import attribute_problems
    from sezmap.store.zone_reads import OwnChecks, plot_checks

    plots = open_store(paths.default_project()).load().plots
    own, rest = plots.iloc[:150].reset_index(drop=True), plots.iloc[150:].reset_index(drop=True)
    unique = case != "not unique"
    if case in ("bad neighbour", "own and neighbour"):
        rest = _bad(rest, [3, 40], "status", "teleporter")
        rest = _bad(rest, [7], "jobs_planned", -5)
    if case in ("bad own", "own and neighbour"):
        own = _bad(own, [2], "investment_committed_kzt", "lots")
    if case == "types widened":
        own["jobs_planned"] = own["jobs_planned"].fillna(3).astype("int64")
        rest = _bad(rest, [5], "jobs_planned", 2.5)
    if case == "not unique":
        rest.loc[0, "plot_id"] = own["plot_id"].iloc[0]
    joined = pd.concat([own, rest], ignore_index=True)
    expected = attribute_problems(schema.PLOTS, joined, unique_ids=unique)
    checked = OwnChecks(len(own), attribute_problems(schema.PLOTS, own.drop(columns="geometry"), unique_ids=unique))
    got = plot_checks(joined, own, checked, unique)
    assert [str(p) for p in got] == [str(p) for p in expected]
    assert bool(expected) == (case != "clean")
    assert plot_checks(joined, own, None, unique) == expected  # (read in one scan: all checked at once)


def test_a_bad_value_among_a_zones_neighbours_stops_the_zones_read_read_in_two_scans(tmp_path, monkeypatch):
    """A neighbour's bad value is found when the zone's own rows were checked while read (two
    scans), with the message a check of every row read gives."""
    from sezmap.store import layer_reads, zone_reads

    zone = "khorgos_eastern_gate"
    path, neighbour = _with_a_bad_value(tmp_path, "icbc_khorgos")

    seen = []

    def recorded(plots, own, checked, unique):
        seen.append(checked)
        return real(plots, own, checked, unique)
    real = zone_reads.plot_checks
    monkeypatch.setattr(zone_reads, "plot_checks", recorded)
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 10)
    with pytest.raises(DataError) as two_scans:
        load_zone(open_store(path), zone)
    assert seen[-1].problems == [] and seen[-1].rows > 0  # the zone's own rows, checked while read
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 10**9)
    with pytest.raises(DataError) as one_scan:
        load_zone(open_store(path), zone)
    assert neighbour in str(two_scans.value) and "jobs_planned" in str(two_scans.value)
    assert str(two_scans.value) == str(one_scan.value)


@pytest.mark.parametrize("two_scans", [False, True])
def test_the_zones_own_plots_are_handed_on_before_the_rest_is_read_with_the_zones_figures(
        tmp_path, monkeypatch, two_scans):
    """``own_read`` gets the zone's own plots, all of them and no other, before the plots read
    are checked whole; an engine begun on them (``EngineJob``, as ``sezmap export --zone``
    begins it) gives the zone the figures of the whole project's engine."""
    from make_synthetic import make_project

    from sezmap.analysis.engine_job import EngineJob
    from sezmap.store import layer_reads, zone_reads

    path = make_project(30_000, tmp_path / "synthetic.gpkg")  # overlaps, gaps, plots sticking out
    if two_scans:
        monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 1000)
    events = []
    real_check = zone_reads.validate_project

    def check(*args):
        events.append("checked whole")
        return real_check(*args)
    monkeypatch.setattr(zone_reads, "validate_project", check)
    store = open_store(path)
    whole = AnalysisEngine(store.load(), AS_OF)
    jobs: list = []
    for zone in ("almaty_g4_city", "icbc_khorgos"):
        events.clear()
        jobs.clear()

        def begin(own):
            events.append("own read")
            jobs.append(EngineJob(own, AS_OF))
        project = load_zone(store, zone, own_read=begin)
        assert events == ["own read", "checked whole"]
        own = jobs[0].project
        assert set(own.plots["zone_id"]) == {zone} and own.whole_zones == (zone,)
        assert sorted(own.plots["plot_id"]) == sorted(project.plots.loc[project.plots["zone_id"] == zone, "plot_id"])
        assert len(project.plots) > len(own.plots)  # (others around it were read after)
        assert (own.plot_rings is not None) == two_scans
        assert jobs[0].result().metrics[zone].to_dict() == whole.metrics[zone].to_dict(), zone
        assert jobs[0].result().as_of == AS_OF


def test_a_zones_own_plots_with_a_bad_value_are_not_handed_on(tmp_path, monkeypatch):
    """Read in two scans, own plots whose attribute checks (made while their geometries are
    built) found a problem go to no ``own_read``: nothing is begun on plots known to be bad; the
    read stops with the problem, as without it."""
    from sezmap.store import layer_reads

    path, own = _with_a_bad_value(tmp_path, "khorgos_eastern_gate")
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", 10)
    handed: list = []
    with pytest.raises(DataError, match=own):
        load_zone(open_store(path), "khorgos_eastern_gate", own_read=handed.append)
    assert handed == []
    load_zone(open_store(paths.default_project()), "khorgos_eastern_gate", own_read=handed.append)
    assert len(handed) == 1  # (the same read of a good file hands them on)


@pytest.mark.parametrize("split", [10, 10**9])
def test_a_one_zone_page_of_own_plots_with_a_bad_value_says_so_and_writes_nothing(tmp_path, monkeypatch, capsys, split):
    """A bad value among the zone's own plots stops the command with the check's message (file,
    plot, field) and no page, whether read in two scans or in one (where the plots are handed on
    before they are checked, and their analysis given up)."""
    from sezmap.cli import main
    from sezmap.store import layer_reads

    path, own = _with_a_bad_value(tmp_path, "khorgos_eastern_gate")
    monkeypatch.setattr(layer_reads, "SPLIT_READ_MIN", split)
    out = tmp_path / "zone.pdf"
    capsys.readouterr()
    code = main(["export", "--project", str(path), "--zone", "khorgos_eastern_gate", "--paper", "A4", "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists() and not list(tmp_path.glob("*.pdf*"))
    assert own in err and "jobs_planned" in err and "p.gpkg" in err, err


def test_a_one_zone_page_from_the_command_line_has_the_figures_of_the_whole_projects_page(tmp_path, monkeypatch):
    """``sezmap export --zone Z x.svg`` analyses Z's own plots as soon as they are read (an
    ``EngineJob`` of those alone, nothing else analysed) and draws the page of the whole project
    analysed whole: the same texts (key figures, legend, date), in every language."""
    import re

    from sezmap.analysis import engine_job
    from sezmap.cli import main
    from sezmap.export import export_map

    zone = "khorgos_eastern_gate"
    begun = []

    class Counted(engine_job.EngineJob):
        def __init__(self, project, as_of=None):
            begun.append(sorted(set(project.plots["zone_id"])))
            super().__init__(project, as_of)
    monkeypatch.setattr(engine_job, "EngineJob", Counted)
    whole = open_store(paths.default_project()).load()
    engine = AnalysisEngine(whole, AS_OF)

    def texts(path):
        return sorted(re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8")))
    for language in ("en", "ru", "kk"):
        out, want = tmp_path / f"zone-{language}.svg", tmp_path / f"whole-{language}.svg"
        assert main(["export", "--zone", zone, "--as-of", AS_OF.isoformat(), "--language", language,
                     "--paper", "A4", "--out", str(out)]) == 0
        export_map(whole, want, zone=zone, paper="A4", language=language, as_of=AS_OF, engine=engine)
        assert texts(out) == texts(want) and len(texts(out)) > 20, language
    assert begun == [[zone]] * 3
