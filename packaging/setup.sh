#!/usr/bin/env bash
# Sets up sezmap on a fresh Debian/Ubuntu machine:
#   bash packaging/setup.sh          what the app needs: the system libraries Qt needs (offscreen
#                                    and X11), fonts with Cyrillic and Kazakh letters, a virtual
#                                    environment in .venv with sezmap installed (editable), and the
#                                    web map's scripts (Leaflet, packaging/web_assets.py)
#   bash packaging/setup.sh --test   also what only the tests use: their Python packages (the
#                                    [test] extra) and tools (TEST_APT_PACKAGES: Chromium, GDAL's
#                                    command line and validator, QGIS's Python bindings, ...)
# Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST=0
for arg in "$@"; do
  case "$arg" in
    --test) TEST=1 ;;
    *) echo "usage: bash packaging/setup.sh [--test]" >&2; exit 2 ;;
  esac
done

APT_PACKAGES=(
  # Qt offscreen
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  # a real window (X11)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # fonts with Cyrillic and Kazakh letters
  fontconfig fonts-dejavu-core
)
# what only the tests use (a test whose tool is missing fails in CI: tests/needs.py)
TEST_APT_PACKAGES=(
  # looking at exports (pdftoppm, pdftotext, pdfinfo); Chromium opens the exported web map
  poppler-utils chromium
  # a second PDF renderer (MuPDF's mutool) and a PDF's structure checked (qpdf --check): the
  # PDF's fills sezmap writes itself (render/pdf_forms.py)
  mupdf-tools qpdf
  # rendering exported SVG in the tests (rsvg-convert)
  librsvg2-bin
  # ps (the tests check a process's age against it)
  procps
  # GDAL's command line (ogr2ogr: the tests copy projects as other tools do) and its Python
  # samples (validate_gpkg.py: the tests check every file sezmap writes against the standard)
  gdal-bin python3-gdal
  # the sqlite3 shell and QGIS's Python bindings (the tests write the project as other programs
  # would, and check that QGIS opens it in sezmap's colours; run with /usr/bin/python3)
  sqlite3 python3-qgis
  # the .desktop entry's validator (desktop-file-validate); a virtual screen for
  # resources/make_screenshots.py (xvfb-run); git (tests/test_wheel.py builds from the tracked files)
  desktop-file-utils xvfb xauth git
  # PostgreSQL with PostGIS (the PostGIS store's tests run against a throw-away cluster: .ci/run)
  postgresql-15 postgresql-15-postgis-3
)
if [ "$TEST" = 1 ]; then APT_PACKAGES+=("${TEST_APT_PACKAGES[@]}"); fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: sezmap needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
target=.; stamp=.venv/.sezmap-installed
if [ "$TEST" = 1 ]; then target='.[test]'; stamp=.venv/.sezmap-installed-test; fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$target"
  touch "$stamp"
fi
# Leaflet and its fullscreen and measure plugins, pinned by integrity (packaging/web_assets.py):
# the web map export (sezmap/export/web/assets.py) inlines them so the HTML opens offline. They live
# in the virtual environment; no third-party JavaScript is committed. The checked npm tarballs stay
# in a cache, from which the wheel's build takes them too (tests/test_wheel.py builds one).
if ! .venv/bin/python packaging/web_assets.py --cached && ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing npm (to fetch the web map's scripts)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
.venv/bin/python packaging/web_assets.py .venv/share/sezmap/web
if [ "$TEST" = 1 ]; then .venv/bin/python packaging/web_assets.py --fetch; fi
echo "setup: ready (.venv)"
