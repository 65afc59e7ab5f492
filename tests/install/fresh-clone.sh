#!/usr/bin/env bash
# tests/install/fresh-clone.sh: the README's two set-up commands, run as a
# new user would run them, on a fresh Debian 12 system.
#
# A machine that built Parallax once still has everything it installed by
# hand, so a green run there proves little. This check makes a new Debian 12
# root file system (debootstrap --variant=minbase: no compiler, no GTK, no
# Python), clones the committed repository into it, and inside it (the
# root of a mount namespace of its own) runs, as root:
#
#   1. the README's first command (install, build, open the window on the
#      sample corpus), on an X display of this machine: it passes when the
#      window shows the aligned sample (tests/install/check-window.sh);
#   2. the README's second command (install, build, the whole test suite),
#      which must exit 0 and end with "N passed, 0 failed".
#
# Both commands are read from README.md, so the check runs exactly what a
# reader is told to run. ../shared is not there: a user's clone has none.
#
# Usage (as root; takes 30 to 45 minutes, most of it the test suite):
#
#   bash tests/install/fresh-clone.sh [--keep] [--work DIR] [--commit REV]
#
#   --work DIR    where the root file system goes (default:
#                 /var/tmp/parallax-fresh-clone; emptied first)
#   --keep        keep it afterwards (default: removed when the check passes)
#   --commit REV  clone and check out REV (default: HEAD). Uncommitted
#                 changes are never part of the check.
#
# Environment: PARALLAX_DEBIAN_MIRROR, the mirror debootstrap uses (default:
# the one apt uses for bookworm).
#
# Exit status: 0 passed, 1 failed, 77 not run (not root, or a host tool
# could not be installed). Not part of meson test: run it by hand before a
# release or after changing .ci/ or the README's commands, and record its
# result in README.md ("Checked on a fresh machine").
set -euo pipefail

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
work=/var/tmp/parallax-fresh-clone
keep=0
commit=HEAD
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1; shift ;;
    --work) work="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "fresh-clone: unknown option $1" >&2; exit 2 ;;
  esac
done

started=$SECONDS
step () {
  printf '==> [%4ds] %s\n' $((SECONDS - started)) "$*"
}
fail () {
  printf '\nfresh-clone: FAIL: %s\n' "$*" >&2
  exit 1
}
skip () {
  printf '\nfresh-clone: SKIP: %s\n' "$*" >&2
  exit 77
}

[ "$(id -u)" -eq 0 ] || skip "debootstrap, chroot and mount need root"

# The README's two commands: the indented line after each of its two
# "Build and ..." sentences in "## Set up".
readme_command () {
  awk -v lead="$1" '
    index($0, lead) == 1 { found = 1; next }
    found && /^    [^ ]/ { sub(/^    /, ""); print; exit }
  ' "$srcdir/README.md"
}
open_command=$(readme_command "Build and open Parallax")
test_command=$(readme_command "Build and run the whole test suite")
[ -n "$open_command" ] || fail "README.md has no command after \"Build and open Parallax\""
[ -n "$test_command" ] || fail "README.md has no command after \"Build and run the whole test suite\""
grep -qxF "bash .ci/install-deps && bash .ci/build && bash .ci/test" <<<"$test_command" ||
  echo "fresh-clone: note: the README's test command is \"$test_command\""

revision=$(git -C "$srcdir" rev-parse --verify "$commit^{commit}") ||
  fail "$commit is not a commit of $srcdir"

step "Host tools"
declare -A tool_packages=(
  [debootstrap]=debootstrap
  [git]=git
  [Xvfb]=xvfb
  [xdotool]=xdotool
  [import]=imagemagick
  [unshare]=util-linux
)
missing=()
for tool in "${!tool_packages[@]}"; do
  command -v "$tool" >/dev/null || missing+=("${tool_packages[$tool]}")
