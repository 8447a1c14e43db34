// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of loaded models and of simulation sizes, run before any allocation that a file or a
// setting controls: a hostile or damaged input must end in an Error naming it, never in a crash, a
// hang or a silently wrong accuracy.
#include "privatesnn/model_validation.h"

#include "message_text.h"
#include "neuron_archive.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace psnn {
namespace {

std::string layerName(const Layer& layer, size_t index)
{
    return "layer " + std::to_string(index) + " ('" + (layer.path.empty() ? std::string("?") : layer.path) + "', "
           + layerKindName(layer.kind) + ")";
}

[[noreturn]] void bad(ErrorCode code, const std::string& source, const std::string& what, const std::string& hint)
{
    throw Error(code, "'" + source + "': " + what + ".", hint);
}

const char* const kRebuild = "The file is damaged or was not written by PrivateSNN Lab; export or convert the model again.";

/// Float tensors only, every value finite: a NaN weight would turn every prediction into class 0.
void checkFinite(const at::Tensor& t, const std::string& source, const std::string& what)
{
    if (!t.is_floating_point())
        bad(ErrorCode::BadFormat, source, what + " is not a floating-point tensor (" + std::string(c10::toString(t.scalar_type())) + ")", kRebuild);
    const at::Tensor flat = t.detach().reshape({-1}).to(at::kFloat);
    const at::Tensor badMask = at::logical_not(at::isfinite(flat));
    if (!badMask.any().item<bool>())
        return;
    const int64_t at = badMask.nonzero().view({-1})[0].item<int64_t>();
    bad(ErrorCode::NumericError, source,
        what + " holds the non-finite value " + numberText(flat[at].item<double>()) + " at element "
            + std::to_string(at),
        "The model's training diverged or the file is damaged; use a model with finite weights.");
}

} // namespace

double availableMemoryBytes()
{
    std::ifstream in("/proc/meminfo");
    std::string key, unit;
    double value = 0;
    while (in >> key >> value) {
        std::getline(in, unit);
        if (key == "MemAvailable:")
            return value * 1024.0;
    }
    return 0;
}

void checkTimesteps(int64_t timesteps, const std::string& setting)
{
    if (timesteps < 1 || timesteps > kMaxTimesteps)
        throw Error(ErrorCode::InvalidArgument, "The number of time steps " + setting + " = " + std::to_string(timesteps)
                        + " is outside the allowed range 1 to " + std::to_string(kMaxTimesteps) + ".",
                    "Give a T between 1 and " + std::to_string(kMaxTimesteps) + " (the paper uses 100).");
}

void checkBatchSize(int64_t batch, const std::string& setting)
{
    if (batch < 1 || batch > kMaxBatchSize)
        throw Error(ErrorCode::InvalidArgument, "The batch size " + setting + " = " + std::to_string(batch)
                        + " is outside the allowed range 1 to " + std::to_string(kMaxBatchSize) + ".",
                    "Give a batch size between 1 and " + std::to_string(kMaxBatchSize) + " (100 suits most machines).");
}

