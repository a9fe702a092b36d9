"""`pip install` works: the sdist and the wheel built from it carry sezmap's data and Leaflet,
and the installed wheel runs offline from another folder, without the checkout.

How the fresh virtual environment gets sezmap's dependencies (PySide6, GDAL's wheels, ...):
not from the network (CI need not download 400 MB per run), but from this test run's own
environment, through a copy of its site-packages made of links to every distribution in it
*except sezmap's own* (the editable install that points at the checkout is left out). So only
the dependencies are shared; sezmap's code and every file it reads come from the wheel, which
pip installs with ``--no-index`` (its dependencies are found already installed, or the install
fails). The commands run from a temporary folder with PYTHONPATH cleared and a fresh HOME, and
the test checks that nothing on the new interpreter's path is inside the checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests import needs

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ZONE = "khorgos_eastern_gate"


def _source_copy(dest: Path) -> None:
    """The checkout's files as git knows them (committed, changed or new, not ignored): a clean clone."""
    git = needs.command("git", "git")
    listed = subprocess.run([git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())


def _dependencies_view(dest: Path) -> Path:
    """A folder of links to this environment's installed distributions, sezmap's own left out."""
    site = Path(sysconfig.get_paths()["purelib"])
    dest.mkdir()
    for entry in site.iterdir():
        if "sezmap" in entry.name.lower():  # sezmap-*.dist-info, the editable finder and its .pth
            continue
        (dest / entry.name).symlink_to(entry)
    return dest


def _env(home: Path) -> dict[str, str]:
    keep = ("LANG", "LC_ALL", "TMPDIR", "SEZMAP_NPM_CACHE", "XDG_CACHE_HOME")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))  # the verified Leaflet tarballs
    env.update(PATH="/usr/bin:/bin", HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the fresh environment, the wheel, a folder outside the checkout to run in, its environment)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    _source_copy(source)
    env = _env(work / "home")
    (work / "home").mkdir()
    built = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "dist"),
                            str(source)], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "Successfully built sezmap-" in built.stdout and ".tar.gz and sezmap-" in built.stdout  # wheel from sdist
    wheel = next((work / "dist").glob("sezmap-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, env=env)
    python = venv / "bin" / "python"
    fresh_site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                     capture_output=True, text=True, check=True, env=env).stdout.strip())
    view = _dependencies_view(work / "dependencies")
    (fresh_site / "dependencies.pth").write_text(f"import site; site.addsitedir({str(view)!r})\n")
    done = subprocess.run([python, "-m", "pip", "install", "--no-index", "--no-build-isolation", str(wheel)],
                          capture_output=True, text=True, env=env, cwd=work, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    return venv, wheel, elsewhere, env


def _sezmap(installed, *args: str) -> subprocess.CompletedProcess:
    venv, _wheel, elsewhere, env = installed
    return subprocess.run([str(venv / "bin" / "sezmap"), *args], cwd=elsewhere, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_wheel_carries_the_data_and_leaflet_with_its_licences(installed):
    names = set(zipfile.ZipFile(installed[1]).namelist())
    for name in ("layers/default.gpkg", "layers/basemap.gpkg", "resources/i18n/sezmap_ru.qm",
                 "resources/i18n/sezmap_kk.qm", "resources/i18n/sezmap_kk.ts", "resources/icons/sezmap.svg",
                 "seeds/SOURCES.md", "web/leaflet/dist/leaflet.js", "web/leaflet/LICENSE",
                 "web/leaflet.fullscreen/LICENSE", "web/leaflet-measure/LICENSE",
                 "web/leaflet-measure/dist/leaflet-measure.js"):
        assert f"sezmap/_data/{name}" in names, name
    from sezmap.store.postgis.migrate import shipped  # the PostGIS migrations `sezmap db init` applies

    for m in shipped():
        assert f"sezmap/store/postgis/sql/{m.version:04d}_{m.name}.sql" in names, m.name
    assert not [n for n in names if n.startswith(("tests/", "layers/", "resources/", "seeds/"))]


def test_the_installed_wheel_is_used_not_the_checkout(installed):
    venv = installed[0]
    probe = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import sys, sezmap, sezmap.paths as p; print(sezmap.__file__); print(p.app_root()); "
                            "print('\\n'.join(sys.path))"],
                           cwd=installed[2], env=installed[3], capture_output=True, text=True, check=True)
    module, root, *path = probe.stdout.splitlines()
    assert Path(module).is_relative_to(venv) and Path(root).is_relative_to(venv), probe.stdout
    assert not [p for p in path if p and Path(p).resolve().is_relative_to(ROOT)], path
    doctor = _sezmap(installed, "doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert f"data: {root} (installed package)" in doctor.stdout
    assert re.search(r"ok\s+web map scripts\s+leaflet 1\.9\.4.*in " + re.escape(root), doctor.stdout), doctor.stdout
    assert "MISSING" not in doctor.stdout
    version = _sezmap(installed, "--version")
    assert version.returncode == 0 and version.stdout.startswith("sezmap ") and "GDAL" in version.stdout


def test_report_and_validate_from_another_folder(installed):
    done = _sezmap(installed, "report", "--format", "md", "--as-of", "2026-01-01", "--out", "report.md")
    assert done.returncode == 0, done.stderr
    report = (installed[2] / "report.md").read_text(encoding="utf-8")
    assert "Khorgos" in report and report.count("\n|") >= 14
    done = _sezmap(installed, "validate")
    assert done.returncode == 0, done.stderr
    assert "valid (14 zones" in done.stdout


def test_png_pdf_and_web_map_exports_from_another_folder(installed):
    venv, _wheel, elsewhere, _env = installed
    done = _sezmap(installed, "export", "--zone", ZONE, "--width", "800", "--height", "600", "--out", "map.png")
    assert done.returncode == 0, done.stderr
    image = QImage(str(elsewhere / "map.png"))
    assert not image.isNull() and (image.width(), image.height()) == (800, 600)

    done = _sezmap(installed, "export", "--zone", ZONE, "--paper", "A4", "--dpi", "100", "--language", "ru",
                   "--out", "map.pdf")
    assert done.returncode == 0, done.stderr
    pdf = elsewhere / "map.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run([needs.command("pdfinfo", "poppler-utils"), str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, flags=re.MULTILINE), info

    done = _sezmap(installed, "export", "--zone", ZONE, "--out", "map.html")
    assert done.returncode == 0, done.stderr
    page = (elsewhere / "map.html").read_text(encoding="utf-8")
    leaflet = next(venv.glob("lib/python*/site-packages/sezmap/_data/web/leaflet/dist/leaflet.js"))
    assert leaflet.read_text(encoding="utf-8")[:2000] in page  # Leaflet inlined from the wheel's copy
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?(https?:)?//", page)  # nothing from the web
