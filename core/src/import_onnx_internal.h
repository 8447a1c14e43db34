// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the ONNX importer's halves: import_onnx.cpp walks the graph's nodes into layers,
// import_onnx_tensors.cpp reads initializers, Constant nodes and attributes with bounded sizes.
#pragma once

#include <ATen/core/Tensor.h>
#include <onnx/onnx_pb.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace psnn::onnx_import {

/// Values one initializer may hold: far above a VGG's largest layer, far below an allocation that hurts.
inline constexpr int64_t kMaxTensorElements = int64_t(1) << 28;

/// The graph's constant tensors by name: initializers and the outputs of Constant nodes.
class Constants {
public:
    explicit Constants(const onnx::GraphProto& graph);
    bool has(const std::string& name) const { return m_tensors.count(name) > 0; }
    /// The tensor as float (float, double and integer types), or Error naming the node and input.
    at::Tensor floats(const std::string& name, const std::string& node) const;
    /// The tensor as whole numbers (int64, int32), for shapes.
    std::vector<int64_t> integers(const std::string& name, const std::string& node) const;

private:
    const onnx::TensorProto& get(const std::string& name, const std::string& node) const;
    std::map<std::string, const onnx::TensorProto*> m_tensors;
    std::set<std::string> m_computed; ///< outputs of the graph's nodes and its inputs
};

/// A node's attribute; absent: the fallback.
int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, int64_t fallback);
float floatAttribute(const onnx::NodeProto& node, const std::string& name, float fallback);
std::vector<int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name);
std::string stringAttribute(const onnx::NodeProto& node, const std::string& name, const std::string& fallback);

/// "node 'Conv_3' (Conv) in 'model.onnx'".
std::string describe(const onnx::NodeProto& node, const std::string& file);

} // namespace psnn::onnx_import
