#!/bin/sh
# Fails unless every translation in PO_DIR is complete: each language in
# LINGUAS has a .po file, every .po file passes msgfmt --check, and
# msgfmt --statistics reports every message translated (no fuzzy, no
# untranslated). With a template as the second argument, or --fresh to
# extract one from the sources listed in PO_DIR/POTFILES.in right now,
# it also fails when a .po file lacks a message of the template: the
# sources gained strings and the .po files need `parallax-update-po`
# (see po/README.md) and a translator.
# Usage: check-translations.sh PO_DIR [TEMPLATE | --fresh]
set -u
podir=${1:-.}
pot=${2:-}
status=0

if [ "$pot" = "--fresh" ]; then
  tmpdir=$(mktemp -d)
  trap 'rm -rf "$tmpdir"' EXIT
  pot="$tmpdir/parallax.pot"
  # The keywords of i18n.gettext(preset: 'glib'), which makes parallax.pot.
  if ! ${XGETTEXT:-xgettext} --package-name=parallax --from-code=UTF-8 \
         --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
         --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
         --directory="$podir/.." --files-from="$podir/POTFILES.in" \
         --output="$pot" 2>"$tmpdir/xgettext.log"; then
    echo "check-translations: xgettext failed:"
    sed 's/^/  /' "$tmpdir/xgettext.log"
    exit 1
  fi
fi

msgfmt=${MSGFMT:-msgfmt}
if ! command -v "$msgfmt" >/dev/null 2>&1; then
  echo "check-translations: $msgfmt not found"
  exit 1
fi

for lang in $(sed -e 's/#.*//' "$podir/LINGUAS"); do
  if [ ! -f "$podir/$lang.po" ]; then
    echo "$podir/LINGUAS: lists $lang, but $lang.po does not exist"
    status=1
  fi
done

found=0
for po in "$podir"/*.po; do
  [ -f "$po" ] || continue
  found=$((found + 1))
  name=$(basename "$po")
  lang=${name%.po}
  if ! sed -e 's/#.*//' "$podir/LINGUAS" | grep -qx "[[:space:]]*$lang[[:space:]]*"; then
    echo "$name: not listed in LINGUAS, so it is neither built nor installed"
    status=1
  fi

  # msgfmt prints its statistics on standard error, e.g.
  # "300 translated messages, 2 fuzzy translations, 1 untranslated message."
  if ! stats=$(LC_ALL=C "$msgfmt" --check --statistics -o /dev/null "$po" 2>&1); then
    echo "$name: msgfmt --check failed:"
    echo "$stats" | sed 's/^/  /'
    status=1
    continue
  fi
  line=$(echo "$stats" | tail -n 1)
  translated=$(echo "$line" | sed -n 's/^\([0-9][0-9]*\) translated message.*/\1/p')
  fuzzy=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) fuzzy translation.*/\1/p')
  untranslated=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) untranslated message.*/\1/p')
  : "${translated:=0}" "${fuzzy:=0}" "${untranslated:=0}"
  if [ "$fuzzy" -ne 0 ] || [ "$untranslated" -ne 0 ] || [ "$translated" -eq 0 ]; then
    echo "$name: incomplete: $translated translated, $fuzzy fuzzy, $untranslated untranslated"
    status=1
  else
    echo "$name: $line"
  fi

  if [ -n "$pot" ]; then
    # Messages of the template that the .po file does not have at all.
    missing=$(msgcomm --less-than=2 --unique --no-wrap "$pot" "$po" 2>/dev/null \
              | LC_ALL=C msgattrib --untranslated --no-obsolete 2>/dev/null \
              | grep -c '^msgid ' )
    # msgcomm also keeps the header entry when anything is printed.
    if [ "$missing" -gt 1 ]; then
      echo "$name: $((missing - 1)) message(s) of $(basename "$pot") missing: run parallax-update-po and translate them"
      status=1
    fi
  fi
done

if [ "$found" -eq 0 ]; then
  echo "check-translations: no .po file in $podir"
  status=1
fi
exit $status
