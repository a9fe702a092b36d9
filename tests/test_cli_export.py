"""`sezmap export`: pages, maps and their errors from the command line (exit 2, nothing at --out)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sezmap.cli import main
from tests import needs

ROOT = Path(__file__).resolve().parent.parent
TITLE_KK = "«Қорғас – Шығыс қақпасы» АЭА"


def test_export_runs_headless_as_a_command(tmp_path):
    """A fresh process without a display or Qt platform set: a Kazakh PDF with searchable text."""
    needs.command("pdftotext", "poppler-utils")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "khorgos.pdf"
    done = subprocess.run([sys.executable, "-m", "sezmap", "export", "--zone", "khorgos_eastern_gate",
                           "--paper", "A4", "--dpi", "150", "--language", "kk", "--as-of", "2026-01-01",
                           "--out", str(out)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert TITLE_KK in " ".join(text.split())
    assert "2026" in text
    assert [p.name for p in tmp_path.iterdir()] == ["khorgos.pdf"]


def test_export_png_of_the_asked_size(tmp_path, capsys):
    out = tmp_path / "slide.png"
    assert main(["export", "--zone", "saryarka", "--width", "1280", "--height", "720", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert "wrote" in capsys.readouterr().out


def test_export_a3_landscape_png_at_a_dpi(tmp_path):
    out = tmp_path / "a3.png"
    assert main(["export", "--paper", "a3", "--landscape", "--dpi", "50", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (round(420 / 25.4 * 50), round(297 / 25.4 * 50))


BAD = [
    (["--zone", "atlantis"], "map.png", "--zone 'atlantis': no such zone"),
    ([], "map.bmp", "unknown export format ('.bmp')"),
    ([], "map", "unknown export format (no extension)"),
    (["--width", "1920"], "map.png", "--width and --height go together"),
    (["--width", "10", "--height", "10"], "map.png", "at least 200 pixels"),
    (["--width", "1920", "--height", "1080", "--paper", "A4"], "map.png", "not both"),
    (["--paper", "A4", "--dpi", "5000"], "map.pdf", "--dpi 5000"),
    (["--landscape"], "map.pdf", "--landscape goes with --paper"),
    (["--as-of", "yesterday"], "map.png", "--as-of 'yesterday' is not a date"),
    (["--language", "de"], "map.png", "invalid choice: 'de'"),
    (["--paper", "A5"], "map.png", "invalid choice: 'A5'"),
    (["--width", "800", "--height", "600"], "map.html", "--width, --height, --paper and --dpi are for"),
]


def run(argv) -> int:
    """main()'s exit code, also when argparse exits on a bad choice."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.mark.parametrize("args,name,message", BAD)
def test_bad_arguments_exit_2_with_the_reason_and_write_nothing(tmp_path, capsys, args, name, message):
    out = tmp_path / name
    assert run(["export", *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_exits_2_and_keeps_what_was_there(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("keep me")
    assert main(["export", "--out", str(blocker / "map.png")]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert main(["export", "--out", str(tmp_path / "missing" / "map.png")]) == 2
    assert "no such folder" in capsys.readouterr().err
    folder = tmp_path / "map.png"
    folder.mkdir()
    assert main(["export", "--out", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert blocker.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "map.png"]
    assert list(folder.iterdir()) == []


def test_a_failed_export_leaves_the_old_file_alone(tmp_path, capsys):
    out = tmp_path / "map.png"
    out.write_bytes(b"the previous map")
    assert main(["export", "--zone", "atlantis", "--out", str(out)]) == 2
    assert out.read_bytes() == b"the previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_the_maps_own_names_are_text_in_a_pdf(tmp_path, capsys):
    """Map labels (a station's name is on the map only, not in the legend or the figures) are
    drawn as text over their halo, so a PDF holds them as searchable text."""
    needs.command("pdftotext", "poppler-utils")
    out = tmp_path / "khorgos.pdf"
    assert main(["export", "--zone", "khorgos_eastern_gate", "--paper", "A4", "--dpi", "150",
                 "--out", str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Altynkol station" in text
