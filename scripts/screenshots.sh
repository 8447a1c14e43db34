#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every wizard page of privatesnn-lab on a finished lab, under Xvfb, into
# docs/screenshots/, plus the Synthesize and Report pages with the dark palette (--dark) as
# dark-02-synthesize.png and dark-06-report.png. Nothing is rerun: the GUI only shows the lab's results.
#   scripts/screenshots.sh LAB_FOLDER [BUILD_DIR]
set -eu
lab=${1:?usage: scripts/screenshots.sh LAB_FOLDER [BUILD_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$root/build/release}
out=$root/docs/screenshots
mkdir -p "$out"
# A throwaway settings folder, so the user's window geometry and recent labs neither leak in nor change.
config=$(mktemp -d)
dark=$(mktemp -d)
trap 'rm -rf "$config" "$dark"' EXIT
# No platform theme: the pictures show Qt's own look, the same on every desktop.
XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= xvfb-run -a -s "-screen 0 1400x1100x24" \
  "$build/app/gui/privatesnn-lab" --lab "$lab" --screenshot-dir "$out"
rm -rf "$config" && mkdir -p "$config"
XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= xvfb-run -a -s "-screen 0 1400x1100x24" \
  "$build/app/gui/privatesnn-lab" --dark --lab "$lab" --screenshot-dir "$dark"
for page in 02-synthesize 06-report; do
  cp "$dark/$page.png" "$out/dark-$page.png"
done
