// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted modules keep their hyper-parameters as attributes (stride, padding, p, eps, ...); traced
// modules keep only parameters and buffers, the rest survives as constant inputs of the aten op
// their forward recorded. Every hyper-parameter is therefore read from the attribute when there is
// one and from the recorded op otherwise.
#include "torchscript_layers.h"

#include "message_text.h"

#include "privatesnn/error.h"

#include <torch/csrc/jit/ir/constants.h>

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

namespace psnn::torchscript {
namespace {

using torch::jit::Module;
using torch::jit::Node;
using torch::jit::Value;

const char* const kRebuildHint =
    "Build the model from Conv2d, BatchNorm2d, ReLU, AvgPool2d, Dropout, Flatten and Linear modules only, "
    "retrain or fine-tune it, and export it again.";
const char* const kTraceHint = "Call model.eval() before torch.jit.trace, or export with torch.jit.script.";

[[noreturn]] void unsupported(const std::string& path, const std::string& why, const std::string& hint)
{
    throw Error(ErrorCode::Unsupported, "Module '" + path + "' " + why + ".", hint);
}

/// The aten op a traced module's forward recorded, plus any other aten ops next to it.
struct RecordedOp {
    std::shared_ptr<torch::jit::Graph> graph; // owns node
    Node* node = nullptr;
    std::vector<std::string> others;
};

RecordedOp recordedOp(const Module& module, std::initializer_list<const char*> kinds)
{
    RecordedOp op;
    const auto forward = module.find_method("forward");
    if (!forward)
        return op;
    op.graph = forward->graph();
    for (Node* node : op.graph->nodes()) {
        if (!node->kind().is_aten())
            continue;
        const std::string kind = node->kind().toQualString();
        const bool wanted = std::any_of(kinds.begin(), kinds.end(), [&](const char* k) { return kind == k; });
        if (wanted && !op.node)
            op.node = node;
        else
            op.others.push_back(kind);
    }
    return op;
}

/// Traced int lists are prim::ListConstruct nodes over constants, which toIValue does not evaluate.
std::optional<c10::IValue> constantValue(Value* value)
{
    Node* node = value->node();
    if (node->kind() == c10::prim::ListConstruct) {
        c10::List<int64_t> items;
        for (Value* input : node->inputs()) {
            const auto item = torch::jit::toIValue(input);
            if (!item || !item->isInt())
                return std::nullopt;
            items.push_back(item->toInt());
        }
        return c10::IValue(items);
    }
    if (auto constant = torch::jit::toIValue(value))
        return *constant;
    return std::nullopt;
}

std::optional<c10::IValue> recordedInput(const RecordedOp& op, size_t input)
{
    if (!op.node || input >= op.node->inputs().size())
        return std::nullopt;
    return constantValue(op.node->inputs()[input]);
}

c10::IValue hyperParameter(const std::string& path, const Module& module, const RecordedOp& op, const char* attribute,
                           size_t input)
{
    if (module.hasattr(attribute))
        return module.attr(attribute);
    if (auto value = recordedInput(op, input))
        return *value;
    unsupported(path, std::string("does not record its ") + attribute + " (neither as an attribute nor as a constant of its forward)",
                kTraceHint);
}

bool recordedTraining(const RecordedOp& op, size_t input)
{
    const auto value = recordedInput(op, input);
    return value && value->isBool() && value->toBool();
}

/// Kernel sizes, strides and paddings come as an int, a tuple or a list; the layer chain has one value.
int64_t squareInt(const std::string& path, const c10::IValue& value, const std::string& what)
{
    if (value.isInt())
        return value.toInt();
    std::vector<int64_t> items;
    if (value.isIntList())
        items = value.toIntVector();
    else if (value.isTuple())
        for (const c10::IValue& item : value.toTupleRef().elements())
            if (item.isInt())
                items.push_back(item.toInt());
    if (items.empty())
        unsupported(path, "has a " + what + " of unexpected type " + value.tagKind(), kRebuildHint);
    if (std::any_of(items.begin(), items.end(), [&](int64_t v) { return v != items.front(); })) {
        std::ostringstream text;
        text << c10::IntArrayRef(items);
        unsupported(path, "has a non-square " + what + " " + text.str() + ", but the layer chain uses one value for height and width",
                    "Use the same " + what + " for height and width, retrain or fine-tune, and export again.");
    }
    return items.front();
}

at::Tensor plainTensor(const at::Tensor& t) { return t.detach().to(at::kFloat).contiguous().clone(); }

at::Tensor optionalTensor(const Module& module, const char* name)
{
    if (!module.hasattr(name))
        return {};
    const c10::IValue value = module.attr(name);
    return value.isTensor() ? value.toTensor().detach() : at::Tensor();
}

Layer makeLayer(LayerKind kind, const std::string& path)
{
    Layer layer;
    layer.kind = kind;
    layer.path = path;
    return layer;
}

Layer weightedLayer(LayerKind kind, const std::string& path, const Module& module, int64_t dims)
{
    Layer layer = makeLayer(kind, path);
    const at::Tensor weight = optionalTensor(module, "weight");
    if (!weight.defined() || weight.dim() != dims)
        unsupported(path, "has no " + std::to_string(dims) + "-dimensional weight", kRebuildHint);
    layer.weight = plainTensor(weight);
    if (const at::Tensor bias = optionalTensor(module, "bias"); bias.defined())
        layer.bias = plainTensor(bias);
    return layer;
}

Layer convLayer(const std::string& path, const Module& module)
{
    Layer layer = weightedLayer(LayerKind::Conv2d, path, module, 4);
    const RecordedOp op = recordedOp(module, {"aten::_convolution", "aten::conv2d"});
    const bool full = op.node && op.node->kind() == c10::Symbol::fromQualString("aten::_convolution");
    const std::string paddingHint = "Use padding_mode='zeros', retrain or fine-tune, and export again.";
    if (module.hasattr("padding_mode")) {
        const std::string mode = module.attr("padding_mode").toStringRef();
        if (mode != "zeros")
            unsupported(path, "uses padding_mode='" + mode + "', but the layer chain pads with zeros only", paddingHint);
    } else if (!op.others.empty()) {
        unsupported(path, "runs " + joined(op.others, ", ") + " besides its convolution (a padding mode other than zeros)", paddingHint);
    }
    const int64_t groups = hyperParameter(path, module, op, "groups", full ? 8 : 6).toInt();
    if (groups != 1)
        unsupported(path, "is a grouped convolution (groups=" + std::to_string(groups) + ")",
                    "Use groups=1 (an ordinary convolution), retrain or fine-tune, and export again.");
    const int64_t dilation = squareInt(path, hyperParameter(path, module, op, "dilation", 5), "dilation");
    if (dilation != 1)
        unsupported(path, "is a dilated convolution (dilation=" + std::to_string(dilation) + ")",
                    "Use dilation=1, retrain or fine-tune, and export again.");
    layer.stride = squareInt(path, hyperParameter(path, module, op, "stride", 3), "stride");
    const c10::IValue padding = hyperParameter(path, module, op, "padding", 4);
    if (padding.isString()) {
        // padding='same' pads (k-1)/2 on each side only for odd square kernels; otherwise unevenly.
        const int64_t kh = layer.weight.size(2), kw = layer.weight.size(3);
        if (padding.toStringRef() == "valid")
            layer.padding = 0;
        else if (padding.toStringRef() == "same" && kh == kw && kh % 2 == 1)
            layer.padding = (kh - 1) / 2;
        else
            unsupported(path, "uses padding='" + padding.toStringRef() + "' with a " + std::to_string(kh) + "x" + std::to_string(kw)
                                  + " kernel, which pads unevenly", "Use an odd square kernel or an explicit integer padding.");
    } else {
        layer.padding = squareInt(path, padding, "padding");
    }
    return layer;
}

Layer avgPoolLayer(const std::string& path, const Module& module)
{
    Layer layer = makeLayer(LayerKind::AvgPool2d, path);
    const RecordedOp op = recordedOp(module, {"aten::avg_pool2d"});
    layer.kernel = squareInt(path, hyperParameter(path, module, op, "kernel_size", 1), "kernel size");
    const c10::IValue stride = hyperParameter(path, module, op, "stride", 2);
    const bool defaultStride = stride.isNone() || (stride.isIntList() && stride.toIntVector().empty());
    layer.stride = defaultStride ? layer.kernel : squareInt(path, stride, "stride");
    const std::string hint = "Use nn.AvgPool2d(kernel_size, stride) with padding=0, ceil_mode=False and no divisor_override, "
                             "retrain or fine-tune, and export again.";
    if (const int64_t padding = squareInt(path, hyperParameter(path, module, op, "padding", 3), "padding"); padding != 0)
        unsupported(path, "pads its input (padding=" + std::to_string(padding) + "), which the layer chain's average pool does not", hint);
    if (hyperParameter(path, module, op, "ceil_mode", 4).toBool())
        unsupported(path, "uses ceil_mode=True, which the layer chain's average pool does not", hint);
    if (!hyperParameter(path, module, op, "divisor_override", 6).isNone())
        unsupported(path, "uses divisor_override, which the layer chain's average pool does not", hint);
    return layer;
}

Layer dropoutLayer(const std::string& path, const Module& module, ConversionLog& log)
{
    Layer layer = makeLayer(LayerKind::Dropout, path);
    if (module.hasattr("p")) {
        layer.dropout = module.attr("p").toDouble();
        return layer;
    }
    const RecordedOp op = recordedOp(module, {"aten::dropout", "aten::dropout_", "aten::feature_dropout"});
    if (recordedTraining(op, 2))
        unsupported(path, "was traced in training mode, so its forward drops activations at random", kTraceHint);
    const auto p = recordedInput(op, 1);
    if (p && p->isDouble())
        layer.dropout = p->toDouble();
    else
        log.dropoutWithoutP.push_back(path);
    return layer;
}

Layer flattenLayer(const std::string& path, const Module& module)
{
    const RecordedOp op = recordedOp(module, {"aten::flatten"});
    const int64_t start = hyperParameter(path, module, op, "start_dim", 1).toInt();
    const int64_t end = hyperParameter(path, module, op, "end_dim", 2).toInt();
    if (start != 1 || (end != -1 && end != 3))
        unsupported(path, "flattens dimensions " + std::to_string(start) + " to " + std::to_string(end)
                              + " instead of everything after the batch dimension",
                    "Use nn.Flatten() with its defaults and export again.");
    return makeLayer(LayerKind::Flatten, path);
}

void foldBatchNorm(const std::string& path, const Module& module, std::vector<Layer>& layers, ConversionLog& log)
{
    if (layers.empty() || layers.back().kind != LayerKind::Conv2d)
        unsupported(path, "is a BatchNorm2d that does not directly follow a Conv2d, so it cannot be folded into one",
                    "Put each BatchNorm2d right after its Conv2d (Conv2d, BatchNorm2d, ReLU), or remove it and retrain.");
    const RecordedOp op = recordedOp(module, {"aten::batch_norm"});
    if (!module.hasattr("eps") && recordedTraining(op, 5))
        unsupported(path, "was traced in training mode, so its forward normalises with batch statistics", kTraceHint);
    const at::Tensor mean = optionalTensor(module, "running_mean");
    const at::Tensor var = optionalTensor(module, "running_var");
    if (!mean.defined() || !var.defined())
        unsupported(path, "has no running statistics (track_running_stats=False), so it normalises with batch statistics",
                    "Use track_running_stats=True, retrain, and export again.");
    Layer& conv = layers.back();
    const int64_t channels = conv.weight.size(0);
    if (mean.numel() != channels || var.numel() != channels)
        unsupported(path, "normalises " + std::to_string(mean.numel()) + " channels but '" + conv.path + "' before it has "
                              + std::to_string(channels), kRebuildHint);
    const double eps = hyperParameter(path, module, op, "eps", 7).toDouble();
    // Fold in double so the folded float weights are as close to the original as float allows.
    const auto dbl = at::TensorOptions().dtype(at::kDouble);
    const at::Tensor gammaIn = optionalTensor(module, "weight");
    const at::Tensor betaIn = optionalTensor(module, "bias");
    const at::Tensor gamma = gammaIn.defined() ? gammaIn.to(at::kDouble) : at::ones({channels}, dbl);
    const at::Tensor beta = betaIn.defined() ? betaIn.to(at::kDouble) : at::zeros({channels}, dbl);
    const at::Tensor bias = conv.bias.defined() ? conv.bias.to(at::kDouble) : at::zeros({channels}, dbl);
    const at::Tensor scale = gamma / (var.to(at::kDouble) + eps).sqrt();
    conv.weight = (conv.weight.to(at::kDouble) * scale.view({-1, 1, 1, 1})).to(at::kFloat).contiguous();
    conv.bias = (beta + (bias - mean.to(at::kDouble)) * scale).to(at::kFloat).contiguous();
    log.foldedBatchNorms.push_back(path + " into " + conv.path);
}

void rejectKnown(const std::string& path, const std::string& name)
{
    static const std::set<std::string> activations = {
        "Sigmoid", "Tanh", "GELU", "SiLU", "ELU", "SELU", "CELU", "LeakyReLU", "PReLU", "RReLU", "ReLU6", "Hardtanh",
        "Hardsigmoid", "Hardswish", "Mish", "Softplus", "Softsign", "Tanhshrink", "Softmax", "LogSoftmax", "LogSigmoid"};
    if (name.rfind("MaxPool", 0) == 0 || name.rfind("AdaptiveMaxPool", 0) == 0)
        unsupported(path, "is a " + name + "; max pooling has no rate-coded spiking equivalent, so the method converts average pooling only",
                    "Replace " + name + " with AvgPool2d (same kernel and stride), retrain or fine-tune, and export again.");
    if (activations.count(name))
        unsupported(path, "is a " + name + " activation; the conversion relies on ReLU, whose output a spiking neuron's firing rate reproduces",
                    "Replace " + name + " with ReLU, retrain or fine-tune, and export again.");
    if (name.rfind("AdaptiveAvgPool", 0) == 0)
        unsupported(path, "is an " + name + ", whose kernel depends on the input size",
                    "Replace it with an AvgPool2d of fixed kernel and stride (or remove it when the feature map already has its "
                    "output size), and export again.");
    if (name.rfind("BatchNorm", 0) == 0)
        unsupported(path, "is a " + name + "; only a BatchNorm2d right after a Conv2d can be folded into the layer chain",
                    "Remove it and retrain, or fold it into the layer before it yourself before exporting.");
}

} // namespace

std::string moduleClassName(const Module& module)
{
    const auto& type = module.type();
    const std::string qualified = type->name() ? type->name()->qualifiedName() : type->str();
    std::vector<std::string> parts;
    std::stringstream stream(qualified);
    for (std::string part; std::getline(stream, part, '.');)
        if (part != "__torch__" && part.rfind("___torch_mangle_", 0) != 0)
            parts.push_back(part);
    return joined(parts, ".");
}

void appendLeafModule(const std::string& path, const Module& module, std::vector<Layer>& layers, ConversionLog& log)
{
    const std::string qualified = moduleClassName(module);
    const bool builtin = qualified.rfind("torch.nn.modules.", 0) == 0;
    const std::string name = qualified.substr(qualified.rfind('.') + 1);
    if (!builtin)
        unsupported(path, "is a custom module '" + qualified + "' without submodules, whose forward the method cannot look into",
                    kRebuildHint);
    if (name == "Identity" || name == "Sequential" || name == "ModuleList" || name == "ModuleDict")
        log.skipped.push_back(path);
    else if (name == "Conv2d")
        layers.push_back(convLayer(path, module));
    else if (name == "BatchNorm2d")
        foldBatchNorm(path, module, layers, log);
    else if (name == "Linear")
        layers.push_back(weightedLayer(LayerKind::Linear, path, module, 2));
    else if (name == "ReLU")
        layers.push_back(makeLayer(LayerKind::ReLU, path));
    else if (name == "AvgPool2d")
        layers.push_back(avgPoolLayer(path, module));
    else if (name == "Dropout")
        layers.push_back(dropoutLayer(path, module, log));
    else if (name == "Flatten")
        layers.push_back(flattenLayer(path, module));
    else {
        rejectKnown(path, name);
        unsupported(path, "is a " + name + ", which the method cannot convert (it converts Conv2d, BatchNorm2d after a Conv2d, "
                              "ReLU, AvgPool2d, Dropout, Flatten and Linear)", kRebuildHint);
    }
}

} // namespace psnn::torchscript