done
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
if [ ${#missing[@]} -gt 0 ]; then
  echo "    installing ${missing[*]}"
  { apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    >/tmp/parallax-fresh-clone-apt.log 2>&1 ||
    skip "could not install ${missing[*]} (log: /tmp/parallax-fresh-clone-apt.log)"
fi

root="$work/root"
clone=/work/parallax
log_dir="$work/logs"
rm -rf "$work"
mkdir -p "$work" "$log_dir"

mirror=${PARALLAX_DEBIAN_MIRROR:-$(bash "$srcdir/tests/install/debian-mirror.sh" bookworm)}
step "debootstrap: a minimal Debian 12 from $mirror (a few minutes)"
if ! debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" "$mirror" \
       >"$log_dir/debootstrap.log" 2>&1; then
  tail -n 20 "$log_dir/debootstrap.log" >&2
  fail "debootstrap failed (log: $log_dir/debootstrap.log)"
fi
# The suites a Debian 12 machine gets by default, as on this one.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/debian.sources"
  rm -f "$root/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "    $(du -sh "$root" | cut -f1), $(chroot "$root" dpkg-query -W | wc -l) packages;" \
     "no compiler: $(chroot "$root" sh -c 'command -v cc gcc meson python3 || echo none')"

step "Cloning $revision into $clone"
git clone -q --no-local "$srcdir" "$root$clone"
git -C "$root$clone" checkout -q "$revision"

# Runs a command line inside the new root, as root, in a mount namespace of
# its own whose root it is (pivot_root, not chroot: bubblewrap, which
# flatpak-builder runs, resolves its bind sources against the namespace's
# root and fails in a chroot). Its /proc, /sys, /dev and /dev/shm vanish
# with it. A clean environment, and the display of this machine.
display=:$((90 + RANDOM % 9))
in_root () {
  unshare --mount --propagation private -- bash -c '
    set -e
    root=$1; shift
    mount --bind "$root" "$root"
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/dev/shm"
    mkdir -p "$root/tmp/.X11-unix" "$root/.host"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    cd "$root"
    pivot_root . .host
    umount -l /.host
    rmdir /.host
    exec /usr/bin/env -i HOME=/root USER=root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      DISPLAY="'"$display"'" CI="${CI:-}" \
      bash -c "$@"
  ' in-root "$root" "$1"
}

step "Xvfb on $display for the first command's window"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$log_dir/xvfb.log" 2>&1 &
xvfb_pid=$!
cleanup () {
  kill "$xvfb_pid" 2>/dev/null || true
  if [ "$keep" -eq 0 ] && [ "${passed:-0}" -eq 1 ]; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT
for _ in $(seq 1 50); do
  [ -S "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.2
done
[ -S "/tmp/.X11-unix/X${display#:}" ] || fail "Xvfb did not start on $display (log: $log_dir/xvfb.log)"

step "1. $open_command"
open_started=$SECONDS
if ! DISPLAY=$display bash "$srcdir/tests/install/check-window.sh" --timeout 2400 \
       --screenshot "$work/first-command.png" -- \
       bash -c "$(declare -f in_root); root='$root' display='$display'; in_root 'cd $clone && $open_command'" \
       >"$log_dir/first-command.log" 2>&1; then
  tail -n 40 "$log_dir/first-command.log" >&2
  fail "the first command did not open the window on the sample corpus (log: $log_dir/first-command.log)"
fi
open_seconds=$((SECONDS - open_started))
sed -n 's/^check-window: /    /p' "$log_dir/first-command.log"
echo "    first command: window with the aligned sample after ${open_seconds}s (screenshot: $work/first-command.png)"

step "2. $test_command (the whole suite: 20 to 40 minutes)"
test_started=$SECONDS
set +e
in_root "cd $clone && $test_command" 2>&1 | tee "$log_dir/second-command.log" |
  grep --line-buffered -E '^(==|[0-9]+ passed, [0-9]+ failed)|^Ok:|^Fail:|^fuzz-\S+ +(ok|FAILED)' |
  sed -u 's/^/    /'
status=${PIPESTATUS[0]}
set -e
test_seconds=$((SECONDS - test_started))
result=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log_dir/second-command.log" | tail -n 1)

echo
echo "fresh-clone: commit $(git -C "$srcdir" log -1 --format='%h %s' "$revision")"
echo "fresh-clone: first command: window with the aligned sample after ${open_seconds}s"
echo "fresh-clone: second command: exit $status after ${test_seconds}s: ${result:-no result line}"
echo "fresh-clone: total $((SECONDS - started))s"
if [ "$status" -ne 0 ] || [ -z "$result" ] || ! grep -q ' 0 failed' <<<"$result"; then
  fail "the test command failed (log: $log_dir/second-command.log)"
fi
passed=1
echo "fresh-clone: OK"
