"""PostGIS store benchmark, beside the GeoPackage it is published from, in one process.

    pg_virtualenv -t -o fsync=off .venv/bin/python tests/benchmarks/bench_postgis.py [--plots 1000000]

It needs a throw-away server named by ``PG*`` (``pg_virtualenv`` of Debian's postgresql-common
starts one on localhost and removes it afterwards; PGHOST must be set: the benchmark creates and
drops a database). The synthetic project of make_synthetic.py (cached in
``/tmp/sezmap-bench-analysis/``) is published into a new database, then:

* **publish**: ``sezmap db publish`` (transfer.publish): the GeoPackage loaded and validated, the
  four layers, meta and audit log copied in one transaction;
* **first map**: session.loading.read_outline, what the app reads before its first map of a large
  project: zones, corridors and hubs, the plots' columns without rows;
* **all plots**: session.loading.read_project, the whole project loaded and validated;
* **edit**: ``store.apply_edit`` of one attribute (tenant) of a random plot, committed with all the
  server's triggers (guard, version, rules, geometry, audit, notify), on the connection the store
  keeps; the GeoPackage's on a copy of the file (its triggers, audit seal, fsync). Median of
  ``--edits`` after one warm-up.

Each figure is printed beside the GeoPackage's and with its ratio to the goal (issue 22:
first map <= 3 s, all plots <= 10 s, edit <= 10 ms median, publish <= 60 s). It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

import psycopg  # noqa: E402

from sezmap.model.edits import PlotEdit  # noqa: E402
from sezmap.model.status_rules import missing_fields  # noqa: E402
from sezmap.session.loading import read_outline, read_project  # noqa: E402
from sezmap.store.gpkg import GpkgStore  # noqa: E402
from sezmap.store.postgis import migrate, transfer  # noqa: E402
from sezmap.store.postgis.store import PostgisStore  # noqa: E402
from synthetic_copy import project_file, working_copy  # noqa: E402

CACHE = Path("/tmp/sezmap-bench-analysis")
GOALS = {"publish": 60.0, "first map": 3.0, "all plots": 10.0, "edit": 0.010}


def server_uri(dbname: str) -> str:
    return (f"postgresql://{os.environ.get('PGUSER', 'postgres')}@{os.environ.get('PGHOST', 'localhost')}:"
            f"{os.environ.get('PGPORT', '5432')}/{dbname}")


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def edit_median(store, plot_ids: list[str], count: int) -> float:
    """The median seconds of ``count`` one-field edits (one warm-up first), of plots that have
    what their status needs (the status rules refuse a tenant edit of an incomplete one)."""
    rows = store.read_plots(random.Random(1).sample(plot_ids, 4 * (count + 1)))
    picked = [p for p, r in rows.items() if not missing_fields({**r, "tenant": "bench"})][:count + 1]
    versions = {p: int(rows[p]["version"]) for p in picked}
    times = []
    for i, pid in enumerate(picked):
        edit = PlotEdit(pid, {"tenant": f"bench {i}"}, "bench", "benchmark", expect_version=versions[pid])
        seconds, _ = timed(lambda e=edit: store.apply_edit(e))
        if i:
            times.append(seconds)
    return statistics.median(times)


def row(name: str, pg: float, gpkg: float | None, unit: str = "s") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    goal = GOALS[name]
    gp = f"{gpkg * scale:10.2f}" if gpkg is not None else f"{'-':>10}"
    return (f"{name:<10} {pg * scale:10.2f} {gp} {unit:>4}   goal {goal * scale:6.1f} {unit}: "
            f"{pg / goal:5.2f} of it {'met' if pg <= goal else 'MISSED'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=1_000_000)
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    if not os.environ.get("PGHOST"):
        print("PGHOST is not set: run under `pg_virtualenv -t -o fsync=off` (a throw-away server)", file=sys.stderr)
        return 2
    source = project_file(args.plots, CACHE)
    print(f"{args.plots:,} plots: {source}; load average {os.getloadavg()[0]:.2f}")
    name = f"sezmap_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(server_uri(os.environ.get("PGDATABASE", "postgres")), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    uri = server_uri(name)
    copy = working_copy(source, "sezmap-bench-postgis-")
    try:
        migrate.init_database(uri)
        t_publish, done = timed(lambda: transfer.publish(source, uri))
        print(f"published {done.features['plots']:,} plots, {done.audit_rows:,} audit rows")
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        results = {"publish": (t_publish, None)}
        for label, fn in (("first map", read_outline), ("all plots", read_project)):
            t_gpkg, _ = timed(lambda f=fn: f(str(copy)))
            t_pg, project = timed(lambda f=fn: f(uri))
            results[label] = (t_pg, t_gpkg)
        plot_ids = [str(p) for p in project.plots["plot_id"]]
        del project
        pg_store = PostgisStore(uri)
        t_edit_pg = edit_median(pg_store, plot_ids, args.edits)
        pg_store.close()
        t_edit_gpkg = edit_median(GpkgStore(copy), plot_ids, args.edits)
        results["edit"] = (t_edit_pg, t_edit_gpkg)
        print(f"\n{'':<10} {'PostGIS':>10} {'GeoPackage':>10}")
        for label in ("first map", "all plots"):
            print(row(label, *results[label]))
        print(row("edit", *results["edit"], unit="ms"))
        print(row("publish", *results["publish"]))
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        shutil.rmtree(copy.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
