// SPDX-License-Identifier: GPL-3.0-or-later
// ONNX import: a VGG-style ANN exported to ONNX (PyTorch, Keras/TensorFlow through tf2onnx, JAX),
// read with Debian's libonnx (the protobuf classes generated from onnx.proto, no parser of ours).
// The nodes must be one chain: each takes the activation the node before it made, every other input
// a stored constant. Conv (BatchNormalization folded into it), Gemm, MatMul + Add, Relu,
// AveragePool, GlobalAveragePool, Flatten or Reshape to a vector, Dropout and Identity become the
// lab's layers; anything else is refused naming the node, as the TorchScript import does.
#include "conv_dilation.h"
#include "import_onnx_internal.h"
#include "message_text.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/onnx_import.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

namespace psnn {
namespace {

using namespace onnx_import;

constexpr int64_t kMinOpset = 9, kMaxOpset = 17;
constexpr uint64_t kMaxFileBytes = (uint64_t(1) << 31) - 1; // protobuf's own limit for one message

const char* const kOnnxChainHint =
    "Export a network whose forward runs Conv, BatchNormalization, Relu, AveragePool, Flatten and Gemm (or MatMul + "
    "Add) one after another, without skip connections or branches, with constant folding on "
    "(torch.onnx.export(..., do_constant_folding=True)).";

onnx::ModelProto readModel(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "The model file '" + path + "' does not exist.", "Check the path.");
    const uint64_t size = fs::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in)
        throw Error(ErrorCode::FileUnreadable, "Cannot open the model file '" + path + "'.",
                    "Check the file's permissions.");
    if (size == 0)
        throw Error(ErrorCode::Truncated, "The model file '" + path + "' is empty (0 bytes).",
                    "The copy or download was interrupted; copy the model again.");
    if (size > kMaxFileBytes)
        throw Error(ErrorCode::Unsupported,
                    "The ONNX file '" + path + "' has " + std::to_string(size)
                        + " bytes, more than the 2 GiB a single ONNX protobuf can hold.",
                    "A VGG-style network this lab can convert is far smaller; check the file.");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    onnx::ModelProto model;
    if (!model.ParseFromString(bytes) || !model.has_graph())
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not an ONNX model (its protobuf does not parse as one).",
                    "Export the model with torch.onnx.export, tf2onnx or jax2onnx; the file may be truncated.");
    int64_t opset = -1;
    for (const auto& o : model.opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx")
            opset = o.version();
    if (opset < kMinOpset || opset > kMaxOpset)
        throw Error(ErrorCode::Unsupported,
                    "'" + path + "' uses ONNX opset " + std::to_string(opset) + "; opsets " + std::to_string(kMinOpset)
                        + " to " + std::to_string(kMaxOpset) + " are supported.",
                    "Export it again with opset_version between 9 and 17 (torch.onnx.export(..., opset_version=13)).");
    return model;
}

std::string onnxShapeText(const std::vector<int64_t>& shape)
{
    std::string s;
    for (int64_t d : shape)
        s += (s.empty() ? "" : "x") + std::to_string(d);
    return s;
}

/// The nodes as the lab's layers, one chain from the graph's input to its output.
class ChainReader {
public:
    ChainReader(const onnx::GraphProto& graph, const std::string& file)
        : m_graph(graph)
        , m_file(file)
        , m_constants(graph)
    {
        for (const auto& node : graph.node())
            for (const std::string& input : node.input())
                ++m_consumers[input];
    }

    Network read(std::vector<std::string>& notes)
    {
        input();
        for (const auto& node : m_graph.node())
            step(node);
        if (m_graph.output_size() != 1 || m_graph.output(0).name() != m_current)
            throw Error(ErrorCode::Unsupported,
                        "The graph of '" + m_file + "' does not end in the output of its last node ("
                            + std::to_string(m_graph.output_size()) + " outputs).",
                        kOnnxChainHint);
        if (!m_folded.empty())
            notes.push_back("Folded BatchNormalization " + m_folded + " into the Conv before it.");
        return std::move(m_net);
    }

private:
    void input()
    {
        std::vector<const onnx::ValueInfoProto*> inputs;
        for (const auto& v : m_graph.input())
            if (!m_constants.has(v.name())) // older exports also list the initializers as inputs
                inputs.push_back(&v);
        if (inputs.size() != 1)
            throw Error(ErrorCode::Unsupported,
                        "'" + m_file + "' has " + std::to_string(inputs.size())
                            + " inputs; a classifier has one (the image).",
                        kOnnxChainHint);
        const auto& type = inputs[0]->type();
        std::vector<int64_t> dims;
        if (type.has_tensor_type() && type.tensor_type().has_shape())
            for (const auto& d : type.tensor_type().shape().dim())
                dims.push_back(d.has_dim_value() ? d.dim_value() : -1);
        if (dims.size() != 4 || dims[1] < 1 || dims[2] < 1 || dims[3] < 1 || dims[1] > kMaxChannels
            || dims[2] > kMaxImageSide || dims[3] > kMaxImageSide)
            throw Error(ErrorCode::Unsupported,
                        "The input '" + inputs[0]->name() + "' of '" + m_file + "' has the shape " + onnxShapeText(dims)
                            + "; images N x C x H x W with known C (1 to 64), H and W (up to 4096) are supported.",
                        "Export the model with a fixed image size (the batch dimension may stay dynamic).");
        m_net.input.channels = dims[1];
        m_net.input.height = dims[2];
        m_net.input.width = dims[3];
        m_shape = {dims[1], dims[2], dims[3]};
        m_current = inputs[0]->name();
    }

