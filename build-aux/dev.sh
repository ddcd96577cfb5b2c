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
  libsqlite3-dev sqlite3 libjson-glib-dev libxml2-dev libicu-dev
  desktop-file-utils appstream shared-mime-info hicolor-icon-theme adwaita-icon-theme
  librsvg2-common fonts-cantarell
)
test_packages=(
  xvfb xauth dbus dbus-x11 util-linux locales
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 at-spi2-core python3-jsonschema
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

[ -d build-test ] || meson setup build-test -Dwerror=$werror
ninja -C build-test
set +e
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
  meson test -C build-test --print-errorlogs --num-processes 2 2>&1 | tee build-test/test-output.txt
rc=${PIPESTATUS[0]}
set -e

# The unit suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (leaks fail it too; tests/unit/meson.build sets the sanitizer options)
[ -d build-asan ] || meson setup build-asan -Dgui=false -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=$werror
ninja -C build-asan
set +e
meson test -C build-asan --suite unit --print-errorlogs --num-processes 2 2>&1 | tee build-asan/test-output.txt
rc_asan=${PIPESTATUS[0]}
set -e

# Count test cases: a TAP program counts its subtests, any other test counts one.
count() {
  awk '
    /^ *[0-9]+\/[0-9]+ / {
      n = 1
      if (match($0, /[0-9]+ subtests passed/)) { split(substr($0, RSTART, RLENGTH), a, " "); n = a[1] }
      if ($0 ~ / OK /) p += n
      else if ($0 ~ / SKIP /) s += 1
      else if ($0 ~ / (FAIL|TIMEOUT|ERROR|UNEXPECTEDPASS) /) f += 1
    }
    END { print p + 0, f + 0, s + 0 }' "$1"
}
read -r passed failed skipped < <(count build-test/test-output.txt)
[ "$rc" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
read -r asan_passed asan_failed asan_skipped < <(count build-asan/test-output.txt)
[ "$rc_asan" -ne 0 ] && [ "$asan_failed" -eq 0 ] && asan_failed=1
echo "$((passed + asan_passed)) passed, $((failed + asan_failed)) failed, $((skipped + asan_skipped)) skipped"
[ "$rc" -ne 0 ] && exit "$rc"
exit "$rc_asan"
