"""Issue 26's analyses in the app on a PostGIS project (pytest-qt, offscreen; a throw-away cluster,
tests/pg_fixtures.py): the imagery check dialog's run, the site search dock's search and the
dashboard's trend chart give on a database what the command line gives on the GeoPackage it was
published from. The trend is computed on the task thread over the window's project, with the audit
log read there from the database's location, also for a login whose password is kept in memory
only (no .pgpass)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QFileDialog

from sezmap.cli import main
from sezmap.session.zone_trends import report_trends
from sezmap.store.gpkg import GpkgStore
from sezmap.store.postgis.connection import remember_password
from sezmap.store.postgis.logins import grant_login
from sezmap.store.postgis.transfer import publish
from tests.imagery_rasters import expected_flags, ground_truth, score_raster
from tests.trend_history import write_history


@pytest.fixture(scope="module")
def scripted(tmp_path_factory):
    """The project after tests/trend_history.py's scripted history."""
    return write_history(tmp_path_factory.mktemp("pg26app") / "p.gpkg")


@pytest.fixture
def published(scripted, pg_project):
    publish(scripted, pg_project)
    return pg_project


def _cli_json(capsys, *args):
    capsys.readouterr()
    assert main([*map(str, args)]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def _wait_for_trend(w, qtbot):
    trend = w.dashboard.trend
    qtbot.waitUntil(lambda: (trend.trends is not None or trend.failure is not None) and not trend.computing,
                    timeout=60_000)
    assert trend.failure is None, trend.failure
    return trend.trends


def test_the_imagery_dialog_checks_a_databases_plots(scripted, published, open_window, tmp_path, qtbot, capsys):
    plots = GpkgStore(scripted).load().plots
    truth = ground_truth(plots, {"p0", "p5", "p12"})
    raster = score_raster(tmp_path / "score.tif", plots, truth)
    w = open_window(published, size=(1300, 850))
    w.select_zone("z1")
    dialog = w.imagery.open_dialog()
    dialog.set_path(raster)
    assert dialog.zone.currentData() == "z1" and dialog.start()
    qtbot.waitUntil(lambda: w.imagery.review.result is not None, timeout=30_000)
    checked = {c.plot_id: (c.flag, round(c.mean, 4), round(c.built_fraction, 4)) for c in w.imagery.review.checks}
    on_file = _cli_json(capsys, "imagery", "check", "--raster", raster, "--zone", "z1", "--project", scripted)
    assert checked == {r["plot_id"]: (r["flag"], round(r["mean"], 4), round(r["built_fraction"], 4)) for r in on_file}
    model = w.imagery.panel.model  # the review list: the flagged ones
    listed = {model.checks[i].plot_id: model.checks[i].flag for i in range(model.rowCount())}
    assert listed == {p: f for p, f in expected_flags(plots, truth).items() if p in checked} and listed
    # a flagged plot opened in the editor with the check's reason, applied: the server keeps it
    panel = w.imagery.panel
    unbuilt = next(p for p, f in sorted(listed.items()) if f == "looks_unbuilt")
    row = next(i for i in range(panel.proxy.rowCount())
               if panel.model.checks[panel.proxy.mapToSource(panel.proxy.index(i, 0)).row()].plot_id == unbuilt)
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    panel.edit_button.click()
    form = w.docks.plot_form
    reason = form.reason.text()
    assert reason.startswith("Imagery check ") and "score.tif" in reason and form.withdraw()
    with psycopg.connect(published) as conn:
        assert conn.execute("SELECT status FROM sezmap.plots WHERE plot_id = %s", (unbuilt,)).fetchone() == ("withdrawn",)
        assert conn.execute("SELECT reason, actor FROM sezmap.audit_log WHERE plot_id = %s AND field = 'status' "
                            "ORDER BY id DESC LIMIT 1", (unbuilt,)).fetchone() == (reason, w.session.actor)
    assert unbuilt not in w.imagery.review.flagged()


def test_the_site_search_dock_finds_on_a_database_what_sites_finds_in_the_file(
        scripted, published, open_window, qtbot, capsys, tmp_path, monkeypatch):
    w = open_window(published, analyse=True)
    panel = w.docks.site_search.panel
    panel.min_ha.setValue(1.0)
    panel.merge.setChecked(True)
    panel.search_button.click()
    search = w.docks.site_search.search
    qtbot.waitUntil(lambda: search.results is not None, timeout=60_000)
    q = search.query
    limits = [(f"--{flag}", value) for flag, value in (
        ("max-ha", q.max_ha), ("max-km-rail", q.max_km_rail), ("max-km-border", q.max_km_border),
        ("border-country", q.border_country), ("max-km-port", q.max_km_port),
        ("max-km-dry-port", q.max_km_dry_port), ("limit", q.limit)) if value is not None]
    assert q.min_ha == 1.0 and q.merge_adjacent and q.focus is None
    want = _cli_json(capsys, "sites", "--min-ha", "1", "--merge-adjacent", "--as-of", search.as_of,
                     *(x for pair in limits for x in pair), "--project", scripted)
    assert len(want) >= 2 and panel.model.rowCount() == len(want)
    keys = ("plot_ids", "zone_id", "area_ha", "km_rail", "km_border", "km_port", "km_dry_port", "score")
    for i, site in enumerate(want):
        got = panel.model.values(i)
        assert {k: got[k] for k in keys} == {k: site[k] for k in keys}, i
    layer = w.scene.layer("site_results")
    assert {str(w.project.plots["plot_id"].iat[r]) for r in layer.rows} == {p for s in want for p in s["plot_ids"]}
    # the results' exports from the dock: the web map and the PDF (offered in the home folder, not
    # beside a "file" named after the database's URI)
    dock = w.docks.site_search
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **_k: offered.append(a[2]) or ("", ""))
    dock.export_dialog()
    assert offered == [str(Path.home() / "sites.html")]
    for path in (tmp_path / "sites.html", tmp_path / "sites.pdf"):
        dock.export(str(path))
        qtbot.waitUntil(lambda: dock.export_task is None, timeout=120_000)
    page = (tmp_path / "sites.html").read_text(encoding="utf-8")
    assert all(p in page for s in want for p in s["plot_ids"]) and str(search.as_of) in page
    assert (tmp_path / "sites.pdf").read_bytes().startswith(b"%PDF")


