"""Issue 26's analyses on a PostGIS project: ``imagery check``, ``report --trend``, ``sites``
and ``export --trend`` give on a database what they give on the GeoPackage it was published
from (tests/pg_fixtures.py: a throw-away cluster); an edit made on the server by another client
shows in the trend, in its period."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest

from sezmap.analysis import trend
from sezmap.analysis.engine import AnalysisEngine
from sezmap.cli import main
from sezmap.store.gpkg import GpkgStore
from sezmap.store.postgis.store import PostgisStore
from sezmap.store.postgis.transfer import publish
from tests.imagery_rasters import expected_flags, ground_truth, score_raster
from tests.test_postgis_store import assert_same_report
from tests.trend_history import UNTIL, write_history


def _run(capsys, *args) -> str:
    capsys.readouterr()
    assert main([*map(str, args)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def scripted(tmp_path_factory):
    """The project after tests/trend_history.py's scripted history (a year and a half of audited edits)."""
    return write_history(tmp_path_factory.mktemp("pg26") / "p.gpkg")


@pytest.fixture
def published(scripted, pg_project):
    publish(scripted, pg_project)
    return pg_project


def test_imagery_check_on_a_database_equals_the_geopackages(scripted, published, tmp_path, capsys):
    plots = GpkgStore(scripted).load().plots
    mislabelled = {"p0", "p5", "p12"}
    truth = ground_truth(plots, mislabelled)
    for crs, pixel in (("EPSG:32642", 20.0), ("EPSG:4326", 0.0002)):
        raster = score_raster(tmp_path / f"r{pixel}.tif", plots, truth, crs=crs, pixel=pixel)
        for fmt in ("json", "csv", "md"):
            on_file = _run(capsys, "imagery", "check", "--raster", raster, "--format", fmt, "--project", scripted)
            on_server = _run(capsys, "imagery", "check", "--raster", raster, "--format", fmt, "--project", published)
            assert on_server == on_file, (crs, fmt)
        rows = json.loads(_run(capsys, "imagery", "check", "--raster", raster, "--project", published))
        flagged = {r["plot_id"]: r["flag"] for r in rows if r["flag"] != "consistent"}
        assert flagged == expected_flags(plots, truth) and len(flagged) >= 2, crs
    zone = _run(capsys, "imagery", "check", "--raster", raster, "--zone", "z2", "--project", published)
    assert {r["zone_id"] for r in json.loads(zone)} == {"z2"}


def _trend(capsys, location, *extra) -> dict:
    report = json.loads(_run(capsys, "report", "--trend", "quarterly", "--project", location, *extra))
    return {z["zone_id"]: z for z in report["zones"]}


def test_report_trend_on_a_database_equals_the_geopackages_and_follows_a_server_edit(
        scripted, published, capsys):
    as_of = ["--as-of", UNTIL.isoformat()]
    on_file = _trend(capsys, scripted, *as_of)
    on_server = _trend(capsys, published, *as_of)
    assert_same_report(on_server, on_file)
    assert [p["period_end"] for p in on_server["z1"]["trend"]] == [
        "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"]
    assert len({p["allocated_ratio"] for p in on_server["z1"]["trend"]}) >= 3  # the published history moves it
    for fmt in ("csv", "md"):
        args = ("report", "--trend", "monthly", "--since", "2025-01-01", "--format", fmt, *as_of)
        assert _run(capsys, *args, "--project", published) == _run(capsys, *args, "--project", scripted)

    # another client changes a plot on the server now (its clock): the trend shows it in the
    # period holding today, not before
    with psycopg.connect(published) as conn:
        when = conn.execute("SELECT (now() AT TIME ZONE 'UTC')::date").fetchone()[0]
        conn.execute("SET LOCAL sezmap.reason = 'lease signed'")
        conn.execute("UPDATE sezmap.plots SET status = 'allocated', tenant = 'TOO Server', allocated_on = %s, "
                     "contract_deadline = '2030-01-01', investment_committed_kzt = 5e9 WHERE plot_id = 'p1'",
                     (when,))
    end = trend.period_ends("quarterly", when, dt.date(when.year + 1, 12, 31))[0]  # the quarter holding today
    before = trend.period_ends("quarterly", UNTIL, end)[-2]  # the quarter before
    until = ["--as-of", end.isoformat()]
    file_points = {p["period_end"]: p for p in _trend(capsys, scripted, *until)["z1"]["trend"]}
    server_points = {p["period_end"]: p for p in _trend(capsys, published, *until)["z1"]["trend"]}
    assert set(server_points) == set(file_points) and end.isoformat() in server_points
    assert_same_report(server_points[before.isoformat()], file_points[before.isoformat()])
    now = AnalysisEngine(PostgisStore(published).load(), end, logistics=False).metrics["z1"]
    point = server_points[end.isoformat()]
    assert point["allocated_ratio"] == pytest.approx(now.allocated_ratio, abs=1e-6)
    assert point["allocated_ratio"] > file_points[end.isoformat()]["allocated_ratio"]
    assert point["unused_ratio"] == pytest.approx(now.unused_ratio, abs=1e-6)


