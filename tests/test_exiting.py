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


def test_python_dash_m_sezmap_ends_each_command_with_its_status_and_all_its_output(tmp_path):
    project = str(paths.default_project())
    page = subprocess.run([sys.executable, "-m", "sezmap", "export", "--project", project, "--zone",
                           "khorgos_eastern_gate", "--out", str(tmp_path / "page.png")],
                          capture_output=True, text=True, timeout=300)  # (ends without teardown)
    assert page.returncode == 0 and page.stdout == f"wrote {tmp_path / 'page.png'}\n"
    assert (tmp_path / "page.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.png"]  # no temporary file left
    report = subprocess.run([sys.executable, "-m", "sezmap", "report", "--format", "csv", "--project", project],
                            capture_output=True, text=True, timeout=300)  # (the ordinary exit)
    rows = report.stdout.splitlines()
    assert report.returncode == 0 and rows[0].startswith("zone_id") and len(rows) == 15  # the header, 14 zones
    bad = subprocess.run([sys.executable, "-m", "sezmap", "export", "--project", project,
                          "--zone", "nowhere", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True,
                         timeout=300)
    assert bad.returncode == 2 and "no such zone" in bad.stderr


def test_only_a_command_that_says_so_ends_without_teardown():
    code = """
        import sys
        from sezmap import exiting

        class Held:
            def __del__(self):
                print("freed at exit", flush=True)

        held = Held()
        sys.argv = ["sezmap", "validate"]
        if "{say}" == "yes":
            exiting.no_teardown_needed()  # as `export` says once its output is in place
        exiting.run()
    """
    ordinary, fast = child(code.replace("{say}", "no")), child(code.replace("{say}", "yes"))
    for out in (ordinary, fast):
        assert out.returncode == 0 and "valid (14 zones" in out.stdout
    assert "freed at exit" in ordinary.stdout  # the interpreter's teardown ran
    assert "freed at exit" not in fast.stdout  # the process ended without it


def test_what_a_command_keeps_is_not_freed_as_it_returns_nor_at_the_end():
    code = """
        from sezmap import cli, exiting

        class Held:
            def __del__(self):
                print("freed", flush=True)

        def command():
            held = Held()
            exiting.no_teardown_needed({keep})
            return 0

        cli.main = lambda: command() or print("returned", flush=True) or 0
        exiting.run()
    """
    kept, freed = child(code.replace("{keep}", "held")), child(code.replace("{keep}", ""))
    assert kept.returncode == 0 and kept.stdout == "returned\n"  # never freed: the process ended
    assert freed.returncode == 0 and freed.stdout == "freed\nreturned\n"  # freed as the command returned


def test_a_command_called_in_a_process_that_goes_on_keeps_nothing():
    """A test (or a program) calling cli.main goes on after the command: what it read is freed."""
    out = child("""
        from sezmap import exiting
        exiting.no_teardown_needed(object())
        print(len(exiting.ENDING.kept))
    """)
    assert out.returncode == 0 and out.stdout == "0\n"


def test_the_command_line_starts_no_openblas_thread_pool():
    """NumPy's and SciPy's OpenBLAS each start a pool of spinning threads as they load (one per
    core less one); ``exiting.run`` keeps them to the calling thread (sezmap.blas_threads)."""
    code = """
        import os, sys
        from unittest import mock
        from sezmap import exiting
        def main():
            import numpy, scipy.spatial  # both OpenBLAS copies loaded
            print(len(os.listdir("/proc/self/task")), os.environ["OPENBLAS_NUM_THREADS"])
            return 0
        with mock.patch("sezmap.cli.main", main):
            exiting.run()
    """
    out = child(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1"]  # this thread alone


def test_a_thread_count_the_user_set_for_openblas_is_kept():
    out = child("""
        import os
        os.environ["OPENBLAS_NUM_THREADS"] = "2"
        from sezmap import blas_threads
        blas_threads.one_thread()
        print(os.environ["OPENBLAS_NUM_THREADS"])
    """)
    assert out.stdout.strip() == "2"
