#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging check of scripts/run-tests.sh: cheap enough for every CI run (it packages the build
# that the tests just used; no second build, no install). It fails when
#   - the .deb's files differ from packaging/linux/deb-files.txt (a file added, lost or moved);
#   - a library that a packaged program links comes from a package missing in Depends
#     (dpkg-shlibdeps run again on every ELF file in the .deb);
#   - a packaged program links a library this machine cannot resolve (ldd "not found").
# packaging/linux/test-deb.sh goes further: it installs, runs and removes the package (as root).
#
#   packaging/linux/check-deb.sh build/release     # makes the .deb there with CPack, then checks it
#   packaging/linux/check-deb.sh --deb FILE.deb    # checks a .deb made already
set -euo pipefail

cd "$(dirname "$0")/../.."
EXPECTED=packaging/linux/deb-files.txt

fail() { printf 'check-deb: FAIL  %s\n' "$*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps ldd file; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (run scripts/setup-debian.sh)"
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ "${1:-}" = --deb ]; then
    DEB=$(realpath "${2:?--deb needs a file}")
else
    BUILD_DIR=${1:?usage: check-deb.sh BUILD_DIR | --deb FILE}
    [ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR is not a configured build folder"
    # Only the .deb, into a folder of its own: the .tar.gz adds nothing this check looks at.
    cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$WORK/packages" >"$WORK/cpack.log" 2>&1 \
        || { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
    DEB=$(find "$WORK/packages" -maxdepth 1 -name '*.deb' | head -n 1)
    [ -n "$DEB" ] || { cat "$WORK/cpack.log"; fail "cpack made no .deb"; }
fi

# 1. The file list, against the one committed beside this script.
dpkg-deb -c "$DEB" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./|/|' | sort >"$WORK/files"
if ! diff -u "$EXPECTED" "$WORK/files" >"$WORK/files.diff"; then
    cat "$WORK/files.diff" >&2
    fail "the .deb's files differ from $EXPECTED (- expected, + packaged); update the list if the change is meant"
fi
echo "check-deb: the .deb holds the $(wc -l <"$WORK/files") files of $EXPECTED"

# 2. Depends covers every package dpkg-shlibdeps finds for every ELF file in the package.
dpkg-deb -x "$DEB" "$WORK/root"
mkdir -p "$WORK/root/debian" && touch "$WORK/root/debian/control"
mapfile -t elves < <(cd "$WORK/root" && find . -type f -exec file {} + | awk -F: '/ELF/ {print $1}' | sort)
[ ${#elves[@]} -gt 0 ] || fail "no ELF file in the .deb"
(cd "$WORK/root" && dpkg-shlibdeps -O "${elves[@]}" 2>"$WORK/shlibdeps.err") >"$WORK/shlibs" \
    || { cat "$WORK/shlibdeps.err"; fail "dpkg-shlibdeps"; }
names() { tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | sed '/^$/d' | sort -u; }
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
missing=$(comm -23 <(sed -n 's/^shlibs:Depends=//p' "$WORK/shlibs" | names) <(printf '%s\n' "$DEPENDS" | names))
[ -z "$missing" ] || fail "Depends lacks $(echo "$missing" | tr '\n' ' ')(Depends: $DEPENDS)"
echo "check-deb: Depends covers the libraries of ${#elves[@]} programs: $DEPENDS"

# 3. Every library the programs link resolves here.
for elf in "${elves[@]}"; do
    if ldd "$WORK/root/$elf" | grep -q 'not found'; then
        ldd "$WORK/root/$elf" | grep 'not found' >&2
        fail "$elf links a library that is not installed"
    fi
done
echo "check-deb: passed ($(basename "$DEB"))"
