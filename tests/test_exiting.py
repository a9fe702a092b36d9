"""How the command line ends (sezmap.exiting): exit handlers run, output flushed, threads waited
for, the command's exit status kept - in a real child process, as ``python -m sezmap`` runs."""

import subprocess
import sys
import textwrap

from sezmap import paths


def child(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def test_leave_runs_exit_handlers_flushes_and_keeps_the_status():
    out = child("""
        import atexit, sys
        from sezmap.exiting import leave
        atexit.register(lambda: print("handler ran"))
        sys.stdout.write("x" * 100_000)  # more than one buffer's worth, not yet written
        sys.stderr.write("on stderr")
        leave(3)
    """)
    assert out.returncode == 3
    assert out.stdout == "x" * 100_000 + "handler ran\n"
    assert out.stderr == "on stderr"


def test_leave_waits_for_a_working_thread_and_stops_idle_pools():
    out = child("""
        import threading, time
        from concurrent.futures import ThreadPoolExecutor
        from sezmap.exiting import leave
        pool = ThreadPoolExecutor(max_workers=1)
        pool.submit(lambda: None).result()  # an idle worker thread is left
        threading.Thread(target=lambda: (time.sleep(0.3), print("thread done", flush=True))).start()
        leave(0)
    """)
    assert out.returncode == 0
    assert out.stdout == "thread done\n"


def test_python_dash_m_sezmap_prints_all_and_exits_with_the_commands_status(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "sezmap", "report", "--format", "csv", "--project",
                         str(paths.default_project())], capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0
    rows = ok.stdout.splitlines()
    assert rows[0].startswith("zone_id") and len(rows) == 15  # the header and the 14 zones, all of it written
    bad = subprocess.run([sys.executable, "-m", "sezmap", "export", "--project", str(paths.default_project()),
                          "--zone", "nowhere", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True,
                         timeout=300)
    assert bad.returncode == 2 and "no such zone" in bad.stderr
