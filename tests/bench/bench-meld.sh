#!/usr/bin/env bash
# bench-meld.sh: Meld opening three of the sample articles, beside
# Parallax opening all five, timed the same way: from the command to a
# visible window of the program's class (xdotool), each run on a virtual
# display of its own (xvfb-run), so no run finds the window of another.
# A reference point for bench-window's launch-to-first-frame figure;
# prints, asserts nothing. Needs xvfb-run, xdotool and meld.
#
#   tests/bench/bench-meld.sh [BUILD_DIR]
set -uo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/_build}"
sample="$here/data/sample"
files=("$sample"/*.txt)

for tool in xvfb-run xdotool meld; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-meld: $tool is not installed; nothing measured"
    exit 0
  fi
done

# Prints the milliseconds from starting "$@" to a visible window of
# class $1, on a display of its own.
time_window () {
  GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo \
    xvfb-run -a -s '-screen 0 1600x900x24' bash -c '
      class="$1"; shift
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 &
      if timeout 30 xdotool search --sync --onlyvisible --class "$class" >/dev/null 2>&1; then
        echo "$(( ($(date +%s%N) - start) / 1000000 ))"
      else
        echo timeout
      fi
      kill -9 $! 2>/dev/null' _ "$@"
}

for run in 1 2 3; do
  meld=$(time_window meld meld "${files[0]}" "${files[1]}" "${files[2]}")
  parallax=$(time_window parallax "$build/src/ui/parallax" "$sample")
  echo "run $run: window visible: meld (3 files) ${meld} ms; parallax (5 files) ${parallax} ms"
done
