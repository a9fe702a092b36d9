"""The command line: plot edits, validation, exit codes, python -m sezmap."""

import shutil
import subprocess
import sys

import pytest

from sezmap import paths
from sezmap.cli import main
from pg_fixtures import actor_on
from sezmap.store import open_store
from sezmap.store.gpkg import GpkgStore


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.gpkg"
    shutil.copy(paths.default_project(), path)
    return path


def test_python_dash_m_runs():
    out = subprocess.run([sys.executable, "-m", "sezmap", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("sezmap ")


def test_validate_default_project(capsys):
    assert main(["validate"]) == 0
    assert "valid (14 zones" in capsys.readouterr().out


@pytest.fixture
def anywhere(project, on_store):
    """The bundled project on each store: the GeoPackage, and a PostGIS database it was published into."""
    return on_store(project)


def test_validate_on_either_store(anywhere, capsys):
    assert main(["validate", "--project", anywhere]) == 0
    assert f"{open_store(anywhere).location}: valid (14 zones" in capsys.readouterr().out


def test_validate_names_a_bad_value_another_program_wrote_on_either_store(anywhere, capsys):
    """A value another program wrote past sezmap's checks (sqlite3 on the file, psql on the server,
    whose rules check zones, workflow and geometry, not a number's sign): validate is exit 2 naming it."""
    plot_id = open_store(anywhere).load().plots.plot_id.iloc[0]
    statement = "UPDATE {}plots SET investment_actual_kzt = -5 WHERE plot_id = '" + plot_id + "'"
    if anywhere.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(anywhere) as conn:
            conn.execute("SET LOCAL sezmap.reason = 'psql'")
            conn.execute(statement.format("sezmap."))
    else:
        from sezmap.store import geopackage_sql

        conn = geopackage_sql.connect(anywhere)  # the GeoPackage functions the file's triggers call
        with conn:
            conn.execute(statement.format(""))
        conn.close()
    assert main(["validate", "--project", anywhere]) == 2
    err = capsys.readouterr().err
    assert f"plots {plot_id}" in err and "investment_actual_kzt" in err and "negative" in err, err


def test_plot_set_and_history(anywhere, capsys):
    store = open_store(anywhere)
    plots = store.load().plots
    plot_id = plots[plots.status == "vacant"].plot_id.iloc[0]
    code = main(["plot", "set", plot_id, "--status", "operational", "--investment-actual", "5e9",
                 "--tenant", "Astana Plant LLP", "--allocated-on", "2025-01-10", "--deadline", "2027-01-10",
                 "--investment-committed", "6e9",
                 "--actor", "Astana MC", "--reason", "plant opened", "--expect-version", "1",
                 "--project", anywhere])
    assert code == 0
    assert f"plot {plot_id}: version 2" in capsys.readouterr().out
    assert main(["plot", "history", plot_id, "--project", anywhere]) == 0
    out = capsys.readouterr().out
    assert f"{actor_on(store, 'Astana MC')}\tstatus" in out and "plant opened" in out


def test_plot_set_stale_version_exit_2(anywhere, capsys):
    store = open_store(anywhere)
    plot_id = store.load().plots.plot_id.iloc[0]
    args = ["plot", "set", plot_id, "--tenant", "X", "--actor", "a", "--reason", "r",
            "--expect-version", "1", "--project", anywhere]
    assert main(args) == 0
    before = store.read_plots([plot_id])
    assert main(args[:4] + ["Y"] + args[5:]) == 2
    assert "changed meanwhile" in capsys.readouterr().err
    assert store.read_plots([plot_id]) == before and len(store.history(plot_id)) == 1


def test_a_refused_write_leaves_the_file_as_it_was(project, capsys):
    plot_id = GpkgStore(project).load().plots.plot_id.iloc[0]
    before = project.read_bytes()
    assert main(["plot", "set", plot_id, "--tenant", "Y", "--actor", "a", "--reason", "r", "--expect-version", "7",
                 "--project", str(project)]) == 2
    assert project.read_bytes() == before


def test_bad_input_exit_2_names_the_reason(project, tmp_path, capsys):
    assert main(["plot", "set", "nope", "--status", "vacant", "--actor", "a", "--reason", "r",
                 "--project", str(project)]) == 2
    assert "no such plot" in capsys.readouterr().err
    assert main(["validate", "--project", str(tmp_path / "missing.gpkg")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_project_exit_2(tmp_path, capsys):
    path = tmp_path / "bad.gpkg"
    path.write_bytes(b"not a geopackage")
    assert main(["validate", "--project", str(path)]) == 2
    assert "not a GeoPackage" in capsys.readouterr().err


NOT_UTF8 = [  # (arguments as bytes the shell passes, what the message names)
    ([b"plot", b"set", b"ANC-0003", b"--tenant", b"\x9bX", b"--actor", b"bo", b"--reason", b"r"], "--tenant"),
    ([b"plot", b"set", b"ANC-0003", b"--tenant", b"X", b"--actor", b"b\xff", b"--reason", b"r"], "--actor"),
    ([b"plot", b"set", b"ANC-0003", b"--status", b"vacant", b"--actor", b"bo", b"--reason", b"\xc3("], "--reason"),
    ([b"plot", b"set", b"ANC-\xe9", b"--tenant", b"X", b"--actor", b"bo", b"--reason", b"r"], "plot_id"),
    ([b"audit", b"--actor", b"\xff"], "--actor"),
]


@pytest.mark.parametrize("argv, named", NOT_UTF8)
def test_an_argument_that_is_not_utf8_is_exit_2_and_changes_nothing(project, argv, named):
    """Bytes that are not UTF-8 (a terminal in another encoding) reach Python as lone surrogates,
    which no file can hold: exit 2 naming the argument, not a traceback, and the file unchanged."""
    before = project.read_bytes()
    done = subprocess.run([sys.executable.encode(), b"-m", b"sezmap", *argv, b"--project", bytes(project)],
                          capture_output=True, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert err.startswith(f"sezmap: error: {named}: not UTF-8 text"), err
    assert "Traceback" not in err
    assert project.read_bytes() == before
