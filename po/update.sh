#!/bin/sh
# Brings every translation up to date with the sources, then says which
# messages still need a translator.
#
#   po/update.sh [BUILD_DIR]     (default: _build, set up if missing)
#
# It regenerates po/parallax.pot from the files in po/POTFILES.in
# (meson target parallax-pot), merges it into each po/LL.po of
# po/LINGUAS (target parallax-update-po, msgmerge), and runs
# check-translations.sh, which lists every .po file with untranslated or
# fuzzy messages. Translate those (a PO editor, or by hand: remove the
# "#, fuzzy" line once a suggestion is checked) and run it again until
# it exits with 0, as the meson tests "translations" and
# "translations-current" do.
set -eu
cd "$(dirname "$0")/.."
build=${1:-_build}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build"
fi
meson compile -C "$build" parallax-pot
meson compile -C "$build" parallax-update-po
exec sh po/check-translations.sh po po/parallax.pot
