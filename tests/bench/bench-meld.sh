#!/usr/bin/env bash
# bench-meld.sh: Meld opening three of the sample articles, beside
# Parallax opening all five, timed the same way: from the command to a
# visible window of the program's class (xdotool). A reference point for
# bench-window's own launch-to-first-frame figure; prints, asserts
# nothing. Needs a display (xvfb-run under CI), xdotool, and meld.
#
#   tests/bench/bench-meld.sh [BUILD_DIR]
set -uo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/_build}"
sample="$here/data/sample"
files=("$sample"/*.txt)

time_window () {
  local class="$1"; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  if timeout 30 xdotool search --sync --onlyvisible --class "$class" >/dev/null 2>&1; then
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))"
  else
    echo "timeout"
  fi
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

for tool in xdotool meld; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-meld: $tool is not installed; nothing measured"
    exit 0
  fi
done

for run in 1 2 3; do
  meld=$(time_window meld meld "${files[0]}" "${files[1]}" "${files[2]}")
  parallax=$(GSETTINGS_SCHEMA_DIR="$build/data" time_window parallax "$build/src/ui/parallax" "$sample")
  echo "run $run: window visible: meld (3 files) ${meld} ms; parallax (5 files) ${parallax} ms"
done
