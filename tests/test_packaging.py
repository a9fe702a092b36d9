"""The desktop bundle's pieces: the PyInstaller spec puts sezmap's data where
sezmap.paths looks for it in a frozen app, the path check finds a build path wherever it hides,
the scripts parse, the .desktop entry and the icon are sound, and the window and the About box
use the icon. The bundle itself is built by packaging/smoke_bundle.sh, not here (minutes)."""

import configparser
import importlib.util
import shutil
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from sezmap import paths
from tests import needs

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the spec ----------------------------------------------------------------------------------

class _Analysis:
    """Stands for PyInstaller's Analysis: its TOCs as PyInstaller makes them (dest, source, kind)."""

    made = []

    def __init__(self, scripts, **kw):
        self.scripts, self.kw = scripts, kw
        self.datas = [(f"{dest}/{Path(src).name}".removeprefix("./"), src, "DATA") for src, dest in kw["datas"]]
        # what the hooks would bring: some kept, some left out by the spec
        self.binaries = [(d, "/dev/null", "BINARY") for d in (
            "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
            "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
            "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
            "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
            "libgtk-3.so.0", "libcairo.so.2", "libfontconfig.so.1", "libQt6Gui.so.6",
            "pyarrow/libarrow_flight.so.2600", "pyarrow/_flight.cpython-311-x86_64-linux-gnu.so",
            "pyarrow/libarrow.so.2600", "pyarrow/libparquet.so.2600", "pyarrow/lib.cpython-311-x86_64-linux-gnu.so")]
        self.datas += [(d, "/dev/null", "DATA") for d in (
            "PySide6/Qt/translations/qtbase_ru.qm", "PySide6/Qt/translations/qtbase_kk.qm",
            "PySide6/Qt/translations/qtbase_de.qm", "pyarrow/include/arrow/api.h", "pyarrow/lib.pyx",
            "scipy/stats/tests/data/big.npz", "pycountry/databases/iso3166-1.json",
            "pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo")]
        self.pure = [(m, f"/site-packages/{m.replace('.', '/')}{suffix}", "PYMODULE") for m, suffix in (
            ("pandas.core.frame", ".py"), ("pandas.tests.frame.test_api", ".py"), ("pandas.tests", "/__init__.py"),
            ("pyarrow.tests.test_io", ".py"), ("numpy.testing", "/__init__.py"), ("jinja2.tests", ".py"),
            ("sezmap.cli", ".py"))]
        self.zipped_data = []
        _Analysis.made.append(self)


