#!/usr/bin/env bash
# Builds the desktop bundle (packaging/build_bundle.sh) and tries it from the bundle alone:
# no virtual environment on PATH, a fresh HOME, run from another folder.
#   1. `sezmap report` on the default project (Markdown);
#   2. `sezmap export --out map.png` (skipped, with a note, if this build has no export command);
#   3. the window, offscreen, for SMOKE_SECONDS (default 3) after its first map;
# then prints the bundle's size and the start-up time, and checks that no absolute path of
# the build machine is in the bundle (packaging/check_bundle_paths.py).
#
#     bash packaging/smoke_bundle.sh              (SKIP_BUILD=1 to try the bundle already built)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -x dist/sezmap/sezmap ]; then
  bash packaging/build_bundle.sh
fi
BUNDLE="$ROOT/dist/sezmap"
EXE="$BUNDLE/sezmap"
SECONDS_OPEN="${SMOKE_SECONDS:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home"
cd "$WORK"

# the bundle alone: a clean environment, only the system's folders on PATH
run() {
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$EXE" "$@"
}
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

echo "smoke: bundle $BUNDLE, run from $WORK"
run --version

# 1. report
run report --format md --as-of 2026-01-01 --out report.md || fail "report exited $?"
grep -q "Khorgos" report.md || fail "report.md does not name Khorgos"
echo "smoke: report: $(wc -l < report.md) lines ($(grep -c '^|' report.md) table rows)"

# 2. map export
if run --help | grep -q "export"; then
  run export --out map.png || fail "export exited $?"
  [ "$(head -c 8 map.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "map.png is not a PNG"
  echo "smoke: export: map.png, $(wc -c < map.png) bytes"
  run export --zone khorgos_eastern_gate --out map.html || fail "web map export exited $?"
  grep -q "Leaflet 1.9.4" map.html || fail "map.html does not inline the bundled Leaflet"
  echo "smoke: export: map.html, $(wc -c < map.html) bytes"
  run doctor > doctor.txt || { cat doctor.txt >&2; fail "doctor found something missing"; }
else
  echo "smoke: export: this build has no 'sezmap export' command yet; step skipped"
fi

# 3. the window, offscreen
start=$(date +%s.%N)
run --smoke-seconds "$SECONDS_OPEN" 2> window.log || { cat window.log >&2; fail "the window exited $?"; }
end=$(date +%s.%N)
grep -q "startup first_map=" window.log || { cat window.log >&2; fail "no map was drawn"; }
first_map=$(sed -n 's/.*startup first_map=\([0-9.]*\) s.*/\1/p' window.log | head -1)
figures=$(sed -n 's/.*startup figures=\([0-9.]*\) s.*/\1/p' window.log | head -1)
echo "smoke: window: open for ${SECONDS_OPEN} s after its first map, closed cleanly ($(awk "BEGIN {printf \"%.1f\", $end - $start}") s in all)"

# 4. no path of the build machine in the bundle
"$ROOT/.venv/bin/python" "$ROOT/packaging/check_bundle_paths.py" "$BUNDLE" "$ROOT" \
  || fail "the bundle holds a path of the build machine"

echo "smoke: bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"
echo "smoke: start-up: first map of the default project ${first_map} s after launch${figures:+, dashboard figures ${figures} s}"
echo "smoke: OK"
