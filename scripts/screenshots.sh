#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every wizard page of privatesnn-lab on a finished lab, under Xvfb, into
# docs/screenshots/. Nothing is rerun: the GUI only shows the lab's results.
#   scripts/screenshots.sh LAB_FOLDER [BUILD_DIR]
set -eu
lab=${1:?usage: scripts/screenshots.sh LAB_FOLDER [BUILD_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build/release}
out=$root/docs/screenshots
mkdir -p "$out"
# A throwaway settings folder, so the user's window geometry and recent labs neither leak in nor change.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x1100x24" \
  "$build/app/gui/privatesnn-lab" --lab "$lab" --screenshot-dir "$out"
