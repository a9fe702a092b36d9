#!/usr/bin/env bash
# Sets up everything sezmap needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt needs (offscreen and X11), fonts with Cyrillic and Kazakh
# letters, tools to look at exports, GDAL's command line and GeoPackage validator (for the
# tests), and a virtual environment in .venv with sezmap
# installed (editable) and its test extra. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt offscreen
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  # a real window (X11 / Xvfb)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth
  # fonts with Cyrillic and Kazakh letters
  fontconfig fonts-dejavu-core
  # looking at exports (pdftoppm); Chromium opens the exported web map in the tests
  poppler-utils chromium
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
)

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
stamp=.venv/.sezmap-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi
# Leaflet and its fullscreen and measure plugins from the npm registry, pinned by integrity:
# the web map export (sezmap/export/web/assets.py) inlines them so the HTML opens offline. They live
# in the virtual environment; no third-party JavaScript is committed.
WEB_ASSETS=.venv/share/sezmap/web
WEB_PACKAGES=(
  "leaflet@1.9.4 sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
  "leaflet.fullscreen@3.0.0 sha512-81wWSUXz1ZtdneR0v5eJDWXUSx+Zo5J50WXWeydG/UcILfIEAgz/iOjZSi3p00Z9MJ/FC/P5i3CgdYuEAos0yQ=="
  "leaflet-measure@2.1.7 sha512-IvoHIoVTIQSXUgaNnAMF17qXFB+dF5ICdwmY8BHyq/Hh33/xeGqQUUYlz0pRMzFN9NUcjsT6JBhCr1ia0CG5ug=="
)
for entry in "${WEB_PACKAGES[@]}"; do
  spec=${entry%% *}; integrity=${entry#* }; name=${spec%@*}
  [ "$(cat "$WEB_ASSETS/$name/.integrity" 2>/dev/null)" = "$integrity" ] && continue
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: installing npm (to fetch the web map's scripts)"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
  fi
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tgz=$(ls "$work"/*.tgz)
  got=$(.venv/bin/python -c 'import base64, hashlib, sys
print("sha512-" + base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tgz")
  if [ "$got" != "$integrity" ]; then
    echo "setup: $spec from npm is not the pinned package ($got)" >&2; rm -rf "$work"; exit 1
  fi
  tar --warning=no-unknown-keyword -xzf "$tgz" -C "$work"
  mkdir -p "$WEB_ASSETS"
  rm -rf "${WEB_ASSETS:?}/$name"
  mv "$work/package" "$WEB_ASSETS/$name"
  echo "$integrity" > "$WEB_ASSETS/$name/.integrity"
  rm -rf "$work"
done
echo "setup: ready (.venv)"
