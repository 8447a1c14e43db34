// SPDX-License-Identifier: GPL-3.0-or-later
// Attack scenario 2 (Algorithm 4): class representation straight from the SNN with surrogate
// gradients, the gradient accumulated at the first layer and deconvolved with its weights.
#include "attack_common.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/torch.h>

namespace psnn {
namespace {

constexpr uint64_t kFinalScoreStream = 0xF17A1ull;

size_t firstWeightLayer(const SpikingModel& snn)
{
    const auto& layers = snn.network.layers;
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].hasWeights())
            return i;
        if (layers[i].kind != LayerKind::Flatten && layers[i].kind != LayerKind::AvgPool2d
            && layers[i].kind != LayerKind::Dropout && layers[i].kind != LayerKind::ReLU)
            break;
    }
    throw Error(ErrorCode::Unsupported, "Attack 2 needs a network whose first weight layer sees the encoded image directly.",
                "Use a VGG-style spiking model (Conv2d or Linear first).");
}

/// The same SNN with the first weight layer replaced by an identity of its output width: feeding it
/// the first layer's current c_t runs exactly the original dynamics, and autograd stops at c_t.
SpikingModel tailModel(const SpikingModel& snn, size_t first)
{
    SpikingModel tail = snn;
    const Layer& w1 = snn.network.layers[first];
    Layer identity;
    identity.kind = w1.kind;
    identity.path = w1.path + ".current";
    const int64_t width = w1.weight.size(0);
    identity.weight = w1.kind == LayerKind::Conv2d ? at::eye(width, w1.weight.options()).view({width, width, 1, 1})
                                                    : at::eye(width, w1.weight.options());
    tail.network.layers.assign(snn.network.layers.begin() + long(first), snn.network.layers.end());
    tail.network.layers[0] = identity;
    tail.thresholds.assign(snn.thresholds.begin() + long(first), snn.thresholds.end());
    return tail;
}

/// Layers before the first weight layer (flatten, pooling), as the simulator applies them.
at::Tensor applyPrefix(const SpikingModel& snn, size_t first, at::Tensor h)
{
    for (size_t i = 0; i < first; ++i) {
        const LayerKind kind = snn.network.layers[i].kind;
        if (kind == LayerKind::Flatten || kind == LayerKind::AvgPool2d)
            h = applyLayer(snn.network.layers[i], h, false);
    }
    return h;
}

/// Line 9 of Algorithm 4: W1^T G, the adjoint of the first layer (a transposed convolution).
at::Tensor deconvolve(const Layer& w1, const at::Tensor& g, const at::Tensor& prefixOut)
{
    if (w1.kind == LayerKind::Linear)
        return g.matmul(w1.weight);
    const int64_t k = w1.weight.size(2), s = w1.stride, p = w1.padding;
    // output_padding recovers the input size that a strided convolution rounds away.
    const int64_t oh = prefixOut.size(2) - ((g.size(2) - 1) * s - 2 * p + k);
    const int64_t ow = prefixOut.size(3) - ((g.size(3) - 1) * s - 2 * p + w1.weight.size(3));
    return at::conv_transpose2d(g, w1.weight, {}, {s, s}, {p, p}, {oh, ow});
}

} // namespace

AttackResult attackSnnDirect(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress)
{
    const int T = config.timesteps > 0 ? config.timesteps : snn.timesteps;
    if (T <= 0)
        throw Error(ErrorCode::InvalidArgument, "Attack 2 needs at least one time step.", "Set the time steps to e.g. 30.");
    const size_t first = firstWeightLayer(snn);
    const SpikingModel tail = tailModel(snn, first);
    const Layer& w1 = snn.network.layers[first];

    auto gradient = [&](const at::Tensor& x, const at::Tensor& targets, int iteration, int64_t batch, at::Tensor& score) {
        at::Generator gen = at::detail::createCPUGenerator(detail::mixSeed(config.seed, uint64_t(iteration), uint64_t(batch)));
        SnnSimulator sim(tail, x.size(0));
        sim.setSurrogate(config.surrogate);
        std::vector<at::Tensor> currents;
        at::Tensor prefixOut, out;
        for (int t = 0; t < T; ++t) {
            // The encoder has no gradient: its spikes are data, and autograd starts at conv1's current.
            const at::Tensor s = encodeInput(x, snn.coding, gen);
            prefixOut = applyPrefix(snn, first, s);
            currents.push_back(applyLayer(w1, prefixOut, false).detach().requires_grad_(true));
            out = sim.step(currents.back());
        }
        const at::Tensor y = out.gather(1, targets.view({-1, 1})).squeeze(1);
        score = y.detach();
        const auto grads = torch::autograd::grad({y.sum()}, currents, {}, false, false, /*allow_unused=*/true);
        at::Tensor G = at::zeros_like(currents[0]);
        for (const at::Tensor& g : grads)
            if (g.defined())
                G = G + g;
        G = G / double(T); // line 7: G += (1/T) dy_c / dx_conv1
        at::Tensor delta = deconvolve(w1, G, prefixOut);
        if (first > 0) {
            // Flatten/pooling before the first layer: their adjoint, through autograd (they are linear).
            const at::Tensor leaf = x.detach().requires_grad_(true);
            delta = torch::autograd::grad({applyPrefix(snn, first, leaf)}, {leaf}, {delta})[0];
        }
        return delta;
    };
    auto score = [&](const at::Tensor& x, const at::Tensor& targets, int64_t batch) {
        at::Generator gen = at::detail::createCPUGenerator(detail::mixSeed(config.seed, kFinalScoreStream, uint64_t(batch)));
        SnnSimulator sim(snn, x.size(0));
        return sim.run(x, T, gen).gather(1, targets.view({-1, 1})).squeeze(1);
    };
    return detail::runAscent("attack 2 (surrogate gradients through the SNN)", snn.network.input,
                             snn.network.numClasses(), config, gradient, score, progress);
}

} // namespace psnn