void validateNetwork(const Network& net, const std::string& source)
{
    const InputSpec& in = net.input;
    if (in.channels < 1 || in.channels > kMaxChannels || in.height < 1 || in.height > kMaxImageSide || in.width < 1
        || in.width > kMaxImageSide)
        bad(ErrorCode::BadFormat, source, "its input size " + std::to_string(in.channels) + "x" + std::to_string(in.height) + "x"
                + std::to_string(in.width) + " is outside 1..." + std::to_string(kMaxChannels) + " channels and 1..."
                + std::to_string(kMaxImageSide) + " pixels", kRebuild);
    for (const auto* values : {&in.mean, &in.std}) {
        if (values->size() != 1 && int64_t(values->size()) != in.channels)
            bad(ErrorCode::BadFormat, source, "its normalisation has " + std::to_string(values->size()) + " values for "
                    + std::to_string(in.channels) + " channels", kRebuild);
        for (double v : *values)
            if (!std::isfinite(v) || (values == &in.std && !(v > 0)))
                bad(ErrorCode::NumericError, source,
                    std::string("its normalisation ") + (values == &in.std ? "std" : "mean") + " holds " + numberText(v)
                        + (values == &in.std ? " (it must be positive and finite)" : " (it must be finite)"),
                    kRebuild);
    }
    // Walk the chain with the shape of one image: C x H x W until Flatten, then F features.
    int64_t c = in.channels, h = in.height, w = in.width, features = 0;
    bool flat = false, anyLinear = false;
    const std::string shapeHint = "The layers do not fit together; export or convert the model again.";
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const Layer& l = net.layers[i];
        const std::string name = layerName(l, i);
        if (l.hasWeights())
            for (const at::Tensor* t : {&l.weight, &l.bias})
                if (t->defined() && !t->is_floating_point())
                    bad(ErrorCode::BadFormat, source, std::string(t == &l.weight ? "the weight" : "the bias") + " of " + name
                            + " is not a floating-point tensor (" + c10::toString(t->scalar_type()) + ")", kRebuild);
        const auto needMap = [&] {
            if (flat)
                bad(ErrorCode::ShapeMismatch, source, name + " follows a Flatten but needs a feature map", shapeHint);
        };
        switch (l.kind) {
        case LayerKind::Conv2d: {
            needMap();
            if (!l.weight.defined() || l.weight.dim() != 4)
                bad(ErrorCode::BadFormat, source, name + " has no 4-dimensional weight", kRebuild);
            const int64_t out = l.weight.size(0), kh = l.weight.size(2), kw = l.weight.size(3);
            if (l.weight.size(1) != c)
                bad(ErrorCode::ShapeMismatch, source, name + " takes " + std::to_string(l.weight.size(1)) + " channels but receives "
                        + std::to_string(c), shapeHint);
            if (out < 1 || kh < 1 || kw < 1 || l.stride < 1 || l.stride > kMaxImageSide || l.padding < 0 || l.padding > kMaxImageSide)
                bad(ErrorCode::BadFormat, source, name + " has kernel " + std::to_string(kh) + "x" + std::to_string(kw) + ", stride "
                        + std::to_string(l.stride) + ", padding " + std::to_string(l.padding)
                        + " (kernel and stride must be positive, padding not negative)", kRebuild);
            if (h + 2 * l.padding < kh || w + 2 * l.padding < kw)
                bad(ErrorCode::ShapeMismatch, source, name + " has a " + std::to_string(kh) + "x" + std::to_string(kw)
                        + " kernel but receives a " + std::to_string(h) + "x" + std::to_string(w) + " feature map", shapeHint);
            h = (h + 2 * l.padding - kh) / l.stride + 1;
            w = (w + 2 * l.padding - kw) / l.stride + 1;
            c = out;
            break;
        }
        case LayerKind::AvgPool2d:
            needMap();
            if (l.kernel < 1 || l.stride < 1 || l.kernel > kMaxImageSide || l.stride > kMaxImageSide)
                bad(ErrorCode::BadFormat, source, name + " has kernel " + std::to_string(l.kernel) + " and stride "
                        + std::to_string(l.stride) + " (both must be positive)", kRebuild);
            if (h < l.kernel || w < l.kernel)
                bad(ErrorCode::ShapeMismatch, source, name + " pools " + std::to_string(l.kernel) + "x" + std::to_string(l.kernel)
                        + " but receives a " + std::to_string(h) + "x" + std::to_string(w) + " feature map", shapeHint);
            h = (h - l.kernel) / l.stride + 1;
            w = (w - l.kernel) / l.stride + 1;
            break;
        case LayerKind::Flatten:
            if (!flat)
                features = c * h * w;
            flat = true;
            break;
        case LayerKind::Linear: {
            if (!l.weight.defined() || l.weight.dim() != 2 || l.weight.size(0) < 1)
                bad(ErrorCode::BadFormat, source, name + " has no 2-dimensional weight", kRebuild);
            if (!flat)
                bad(ErrorCode::ShapeMismatch, source, name + " receives a " + std::to_string(c) + "x" + std::to_string(h) + "x"
                        + std::to_string(w) + " feature map without a Flatten before it", shapeHint);
            if (l.weight.size(1) != features)
                bad(ErrorCode::ShapeMismatch, source, name + " takes " + std::to_string(l.weight.size(1)) + " inputs but receives "
                        + std::to_string(features) + " for a " + std::to_string(in.channels) + "x" + std::to_string(in.height) + "x"
                        + std::to_string(in.width) + " input", shapeHint);
            features = l.weight.size(0);
            anyLinear = true;
            break;
        }
        case LayerKind::Dropout:
            if (!(l.dropout >= 0 && l.dropout < 1))
                bad(ErrorCode::BadFormat, source,
                    name + " has dropout probability " + numberText(l.dropout) + " (allowed 0 to below 1)", kRebuild);
            break;
        case LayerKind::ReLU:
            break;
        }
        if (l.hasWeights()) {
            checkFinite(l.weight, source, "the weight of " + name);
            if (l.bias.defined()) {
                if (l.bias.dim() != 1 || l.bias.size(0) != l.weight.size(0))
                    bad(ErrorCode::ShapeMismatch, source, "the bias of " + name + " has " + std::to_string(l.bias.numel())
                            + " values for " + std::to_string(l.weight.size(0)) + " outputs", kRebuild);
                checkFinite(l.bias, source, "the bias of " + name);
            }
        }
    }
    if (!anyLinear)
        bad(ErrorCode::Unsupported, source, "it has no Linear layer, so it gives no class logits", "Use a classifier whose last layer is Linear.");
}

