"""`sezmap --version` and `sezmap doctor`: what the install has, and a clear message for what it lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sezmap import __version__, doctor, paths
from sezmap.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_version_names_the_data_and_the_libraries(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"sezmap {__version__}"
    assert out[1] == f"data: {ROOT} (source checkout)"
    text = "\n".join(out)
    assert re.search(r"^GDAL \d+\.\d+\.\d+ \(pyogrio .*\), \d+\.\d+\.\d+ \(rasterio", text, flags=re.MULTILINE), text
    assert re.search(r"^PROJ \d+\.\d+", text, flags=re.MULTILINE) and re.search(r"^Qt 6\.", text, flags=re.MULTILINE)


def test_doctor_finds_everything_in_the_checkout(capsys):
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    for name in ("default project", "basemap", "translations", "icons", "sources cited", "web map scripts",
                 "GDAL", "PROJ", "Qt"):
        assert re.search(rf"^  ok\s+{name}\s", out, flags=re.MULTILINE), (name, out)
    assert re.search(r"web map scripts\s+leaflet 1\.9\.4, leaflet\.fullscreen 3\.0\.0, leaflet-measure 2\.1\.7", out)
    assert out.rstrip().endswith("sezmap doctor: everything sezmap needs is here")


def test_doctor_names_what_is_missing_and_fails(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SEZMAP_LAYERS", str(tmp_path / "layers"))
    monkeypatch.setenv("SEZMAP_WEB_ASSETS", str(tmp_path / "web"))
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"MISSING default project\s+missing: .*default\.gpkg \(reinstall sezmap", out), out
    assert re.search(rf"MISSING web map scripts\s+missing in {re.escape(str(tmp_path / 'web'))}: leaflet/dist/leaflet.js",
                     out), out
    assert re.search(r"^  ok\s+translations", out, flags=re.MULTILINE)
    assert out.rstrip().endswith("sezmap doctor: missing default project, basemap, web map scripts")


def test_a_missing_postgres_driver_is_said_but_not_required(capsys, monkeypatch):
    monkeypatch.setattr(doctor, "POSTGRES_DRIVERS", (("no-such-driver", "no_such_driver_module"),))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  absent\s+PostgreSQL driver\s+none installed; only projects in a PostgreSQL database",
                     out, flags=re.MULTILINE), out


def test_the_data_folder_of_an_installed_wheel_is_preferred_to_the_checkout(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "sezmap"
    (package / paths.INSTALLED_DATA / "layers").mkdir(parents=True)
    monkeypatch.setattr(paths, "PACKAGE", package)
    monkeypatch.delenv("SEZMAP_LAYERS", raising=False)
    assert paths.data_source() == "wheel"
    assert paths.default_project() == package / "_data" / "layers" / "default.gpkg"
    assert paths.translations_dir() == package / "_data" / "resources" / "i18n"
    assert paths.seeds_dir() == package / "_data" / "seeds"
    (package / paths.INSTALLED_DATA / "layers").rmdir()
    (package / paths.INSTALLED_DATA).rmdir()
    assert paths.data_source() == "checkout" and paths.app_root() == tmp_path / "site-packages"
