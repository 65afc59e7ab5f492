#!/usr/bin/env bash
# tests/flatpak/check.sh: builds the real Flatpak manifest, offline, against a
# stand-in for the GNOME runtime made from Debian 12 packages; installs the
# result with flatpak, starts it with `flatpak run` under Xvfb and checks
# that its window shows the bundled sample corpus.
#
# The GNOME runtime cannot be downloaded here, but Debian's packages can. The
# stand-in is a Debian 12 root file system (debootstrap) with what the
# manifest's build and the application's run need, exported as a runtime and
# an SDK into a local OSTree repository. It is kept in a cache, keyed by the
# package list, so only the first run on a machine builds it.
#
# Usage: tests/flatpak/check.sh [--screenshot FILE] [MANIFEST]
#   MANIFEST defaults to flatpak/io.github.newsparallax.Parallax.json.
#
# Environment:
#   PARALLAX_FLATPAK_CACHE  where the stand-in runtime and the flatpak
#                           installation it is installed into are kept
#                           (default: ~/.cache/parallax-flatpak-runtime)
#   PARALLAX_DEBIAN_MIRROR  the Debian mirror debootstrap uses (default: the
#                           one apt uses for bookworm)
#   PARALLAX_FLATPAK_KEEP   if 1, keep the work folder (build log, screenshot)
#
# Runs as root (as CI does) or as a user with sudo for the tools and for
# debootstrap. Exit status: 0 passed, 1 failed, 77 skipped because a tool it
# needs cannot be installed.
set -euo pipefail

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
screenshot_out=""
manifest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) screenshot_out="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) manifest="$1"; shift ;;
  esac
done
manifest=${manifest:-$srcdir/flatpak/io.github.newsparallax.Parallax.json}
manifest=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")

cache=${PARALLAX_FLATPAK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/parallax-flatpak-runtime}
suite=bookworm
branch=debian12
runtime_id=io.github.newsparallax.Standin.Platform
sdk_id=io.github.newsparallax.Standin.Sdk
remote=parallax-standin

# What the stand-in runtime holds. The GNOME SDK has all of it; this is the
# least that builds the manifest and runs its tests (meson, the compiler,
# GTK, libadwaita, json-glib, libxml2, libsoup, the desktop and AppStream
# validators, and what flatpak-builder calls: eu-strip, debugedit,
# appstream-compose) and runs the window (fonts, icons and the SVG loader
# that draws them).
# dbus-x11, not dbus-user-session: the latter pulls in systemd, whose
# configuration fails in a chroot. libsysprof-4-dev by name: libsoup-3.0-dev
# depends on libsysprof-capture-4-dev, a virtual package it provides, and
# debootstrap does not resolve virtual packages. Changing the list
# rebuilds the cache.
runtime_packages=(
  meson ninja-build gcc libc6-dev pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev libxml2-dev
  libsoup-3.0-dev libsysprof-4-dev
  libgtk-4-dev libadwaita-1-dev
  desktop-file-utils appstream appstream-util elfutils debugedit
  shared-mime-info adwaita-icon-theme librsvg2-common fonts-cantarell fonts-dejavu-core
  dbus-x11
)
# Bump when the way the runtime is put together changes.
recipe=1

