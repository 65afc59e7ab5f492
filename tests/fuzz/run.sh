#!/bin/sh
# Builds the libFuzzer targets (clang, AddressSanitizer and UBSan) in
# their own build folder and runs each for SECONDS (default 60), from the
# seeds in tests/fuzz/seeds/<target>, the minimised corpus of the long
# runs in tests/fuzz/corpus/<target>, and what earlier runs here found.
#
#   tests/fuzz/run.sh [SECONDS]
#
# Environment:
#   FUZZ_SANITIZE   the sanitizers (meson's b_sanitize; default
#                   address,undefined). "undefined" alone runs about twice
#                   as fast, without ASan's memory and leak checks: the
#                   long run's configuration (tests/README.md, "Fuzzing").
#   FUZZ_BUILD_DIR  the build folder (default: _build-fuzz in the source
#                   tree, _build-fuzz-<sanitizers> for other sanitizers)
#   FUZZ_TARGETS    the targets to run (default: all, in the order below)
#   FUZZ_RUNS       also stop a target after this many executions
#   FUZZ_MAX_LEN    the longest input tried, in bytes (default 4096)
#
# A long run, ten million executions of each target, one at a time:
#   FUZZ_SANITIZE=undefined FUZZ_RUNS=10000000 nice -n 19 tests/fuzz/run.sh 86400
#
# Prints the executions of each target; exits non-zero if any crashed,
# leaked or timed out (a target stopped by hand with SIGINT says
# "stopped", and the run goes on to the next). Crashing inputs are left in
# $FUZZ_BUILD_DIR/fuzz-artifacts/: fix the bug, add a regression test to
# tests/test-*.c, and copy the input into seeds/<target>/.

set -eu

seconds=${1:-60}
case $seconds in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)
sanitize=${FUZZ_SANITIZE:-address,undefined}
case $sanitize in
  address,undefined) default_build_dir=$source_dir/_build-fuzz ;;
  *) default_build_dir=$source_dir/_build-fuzz-$(printf '%s' "$sanitize" | tr ',' '-') ;;
esac
build_dir=${FUZZ_BUILD_DIR:-$default_build_dir}
targets=${FUZZ_TARGETS:-fuzz-manifest fuzz-comparison fuzz-text fuzz-diff fuzz-facts fuzz-export fuzz-html}
max_len=${FUZZ_MAX_LEN:-4096}

if [ ! -f "$build_dir/build.ninja" ]; then
  CC=${CC:-clang} meson setup "$build_dir" "$source_dir" \
    -Dfuzzing=true -Dgui=false -Dbuildtype=debugoptimized \
    -Db_sanitize="$sanitize" -Db_lundef=false
fi
(cd "$build_dir" && ninja $(for t in $targets; do printf 'tests/fuzz/%s ' "$t"; done))

# The manifest target writes its corpus.json to $TMPDIR: memory is faster.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR=/dev/shm
  export TMPDIR
fi
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
LC_ALL=C.UTF-8
export ASAN_OPTIONS UBSAN_OPTIONS LC_ALL

mkdir -p "$build_dir/fuzz-corpus" "$build_dir/fuzz-artifacts" "$build_dir/fuzz-logs"
failed=""
summary=""

for target in $targets; do
  corpus="$build_dir/fuzz-corpus/$target"
  log="$build_dir/fuzz-logs/$target.log"
  mkdir -p "$corpus"
  set -- -max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=2560 \
         -print_final_stats=1 -artifact_prefix="$build_dir/fuzz-artifacts/$target-"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    set -- "$@" -runs="$FUZZ_RUNS"
  fi

  echo "== $target: ${seconds}s (log: $log)"
  start=$(date +%s)
  # New inputs go into $corpus; the seeds and the kept corpus of the long
  # runs (tests/fuzz/corpus/<target>, see tests/fuzz/minimise.sh) are
  # read, never written.
  set -- "$@" "$corpus" "$fuzz_dir/seeds/${target#fuzz-}"
  if [ -d "$fuzz_dir/corpus/${target#fuzz-}" ]; then
    set -- "$@" "$fuzz_dir/corpus/${target#fuzz-}"
  fi
  if "$build_dir/tests/fuzz/$target" "$@" >"$log" 2>&1; then
    status=ok
  elif grep -q 'libFuzzer: run interrupted' "$log" && ! grep -q 'Test unit written' "$log"; then
    # Stopped by hand (Ctrl+C, kill -INT): no finding.
    status=stopped
  else
    status=FAILED
    failed="$failed $target"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|ERROR: libFuzzer|Test unit written' "$log" | head -n 8 >&2 || true
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  line=$(printf '%-14s %-6s %12s executions in %ss' "$target" "$status" "${execs:-?}" "$(( $(date +%s) - start ))")
  echo "$line"
  summary="$summary$line
"
done

echo
printf '%s' "$summary"
if [ -n "$failed" ]; then
  echo "crashed:$failed (inputs in $build_dir/fuzz-artifacts/)" >&2
  exit 1
fi