void validateSpikingModel(const SpikingModel& snn, const std::string& source)
{
    validateNetwork(snn.network, source);
    if (snn.timesteps < 1 || snn.timesteps > kMaxTimesteps)
        bad(ErrorCode::BadFormat, source, "its number of time steps T = " + std::to_string(snn.timesteps) + " is outside 1 to "
                + std::to_string(kMaxTimesteps), "Convert the model again with a T in that range.");
    if (!std::isfinite(snn.leak) || !(snn.leak > 0) || snn.leak > 1)
        bad(ErrorCode::BadFormat, source, "its membrane leak " + numberText(snn.leak) + " is outside (0, 1]",
            "Convert the model again.");
    if (snn.thresholds.size() != snn.network.layers.size())
        bad(ErrorCode::BadFormat, source, "it has " + std::to_string(snn.thresholds.size()) + " threshold entries for "
                + std::to_string(snn.network.layers.size()) + " layers", "Convert the model again.");
    for (size_t i : snn.spikingLayers()) {
        const Layer& l = snn.network.layers[i];
        const at::Tensor& th = snn.thresholds[i];
        const std::string name = layerName(l, i);
        if (!th.defined() || (th.numel() != 1 && th.numel() != l.weight.size(0)))
            bad(ErrorCode::BadFormat, source, "the threshold of " + name + " has " + std::to_string(th.defined() ? th.numel() : 0)
                    + " values (1 or one per output channel expected)", "Convert the model again.");
        checkFinite(th, source, "the threshold of " + name);
        const at::Tensor flatTh = th.reshape({-1}).to(at::kFloat);
        const double lowest = flatTh.min().item<double>();
        if (!(lowest > 0))
            bad(ErrorCode::NumericError, source,
                "the threshold of " + name + " is " + numberText(lowest) + " (it must be positive)",
                "A zero or negative threshold makes the neurons fire on any input; convert the model again.");
    }
    validateNeurons(snn, source);
}

std::string SimulationEstimate::describe() const
{
    char text[256];
    std::snprintf(text, sizeof(text), "about %.2f GB of memory (%.2f GB available) and %.3g multiply-accumulates over %.3g image-steps",
                  bytes / 1e9, availableBytes / 1e9, macs, imageSteps);
    return text;
}

SimulationEstimate estimateSimulation(const Network& net, int64_t images, int64_t timesteps, int64_t batch, bool backprop)
{
    double activations = 0, macsPerImage = 0;
    for (const LayerSummary& s : net.summarize()) {
        double elements = 1;
        for (int64_t d : s.outputShape)
            elements *= double(d);
        activations += elements;
        macsPerImage += double(s.macs);
    }
    const double inputElements = double(net.input.channels) * double(net.input.height) * double(net.input.width);
    const double live = double(std::max<int64_t>(1, std::min(batch, std::max<int64_t>(images, 1))));
    SimulationEstimate e;
    // A step keeps each layer's membrane, its spikes and one temporary (3 floats per element), the
    // data set is held as floats, and LibTorch needs its own working memory.
    e.bytes = 64.0 * 1024 * 1024 + double(net.parameterCount()) * 4 + 3 * 4 * activations * live * (backprop ? double(timesteps) : 1.0)
        + 4 * inputElements * double(std::max<int64_t>(images, 0));
    e.availableBytes = availableMemoryBytes();
    e.imageSteps = double(std::max<int64_t>(images, 0)) * double(timesteps);
    e.macs = macsPerImage * e.imageSteps;
    return e;
}

void refuseOverMemory(const SimulationEstimate& estimate, const std::string& what, const std::string& hint)
{
    if (estimate.availableBytes > 0 && estimate.bytes > estimate.availableBytes)
        throw Error(ErrorCode::OutOfMemory, what + " needs " + estimate.describe() + ", more than this machine has free.", hint);
}

} // namespace psnn
