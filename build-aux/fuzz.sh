#!/usr/bin/env bash
# The fuzz targets of fuzz/ (libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer):
#   build-aux/fuzz.sh [SECONDS] [TARGET…]
# builds them in build-fuzz/ (clang, -Dfuzzing=true), runs each TARGET (all
# of them by default) for SECONDS (default 30), one after the other, and
# prints per target the executions, the crashes and the line coverage of
# src/core reached by its corpus (measured in build-fuzz-cov/, built with
# clang's source-based coverage: Debian's SQLite and json-glib are not
# instrumented, so coverage of our own code is the measure).
#
# The corpus grows in build-fuzz/corpus/TARGET across runs; the committed
# seeds are fuzz/corpus/TARGET, and build-fuzz/seeds/TARGET holds seeds made
# from the test fixtures (project files at a page size of 512 bytes, a WAL
# file, a file with the journal of an interrupted save, one with a log not
# yet folded in, the JSON fixtures; delete the folder to make them again). A crash, leak, timeout or sanitizer report stops
# that target and leaves its input in build-fuzz/artifacts/TARGET/; the
# script then exits 1. VB_FUZZ_COVERAGE=0 skips the coverage build.
#
# build-fuzz/fuzz-results.tsv gets a line per target run: its name, "ok"
# or "failed", its executions and its crashes (build-aux/count-tests.py
# counts each target as one test case of the "fuzzing" build).
#
# Needs clang-14, libclang-rt-14-dev, llvm-14 (llvm-profdata-14, llvm-cov-14),
# sqlite3 and python3; runs nice'd, one target at a time.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all_targets=(project json-strict json-import text number hours csv xlsx ticket)
seconds=30
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  if [[ ! " ${all_targets[*]} " =~ " $t " ]]; then
    echo "fuzz.sh: no target “$t” (targets: ${all_targets[*]})" >&2
    exit 2
  fi
done

build=build-fuzz
cov=build-fuzz-cov
coverage=${VB_FUZZ_COVERAGE:-1}
cc=clang-14
command -v $cc >/dev/null || cc=clang
profdata=llvm-profdata-14
llvm_cov=llvm-cov-14

missing=()
command -v $cc >/dev/null || missing+=(clang-14)
[ -n "$(find /usr/lib/llvm-14/lib/clang -name 'libclang_rt.fuzzer-x86_64.a' 2>/dev/null | head -n 1)" ] ||
  missing+=(libclang-rt-14-dev)
if [ "$coverage" = 1 ]; then
  command -v $profdata >/dev/null && command -v $llvm_cov >/dev/null || missing+=(llvm-14)
fi
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz.sh: missing: ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
  exit 1
fi

# ---------------------------------------------------------------- build
setup_log=$(mktemp)
trap 'rm -f "$setup_log"' EXIT
if [ ! -f $build/build.ninja ]; then
  CC=$cc nice -n 19 meson setup $build -Dfuzzing=true -Dgui=false -Dtests=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args='-g -fno-sanitize-recover=undefined' >$setup_log 2>&1 ||
    { cat $setup_log; echo "fuzz.sh: configuring $build failed" >&2; exit 1; }
fi
nice -n 19 ninja -C $build >$build/fuzz-build.log 2>&1 ||
  { tail -n 40 $build/fuzz-build.log; echo "fuzz.sh: building $build failed" >&2; exit 1; }

if [ "$coverage" = 1 ]; then
  if [ ! -f $cov/build.ninja ]; then
    CC=$cc nice -n 19 meson setup $cov -Dfuzzing=true -Dgui=false -Dtests=false -Dbuildtype=debug \
      -Dc_args='-fprofile-instr-generate -fcoverage-mapping' \
      -Dc_link_args='-fprofile-instr-generate' >$setup_log 2>&1 ||
      { cat $setup_log; echo "fuzz.sh: configuring $cov failed" >&2; exit 1; }
  fi
  cov_targets=()
  for t in "${targets[@]}"; do cov_targets+=("fuzz/fuzz-$t"); done
  nice -n 19 ninja -C $cov "${cov_targets[@]}" >$cov/fuzz-build.log 2>&1 ||
    { tail -n 40 $cov/fuzz-build.log; echo "fuzz.sh: building $cov failed" >&2; exit 1; }
fi

