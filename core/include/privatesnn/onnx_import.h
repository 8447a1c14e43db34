// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"
#include "privatesnn/torchscript_import.h"

#include <string>

namespace psnn {

/// Reads an ONNX model (opsets 9 to 17) of a VGG-style network into the project's description:
/// Conv (with a BatchNormalization after it folded in), Gemm, MatMul + Add, Relu, AveragePool,
/// GlobalAveragePool, Flatten or Reshape to a vector, Dropout and Identity, in one chain from the
/// graph's image input to its logits. The input size comes from the graph; options give the
/// normalisation and class names. Anything else (MaxPool, residual adds, other activations, custom
/// operators) gives Error(Unsupported) naming the node.
Network importOnnx(const std::string& path, const ImportOptions& options = {});

} // namespace psnn
