"""Outputs are written whole or not at all (sezmap.formats.atomic)."""

import pytest

from sezmap.formats.atomic import atomic_output, check_writable, write_text
from sezmap.model.problems import DataError


def test_a_failure_inside_the_block_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "map.png"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(out) as tmp:
            assert tmp.parent == tmp_path and tmp.suffix == ".png"  # writers choose by extension
            tmp.write_bytes(b"half")
            raise RuntimeError("cancelled")
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_success_replaces_the_file(tmp_path):
    out = tmp_path / "report.md"
    out.write_text("old")
    write_text(out, "new ✓")
    assert out.read_text(encoding="utf-8") == "new ✓" and [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_nothing_written_is_refused_when_content_is_required(tmp_path):
    out = tmp_path / "deck.pptx"
    with pytest.raises(DataError, match="nothing was written"):
        with atomic_output(out, require_content=True):
            pass
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_unwritable_places_are_named(tmp_path):
    with pytest.raises(DataError, match="no such folder"):
        check_writable(tmp_path / "missing" / "x.csv")
    with pytest.raises(DataError, match="is a folder"):
        check_writable(tmp_path)
