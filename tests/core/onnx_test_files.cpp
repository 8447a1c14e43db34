// SPDX-License-Identifier: GPL-3.0-or-later
#include "onnx_test_files.h"

#include <fstream>
#include <random>
#include <stdexcept>
#include <vector>

namespace psnn::test {
namespace {

void floats(onnx::GraphProto& graph, const std::string& name, const std::vector<int64_t>& dims, std::mt19937& rng)
{
    onnx::TensorProto* t = graph.add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto_DataType_FLOAT);
    int64_t n = 1;
    for (int64_t d : dims) {
        t->add_dims(d);
        n *= d;
    }
    std::normal_distribution<float> normal(0.0f, 0.5f);
    for (int64_t i = 0; i < n; ++i)
        t->add_float_data(normal(rng));
}

onnx::NodeProto* node(onnx::GraphProto& graph, const std::string& op, const std::string& name,
                      const std::vector<std::string>& inputs, const std::string& output)
{
    onnx::NodeProto* n = graph.add_node();
    n->set_op_type(op);
    n->set_name(name);
    for (const std::string& in : inputs)
        n->add_input(in);
    n->add_output(output);
    return n;
}

void ints(onnx::NodeProto* n, const std::string& name, const std::vector<int64_t>& values)
{
    onnx::AttributeProto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_INTS);
    for (int64_t v : values)
        a->add_ints(v);
}

void value(onnx::ValueInfoProto* v, const std::string& name, const std::vector<int64_t>& dims)
{
    v->set_name(name);
    auto* tensor = v->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto_DataType_FLOAT);
    for (int64_t d : dims) {
        auto* dim = tensor->mutable_shape()->add_dim();
        if (d < 0)
            dim->set_dim_param("N");
        else
            dim->set_dim_value(d);
    }
}

} // namespace

onnx::ModelProto tinyOnnxModel()
{
    std::mt19937 rng(7);
    onnx::ModelProto model;
    model.set_ir_version(7);
    model.set_producer_name("psnn test");
    auto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    onnx::GraphProto& g = *model.mutable_graph();
    g.set_name("tiny");
    value(g.add_input(), "image", {-1, 1, 8, 8});
    value(g.add_output(), "logits", {-1, 3});
    floats(g, "conv.weight", {2, 1, 3, 3}, rng);
    floats(g, "conv.bias", {2}, rng);
    floats(g, "fc.weight", {3, 18}, rng);
    floats(g, "fc.bias", {3}, rng);
    onnx::NodeProto* conv = node(g, "Conv", "conv", {"image", "conv.weight", "conv.bias"}, "c");
    ints(conv, "kernel_shape", {3, 3});
    ints(conv, "pads", {0, 0, 0, 0});
    ints(conv, "strides", {1, 1});
    node(g, "Relu", "relu", {"c"}, "r");
    onnx::NodeProto* pool = node(g, "AveragePool", "pool", {"r"}, "p");
    ints(pool, "kernel_shape", {2, 2});
    ints(pool, "strides", {2, 2});
    node(g, "Flatten", "flatten", {"p"}, "f");
    onnx::NodeProto* fc = node(g, "Gemm", "fc", {"f", "fc.weight", "fc.bias"}, "logits");
    onnx::AttributeProto* transB = fc->add_attribute();
    transB->set_name("transB");
    transB->set_type(onnx::AttributeProto_AttributeType_INT);
    transB->set_i(1);
    return model;
}

onnx::NodeProto& onnxNode(onnx::ModelProto& model, const std::string& name)
{
    for (auto& n : *model.mutable_graph()->mutable_node())
        if (n.name() == name)
            return n;
    throw std::out_of_range("no node " + name);
}

onnx::TensorProto& onnxInitializer(onnx::ModelProto& model, const std::string& name)
{
    for (auto& t : *model.mutable_graph()->mutable_initializer())
        if (t.name() == name)
            return t;
    throw std::out_of_range("no initializer " + name);
}

void writeOnnx(const std::string& path, const onnx::ModelProto& model)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!model.SerializeToOstream(&out))
        throw std::runtime_error("writeOnnx: cannot write " + path);
}

} // namespace psnn::test
