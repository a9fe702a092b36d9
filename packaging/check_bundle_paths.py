"""Check that a desktop bundle holds no absolute path of the build machine.

    .venv/bin/python packaging/check_bundle_paths.py dist/sezmap [PATH ...]

Looks for each PATH (default: the source checkout this script is in) in every file of the
bundle as bytes, and inside the archives whose members are compressed: the executable's
embedded archive and the PYZ of Python modules in it (read with PyInstaller's readers, when
PyInstaller is there) and zip files (base_library.zip). Prints each hit and exits 1 if any.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _members_of_executable(path: Path):
    """(name, bytes) of every member of a PyInstaller executable's archive and of the PYZ in it
    (both as PyInstaller's readers give them: decompressed)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        print("check_bundle_paths: PyInstaller is not installed: the executable's archive is only "
              "searched as it is (compressed)", file=sys.stderr)
        return
    try:
        pkg = CArchiveReader(str(path))
    except Exception:  # noqa: BLE001 - not a PyInstaller executable
        return
    for name, entry in pkg.toc.items():
        if entry[-1] == "z":  # the PYZ: the modules' code objects
            pyz = pkg.open_embedded_archive(name)
            for module in pyz.toc:
                data = pyz.extract(module, raw=True)
                if data:
                    yield f"{name}/{module}", data
        else:
            data = pkg.extract(name)
            if data:
                yield name, data


def _members_of_zip(path: Path):
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                yield info.filename, zf.read(info)
    except (zipfile.BadZipFile, OSError):
        return


def find_paths(bundle: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(place, needle) for every needle found in the bundle."""
    encoded = [(n, n.encode()) for n in needles]
    hits: list[tuple[str, str]] = []

    def look(place: str, data: bytes) -> None:
        for text, raw in encoded:
            if raw in data:
                hits.append((place, text))

    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = str(path.relative_to(bundle))
        data = path.read_bytes()
        look(rel, data)
        if data[:4] == b"PK\x03\x04":
            for name, member in _members_of_zip(path):
                look(f"{rel}!{name}", member)
        elif data[:4] == b"\x7fELF" or data[:2] == b"MZ" or path.suffix in ("", ".exe", ".pkg"):
            for name, member in _members_of_executable(path) or ():
                look(f"{rel}!{name}", member)
    return hits


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    needles = argv[1:] or [str(ROOT)]
    if not bundle.is_dir():
        print(f"check_bundle_paths: {bundle}: no such folder", file=sys.stderr)
        return 2
    hits = find_paths(bundle, needles)
    for place, needle in hits:
        print(f"check_bundle_paths: {place}: contains {needle}")
    if hits:
        return 1
    print(f"check_bundle_paths: no {', '.join(needles)} in {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
