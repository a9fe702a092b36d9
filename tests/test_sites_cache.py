"""The site search's index kept between runs (analysis/sites_cache.py): reused while the project
is unchanged, built again after an edit, and a damaged or foreign cache file is ignored."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from factories import make_project

from sezmap import cli
from sezmap.analysis import sites_cache
from sezmap.analysis.sites import SiteIndex
from sezmap.model.edits import PlotEdit
from sezmap.store import open_store
from sezmap.store.gpkg import GpkgStore

QUERY = ["--min-ha", "0", "--merge-adjacent", "--as-of", "2026-06-01"]


def sites_json(path, capsys) -> list[dict]:
    assert cli.main(["sites", "--project", str(path), *QUERY]) == 0
    return json.loads(capsys.readouterr().out)


def cache_files() -> list[Path]:
    return sorted((Path(os.environ["SEZMAP_CACHE_DIR"]) / "sites").glob("*.npz"))


def no_build(monkeypatch) -> None:
    def refused(*_args, **_kw):
        raise AssertionError("the index was built")

    monkeypatch.setattr(SiteIndex, "__init__", refused)


def builds_counted(monkeypatch) -> list[int]:
    built = []
    real = SiteIndex.__init__

    def counted(self, *args, **kw):
        built.append(1)
        real(self, *args, **kw)

    monkeypatch.setattr(SiteIndex, "__init__", counted)
    return built


def test_a_second_run_reads_the_saved_index_and_gives_the_same_json(tmp_path, capsys, monkeypatch, on_store):
    path = on_store(make_project(tmp_path / "p.gpkg", n=8))
    first = sites_json(path, capsys)
    assert first and len(cache_files()) == 1
    with monkeypatch.context() as m:
        no_build(m)
        assert sites_json(path, capsys) == first
        found = sites_cache.site_index(open_store(path))
        assert found.from_cache and found.project is None


def test_an_edit_in_between_builds_the_index_again_with_the_edit(tmp_path, capsys, monkeypatch, on_store):
    path = on_store(make_project(tmp_path / "p.gpkg", n=8))
    first = sites_json(path, capsys)
    gone = first[0]["plot_ids"][0]
    open_store(path).apply_edit(PlotEdit(gone, {"status": "infrastructure"}, "ana", "a substation"))
    built = builds_counted(monkeypatch)
    second = sites_json(path, capsys)
    assert built == [1]
    assert all(gone not in s["plot_ids"] for s in second) and second != first
    assert len(cache_files()) == 1  # the older state's file was removed
    assert sites_json(path, capsys) == second and built == [1]  # and the new state is saved


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "pickle", "bad_range", "wrong_dtype",
                                    "missing_key"])
def test_a_damaged_cache_file_is_ignored_and_rebuilt(tmp_path, capsys, monkeypatch, damage):
    path = make_project(tmp_path / "p.gpkg", n=8)
    first = sites_json(path, capsys)
    [saved] = cache_files()
    data = dict(np.load(saved, allow_pickle=False))
    if damage == "truncated":
        saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])
    elif damage == "garbage":
        saved.write_bytes(os.urandom(4096))
    elif damage == "empty":
        saved.write_bytes(b"")
    else:
        if damage == "pickle":
            data["rows"] = np.array([object()] * len(data["rows"]), dtype=object)
        elif damage == "bad_range":
            data["members"] = data["members"] + 10 ** 6
        elif damage == "wrong_dtype":
            data["cand:area"] = data["cand:area"].astype(str)
        else:
            del data["cand:rank"]
        with open(saved, "wb") as fh:
            np.savez(fh, **data)
    built = builds_counted(monkeypatch)
    assert sites_json(path, capsys) == first
    assert built == [1]
    assert sites_cache.read_arrays(cache_files()[0], sites_cache.state_key(GpkgStore(path))) is not None


def test_a_cache_of_another_project_is_not_used(tmp_path, capsys, monkeypatch):
    one = make_project(tmp_path / "one.gpkg", n=8)
    other = make_project(tmp_path / "other.gpkg", n=5)
    sites_json(one, capsys)
    expected = sites_json(other, capsys)
    [saved_one, saved_other] = sorted(cache_files(), key=lambda p: p.stat().st_mtime_ns)
    shutil.copyfile(saved_one, saved_other)  # the other project's name, the first one's arrays and key
    built = builds_counted(monkeypatch)
    assert sites_json(other, capsys) == expected
    assert built == [1]


def test_a_copy_of_the_file_elsewhere_is_another_project(tmp_path, capsys, monkeypatch):
    path = make_project(tmp_path / "p.gpkg", n=8)
    first = sites_json(path, capsys)
    copy = tmp_path / "copy.gpkg"
    shutil.copyfile(path, copy)
    built = builds_counted(monkeypatch)
    assert sites_json(copy, capsys) == first
    assert built == [1] and len(cache_files()) == 2


def test_an_unwritable_cache_folder_only_costs_the_saving(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("SEZMAP_CACHE_DIR", str(blocker))
    path = make_project(tmp_path / "p.gpkg", n=8)
    assert sites_json(path, capsys) == sites_json(path, capsys)


def test_the_key_holds_without_source_files_as_in_a_frozen_bundle(monkeypatch, tmp_path):
    """A PyInstaller bundle ships no .py files: the key is still made (the version tells builds
    apart), never an error."""
    from sezmap.analysis import sites_cache

    monkeypatch.setattr(sites_cache, "__file__", str(tmp_path / "gone" / "sites_cache.py"))
    assert sites_cache._code_hash() == "bundled"


def test_the_apps_index_is_saved_and_read_only_while_its_project_is_the_file(tmp_path, monkeypatch):
    """``index_for`` (the app's): built and not saved while ``in_step()`` says no (the project held
    may be behind the file); saved when it says yes; read back for the same state only when its
    rows are the same plots in the project held."""
    store = GpkgStore(make_project(tmp_path / "p.gpkg", n=8))
    project = store.load()
    built = builds_counted(monkeypatch)
    found = sites_cache.index_for(store, project, lambda: False)
    assert not found.from_cache and built == [1] and cache_files() == []
    found = sites_cache.index_for(store, project, lambda: True)
    assert not found.from_cache and built == [1, 1] and len(cache_files()) == 1
    again = sites_cache.index_for(store, project, lambda: True)
    assert again.from_cache and built == [1, 1] and again.index.project is project
    assert np.array_equal(again.index.rows, found.index.rows)
    assert not sites_cache.index_for(store, project, lambda: False).from_cache  # not vouched: not read
    shuffled = dataclasses.replace(project, plots=project.plots.iloc[::-1].reset_index(drop=True))
    assert not sites_cache.index_for(store, shuffled, lambda: True).from_cache  # other rows: built