    [[noreturn]] void refuse(const onnx::NodeProto& node, const std::string& why,
                             ErrorCode code = ErrorCode::Unsupported) const
    {
        throw Error(code, "The " + describe(node, m_file) + " cannot be imported: " + why + ".", kOnnxChainHint);
    }

    /// Input k of the node, which it must have.
    const std::string& inputOf(const onnx::NodeProto& node, int k) const
    {
        if (k >= node.input_size() || node.input(k).empty())
            refuse(node, "it lacks its input " + std::to_string(k + 1), ErrorCode::BadFormat);
        return node.input(k);
    }

    void step(const onnx::NodeProto& node)
    {
        const std::string& op = node.op_type();
        if (op == "Constant")
            return; // read by Constants
        if (!node.domain().empty() && node.domain() != "ai.onnx")
            refuse(node, "it is an operator of the custom domain '" + node.domain() + "'");
        if (node.input_size() == 0 || node.input(0) != m_current)
            refuse(node,
                   "it does not take the output of the node before it ('" + m_current
                       + "'): branches and skip connections are not supported");
        if (m_consumers[m_current] > 1)
            refuse(node,
                   "its input '" + m_current + "' also feeds " + std::to_string(m_consumers[m_current] - 1)
                       + " other node(s): branches and skip connections are not supported");
        if (node.output_size() < 1)
            refuse(node, "it has no output", ErrorCode::BadFormat);
        if (op == "Conv")
            conv(node);
        else if (op == "BatchNormalization")
            batchNorm(node);
        else if (op == "Relu")
            plain(LayerKind::ReLU, node);
        else if (op == "AveragePool" || op == "GlobalAveragePool")
            pool(node);
        else if (op == "Flatten" || op == "Reshape")
            flatten(node);
        else if (op == "Gemm" || op == "MatMul")
            dense(node);
        else if (op == "Add")
            bias(node);
        else if (op == "Dropout")
            dropout(node);
        else if (op == "Pad")
            zeroPad(node);
        else if (op != "Identity")
            refuse(node, whyNot(op));
        m_current = node.output(0);
    }

    static std::string whyNot(const std::string& op)
    {
        if (op == "MaxPool" || op == "GlobalMaxPool")
            return "max pooling has no spiking counterpart here (the conversion needs average pooling)";
        if (op == "Sigmoid" || op == "Tanh" || op == "LeakyRelu" || op == "Elu" || op == "Selu" || op == "Gelu"
            || op == "HardSigmoid" || op == "PRelu" || op == "Softplus" || op == "Clip")
            return "the conversion turns ReLUs into IF neurons and has no counterpart for " + op;
        if (op == "Softmax" || op == "LogSoftmax")
            return "the lab needs the logits; export the model without its final " + op;
        if (op == "Concat" || op == "Mul" || op == "Sub" || op == "Div")
            return op + " belongs to a branch or a computation this VGG-style chain does not have";
        return "the operator " + op + " is not one the lab can convert";
    }

    void plain(LayerKind kind, const onnx::NodeProto& node, int64_t kernel = 0, int64_t stride = 1)
    {
        Layer l;
        l.kind = kind;
        l.path = node.name().empty() ? node.output(0) : node.name();
        l.kernel = kernel;
        l.stride = stride;
        m_net.layers.push_back(std::move(l));
    }

