"""Web map and slide deck benchmark on the synthetic 1M-plot project.

    .venv/bin/python tests/benchmarks/bench_export_web.py [--project /tmp/sezmap-bench-analysis/synthetic_1000000.gpkg]

One process loads the project and analyses it (reported, not part of the goals), then times:

* the 14-zone slide deck (``export_pptx``: the map scene of the whole project, a map picture
  per zone, KPI tables, the comparison chart, the sources): goal 20 s;
* the web map of the zone whose plot count is closest to 70,000 (``export_html``): its size,
  goal under 30 MB; the same in investor mode (vacant plots only);
* Chromium (when installed) opening that page from disk with the network cut off: the page's
  own marks (``data-sz-load-ms``: decoding the plot table; ``data-sz-ready-ms``: every layer
  made and the first view drawn, from the start of navigation) and the browser's wall time to a
  screenshot, with the console messages it logged (there should be none).

Exit code 1 when a goal is missed. The project is made once by tests/benchmarks/make_synthetic.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sezmap.analysis.engine import AnalysisEngine  # noqa: E402
from sezmap.export.deck import export_pptx  # noqa: E402
from sezmap.export.web import export_html  # noqa: E402
from sezmap.store.gpkg import GpkgStore  # noqa: E402

DEFAULT = Path("/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg")
DECK_GOAL_S = 20.0
HTML_GOAL_MB = 30.0
TARGET_PLOTS = 70_000


def chromium_open(page: Path, work: Path) -> dict | None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        return None
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", "--hide-scrollbars", f"--user-data-dir={work / 'profile'}", "--enable-logging=stderr",
            "--v=0", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
            "--window-size=1280,800"]
    t = time.perf_counter()
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=300)
    dump_s = time.perf_counter() - t
    t = time.perf_counter()
    shot = subprocess.run([*base, f"--screenshot={work / 'shot.png'}", "--virtual-time-budget=10000", page.as_uri()],
                          capture_output=True, text=True, timeout=300)
    shot_s = time.perf_counter() - t
    marks = {k: int(v) for k, v in re.findall(r'data-sz-(load|ready)-ms="(\d+)"', dom.stdout)}
    console = [line for line in (dom.stderr + shot.stderr).splitlines() if ":CONSOLE" in line]
    return {"load_ms": marks.get("load"), "ready_ms": marks.get("ready"), "dump_s": dump_s, "shot_s": shot_s,
            "console": console, "screenshot": work / "shot.png"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, default=None, help="folder for the outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    if not args.project.exists():
        print(f"{args.project}: missing; make it with tests/benchmarks/make_synthetic.py 1000000 {args.project}")
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="sezmap-bench-export-"))
    out.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    project = GpkgStore(args.project).load()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    engine = AnalysisEngine(project, as_of="2026-01-01")
    analysis_s = time.perf_counter() - t
    print(f"project: {len(project.plots):,} plots in {len(project.zones)} zones; load {load_s:.1f} s, "
          f"analysis {analysis_s:.1f} s (not part of the goals)")

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # the map pictures need one
    app.setApplicationName("sezmap-bench")
    slides = []
    t = time.perf_counter()
    deck = export_pptx(project, engine, out / "deck.pptx", progress=lambda d, n: slides.append(time.perf_counter()))
    deck_s = time.perf_counter() - t
    per_slide = [b - a for a, b in zip(slides, slides[1:])]
    print(f"deck: {len(project.zones)} zones, {len(slides) - 1} slides in {deck_s:.1f} s "
          f"(goal {DECK_GOAL_S:.0f} s); {deck.stat().st_size / 1e6:.1f} MB")
    print("  seconds per slide (the first includes building the map scene of every plot): "
          + ", ".join(f"{s:.2f}" for s in per_slide))

    counts = project.plots["zone_id"].value_counts()
    zone = min(counts.index, key=lambda z: abs(int(counts[z]) - TARGET_PLOTS))
    results = {}
    for vacant in (False, True):
        name = "investor" if vacant else "full"
        t = time.perf_counter()
        page = export_html(project, engine, out / f"{zone}{'_vacant' if vacant else ''}.html", zone=zone,
                           vacant=vacant)
        seconds = time.perf_counter() - t
        mb = page.stat().st_size / 1e6
        results[name] = (page, seconds, mb)
        shown = int(counts[zone]) if not vacant else int(((project.plots.zone_id == zone)
                                                           & (project.plots.status == "vacant")).sum())
        print(f"html ({name}): {zone}, {shown:,} plots: {mb:.1f} MB (goal < {HTML_GOAL_MB:.0f} MB), "
              f"written in {seconds:.1f} s")

    ok = deck_s <= DECK_GOAL_S and results["full"][2] < HTML_GOAL_MB
    browser = chromium_open(results["full"][0], out)
    if browser is None:
        print("chromium: not installed, page not opened")
    else:
        print(f"chromium: plot table decoded in {browser['load_ms']} ms, page drawn at {browser['ready_ms']} ms "
              f"from navigation; wall time to DOM {browser['dump_s']:.1f} s, to screenshot {browser['shot_s']:.1f} s "
              f"(both include starting the browser); console messages: {len(browser['console'])}")
        for line in browser["console"][:5]:
            print("   ", line)
        ok = ok and not browser["console"] and browser["ready_ms"] is not None
    print(f"outputs in {out}")
    print("goals met" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