# ---------------------------------------------------------------- seeds
# Project files made by the CLI and the test fixtures, shrunk to a page size
# of 512 bytes (a third of their size: faster to mutate), and one in WAL
# mode; the JSON fixtures and an export of each file.
make_seeds () {
  local dir=$build/seeds cli=$build/src/cli/vendorbench-cli tmp
  [ -d $dir ] && return 0
  tmp=$(mktemp -d)
  mkdir -p $tmp/project $tmp/json
  ASAN_OPTIONS=detect_leaks=0 $cli new --currency EUR $tmp/project/blank.vendorbench >/dev/null &&
  ASAN_OPTIONS=detect_leaks=0 $cli new --template customer-support --currency USD $tmp/project/customer-support.vendorbench >/dev/null &&
  ASAN_OPTIONS=detect_leaks=0 $cli new --sample $tmp/project/sample.vendorbench >/dev/null ||
    { rm -rf $tmp; echo "fuzz.sh: the CLI could not make the seed projects" >&2; return 1; }
  cp tests/data/*.vendorbench $tmp/project/
  for f in $tmp/project/*.vendorbench; do
    sqlite3 "$f" 'PRAGMA page_size = 512; VACUUM;' || { rm -rf $tmp; return 1; }
  done
  cp $tmp/project/blank.vendorbench $tmp/project/wal.vendorbench
  sqlite3 $tmp/project/wal.vendorbench 'PRAGMA journal_mode = WAL;' >/dev/null
  # a save interrupted (a hot journal) and a log not yet folded in (a WAL
  # sidecar), made by stopping a writer, each with its file in one input
  # (the format of fuzz/vb-fuzz-targets.c: magic, kind, length, file, sidecar)
  python3 - $tmp/project/customer-support.vendorbench $tmp/sidecar <<'EOF_PY' || { rm -rf $tmp; return 1; }
import os, shutil, sqlite3, struct, sys
source, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
def stopped(kind, statements):
    path = os.path.join(out, kind + '.vendorbench')
    shutil.copy(source, path)
    pid = os.fork()
    if pid == 0:
        db = sqlite3.connect(path, isolation_level=None)
        for sql in statements:
            db.execute(sql)
        os._exit(0)   # no commit, no close: as if the program were killed
    os.waitpid(pid, 0)
    side = path + ('-journal' if kind == 'journal' else '-wal')
    with open(path, 'rb') as f, open(side, 'rb') as g, open(path + '.input', 'wb') as o:
        main = f.read()
        o.write(b'VB-FUZZ-SIDECAR\n' + bytes([0 if kind == 'journal' else 1]) + struct.pack('<I', len(main)) +
                main + g.read())
stopped('journal', ['PRAGMA cache_size = 1', 'BEGIN',
                    "UPDATE task SET name = name || ' (changed)', notes = hex(randomblob(200))"])
stopped('wal', ['PRAGMA journal_mode = WAL', 'PRAGMA wal_autocheckpoint = 0',
                "UPDATE task SET notes = 'committed in the log'"])
EOF_PY
  for f in $tmp/project/*.vendorbench; do
    ASAN_OPTIONS=detect_leaks=0 $cli export --format json "$f" >"$tmp/json/$(basename "$f" .vendorbench).json" 2>/dev/null ||
      rm -f "$tmp/json/$(basename "$f" .vendorbench).json"
  done
  cp tests/data/*.json $tmp/json/
  cp data/sample/sample.json $tmp/json/sample-source.json
  mkdir -p $dir/project $dir/json-strict $dir/json-import
  cp $tmp/project/*.vendorbench $dir/project/
  cp $tmp/sidecar/journal.vendorbench.input $dir/project/interrupted-save.input
  cp $tmp/sidecar/wal.vendorbench.input $dir/project/log-not-folded.input
  cp $tmp/json/*.json $dir/json-strict/
  cp $tmp/json/*.json $dir/json-import/
  # the ticket fixtures, each behind a first byte: 0 (detect the preset)
  mkdir -p $dir/ticket
  for f in tests/data/tickets/*; do
    { printf '\0'; cat "$f"; } >$dir/ticket/$(basename "$f").input
  done
  rm -rf $tmp
}
make_seeds || exit 1

dict_of () {
  case $1 in
    project) echo fuzz/dict/project.dict ;;
    json-*) echo fuzz/dict/json.dict ;;
    number) echo fuzz/dict/number.dict ;;
    csv|ticket) echo fuzz/dict/csv.dict ;;
    xlsx) echo fuzz/dict/xlsx.dict ;;
    *) echo fuzz/dict/text.dict ;;
  esac
}

# ---------------------------------------------------------------- run
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
rm -f "$setup_log"
work=$(mktemp -d "${TMPDIR:-/tmp}/vb-fuzz-run-XXXXXX")
trap 'rm -rf "$work"' EXIT
export VB_FUZZ_TMPDIR=$work VB_FUZZ_LOCALES=$root/$build/locale
[ -d /dev/shm ] && [ -w /dev/shm ] && VB_FUZZ_TMPDIR=$(mktemp -d /dev/shm/vb-fuzz-run-XXXXXX) &&
  trap 'rm -rf "$work" "$VB_FUZZ_TMPDIR"' EXIT

failed=0
results=$build/fuzz-results.tsv
rm -f $results
declare -A execs crashes
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  artifacts=$build/artifacts/$t
  seeds=()
  [ -d $build/seeds/$t ] && seeds+=($build/seeds/$t)
  mkdir -p $corpus $artifacts
  log=$build/fuzz-$t.log
  echo "== fuzz-$t: $seconds s"
  before=$(ls $artifacts | wc -l)
  # -timeout is wall-clock: the slowest seeds (an older project with the
  # vendor-selection tables, migrated, opened, exported and imported again
  # under ASan) take about 2 s alone and were seen past 10 s with the
  # machine's two cores busy; a hang still stops at 30 s
  nice -n 19 $build/fuzz/fuzz-$t -max_total_time=$seconds -timeout=30 -rss_limit_mb=2048 \
    -max_len=131072 -dict="$(dict_of $t)" -artifact_prefix=$artifacts/ -print_final_stats=1 \
    $corpus "${seeds[@]}" fuzz/corpus/$t >$log 2>&1
  rc=$?
  execs[$t]=$(sed -n 's/^stat::number_of_executed_units: *//p' $log | tail -n 1)
  crashes[$t]=$(( $(ls $artifacts | wc -l) - before ))
  outcome=ok
  # a run that did not execute anything did not test anything
  if [ $rc -ne 0 ] || [ "${crashes[$t]}" -gt 0 ] || [ "${execs[$t]:-0}" -eq 0 ]; then
    failed=1
    outcome=failed
    grep -m 1 -E 'ERROR: |vb-fuzz: |runtime error' $log
    echo "   see $log; the input is in $artifacts/"
  fi
  printf '%s\t%s\t%s\t%s\n' "$t" $outcome "${execs[$t]:-0}" "${crashes[$t]}" >>$results
  echo "   executions ${execs[$t]:-?}, crashes ${crashes[$t]}"
done

# ---------------------------------------------------------------- coverage
if [ "$coverage" = 1 ]; then
  echo "== line coverage of src/core by each corpus"
  # everything but src/core: system headers, the harness, generated sources
  not_core="^/usr/|/fuzz/|/src/cli/|$cov/(data|src)/|$cov/[^/]*\$"
  profiles=()
  objects=()
  for t in "${targets[@]}"; do
    dirs=($build/corpus/$t fuzz/corpus/$t)
    [ -d $build/seeds/$t ] && dirs+=($build/seeds/$t)
    rm -rf $work/empty $work/$t.profraw.d && mkdir -p $work/empty $work/$t.profraw.d
    LLVM_PROFILE_FILE=$work/$t.profraw.d/%p.profraw ASAN_OPTIONS=detect_leaks=0 \
      nice -n 19 $cov/fuzz/fuzz-$t -runs=0 -timeout=30 -rss_limit_mb=4096 -max_len=131072 -artifact_prefix=$work/ \
      $work/empty "${dirs[@]}" >$work/$t.cov.log 2>&1
    $profdata merge -sparse $work/$t.profraw.d/*.profraw -o $work/$t.profdata 2>/dev/null || continue
    profiles+=($work/$t.profraw.d/*.profraw)
    objects+=(-object $cov/fuzz/fuzz-$t)
    line=$($llvm_cov report $cov/fuzz/fuzz-$t -instr-profile=$work/$t.profdata -ignore-filename-regex="$not_core" \
           2>/dev/null | grep '^TOTAL')
    # TOTAL regions missed cover functions missed executed lines missed cover …
    set -- $line
    echo "   fuzz-$t: ${10} of the lines of src/core ($(( $8 - $9 )) of $8), executions ${execs[$t]:-?}, crashes ${crashes[$t]:-?}"
  done
  if [ ${#profiles[@]} -gt 0 ]; then
    $profdata merge -sparse "${profiles[@]}" -o $work/all.profdata 2>/dev/null
    first=${objects[1]}
    $llvm_cov report $first "${objects[@]:2}" -instr-profile=$work/all.profdata -ignore-filename-regex="$not_core" \
      >$build/fuzz-coverage.txt 2>/dev/null
    set -- $(grep '^TOTAL' $build/fuzz-coverage.txt)
    echo "   all targets: ${10} of the lines of src/core ($(( $8 - $9 )) of $8)"
    echo "   per file: $build/fuzz-coverage.txt"
  fi
fi

exit $failed