started=$SECONDS
step () {
  printf '\n==> [%3ds] %s\n' $((SECONDS - started)) "$*"
}
note () {
  printf '    %s\n' "$*"
}
fail () {
  printf '\nflatpak-check: FAIL: %s\n' "$*" >&2
  exit 1
}
skip () {
  printf '\nflatpak-check: SKIP: %s\n' "$*" >&2
  exit 77
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    skip "debootstrap needs root: run as root or with password-less sudo"
  fi
fi

# --- Tools ------------------------------------------------------------------

step "Checking the tools"
declare -A tool_packages=(
  [flatpak]=flatpak
  [flatpak-builder]=flatpak-builder
  [debootstrap]=debootstrap
  [xvfb-run]=xvfb
  [xauth]=xauth
  [xdotool]=xdotool
  [import]=imagemagick
  [dbus-run-session]=dbus-daemon
  [ostree]=ostree
  [python3]=python3
  # flatpak-builder strips the build with elfutils' eu-strip, a package
  # it only recommends.
  [eu-strip]=elfutils
)
missing=()
for tool in "${!tool_packages[@]}"; do
  command -v "$tool" >/dev/null || missing+=("${tool_packages[$tool]}")
done
# debootstrap checks the mirror's signatures with Debian's keyring.
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
# flatpak build-export checks the application's SVG icon with gdk-pixbuf,
# which needs its SVG loader.
compgen -G "/usr/lib/*/gdk-pixbuf-2.0/2.10.0/loaders/libpixbufloader-svg.so" >/dev/null ||
  missing+=(librsvg2-common)
if [ ${#missing[@]} -gt 0 ]; then
  note "installing ${missing[*]}"
  if ! { $sudo apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
       >/tmp/parallax-flatpak-apt.log 2>&1; then
    tail -n 20 /tmp/parallax-flatpak-apt.log >&2
    skip "could not install ${missing[*]} (log: /tmp/parallax-flatpak-apt.log)"
  fi
fi
note "$(flatpak --version), flatpak-builder $(flatpak-builder --version | awk '{print $2}')"

arch=$(flatpak --default-arch)
deb_arch=$(dpkg --print-architecture)

# The user installation that flatpak --user and flatpak-builder --user use,
# kept beside the runtime, so that the check neither needs nor touches the
# user's own.
export FLATPAK_USER_DIR="$cache/flatpak"
own_runtime_dir=""
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR:-/nonexistent}" ]; then
  own_runtime_dir=$(mktemp -d /tmp/parallax-flatpak-xdg-runtime.XXXXXX)
  export XDG_RUNTIME_DIR=$own_runtime_dir
fi

work=$(mktemp -d "${TMPDIR:-/var/tmp}/parallax-flatpak.XXXXXX")
cd "$work"
cleanup () {
  status=$?
  if [ $status -ne 0 ] || [ "${PARALLAX_FLATPAK_KEEP:-0}" = 1 ]; then
    echo "flatpak-check: the work folder is kept: $work" >&2
  else
    rm -rf "$work"
  fi
  [ -z "$own_runtime_dir" ] || rm -rf "$own_runtime_dir"
}
trap cleanup EXIT

# --- The stand-in runtime ------------------------------------------------------

key=$({ printf '%s\n' "recipe=$recipe" "suite=$suite" "arch=$deb_arch"
        printf '%s\n' "${runtime_packages[@]}" | sort; } |
      sha256sum | cut -c1-16)
runtime_dir="$cache/runtime-$key"
repo="$runtime_dir/repo"

step "Stand-in runtime $runtime_id//$branch (cache key $key)"
if [ -f "$runtime_dir/complete" ]; then
  note "cached in $runtime_dir"
else
  # Another package list's runtime is of no further use.
  rm -rf "$cache"/runtime-*
  mkdir -p "$runtime_dir"
  rootfs="$runtime_dir/rootfs"

  mirror=${PARALLAX_DEBIAN_MIRROR:-$(bash "$srcdir/tests/install/debian-mirror.sh" "$suite")}

  step "debootstrap: Debian 12 ($suite, $deb_arch) with ${#runtime_packages[@]} packages and their dependencies from $mirror (a few minutes)"
  log="$runtime_dir/debootstrap.log"
  include=$(IFS=,; echo "${runtime_packages[*]}")
  # Progress: each stage once and a count every 100 packages, not a line
  # per package.
  if ! nice $sudo debootstrap --variant=minbase --arch="$deb_arch" --include="$include" \
         "$suite" "$rootfs" "$mirror" 2>&1 |
       tee "$log" |
       awk '/^I: Validating / { next }
            /^I: (Retrieving|Extracting|Unpacking|Configuring) / {
              stage = $2
              if (!(stage in count)) printf "    %s…\n", stage
              if (++count[stage] % 100 == 0) printf "    %s: %d packages\n", stage, count[stage]
              fflush()
              next
            }
            { print "    " $0; fflush() }'; then
    tail -n 30 "$log" >&2
    fail "debootstrap failed (log: $log)"
  fi
  [ -x "$rootfs/usr/bin/meson" ] || fail "debootstrap did not install meson (log: $log)"
  note "root file system: $(du -sh "$rootfs" | cut -f1)"

  step "Exporting it as the SDK and the platform"
  # A runtime is exported from usr/; its /etc comes from usr/etc.
  tree="$runtime_dir/tree"
  mkdir -p "$tree/files"
  $sudo mv "$rootfs/usr" "$tree/usr"
  $sudo cp -a "$rootfs/etc" "$tree/usr/etc"
  $sudo rm -rf "$rootfs"
  # Nothing reads the documentation; a smaller tree exports faster.
  $sudo rm -rf "$tree/usr/share/doc" "$tree/usr/share/man" "$tree/usr/share/info"
  # Readable by the user who builds and runs, whatever debootstrap's modes.
  $sudo chmod -R a+rX "$tree/usr"
  [ -z "$sudo" ] || $sudo chown -R "$(id -u):$(id -g)" "$tree"

  # The same files twice, as the SDK and as the platform: two folders
  # of hard links that differ in their metadata, exported at once (each
  # export compresses on one core), into a repository made first so that
  # the two do not both create it.
  ostree init --repo="$repo" --mode=archive-z2
  cp -al "$tree" "$tree-platform"
  pids=()
  for ref in "$sdk_id" "$runtime_id"; do
    dir=$tree
    [ "$ref" = "$sdk_id" ] || dir=$tree-platform
    cat > "$dir/metadata" <<EOF
[Runtime]
name=$ref
runtime=$runtime_id/$arch/$branch
sdk=$sdk_id/$arch/$branch
EOF
    nice flatpak build-export --runtime --disable-fsync --arch="$arch" \
      --subject="Parallax stand-in ($suite, $key)" \
      "$repo" "$dir" "$branch" >"$runtime_dir/export-$ref.log" 2>&1 &
    pids+=($!)
  done
  for i in 0 1; do
    if ! wait "${pids[$i]}"; then
      cat "$runtime_dir"/export-*.log >&2
      fail "flatpak build-export failed"
    fi
  done
  for ref in "$sdk_id" "$runtime_id"; do
    note "$ref: commit $(sed -n 's/^Commit: //p' "$runtime_dir/export-$ref.log")"
  done
  flatpak build-update-repo "$repo" 2>&1 | sed 's/^/    /'
  rm -rf "$tree" "$tree-platform" "$runtime_dir"/export-*.log
  touch "$runtime_dir/complete"
  note "repository: $(du -sh "$repo" | cut -f1)"
fi

step "Installing the stand-in runtime (flatpak --user, in $FLATPAK_USER_DIR)"
if flatpak --user remotes --columns=name | grep -qx "$remote"; then
  flatpak --user remote-modify --no-gpg-verify --url="file://$repo" "$remote"
else
  flatpak --user remote-add --no-gpg-verify "$remote" "file://$repo"
fi
# A throw-away installation: no fsync for each of its files.
if ! grep -q '^fsync=' "$FLATPAK_USER_DIR/repo/config"; then
  sed -i '/^\[core\]/a fsync=false' "$FLATPAK_USER_DIR/repo/config"
fi
flatpak --user install --noninteractive --or-update -y "$remote" \
  "$sdk_id/$arch/$branch" "$runtime_id/$arch/$branch" 2>&1 | sed 's/^/    /'
flatpak --user list --runtime --columns=application,branch,size | sed 's/^/    /'

# --- The application ------------------------------------------------------------

app_id=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$manifest")

step "Building $(basename "$manifest") with flatpak-builder"
# The manifest builds the folder above it ("path": ".."). A copy of the
# source tree, without build folders and .git, keeps it so, and keeps a
# build running beside this one (meson test in _build) out of the copy.
mkdir -p "$work/src"
tar -C "$srcdir" --anchored \
    --exclude=./.git --exclude='./_build*' --exclude='./build*' \
    --exclude=./.flatpak-builder --exclude=./_flatpak \
    -cf - . | tar -C "$work/src" -xf -
# The copy of the manifest names the stand-in runtime; nothing else changes.
copy="$work/src/flatpak/$(basename "$manifest")"
python3 - "$manifest" "$copy" "$runtime_id" "$sdk_id" "$branch" <<'EOF'
import json, sys

source, copy, runtime, sdk, branch = sys.argv[1:]
with open(source) as f:
    manifest = json.load(f)
print(f"    runtime {manifest['runtime']}//{manifest['runtime-version']} -> {runtime}//{branch}")
print(f"    sdk     {manifest['sdk']} -> {sdk}")
manifest.update({"runtime": runtime, "sdk": sdk, "runtime-version": branch})
with open(copy, "w") as f:
    json.dump(manifest, f, indent=2)
EOF

build_log="$work/flatpak-builder.log"
if ! (cd "$work" &&
      nice flatpak-builder --user --install --force-clean --disable-rofiles-fuse \
        --state-dir="$work/state" "$work/app" "$copy") >"$build_log" 2>&1; then
  sed 's/^/    | /' "$build_log" | tail -n 80 >&2
  fail "flatpak-builder failed (the whole log: $build_log)"
fi
# The build's milestones and the test summary, not every compiler line.
grep -E '^(Starting build|Running: meson test|Running: ninja test|Ok: |Fail: |Skipped: |Committing stage|Exporting|Installing|Pruning)|^ *[0-9]+/[0-9]+ .*(OK|FAIL|SKIP)' "$build_log" |
  sed 's/^/    /' || true
flatpak --user info "$app_id" | sed -n 's/^ *\(Ref\|Runtime\|Installed\|Commit\):/    &/p'

step "Checking the sandbox's permissions against the manifest's finish-args"
# What flatpak grants the installed application, [Context] of its
# metadata, must be exactly what the manifest asks for (README.md, "Install
# with Flatpak", justifies each).
flatpak --user info --show-permissions "$app_id" >"$work/permissions"
if ! python3 - "$manifest" "$work/permissions" <<'EOF'
import configparser, json, sys

manifest, permissions = sys.argv[1:]
keys = {"--share": "shared", "--socket": "sockets", "--device": "devices", "--filesystem": "filesystems"}
expected = {key: set() for key in keys.values()}
for arg in json.load(open(manifest)).get("finish-args", []):
    option, _, value = arg.partition("=")
    if option not in keys:
        sys.exit(f"    finish-args: {arg} is not checked here: add it to tests/flatpak/check.sh")
    expected[keys[option]].add(value)
# flatpak writes --socket=fallback-x11 as both (x11 is used only without
# Wayland).
if "fallback-x11" in expected["sockets"]:
    expected["sockets"].add("x11")

granted = configparser.ConfigParser(delimiters=("=",), interpolation=None)
granted.read(permissions)
context = granted["Context"] if granted.has_section("Context") else {}
failed = False
for key, values in expected.items():
    actual = {v for v in context.get(key, "").split(";") if v}
    print(f"    {key}: {' '.join(sorted(actual)) or '(none)'}")
    if actual != values:
        print(f"    {key}: expected {' '.join(sorted(values)) or '(none)'}", file=sys.stderr)
        failed = True
sys.exit(1 if failed else 0)
EOF
then
  sed 's/^/    | /' "$work/permissions" >&2
  fail "the installed application's permissions are not the manifest's finish-args"
fi

# --- Running it -------------------------------------------------------------------

step "Starting it with flatpak run under Xvfb on the bundled sample corpus"
screenshot="$work/screenshot.png"
# The window opens the sample corpus installed with the application,
# /app/share/parallax/sample, when it is given none. dbus-run-session
# gives flatpak a session bus to proxy into the sandbox; what the bus and
# the portals it starts say goes to a log, shown if the check fails.
session_log="$work/session.log"
if ! xvfb-run -a -s "-screen 0 1280x800x24" \
       dbus-run-session -- \
       bash "$srcdir/tests/install/check-window.sh" --timeout 90 --screenshot "$screenshot" -- \
       flatpak run "$app_id" 2>"$session_log"; then
  sed 's/^/    | /' "$session_log" >&2
  fail "the Flatpak did not show its window with the sample corpus"
fi
if [ -n "$screenshot_out" ]; then
  cp "$screenshot" "$screenshot_out"
  note "screenshot: $screenshot_out"
fi

step "Passed in $((SECONDS - started))s"
echo "flatpak-check: $app_id built from $(basename "$manifest"), installed and started"
