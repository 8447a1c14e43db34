#!/usr/bin/env bash
# Re-creates the bundled models in resources/models from Fashion-MNIST's training split, on the CPU.
# Usage: scripts/train-bundled-models.sh [path/to/privatesnn]   (default: build/release/app/cli/privatesnn)
set -euo pipefail
cd "$(dirname "$0")/.."
cli="${1:-build/release/app/cli/privatesnn}"
mkdir -p resources/models
# The teacher: the network the method works on (VGG-style, bias-free 3x3 convs, average pooling).
"$cli" train-ann --preset teacher --epochs 12 --seed 0 --out resources/models/teacher.psnn
# The judge: independently initialised, a different shape; only ever used to score leakage.
"$cli" train-ann --preset judge --epochs 8 --seed 0 --out resources/models/judge.psnn
# The second judge (privatesnn study): another shape again, trained only on half b of the training
# split, so it shares no training image with a teacher trained on half a. Kept short (4 epochs).
"$cli" train-ann --preset judge --layers 16,A,32,32,A --half b --epochs 4 --seed 0 --out resources/models/judge2.psnn