    /// A pair attribute (kernel_shape, strides, dilations) as one value, both equal.
    int64_t square(const onnx::NodeProto& node, const std::string& name, int64_t fallback, int64_t low)
    {
        const std::vector<int64_t> v = intsAttribute(node, name);
        if (v.empty())
            return fallback;
        if (v.size() != 2 || v[0] != v[1] || v[0] < low || v[0] > kMaxImageSide)
            refuse(node,
                   "its " + name + " " + onnxShapeText(v) + " is not two equal values from " + std::to_string(low)
                       + " to " + std::to_string(kMaxImageSide));
        return v[0];
    }

    int64_t padding(const onnx::NodeProto& node, int64_t kernel, int64_t stride)
    {
        const std::string autoPad = stringAttribute(node, "auto_pad", "NOTSET");
        if (autoPad == "VALID")
            return 0;
        if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            if (stride != 1 || kernel % 2 == 0)
                refuse(node,
                       "auto_pad " + autoPad + " with stride " + std::to_string(stride) + " and kernel "
                           + std::to_string(kernel) + " pads unevenly");
            return (kernel - 1) / 2;
        }
        const std::vector<int64_t> pads = intsAttribute(node, "pads");
        if (pads.empty())
            return 0;
        if (pads.size() != 4 || pads[0] != pads[1] || pads[0] != pads[2] || pads[0] != pads[3] || pads[0] < 0
            || pads[0] > kMaxImageSide)
            refuse(node, "its pads " + onnxShapeText(pads) + " are not the same on every side");
        return pads[0];
    }

    void conv(const onnx::NodeProto& node)
    {
        const std::string where = describe(node, m_file);
        at::Tensor w = m_constants.floats(inputOf(node, 1), where);
        if (w.dim() != 4 || w.size(2) != w.size(3) || m_shape.size() != 3 || w.size(1) != m_shape[0])
            refuse(node,
                   "its weight " + onnxShapeText(w.sizes().vec()) + " is not a square kernel over the "
                       + onnxShapeText(m_shape) + " input",
                   ErrorCode::ShapeMismatch);
        if (intAttribute(node, "group", 1) != 1)
            refuse(node, "it is grouped (group " + std::to_string(intAttribute(node, "group", 1)) + ")");
        if (square(node, "kernel_shape", w.size(2), 1) != w.size(2))
            refuse(node, "its kernel_shape does not match its weight", ErrorCode::ShapeMismatch);
        const int64_t dilation = square(node, "dilations", 1, 1);
        if (dilation > 1) {
            if ((w.size(2) - 1) * dilation + 1 > kMaxImageSide)
                refuse(node, "its dilated kernel spans more than " + std::to_string(kMaxImageSide) + " pixels");
            w = undilatedKernel(w, dilation);
        }
        Layer l;
        l.kind = LayerKind::Conv2d;
        l.path = node.name().empty() ? node.output(0) : node.name();
        l.stride = square(node, "strides", 1, 1);
        l.padding = padding(node, w.size(2), l.stride);
        l.weight = w.contiguous();
        if (node.input_size() > 2 && !node.input(2).empty())
            l.bias = m_constants.floats(inputOf(node, 2), where).reshape({-1});
        const int64_t k = w.size(2);
        if (m_shape[1] + 2 * l.padding < k || m_shape[2] + 2 * l.padding < k)
            refuse(node, "its kernel does not fit the " + onnxShapeText(m_shape) + " input", ErrorCode::ShapeMismatch);
        m_shape = {w.size(0), (m_shape[1] + 2 * l.padding - k) / l.stride + 1,
                   (m_shape[2] + 2 * l.padding - k) / l.stride + 1};
        m_net.layers.push_back(std::move(l));
    }

    void batchNorm(const onnx::NodeProto& node)
    {
        if (m_net.layers.empty() || m_net.layers.back().kind != LayerKind::Conv2d)
            refuse(node, "a BatchNormalization is folded into the Conv right before it, and there is none");
        if (intAttribute(node, "training_mode", 0) != 0)
            refuse(node, "it is in training mode");
        const std::string where = describe(node, m_file);
        Layer& conv = m_net.layers.back();
        const int64_t c = conv.weight.size(0);
        const at::Tensor scale = m_constants.floats(inputOf(node, 1), where).reshape({-1}).to(at::kDouble);
        const at::Tensor shift = m_constants.floats(inputOf(node, 2), where).reshape({-1}).to(at::kDouble);
        const at::Tensor mean = m_constants.floats(inputOf(node, 3), where).reshape({-1}).to(at::kDouble);
        const at::Tensor var = m_constants.floats(inputOf(node, 4), where).reshape({-1}).to(at::kDouble);
        for (const at::Tensor* t : {&scale, &shift, &mean, &var})
            if (t->numel() != c)
                refuse(node,
                       "it has " + std::to_string(t->numel()) + " values for the " + std::to_string(c)
                           + " channels of the Conv before it",
                       ErrorCode::ShapeMismatch);
        const double eps = floatAttribute(node, "epsilon", 1e-5f);
        // y = scale (x - mean) / sqrt(var + eps) + shift, with x = W * in + b.
        const at::Tensor factor = scale / at::sqrt(var + eps);
        const at::Tensor b = conv.bias.defined() ? conv.bias.to(at::kDouble) : at::zeros({c}, at::kDouble);
        conv.weight = (conv.weight.to(at::kDouble) * factor.view({-1, 1, 1, 1})).to(at::kFloat).contiguous();
        conv.bias = ((b - mean) * factor + shift).to(at::kFloat).contiguous();
        m_folded += (m_folded.empty() ? "" : ", ") + (node.name().empty() ? node.output(0) : node.name());
    }

    void pool(const onnx::NodeProto& node)
    {
        if (m_shape.size() != 3)
            refuse(node, "it pools a flat vector", ErrorCode::ShapeMismatch);
        int64_t k = m_shape[1], s = m_shape[1];
        if (node.op_type() == "GlobalAveragePool") {
            if (m_shape[1] != m_shape[2])
                refuse(node, "global pooling of a " + onnxShapeText(m_shape) + " map needs a square window");
        } else {
            k = square(node, "kernel_shape", 0, 1);
            s = square(node, "strides", 1, 1);
            if (k == 0 || padding(node, k, s) != 0 || intAttribute(node, "ceil_mode", 0) != 0)
                refuse(node, "only unpadded square windows (ceil_mode 0) are supported");
            if (k > m_shape[1] || k > m_shape[2])
                refuse(node, "its window is larger than the " + onnxShapeText(m_shape) + " map",
                       ErrorCode::ShapeMismatch);
        }
        plain(LayerKind::AvgPool2d, node, k, s);
        m_shape = {m_shape[0], (m_shape[1] - k) / s + 1, (m_shape[2] - k) / s + 1};
    }

    void flatten(const onnx::NodeProto& node)
    {
        int64_t features = 1;
        for (int64_t d : m_shape)
            features *= d;
        if (node.op_type() == "Flatten") {
            if (intAttribute(node, "axis", 1) != 1)
                refuse(node, "it flattens from axis " + std::to_string(intAttribute(node, "axis", 1)) + ", not 1");
        } else {
            const std::vector<int64_t> shape = m_constants.integers(inputOf(node, 1), describe(node, m_file));
            if (shape.size() != 2 || (shape[1] != -1 && shape[1] != features))
                refuse(node,
                       "it reshapes to " + onnxShapeText(shape) + ", not to a batch of vectors of "
                           + std::to_string(features));
        }
        if (m_shape.size() == 3)
            plain(LayerKind::Flatten, node);
        m_shape = {features};
    }

    void dense(const onnx::NodeProto& node)
    {
        const std::string where = describe(node, m_file);
        if (m_shape.size() != 1)
            refuse(node, "it multiplies a " + onnxShapeText(m_shape) + " map that was not flattened",
                   ErrorCode::ShapeMismatch);
        at::Tensor b = m_constants.floats(inputOf(node, 1), where);
        if (b.dim() != 2)
            refuse(node, "its weight has the shape " + onnxShapeText(b.sizes().vec()), ErrorCode::ShapeMismatch);
        Layer l;
        l.kind = LayerKind::Linear;
        l.path = node.name().empty() ? node.output(0) : node.name();
        if (node.op_type() == "Gemm") {
            if (intAttribute(node, "transA", 0) != 0)
                refuse(node, "it transposes its input (transA)");
            l.weight = (intAttribute(node, "transB", 0) ? b : b.t()) * floatAttribute(node, "alpha", 1.0f);
            if (node.input_size() > 2 && !node.input(2).empty())
                l.bias = m_constants.floats(inputOf(node, 2), where).reshape({-1}) * floatAttribute(node, "beta", 1.0f);
        } else {
            l.weight = b.t(); // MatMul: x [N, in] times B [in, out]
        }
        l.weight = l.weight.contiguous();
        if (l.weight.size(1) != m_shape[0] || (l.bias.defined() && l.bias.numel() != l.weight.size(0)))
            refuse(node,
                   "its weight " + onnxShapeText(l.weight.sizes().vec()) + " (out x in) does not take the "
                       + std::to_string(m_shape[0]) + " features before it",
                   ErrorCode::ShapeMismatch);
        m_shape = {l.weight.size(0)};
        m_net.layers.push_back(std::move(l));
    }

    /// The Add after a MatMul: its bias.
    void bias(const onnx::NodeProto& node)
    {
        if (m_net.layers.empty() || m_net.layers.back().kind != LayerKind::Linear || m_net.layers.back().bias.defined()
            || node.input_size() != 2)
            refuse(node,
                   "an Add is read as the bias of the MatMul right before it, and there is none (a skip "
                   "connection adds two computed tensors)");
        const at::Tensor b = m_constants.floats(inputOf(node, 1), describe(node, m_file)).reshape({-1});
        if (b.numel() != m_shape[0])
            refuse(node,
                   "it adds " + std::to_string(b.numel()) + " values to " + std::to_string(m_shape[0]) + " outputs",
                   ErrorCode::ShapeMismatch);
        m_net.layers.back().bias = b.contiguous();
    }

    /// torch.onnx.export writes AvgPool2d as a Pad of nothing before the AveragePool.
    void zeroPad(const onnx::NodeProto& node)
    {
        std::vector<int64_t> pads = intsAttribute(node, "pads"); // opset < 11
        if (node.input_size() > 1 && !node.input(1).empty())
            pads = m_constants.integers(inputOf(node, 1), describe(node, m_file));
        if (std::any_of(pads.begin(), pads.end(), [](int64_t p) { return p != 0; }))
            refuse(node,
                   "it pads by " + onnxShapeText(pads)
                       + "; only a Pad of nothing is skipped (pad in the Conv or pool "
                         "instead)");
    }

    void dropout(const onnx::NodeProto& node)
    {
        double ratio = floatAttribute(node, "ratio", 0.5f); // opset < 12
        if (node.input_size() > 1 && !node.input(1).empty()) {
            const at::Tensor r = m_constants.floats(inputOf(node, 1), describe(node, m_file)).reshape({-1});
            if (r.numel() != 1 || !(r[0].item<double>() >= 0 && r[0].item<double>() < 1))
                refuse(node, "its ratio is not one number in [0, 1)", ErrorCode::BadFormat);
            ratio = r[0].item<double>();
        }
        plain(LayerKind::Dropout, node);
        m_net.layers.back().dropout = ratio;
    }

    const onnx::GraphProto& m_graph;
    const std::string& m_file;
    Constants m_constants;
    std::map<std::string, int> m_consumers;
    Network m_net;
    std::string m_current;
    std::vector<int64_t> m_shape;
    std::string m_folded;
};

} // namespace

