"""Exports as whole commands on the synthetic 1M-plot project (issue 23's speed goals).

    .venv/bin/python tests/benchmarks/bench_export_commands.py [--project P] [--repeat N] [--only NAME ...]

Each command is ``python -m sezmap export ...`` in a fresh process, timed from its start to its
exit: wall time, CPU time (user + system, all its threads) and peak memory, with the load
average of the machine when it started. The commands and their goals (wall time):

* ``pdf-khorgos``: one zone's A4 landscape PDF, Khorgos - Eastern Gate (71,773 plots): 3 s;
* ``pdf-largest``: the same for the largest zone, Almaty G4 City (468,910 plots): 3 s;
* ``web-largest``: the investor web map (``--vacant``) of the largest zone: 10 s;
* ``deck``: the 14-zone slide deck: 15 s.

On a shared machine the wall time grows with the load; the CPU time is the figure to compare
between runs. Python's byte code is cached in a temporary folder (PYTHONPYCACHEPREFIX), as an
installed package has it: otherwise every run would compile sezmap's modules again (~0.5 s).
Exit code 1 when a goal is missed (the best wall time of the runs). The project is made once by
tests/benchmarks/make_synthetic.py; a file of an older schema is upgraded by its first write.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = Path("/tmp/sezmap-bench-analysis/synthetic_1000000.gpkg")
COMMANDS = {  # name: (arguments after the project, output suffix, goal in seconds of wall time)
    "pdf-khorgos": (["--zone", "khorgos_eastern_gate", "--paper", "A4", "--landscape"], ".pdf", 3.0),
    "pdf-largest": (["--zone", "almaty_g4_city", "--paper", "A4", "--landscape"], ".pdf", 3.0),
    "web-largest": (["--zone", "almaty_g4_city", "--vacant"], ".html", 10.0),
    "deck": ([], ".pptx", 15.0),
}


def run(project: Path, args: list[str], out: Path, env: dict) -> dict:
    """One command in a fresh process: wall s, CPU s (user + system), peak MB, load before."""
    load = os.getloadavg()[0]
    cmd = [sys.executable, "-m", "sezmap", "export", "--project", str(project), *args, "--out", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024, "load": load}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--only", nargs="*", choices=list(COMMANDS), help="these commands only")
    a = ap.parse_args()
    if not a.project.exists():
        raise SystemExit(f"{a.project}: make it first (tests/benchmarks/make_synthetic.py 1000000 {a.project})")
    missed = []
    with tempfile.TemporaryDirectory(prefix="sezmap-bench-commands-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
               "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", "import sezmap.cli, sezmap.export.static, sezmap.export.web, "
                        "sezmap.export.deck, sezmap.analysis.engine, sezmap.store.zone_reads"], env=env, check=True)
        print(f"{'command':12s} {'wall s':>7s} {'CPU s':>7s} {'peak MB':>8s} {'load':>5s}  goal")
        for name in a.only or list(COMMANDS):
            args, suffix, goal = COMMANDS[name]
            runs = [run(a.project, args, Path(tmp) / f"{name}{suffix}", env) for _ in range(a.repeat)]
            for r in runs:
                print(f"{name:12s} {r['wall']:7.2f} {r['cpu']:7.2f} {r['peak_mb']:8.0f} {r['load']:5.2f}  {goal:g} s")
            if min(r["wall"] for r in runs) > goal:
                missed.append(name)
    if missed:
        print("goals missed: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
