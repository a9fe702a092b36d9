"""A zone's key figures read the same on the dashboard, the printed page, the web map and the
slides, and they are the figures of ``sezmap report`` (one builder: sezmap.export.kpis)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pptx import Presentation

from sezmap.export import deck, web
from sezmap.export.kpis import key_figures
from tests import shipped

ZONE = "khorgos_eastern_gate"
AS_OF = "2026-01-01"
NBSP = "\u00a0"
ROOT = Path(__file__).resolve().parents[1]


project, engine = shipped.project, shipped.engine  # the shipped project, once a module


def run_cli(*args) -> str:
    done = subprocess.run([sys.executable, "-m", "sezmap", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def report_zone() -> dict:
    report = json.loads(run_cli("report", "--as-of", AS_OF, "--format", "json"))
    return next(z for z in report["zones"] if z["zone_id"] == ZONE)


def expected_rows(z: dict, project, brief: bool = False) -> list[tuple[str, str]]:
    """What every place must show, written from the report's JSON with its decimals (one for
    hectares, percentages and kilometres) and the names of the targets from the project
    (``brief``: without their parenthesised part, as a slide names them)."""
    hub_names = dict(zip(project.hubs["hub_id"], project.hubs["name_en"], strict=True))
    hub_names.update(zip(project.corridors["corridor_id"], project.corridors["name_en"], strict=True))
    if brief:
        hub_names = {k: re.sub(r"\s*\([^()]*\)$", "", v) for k, v in hub_names.items()}
    rows = [("Area", f"{z['area_ha']:,.1f} ha")]
    if z["official_area_ha"] is not None:
        rows.append(("Official area", f"{z['official_area_ha']:,.1f} ha"))
    rows += [
        ("Allocated", f"{100 * z['allocated_ratio']:.1f}{NBSP}%"),
        ("Infrastructure", f"{100 * z['infrastructure_ratio']:.1f}{NBSP}%"),
        ("Unused", f"{100 * z['unused_ratio']:.1f}{NBSP}%"),
        ("Plots", f"{z['plots']:,}"),
        ("Idle plots", f"{z['idle_plots']:,} plot{'' if z['idle_plots'] == 1 else 's'}, {z['idle_area_ha']:,.1f} ha"),
    ]
    for target, label in (("corridor", "Nearest corridor"), ("border_crossing", "Nearest border crossing"),
                          ("seaport", "Nearest seaport"), ("dry_port", "Nearest dry port")):
        km, ident = z[f"nearest_{target}_km"], z[f"nearest_{target}_id"]
        rows.append((label, "—" if km is None else f"{km:,.1f} km in a straight line — {hub_names[ident]}"))
    return rows


def flat(text: str) -> str:
    """The text without spaces (a wrapped line may break after a dash); NFKC undoes the
    ligatures (ﬁ, ﬃ) pdftotext gives."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_the_builder_writes_the_reports_figures(project, engine, report_zone):
    assert report_zone["official_area_ha"] is not None  # so the official area must be shown
    assert key_figures(engine.metrics[ZONE], "en", _names(project)).rows() == expected_rows(report_zone, project)


def _names(project):
    from sezmap.export.kpis import feature_names

    return feature_names(project, "en")


@pytest.mark.slow
def test_dashboard_page_web_map_and_slides_show_the_same_figures(project, engine, report_zone, qtbot, tmp_path):
    from sezmap.ui.dashboard import ZoneDashboard

    expected = expected_rows(report_zone, project)

    # the dashboard, as the window shows it
    dash = ZoneDashboard()
    qtbot.addWidget(dash)
    dash.set_project(project)
    dash.set_engine(engine)
    dash.set_zone(ZONE)
    shown = [(name.text().removesuffix(":"), value.text()) for name, value in dash.figure_labels.values()
             if not value.isHidden()]
    assert shown == expected

    # the web map's data (its popups and its zone panel are drawn from it)
    html = tmp_path / "zone.html"
    web.export_html(project, engine, html, zone=ZONE)
    text = html.read_text(encoding="utf-8")
    start = text.index(f'id="{web.DATA_ID}"')
    data = json.loads(text[text.index(">", start) + 1:text.index("</script>", start)])
    ids = [str(z) for z in project.zones["zone_id"]]
    assert [tuple(row) for row in data["zones"][ids.index(ZONE)]["kpis"]] == expected

    # the slide, read back by python-pptx
    pptx = tmp_path / "zone.pptx"
    deck.export_pptx(project, engine, pptx, zones=[ZONE])
    slide = list(Presentation(str(pptx)).slides)[1]
    table = next(s for s in slide.shapes if s.has_table).table
    assert [(row.cells[0].text, row.cells[1].text) for row in table.rows][1:] == \
        expected_rows(report_zone, project, brief=True)  # the same figures; names without their brackets

    # the printed page, its text read by pdftotext
    pdf = tmp_path / "zone.pdf"
    run_cli("export", "--zone", ZONE, "--paper", "A4", "--dpi", "150", "--as-of", AS_OF, "--out", str(pdf))
    page = flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    for label, value in expected:
        assert flat(label) in page, label
        assert flat(value) in page, (label, value)  # the same decimals and dash ("—", not "·")
