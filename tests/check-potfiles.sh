#!/bin/sh
# Fails when a file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
# Usage: check-potfiles.sh SOURCE_ROOT
set -u
root=${1:-.}
cd "$root" || exit 1

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -rlE '(^|[^A-Za-z_])(_|N_|C_|NC_|ngettext|g_dngettext)[[:space:]]*\(' src --include='*.c';
          grep -rl 'translatable="yes"' resources data --include='*.ui' --include='*.in' --include='*.xml';
          ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml 2>/dev/null) | sort -u)

status=0
for file in $found; do
  if ! echo "$listed" | grep -qx "$file"; then
    echo "po/POTFILES.in: missing $file (it has translatable strings)"
    status=1
  fi
done
for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in: lists $file, which does not exist"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(echo "$listed" | wc -l) files with translatable strings"
exit $status
