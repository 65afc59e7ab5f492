#!/bin/sh
# Keeps what a long fuzz run found: merges the corpus a run grew (in
# $FUZZ_BUILD_DIR/fuzz-corpus/<target>) into tests/fuzz/corpus/<target>,
# the smallest set of inputs (libFuzzer's -merge=1) that covers as much of
# the code as the kept corpus, the seeds and the run's corpus together.
# tests/fuzz/run.sh reads tests/fuzz/corpus/<target>, so every later run,
# CI's minute included, starts where the long runs ended.
#
#   tests/fuzz/minimise.sh [TARGET...]     (default: all six)
#
# Environment: FUZZ_BUILD_DIR and FUZZ_SANITIZE as for run.sh (the build
# of the long run: FUZZ_SANITIZE=undefined); FUZZ_MAX_LEN (default 4096).
#
# Prints, per target, the inputs and bytes kept before and after.

set -eu

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)
sanitize=${FUZZ_SANITIZE:-address,undefined}
case $sanitize in
  address,undefined) default_build_dir=$source_dir/_build-fuzz ;;
  *) default_build_dir=$source_dir/_build-fuzz-$(printf '%s' "$sanitize" | tr ',' '-') ;;
esac
build_dir=${FUZZ_BUILD_DIR:-$default_build_dir}
max_len=${FUZZ_MAX_LEN:-4096}
if [ $# -eq 0 ]; then
  set -- fuzz-manifest fuzz-text fuzz-diff fuzz-facts fuzz-export fuzz-html
fi

LC_ALL=C.UTF-8
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL UBSAN_OPTIONS
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  TMPDIR=/dev/shm
  export TMPDIR
fi

describe () {
  if [ -d "$1" ]; then
    printf '%s inputs, %s bytes' "$(find "$1" -type f | wc -l)" "$(cat "$1"/* 2>/dev/null | wc -c)"
  else
    printf 'none'
  fi
}

for target in "$@"; do
  name=${target#fuzz-}
  program="$build_dir/tests/fuzz/$target"
  grown="$build_dir/fuzz-corpus/$target"
  kept="$fuzz_dir/corpus/$name"
  [ -x "$program" ] || { echo "$target: no $program: build it with run.sh first" >&2; exit 1; }

  before=$(describe "$kept")
  merged=$(mktemp -d)
  # The seeds go in first: what is already in the output folder counts as
  # covered, so inputs that add nothing to the seeds are dropped (the
  # seeds themselves are removed again: they are in the tree already).
  # Then the kept corpus, so that its inputs stay where they still add
  # coverage, then what the run found.
  cp "$fuzz_dir/seeds/$name"/* "$merged"/
  # A copy of what the run found: a run still going deletes the inputs it
  # has reduced, which would stop the merge.
  snapshot=$(mktemp -d)
  cp -r "$grown"/. "$snapshot"/
  inputs=$snapshot
  if [ -d "$kept" ]; then
    inputs="$kept $snapshot"
  fi
  # shellcheck disable=SC2086 # two folder names
  if ! "$program" -merge=1 -max_len="$max_len" -timeout=25 -rss_limit_mb=2560 "$merged" $inputs \
         >"$build_dir/fuzz-logs/$target-merge.log" 2>&1; then
    tail -n 20 "$build_dir/fuzz-logs/$target-merge.log" >&2
    rm -rf "$merged" "$snapshot"
    exit 1
  fi
  for seed in "$fuzz_dir/seeds/$name"/*; do
    rm -f "$merged/$(basename "$seed")"
  done
  rm -rf "$kept"
  mkdir -p "$kept"
  # libFuzzer names the inputs it writes by their SHA-1.
  find "$merged" -type f -exec cp {} "$kept"/ \;
  rm -rf "$merged" "$snapshot"
  printf '%-14s kept corpus: %s -> %s\n' "$target" "$before" "$(describe "$kept")"
done
