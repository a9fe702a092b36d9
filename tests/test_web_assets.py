"""packaging/web_assets.py: Leaflet is taken only as the pinned bytes, and a build without it says why."""

from __future__ import annotations

import importlib.util
import io
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def web_assets(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("sezmap_web_assets_test", ROOT / "packaging" / "web_assets.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    monkeypatch.setenv("SEZMAP_NPM_CACHE", str(tmp_path / "cache"))
    return module


def _tarball(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo("package/" + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_a_cached_tarball_that_is_not_the_pinned_one_is_not_used(web_assets, tmp_path, monkeypatch):
    pin = web_assets.PINS[0]
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / pin.tarball).write_bytes(b"not leaflet")
    assert web_assets.cached(pin) is None
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no npm to fetch it with
    with pytest.raises(web_assets.FetchError, match=r"leaflet@1\.9\.4: not in .* and npm is not installed"):
        web_assets.fetch(pin)
    assert web_assets.main([str(tmp_path / "web")]) == 1
    assert not (tmp_path / "web" / "leaflet").exists()


def test_only_the_inlined_files_and_the_licence_are_kept(web_assets, tmp_path):
    data = _tarball({"LICENSE": b"BSD", "package.json": b"{}", "Control.FullScreen.js": b"js",
                     "Control.FullScreen.css": b"css", "icon-fullscreen.svg": b"<svg/>", "index.html": b"demo",
                     "../escape.js": b"x"})
    pin = web_assets.Pin("leaflet.fullscreen", "3.0.0", web_assets.integrity(data), web_assets.PINS[1].keep)
    dest = tmp_path / "web" / pin.name
    web_assets.unpack(pin, data, dest)
    assert sorted(p.name for p in dest.iterdir()) == [".integrity", "Control.FullScreen.css", "Control.FullScreen.js",
                                                      "LICENSE", "icon-fullscreen.svg", "package.json"]
    assert not (tmp_path / "web" / "escape.js").exists()
    without_licence = _tarball({"Control.FullScreen.js": b"js", "Control.FullScreen.css": b"css",
                                "icon-fullscreen.svg": b"<svg/>"})
    with pytest.raises(web_assets.FetchError, match="lacks a licence file"):
        web_assets.unpack(pin, without_licence, dest)


def test_the_cache_is_used_when_its_tarball_has_the_pinned_hash(web_assets, tmp_path, monkeypatch):
    data = _tarball({"LICENSE": b"MIT", "dist/leaflet.js": b"L", "dist/leaflet.css": b"c", "dist/images/a.png": b"p"})
    pin = web_assets.Pin("leaflet", "0.0.1", web_assets.integrity(data), web_assets.PINS[0].keep)
    monkeypatch.setattr(web_assets, "PINS", (pin,))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / pin.tarball).write_bytes(data)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # offline, no npm: the cache serves
    assert web_assets.main(["--cached"]) == 0
    assert web_assets.main([str(tmp_path / "web")]) == 0
    assert (tmp_path / "web" / "leaflet" / "dist" / "leaflet.js").read_bytes() == b"L"
    assert (tmp_path / "web" / "leaflet" / ".integrity").read_text().strip() == pin.integrity
