#!/usr/bin/env bash
# The two commands of README.md:
#   build-aux/dev.sh run    install what is missing, build, install for this user, start Vendorbench
#   build-aux/dev.sh test   install what is missing, build, run every test suite
# Packages come from Debian 12; sudo is used only to install them (not when root).
set -euo pipefail

cd "$(dirname "$0")/.."
what=${1:-}

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
  libsqlite3-dev sqlite3 libjson-glib-dev libxml2-dev libzip-dev libicu-dev libxlsxwriter-dev libical-dev
  desktop-file-utils appstream shared-mime-info hicolor-icon-theme adwaita-icon-theme
  librsvg2-common fonts-cantarell
)
test_packages=(
  xvfb xauth dbus dbus-x11 util-linux locales
  libgmp-dev
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 at-spi2-core python3-jsonschema
  clang-14 libclang-rt-14-dev llvm-14
  libreoffice-calc-nogui
)

case "$what" in
  run)  wanted=("${packages[@]}") ;;
  test) wanted=("${packages[@]}" "${test_packages[@]}") ;;
  *)    echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

werror=false
[ "${CI:-}" = "true" ] && werror=true

if [ "$what" = run ]; then
  prefix="$HOME/.local"
  [ -d build-run ] || meson setup build-run --prefix="$prefix" -Dtests=false
  ninja -C build-run
  meson install -C build-run --quiet
  # the MIME type, so that a project file opens from the file manager
  update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
  exec "$prefix/bin/vendorbench"
fi

# Each build and its tests; a build that fails is counted as a failure
# (count-tests.py finds no test log for it) and the others still run.
run_suites() {   # DIR LOG MESON-TEST-ARGS…
  local dir=$1 log=$2; shift 2
  rm -f "$dir/meson-logs/testlog.json"
  if ! ninja -C "$dir"; then
    echo "The build in $dir failed: its tests did not run." >&2
    return 1
  fi
  meson test -C "$dir" --print-errorlogs --num-processes 2 "$@" 2>&1 | tee "$dir/$log"
  return "${PIPESTATUS[0]}"
}

status=0
[ -d build-test ] || meson setup build-test -Dwerror=$werror
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
  bash -c "$(declare -f run_suites); run_suites build-test test-output.txt" || status=1

# The unit suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (leaks fail it too; tests/unit/meson.build sets the sanitizer options).
# Sanitized code runs two to four times slower, more on a busy machine:
# its tests get three times their time (a hang still fails).
[ -d build-asan ] || meson setup build-asan -Dgui=false -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=$werror
run_suites build-asan test-output.txt --suite unit --timeout-multiplier 3 || status=1

# Every fuzz target for a short while, from its corpus (build-aux/fuzz.sh
# SECONDS runs them longer and measures their coverage)
rm -f build-fuzz/fuzz-results.tsv
VB_FUZZ_COVERAGE=0 build-aux/fuzz.sh "${VB_FUZZ_SECONDS:-20}" || status=1

# What ran, per build and suite; the last line is "N passed, N failed".
# The unit suite runs twice (plainly and under the sanitizers): each run
# counts, and the lines say which is which.
builds=("plain=build-test" "sanitizers=build-asan" "fuzzing=fuzz:build-fuzz/fuzz-results.tsv")
python3 build-aux/count-tests.py "${builds[@]}" || status=1
exit $status
