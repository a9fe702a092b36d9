#!/usr/bin/env bash
# Builds the desktop bundle: dist/sezmap/ (one folder; run dist/sezmap/sezmap).
# Uses the project's .venv (packaging/setup.sh makes it) with the [bundle] extra (PyInstaller).
# The same spec builds on Windows and macOS: see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || bash packaging/setup.sh
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
  echo "build_bundle: installing the [bundle] extra (PyInstaller)"
  .venv/bin/python -m pip install -q -e '.[bundle]'
fi

# the icon's PNG sizes are committed; make them if they are missing
[ -f resources/icons/sezmap-256.png ] || .venv/bin/python resources/icons/make_icons.py

rm -rf dist/sezmap
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/sezmap.spec
echo "build_bundle: dist/sezmap/ ($(du -sh dist/sezmap | cut -f1))"
