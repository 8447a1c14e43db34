#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every wizard page in each translated language, into docs/screenshots/<lang>/,
# like scripts/screenshots.sh (Xvfb, a throwaway settings folder, nothing is rerun).
#   translations/screenshots.sh LAB_FOLDER [BUILD_DIR] [LANG...]   (default: de ko zh_CN)
set -eu
lab=${1:?usage: translations/screenshots.sh LAB_FOLDER [BUILD_DIR] [LANG...]}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build/release}
[ $# -ge 2 ] && shift 2 || shift $#
langs=${*:-de ko zh_CN}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
for lang in $langs; do
  out=$root/docs/screenshots/$lang
  mkdir -p "$out"
  XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x1100x24" \
    "$build/app/gui/privatesnn-lab" --lang "$lang" --lab "$lab" --screenshot-dir "$out"
done
