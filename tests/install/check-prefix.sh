#!/usr/bin/env bash
# tests/install/check-prefix.sh: checks that `meson install` into a prefix
# gives a Parallax that runs from there alone.
#
# It copies the source tree to a temporary folder, builds it, installs it
# into a temporary prefix and deletes the copy and the build folder, so that
# no path compiled into the programs leads back to a source or build tree.
# Then, from the prefix alone, parallax-cli exports the installed sample
# corpus, and parallax (under xvfb-run) must open a window showing that
# corpus: it finds its resources, its settings schema (through
# XDG_DATA_DIRS, as a desktop session provides) and the sample corpus.
#
# Usage: tests/install/check-prefix.sh [--screenshot FILE]
# Exit status: 0 passed, 1 failed, 77 skipped (no xvfb-run, xdotool or
# ImageMagick to check the window with).
set -euo pipefail

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
screenshot_out=""
if [ "${1:-}" = "--screenshot" ]; then
  screenshot_out="$2"
fi

started=$SECONDS
step () {
  printf '==> [%3ds] %s\n' $((SECONDS - started)) "$*"
}
fail () {
  printf 'check-prefix: FAIL: %s\n' "$*" >&2
  exit 1
}

for tool in meson ninja xvfb-run xdotool import identify; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-prefix: SKIP: $tool is not installed (packages: meson ninja-build xvfb xauth xdotool imagemagick)" >&2
    exit 77
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/parallax-prefix.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

step "Copying the source tree to $tmp/src"
mkdir "$tmp/src"
tar -C "$srcdir" --anchored \
    --exclude=./.git --exclude='./_build*' --exclude='./build*' \
    --exclude=./.flatpak-builder --exclude=./_flatpak \
    -cf - . | tar -C "$tmp/src" -xf -

step "Building and installing into $prefix"
log="$tmp/build.log"
# Only the programs: the tests are not installed and would double the time.
if ! { meson setup "$tmp/build" "$tmp/src" --prefix="$prefix" -Dtests=false &&
       nice meson compile -C "$tmp/build" &&
       meson install -C "$tmp/build"; } >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  fail "the build or the install failed"
fi

step "Deleting the copied source tree and the build folder"
rm -rf "$tmp/src" "$tmp/build"

step "What was installed"
(cd "$prefix" && find . -type f | sort | sed 's|^\./|    |')

for path in \
    bin/parallax \
    bin/parallax-cli \
    share/applications/io.github.newsparallax.Parallax.desktop \
    share/metainfo/io.github.newsparallax.Parallax.metainfo.xml \
    share/glib-2.0/schemas/io.github.newsparallax.Parallax.gschema.xml \
    share/glib-2.0/schemas/gschemas.compiled \
    share/icons/hicolor/scalable/apps/io.github.newsparallax.Parallax.svg \
    share/icons/hicolor/symbolic/apps/io.github.newsparallax.Parallax-symbolic.svg; do
  [ -e "$prefix/$path" ] || fail "$path was not installed"
done
sample="$prefix/share/parallax/sample"
[ -d "$sample" ] || fail "the sample corpus was not installed in share/parallax/sample"

# Translations: the programs look in the prefix's locale folder, where any
# catalogue po/LINGUAS names is installed.
grep -q -a -F "$prefix/share/locale" "$prefix/bin/parallax" ||
  fail "parallax does not look for translations in $prefix/share/locale"
for lang in $(sed 's/#.*//' "$srcdir/po/LINGUAS" 2>/dev/null); do
  [ -f "$prefix/share/locale/$lang/LC_MESSAGES/parallax.mo" ] ||
    fail "the $lang translation was not installed"
done

# From here on nothing but the prefix and the system.
export PATH="$prefix/bin:/usr/local/bin:/usr/bin:/bin"
export XDG_DATA_DIRS="$prefix/share:/usr/local/share:/usr/share"
export GSETTINGS_BACKEND=memory
unset GSETTINGS_SCHEMA_DIR PARALLAX_SAMPLE_DIR
cd "$tmp"

step "parallax-cli export on the installed sample corpus"
if ! parallax-cli export "$sample" >"$tmp/export.json" 2>"$tmp/export.log"; then
  cat "$tmp/export.log" >&2
  fail "parallax-cli export failed"
fi
articles=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$tmp/export.json" 2>/dev/null ||
           echo 0)
[ "$articles" -gt 0 ] || fail "parallax-cli export wrote no articles"
echo "    $articles articles, $(wc -c <"$tmp/export.json") bytes of JSON"

step "parallax under xvfb-run: its window must show the installed sample corpus"
# No argument: the window opens the sample corpus it finds in the prefix,
# and the source tree it could fall back to is gone.
if ! xvfb-run -a -s "-screen 0 1280x800x24" \
       bash "$srcdir/tests/install/check-window.sh" --timeout 60 --screenshot "$tmp/screenshot.png" -- \
       parallax; then
  fail "the installed parallax did not show its window with the sample corpus"
fi
if [ -n "$screenshot_out" ]; then
  cp "$tmp/screenshot.png" "$screenshot_out"
  echo "    screenshot: $screenshot_out"
fi

step "Passed"
