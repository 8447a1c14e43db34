// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-file table's ONNX rows: the tiny ONNX model (nodes conv, relu, pool, flatten, fc) with
// one thing broken, loaded as `privatesnn ... --teacher FILE.onnx` does (by content).
#include "hostile_files.h"
#include "onnx_test_files.h"

#include "privatesnn/torchscript_import.h"

#include <fstream>
#include <limits>

namespace psnn::test {
namespace {

std::function<void(const TempDir&)> editedOnnx(std::function<void(onnx::ModelProto&)> edit)
{
    return [edit](const TempDir& dir) {
        onnx::ModelProto model = tinyOnnxModel();
        edit(model);
        writeOnnx(dir.file("model.onnx"), model);
        loadAnyModel(dir.file("model.onnx"));
    };
}

void setOpset(onnx::ModelProto& m, int64_t version)
{
    m.mutable_opset_import(0)->set_version(version);
}

/// A node after "fc" whose output becomes the graph's.
void appendNode(onnx::ModelProto& m, const std::string& op, const std::string& name)
{
    onnx::NodeProto* n = m.mutable_graph()->add_node();
    n->set_op_type(op);
    n->set_name(name);
    n->add_input("logits");
    n->add_output("out");
    m.mutable_graph()->mutable_output(0)->set_name("out");
}

} // namespace

std::vector<HostileCase> hostileOnnxCases()
{
    return {
        {"OnnxNotProtobuf",
         [](const TempDir& dir) {
             std::ofstream(dir.file("m.onnx"), std::ios::binary)
                 << std::string("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11);
             loadAnyModel(dir.file("m.onnx"));
         },
         ErrorCode::BadFormat,
         {"is not an ONNX model"}},
        {"OnnxTruncated",
         [](const TempDir& dir) {
             std::string bytes;
             tinyOnnxModel().SerializeToString(&bytes);
             std::ofstream(dir.file("m.onnx"), std::ios::binary) << bytes.substr(0, bytes.size() / 2);
             loadAnyModel(dir.file("m.onnx"));
         },
         ErrorCode::BadFormat,
         {"m.onnx", "is not an ONNX model"}},
        {"OnnxOpset18",
         editedOnnx([](onnx::ModelProto& m) { setOpset(m, 18); }),
         ErrorCode::Unsupported,
         {"opset 18", "9 to 17"}},
        {"OnnxOpset7", editedOnnx([](onnx::ModelProto& m) { setOpset(m, 7); }), ErrorCode::Unsupported, {"opset 7"}},
        {"OnnxMaxPool",
         editedOnnx([](onnx::ModelProto& m) { onnxNode(m, "pool").set_op_type("MaxPool"); }),
         ErrorCode::Unsupported,
         {"'pool' (MaxPool)", "max pooling"}},
        {"OnnxSigmoid",
         editedOnnx([](onnx::ModelProto& m) { onnxNode(m, "relu").set_op_type("Sigmoid"); }),
         ErrorCode::Unsupported,
         {"'relu' (Sigmoid)", "no counterpart for Sigmoid"}},
        {"OnnxResidualAdd",
         editedOnnx([](onnx::ModelProto& m) {
             onnx::NodeProto* add = m.mutable_graph()->add_node();
             add->set_op_type("Add");
             add->set_name("skip");
             add->add_input("r");
             add->add_input("c");
             add->add_output("s");
             onnxNode(m, "pool").set_input(0, "s");
             // Nodes in topological order: the Add right after the Relu.
             auto* nodes = m.mutable_graph()->mutable_node();
             for (int i = nodes->size() - 1; i > 2; --i)
                 nodes->SwapElements(i, i - 1);
         }),
         ErrorCode::Unsupported,
         {"'relu' (Relu)", "also feeds 1 other node", "skip connections"}},
        {"OnnxSoftmaxAtTheEnd",
         editedOnnx([](onnx::ModelProto& m) { appendNode(m, "Softmax", "softmax"); }),
         ErrorCode::Unsupported,
         {"'softmax' (Softmax)", "needs the logits"}},
        {"OnnxCustomOperator",
         editedOnnx([](onnx::ModelProto& m) { onnxNode(m, "relu").set_domain("com.example"); }),
         ErrorCode::Unsupported,
         {"'relu' (Relu)", "custom domain 'com.example'"}},
        {"OnnxGroupedConv",
         editedOnnx([](onnx::ModelProto& m) {
             onnx::AttributeProto* a = onnxNode(m, "conv").add_attribute();
             a->set_name("group");
             a->set_type(onnx::AttributeProto_AttributeType_INT);
             a->set_i(2);
         }),
         ErrorCode::Unsupported,
         {"'conv' (Conv)", "grouped"}},
        {"OnnxAsymmetricPads",
         editedOnnx([](onnx::ModelProto& m) {
             for (auto& a : *onnxNode(m, "conv").mutable_attribute())
                 if (a.name() == "pads")
                     a.set_ints(3, 1);
         }),
         ErrorCode::Unsupported,
         {"'conv' (Conv)", "0x0x0x1", "same on every side"}},
        {"OnnxNaNWeight",
         editedOnnx([](onnx::ModelProto& m) {
             onnxInitializer(m, "conv.weight").set_float_data(3, std::numeric_limits<float>::quiet_NaN());
         }),
         ErrorCode::NumericError,
         {"conv", "nan"}},
        {"OnnxHugeDimensions",
         editedOnnx([](onnx::ModelProto& m) {
             onnx::TensorProto& t = onnxInitializer(m, "fc.weight");
             t.set_dims(0, int64_t(1) << 40);
             t.set_dims(1, int64_t(1) << 40);
         }),
         ErrorCode::BadFormat,
         {"'fc.weight'", "1099511627776"}},
        {"OnnxValuesFewerThanShape",
         editedOnnx([](onnx::ModelProto& m) { onnxInitializer(m, "fc.weight").mutable_float_data()->RemoveLast(); }),
         ErrorCode::BadFormat,
         {"'fc.weight'", "claims 54 values but stores 53"}},
        {"OnnxMissingInitializer",
         editedOnnx([](onnx::ModelProto& m) { m.mutable_graph()->mutable_initializer()->RemoveLast(); }),
         ErrorCode::BadFormat,
         {"'fc.bias'", "'fc' (Gemm)", "neither stored in the file nor made by a node"}},
        {"OnnxExternalData",
         editedOnnx([](onnx::ModelProto& m) {
             onnxInitializer(m, "fc.weight").set_data_location(onnx::TensorProto_DataLocation_EXTERNAL);
         }),
         ErrorCode::Unsupported,
         {"'fc.weight'", "external file"}},
        {"OnnxWeightShapeBreaksChain",
         editedOnnx([](onnx::ModelProto& m) {
             onnx::TensorProto& t = onnxInitializer(m, "fc.weight");
             t.set_dims(1, 17);
             t.mutable_float_data()->Truncate(51);
         }),
         ErrorCode::ShapeMismatch,
         {"'fc' (Gemm)", "18 features"}},
        {"OnnxTwoInputs",
         editedOnnx([](onnx::ModelProto& m) { *m.mutable_graph()->add_input() = m.graph().input(0); }),
         ErrorCode::Unsupported,
         {"has 2 inputs"}},
        {"OnnxFlatInput",
         editedOnnx([](onnx::ModelProto& m) {
             auto* shape = m.mutable_graph()->mutable_input(0)->mutable_type()->mutable_tensor_type()->mutable_shape();
             shape->mutable_dim()->DeleteSubrange(2, 2);
         }),
         ErrorCode::Unsupported,
         {"'image'", "has the shape -1x1"}},
    };
}

} // namespace psnn::test
