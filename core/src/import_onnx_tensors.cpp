// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_onnx_internal.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <cstring>

namespace psnn::onnx_import {
namespace {

const char* typeName(int type)
{
    return onnx::TensorProto_DataType_IsValid(type)
        ? onnx::TensorProto_DataType_Name(onnx::TensorProto_DataType(type)).c_str()
        : "unknown";
}

/// The tensor's values as a contiguous at::Tensor of its own type (float, double, int32 or int64).
at::Tensor decode(const onnx::TensorProto& t, const std::string& where)
{
    auto refuse = [&](ErrorCode code, const std::string& what, const std::string& hint) {
        throw Error(code, "The tensor '" + t.name() + "' (" + where + ") " + what + ".", hint);
    };
    if (t.data_location() == onnx::TensorProto_DataLocation_EXTERNAL)
        refuse(ErrorCode::Unsupported, "is stored in an external file",
               "Save the model with its weights inside: onnx.save(model, path, save_as_external_data=False).");
    std::vector<int64_t> shape;
    int64_t n = 1;
    for (int64_t d : t.dims()) {
        if (d < 0 || (d > 0 && n > kMaxTensorElements / d))
            refuse(ErrorCode::BadFormat,
                   "has the dimension " + std::to_string(d) + ", beyond the " + std::to_string(kMaxTensorElements)
                       + " values a layer may hold",
                   "The file is damaged; export the model again.");
        n *= d;
        shape.push_back(d);
    }
    at::ScalarType type;
    int repeated = 0;
    switch (t.data_type()) {
    case onnx::TensorProto_DataType_FLOAT:
        type = at::kFloat, repeated = t.float_data_size();
        break;
    case onnx::TensorProto_DataType_DOUBLE:
        type = at::kDouble, repeated = t.double_data_size();
        break;
    case onnx::TensorProto_DataType_INT64:
        type = at::kLong, repeated = t.int64_data_size();
        break;
    case onnx::TensorProto_DataType_INT32:
        type = at::kInt, repeated = t.int32_data_size();
        break;
    default:
        refuse(ErrorCode::Unsupported, std::string("holds ") + typeName(t.data_type()) + " values",
               "Export the model in float32 (torch.onnx.export of a float model does).");
    }
    const size_t bytes = size_t(n) * at::elementSize(type);
    const bool raw = t.has_raw_data();
    if ((raw && t.raw_data().size() != bytes) || (!raw && repeated != n))
        refuse(ErrorCode::BadFormat,
               "claims " + std::to_string(n) + " values but stores "
                   + std::to_string(raw ? t.raw_data().size() : size_t(repeated)) + (raw ? " bytes" : " values"),
               "The file is damaged; export the model again.");
    at::Tensor out = at::empty(shape, type);
    if (raw) {
        if (bytes > 0) // ONNX stores raw data little-endian, as this machine does
            std::memcpy(out.data_ptr(), t.raw_data().data(), bytes);
    } else if (type == at::kFloat) {
        std::copy(t.float_data().begin(), t.float_data().end(), out.data_ptr<float>());
    } else if (type == at::kDouble) {
        std::copy(t.double_data().begin(), t.double_data().end(), out.data_ptr<double>());
    } else if (type == at::kLong) {
        std::copy(t.int64_data().begin(), t.int64_data().end(), out.data_ptr<int64_t>());
    } else {
        std::copy(t.int32_data().begin(), t.int32_data().end(), out.data_ptr<int32_t>());
    }
    return out;
}

const onnx::AttributeProto* attribute(const onnx::NodeProto& node, const std::string& name)
{
    for (const auto& a : node.attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

} // namespace

std::string describe(const onnx::NodeProto& node, const std::string& file)
{
    return "node '" + (node.name().empty() ? node.output_size() ? node.output(0) : std::string("?") : node.name())
        + "' (" + node.op_type() + ") in '" + file + "'";
}

Constants::Constants(const onnx::GraphProto& graph)
{
    for (const auto& t : graph.initializer())
        m_tensors[t.name()] = &t;
    for (const auto& node : graph.node()) {
        if (node.op_type() == "Constant" && node.output_size() == 1)
            if (const onnx::AttributeProto* value = attribute(node, "value"); value && value->has_t())
                m_tensors[node.output(0)] = &value->t();
        for (const std::string& output : node.output())
            m_computed.insert(output);
    }
    for (const auto& input : graph.input())
        m_computed.insert(input.name());
}

const onnx::TensorProto& Constants::get(const std::string& name, const std::string& node) const
{
    const auto it = m_tensors.find(name);
    if (it != m_tensors.end())
        return *it->second;
    if (!m_computed.count(name))
        throw Error(ErrorCode::BadFormat,
                    "The input '" + name + "' of the " + node + " is neither stored in the file nor made by a node.",
                    "The file is damaged or incomplete; export the model again.");
    throw Error(ErrorCode::Unsupported,
                "The input '" + name + "' of the " + node + " is computed in the graph, not a stored constant.",
                "Export the model with constant folding (torch.onnx.export(..., do_constant_folding=True)).");
}

at::Tensor Constants::floats(const std::string& name, const std::string& node) const
{
    return decode(get(name, node), "input of the " + node).to(at::kFloat);
}

std::vector<int64_t> Constants::integers(const std::string& name, const std::string& node) const
{
    const at::Tensor t = decode(get(name, node), "input of the " + node);
    if (t.is_floating_point())
        throw Error(ErrorCode::BadFormat,
                    "The input '" + name + "' of the " + node + " holds floats where whole numbers are expected.",
                    "Export the model again.");
    const at::Tensor flat = t.to(at::kLong).reshape({-1});
    return std::vector<int64_t>(flat.data_ptr<int64_t>(), flat.data_ptr<int64_t>() + flat.numel());
}

int64_t intAttribute(const onnx::NodeProto& node, const std::string& name, int64_t fallback)
{
    const onnx::AttributeProto* a = attribute(node, name);
    return a ? a->i() : fallback;
}

float floatAttribute(const onnx::NodeProto& node, const std::string& name, float fallback)
{
    const onnx::AttributeProto* a = attribute(node, name);
    return a ? a->f() : fallback;
}

std::vector<int64_t> intsAttribute(const onnx::NodeProto& node, const std::string& name)
{
    const onnx::AttributeProto* a = attribute(node, name);
    return a ? std::vector<int64_t>(a->ints().begin(), a->ints().end()) : std::vector<int64_t>{};
}

std::string stringAttribute(const onnx::NodeProto& node, const std::string& name, const std::string& fallback)
{
    const onnx::AttributeProto* a = attribute(node, name);
    return a ? a->s() : fallback;
}

} // namespace psnn::onnx_import
