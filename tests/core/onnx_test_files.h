// SPDX-License-Identifier: GPL-3.0-or-later
// ONNX models for the hostile-file table and the fuzz, made with ONNX's own protobuf classes
// (libonnx-dev): a valid tiny graph that a test changes in one place and writes.
#pragma once

#include <onnx/onnx_pb.h>

#include <string>

namespace psnn::test {

/// image [N, 1, 8, 8] -> Conv "conv" (2 x 1 x 3 x 3, bias) -> Relu "relu" -> AveragePool "pool" (2, stride 2)
/// -> Flatten "flatten" -> Gemm "fc" (3 x 18, transB, bias) -> logits; opset 13; seeded weights.
onnx::ModelProto tinyOnnxModel();

/// The node of that name (throws std::out_of_range if absent).
onnx::NodeProto& onnxNode(onnx::ModelProto& model, const std::string& name);
/// The initializer of that name (throws std::out_of_range if absent).
onnx::TensorProto& onnxInitializer(onnx::ModelProto& model, const std::string& name);

void writeOnnx(const std::string& path, const onnx::ModelProto& model);

} // namespace psnn::test