def test_sites_on_a_database_equal_the_geopackages_and_export(scripted, published, tmp_path, capsys):
    query = ("sites", "--min-ha", "1", "--merge-adjacent", "--as-of", UNTIL.isoformat())
    for fmt in ("json", "csv", "md"):
        on_file = _run(capsys, *query, "--format", fmt, "--project", scripted)
        assert _run(capsys, *query, "--format", fmt, "--project", published) == on_file, fmt
    sites = json.loads(_run(capsys, *query, "--project", published))
    plots = GpkgStore(scripted).load().plots
    vacant = set(plots.loc[plots["status"] == "vacant", "plot_id"])
    assert len(vacant) >= 2 and {p for s in sites for p in s["plot_ids"]} == vacant
    html, pdf = tmp_path / "sites.html", tmp_path / "sites.pdf"
    _run(capsys, *query, "--export-html", html, "--export-pdf", pdf, "--project", published)
    page = html.read_text(encoding="utf-8")
    assert all(pid in page for pid in sites[0]["plot_ids"])
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def _pdf_text(path) -> str:
    import subprocess

    from tests import needs

    needs.command("pdftotext", "poppler-utils")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("zone", [["--zone", "z1"], []])
def test_export_with_the_trend_reads_the_databases_audit_log(scripted, published, tmp_path, capsys, zone):
    """The page's trend chart (and its figures) from the database's published audit log, as from the file."""
    args = ["export", "--trend", "quarterly", "--as-of", UNTIL.isoformat(), "--paper", "A4", *zone]
    texts = {}
    for name, location in (("file", scripted), ("server", published)):
        out = tmp_path / f"{name}.pdf"
        _run(capsys, *args, "--out", out, "--project", location)
        texts[name] = _pdf_text(out)
    assert texts["server"] == texts["file"]
    assert "Q1 2025" in texts["server"] and "Q2 2026" in texts["server"]


def test_a_zone_read_from_a_database_is_the_zone_read_from_the_file(scripted, published):
    from sezmap.store.postgis.store import PostgisStore

    for around in (True, False):
        handed: list = []  # the zone's own plots, handed on before the rest is read (an export's engine job)
        on_file = GpkgStore(scripted).load_zone("z1", around)
        on_server = PostgisStore(published).load_zone("z1", around, own_read=handed.append)
        assert on_server.whole_zones == on_file.whole_zones == ("z1",)
        assert sorted(on_server.plots["plot_id"]) == sorted(on_file.plots["plot_id"])
        assert len(handed) == 1 and handed[0].whole_zones == ("z1",)
        assert sorted(handed[0].plots["plot_id"]) == sorted(on_file.plots.loc[on_file.plots["zone_id"] == "z1", "plot_id"])
        metrics = [AnalysisEngine(p, UNTIL, logistics=False).metrics["z1"] for p in (on_file, on_server)]
        assert metrics[1].allocated_ratio == pytest.approx(metrics[0].allocated_ratio, abs=1e-9)
        assert metrics[1].idle_plots == metrics[0].idle_plots
    with pytest.raises(Exception, match="no such zone"):
        PostgisStore(published).load_zone("nowhere'; drop table sezmap.plots; --")


def test_a_trend_replayed_over_a_project_taken_at_a_mark_leaves_out_what_was_committed_after_it(
        scripted, published, monkeypatch):
    """A window's export on a database replays the log over its snapshot (the project and the
    log's mark, the server's transaction snapshot, ``snapshot(history=True)``): what is
    committed after the mark is not in the trend, a transaction in flight at the mark (its audit
    ids below those of one committed meanwhile) included; read afresh, it is."""
    from sezmap.session.project_session import audit_mark_now
    from sezmap.session.zone_trends import report_trends

    store = PostgisStore(published)
    with psycopg.connect(published) as conn:
        today = conn.execute("SELECT (now() AT TIME ZONE 'UTC')::date").fetchone()[0]
    end = trend.period_ends("quarterly", today, dt.date(today.year + 1, 12, 31))[0]  # the quarter holding today
    rows_then = {e.id for e in store.audit()}
    want = report_trends(store, "quarterly", end)
    in_flight = psycopg.connect(published)  # a client's transaction, begun before the mark
    try:
        in_flight.execute("SET LOCAL sezmap.reason = 'road'")
        in_flight.execute("UPDATE sezmap.plots SET status = 'infrastructure' WHERE plot_id = 'p14'")
        project, mark = store.load(), audit_mark_now(store)
        with psycopg.connect(published) as conn:  # another, committed after the mark
            conn.execute("SET LOCAL sezmap.reason = 'lease signed'")
            conn.execute("UPDATE sezmap.plots SET status = 'allocated', tenant = 'TOO Server', allocated_on = %s, "
                         "contract_deadline = '2030-01-01', investment_committed_kzt = 5e9 WHERE plot_id = 'p1'",
                         (today,))
        in_flight.commit()
    finally:
        in_flight.close()
    assert report_trends(store, "quarterly", end) != want  # (both change the quarter's figures)
    replayed: list = []
    real = trend.zone_trends
    monkeypatch.setattr(trend, "zone_trends", lambda engine, entries, ends: (
        replayed.append({e.id for e in entries}), real(engine, entries, ends))[1])
    found = report_trends(store, "quarterly", end, engine=AnalysisEngine(project, end, logistics=False), mark=mark)
    assert found == want and replayed == [rows_then]
