"""Leaflet and its fullscreen and measure plugins for the web map export, pinned by integrity.

    python packaging/web_assets.py DEST      the packages' files into DEST/<name>/
    python packaging/web_assets.py --cached  exit 0 when every pinned tarball is in the cache
    python packaging/web_assets.py --fetch   every pinned tarball into the cache (for later builds)

The one list of the web map's third-party scripts: packaging/setup.sh puts them in the virtual
environment (``.venv/share/sezmap/web``) and the wheel's build (setup.py) puts them inside the
package (``sezmap/_data/web``), so an installed wheel exports web maps offline. Each npm
tarball is checked against its pinned sha512 before anything is taken from it. Tarballs are
kept in a cache (``SEZMAP_NPM_CACHE``, else ``$XDG_CACHE_HOME/sezmap/npm`` or
``~/.cache/sezmap/npm``) and fetched with ``npm pack`` only when the cache has no verified
copy: a build without network works once they were fetched, and fails saying so otherwise.
Only what sezmap inlines is kept, with each package's licence and package.json.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    integrity: str  # npm's "sha512-<base64>" of the tarball
    keep: tuple[str, ...]  # files of the package to keep (globs, relative to the package)

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def tarball(self) -> str:
        return f"{self.name}-{self.version}.tgz"


LICENCE = ("LICENSE", "LICENSE.*", "LICENCE", "package.json")
PINS = (
    Pin("leaflet", "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        (*LICENCE, "dist/leaflet.js", "dist/leaflet.css", "dist/images/*")),
    Pin("leaflet.fullscreen", "3.0.0",
        "sha512-81wWSUXz1ZtdneR0v5eJDWXUSx+Zo5J50WXWeydG/UcILfIEAgz/iOjZSi3p00Z9MJ/FC/P5i3CgdYuEAos0yQ==",
        (*LICENCE, "Control.FullScreen.js", "Control.FullScreen.css", "icon-fullscreen.svg")),
    Pin("leaflet-measure", "2.1.7",
        "sha512-IvoHIoVTIQSXUgaNnAMF17qXFB+dF5ICdwmY8BHyq/Hh33/xeGqQUUYlz0pRMzFN9NUcjsT6JBhCr1ia0CG5ug==",
        (*LICENCE, "dist/leaflet-measure.js", "dist/leaflet-measure.css", "dist/images/*")),
)
STAMP = ".integrity"  # in DEST/<name>/: the pin it was made from (a later run skips it)


class FetchError(RuntimeError):
    """A pinned package could not be had: no verified copy and no way to fetch one."""


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def cache_dir() -> Path:
    env = os.environ.get("SEZMAP_NPM_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sezmap" / "npm"


def cached(pin: Pin) -> bytes | None:
    """The pinned tarball from the cache, or None when it is absent or not the pinned bytes."""
    try:
        data = (cache_dir() / pin.tarball).read_bytes()
    except OSError:
        return None
    return data if integrity(data) == pin.integrity else None


def fetch(pin: Pin) -> bytes:
    """The pinned tarball: from the cache, else from the npm registry with ``npm pack`` (then kept
    in the cache). Raises FetchError saying what is missing."""
    data = cached(pin)
    if data is not None:
        return data
    npm = shutil.which("npm")
    if npm is None:
        raise FetchError(f"{pin.spec}: not in {cache_dir()} and npm is not installed to fetch it "
                         "(install npm, e.g. Debian's package npm, with network access)")
    with tempfile.TemporaryDirectory() as work:
        done = subprocess.run([npm, "pack", "--loglevel=error", "--prefer-offline", pin.spec], cwd=work,
                              capture_output=True, text=True, check=False)
        packed = sorted(Path(work).glob("*.tgz"))
        if done.returncode or not packed:
            said = " ".join(done.stderr.split())[-500:]
            raise FetchError(f"{pin.spec}: npm pack failed (no network? the build fetches Leaflet from the npm "
                             f"registry once, then keeps it in {cache_dir()})" + (f": {said}" if said else ""))
        data = packed[0].read_bytes()
    got = integrity(data)
    if got != pin.integrity:
        raise FetchError(f"{pin.spec} from npm is not the pinned package (sha512 {got}, pinned {pin.integrity})")
    cache_dir().mkdir(parents=True, exist_ok=True)
    part = cache_dir() / (pin.tarball + ".part")
    part.write_bytes(data)
    part.replace(cache_dir() / pin.tarball)
    return data


def unpack(pin: Pin, data: bytes, dest: Path) -> list[Path]:
    """The kept files of the tarball ``data`` into ``dest`` (replaced whole); the files written."""
    if dest.exists():
        shutil.rmtree(dest)
    written = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            path = member.name.removeprefix("package/")
            if not member.isfile() or ".." in Path(path).parts or not any(fnmatch(path, g) for g in pin.keep):
                continue
            target = dest / path
            target.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            assert source is not None
            target.write_bytes(source.read())
            written.append(target)
    missing = [g for g in pin.keep if g not in LICENCE and not any(fnmatch(str(p.relative_to(dest)), g) for p in written)]
    if missing or not any(p.name.startswith(("LICENSE", "LICENCE")) for p in written):
        raise FetchError(f"{pin.spec}: the tarball lacks {missing or 'a licence file'}")
    (dest / STAMP).write_text(pin.integrity + "\n", encoding="ascii")
    return written


def install(dest: Path) -> None:
    """Every pinned package into ``dest/<name>``, skipping those already made from their pin."""
    for pin in PINS:
        folder = dest / pin.name
        try:
            if (folder / STAMP).read_text(encoding="ascii").strip() == pin.integrity:
                continue
        except OSError:
            pass
        unpack(pin, fetch(pin), folder)


def main(argv: list[str]) -> int:
    if argv == ["--cached"]:
        return 0 if all(cached(pin) is not None for pin in PINS) else 1
    if len(argv) != 1 or (argv[0].startswith("-") and argv[0] != "--fetch"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        if argv[0] == "--fetch":
            for pin in PINS:
                fetch(pin)
        else:
            install(Path(argv[0]))
    except FetchError as exc:
        print(f"web assets: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