@pytest.fixture
def spec(monkeypatch):
    """The spec run as PyInstaller runs it, with its build steps recorded instead of done."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, includes=None, **kw: []
    hooks.collect_submodules = lambda package, filter=None: [package]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    steps = {}

    def record(kind):
        return lambda *args, **kw: steps.setdefault(kind, (args, kw))

    _Analysis.made.clear()
    namespace = {"SPECPATH": str(PACKAGING), "Analysis": _Analysis, "PYZ": record("PYZ"), "EXE": record("EXE"),
                 "COLLECT": record("COLLECT"), "__file__": str(PACKAGING / "sezmap.spec")}
    exec(compile((PACKAGING / "sezmap.spec").read_text(), "sezmap.spec", "exec"), namespace)
    return _Analysis.made[-1], steps


def test_spec_bundles_what_sezmap_finds_when_frozen(spec, tmp_path, monkeypatch):
    analysis, steps = spec
    assert analysis.scripts == [str(PACKAGING / "launcher.py")]
    assert analysis.kw["pathex"] == [str(ROOT)]
    assert "PySide6.QtSvg" in analysis.kw["hiddenimports"] and "sezmap" in analysis.kw["hiddenimports"]
    assert steps["COLLECT"][1]["name"] == "sezmap" and steps["EXE"][1]["exclude_binaries"]  # one folder
    # lay the bundle's data out as PyInstaller would, then look for it as the frozen app does
    meipass = tmp_path / "_internal"
    for dest, src, kind in analysis.datas:
        if src == "/dev/null":
            continue
        assert Path(src).is_file(), src
        target = meipass / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    monkeypatch.delenv("SEZMAP_LAYERS", raising=False)
    assert paths.is_frozen() and paths.app_root() == meipass
    assert paths.default_project() == meipass / "layers" / "default.gpkg" and paths.default_project().is_file()
    assert paths.basemap_path().is_file()
    from sezmap.ui import i18n

    for lang in ("ru", "kk"):
        assert (i18n.translations_dir() / f"sezmap_{lang}.qm").is_file()
    for size in (16, 32, 48, 256):
        assert paths.icon_path(size).is_file()
    assert paths.icon_path().is_file()
    assert (meipass / "resources" / "sezmap.desktop").is_file() and (meipass / "LICENSE").is_file()
    # the exports read the one catalogue's .ts files (export/texts.py), the app the compiled .qm
    for lang in ("ru", "kk"):
        assert (meipass / "resources" / "i18n" / f"sezmap_{lang}.ts").is_file()
    # the web map's Leaflet with its licences, where the export looks in a bundle; the cited sources
    from sezmap.export.web.assets import ASSET_CSS, ASSET_JS, assets_dir

    monkeypatch.delenv("SEZMAP_WEB_ASSETS", raising=False)
    assert assets_dir() == meipass / "web"
    for name, file in (*ASSET_JS, *ASSET_CSS):
        assert (meipass / "web" / name / file).is_file() and (meipass / "web" / name / "LICENSE").is_file()
    assert (paths.seeds_dir() / "SOURCES.md").is_file()
    # nothing of the checkout that only developers use
    assert not any("tests/" in d or d.endswith(".py") for d, _s, _k in analysis.datas)
    assert all(Path(d).parent == Path("resources/i18n") for d, _s, _k in analysis.datas if d.endswith(".ts"))


def test_spec_leaves_out_what_sezmap_never_loads(spec):
    analysis, _steps = spec
    kept = {d for d, _s, _k in analysis.binaries + analysis.datas}
    for name in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                 "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert f"PySide6/Qt/plugins/{name}" in kept
    assert {"libfontconfig.so.1", "libQt6Gui.so.6", "pyarrow/libarrow.so.2600", "pyarrow/libparquet.so.2600",
            "PySide6/Qt/translations/qtbase_ru.qm", "PySide6/Qt/translations/qtbase_kk.qm"} <= kept
    for gone in ("PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2",
                 "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
                 "pyarrow/libarrow_flight.so.2600", "pyarrow/_flight.cpython-311-x86_64-linux-gnu.so",
                 "PySide6/Qt/translations/qtbase_de.qm", "pyarrow/include/arrow/api.h", "pyarrow/lib.pyx",
                 "scipy/stats/tests/data/big.npz", "pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo"):
        assert gone not in kept, gone
    assert "pycountry/databases/iso3166-1.json" in kept
    # the libraries' own tests are left out, their modules too; what sezmap imports stays
    # (jinja2.tests is jinja2's own module, its template tests, which folium's web map needs)
    assert [m for m, _s, _k in analysis.pure] == ["pandas.core.frame", "numpy.testing", "jinja2.tests", "sezmap.cli"]


def test_paths_outside_a_bundle_and_with_an_override(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.delenv("SEZMAP_LAYERS", raising=False)
    assert not paths.is_frozen()
    assert paths.app_root() == ROOT and paths.default_project() == ROOT / "layers" / "default.gpkg"
    monkeypatch.setenv("SEZMAP_LAYERS", str(tmp_path))
    assert paths.basemap_path() == tmp_path / "basemap.gpkg"


# --- the check for build paths -----------------------------------------------------------------

def test_build_paths_are_found_in_files_and_compressed_archives(tmp_path):
    check = _load(PACKAGING / "check_bundle_paths.py", "check_bundle_paths")
    needle = "/home/builder/src/sezmap"
    clean = tmp_path / "clean"
    (clean / "_internal" / "layers").mkdir(parents=True)
    (clean / "_internal" / "notes.txt").write_text("relative/paths/only\n")
    with zipfile.ZipFile(clean / "_internal" / "base_library.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("os.pyc", b"\x00" * 64 + b"os.py")
    assert check.find_paths(clean, [needle]) == []
    assert check.main([str(clean), needle]) == 0

    dirty = tmp_path / "dirty"
    shutil.copytree(clean, dirty)
    (dirty / "_internal" / "direct_url.json").write_text(f'{{"url": "file://{needle}"}}')
    with zipfile.ZipFile(dirty / "_internal" / "base_library.zip", "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("leaky.pyc", (needle + "/leaky.py").encode() * 20)  # compressed: not in the raw bytes
    raw = (dirty / "_internal" / "base_library.zip").read_bytes()
    assert needle.encode() not in raw
    hits = check.find_paths(dirty, [needle])
    assert sorted(place for place, _n in hits) == ["_internal/base_library.zip!leaky.pyc",
                                                   "_internal/direct_url.json"]
    assert check.main([str(dirty), needle]) == 1


def test_scripts_parse_and_name_their_steps():
    for script in ("build_bundle.sh", "smoke_bundle.sh", "setup.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)
    smoke = (PACKAGING / "smoke_bundle.sh").read_text()
    for step in ("build_bundle.sh", "env -i", " report ", " export ", "--smoke-seconds", "check_bundle_paths.py"):
        assert step in smoke, step
    readme = (ROOT / "README.md").read_text()
    assert "packaging/smoke_bundle.sh" in readme and "packaging/build_bundle.sh" in readme


# --- the .desktop entry and the icon -----------------------------------------------------------

def test_desktop_entry_opens_sezmap_with_or_without_a_file():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "sezmap.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Name"] == "sezmap" and d["Icon"] == "sezmap"
    assert d["Exec"] == "sezmap open %f" and d["Terminal"] == "false"
    assert d["Categories"].endswith(";") and d["MimeType"].endswith(";")
    assert "Kazakhstan" in d["Comment"] and d["Comment[ru]"] and d["Comment[kk]"]
    from sezmap.cli import build_parser

    # %f is dropped when no file is given: `sezmap open` opens the bundled project
    assert build_parser().parse_args(["open"]).path is None
    assert build_parser().parse_args(["open", "x.gpkg"]).path == "x.gpkg"
    assert build_parser().parse_args(["open", "x.gpkg", "--smoke-seconds", "2"]).smoke_seconds == 2.0
    assert build_parser().parse_args(["--smoke-seconds", "3", "open"]).smoke_seconds == 3.0
    assert build_parser().parse_args(["open"]).smoke_seconds is None
    done = subprocess.run([needs.command("desktop-file-validate", "desktop-file-utils"),
                           str(ROOT / "resources" / "sezmap.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout.lower(), done.stdout


def _coverage(image: QImage, colour: str, tolerance: int = 40) -> float:
    want = QColor(colour)
    w, h = image.width(), image.height()
    hits = sum(1 for x in range(0, w, 2) for y in range(0, h, 2)
               if abs(image.pixelColor(x, y).red() - want.red()) < tolerance
               and abs(image.pixelColor(x, y).green() - want.green()) < tolerance
               and abs(image.pixelColor(x, y).blue() - want.blue()) < tolerance
               and image.pixelColor(x, y).alpha() > 200)
    return hits / ((w // 2) * (h // 2))


def test_icon_pngs_are_the_svg_at_each_size(qapp, tmp_path):
    make_icons = _load(ROOT / "resources" / "icons" / "make_icons.py", "make_icons")
    assert make_icons.SIZES == (16, 24, 32, 48, 64, 128, 256)
    for size in make_icons.SIZES:
        image = QImage(str(paths.icon_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corners
    big = QImage(str(paths.icon_path(256)))
    assert _coverage(big, "#D55E00") > 0.05  # the pin
    assert _coverage(big, "#B8DDD3") > 0.05  # the zone
    fresh = tmp_path / "fresh.png"
    make_icons.render_png(paths.icon_path(), 64, fresh)  # the committed PNGs are current
    a, b = QImage(str(fresh)), QImage(str(paths.icon_path(64)))
    differ = sum(1 for x in range(64) for y in range(64) if a.pixelColor(x, y) != b.pixelColor(x, y))
    assert differ < 64 * 64 * 0.02


def test_window_and_about_box_show_the_icon(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    from sezmap.ui.about import about_box
    from sezmap.ui.app import make_app
    from sezmap.ui.main_window import MainWindow

    app = make_app()
    assert not app.windowIcon().isNull()
    window = MainWindow()
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull() and {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    box = about_box(window)
    qtbot.addWidget(box)
    assert not box.iconPixmap().isNull() and box.iconPixmap().width() == 64
    assert not box.windowIcon().isNull()
    assert "sezmap" in box.text() and box.windowTitle() == "About sezmap"
    window.canvas.shutdown()
