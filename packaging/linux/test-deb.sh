#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Linux packages (.deb and .tar.gz) with CPack, installs the .deb with apt-get, checks
# the installed programs, desktop files and MIME type, then removes the package and checks that its
# files are gone. Exits non-zero on the first failed check. Needs root (or sudo) for apt-get, the
# packages of scripts/setup-debian.sh (desktop-file-utils, appstream, dataset-fashion-mnist) and
# about a minute once the build is done.
#
#   packaging/linux/test-deb.sh                 # build folder build/pkg, all cores
#   JOBS=1 BUILD_DIR=build/pkg packaging/linux/test-deb.sh
#   SKIP_BUILD=1 packaging/linux/test-deb.sh    # reuse the packages already in $BUILD_DIR/packages
set -euo pipefail

cd "$(dirname "$0")/../.."
SOURCE_DIR=$PWD
BUILD_DIR=${BUILD_DIR:-build/pkg}
JOBS=${JOBS:-$(nproc)}
PACKAGE=privatesnn-lab
APP_ID=io.github.privatesnn.lab
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

passed=0
step() { printf '\n== %s\n' "$*"; }
ok() { passed=$((passed + 1)); printf '  PASS  %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "'$1' is missing (run scripts/setup-debian.sh)"; }
installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$PACKAGE" 2>/dev/null | grep -q '^ii'; }
# Runs `$1 --version`, which must print the package version; echoes its first line.
version_of() {
    local out
    out=$("$1" --version) || fail "$1 --version"
    printf '%s\n' "$out" | grep -qF "$VERSION" || fail "$1 --version does not print $VERSION: $out"
    printf '%s\n' "$out" | head -n 1
}

for tool in cmake ninja dpkg-deb dpkg-shlibdeps apt-get desktop-file-validate appstreamcli timeout; do need "$tool"; done

WORK=$(mktemp -d)
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" = 1 ] && installed; then
        echo "cleanup: removing $PACKAGE after a failed check"
        $SUDO apt-get remove -y -qq "$PACKAGE" >/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# --------------------------------------------------------------------------------------------
step "Build and package ($BUILD_DIR, -j $JOBS)"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRIVATESNN_BUILD_TESTS=OFF >"$WORK/configure.log" \
        || { cat "$WORK/configure.log"; fail "cmake configure"; }
    ok "configured"
    cmake --build "$BUILD_DIR" -j "$JOBS" || fail "build"
    ok "built"
    rm -f "$BUILD_DIR"/packages/*.deb "$BUILD_DIR"/packages/*.tar.gz
    cmake --build "$BUILD_DIR" --target package >"$WORK/cpack.log" || { cat "$WORK/cpack.log"; fail "cpack"; }
fi
shopt -s nullglob
debs=("$BUILD_DIR"/packages/${PACKAGE}_*.deb)
tgzs=("$BUILD_DIR"/packages/${PACKAGE}-*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $BUILD_DIR/packages, found ${#debs[@]}"
[ ${#tgzs[@]} -eq 1 ] || fail "expected one .tar.gz in $BUILD_DIR/packages, found ${#tgzs[@]}"
DEB=$(realpath "${debs[0]}")
TGZ=$(realpath "${tgzs[0]}")
ok "packages: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)), $(basename "$TGZ") ($(du -h "$TGZ" | cut -f1))"

# --------------------------------------------------------------------------------------------
step "Package contents and metadata"
VERSION=$(dpkg-deb -f "$DEB" Version)
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
[ "$(dpkg-deb -f "$DEB" Package)" = "$PACKAGE" ] || fail "package name"
ok "package $PACKAGE $VERSION ($(dpkg-deb -f "$DEB" Architecture)), Installed-Size $(dpkg-deb -f "$DEB" Installed-Size) KiB"
echo "  Depends: $DEPENDS"
# The file list against packaging/linux/deb-files.txt, and Depends against dpkg-shlibdeps run again
# on every program in the package: the check scripts/run-tests.sh runs on every CI build.
packaging/linux/check-deb.sh --deb "$DEB" || fail "packaging/linux/check-deb.sh"
ok "the .deb holds the files of packaging/linux/deb-files.txt and Depends covers every linked library"

# The .tar.gz is relocatable: bin/ and share/ under one top folder; the CLI finds its models there.
mkdir -p "$WORK/tgz"
tar -xzf "$TGZ" -C "$WORK/tgz"
TOP=$(find "$WORK/tgz" -mindepth 1 -maxdepth 1 -type d | head -n 1)
for f in bin/privatesnn bin/privatesnn-report bin/privatesnn-lab share/privatesnn/models/teacher.psnn share/applications/privatesnn-lab.desktop; do
    [ -e "$TOP/$f" ] || fail "the .tar.gz lacks $f"
done
version_of "$TOP/bin/privatesnn" >/dev/null
ok "the .tar.gz holds the same tree ($(basename "$TOP")/bin, share) and its privatesnn runs"

# --------------------------------------------------------------------------------------------
step "Install with apt-get"
if installed; then
    echo "  $PACKAGE is already installed: removing it first"
    $SUDO apt-get remove -y -qq "$PACKAGE" >/dev/null
fi
[ -e /usr/bin/privatesnn ] && fail "/usr/bin/privatesnn exists without the package; refusing to overwrite it"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt-install.log" 2>&1 \
    || { cat "$WORK/apt-install.log"; fail "apt-get install $DEB"; }
installed || fail "dpkg does not list $PACKAGE as installed"
dpkg -L "$PACKAGE" >"$WORK/installed-files"
ok "apt-get installed $PACKAGE $VERSION ($(wc -l <"$WORK/installed-files") paths)"

# --------------------------------------------------------------------------------------------
step "Installed command-line tool"
[ "$(command -v privatesnn)" = /usr/bin/privatesnn ] || fail "privatesnn is not /usr/bin/privatesnn on PATH"
v=$(version_of /usr/bin/privatesnn) # an assignment, so a failure inside stops the script (set -e)
ok "privatesnn --version: $v"
# The versions of the report writer, which privatesnn runs from beside itself to write reports.
printf '%s\n' "$v" | grep -q 'reports: Qt ' || fail "privatesnn does not find /usr/bin/privatesnn-report: $v"
ok "privatesnn finds its report writer /usr/bin/privatesnn-report"
out=$(/usr/bin/privatesnn inspect /usr/share/privatesnn/models/teacher.psnn) || fail "privatesnn inspect"
printf '%s\n' "$out" | grep -q '^total' || fail "privatesnn inspect printed no totals: $out"
ok "privatesnn inspect /usr/share/privatesnn/models/teacher.psnn: $(printf '%s\n' "$out" | sed -n 2p)"
[ -d /usr/share/datasets/fashion-mnist ] || fail "the demo data set is missing (apt-get install dataset-fashion-mnist)"
# No --model: the CLI must find the bundled teacher under /usr/share/privatesnn by itself.
out=$(cd "$WORK" && /usr/bin/privatesnn --quiet --threads 2 convert --images fashion-mnist:train --count 64 -T 16 --out "$WORK/demo-snn.psnn") \
    || fail "privatesnn convert: $out"
printf '%s\n' "$out" | grep -Eq '^Converted /usr/(bin/\.\./)?share/privatesnn/models/teacher\.psnn' \
    || fail "privatesnn convert did not use the installed bundled teacher: $out"
ok "privatesnn convert (bundled teacher found at $(printf '%s\n' "$out" | head -n 1 | awk '{print $2}'), 64 images)"
out=$(cd "$WORK" && /usr/bin/privatesnn --quiet --threads 2 evaluate --snn "$WORK/demo-snn.psnn" --data fashion-mnist:test --count 64 -T 8) \
    || fail "privatesnn evaluate: $out"
ok "privatesnn evaluate on 64 test images: $(printf '%s\n' "$out" | grep -i -m 1 'accuracy' || printf '%s\n' "$out" | head -n 1)"

# --------------------------------------------------------------------------------------------
step "Installed desktop lab (offscreen)"
v=$(version_of /usr/bin/privatesnn-lab)
ok "privatesnn-lab --version: $v"
mkdir -p "$WORK/home" && mkdir -m 700 -p "$WORK/run"
for args in "" "/usr/share/privatesnn/models/teacher.psnn"; do
    rc=0
    (cd "$WORK" && HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" QT_QPA_PLATFORM=offscreen \
        timeout -s TERM 8 /usr/bin/privatesnn-lab $args) >"$WORK/gui.log" 2>&1 || rc=$?
    # 124: still running after 8 s and stopped by timeout, which is what a started GUI does.
    [ "$rc" = 124 ] || { cat "$WORK/gui.log"; fail "privatesnn-lab $args exited by itself (code $rc) instead of running"; }
    if grep -Eiq 'could not (load|find) the qt platform plugin|fatal|segmentation' "$WORK/gui.log"; then
        cat "$WORK/gui.log"; fail "privatesnn-lab $args printed an error"
    fi
    ok "privatesnn-lab ${args:-(no model)} started and ran 8 s under QT_QPA_PLATFORM=offscreen"
done

# --------------------------------------------------------------------------------------------
step "Installed desktop integration"
desktop-file-validate /usr/share/applications/privatesnn-lab.desktop || fail "desktop-file-validate"
ok "desktop-file-validate /usr/share/applications/privatesnn-lab.desktop"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$APP_ID.metainfo.xml" >"$WORK/as.log" 2>&1 \
    || { cat "$WORK/as.log"; fail "appstreamcli validate"; }
ok "appstreamcli validate --pedantic /usr/share/metainfo/$APP_ID.metainfo.xml"
grep -q '^Exec=privatesnn-lab %f' /usr/share/applications/privatesnn-lab.desktop || fail "desktop Exec"
# shared-mime-info's dpkg trigger rebuilds the MIME database from /usr/share/mime/packages.
if command -v update-mime-database >/dev/null; then
    [ -f /usr/share/mime/application/x-privatesnn-archive.xml ] || fail "MIME database has no application/x-privatesnn-archive"
    grep -q 'application/x-privatesnn-archive:\*\.psnn' /usr/share/mime/globs2 || fail "MIME glob *.psnn not registered"
    ok "MIME type application/x-privatesnn-archive registered for *.psnn (shared-mime-info trigger)"
fi
if command -v update-desktop-database >/dev/null && [ -f /usr/share/applications/mimeinfo.cache ]; then
    grep -q 'application/x-privatesnn-archive=.*privatesnn-lab.desktop' /usr/share/applications/mimeinfo.cache \
        || fail "mimeinfo.cache does not map application/x-privatesnn-archive to privatesnn-lab.desktop"
    ok "privatesnn-lab.desktop opens application/x-privatesnn-archive (desktop-file-utils trigger)"
fi

# --------------------------------------------------------------------------------------------
step "Remove with apt-get"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$PACKAGE" >"$WORK/apt-remove.log" 2>&1 \
    || { cat "$WORK/apt-remove.log"; fail "apt-get remove"; }
installed_by_us=0
installed && fail "$PACKAGE still installed"
left=0
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then echo "  left behind: $path" >&2; left=$((left + 1)); fi
done <"$WORK/installed-files"
[ "$left" = 0 ] || fail "$left files left after apt-get remove"
[ -d /usr/share/privatesnn ] && fail "/usr/share/privatesnn left after apt-get remove"
if [ -f /usr/share/mime/globs2 ] && grep -q 'x-privatesnn-archive' /usr/share/mime/globs2; then
    fail "MIME type still registered after removal"
fi
ok "apt-get remove $PACKAGE: no file of the package is left, MIME type unregistered"

printf '\ntest-deb: all %d checks passed (%s, %s)\n' "$passed" "$(basename "$DEB")" "$(du -h "$DEB" | cut -f1)"