Network importOnnx(const std::string& path, const ImportOptions& options)
{
    const onnx::ModelProto model = readModel(path);
    std::vector<std::string> notes;
    Network net = ChainReader(model.graph(), path).read(notes);
    if (std::none_of(net.layers.begin(), net.layers.end(), [](const Layer& l) { return l.kind == LayerKind::Linear; }))
        throw Error(ErrorCode::Unsupported,
                    "'" + path + "' has no Gemm or MatMul layer, so the method finds no class logits in it.",
                    "Import a classifier whose last layer is fully connected.");
    if ((options.height > 0 && options.height != net.input.height)
        || (options.width > 0 && options.width != net.input.width))
        throw Error(ErrorCode::InvalidArgument,
                    "'" + path + "' takes " + std::to_string(net.input.height) + "x" + std::to_string(net.input.width)
                        + " images, not the " + std::to_string(options.height) + "x" + std::to_string(options.width)
                        + " given.",
                    "Leave out --input-size: an ONNX graph states its own.");
    net.input.mean = options.mean;
    net.input.std = options.std;
    const int64_t classes = net.numClasses();
    if (!options.classNames.empty() && int64_t(options.classNames.size()) != classes)
        throw Error(ErrorCode::InvalidArgument,
                    std::to_string(options.classNames.size()) + " class names were given, but '" + path + "' has "
                        + std::to_string(classes) + " outputs.",
                    "Give one name per output, or none.");
    net.info.classNames = options.classNames;
    for (int64_t i = int64_t(net.info.classNames.size()); i < classes; ++i)
        net.info.classNames.push_back("class " + std::to_string(i));
    net.info.name = std::filesystem::path(path).stem().string();
    net.info.sourceFile = path;
    net.info.sourceSha256 = sha256File(path);
    net.info.created = utcNowIso8601();
    net.info.toolVersion = toolVersion();
    std::string producer = model.producer_name();
    if (!model.producer_version().empty())
        producer += " " + model.producer_version();
    notes.insert(notes.begin(),
                 "Imported from ONNX" + (producer.empty() ? std::string() : " (written by " + producer + ")") + ".");
    net.info.notes = joined(notes, "\n");
    validateNetwork(net, path);
    return net;
}

} // namespace psnn
