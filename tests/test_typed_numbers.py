"""One reader of typed numbers for the plot form and the CLI: the same table through both paths
(the CLI as a real process: exit code, message, the file unchanged on refusal)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sezmap.model.typed_numbers import number_text
from sezmap.session import form_fields as ff
from sezmap.store import open_store
from tests.test_bad_input import dump, make_project

BIG = 2**53 - 1  # a float holds it only just: kept exact only if read from the digits

# (field, text, value or None for a refusal) - read alike by the Russian form and the CLI
TABLE = [
    ("investment_committed_kzt", "4 500 000 000", 4.5e9),
    ("investment_committed_kzt", "4\u00a0500\u00a0000\u00a0000", 4.5e9),
    ("investment_committed_kzt", "4\u202f500\u202f000", 4.5e6),
    ("investment_committed_kzt", "4\u2009500", 4500.0),
    ("investment_actual_kzt", "1 234,5", 1234.5),
    ("investment_actual_kzt", "1234.5", 1234.5),
    ("investment_actual_kzt", "1.5e9", 1.5e9),
    ("jobs_planned", "120", 120),
    ("jobs_planned", "9 007 199 254 740 991", BIG),
    ("investment_committed_kzt", "many", None),
    ("investment_committed_kzt", "4 500 abc", None),
    ("investment_actual_kzt", "inf", None),
    ("investment_actual_kzt", "1,5.5", None),
    ("jobs_planned", "12x", None),
    ("jobs_planned", "45 00", None),
    ("investment_committed_kzt", "4 5 00", None),
    ("investment_actual_kzt", "1 234,5 6", None),
    ("investment_actual_kzt", "1_000", None),
]
OPTION = {"investment_committed_kzt": "--investment-committed", "investment_actual_kzt": "--investment-actual",
          "jobs_planned": "--jobs-planned"}


@pytest.mark.parametrize("field,text,value", TABLE)
def test_the_russian_form_reads_the_table(field, text, value):
    parsed = ff.parse_field(field, text, ",", "\u00a0")
    if value is None:
        assert parsed.problem == ff.NOT_A_NUMBER
    else:
        assert parsed.ok and parsed.value == value and type(parsed.value) is type(value)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("numbers") / "p.gpkg").path


def cli(*argv) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    return subprocess.run([sys.executable, "-m", "sezmap", *argv], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("field,text,value", TABLE)
def test_the_cli_reads_the_table(template, tmp_path, field, text, value):
    project = tmp_path / "p.gpkg"
    project.write_bytes(Path(template).read_bytes())
    before = dump(project)
    done = cli("plot", "set", "p1", OPTION[field], text, "--actor", "a", "--reason", "r", "--project", str(project))
    if value is None:
        assert done.returncode == 2, done.stderr
        assert f"plots p1: {field}: {text!r} is not a number" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
        assert dump(project) == before
    else:
        assert done.returncode == 0, done.stderr
        stored = open_store(project).read_plots(["p1"])["p1"][field]
        assert stored == value and type(stored) is type(value)


def test_a_whole_number_beyond_2_53_is_refused_by_the_form_and_the_cli(template, tmp_path):
    text = "9 007 199 254 740 993"  # 2**53 + 1: readers would get it back through a float
    assert ff.parse_field("jobs_planned", text, ",", "\u00a0").problem == ff.TOO_LARGE
    project = tmp_path / "p.gpkg"
    project.write_bytes(Path(template).read_bytes())
    before = dump(project)
    done = cli("plot", "set", "p1", "--jobs-planned", text, "--actor", "a", "--reason", "r", "--project", str(project))
    assert done.returncode == 2 and "jobs_planned" in done.stderr and "beyond 2**53" in done.stderr, done.stderr
    assert dump(project) == before


def test_a_thousands_comma_is_not_guessed_by_the_cli():
    with pytest.raises(ValueError, match="jobs_planned: '4,500' is not a number"):
        number_text("jobs_planned", "4,500")
    assert number_text("x", "4,5") == "4.5"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2**63 - 1), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_grouped_whole_numbers_read_back_exactly(number, space):
    text = f"{number:,}".replace(",", space)
    assert int(number_text("jobs_planned", text)) == number
    parsed = ff.parse_field("jobs_planned", text, ",", "\u00a0")
    assert parsed.value == number if number <= 2**53 else parsed.problem == ff.TOO_LARGE


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=0, max_value=1e15, allow_nan=False), st.sampled_from([".", ","]))
def test_money_reads_back(amount, mark):
    text = f"{amount:,.2f}".replace(",", " ").replace(".", mark)
    assert float(number_text("investment_actual_kzt", text)) == float(f"{amount:.2f}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 ,.e+-_x\u00a0\u202f", max_size=16))
def test_any_text_is_a_number_or_refused_naming_the_field(text):
    try:
        read = number_text("jobs_planned", text)
    except ValueError as exc:
        assert str(exc.args[0]).startswith(f"jobs_planned: {text!r} is not a number")
    else:
        float(read)  # Python reads what the reader accepted
        assert all(ch.isdigit() or ch in ".eE+-" for ch in read)
