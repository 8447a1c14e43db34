// SPDX-License-Identifier: GPL-3.0-or-later
// The defences the model-inversion literature recommends, as further curves of the study: early
// layers re-initialised and distilled, negative label smoothing, k-bit weights; and where the grid
// puts them and the controls.
#include "privatesnn/study_controls.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <cmath>
#include <cstdio>

namespace psnn {

SpikingModel quantiseWeights(const SpikingModel& snn, int bits)
{
    if (bits < 2 || bits > 16)
        throw Error(ErrorCode::InvalidArgument,
                    "Weights can be quantised to 2 to 16 bits, not " + std::to_string(bits) + ".",
                    "Choose e.g. 8, 4 or 2 bits.");
    torch::NoGradGuard noGrad;
    SpikingModel out = snn;
    out.network = snn.network.clone();
    const double levels = std::pow(2.0, bits - 1) - 1; // symmetric: -levels .. levels, zero exact
    for (Layer& layer : out.network.layers) {
        if (!layer.hasWeights())
            continue;
        const at::Tensor w = layer.weight.detach().to(at::kDouble);
        const double maxAbs = w.abs().max().item<double>();
        if (maxAbs == 0)
            continue;
        const double scale = maxAbs / levels;
        layer.weight = ((w / scale).round() * scale).to(layer.weight.scalar_type());
    }
    return out;
}

SpikingModel reinitialiseEarlyLayers(const SpikingModel& snn, int layers, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    SpikingModel out = snn;
    out.network = snn.network.clone();
    at::Generator gen = at::detail::createCPUGenerator(seed);
    int done = 0;
    for (Layer& layer : out.network.layers) {
        if (!layer.hasWeights() || done == layers)
            continue;
        ++done;
        const int64_t fanIn = layer.weight.numel() / layer.weight.size(0);
        const double bound = std::sqrt(6.0 / double(fanIn));
        const at::Tensor fresh = at::rand(layer.weight.sizes(), gen, layer.weight.options()) * (2 * bound) - bound;
        // The original norm: the layer's currents keep their scale, so the converted thresholds
        // of this and every later layer still fire at about the rates they were balanced for.
        const double norm = fresh.norm().item<double>();
        layer.weight = norm > 0 ? fresh * (layer.weight.norm().item<double>() / norm) : fresh;
        if (layer.bias.defined())
            layer.bias = at::zeros_like(layer.bias);
    }
    if (done < layers)
        throw Error(ErrorCode::InvalidArgument,
                    "Cannot re-initialise the first " + std::to_string(layers) + " weight layers of a network with "
                        + std::to_string(done) + ".",
                    "Choose fewer layers.");
    return out;
}

namespace {

std::string formatRate(double lr)
{
    char text[16];
    std::snprintf(text, sizeof(text), "%g", lr);
    return text;
}

} // namespace

void addControlsAndDefences(StudyConfig& study, const PipelineConfig& pipeline)
{
    const bool quick = study.grid == "quick";
    // 5 epochs (2 in the quick grid), as the encryption doses: each training point costs what an
    // encryption point costs.
    const int epochs = quick ? 2 : 5;
    auto trained = [&](const std::string& id, const std::string& defence, const std::string& label, double lr,
                       double strength) {
        StudyPoint p;
        p.id = id;
        p.defence = defence;
        p.label = label + ", lr " + formatRate(lr) + ", " + std::to_string(epochs) + " epochs";
        p.epochs = epochs;
        p.learningRate = lr;
        p.strength = strength;
        return p;
    };
    // Re-initialised early layers: from the first layer only (early features carry most of what
    // inversion exploits) to three, the convolutions before the demo's second pooling (half of its
    // six weight layers); re-initialising all of them is the reinit point.
    // At lr 1e-2: fresh layers must move as far as their own weights (on the demo's quick grid, lr
    // 1e-3 for 2 epochs left even k = 1 at chance accuracy).
    for (int k : quick ? std::vector<int>{1} : std::vector<int>{1, 2, 3}) {
        StudyPoint p = trained("early-" + std::to_string(k), "early-layers",
                               "first " + std::to_string(k) + " weight layer" + (k > 1 ? "s" : "")
                                   + " re-initialised and distilled, the rest frozen",
                               1e-2, k);
        p.layers = k;
        study.points.push_back(p);
    }
    // Negative label smoothing: from a mild sharpening to nearly doubling the target's margin, at
    // the dose that keeps plain encryption's accuracy (lr 1e-3), so what changes is the target's.
    const std::vector<double> smoothing = quick ? std::vector<double>{-0.5} : std::vector<double>{-0.1, -0.5, -0.9};
    for (size_t i = 0; i < smoothing.size(); ++i) {
        char label[64];
        std::snprintf(label, sizeof(label), "label smoothing %g", smoothing[i]);
        StudyPoint p = trained("smoothing-" + std::to_string(i + 1), "label-smoothing", label, 1e-3, smoothing[i]);
        p.labelSmoothing = smoothing[i];
        study.points.push_back(p);
    }
    // k-bit weights: 8 bits changes little, 2 bits (three values per layer) breaks most networks.
    for (int bits : quick ? std::vector<int>{4} : std::vector<int>{8, 4, 3, 2}) {
        StudyPoint p;
        p.id = "quantisation-" + std::to_string(bits);
        p.defence = "quantisation";
        p.label = std::to_string(bits) + "-bit weights (per layer, symmetric)";
        p.bits = bits;
        p.strength = bits;
        study.points.push_back(p);
    }
    StudyPoint transfer;
    transfer.id = "transfer-control";
    transfer.defence = "transfer-control";
    char label[96];
    std::snprintf(label, sizeof(label), "real images of other classes, targeted PGD within %g of the pixel range",
                  pipeline.transferEpsilon);
    transfer.label = label;
    transfer.epsilon = pipeline.transferEpsilon;
    transfer.strength = pipeline.transferEpsilon;
    study.points.push_back(transfer);
    StudyPoint random;
    random.id = "random-control";
    random.defence = "random-control";
    random.label = "random weights of the same shape, converted like the real network";
    study.points.push_back(random);
}

} // namespace psnn
