#!/usr/bin/env bash
# Prints the Debian mirror that apt on this machine uses for SUITE
# (default bookworm), for debootstrap; deb.debian.org if apt names none.
#
#   tests/install/debian-mirror.sh [SUITE]
set -euo pipefail

suite=${1:-bookworm}
mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null |
         awk -v suite="$suite" '$2 == suite { print $1; exit }')
echo "${mirror:-http://deb.debian.org/debian/}"
