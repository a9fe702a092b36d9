"""The scripts and styles the web map inlines: Leaflet and two plugins, then sezmap's own.

Leaflet and the fullscreen and measure plugins come from the npm packages pinned by integrity
in packaging/web_assets.py: inside an installed wheel in ``sezmap/_data/web`` (the build puts
them there), in a checkout where packaging/setup.sh installs them (``<venv>/share/sezmap/web``);
``SEZMAP_WEB_ASSETS`` points elsewhere. Their images are inlined as data URIs. sezmap's own
scripts and style are the package data files ``static/sezmap.js``, ``static/measure.js`` and
``static/sezmap.css`` beside this module (in the wheel and in the PyInstaller bundle too).
Nothing is ever loaded from the web.
"""

from __future__ import annotations

import base64
import functools
import os
import re
import sys
from importlib import resources
from pathlib import Path

from sezmap import paths

# (package folder, file) in load order
ASSET_JS = (("leaflet", "dist/leaflet.js"),
            ("leaflet.fullscreen", "Control.FullScreen.js"),
            ("leaflet-measure", "dist/leaflet-measure.js"))
ASSET_CSS = (("leaflet", "dist/leaflet.css"),
             ("leaflet.fullscreen", "Control.FullScreen.css"),
             ("leaflet-measure", "dist/leaflet-measure.css"))
OWN_JS = ("sezmap.js", "measure.js")  # the map's script, then its measure tool's words
OWN_CSS = "sezmap.css"
MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif", ".jpg": "image/jpeg"}


class WebAssetsMissing(RuntimeError):
    """Leaflet or a plugin is not installed where the export looks for it."""


def assets_dir() -> Path:
    """Where the npm packages are: ``SEZMAP_WEB_ASSETS``, else the app root's ``web/`` (a wheel or
    a bundle), else where packaging/setup.sh put them."""
    env = os.environ.get("SEZMAP_WEB_ASSETS")
    if env:
        return Path(env)
    shipped = paths.app_root() / "web"
    if shipped.is_dir():
        return shipped
    here = Path(sys.prefix) / "share" / "sezmap" / "web"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[3] / ".venv" / "share" / "sezmap" / "web"


def own_asset(name: str) -> str:
    """sezmap's own script or style (``static/<name>``, package data)."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def _read_asset(folder: Path, name: str, path: str) -> str:
    file = folder / name / path
    try:
        return file.read_text(encoding="utf-8")
    except OSError:
        raise WebAssetsMissing(
            f"{file}: missing; the web map inlines Leaflet and its plugins from the npm packages that "
            "the wheel carries and packaging/setup.sh installs (run it, or set SEZMAP_WEB_ASSETS)") from None


def _inline_urls(css: str, base: Path) -> str:
    """url(...) of files beside the stylesheet as data URIs (nothing is fetched)."""

    def repl(match):
        ref = match.group(2)
        if ref.startswith(("data:", "#", "http:", "https:")):
            return match.group(0)
        file = (base / ref).resolve()
        mime = MIME.get(file.suffix.lower())
        if mime is None or not file.is_file():
            return match.group(0)
        data = base64.b64encode(file.read_bytes()).decode("ascii")
        return f"url(\"data:{mime};base64,{data}\")"

    return re.sub(r"url\((['\"]?)([^)'\"]+)\1\)", repl, css)


def _script_text(js: str) -> str:
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def inline_assets(folder: str) -> tuple[str, str]:
    """(scripts, styles) as <script> and <style> elements to put in the page's head, in load
    order: Leaflet and its plugins from ``folder``, then sezmap's own."""
    root = Path(folder)
    scripts = [_script_text(_read_asset(root, name, path)) for name, path in ASSET_JS]
    styles = [_inline_urls(_read_asset(root, name, path), (root / name / path).parent) for name, path in ASSET_CSS]
    scripts += [_script_text(own_asset(name)) for name in OWN_JS]
    styles.append(own_asset(OWN_CSS))
    return ("".join(f"<script>{s}\n</script>\n" for s in scripts),
            "".join(f"<style>{s}\n</style>\n" for s in styles))
