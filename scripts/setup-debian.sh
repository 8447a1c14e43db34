#!/usr/bin/env bash
# Installs every Debian 12 package that PrivateSNN Lab needs to build, test and run its demo.
# Idempotent and non-interactive; safe to re-run. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # core: LibTorch + OpenCV (only the modules we use) + zlib for .gz data sets
  libtorch-dev libopencv-dev zlib1g-dev
  # SHA-256 (core/labmodel: OpenSSL EVP)
  libssl-dev
  # NIR export and import (HDF5 C library) and the export tests, which read the files back with Debian's Python
  libhdf5-dev python3-h5py python3-torch
  # ONNX import (ONNX's protobuf classes; libtorch links the same libonnx_proto) and its tests, which
  # export ONNX with python3-torch and build hostile graphs with python3-onnx
  libonnx-dev libprotobuf-dev python3-onnx
  # app and widgets: Qt 6 Widgets, translations tools, QCustomPlot (Qt 6 build), Qt SVG (qt6-svg-dev,
  # the real package: its alias libqt6svg6-dev is never "installed" for dpkg-query, so every run
  # called apt-get again)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqcustomplot-dev qt6-svg-dev
  # CLI parsing, JSON
  libcli11-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils xvfb xauth
  # the study's independent jobs under GNU parallel (tests/cli: --emit-jobs run with parallel -j2)
  parallel
  # Korean and Chinese glyphs for the translated GUI and its screenshots
  fonts-noto-cjk
  # packaging checks (packaging/linux/check-deb.sh, test-deb.sh): file(1), validators for the .desktop
  # file and AppStream metainfo
  file desktop-file-utils appstream
  # the style check of changed lines (scripts/check-format.sh: git clang-format)
  clang-format
  # the bundled real data set (Fashion-MNIST, IDX .gz under /usr/share/datasets/fashion-mnist)
  dataset-fashion-mnist
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done in ${SECONDS} s"