def test_the_dashboard_trend_reads_the_database_on_the_task_thread(scripted, published, open_window, qtbot):
    w = open_window(published, analyse=True)
    w.select_zone("z1")
    trends = _wait_for_trend(w, qtbot)
    want = report_trends(GpkgStore(scripted), None, w.engine.as_of)  # (the file read and analysed)
    assert trends.ends == want.ends and len(trends.ends) >= 6 and trends.zones == want.zones
    chart = w.dashboard.trend.zone_chart
    assert len(chart.periods) == len(want.ends) and {line.label for line in chart.lines} == {"Unused", "Allocated"}


def test_the_trend_reads_with_a_password_kept_in_memory_only(scripted, published, open_window, qtbot,
                                                             tmp_path, monkeypatch):
    from psycopg.conninfo import conninfo_to_dict

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    login = f"trend_{int(time.time() * 1000) % 10**9}"
    grant_login(published, login, "planner", [], "pw-" + login)
    monkeypatch.delenv("PGPASSWORD", raising=False)  # (the cluster's superuser's): libpq has none for the login
    params = conninfo_to_dict(published)
    location = f"postgresql://{login}@{params['host']}:{params['port']}/{params['dbname']}"
    remember_password(location, "pw-" + login)
    try:
        w = open_window(location, analyse=True)
        assert w.session.actor == login
        trends = _wait_for_trend(w, qtbot)
        want = report_trends(GpkgStore(scripted), None, w.engine.as_of)  # (the file read and analysed)
        assert trends.ends == want.ends and trends.zones == want.zones
        w.close()  # the window's tasks (the trend's among them) ended before the password is forgotten
    finally:
        remember_password(location, None)
    assert not (tmp_path / "pgpass").exists()
