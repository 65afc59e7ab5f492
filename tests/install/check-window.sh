#!/usr/bin/env bash
# check-window.sh: starts a program on an X display and checks that a window
# of class "parallax" appears, that its title names the corpus it opened, and
# that a screenshot of the screen is not blank but shows the comparison.
#
# Used by tests/install/check-prefix.sh and tests/flatpak/check.sh, inside
# xvfb-run (which sets DISPLAY):
#
#   check-window.sh [--timeout SECONDS] [--screenshot FILE] -- COMMAND [ARG…]
#
# The title check ("sample — Parallax" rather than the bare "Parallax" of an
# empty window) is what shows that the program found its sample corpus.
#
# Exit status: 0 when the window appeared with a corpus loaded and the
# screenshot shows it, 1 otherwise (the program's output is printed).
set -uo pipefail

timeout=60
screenshot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout="$2"; shift 2 ;;
    --screenshot) screenshot="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "check-window: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ $# -eq 0 ]; then
  echo "check-window: no command given" >&2
  exit 2
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "check-window: DISPLAY is not set; run this inside xvfb-run" >&2
  exit 2
fi

workdir=$(mktemp -d)
cd "$workdir" || exit 2
log="$workdir/program.log"
[ -n "$screenshot" ] || screenshot="$workdir/screenshot.png"

# The program runs in its own session, so that stopping it also stops what
# it started (flatpak run starts bwrap, which starts the application).
setsid "$@" >"$log" 2>&1 &
pid=$!

stop_program () {
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL -- "-$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null
}

fail () {
  echo "check-window: FAIL: $*" >&2
  echo "check-window: the program's output (kept in $workdir):" >&2
  sed 's/^/  | /' "$log" >&2
  stop_program
  exit 1
}

echo "check-window: started $* (pid $pid); waiting up to ${timeout}s for a window of class parallax"

window=""
title=""
start=$SECONDS
while [ $((SECONDS - start)) -lt "$timeout" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"
    fail "the program exited (status $?) before its window showed a corpus"
  fi
  # --onlyvisible: GDK also creates an unmapped client-leader window of
  # the same class.
  for candidate in $(xdotool search --onlyvisible --class '^parallax$' 2>/dev/null); do
    window=$candidate
    title=$(xdotool getwindowname "$window" 2>/dev/null || true)
    case "$title" in
      *" — Parallax") break 2 ;;
    esac
  done
  sleep 0.5
done

if [ -z "$window" ]; then
  fail "no visible window of class parallax after ${timeout}s"
fi
case "$title" in
  *" — Parallax") ;;
  *) fail "a window appeared but its title is \"$title\", not \"CORPUS — Parallax\": no corpus was loaded" ;;
esac
echo "check-window: window $window \"$title\" after $((SECONDS - start))s"

# Out of the window, so that no tooltip covers the screenshot.
xdotool mousemove 1279 799 >/dev/null 2>&1 || true

# The title changes when the corpus is loaded; the comparison is drawn once
# it is aligned, off the main thread. Until then the window shows a progress
# page of a few hundred colours; the comparison, with its text, outlet
# colours and highlighted differences, has thousands. A blank screen has one.
colours=0
while :; do
  sleep 1
  if ! import -window root "$screenshot" 2>>"$log"; then
    fail "could not take a screenshot (import -window root)"
  fi
  colours=$(identify -format '%k' "$screenshot" 2>>"$log" || echo 0)
  [ "$colours" -ge 1000 ] && break
  if [ $((SECONDS - start)) -ge "$timeout" ]; then
    fail "after ${timeout}s the screen has only $colours colours: blank, or the comparison never appeared (screenshot: $screenshot)"
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    fail "the program exited while its window was loading"
  fi
done
geometry=$(xdotool getwindowgeometry "$window" 2>/dev/null | sed -n 's/^ *Geometry: //p')
echo "check-window: comparison drawn after $((SECONDS - start))s: screenshot $screenshot, $colours colours, window ${geometry:-?}"

stop_program
rm -rf "$workdir"
echo "check-window: OK"
exit 0
