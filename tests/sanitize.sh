#!/bin/sh
# The whole test suite under AddressSanitizer (with leak detection) and
# UndefinedBehaviorSanitizer, in its own build folder.
#
#   tests/sanitize.sh [MESON TEST ARGUMENTS]
#
# Environment: SANITIZE_BUILD_DIR (default: _build-asan in the source
# tree). tests/meson.build sets ASAN_OPTIONS, LSAN_OPTIONS (with
# tests/lsan.supp) and UBSAN_OPTIONS=halt_on_error=1 for sanitized builds.
# The window test needs xvfb-run, as in a normal build.

set -eu

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SANITIZE_BUILD_DIR:-$source_dir/_build-asan}

if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "$build_dir" "$source_dir" \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
fi

meson compile -C "$build_dir"
meson test -C "$build_dir" --print-errorlogs "$@"
